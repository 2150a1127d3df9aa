"""The document's own metadata and parts, read from its text.

``describe(doc)`` fills ``doc.meta`` (official id, dossiers, number or letter,
chamber, session year, date, type, title) from what the text says of itself:
the heading ("27 925 Bestrijding internationaal terrorisme" / "Nr. 749 VERSLAG
VAN EEN ALGEMEEN OVERLEG"), the date lines ("Vastgesteld", "Den Haag, …",
"Beantwoord", "ingezonden"), links to the document itself ("Bron: …/kst-….html")
and header tables. Manifest hints (``doc.hints``: source_url, title, genre,
date) and the file name are only fall-backs.

``doc.parts`` lists the parts of a composite document: the letters of a
verslag of a written consultation (date, place, sender, addressee,
signatories with role and offsets), a meeting's transcript (dated by the
meeting), the answers of a list of questions (dated by the answering
letter) and, in written questions printed with their answers, each question
(dated when it was put; the rest is dated by the answer). Relative dates are resolved against the part they stand in.
"""
from __future__ import annotations

import re
from functools import lru_cache

from .document import Document, Part
from .isodates import fmt
from .lang import load_language_data
from .textview import TextView, view_of

_ID = re.compile(r"^(kst-\d+(?:-[A-Z0-9]+)*-[A-Za-z0-9]+|h-(?:tk|ek)-\d{8}-\d+(?:-\d+)*|"
                 r"kv-(?:tk-)?\d{4}Z\d+|ah-(?:tk|ek)-\d{8}-\d+)$")
_ID_IN_TEXT = re.compile(r"(?<![\w-])((?:kst|kv-tk|kv-ek|h-tk|h-ek|ah-tk|ah-ek)-[0-9A-Za-z]+(?:-[0-9A-Za-z]+)*)"
                         r"(?:\.html)?")
_DOSSIER_HEAD = re.compile(r"^\s*(\d{2} ?\d{3}(?:-\d{2})?(?: [IVXL]{1,4}| [A-Z])?)(?=\s)\s*(?:\n\s*)?"
                           r"([A-Z][^\n]{3,200})$", re.M)
_NR_HEAD = re.compile(r"^\s*(?:Nr\.|nr\.)\s*(\d+)\s*(?:\n\s*)?([A-Z][A-Z ,.'-]{5,}[A-Z.](?![^\W\d_]))?", re.M)
# "Aanhangsel van de Handelingen": the number on a line of its own, or "Aanhangsel Handelingen II 2023/24, nr. 2987"
_APPENDIX_HEAD = re.compile(r"^[ \t]*Aanhangsel (?:van de )?Handelingen\b", re.M)
_APPENDIX_NR = re.compile(r"^[ \t]*(\d{1,5})[ \t]*$|"
                          r"^[ \t]*Aanhangsel (?:van de )?Handelingen(?: I{1,2})?,? [\d/ –-]+,? nr\. ?(\d+)", re.M)
_LETTER_HEAD = re.compile(r"^\s*([A-Z]{1,3}) ([A-Z]{4,}(?: [A-Z,]+)+)\s*$", re.M)
_DATE = r"\d{1,2} (?:januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december) \d{4}"
# any written-out date a date line may carry ("3 november 2020", "3 nov. 2020", "1e mei 2020",
# "2020-11-03", "03-11-2020"); checked by dates.absolute_date
_ANY_DATE = (r"\d{1,2}(?:e|ste|de)? [A-Za-z]{3,9}\.? (?:19|20)\d\d|(?:19|20)\d\d-\d\d-\d\d|"
             r"\d{1,2}(?P<sep>[-/.])\d{1,2}(?P=sep)(?:19|20)\d\d")
_SESSION = re.compile(r"(?:Vergaderjaar|Staten-Generaal)\s*((?:19|20)\d\d)\s?[-/–]\s?((?:19|20)\d\d)", re.I)


@lru_cache(maxsize=1)
def _data() -> dict:
    return load_language_data("nl")["metadata"]


def _iso(text: str | None) -> str | None:
    if not text:
        return None
    from .extractors.dates import absolute_date
    return absolute_date(text)


