"""Citations of other parliamentary papers, normalised to official ids.

Handles "Kamerstuk 27 925, nr. 960", "Kamerstukken I, 2022-2023, 27925, AJ",
"Tweede Kamerstuk 27 925, nr. 943 en 946" (one mention per number),
"(Kamerstukken 27 925 en 29 521, nr. 946)" (a paper filed in several dossiers
is numbered in the first, its main dossier, as in its official id kst-27925-946), "(29 521, nr. 167)",
"Kamerstuk 35 925 V, nr. 84", "Kamerstuk 21501-02-2790", "Handelingen II 2019/20,
nr. 12", "Handelingen II 2015/16, nr. 60, item 8", official ids in links
("…/ah-tk-20182019-3645.html") and Tweede Kamer document/case numbers
("2020Z24923"). The target is ``kst-<dossier>-<nr>``, ``h-tk-<years>-<nr>[-<item>]``,
``ah-tk-…`` or, for anything else, the reference as written; ``url`` links the
official publication where the id allows. References to the document itself
(its own id, URL or header numbers) are not citations.
"""
from __future__ import annotations

import re
from functools import lru_cache

from ..document import Document
from ..lang import load_language_data
from ..mentions import Mention
from ..registry import extractor
from ..textview import view_of
from ..vocab import KGB
from ._common import matches

VERSION = "1"

_DOSSIER = r"\d{2}\s?\d{3}(?:-[A-Z0-9]{1,3})?(?-i:\s(?:[IVXL]{1,4}|[A-Z])\b(?!\.))?"
_NR = r"(?:\d{1,4}|(?-i:[A-Z]{1,3}))(?![\w-])"


@lru_cache(maxsize=1)
def _patterns():
    d = load_language_data("nl")["citations"]
    paper = "|".join(sorted(map(re.escape, d["paper_words"]), key=len, reverse=True))
    qual = "|".join(map(re.escape, d["paper_qualifiers"]))
    numw = "|".join(sorted(map(re.escape, d["number_words"]), key=len, reverse=True))
    procs = "|".join(sorted(map(re.escape, d["proceedings_words"]), key=len, reverse=True))
    ids = "|".join(sorted(map(re.escape, d["official_id_prefixes"]), key=len, reverse=True))
    refw = "|".join(sorted(map(re.escape, d["reference_words"]), key=len, reverse=True))
    numbers = rf"(?:{numw})\s?(?P<nrs>{_NR}(?:\s?(?:,|en|-|t/m|tot\s+en\s+met|tot)\s?{_NR})*)"
    paper_rx = re.compile(
        rf"""(?:(?:{qual})\s+)*(?P<paper>{paper})(?:\s+(?P<ch>I{{1,2}}|EK|TK))?,?\s*
        (?:(?:vergaderjaar\s+)?(?P<session>(?:19|20)\d\d\s?[-/]\s?(?:19|20)?\d\d),?\s*)?
        (?:
          (?P<flat>\d{{5}}(?:-[0-9]{{2}})?-\d{{1,4}})(?![\w-])
        | (?P<dossiers>{_DOSSIER}(?:\s?(?:,|en)\s?{_DOSSIER})*)\s?(?:,\s?|\s)
            (?:{numbers}|(?P<letter>(?-i:[A-Z]{{1,3}}))(?![\w-]))
        | (?P<other>\d{{6,}}[.\w]*|\d+\.\d+\w*)
        )""", re.I | re.X)
    bare_rx = re.compile(rf"(?<![\w-])(?P<dossiers>{_DOSSIER}),?\s{numbers}", re.X)
    proc_rx = re.compile(
        rf"""(?P<kind>{procs})(?:\s+(?P<ch>I{{1,2}}|EK|TK)\b)?,?\s*(?:(?:vergaderjaar|zitting)\s+)?
        (?P<y1>(?:19|20)\d\d)\s?[-/]\s?(?P<y2>(?:19|20)?\d\d),?\s*
        (?:{numw})\s?(?P<nr>\d+)(?:,?\s*(?:item|(?P<pg>blz\.?|p\.))\s?(?P<item>\d+)(?:\s?[-–]\s?(?P<last>\d+))?)?""", re.I | re.X)
    id_rx = re.compile(rf"(?<![\w-])(?P<id>(?:{ids})-[0-9A-Za-z]+(?:-[0-9A-Za-z]+)*)(?:\.html|\.pdf)?", re.I)
    zaak_rx = re.compile(r"(?<![\w-])(?P<id>(?:19|20)\d\d[DZ]\d{5})(?![\w-])")
    # "kenmerk 27 925", and a committee's letter reference "kenmerk 172804.01U" (cited as written)
    ref_rx = re.compile(rf"\b(?:{refw})\s+(?P<ref>\d{{6}}\.\d{{2}}[A-Z]?(?![\w.])|\d{{2}}\s?\d{{3}}(?:\s[IVXL]{{1,4}}|\s[A-Z])?\b)",
                        re.I)
    return {"data": d, "paper": paper_rx, "bare": bare_rx, "proc": proc_rx, "id": id_rx,
            "zaak": zaak_rx, "ref": ref_rx}


