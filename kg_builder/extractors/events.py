"""Events the text states happened or will happen, with date, actors and place.

Four sources, from most to least certain:

1. the meeting a verslag reports ("De vaste commissie … hebben op 14 oktober
   2020 overleg gevoerd met mevrouw Bijleveld-Schouten, Minister van Defensie …");
2. the letters of a composite document (each letter is an event of its date)
   and the submission and answer of written questions ("Ingediend …",
   "Beantwoord … door …");
3. named occasions followed by their date ("Raad Buitenlandse Zaken van 20
   januari 2020", "werkbezoek van 29 april – 2 mei");
4. sentences holding an event trigger word (``data/nl/events.json``) and a
   date that is not a letter's date.

Actors and place come from the person/organisation/place mentions found by
earlier extractors (``ctx.mentions``); without them, capitalised names and
common-noun actors ("kabinet") in the sentence stand in. Threat-level changes
carry ``from``/``to`` levels.
"""
from __future__ import annotations

import re
from functools import lru_cache

from ..document import Document
from ..lang import load_language_data
from ..mentions import Mention
from ..registry import extractor
from ..textview import TextView, _stop_words, view_of
from ..vocab import KGB

VERSION = "1"
_WORD = r"(?:[A-ZÀ-Þ][\w'’-]*\w|(?:al|el|ad|as|ash|an)-[A-ZÀ-Þ][\w'’-]*)"
_NAME = rf"{_WORD}(?:\.?\s(?:(?:van|de|der|den|ten|ter|het)\s)*{_WORD})*"
_MEETING = re.compile(
    rf"(?P<who>(?:De |de )?(?:vaste|algemene) (?:Kamer)?commissie.*?)\s(?:hebben|heeft) op (?P<date>[^,]+?) "
    rf"(?:overleg gevoerd|gesproken|vergaderd) met (?P<with>.+?)(?:,? over\b|:|$)", re.S)
_COMMITTEE = re.compile(r"(?:vaste|algemene) (?:Kamer)?commissie (?:voor|van) [^,]+?(?=,? en de |, de |$)")
_PERSON_IN_LIST = re.compile(rf"(?:mevrouw|de heer|[Mm]inister|[Ss]taatssecretaris)\s(?P<name>{_NAME})")


@lru_cache(maxsize=1)
def _vocab():
    ev = load_language_data("nl")["events"]
    triggers = [(t, re.compile(r"(?<![\w])(?:" + "|".join(words) + ")", re.I)) for t, words in ev["triggers"].items()]
    nouns = "|".join(sorted(map(re.escape, ev["meeting_nouns"]), key=len, reverse=True))
    letter = "|".join(sorted(map(re.escape, ev["letter_date_words"]), key=len, reverse=True))
    levels = "|".join(ev["threat_levels"])
    return {"ev": ev, "triggers": triggers,
            "occasion": re.compile(rf"(?<![\w-])(?:[\w-]*(?:{nouns}))\b(?:[^.;:\n]{{0,70}}?)\s(?:van|op|d\.d\.)\s*$", re.I),
            "letter": re.compile(rf"(?:{letter})\s*$", re.I),
            "levels": re.compile(rf"van (?P<from>{levels}) naar (?P<to>{levels})", re.I)}


def _event(doc: Document, view: TextView, cs: int, ce: int, **attrs) -> Mention:
    s, e = view.to_original(cs, ce)
    what = attrs.get("what") or view.clean[cs:ce]
    attrs["what"] = " ".join(what.split())[:200]
    return Mention("event", s, e, doc.text[s:e], attrs["what"], type=attrs.get("event_type"), attrs=attrs)


def _names_list(raw: str) -> list[str]:
    """ "Gert-Jan Segers (CU), Agnes Mulder (CDA)" -> names."""
    raw = re.sub(r"\([^()]*\)", "", raw)
    return [n.strip() for n in re.split(r",|\sen\s", raw) if re.match(rf"\s*{_NAME}\s*$", n.strip() or "x")]