def describe(doc: Document) -> Document:
    """Fill ``doc.meta`` and ``doc.parts`` from the text (hints as fall-backs)."""
    view = view_of(doc.text)
    text = view.clean
    meta, hints = doc.meta, doc.hints
    meta.source_url = hints.get("source_url") or None
    meta.genre = hints.get("genre") or None
    meta.id = _official_id(doc, text)
    meta.dossiers = _dossiers(text, meta.id)
    meta.number = _number(text, meta.id)
    meta.chamber = _chamber(text, meta.id, meta.number, hints)
    meta.session_year = _session_year(text, meta.id, hints)
    meta.date = _date(text) or _iso(hints.get("date")) or None
    meta.type = _type(text, hints)
    meta.title = _title(text, meta, hints)
    doc.parts = find_parts(doc, view)
    if meta.id:
        doc.key = meta.id
    return doc


# A Handelingen header row as copied from its table: "Tweede Kamer der Staten-Generaal2013-2014nr. 107, item 9",
# the meeting date glued on where the table gives one ("…, item 316-04-2013": item 3, 16 April 2013)
HANDELINGEN_HEADER = re.compile(
    r"Staten-Generaal\s*(?P<y1>(?:19|20)\d\d)-(?P<y2>(?:19|20)\d\d)\s*nr\. ?(?P<nr>\d+), item (?P<item>\d+?)"
    r"(?:(?P<date>(?P<d>[0-3]?\d)-(?P<m>[01]?\d)-(?P<y>(?:19|20)\d\d))(?!\d)|(?!\d))")   # "item 417-2-2015"


# ---------------------------------------------------------------- fields
def _official_id(doc: Document, text: str) -> str | None:
    head = text[:3000]
    # the document's own link ("Bron:", "Bron vraag", "officiële HTML versie (kst-…)")
    m = re.search(r"(?:Bron(?: vraag)?:?|HTML versie)\s*\(?\s*(?:https?://\S*/)?" + _ID_IN_TEXT.pattern, head)
    if m:
        return m.group(1)
    m = HANDELINGEN_HEADER.search(head)
    if m:
        return f"h-tk-{m.group('y1')}{m.group('y2')}-{m.group('nr')}-{m.group('item')}"
    appendix = _appendix_id(doc.text[:3000])
    if appendix:
        return appendix
    dossier = _DOSSIER_HEAD.search(head)
    nr = _NR_HEAD.search(head)
    if dossier:
        from .extractors.citations import dossier_id
        d = dossier_id(dossier.group(1))
        if nr:
            return f"kst-{d}-{nr.group(1)}"
        letter = _LETTER_HEAD.search(head, dossier.end())
        if letter:
            return f"kst-{d}-{letter.group(1)}"
    for cand in (doc.key, *(_ID_IN_TEXT.findall(doc.hints.get("source_url") or ""))):
        if _ID.match(cand):
            return cand
    m = re.match(r"Kamerstuk (\d{5}(?:-\d{2})?)-(\d+)\b", head)       # openkamer page title
    if m:
        return f"kst-{m.group(1)}-{m.group(2)}"
    return None


def _appendix_id(head: str) -> str | None:
    """ah-tk-<session>-<nr> of a document of the Aanhangsel van de Handelingen (from the original
    layout: the number stands on a line of its own)."""
    m = _APPENDIX_HEAD.search(head)
    session = _SESSION.search(head)
    if not m or not session or int(session.group(2)) != int(session.group(1)) + 1:
        return None
    numbers = list(_APPENDIX_NR.finditer(head))
    nr = next((n for n in numbers if n.group(2)), None) or \
        next((n for n in numbers if 0 < n.start() - m.end() < 400), None)   # the line just under the heading
    if not nr:
        return None
    chamber = "ek" if re.search(r"Eerste Kamer|Handelingen I\b", head) else "tk"
    return f"ah-{chamber}-{session.group(1)}{session.group(2)}-{nr.group(1) or nr.group(2)}"


def _dossiers(text: str, doc_id: str | None) -> list[str]:
    from .extractors.citations import dossier_id
    out: list[str] = []
    if doc_id and doc_id.startswith("kst-"):
        out.append(doc_id[4:].rsplit("-", 1)[0])
    for m in _DOSSIER_HEAD.finditer(text[:2500]):
        d = dossier_id(m.group(1))
        if d not in out and not re.search(r"\b(?:nr|Kamerstuk)\.?\s*$", text[max(0, m.start() - 12):m.start()]):
            out.append(d)
    return out


def _number(text: str, doc_id: str | None) -> str | None:
    if doc_id and doc_id.startswith("kst-"):
        return doc_id.rsplit("-", 1)[1]
    if doc_id and doc_id.startswith("ah-"):
        return doc_id.rsplit("-", 1)[1]
    if doc_id and doc_id.startswith("h-"):
        nr = doc_id.split("-")[3]
        return nr if re.search(rf"(?<![a-z])nr\. ?{nr}\b", text[:2000]) else None
    return None


