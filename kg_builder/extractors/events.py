"""Events the text states happened or will happen, with date, actors, place and target.

Sources, from most to least certain:

1. the meeting a verslag reports ("De vaste commissie … hebben op 14 oktober
   2020 overleg gevoerd met mevrouw Bijleveld-Schouten, Minister van Defensie …")
   and the debate a Handelingen item records ("Aan de orde is het debat over …");
2. the letters of a composite document (sender, signatories, date from
   ``doc.parts``), written questions put and answered ("Ingediend …",
   "Beantwoord … door …", "De vaste commissie … heeft vragen voorgelegd aan de
   Ministers van … De Ministers hebben deze vragen beantwoord bij brief van …");
3. named occasions followed by their date ("Raad Buitenlandse Zaken van 20
   januari 2020", "algemeen overleg MINUSMA op 10 september 2015");
4. sentences stating a happening (:mod:`.event_sentences`): attacks, strikes,
   decisions, deployments, threat-level changes, elections …

Actors, place and target come from the person/organisation/place/mission mentions
of earlier extractors (``ctx.mentions``); without them capitalised names stand in.
A sentence-opening "Hij" stands for the one person of the sentence before, a "we"
voting "met een … meerderheid" for the paper's chamber; "toen"/"dan" give an
undated event the date of the sentence before.
Events of one happening (same date and type, or undated with a shared actor or
place) are merged. An event's evidence span is its sentence or phrase.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable
from functools import lru_cache

from ..document import Document
from ..iris import fold
from ..mentions import Mention
from ..registry import extractor
from ..textview import TextView, _full_line_length, _stop_words, view_of
from ..vocab import KGB
from ._common import _finite_verb_after, alt, demonym_alternation, demonym_state
from .event_sentences import EARLIER_KIND, Found, Span, clause_of, sentence_event, stated_dates, triggers_in, vocab

VERSION = "2"
_WORD = r"(?:[A-ZÀ-Þ][\w'’-]*\w|(?:al|el|ad|as|ash|an)-[A-ZÀ-Þ][\w'’-]*)"
_NAME = rf"{_WORD}(?:\.?\s(?:(?:van|de|der|den|ten|ter|het)\s)*{_WORD})*"
_MEETING = re.compile(
    rf"(?P<who>(?:De |de )?(?:vaste|algemene) (?:Kamer)?commissie.*?)\s(?:hebben|heeft) op (?P<date>[^,]+?) "
    rf"(?:overleg gevoerd|gesproken|vergaderd) met (?P<with>.+?)(?:,? over\b|:|$)", re.S)
_COMMITTEE = re.compile(r"(?:vaste|algemene) (?:Kamer)?commissie (?:voor|van) [^,]+?(?=,? en de |, de |$)")
_PERSON_IN_LIST = re.compile(rf"(?:mevrouw|de heer|[Mm]inister|[Ss]taatssecretaris)\s(?P<name>{_NAME})")
_DEBATE = re.compile(r"^Aan de orde (?:is|zijn) (?P<what>(?:het|de) (?:[\w-]*debat|stemmingen?|beraadslaging)\b[^\n.]*)",
                     re.M)
_TURN = re.compile(                # a speaker's turn in a debate record: "De heer Wolterink (BBB):", "Minister X:"
    r"(?m)^(?:(?:De heer|Mevrouw|Minister|Staatssecretaris|Minister-president)\s+)?[A-ZÀ-Þ][^\n:()]{1,60}?"
    r"(?:\s+\([^()\n]{1,40}\))?:(?=\s)")
_ORAL_QUESTIONS = re.compile(      # a Handelingen item: "3 Vragen van het lid X aan de minister van … over …" (vragenuur)
    r"(?m)^\d{1,3}\s+Vragen van (?:het lid|de leden) (?P<who>[^\n]+?) aan (?:de )?(?i:minister|staatssecretaris)"
    r"(?![^\n]*\((?i:ingezonden))[^\n]*$")
_ORAL_QUESTIONS_BARE = re.compile(_ORAL_QUESTIONS.pattern.replace(r"^\d{1,3}\s+", "^", 1))
# the committee that put questions, and when: "De vaste commissie voor Defensie heeft (op 3 maart 2025) …"
_COMMITTEE_HAS = r"(?P<who>(?:De |de )?(?:vaste|algemene) (?:Kamer)?commissie (?:voor|van) {name}) heeft " \
                 r"(?:op (?P<date>\d{{1,2}}\s+\w+\s+\d{{4}})\s+)?"
_ABOUT = r"(?:(?:over|naar aanleiding van) [^;]{0,300}? )?"
_QUESTIONS_PUT = re.compile(
    _COMMITTEE_HAS.format(name=".+?") + _ABOUT + r"(?:een aantal |enkele )?vragen (?:en opmerkingen )?"
    r"voorgelegd aan (?:de )?(?P<to>(?i:minister|staatssecretaris)s? .+?)(?: over\b|\.)", re.S)
# "De vaste commissie voor Defensie heeft over de brief van … de navolgende vragen ter beantwoording aan de
# regering voorgelegd."
_QUESTIONS_PUT_TO = re.compile(
    _COMMITTEE_HAS.format(name="[^.]+?") + _ABOUT + r"(?:de )?(?:navolgende |volgende |een aantal |enkele )?vragen "
    r"(?:en opmerkingen )?(?:ter beantwoording )?"
    r"aan (?:de )?(?P<to>regering|(?i:minister|staatssecretaris)s? [^.;]{0,120}?) voorgelegd", re.S)
# "De vaste commissie voor Europese Zaken heeft op 27 september 2005 de Minister van Buitenlandse Zaken enkele
# vragen en opmerkingen voorgelegd": the addressee before the questions
_QUESTIONS_PUT_BEFORE = re.compile(
    _COMMITTEE_HAS.format(name="[^.]+?") + r"(?:de )?(?P<to>regering|(?i:minister|staatssecretaris)s? [^.;]{0,120}?) (?:een aantal |enkele )?vragen "
    r"(?:en opmerkingen )?(?:ter beantwoording )?voorgelegd", re.S)
# "Binnen de vaste commissie voor Defensie hebben enkele fracties de behoefte een aantal vragen en opmerkingen
# voor te leggen aan de Minister van Defensie": the wish stated, the questions undated
_QUESTIONS_WISHED = re.compile(
    r"[Bb]innen de (?P<who>(?:vaste|algemene) (?:Kamer)?commissie (?:voor|van) [^.]+?) (?:bestond|bestaat|hebben|heeft|had|hadden) "
    r"[^.;]{0,80}?behoefte (?:om )?(?:(?:de |het )?(?P<to>regering|(?i:minister|staatssecretaris)s? [^.;]{0,120}?) )?"
    r"(?:op (?P<date>\d{1,2}\s+\w+\s+\d{4}) )?(?:[^.;]{0,300}? )?vragen (?:en opmerkingen )?voor te leggen", re.S)
_CLOSING_QUOTES = " \"'”’»"
_TITLES = re.compile(r"^(?:(?:drs|dr|mr|ir|ing|prof|ds)\.\s*)+", re.I)
_OF_WHOM = re.compile(r"\s+van\s+(?:een |de |het )?(?:[\w-]+\s+van\s+(?:de |het )?)?")
_QUESTIONS_SENT = re.compile(      # "Vragen van het lid Karabulut (SP) aan … (ingezonden 22 oktober 2019)."
    r"^Vragen van (?:het lid|de leden) (?P<who>.+?) aan .{0,400}?\((?i:ingezonden) (?P<date>\d{1,2} \w+ \d{4})\)", re.M | re.S)
_ANSWER_SENT = re.compile(         # "Antwoord van Minister Ollongren (Defensie) … (ontvangen 13 februari 2024)."
    r"^Antwoord van (?P<who>.+?)(?:,? mede namens .{0,200}?)?\s*\((?i:ontvangen|ingezonden) (?P<date>\d{1,2} \w+ \d{4})\)",
    re.M | re.S)
_DATE = r"\d{1,2} \w+ \d{4}"
# the fields of a written question's page ("Indiener …", "Beantwoord door …", "Onderwerpen …"): where a value
# ends when a wrapped layout ran the next field onto its line
_KV_FIELD = r"(?:Ingediend|Beantwoord|Indieners?|Onderwerpen|Bron)"
_LETTER_SENT = re.compile(         # the opening of a verslag van een schriftelijk overleg
    rf"(?:(?P<who>(?:De |de )?(?:vaste|algemene) (?:Kamer)?commissie (?:voor|van) [^,\n]+?) heeft|is) op (?P<date>{_DATE}) "
    r"een brief (?:gestuurd|verzonden) aan")
_LETTER_ANSWERED = re.compile(
    rf"(?P<who>(?:De |de )(?:[Mm]inister|[Ss]taatssecretaris)s? (?:van|voor) [^.]+?) (?:heeft|hebben) "
    rf"(?:bij brief van |op )(?P<date>{_DATE}) (?:gereageerd|geantwoord)")
_QUESTIONS_ANSWERED = re.compile(   # (", mede namens de minister van …,"); "… deze vragen bij brief van … beantwoord"
    r"(?:heeft|hebben) deze vragen(?:, [^.;]{0,120}?,)? "
    r"(?:beantwoord bij brief van (?P<date>\d{1,2} \w+ \d{4})|bij brief van (?P<date2>\d{1,2} \w+ \d{4}) beantwoord)")
_COMMITTEE_NAME = re.compile(     # "vaste commissie voor Buitenlandse Zaken, Defensie en Ontwikkelingssamenwerking"
    r"(?:vaste|algemene) (?:Kamer)?commissie (?:voor|van) (?:[A-Z][\w-]*)(?:(?:,\s*|\s+en\s+|\s+)(?:[A-Z][\w-]*))*")
_QUESTIONS_DATED = re.compile(     # "De vragen en opmerkingen zijn op 3 maart 2025 (aan …) voorgelegd"
    rf"[Dd]e vragen(?: en opmerkingen)? zijn op (?P<date>{_DATE})(?: aan [^.;]{{0,120}}?)? voorgelegd")
# "De op 16 januari 2012 toegezonden vragen en opmerkingen zijn met de door de Minister bij brief van 19 januari
# 2012 gegeven antwoorden hieronder afgedrukt.": the formula of a written consultation's report
_SENT_AND_ANSWERED = re.compile(
    rf"[Dd]e op (?P<date>{_DATE}) (?:toegezonden|voorgelegde) vragen(?: en opmerkingen)? zijn(?:,)? met de door de "
    rf"[^.;]{{0,120}}? bij brief van (?P<adate>{_DATE}) (?:gegeven|toegezonden|verstrekte?) antwoorden")
_ANSWERED_BY_LETTER = re.compile(  # "bij brief van 18 maart 2025 zijn ze beantwoord", "… heeft de minister deze beantwoord"
    rf"[Bb]ij brief van (?P<date>{_DATE}) (?:(?:zijn|werden) (?:ze|zij|deze|de vragen)|(?:heeft|hebben) "
    rf"(?:[\w-]+ ){{0,4}}?(?:ze|deze|de vragen|deze vragen))(?: [^.;]{{0,60}}?)? beantwoord")


@lru_cache(maxsize=1)
def _occasion_rx() -> tuple[re.Pattern, re.Pattern]:
    ev = vocab()["ev"]
    nouns = alt(ev["meeting_nouns"])
    return (re.compile(rf"(?<![\w-])(?P<noun>[\w-]*(?:{nouns}))\b(?:[^.;:\n]{{0,70}}?)\s(?:van|op|d\.d\.)\s*$", re.I),
            re.compile(rf"(?:{alt(ev['letter_date_words'])})\s*$", re.I))


_SINCE_TALLY = re.compile(r"\s*(?P<since>Sinds|Sedert)\s(?:[^.;]|\.(?=\s*[a-z])){0,160}?(?<![\w-])(?:meer dan|ruim|ten minste|"
                          r"minstens|bijna|circa|ongeveer|naar schatting|zo'n|tientallen|honderden|duizenden|telt|tellen|"
                          r"telde|geteld|geregistreerd|registreerde|(?P<times>(?:\d+|twee|drie|vier|vijf|zes|zeven|"
                          r"acht|negen|tien|twintig|dertig)\s+(?:keer|maal)))\s", re.I)   # "Sinds oktober zijn meer dan 9.000 …",
#                                                                              "… 23 keer beschoten"

_AT_THE = re.compile(r"\s*(?:Bij|Tijdens)\s+(?:de|die|deze|dit|het)\s+(?:[\w-]+\s+)?$")
_AT_THE_WITHIN = re.compile(r"(?<![\w-])bij\s+(?:de|die|deze|dit|het)\s+(?:[\w-]+\s+)?$")   # "zijn bij de aanslag …"
_NEW_CLAUSE = re.compile(r",\s+(?:waardoor|waarna|waarop|omdat|terwijl|nadat|toen|zodat|doordat|maar)\s")
_WE_WITH_YOU = re.compile(r"(?<![\w-])(?:ik|wij|we)\s+(?:[a-z]+\s+){0,3}?met\s+uw\s+Kamer\b[^.;]{0,80}?\btijdens\s+(?:het|de)\s+$")
_RELATIVE_BEFORE = re.compile(r"(?<![\w-])(?:die|dat)\s+(?:de|het)\s+(?:[\w-]+\s+){0,3}?[\w-]+$")


def _subject_of_verb(text: str, a: int, b: int, date_end: int) -> bool:
    """Does a finite verb stand between an occasion noun and its would-be date ("De Raad van de EU heeft op
    17 mei besloten", "De Veiligheidsraad verlengde op 30 mei"), or close the clause right after the date
    ("…, dat de Raad op 24 februari aannam,"): the noun is a subject, not an occasion."""
    aux = vocab()["auxiliaries"]
    comma = text.find(",", a, b)
    # "De Overgangsraad (NTC) riep op …", "De Raad van de Internationale Burgerluchtvaartorganisatie (ICAO) besloot op …"
    after = re.sub(r"^(?:\s+van\s+(?:de\s+|het\s+)?[A-ZÀ-Þ][\w-]*(?:\s+[A-ZÀ-Þ][\w-]*){0,4}|(?:\s+[A-ZÀ-Þ][\w-]*){1,3})?"
                   r"(?:\s*\([^()]{1,15}\))?", "", text[a:a + 120])[:40]   # … "De Raad Buitenlandse Zaken (RBZ) besloot op …"
    if _finite_verb_after(after) or comma != -1 and _finite_verb_after(text[comma + 1:comma + 40]):
        return True                                # "De Raad neemt … op", "… de Veiligheidsraad onderzocht, stopte op"
    if aux.search(text, a, b) is not None or any(
            re.search(r"(?:de|te|den|ten)$", text[s:e].split()[0], re.I) for _, s, e in triggers_in(text, a, b)):
        return True
    last = re.match(r"\s+([a-zà-ÿ]+)\s*[,.;]", text[date_end:date_end + 30])
    if last is not None and triggers_in(text, date_end + last.start(1), date_end + last.end(1)):
        return True
    verb = re.match(r"\s+([a-zà-ÿ]+)", text[date_end:date_end + 30])
    if verb is not None and triggers_in(text, date_end + verb.start(1), date_end + verb.end(1)) \
            and _finite_verb_after(text[date_end:date_end + 30]):
        return True                                # "De Europese Raad van 14 december besloot …": its decision
    # "…, die de Noord-Atlantische Raad op 26 juni tot secretaris-generaal benoemde.": a relative clause's verb
    if _RELATIVE_BEFORE.search(text, max(0, a - 80), a):
        final = re.match(r"[^,.;()]{0,50}?\s([a-zà-ÿ]+(?:de|te|den|ten))\s*[,.;]", text[date_end:date_end + 70])
        return final is not None
    return False


def _event(doc: Document, view: TextView, cs: int, ce: int, etype: str, *, what: str | None = None,
           date: Mention | str | None = None, actors=(), place=None, target=None, levels=None) -> Mention:
    s, e = view.to_original(cs, ce)
    what = " ".join((what or view.clean[cs:ce]).split())[:200]
    attrs = {"what": what, "type": etype,
             "date": date.attrs.get("value") if isinstance(date, Mention) else date,
             "actors": list(dict.fromkeys(a for a in actors if a)), "place": place}
    if isinstance(date, Mention):
        attrs["date_text"] = date.label
    if target:
        attrs["target"] = target
    if levels:
        attrs["from_level"], attrs["to_level"] = levels
    return Mention("event", s, e, doc.text[s:e], what, type=etype, attrs=attrs)


def _occasion_actor(text: str, s: Span, cs: int, a: int, b: int) -> bool:
    """Is ``s`` an actor of the occasion ``text[cs:b]`` dated at ``a``? An organisation naming it (not its
    topic: "overleg over de Raad … op", but "Raad … van 20 januari"), one after "van" following the date,
    whoever acted "tijdens" it ("toezegging van de minister tijdens het commissiedebat") and the subject
    right after an opening "Tijdens het overleg op 11 februari verzocht uw Kamer …"."""
    if cs <= s.start < a:
        topic = vocab()["topic"].search(text, cs, s.start)
        return s.kind == "organisation" and (not topic or re.fullmatch(r"\s+van\s+", text[s.end:a]) is not None)
    if s.start >= b:
        if s.kind == "organisation" and _OF_WHOM.fullmatch(text, b, s.start):
            return True
        opening = re.search(r"(?:^|[.:;\n]\s*)[Tt]ijdens\s+(?:het|de)\s+$", text[max(0, cs - 40):cs])
        return bool(opening) and re.fullmatch(r"(?:\s*jl\.)?(?:\s*\([^()]*\))?\s*,?\s*[a-z]\w*\s+(?:uw |de |het )?"
                                              r"(?:(?:lid|leden|heer|minister|staatssecretaris)\s+)?",
                                              text[b:s.start]) is not None
    return re.fullmatch(r"(?:\s*\([^()]{1,20}\))?[\s,]*(?:[a-z]\w*\s+)?tijdens\s+(?:het|de)\s+", text[s.end:cs]) \
        is not None                                 # "aan het lid Hamstra (CDA) tijdens de regeling van werkzaamheden"


def _ministers(raw: str) -> list[str]:
    """ "Ministers van Defensie en van Buitenlandse Zaken" -> one role per minister."""
    head, _, rest = raw.partition(" van ")
    head = head.rstrip("s").capitalize()
    return [f"{head} van {p.strip()}" for p in re.split(r",\s*(?:van\s+)?|\s+en\s+(?:van\s+)?", rest) if p.strip()]


def _names_list(raw: str) -> list[str]:
    """ "Gert-Jan Segers (CU), Agnes Mulder (CDA)" -> names."""
    raw = re.sub(r"\([^()]*\)", "", raw)
    return [n.strip() for n in re.split(r",|\sen\s", raw) if re.match(rf"\s*{_NAME}\s*$", n.strip() or "x")]


def _structural(doc: Document, view: TextView, date_at, holders: dict[str, str]) -> list[Mention]:
    """Meetings reported, debates recorded, letters, questions put and answered."""
    text, out = view.clean, []
    head = text[:4000]                  # the formulas stand in a document's opening
    m = _LETTER_SENT.search(head)
    if m:
        out.append(_event(doc, view, m.start(), m.end(), "other", what="brief met vragen van de commissie",
                          date=date_at(m.start("date"), m.end("date")),
                          actors=[" ".join(m.group("who").split()).removeprefix("De ")] if m.group("who") else []))
        a = _LETTER_ANSWERED.search(text, m.end(), m.end() + 1500)
        if a:
            roles = [r.removeprefix("de ").removeprefix("De ") for r in re.split(r",\s*|\s+en\s+", " ".join(a.group("who").split()))]
            out.append(_event(doc, view, a.start(), a.end(), "other", what="reactie op de vragen van de commissie",
                              date=date_at(a.start("date"), a.end("date")),
                              actors=[holders.get(fold(r), r[:1].upper() + r[1:]) for r in roles]))
    m = _MEETING.search(head)
    if m:
        d = date_at(m.start("date"), m.end("date"))
        actors = [" ".join(c.group(0).split()) for c in _COMMITTEE.finditer(m.group("who"))]
        actors += [p.group("name") for p in _PERSON_IN_LIST.finditer(m.group("with"))]
        kind = (doc.meta.type or "").removeprefix("verslag van een ").strip() or "overleg"
        out.append(_event(doc, view, m.start(), m.end("with"), "meeting", what=f"{kind} ({doc.meta.title or ''})",
                          date=d, actors=actors))
    m = _DEBATE.search(head)
    if m:
        transcript = next((p for p in doc.parts if p.kind == "transcript" and p.date), None)
        out.append(_event(doc, view, m.start(), m.end(), "meeting", what=m.group("what"),
                          date=transcript.date if transcript else doc.meta.date,
                          actors=[doc.meta.chamber + " der Staten-Generaal"] if doc.meta.chamber else []))
    m = _ORAL_QUESTIONS.search(head)
    if m is None and re.search(r"(?m)^\s*Handeling(?:en)?\b", text[:300]) and "Aanhangsel" not in text[:300]:
        m = _ORAL_QUESTIONS_BARE.search(head)     # an older Handelingen item: no item number
    if m and doc.meta.date:
        who = [p.group("name") for p in _PERSON_IN_LIST.finditer(m.group("who"))] or _names_list(m.group("who"))
        out.append(_event(doc, view, m.start(), m.end(), "meeting", what="mondelinge vragen (vragenuur)",
                          date=doc.meta.date, actors=who))
    letters = [p for p in doc.parts if p.kind == "letter"]
    if len(letters) > 1:
        for p in letters:
            cs = view.to_clean(p.start)
            actors = [_TITLES.sub("", s["name"]) for s in p.signatories] or ([p.sender] if p.sender else [])
            out.append(_event(doc, view, cs, cs + len(p.title or ""), "other", what=f"{p.title} aan {p.addressee}",
                              date=p.date, actors=actors))
    for label, who, what in (("Ingediend", r"Indieners?", "indiening van de schriftelijke vragen"),
                             ("Beantwoord", r"Beantwoord door", "beantwoording van de schriftelijke vragen")):
        dm = re.search(rf"(?:^|(?<= )){label}\s+(\d{{1,2}} \w+ \d{{4}})", text[:3000], re.M)
        wm = re.search(rf"(?:^|(?<=\) )){who}\s+(.+?)(?=\s+{_KV_FIELD}\s|$)", text[:3000], re.M)
        if dm:
            out.append(_event(doc, view, dm.start(), dm.end(), "other", what=what, date=date_at(dm.start(1), dm.end(1)),
                              actors=_names_list(wm.group(1)) if wm else []))
    for rx, what in ((_QUESTIONS_SENT, "indiening van de schriftelijke vragen"),
                     (_ANSWER_SENT, "beantwoording van de schriftelijke vragen")):
        m = rx.search(text[:3000])
        if m:
            who = [p.group("name") for p in _PERSON_IN_LIST.finditer(m.group("who"))] or _names_list(m.group("who"))
            out.append(_event(doc, view, m.start(), m.end(), "other", what=what,
                              date=date_at(m.start("date"), m.end("date")), actors=who))
    sent_and_answered = _SENT_AND_ANSWERED.search(head)
    q = _QUESTIONS_PUT.search(head) or _QUESTIONS_PUT_TO.search(head) or _QUESTIONS_PUT_BEFORE.search(head) or \
        (None if sent_and_answered else _QUESTIONS_WISHED.search(head))
    dated = _QUESTIONS_DATED.search(head)
    if q or dated:
        # the verslag of a schriftelijk overleg: questions put (and when), answered by letter (and when)
        where = q or dated
        who_text = q.group("who") if q else text[max(0, dated.start() - 800):dated.start()]
        who = list(dict.fromkeys(" ".join(c.group(0).split())
                                 for c in (_COMMITTEE if q else _COMMITTEE_NAME).finditer(who_text)))[:1 if not q else None]
        when = date_at(dated.start("date"), dated.end("date")) if dated else \
            date_at(q.start("date"), q.end("date")) if q.group("date") else None
        out.append(_event(doc, view, where.start(), where.end(), "other", what="vragen voorgelegd", date=when, actors=who))
        a = _QUESTIONS_ANSWERED.search(text, where.end(), where.end() + 600) or \
            _ANSWERED_BY_LETTER.search(text, where.end(), where.end() + 600)
        if a:
            to = (q.group("to") if q else "") or ""
            ministers = _ministers(to) if to and to != "regering" else []
            writers = {n for role, n in holders.items() if role.split(" ")[0] in ("minister", "staatssecretaris")}
            if not ministers or len(writers) == 1:
                ministers = sorted(writers)[:1] or ministers
            opening = max(text.rfind(". ", 0, a.start()), text.rfind("\n", 0, a.start())) + 1
            government = re.search(r"(?<![\w-])(?:[Dd]e (regering)|namens het (kabinet)|[Hh]et (kabinet))\b",
                                   text[opening:a.end()])
            if government:                           # "De regering heeft deze vragen beantwoord": who answered
                ministers = [next(g for g in government.groups() if g)]
            elif to == "regering" and not re.search(r"(?i)minister|staatssecretaris|bewinds", text[opening:a.start()]):
                ministers = ["regering"]             # asked of the government, answered without a named minister
            d = "date" if a.group("date") else "date2"
            out.append(_event(doc, view, a.start(), a.end(), "other", what="beantwoording van de vragen",
                              date=date_at(a.start(d), a.end(d)), actors=ministers))
    elif (f := sent_and_answered) is not None:
        # "De op … toegezonden vragen en opmerkingen zijn met de door de Minister bij brief van … gegeven antwoorden"
        who = [" ".join(c.group(0).split()) for c in _COMMITTEE_NAME.finditer(text[max(0, f.start() - 1500):f.start()])]
        out.append(_event(doc, view, f.start(), f.end(), "other", what="vragen voorgelegd",
                          date=date_at(f.start("date"), f.end("date")), actors=who[:1]))
        writers = {n for role, n in holders.items() if role.split(" ")[0] in ("minister", "staatssecretaris")}
        out.append(_event(doc, view, f.start(), f.end(), "other", what="beantwoording van de vragen",
                          date=date_at(f.start("adate"), f.end("adate")), actors=sorted(writers)[:1]))
    return out


class _Named:
    """A document's person/organisation/place mentions in clean offsets, for picking a sentence's quickly."""

    def __init__(self, view: TextView, mentions: list[Mention]) -> None:
        self.mentions = mentions
        self.holders = _holders(mentions)
        placed = [(view.to_clean(m.start), i, Span(view.to_clean(m.start), view.to_clean(m.end), m))
                  for i, m in enumerate(mentions)
                  if not (m.kind == "place" and demonym_state(m.label))]     # "Amerikaanse" is no place
        placed.sort(key=lambda t: t[:2])
        self.starts = [a for a, _, _ in placed]
        self.placed = [(i, sp) for _, i, sp in placed]
        self.any_org_or_place = any(m.kind in ("organisation", "place") for m in mentions)
        self.author: str | None = None
        self.turns: list[tuple[int, str | None]] = []     # (start, speaker) of each turn of a debate record

    def speaker_at(self, pos: int) -> str | None:
        """Who speaks at ``pos`` of a debate record (None outside turns and for the chair)."""
        i = bisect_left(self.turns, (pos + 1,)) - 1
        return self.turns[i][1] if i >= 0 else None

    def read_turns(self, text: str) -> None:
        for m in _TURN.finditer(text):
            who = [sp.label for sp in self.within(m.start(), m.end()) if sp.kind == "person"]
            self.turns.append((m.end(), who[0] if len(who) == 1 else None))

    def last_org_before(self, pos: int, fits: Callable[[Mention], bool], reach: int | None = None) -> Mention | None:
        """The organisation that ``fits`` mentioned last before ``pos`` (no further back than ``reach``)."""
        i = bisect_left(self.starts, pos)
        for _, sp in reversed(self.placed[:i]):
            if reach is not None and sp.start < pos - reach:
                return None
            if sp.kind == "organisation" and fits(sp.mention):
                return sp.mention
        return None

    def last_place_before(self, pos: int, head: str, text: str) -> Mention | None:
        """The place of kind ``head`` ("eiland", "stad", "basis") named last before ``pos``, within a few
        paragraphs: a city or base by its kind, an island by the word before its name."""
        i = bisect_left(self.starts, pos)
        for _, sp in reversed(self.placed[:i]):
            if sp.start < pos - 1500:
                return None
            if sp.kind != "place":
                continue
            m = sp.mention
            if head == "eiland" and re.search(r"eiland\s+$", text[max(0, sp.start - 10):sp.start]) \
                    or head in ("stad", "hoofdstad") and m.type == "city" or head == "basis" and m.type == "base":
                return m
        return None

    def within(self, a: int, b: int) -> list[Span]:
        """The spans starting in ``[a, b)``, in mention order."""
        return [sp for _, sp in sorted(self.placed[bisect_left(self.starts, a):bisect_left(self.starts, b)],
                                       key=lambda t: t[0])]


_PLACE_ANAPHOR = re.compile(r"(?<![\w-])(?:[Oo]p|[Ii]n|[Bb]ij|[Nn]aar)\s+(?P<np>(?:het|de|dat|die|deze|dit)\s+"
                            r"(?P<head>eiland|stad|hoofdstad|basis))"
                            r"(?![\w-])(?!\s+(?:van\s|[A-ZÀ-Þ]))")


@lru_cache(maxsize=1)
def _common_actor_rx() -> re.Pattern:
    ev = vocab()["ev"]
    common = rf"(?:{demonym_alternation()})\s+(?:{alt(ev['actor_heads'])})|(?i:{alt(ev['actor_words'])})"
    return re.compile(rf"(?<![\w-])(?:{common})(?![\w-])")


@lru_cache(maxsize=1)
def _anaphors() -> tuple[tuple[re.Pattern, Callable[[Mention], bool], int | None], ...]:
    """Organisations named by their kind: (pattern, which organisation it names, how far back it looks)."""
    ev = vocab()["ev"]
    unit_name = re.compile(rf"(?<![\w-])(?:{alt(ev['unit_name_words'])})(?![\w-])|[a-z](?:eenheid|bataljon|brigade)\b")
    return ((re.compile(rf"(?<![\w-])(?:{alt(ev['ship_anaphors'])})(?![\w-])", re.I),
             lambda m: str(m.attrs.get("key", "")).startswith("ship-"), None),
            (re.compile(rf"(?<![\w-])(?:{alt(ev['unit_anaphors'])})(?![\w-])", re.I),
             lambda m: unit_name.search(m.label) is not None, 400))


@lru_cache(maxsize=1)
def _head_anaphor_rx() -> re.Pattern:
    """"het hof", "de Raad": an organisation named by its head noun, not followed by a name or "van"."""
    heads = alt(vocab()["ev"]["head_anaphors"])
    return re.compile(rf"(?<![\w-])(?:[Dd]e|[Hh]et)\s+(?P<head>(?i:{heads}))(?![\w-])(?!\s+(?:van\s|[A-ZÀ-Þ]))")


@lru_cache(maxsize=1)
def _member_anaphors() -> tuple[tuple[re.Pattern, str], ...]:
    """(members noun, organisation label pattern): "marechaussees" act for the Koninklijke Marechaussee named before."""
    return tuple((re.compile(rf"(?<![\w-]){re.escape(noun)}(?![\w-])", re.I), label)
                 for noun, label in vocab()["ev"]["member_anaphors"].items())


@lru_cache(maxsize=64)
def _label_fits(pattern: str, flags: int = 0) -> Callable[[Mention], bool]:
    """Does an organisation's label hold ``pattern`` as a word (or, for a head noun, a compound's end)?"""
    rx = re.compile(rf"(?<![\w-])(?:{pattern})(?![\w-])", flags)
    return lambda m: rx.search(m.label) is not None


def _anaphor_matches(text: str, sent: tuple[int, int]):
    """(start, end, position that must be free, which organisation fits, how far back) of every anaphor."""
    for rx, fits, reach in _anaphors():
        for w in rx.finditer(text, sent[0], sent[1]):
            yield w.start(), w.end(), w.start(), fits, reach
    for w in _head_anaphor_rx().finditer(text, sent[0], sent[1]):
        yield w.start(), w.end(), w.start("head"), _label_fits(rf"\w*?{re.escape(w.group('head').lower())}", re.I), 1500
    for noun, label in _member_anaphors():
        for w in noun.finditer(text, sent[0], sent[1]):
            yield w.start(), w.end(), w.start(), _label_fits(label), 4000


def _spans(view: TextView, named: _Named, sent: tuple[int, int], text: str) -> list[Span]:
    """Person/organisation/place mentions of the sentence; capitalised names when no extractor ran."""
    spans = named.within(*sent)
    spans += _role_spans(view, named.holders, sent, text, spans)
    speaker = named.speaker_at(sent[0]) if named.turns else None
    if named.author or speaker:                          # "ik" of the letter's writer or of the one speaking
        rx = r"(?<![\w-])(?:[Ii]k|[Ww]ij)(?![\w-])" if named.author else r"(?<![\w-])[Ii]k(?![\w-])"
        for w in re.finditer(rx, text[sent[0]:sent[1]]):
            a, b = sent[0] + w.start(), sent[0] + w.end()
            o = view.to_original(a, b)
            spans.append(Span(a, b, Mention("person", *o, view.original[o[0]:o[1]], named.author or speaker)))
        spans.sort(key=lambda sp: sp.start)
    # an organisation named by its kind: "Het fregat draagt sinds 20 mei bij", "Deze eenheden keerden in juni
    # terug" (the ship or unit named before), "Het hof veroordeelde X" (the court), "marechaussees" (the KMar)
    for a, b, key, fits, reach in _anaphor_matches(text, sent):
        if any(s.start <= key < s.end for s in spans):
            continue
        org = named.last_org_before(a, fits, reach)
        if org is not None:
            o = view.to_original(a, b)
            spans.append(Span(a, b, Mention("organisation", *o, view.original[o[0]:o[1]], org.label, type=org.type)))
            spans.sort(key=lambda sp: sp.start)
    for w in _PLACE_ANAPHOR.finditer(text, sent[0], sent[1]):   # "Op het eiland werd X aangehouden": the island
        if any(s.start <= w.start("head") < s.end for s in spans):  # named before
            continue
        place = named.last_place_before(w.start(), w.group("head").lower(), text)
        if place is not None:
            o = view.to_original(w.start("np"), w.end("np"))
            spans.append(Span(w.start("np"), w.end("np"), Mention("place", *o, view.original[o[0]:o[1]], place.label,
                                                                  type=place.type)))
            spans.sort(key=lambda sp: sp.start)
    for w in _common_actor_rx().finditer(text, sent[0], sent[1]):
        a, b = w.start(), w.end()                        # common-noun actors: "het kabinet", "de regering"
        if not any(s.start <= a < s.end or a <= s.start < b for s in spans):
            o = view.to_original(a, b)
            spans.append(Span(a, b, Mention("organisation", *o, view.original[o[0]:o[1]], w.group(0))))
    if named.any_org_or_place:
        return spans
    stop = _stop_words()
    preps = alt(vocab()["ev"]["place_prepositions"])
    for n in re.finditer(_NAME, text[sent[0]:sent[1]]):
        a = sent[0] + n.start()
        name = n.group(0)
        if name.split()[0].lower() in stop or n.start() == 0 and " " not in name or demonym_state(name) \
                or any(sp.start <= a < sp.end or a <= sp.start < a + len(name) for sp in spans):
            continue
        kind = "place" if re.search(rf"\b(?:{preps})\s$", text[max(0, a - 20):a]) else "organisation"
        s, e = view.to_original(a, a + len(name))
        spans.append(Span(a, a + len(name), Mention(kind, s, e, view.original[s:e], name)))
    return spans


def _holders(mentions: list[Mention]) -> dict[str, str]:
    """Folded role ("minister van defensie") -> the fullest name of the one person holding it."""
    names: dict[str, set[str]] = {}
    for m in mentions:
        if m.kind == "person":
            for role in m.attrs.get("roles") or []:
                names.setdefault(fold(str(role)), set()).add(m.label)
    return {r: max(n, key=len) for r, n in names.items() if len({x.split()[-1] for x in n}) == 1}


def _role_spans(view: TextView, holders: dict[str, str], sent: tuple[int, int], text: str,
                taken: list[Span]) -> list[Span]:
    """Offices named in the sentence ("de minister van Defensie") as the person holding them in the document."""
    if not holders:
        return []
    out = []
    for r in _role_rx().finditer(text, sent[0], sent[1]):
        name = holders.get(fold(r.group(0)))
        if name and not any(s.start <= r.start() < s.end or r.start() <= s.start < r.end() for s in taken):
            o = view.to_original(r.start(), r.end())
            out.append(Span(r.start(), r.end(), Mention("person", *o, view.original[o[0]:o[1]], name)))
    for r in _bare_role_rx().finditer(text, sent[0], sent[1]):   # "de minister" alone: the one minister
        head = r.group("head").lower()
        names = {n for role, n in holders.items() if role.split(" ")[0] == head}
        if len(names) == 1 and not any(s.start <= r.start("head") < s.end for s in [*taken, *out]):
            o = view.to_original(r.start("head"), r.end("head"))
            out.append(Span(r.start("head"), r.end("head"),
                            Mention("person", *o, view.original[o[0]:o[1]], names.pop())))
    return out


@lru_cache(maxsize=1)
def _bare_role_rx() -> re.Pattern:
    heads = alt(vocab()["ev"]["role_heads"])
    return re.compile(rf"(?<![\w-])[Dd]e\s+(?P<head>(?i:{heads}))(?![\w-])(?!\s+(?:van|voor)\b)")


@lru_cache(maxsize=1)
def _role_rx() -> re.Pattern:
    heads = alt(vocab()["ev"]["role_heads"])
    return re.compile(rf"(?<![\w-])(?i:{heads})\s+(?:van|voor)\s+{_WORD}(?:,?\s+(?:en\s+)?(?:van\s+|voor\s+)?{_WORD})*")


def find_events(doc: Document, dates: list[Mention], mentions: list[Mention]) -> list[Mention]:
    """Every event ``doc`` states (``dates``: date mentions; ``mentions``: persons, organisations, places)."""
    view = view_of(doc.text)
    text = view.clean
    clean_dates = sorted((view.to_clean(d.start), view.to_clean(d.end), d) for d in dates)
    used: set[int] = set()

    def date_at(cs: int, ce: int) -> Mention | None:
        for a, _, d in clean_dates:
            if cs <= a < ce:
                used.add(a)
                return d
        return None

    people = _Named(view, mentions)
    member_states = {m.label for m in mentions if m.kind == "organisation" and m.type == "state"}   # "Hongarije blokkeerde …"
    if doc.meta.type in vocab()["ev"]["first_person_papers"]:
        # "Zoals ik tijdens het debat … toezegde": in a letter or an answer "ik"/"wij" is the one minister writing
        writers = {n for role, n in people.holders.items() if role.split(" ")[0] in vocab()["ev"]["role_heads"]}
        people.author = writers.pop() if len(writers) == 1 else None
    else:
        people.read_turns(text)
    out = _structural(doc, view, date_at, people.holders)
    taken = [(view.to_clean(e.start), view.to_clean(e.end)) for e in out if not _DEBATE.match(e.text)]
    occasion, letter = _occasion_rx()
    occasions: list[tuple[int, int]] = []
    for a, b, d in clean_dates:                      # named occasions with their date
        if a in used or d.attrs.get("value") is None:
            continue
        lead = re.match(r"(?:van|op)\s+", d.label)
        head = max(0, a - 90)
        before = text[head:a + (lead.end() if lead else 0)]
        sent = view.sentence_at(a)
        occ = occasion.search(before)
        if occ and _NEW_CLAUSE.search(before, occ.end("noun")):
            occ = None                               # "… in de Raad de verlenging, waardoor het mandaat op 31 maart afliep"
        if occ and not letter.search(before[-30:]) and head + occ.start() >= sent[0] \
                and not _subject_of_verb(text, head + occ.end("noun"), a, b):
            cs = head + occ.start()
            spans = _spans(view, people, sent, text)
            cs = next((s.start for s in spans if s.kind == "organisation" and s.start < cs < s.end), cs)
            #                                     "de Europese Raad van 29 en 30 juni": the whole name
            named = [s.label for s in spans if _occasion_actor(text, s, cs, a, b)]
            if _WE_WITH_YOU.search(text, sent[0], cs):       # "Graag ga ik met uw Kamer … in gesprek tijdens het …"
                named += [n for n in (people.author, f"{doc.meta.chamber} der Staten-Generaal" if doc.meta.chamber
                                      else None) if n]
            # "… op 12 november in Parijs", "Libië-conferentie in Parijs van 12 november"
            place = next((s.label for s in spans if s.kind == "place" and (
                re.fullmatch(r"\s+in\s+", text[b:s.start]) or cs < s.start < a and re.search(r"\sin\s+$", text[cs:s.start])
                and re.fullmatch(r"\s+(?:van|op)\s+", text[s.end:a + (lead.end() if lead else 0)]) is not None)), None)
            out.append(_event(doc, view, cs, b, "meeting", what=text[cs:b], date=d, actors=named,
                              place=place))
            occasions.append((cs, b))
            used.add(a)
    reported = _reported_meeting_date(text, clean_dates)   # "het verslag van de Raad … van 20 oktober"
    titles = [(t.start(), t.end()) for t in re.finditer(re.escape(doc.meta.title), text)] \
        if doc.meta.title and len(doc.meta.title) > 10 else []      # a dossier title names, it states nothing
    before: Mention | None = None                     # the last sentence event of the paragraph
    before_end = prev_end = 0
    then: Mention | None = None                       # the date the sentence before stated
    then_event: Mention | None = None                 # the date of the sentence before's event
    he: str | None = None                             # the one person the sentence before named
    date_starts = [a for a, _, _ in clean_dates]
    carried = 0                                       # sentences without a date or event the story went on through
    full = _full_line_length(doc.text)
    for sent in _sentences(view):
        body = text[sent[0]:sent[1]].rstrip()
        if _new_paragraph(view, before_end, sent[0], full):
            before = None
        if _new_paragraph(view, prev_end, sent[0], full):
            then = he = then_event = None
        prev_end = sent[1]
        if any(s <= sent[0] < e or sent[0] <= s < sent[1] for s, e in taken) or len(body) > 600 \
                or not body.rstrip(_CLOSING_QUOTES).endswith((".", "?", "!", ";", ")")):
            then = he = then_event = None
            continue                                  # headings, titles, run-on text
        ds = [x for x in clean_dates[bisect_left(date_starts, sent[0]):bisect_left(date_starts, sent[1])]
              if x[0] not in used and not any(s <= x[0] < e for s, e in occasions)]
        spans = _spans(view, people, sent, text)
        joined = _participation().search(text, sent[0], sent[1])
        if joined and before is not None and before in out:   # "De minister van Defensie sloot hierbij aan."
            joiners = [s.label for s in spans if s.kind in ("person", "organisation") and s.start < joined.start()]
            before.attrs["actors"] = list(dict.fromkeys([*before.attrs["actors"], *joiners]))
            then = he = then_event = None
            continue
        if joined and not ds:                         # "Namens Nederland nam daaraan de minister deel.": a part in
            continue                                  # something told before, no happening of its own
        claim = _CLAIMED.search(text, sent[0], sent[1])
        attack = (_last_attack(out) or (out[-1] if out else None)) if claim else None
        if attack is not None and not triggers_in(text, sent[0], claim.start()) \
                and not (triggers_in(text, claim.end(), sent[1]) and any(a >= claim.end() for a, _, _ in ds)):
            # (not "…, evenals voor het neerhalen van … op 24 augustus": another happening, dated, told)
            # "Twee dagen later eiste ISIS de aanslagen op.": who did the one told before
            claimants = [sp.label for sp in spans if (sp.kind == "person" or sp.kind == "organisation"
                                                      and sp.mention.type != "state")
                         and not re.search(r"(?<![\w-])via\s+(?:\w+\s+){0,2}$", text[max(sent[0], sp.start - 30):sp.start])]
            if claimants:
                attack.attrs["actors"] = list(dict.fromkeys([*attack.attrs["actors"], *claimants]))
                then = he = then_event = None
                continue
        named = _NAMED_PERPETRATOR.match(text, sent[0], sent[1])
        attack = _last_attack(out) if named else None
        if attack is not None:                        # "De dader, de 23-jarige X, werd …": who did the one told before
            who = [sp.label for sp in spans if sp.kind == "person" and named.end() <= sp.start < named.end() + 40]
            attack.attrs["actors"] = list(dict.fromkeys([*attack.attrs["actors"], *who[:1]]))
        spans += _pronoun_spans(doc, view, sent, he, spans)
        said = stated_dates(text, sent, ds)
        follow = _FOLLOWED.match(text, sent[0], sent[1])
        if follow and before is not None and said:     # "… maakten X en Y bekend dat … Finland volgde op 1 april."
            who = [sp.label for sp in spans if sp.kind in ("organisation", "place") and sp.start < follow.start("verb")]
            if who:
                ev = _event(doc, view, sent[0], sent[1], before.attrs["type"], date=said[0][2], actors=who)
                out.append(ev)
                before, before_end = ev, sent[1]
                then = then_event = said[0][2]
                continue
        events = sentence_event(text, sent, ds, spans, exclude=occasions + titles)
        if not events and ds:
            item = _contribution_item(doc, view, sent, ds, spans)
            if item is not None:
                out.append(item)
        for found in events:
            clause = clause_of(text, sent, found.trigger[0])
            stated = found.date is not None               # dated by the sentence itself, not by the story
            if found.type in ("attack", "strike"):
                convicted = _convicted_for(text, found, spans, clause)
                found.actors = convicted if convicted is not None else found.actors
                found.actors = _claimed_in(text, found, spans, sent) or found.actors
                if not found.actors and stated:
                    found.actors = _led_by(text, spans, clause)   # "militairen onder leiding van kapitein X"
            if found.date is None and then is not None and (_anaphoric_time().search(text, *clause)
                                                            or _THERE.match(text, sent[0])):
                found.date = then                     # "… worden in juni extra stafofficieren ingezet. Zij leiden dan …"
            elif found.date is None and then_event is not None and found.type in vocab()["ev"]["continued_types"] \
                    and (_past_tense().search(text, *clause) or _weak_past(text[found.trigger[0]:found.trigger[1]])) \
                    and not _later().search(text, *clause) \
                    and not _SINCE_THE.search(text, max(clause[0], found.trigger[0] - 40), found.trigger[0]) \
                    and not _CONDEMNED.search(text, *clause) \
                    and not EARLIER_KIND.search(text, max(clause[0], found.trigger[0] - 30), found.trigger[0]):
                found.date = then_event               # "Op 20 juni reed … in op een patrouille. Drie militairen raakten gewond."
            elif found.date is None and reported is not None and not found.tentative \
                    and (_past_tense().search(text, *clause) or _weak_past(text[found.trigger[0]:found.trigger[1]])) \
                    and (_MEETING_SUBJECT.search(text, clause[0], found.trigger[0])
                         or any(a in member_states for a in found.actors)):
                found.date, found.inherited = reported, True    # "De Raad heeft … geplaatst": at the meeting
            if not stated and not found.inherited and found.date is not None and before is not None \
                    and found.type == "other" and _consequence().search(text, *clause):
                continue                              # "Daarbij kwamen negen militairen om het leven.": the toll of
                #                                       the happening told just before, not another one
            if found.date is None and found.type == "other" and _consequence().search(text, *clause):
                continue                              # "Twee militairen raakten gewond.": the toll of something untold
            if not stated and found.type in ("attack", "strike") and _last_attack(out) is not None \
                    and _THE_ONE_TOLD.search(text, max(sent[0], found.trigger[0] - 30), found.trigger[0]) \
                    and _TOLD_NOUN.match(text, found.trigger[0]) and not _CONDEMNED.search(text, *clause):
                blamed = _BLAMED_ON.search(text, found.trigger[1], sent[1])
                if blamed:                            # "… schreven de aanval toe aan Rusland": who did it
                    who = [sp.label for sp in spans if sp.start >= blamed.end() and (
                        sp.kind == "organisation" or sp.kind == "place" and sp.mention.type == "country")]
                    last = _last_attack(out)
                    last.attrs["actors"] = list(dict.fromkeys([*last.attrs["actors"], *who[:1]]))
                continue                              # "Het kabinet veroordeelt de aanval …": the one told before
            tally = _SINCE_TALLY.match(text, sent[0], sent[1])
            if tally is None and _TALLIED_ATTACKS.match(text, found.trigger[0]):
                tally = _SINCE_TALLY.search(text, sent[0], sent[1])   # "… heeft sinds maart ruim dertig aanvallen geteld"
            if tally and found.type in ("attack", "strike", "other") and (
                    found.date is None or -1 < text.find(found.date.text, sent[0], sent[1])
                    <= (tally.end() if tally.group("times") else tally.end("since") + 1)):   # "23 keer beschoten"
                continue                              # "Sinds oktober zijn meer dan 9.000 aanvallen geteld": a tally
            if found.date is None and (_AT_THE.match(text, sent[0], found.trigger[0])
                                       or _AT_THE_WITHIN.search(text, sent[0], found.trigger[0])) \
                    and _consequence().search(text, found.trigger[1], sent[1]):
                continue                              # "Bij de aanslag kwamen 1.200 mensen om": the toll of one named
            if found.date is not None and _past_trigger_future_date(text, found, doc.meta.date):
                continue                              # "De ministers bespraken de norm voor 2035": not when it happened
            ev = _from_found(doc, view, found)
            if before is not None and _corefers(ev, before):
                _absorb(before, ev)                   # "… levert twee stafofficieren. Vanaf maart worden zij ingezet."
                if before not in out:
                    out.append(before)
            else:
                if not found.tentative:               # "Nederland levert twee stafofficieren": a state, unless dated next
                    out.append(ev)
                before = ev
            before_end = sent[1]
        if not events and not said and then_event is not None and carried < 1:
            carried += 1                      # "Daarbij kwamen twee burgers om het leven.": the story goes on
        else:
            carried = 0
            then = next((f.date for f in reversed(events) if f.date is not None), said[-1][2] if said else None)
            then_event = next((f.date for f in reversed(events) if f.date is not None and not f.tentative
                               and not f.inherited), None)
            if then_event is None and said and _DATE_ENDS.fullmatch(text, said[-1][1], sent[1]):
                then_event = said[-1][2]      # "Hoe reëel die dreiging is, bleek op 2 juni jl. Bij een aanslag …"
        persons = {sp.label for sp in spans if sp.kind == "person"}
        he = persons.pop() if len(persons) == 1 else None
    return merge(out)


_SINCE_THE = re.compile(r"(?<![\w-])(?:sinds|sedert)\s+(?:de|het|deze|dit)\s+(?:[a-zà-ÿ][\w-]*\s+)?$", re.I)
_TALLIED_ATTACKS = re.compile(r"[\w-]*(?:aanvallen|aanslagen|beschietingen|incidenten)\b", re.I)
_THE_ONE_TOLD = re.compile(r"(?<![\w-])(?:de|die|deze|dat|dit|het)\s+(?:[a-zà-ÿ][\w-]*\s+)?$", re.I)
_TOLD_NOUN = re.compile(r"(?:cyber)?(?:aanval|aanvallen|aanslag|aanslagen|inslag|aanvallers)\b", re.I)
_CONDEMNED = re.compile(r"(?<![\w-])veroorde(?:el|elt|len|elde|elden|eld)\b", re.I)
_BLAMED_ON = re.compile(r"\s(?:toe\s+aan|toegeschreven\s+aan)\s+(?:de\s+|het\s+)?")


def _new_paragraph(view: TextView, end: int, start: int, full: int) -> bool:
    """Does a new paragraph open between a sentence ending at clean offset ``end`` and one starting at ``start``?
    A blank line, or a line break after a short line of the text as written; not a break where a wrapped line
    happens to end with a sentence."""
    gap = view.clean[end:start]
    if "\n" not in gap:
        return False
    if end == 0 or "\n\n" in gap.replace(" ", ""):
        return True
    raw = view.original
    last = view.to_original(end - 1, end)[1]
    line = raw[raw.rfind("\n", 0, last) + 1:last].strip()
    return len(line) < full


def _last_attack(events: list[Mention]) -> Mention | None:
    """The last attack (or strike) told so far."""
    return next((e for e in reversed(events) if e.attrs["type"] in ("attack", "strike")), None)


_NAMED_PERPETRATOR = re.compile(r"\s*De\s+(?:\w+\s+)?(?:dader|aanvaller|schutter|bestuurder|terrorist|gijzelnemer)"
                                r",\s+")
_DATE_ENDS = re.compile(r"(?:\s+(?:jl|a\.s)\.)?[\s.:]*")      # a sentence closed by its date
_CLAIMED_BY = re.compile(r",?\s+(?:die|dat|welke)\s+(?P<who>[^.;,]{2,60}?)\s+(?:(?:heeft|hebben|had)\s+)?"
                         r"(?:opeiste|opeisten|opgeëist|claimde|claimden|geclaimd)(?![\w-])")


_CONVICTED_FOR = re.compile(r"(?<![\w-])(?:veroordeeld|veroordeelde|veroordeelden|berecht|vervolgd|aangeklaagd|"
                            r"schuldig\s+bevonden|verdacht|aangehouden|gearresteerd)\s+(?:[^.;]{0,30}?\s)?(?:voor|wegens)\s+"
                            r"(?:de|het|een|zijn|haar|hun)\s+(?:rol\s+bij\s+de\s+|[\w-]+\s+)?$", re.I)


def _convicted_for(text: str, found: Found, spans: list[Span], clause: tuple[int, int]) -> list[str] | None:
    """"heeft X veroordeeld voor de aanslag": the persons convicted carried it out, not the court."""
    if not _CONVICTED_FOR.search(text, max(clause[0], found.trigger[0] - 60), found.trigger[0]):
        return None
    who = [sp.label for sp in spans if sp.kind == "person" and clause[0] <= sp.start < found.trigger[0]]
    return list(dict.fromkeys(who)) or []


_LED_BY = re.compile(r"(?<![\w-])onder\s+(?:leiding|bevel|aanvoering)\s+van\s+(?:de\s+|het\s+)?(?:[a-z][\w-]*\s+){0,2}$")


def _led_by(text: str, spans: list[Span], clause: tuple[int, int]) -> list[str]:
    """The persons or groups an unnamed force acts under ("militairen onder leiding van kapitein X")."""
    return [sp.label for sp in spans if clause[0] <= sp.start < clause[1] and sp.kind in ("person", "organisation")
            and _LED_BY.search(text, max(clause[0], sp.start - 50), sp.start)][:2]


def _claimed_in(text: str, found: Found, spans: list[Span], sent: tuple[int, int]) -> list[str] | None:
    """"de aanslag op … van 22 maart, die ISKP opeiste": the group claiming it acted (added to the actors)."""
    m = _CLAIMED_BY.search(text, found.trigger[1], sent[1])
    if m is None or triggers_in(text, found.trigger[1], m.start()):
        return None
    who = [sp.label for sp in spans if sp.kind == "organisation" and m.start("who") <= sp.start < m.end("who")]
    return list(dict.fromkeys([*found.actors, *who])) if who else None


# a claim or attribution of attacks told before ("JNIM eiste beide aanvallen op", "De aanslagen worden
# toegeschreven aan X", "AQIM heeft op 8 december beide ontvoeringen opgeëist"): its group is who carried them
# out (of the last attack told, else of the last happening), not a happening of its own
_CLAIMED = re.compile(r"(?<![\w-])(?:eist(?:e|en)?\s+(?:[^.;]{0,100}?\s)?(?:de|die|deze|beide|alle)\s+(?:[\w-]+\s+)?"
                      r"(?:aanslag|aanval|aanvallen|aanslagen)\w*\s+(?:op|[^.;]{0,40}?\sop(?=\s*[.;,]|\s+(?:als|via)\b))|"
                      r"(?:heeft|hebben)\s+(?:de|die|deze|beide|alle)\s+(?:[\w-]+\s+)?(?:aanslag|aanval|aanvallen|aanslagen)"
                      r"\w*\s+(?:[^.;]{0,40}?\s)?(?:later|dezelfde\s+dag|diezelfde\s+dag|de\s+volgende\s+dag)\s+"
                      r"(?:[^.;]{0,40}?\s)?(?:opgeëist|geclaimd)|(?:aanslag|aanval|aanvallen|aanslagen)\w*\s+"
                      r"(?:[^.;]{0,20}?\s)?(?:worden|werden|wordt|werd)\s+(?:[^.;]{0,20}?\s)?toegeschreven\s+aan|"
                      r"(?:heeft|hebben|had|hadden)\s+[^.;]{0,80}?\bverantwoordelijkheid\s+(?:voor|van)\s+[^.;]{0,80}?"
                      r"\bopgeëist|eist(?:e|en)?\s+(?:[^.;]{0,40}?\s)?(?:de\s+)?verantwoordelijkheid\s+(?:voor|op)|"
                      r"(?:heeft|hebben|had|hadden)\s+(?:(?:[^.;]|(?<=\bjl)\.|(?<=\ba)\.(?=s\.)|(?<=\ba\.s)\.){0,80}?\s)?"
                      r"(?:de|die|deze|beide|alle)\s+(?:[\w-]+\s+){0,2}?"
                      r"(?:opgeëist|geclaimd))\b", re.I)     # "AQAP heeft op 5 november de poging opgeëist"
_FOLLOWED = re.compile(          # "Finland volgde op 1 april jl.": the same step as told just before, by another
    r"\s*(?:[A-ZÀ-Þ][\w'’-]*\s+){1,4}?(?:en\s+(?:[A-ZÀ-Þ][\w'’-]*\s+){1,3}?)?(?P<verb>volgde|volgden)\s+"
    r"(?:(?:op|in|eind|begin|medio)\s+[^.;,]{3,30}?|(?:een|twee|drie|enkele)\s+(?:dag|dagen|week|weken|maand|maanden)\s+later)"
    r"(?:\s+(?:jl|a\.s)\.?)?\s*[.;]\s*$")
_THERE = re.compile(            # "Daar stak X …", "Daarmee komt een einde aan …": then and there
    r"(?:Daar|Daarmee|Hiermee|Daarbij)\s+(?!(?:is|zijn|wordt|worden|heeft|hebben|kan|kunnen|moet|moeten|zal|zullen)\b)[a-z]")
_REPORT_OF = re.compile(r"(?:\b[Vv]erslag(?:\s+aan)?\s+van\s+(?:de|het)\s+[^.;]{3,90}?\s(?:van|op)"     # "het verslag van
                        r"|\b(?:uitkomsten|uitkomst|resultaten)\s+van\s+(?:de|het)\s+[^.;]{3,60}?\s(?:die|dat)"
                        r"(?:\s+(?:van|op))?)\s+$")                # de Raad van …", "de uitkomsten van de top die van … plaatsvond"
_MEETING_SUBJECT = re.compile(
    r"(?<![\w-])(?:[Dd]e\s+(?:Raad|ministers|lidstaten|EU|HV|Hoge\s+Vertegenwoordiger|bondgenoten|NAVO-bondgenoten|"
    r"regeringsleiders|staats-\s+en\s+regeringsleiders|staatshoofden(?:\s+en\s+regeringsleiders)?)|[Ii]k|[Ww]ij)(?![\w-])")


def _reported_meeting_date(text: str, dates: list) -> Mention | None:
    """The date of the meeting a paper reports on ("Hierbij bied ik u het verslag aan van de Raad
    Buitenlandse Zaken van 20 oktober"): what its members did without a date of its own, they did then."""
    for a, _, d in dates:
        if a > 3000:
            break
        if d.attrs.get("value") and _REPORT_OF.search(text, max(0, a - 140), a):
            return d
    return None


def _contribution_item(doc: Document, view: TextView, sent: tuple[int, int], ds: list, spans: list[Span]
                       ) -> Mention | None:
    """A dated item of a list of contributions ("– Vier F-35's met circa 100 militairen voor Baltic Air
    Policing vanaf de vliegbasis Šiauliai, van 1 augustus tot en met 30 november 2026."): a deployment of
    the ships and units it names, at the first place it puts them."""
    text = view.clean
    if not _LIST_ITEM.match(text, sent[0]) or not _contribution_units().search(text, sent[0], sent[1]):
        return None
    preps = alt(vocab()["ev"]["place_prepositions"] + ["vanaf"])
    actors = [sp.label for sp in spans if sp.kind == "organisation" and sp.mention.type in (None, "other")]
    places = [sp for sp in spans if sp.kind == "place"
              and re.search(rf"(?<![\w-])(?:{preps})\s+(?:de |het )?(?:[a-z]+ )?$", text[max(sent[0], sp.start - 30):sp.start])]
    if not actors and not places:
        return None
    return _event(doc, view, sent[0], sent[1], "deployment", date=ds[0][2], actors=actors,
                  place=places[0].label if places else None)


_LIST_ITEM = re.compile(r"\s*[–•\-*]\s")


@lru_cache(maxsize=1)
def _contribution_units() -> re.Pattern:
    from ._common import cues
    units = alt(cues()["contribution_units"])
    return re.compile(rf"(?<![\w-])(?:Zr\.\s?Ms\.|(?:{units}))(?![\w-])")


def _pronoun_spans(doc: Document, view: TextView, sent: tuple[int, int], he: str | None,
                   spans: list[Span] = ()) -> list[Span]:
    """Pronouns standing for a name: "Hij" opening the sentence (``he``: the one person of the sentence
    before) or a clause after a semicolon (the one person named before it), "we" voting "met een …
    meerderheid" in a parliamentary paper (its chamber) and "het land" after a state of the same sentence
    ("Voor Zweden was het de eerste top; het land trad op 7 maart toe")."""
    text, out = view.clean, []
    m = re.match(r"\s*(Hij)\s", text[sent[0]:sent[1]])
    if he and m:
        out.append((sent[0] + m.start(1), sent[0] + m.end(1), "person", he))
    for m in re.finditer(r";\s+(hij|zij)\s", text[sent[0]:sent[1]]):  # "X raakte gewond; hij overleed": the person before
        named = {sp.label for sp in spans if sp.kind == "person" and sp.end <= sent[0] + m.start()}
        who = next(iter(named)) if len(named) == 1 else he if not named else None
        if who:
            out.append((sent[0] + m.start(1), sent[0] + m.end(1), "person", who))
    land = _THE_COUNTRY.search(text, *sent)
    if land:
        states = [sp for sp in spans if sp.end <= land.start() and (sp.kind == "organisation" and sp.mention.type == "state"
                                                                    or sp.kind == "place" and sp.mention.type == "country")]
        if len({sp.label for sp in states}) == 1:
            out.append((land.start(), land.end(), "organisation", states[-1].label))
    vote = next((v for rx in _chamber_vote() if (v := rx.search(text, *sent))), None) if doc.meta.chamber else None
    if vote:
        out.append((vote.start("we"), vote.end("we"), "organisation", doc.meta.chamber))
    spans = []
    for a, b, kind, label in out:
        s, e = view.to_original(a, b)
        spans.append(Span(a, b, Mention(kind, s, e, view.original[s:e], label)))
    return spans


_THE_COUNTRY = re.compile(r"(?<![\w-])(?:het|dat|dit)\s+land(?![\w-])")


@lru_cache(maxsize=1)
def _chamber_vote() -> tuple[re.Pattern, ...]:
    return tuple(re.compile(p, re.I) for p in vocab()["ev"]["chamber_vote"])


@lru_cache(maxsize=1)
def _anaphoric_time() -> re.Pattern:
    """An adverb pointing back to the time the sentence before stated ("toen", "dan", "op dat moment"), not a
    comparison ("meer dan"), a conjunction opening a clause ("Toen …", ", dan"), "dan ook/wel" nor an
    earlier time ("was toen al vertrokken")."""
    words = alt(vocab()["ev"]["anaphoric_time"])
    return re.compile(rf"(?<=[a-zë] )(?<!er )(?<!anders )(?:{words})(?![\w-])(?!\s+(?:ook|wel|nog|al)\b)", re.I)


@lru_cache(maxsize=1)
def _past_tense() -> re.Pattern:
    """A verb of the past tense (the language data's past cues), so a clause tells what happened then."""
    from .dates import _vocab as date_vocab
    return re.compile(rf"{date_vocab()['data']['tense_cues']['past']}|(?<![\w-])(?:{alt(vocab()['ev']['past_verbs'])})"
                      rf"(?![\w-])|\b(?:is|zijn)\s[^.;]{{0,60}}?[a-z]ge[a-zà-ÿ]{{2,}}(?:d|t|en)\b", re.I)


def _past_trigger_future_date(text: str, found: Found, written: str | None) -> bool:
    """Does a past-tense verb of a meeting or attack take a date after the day the text was written? (A
    decision may well concern a later period: "heeft besloten … van mei 2024 tot mei 2025".)"""
    if found.type not in ("meeting", "attack", "strike"):
        return False
    value = str(found.date.attrs.get("value") or "")
    if not written or not re.match(r"\d{4}", value):
        return False
    first = value.split("/")[0]
    if first <= written[:len(first)]:
        return False
    word = (text[found.trigger[0]:found.trigger[1]].split() or [""])[0]
    return _past_tense().fullmatch(word) is not None or _weak_past(word)


def _weak_past(trigger: str) -> bool:
    """Is the trigger's verb a weak past form ("blokkeerde", "plaatsten")?"""
    word = (trigger.split() or [""])[0].lower()
    return len(word) > 5 and re.search(r"[a-zà-ÿ](?:de|te|den|ten)$", word) is not None and word not in _stop_words()


@lru_cache(maxsize=1)
def _consequence() -> re.Pattern:
    """Words of a toll ("gewond", "om het leven"): a sentence telling the toll of the event before."""
    return re.compile(rf"(?<![\w-])(?:{alt(vocab()['ev']['consequence_words'])}"
                      rf"|(?:kwam|kwamen)\s+(?:[^.;]{{0,40}}?\s)?om)(?![\w-])", re.I)   # "kwamen ten minste 22 mensen om"


@lru_cache(maxsize=1)
def _later() -> re.Pattern:
    """An adverb moving the story to another time ("inmiddels", "later", "sindsdien")."""
    return re.compile(rf"(?<![\w-])(?:{alt(vocab()['ev']['time_shift_words'])})(?![\w-])", re.I)


@lru_cache(maxsize=1)
def _participation() -> re.Pattern:
    return re.compile("|".join(f"(?:{p})" for p in vocab()["ev"]["participation"]), re.I)


def _sentences(view: TextView) -> list[tuple[int, int]]:
    """The view's sentences, rejoined where a page or line break cut one after a function word, or
    after an abbreviation before a word in lower case ("Van 15 juni tot en met 1 augustus jl.\nnam …")."""
    out: list[tuple[int, int]] = []
    stop = _stop_words()
    text = view.clean
    for s, e in view.sentences():
        last = text[s:e].rstrip().rsplit(" ", 1)[-1].lower()
        if out and (out[-1][2] or _ABBREVIATION_END.search(text, out[-1][0], out[-1][1])
                    and re.match(r"\s*[a-zà-ÿ]", text[s:e])):
            out[-1] = (out[-1][0], e, last in stop)
        else:
            out.append((s, e, last in stop))
    return [(s, e) for s, e, _ in out]


_ABBREVIATION_END = re.compile(r"(?<![\w.])(?:jl|j\.l|o\.a|d\.d|ca|bijv|resp|nr|mr|dr|drs)\.\s*$", re.I)


def _class(etype: str) -> str:
    return "attack" if etype == "strike" else etype


def _corefers(ev: Mention, before: Mention) -> bool:
    """A dated event without names right after an undated one of the same kind: the same happening."""
    a, b = ev.attrs, before.attrs
    return (a["date"] is not None and b["date"] is None and _class(a["type"]) == _class(b["type"])
            and not _names(ev) and bool(_names(before)))


def _absorb(into: Mention, ev: Mention) -> None:
    for key in ("date", "date_text"):
        if ev.attrs.get(key):
            into.attrs[key] = ev.attrs[key]


def _from_found(doc: Document, view: TextView, f: Found) -> Mention:
    return _event(doc, view, f.start, f.end, f.type, date=f.date, actors=f.actors, place=f.place,
                  target=f.target, levels=f.levels)


def _names(ev: Mention, key: Callable[[str], str] = str.lower) -> set[str]:
    return {key(n) for n in [*ev.attrs["actors"], ev.attrs.get("place"), ev.attrs.get("target")] if n}


def same_happening(ev: Mention, other: Mention, key: Callable[[str], str] = str.lower) -> bool:
    """Two event mentions of one happening: same date and kind with a shared name (``key`` says which names
    are one: lower case here, the resolved entity after resolution), or one without names; undated ones
    of the same kind need the same names. Two different places are two happenings."""
    a, b = ev.attrs, other.attrs
    if a["date"] != b["date"] or _class(a["type"]) != _class(b["type"]):
        return False
    if a["place"] and b["place"] and key(a["place"]) != key(b["place"]):
        return False
    na, nb = _names(ev, key), _names(other, key)
    if a["date"] is None:
        return bool(na) and na == nb
    return bool(na & nb) or not (na and nb)


def absorb(twin: Mention, ev: Mention) -> None:
    """``twin`` takes the actors, place, target, levels and date text that ``ev`` adds."""
    t, a = twin.attrs, ev.attrs
    t["actors"] = list(dict.fromkeys([*t["actors"], *a["actors"]]))
    for key in ("place", "target", "from_level", "to_level", "date_text"):
        if not t.get(key) and a.get(key):
            t[key] = a[key]


def merge(events: list[Mention]) -> list[Mention]:
    """One event per happening (see :func:`same_happening`)."""
    out: list[Mention] = []
    for ev in events:
        twin = next((o for o in out if same_happening(ev, o)), None)
        if twin is None:
            out.append(ev)
        else:
            absorb(twin, ev)
    return out


@extractor("events", version=VERSION, produces=[KGB.Event, KGB.eventType, KGB.actor, KGB.place, KGB.target,
                                                  KGB.date, KGB.fromLevel, KGB.toLevel, KGB.description],
           kinds=["event"], order=70)
def extract_events(doc: Document, ctx) -> list[Mention]:
    """Meetings, letters, decisions, attacks … with date, actors, place and target."""
    dates = ctx.of_kind("date")
    if not dates:
        from .citations import find_citations
        from .dates import find_dates
        dates = find_dates(doc, [(c.start, c.end) for c in find_citations(doc)])
    named = [m for m in ctx.mentions if m.kind in ("person", "organisation", "place", "mission")]
    return [e for e in find_events(doc, dates, named) if _reliable(e)]


def _reliable(ev: Mention) -> bool:
    """Leave out the kinds of reading that are mostly wrong (measured on the annotated development sets): an
    attack, decision, deployment or election with neither actor nor place (4 right in 26), a deployment or a
    decision without a date or an actor (1 right in 15: "De toestellen vertrokken vanaf vliegbasis
    Leeuwarden."). An undated deployment with its actor stays ("Momenteel draagt Nederland drie stafofficieren
    bij aan het hoofdkwartier van CMF"): the shared gold annotates such contributions, the synthetic sets
    mostly not."""
    a = ev.attrs
    if a["type"] not in ("meeting", "other", "threat_level_change") and not a["actors"] and not a.get("place"):
        return False
    return not (a["type"] in ("decision", "deployment") and a["date"] is None and not a["actors"])