# ---------------------------------------------------------------- normalisers
def dossier_id(raw: str) -> str:
    """ "27 925" -> "27925", "21 501-02" -> "21501-02", "35 925 V" -> "35925-V"."""
    raw = raw.strip()
    m = re.fullmatch(r"(\d{2})\s?(\d{3})(-[A-Z0-9]{1,3})?(?:\s([IVXL]{1,4}|[A-Z]))?", raw, re.I)
    if not m:
        return re.sub(r"\s+", "", raw)
    out = m.group(1) + m.group(2) + (m.group(3) or "").upper()
    if m.group(4):
        out += "-" + m.group(4).upper()
    return out


def kst_id(dossier: str, number: str) -> str:
    return f"kst-{dossier_id(dossier)}-{number.strip().upper() if number.strip().isalpha() else int(number)}"


def session_years(y1: str, y2: str) -> str:
    """ "2019", "20" -> "20192020"; an inconsistent pair trusts the end year ("2010/20" -> 20192020)."""
    a = int(y1)
    b = int(y2)
    if b < 100:
        b = a // 100 * 100 + b
        if b <= a - 50:
            b += 100
    if b != a + 1:
        a = b - 1
    return f"{a}{b}"


def proceedings_id(kind: str, chamber: str | None, y1: str, y2: str, nr: str, item: str | None,
                   pages: tuple[str, str] | None = None) -> str:
    """The official id of a Handelingen (or Aanhangsel) citation. Handelingen cited by a page range
    ("Handelingen II 2007/08, nr. 67, blz. 4712–4760") are published under their pages, as before 2011
    ("h-tk-20072008-4712-4760"); otherwise by number and item ("h-tk-20192020-12-5")."""
    prefix = load_language_data("nl")["citations"]["proceedings_words"].get(" ".join(kind.lower().split()), "h")
    ch = "ek" if (chamber or "").upper() in ("I", "EK") else "tk"
    if pages and prefix == "h" and int(pages[0]) < int(pages[1]):
        return f"h-{ch}-{session_years(y1, y2)}-{int(pages[0])}-{int(pages[1])}"
    out = f"{prefix}-{ch}-{session_years(y1, y2)}-{int(nr)}"
    return out + (f"-{int(item)}" if item and prefix == "h" else "")


def normalise_target(target: str) -> str:
    """Canonical form of a target id (idempotent); unknown references are returned stripped."""
    t = target.strip()
    m = re.fullmatch(r"kst-(\d{5}(?:-[0-9A-Z]{1,3})*)-([0-9]+|[A-Za-z]{1,3})", t, re.I)
    if m:
        num = m.group(2)
        return f"kst-{m.group(1).upper()}-{num.upper() if num.isalpha() else int(num)}"
    if re.fullmatch(r"(?:h|ah|kv)-(?:tk|ek)-[0-9A-Za-z-]+", t, re.I):
        return t[:5].lower() + t[5:]
    return t


def publication_url(target: str) -> str | None:
    """Link to the official publication where the id is a complete official id."""
    template = load_language_data("nl")["citations"]["publication_url"]
    if re.fullmatch(r"kst-\d{5}(?:-[0-9A-Z]{1,3})*-(?:\d+|[A-Z]{1,3})", target) or \
            re.fullmatch(r"(?:ah|kv)-(?:tk|ek)-[0-9A-Za-z-]+", target) or \
            re.fullmatch(r"h-(?:tk|ek)-\d{8}-\d+-\d+", target):
        return template.format(id=target)
    return None


# ---------------------------------------------------------------- finding
def _split_numbers(nrs: str) -> list[str]:
    """ "943 en 946" -> 943, 946; "350-352", "350 t/m 352" -> 350, 351, 352 (short ranges only)."""
    out: list[str] = []
    ranged = False
    for token in re.findall(r"\d+|(?-i:[A-Z]{1,3})\b|t/m|tot\s+en\s+met|tot|-", nrs):
        if not token[0].isalnum() or token[0].islower():
            ranged = True
            continue
        if ranged and token.isdigit() and out and out[-1].isdigit() and 0 < int(token) - int(out[-1]) <= 10:
            out += [str(k) for k in range(int(out[-1]) + 1, int(token) + 1)]
        else:
            out.append(token)
        ranged = False
    return out