def _chamber(text: str, doc_id: str | None, number: str | None, hints: dict) -> str | None:
    if doc_id:
        if doc_id.startswith("kst-"):
            return "Eerste Kamer" if number and number.isalpha() else "Tweede Kamer"
        return "Eerste Kamer" if "-ek-" in doc_id else "Tweede Kamer"
    head = text[:300].lower()
    found = sorted((head.find(key), name) for key, name in _data()["chambers"].items() if key in head)
    if found:
        return found[0][1]
    if "tweedekamer.nl" in (hints.get("source_url") or ""):
        return "Tweede Kamer"
    return None


def _session_year(text: str, doc_id: str | None, hints: dict) -> str | None:
    m = _SESSION.search(text[:2500])
    if m and int(m.group(2)) == int(m.group(1)) + 1:
        return f"{m.group(1)}-{m.group(2)}"
    if doc_id and doc_id.startswith("h-"):
        y = doc_id.split("-")[2]
        return f"{y[:4]}-{y[4:]}"
    m = re.search(r"Kamerstukken I{1,2},? ((?:19|20)\d\d)-((?:19|20)\d\d)", hints.get("title") or "")
    return f"{m.group(1)}-{m.group(2)}" if m else None


def _labelled_dates(text: str, labels: list[str]) -> list[tuple[str, str]]:
    """``(label, ISO date)`` of every date line ("Vastgesteld 3 november 2020", "(ingezonden …)").

    A label counts only where it opens a line or a parenthesis: "vastgesteld op 20 oktober"
    inside a sentence is not the document's date.
    """
    alt = "|".join(re.escape(x) for x in sorted(labels, key=len, reverse=True))
    out = []
    for m in re.finditer(rf"(?:^|\()[ \t]*({alt})[ \t]*:?[ \t]*(?:op[ \t])?(?P<date>{_ANY_DATE})", text, re.I | re.M):
        iso = _iso(m.group("date"))
        if iso:
            out.append((m.group(1).lower(), iso))
    return out


def _date(text: str) -> str | None:
    head = text[:4000]
    labels = _data()["date_labels"]
    found = dict(reversed(_labelled_dates(head, labels)))       # the first date of each label
    for label in labels:
        if label in found:
            return found[label]
    m = re.match(rf"[^\n]{{0,120}}\n?\s*({_DATE}),", head)            # "2 juli 2015, debat - …"
    if m:
        return _iso(m.group(1))
    m = HANDELINGEN_HEADER.search(head)                                  # a Handelingen header's meeting date
    return fmt(int(m.group("y")), int(m.group("m")), int(m.group("d"))) if m and m.group("date") else None


def _type(text: str, hints: dict) -> str | None:
    data = _data()
    types = sorted(data["document_types"], key=len, reverse=True)
    alt = "|".join(re.escape(t) for t in types)

    def short(t: str) -> str:
        t = " ".join(t.lower().split()).strip(" .,")
        for s in data["short_types"]:
            if t.startswith(s + " van "):
                return s
        return t

    head = text[:3000]
    m = _NR_HEAD.search(head)
    if m and m.group(2):
        return short(m.group(2))
    m = _LETTER_HEAD.search(head)
    if m:
        return short(m.group(2))
    for line in head.split("\n")[:8]:
        line = line.strip()
        m = re.fullmatch(rf"({alt})(?: \S+)?", line, re.I) or \
            re.match(rf"{_DATE}, ({alt}) [-–]", line, re.I)
        if m and len(line) < 80 or m and m.re.pattern.startswith(_DATE):
            return short(m.group(1))
        m = re.match(rf"({alt}) van het lid", line, re.I)
        if m:
            return short(m.group(1))
    m = re.search(rf"Aan de orde (?:zijn|is) (?:de|het) ({alt})\b", head, re.I)
    if m:
        return short(m.group(1))
    title = hints.get("title") or ""
    m = re.search(rf"\([^()]*\b({alt})\)\s*$", title, re.I) or re.search(rf"\b({alt})\b", title, re.I)
    return short(m.group(1)) if m else None