def find_events(doc: Document, dates: list[Mention], mentions: list[Mention]) -> list[Mention]:
    view = view_of(doc.text)
    text = view.clean
    v = _vocab()
    out: list[Mention] = []
    used_dates: set[int] = set()
    clean_dates = [(view.to_clean(d.start), view.to_clean(d.end), d) for d in dates]

    def date_at(cs: int, ce: int) -> Mention | None:
        for a, b, d in clean_dates:
            if cs <= a < ce:
                used_dates.add(a)
                return d
        return None

    # 1. the meeting a verslag reports
    m = _MEETING.search(text[:4000])
    if m:
        d = date_at(m.start("date"), m.end("date"))
        actors = [" ".join(c.group(0).split()) for c in _COMMITTEE.finditer(m.group("who"))]
        actors += [p.group("name") for p in _PERSON_IN_LIST.finditer(m.group("with"))]
        kind = (doc.meta.type or "").removeprefix("verslag van een ").strip() or "overleg"
        out.append(_event(doc, view, m.start(), m.end("with"), what=f"{kind} ({doc.meta.title or ''})",
                          date=d.attrs.get("value") if d else None, actors=actors, place=None,
                          event_type="meeting"))
    # 2. letters of a composite document; written questions and answers
    letters = [p for p in doc.parts if p.kind == "letter"]
    if len(letters) > 1:
        for p in letters:
            cs = view.to_clean(p.start)
            actors = [s["name"] for s in p.signatories] or ([p.sender] if p.sender else [])
            out.append(_event(doc, view, cs, cs + len(p.title or ""), what=f"{p.title} aan {p.addressee}",
                              date=p.date, actors=actors, place=None, event_type="other"))
    for label, who, what in (("Ingediend", r"Indieners?", "indiening van de schriftelijke vragen"),
                             ("Beantwoord", r"Beantwoord door", "beantwoording van de schriftelijke vragen")):
        dm = re.search(rf"^{label}\s+(\d{{1,2}} \w+ \d{{4}})", text[:3000], re.M)
        wm = re.search(rf"^{who}\s+(.+)$", text[:3000], re.M)
        if dm:
            d = date_at(dm.start(1), dm.end(1))
            out.append(_event(doc, view, dm.start(), dm.end(), what=what,
                              date=d.attrs.get("value") if d else None,
                              actors=_names_list(wm.group(1)) if wm else [], place=None, event_type="other"))
    # 3. named occasions with their date, 4. trigger sentences with a date
    by_sentence: dict[tuple[int, int], list[tuple[int, Mention]]] = {}
    for a, b, d in clean_dates:
        if a in used_dates or d.attrs.get("value") is None:
            continue
        before = text[max(0, a - 90):a]
        if v["letter"].search(before[-30:]):
            continue
        sent = view.sentence_at(a)
        occ = v["occasion"].search(before)
        if occ and a - len(before) + occ.start() >= sent[0]:
            cs = a - len(before) + occ.start()
            out.append(_event(doc, view, cs, b, what=text[cs:a].rsplit(" ", 1)[0], date=d.attrs["value"],
                              **_participants(text, sent, mentions, view), event_type="meeting"))
            used_dates.add(a)
            continue
        by_sentence.setdefault(sent, []).append((a, d))
    for sent, cands in by_sentence.items():
        body = text[sent[0]:sent[1]].strip()
        if body.startswith(("•", "–", "-")) or len(body) > 600 or not body.endswith((".", "?", "!", ")")):
            continue                                 # lists of letters, run-on text, headings
        best = None
        for a, d in cands:
            trig = _nearest_trigger(text, sent, a, v["triggers"])
            if trig and (best is None or abs(trig[1] - a) < best[0]):
                best = (abs(trig[1] - a), trig[0], d)
        if best is None:
            continue
        _, etype, d = best
        attrs = {"what": body, "date": d.attrs["value"], "event_type": etype,
                 **_participants(text, sent, mentions, view)}
        if etype == "threat_level_change":
            lv = v["levels"].search(text, sent[0], sent[1])
            if lv:
                attrs["from"], attrs["to"] = lv.group("from").lower(), lv.group("to").lower()
        out.append(_event(doc, view, sent[0], sent[1], **attrs))
    return _dedupe(out)


def _nearest_trigger(text: str, sent: tuple[int, int], pos: int, triggers) -> tuple[str, int] | None:
    best = None
    for etype, rx in triggers:
        for t in rx.finditer(text, sent[0], sent[1]):
            dist = abs(t.start() - pos)
            if best is None or dist < best[0]:
                best = (dist, etype, t.start())
    return (best[1], best[2]) if best else None


def _participants(text: str, sent: tuple[int, int], mentions: list[Mention], view: TextView) -> dict:
    """Actors and place of the sentence ``sent`` (clean offsets)."""
    s, e = view.to_original(*sent)
    actors = [m.label for m in mentions if m.kind in ("person", "organisation") and s <= m.start < e]
    places = [m.label for m in mentions if m.kind == "place" and s <= m.start < e]
    if not any(m.kind in ("organisation", "place") for m in mentions):
        # no organisation/place extractor ran: capitalised names in the sentence stand in
        ev = _vocab()["ev"]
        stop = _stop_words()
        months = set(load_language_data("nl")["dates"]["months"])
        preps = "|".join(ev["place_prepositions"])
        chunk = text[sent[0]:sent[1]]
        for n in re.finditer(_NAME, chunk):
            name = n.group(0)
            if name.split()[0].lower() in stop or name.lower() in months or n.start() == 0 and " " not in name:
                continue
            if re.search(rf"\b(?:{preps})\s$", chunk[max(0, n.start() - 8):n.start()]):
                places.append(name)
            else:
                actors.append(name)
        actors += [w for w in ev["actor_words"] if re.search(rf"\b{w}\b", chunk, re.I)]
    return {"actors": list(dict.fromkeys(actors)), "place": places[0] if places else None}


def _dedupe(events: list[Mention]) -> list[Mention]:
    out: list[Mention] = []
    seen: set[tuple] = set()
    for ev in events:
        key = (ev.start, ev.end, ev.attrs.get("date"))
        if key not in seen:
            seen.add(key)
            out.append(ev)
    return out


@extractor("events", version=VERSION, produces=[KGB.Event, KGB.eventType, KGB.actor, KGB.place, KGB.date,
                                                  KGB.fromLevel, KGB.toLevel, KGB.description],
           kinds=["event"], order=70)
def extract_events(doc: Document, ctx) -> list[Mention]:
    """Meetings, letters, decisions, attacks ... with date, actors and place."""
    dates = ctx.of_kind("date")
    if not dates:
        from .citations import find_citations
        from .dates import find_dates
        dates = find_dates(doc, [(c.start, c.end) for c in find_citations(doc)])
    named = [m for m in ctx.mentions if m.kind in ("person", "organisation", "place")]
    return find_events(doc, dates, named)