def _self_ids(doc: Document) -> set[str]:
    ids = {doc.key.lower()}
    if doc.meta.id:
        ids.add(doc.meta.id.lower())
    for url in (doc.hints.get("source_url"), doc.meta.source_url):
        for m in re.finditer(r"[0-9]{4}[DZ][0-9]{5}|(?:kst|kv|h|ah)-[\w-]+", url or "", re.I):
            ids.add(m.group(0).lower())
    for i in list(ids):                  # kv-tk-2019Z15410 is also the case 2019Z15410
        m = re.search(r"(\d{4}[dz]\d{5})$", i)
        if m:
            ids.add(m.group(1).lower())
    return ids


def find_citations(doc: Document) -> list[Mention]:
    """Every citation in ``doc`` (one mention per target; see module docstring)."""
    view = view_of(doc.text)
    text = view.clean
    low = text.lower()
    p = _patterns()
    self_ids = _self_ids(doc)
    self_labels = tuple(p["data"]["self_labels"])
    found: list[tuple[int, int, str]] = []
    taken: list[tuple[int, int]] = []

    def add(s: int, e: int, target: str) -> None:
        target = normalise_target(target)
        tail = re.search(r"\d{4}[DZ]\d{5}$", target)
        if target.lower() in self_ids or (tail and tail.group(0).lower() in self_ids):
            taken.append((s, e))
            return
        found.append((s, e, target))
        taken.append((s, e))

    def free(s: int, e: int) -> bool:
        return not any(s < b and a < e for a, b in taken)

    for m in matches(p["proc"], text, low):
        add(m.start(), m.end(), proceedings_id(m.group("kind"), m.group("ch"), m.group("y1"), m.group("y2"),
                                               m.group("nr"), None if m.group("pg") else m.group("item"),  # a page is no item
                                               (m.group("item"), m.group("last")) if m.group("pg") and m.group("last") else None))
    for m in matches(p["paper"], text, low):
        if not free(m.start(), m.end()):
            continue
        if m.group("flat"):
            parts = m.group("flat").split("-")
            add(m.start(), m.end(), f"kst-{'-'.join(parts[:-1])}-{parts[-1]}")
        elif m.group("dossiers"):
            dossiers = [d for d in re.split(r"\s?(?:,|\ben\b)\s?", m.group("dossiers")) if d.strip()]
            numbers = _split_numbers(m.group("nrs")) if m.group("nrs") else [m.group("letter")]
            for d in dossiers[:1]:       # the number belongs to the main (first) dossier
                for n in numbers:
                    add(m.start(), m.end(), kst_id(d, n))
        elif m.group("other"):
            add(m.start(), m.end(), m.group("other"))
    for m in matches(p["bare"], text, low):
        if free(m.start(), m.end()):
            for n in _split_numbers(m.group("nrs")):
                add(m.start(), m.end(), kst_id(m.group("dossiers"), n))
    for m in matches(p["id"], text, low):
        if free(m.start(), m.end()):
            add(m.start("id"), m.end("id"), m.group("id"))
    for m in matches(p["zaak"], text, low):
        before = text[max(0, m.start() - 25):m.start()].lower()
        if free(m.start(), m.end()) and not before.rstrip().endswith(self_labels) \
                and not _header_line(text, m.start(), m.end()):
            add(m.start(), m.end(), m.group("id"))
    for m in matches(p["ref"], text, low):
        if free(m.start(), m.end()):
            add(m.start(), m.end(), m.group("ref"))

    out: list[Mention] = []
    seen: set[tuple[int, int, str]] = set()
    for s, e, target in sorted(found):
        if (s, e, target) in seen:
            continue
        seen.add((s, e, target))
        os_, oe = view.to_original(s, e)
        out.append(Mention("citation", os_, oe, doc.text[os_:oe], text[s:e], type=_type_of(target),
                           attrs={"target": target, "url": publication_url(target)}))
    return out


def _header_line(text: str, start: int, end: int, lines: int = 3) -> bool:
    """Is ``text[start:end]`` a line of its own among the first lines (the document's own number)?"""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line = text[line_start:line_end if line_end >= 0 else len(text)]
    return line.strip(" \t:;,.()") == text[start:end] and text[:line_start].count("\n") < lines


def _type_of(target: str) -> str:
    if target.startswith("kst-"):
        return "paper"
    if target.startswith(("h-", "ah-")):
        return "proceedings"
    return "reference"


@extractor("citations", version=VERSION, produces=[KGB.cites, KGB.citationText, KGB.officialPublication],
           kinds=["citation"], order=60)
def extract_citations(doc: Document, ctx) -> list[Mention]:
    """References to other parliamentary papers, normalised to official ids."""
    return find_citations(doc)