def _title(text: str, meta, hints: dict) -> str | None:
    head = text[:3000]
    m = _DOSSIER_HEAD.search(head)
    if m:
        return m.group(2).strip()
    lines = [ln.strip() for ln in head.split("\n") if ln.strip()]
    if lines and re.match(r"Kamerstuk \d", lines[0]) and len(lines) > 2:
        return lines[2]                                              # openkamer: id, type, title
    if lines and re.match(r"Kamervraag \d", lines[0]) and len(lines) > 1:
        return lines[1]
    m = re.search(r"\bover (?:een |de |het )?(.+?) \((?:ingezonden|ingediend)", head)
    if m:
        return m.group(1)
    m = re.search(r"^\d{1,3} ([A-Z][^\n]{5,150})$", head, re.M)       # Handelingen item heading
    if m and meta.id and meta.id.startswith("h-"):
        return m.group(1).strip()
    ht = hints.get("title") or ""
    if lines and len(lines[0]) < 150 and not meta.id:
        return re.sub(r"^\s*date \S+\s*", "", lines[0]).strip()
    if " - " in ht:
        return re.sub(r"\s*\([^)]*\)\s*$", "", ht.split(" - ", 1)[1]).strip()[:1].upper() + \
            re.sub(r"\s*\([^)]*\)\s*$", "", ht.split(" - ", 1)[1]).strip()[1:]
    if lines and len(lines[0]) < 150 and not meta.id:
        return re.sub(r"^\s*date \S+\s*", "", lines[0]).strip()
    return re.sub(r"\s*\([^)]*\)\s*$", "", ht).strip() or None


# ---------------------------------------------------------------- parts
def find_parts(doc: Document, view: TextView | None = None) -> list[Part]:
    """Letters, meeting transcript and answers inside ``doc`` (original offsets)."""
    view = view or view_of(doc.text)
    text = view.clean
    data = _data()
    parts: list[Part] = []
    heading = re.compile(data["letter_heading"], re.I)
    addressee = re.compile(data["addressee_line"], re.I)
    place_date = re.compile(data["place_date_line"])
    lines = [(m.start(), m.group(0)) for m in re.finditer(r"[^\n]+", text)]
    letters: list[tuple[int, int]] = []          # (line index of heading, clean start)
    for i, (pos, line) in enumerate(lines):
        if heading.match(line.strip()) and line.strip().isupper() or \
                (heading.match(line.strip()) and i + 1 < len(lines) and addressee.match(lines[i + 1][1].strip())):
            letters.append((i, pos))
    for k, (i, pos) in enumerate(letters):
        end = letters[k + 1][1] if k + 1 < len(letters) else len(text)
        title = re.sub(r"^nr\. ?\d+\s+", "", " ".join(lines[i][1].split()), flags=re.I)
        part = Part(kind="letter", start=pos, end=end, title=title)
        part.sender = re.sub(r"^(?:brief|nota) van\s+", "", part.title, flags=re.I).lower()
        for j in range(i + 1, min(i + 8, len(lines))):
            ln = lines[j][1].strip()
            if part.addressee is None and addressee.match(ln):
                part.addressee = re.sub(r"^aan\s+", "", ln, flags=re.I)
            m = place_date.match(ln)
            if m and part.date is None:
                part.place, part.date = m.group("place"), _iso(m.group("date"))
                break
        part.signatories = _signatories(view, part)
        part.start, part.end = view.to_original(part.start, part.end)
        parts.append(part)
    m = re.search(data["meeting_sentence"].replace(" ", r"\s+"), text)
    if m:
        speech = None
        for word in data["speech_start"]:
            s = re.search(rf"^\s*{re.escape(word)}", text[m.end():], re.I | re.M)
            if s and (speech is None or s.start() < speech):
                speech = s.start()
        # the transcript from the chair's first words; a summary report from the meeting sentence
        start = m.end() + speech if speech is not None else m.start()
        s, e = view.to_original(start, len(text))
        parts.append(Part(kind="transcript", start=s, end=e, date=_iso(m.group("date")),
                          title="verslag van het overleg"))
    m = re.search(data["answers_sentence"], text, re.I)
    if m:
        s, e = view.to_original(m.end(), len(text))
        parts.append(Part(kind="answers", start=s, end=e, date=_iso(m.group("date")), title="antwoorden"))
    parts += _question_parts(doc.text, text[:4000], m.group("date") if m else None)
    return sorted(parts, key=lambda p: p.start)


def _question_parts(original: str, head: str, answers_date: str | None) -> list[Part]:
    """The questions of a document that also holds their answers, dated when they were put.

    Everything else in such a document is dated by the answer (the document's own date), so
    "vorige maand" in an answer and in a question resolve against different dates.
    """
    data = _data()
    asked = _labelled_dates(head, data["question_date_labels"])
    answered = _labelled_dates(head, data["answer_date_labels"]) or ([("", _iso(answers_date))] if answers_date else [])
    if not asked or not answered or not answered[0][1] or asked[0][1] == answered[0][1]:
        return []
    q_head = re.compile(data["question_heading"], re.I | re.M)
    a_head = re.compile(data["answer_heading"], re.I | re.M)
    starts = [m.start() for m in q_head.finditer(original)]
    if not starts:       # numbered questions without "Vraag 1" headings, then "Antwoord van …": one block
        return _question_block(original, asked[0][1], data)
    out = []
    for k, start in enumerate(starts):
        nxt = starts[k + 1] if k + 1 < len(starts) else len(original)
        answer = a_head.search(original, start + 1, nxt)
        if answer:
            end = answer.start()
        else:                     # the question is the first paragraph after its heading
            body = re.search(r"\n[ \t]*\S.*?(?=\n[ \t]*\n|\Z)", original[start:nxt], re.S)
            end = start + body.end() if body else nxt
        title = original[start:end].strip().split("\n", 1)[0].strip(" •·*-")
        out.append(Part(kind="question", start=start, end=end, date=asked[0][1], title=title))
    return out


def _question_block(original: str, asked: str, data: dict) -> list[Part]:
    """The questions from the line that dates them ("Vragen van … (Ingezonden 12 november 2004)")
    to the line that opens the answers ("Antwoord van minister …"), as one part."""
    labels = "|".join(re.escape(x) for x in data["question_date_labels"])
    label = re.search(rf"\(\s*(?:{labels})\b", original[:6000], re.I)
    if not label:
        return []
    start = original.rfind("\n", 0, label.start()) + 1
    answer = re.compile(data["answers_block_heading"], re.I | re.M).search(original, label.end())
    if not answer:
        return []
    return [Part(kind="question", start=start, end=answer.start(), date=asked, title="vragen")]


_ROLE_START = re.compile(r"^(?:De |de )?(?:minister|staatssecretaris|voorzitter|griffier|minister-president|"
                         r"Minister|Staatssecretaris|Voorzitter|Griffier)\b")


_NAME = re.compile(r"(?:(?:[A-Za-z]{1,4}\.\s?)+)?[A-Z][\w'-]+(?:\s(?:van|de|der|den|ten|ter|het|in 't|"
                   r"[A-Z][\w'-]+|[A-Z]\.))*")


def _signatories(view: TextView, part: Part) -> list[dict]:
    """Who signs a letter: the role/name lines at its end."""
    text = view.clean[part.start:part.end]
    lines = [(m.start(), m.group(0)) for m in re.finditer(r"[^\n]+", text)]
    tail = []
    for pos, line in reversed(lines):
        s = line.strip()
        if len(s) > 160 or (s.endswith(".") and len(s) > 60):
            break
        tail.append((pos, line))
    tail.reverse()
    out: list[dict] = []

    def add(name: str, role: str | None, clean_start: int) -> None:
        name = name.strip(" ,")
        if not name or not re.search(r"[A-Z]", name):
            return
        s, e = view.to_original(part.start + clean_start, part.start + clean_start + len(name))
        out.append({"name": name, "role": role.strip(" ,") if role else None, "start": s, "end": e})

    for k, (pos, line) in enumerate(tail):
        cols = [c.strip() for c in line.split("\t") if c.strip()]
        if len(cols) > 1 and all(_ROLE_START.match(c) for c in cols) and k + 1 < len(tail):
            names_line = tail[k + 1]
            names = [c.strip() for c in names_line[1].split("\t") if c.strip()]
            for role, name in zip(cols, names):
                add(name, role, names_line[0] + names_line[1].find(name))
        elif _ROLE_START.match(line.strip()) and "," in line and _NAME.fullmatch(line.rsplit(",", 1)[1].strip()):
            role, name = line.strip().rsplit(",", 1)
            add(name, role, pos + line.rfind(name.strip()))
        elif (k + 1 < len(tail) and _ROLE_START.match(tail[k + 1][1].strip().capitalize())
              and not _ROLE_START.match(line.strip()) and _NAME.fullmatch(line.strip())):
            add(line.strip(), tail[k + 1][1].strip(), pos + line.find(line.strip()))
    return out
