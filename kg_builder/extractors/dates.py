"""Dates and periods, absolute and relative, normalised to ISO 8601.

Finds "3 november 2020", "3 nov. 2020", "14-12-2023", "mei 2024", "2019",
"2022-10-28", "zondag 6 oktober", periods ("van mei 2024 tot en met mei 2025",
"18 oktober tot 12 december jl.", "tussen 14 november 2023 en 31 januari 2024",
"van 15 tot en met 17 juni", "in de nacht van 14 op 15 december", "2025 - 2028"),
days in coordination ("11 en 12 juli": consecutive days are one period, others
one date each) and relative expressions ("26 oktober jl.", "maart vorig jaar",
"een maand geleden", "de afgelopen zes maanden", "volgende week", "in het
voorjaar", "uiterlijk vier weken na dagtekening", "over drie maanden", "het
afgelopen halfjaar", "het eerste kwartaal van 2013", "de tweede helft van vorig
jaar", "maandag", "vorige week donderdag"). Relative ones are resolved
against the anchor: the date of the part (letter, meeting transcript, question)
they stand in, else the document's date (see :func:`anchor_for`). Values are
``YYYY-MM-DD``, ``YYYY-MM`` or ``YYYY``; periods ``start/end``; ``None`` where
nothing can be resolved; a season is valued by its year. Vocabulary lives in
``data/nl/dates.json``; calendar arithmetic in :mod:`kg_builder.isodates`.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache
from typing import Iterable

from ..document import Document
from ..isodates import (at_unit, fmt, granularity_of, nearest_year, normalise_value, parse_iso, season_year, shift,
                        span, valid, week_of)
from ..lang import load_language_data
from ..mentions import Mention
from ..metadata import HANDELINGEN_HEADER
from ..numbers import number_word_pattern, word_value
from ..registry import extractor
from ..textview import TextView, _stop_words, view_of
from ..vocab import KGB
from ._common import WEAK_PAST_END, matches

VERSION = "2"
__all__ = ["find_dates", "absolute_date", "anchor_for", "normalise_value", "extract_dates"]


@dataclass
class Atom:
    """A date expression found in the clean text, before periods are formed."""

    start: int
    end: int
    year: int | None
    month: int | None = None
    day: int | None = None
    past: bool = False                 # "jl.", "sinds"
    future: bool = False               # "a.s."
    value: str | None = None           # preset value (relative, decades, ranges)
    granularity: str | None = None
    anchor: str | None = None
    kind: str = "absolute"             # absolute | bare-month | relative | range | decade | season
    day0: int | None = None            # first day of "11 en 12 juli", "van 15 tot en met 17 juni"
    listed: bool = False               # day0 comes from a list of days ("11 en 12 juli"), not a range
    years: int | None = None           # "maart vorig jaar": the year relative to the anchor (-1)
    label: str | None = None           # "3 juli 2023" for the "3" of "3 en 7 juli 2023"
    rule: dict | None = None           # the relative rule matched, and its match
    match: re.Match | None = None
    decade: int | None = None
    season: str | None = None          # past | future | same


# ---------------------------------------------------------------- vocabulary
_DAY_LINK = r",|en|of|tot\s+en\s+met|t/m|tot|-|op"
_RANGE_LINKS = {"tot", "t/m", "tot en met", "-"}


@lru_cache(maxsize=1)
def _vocab():
    d = load_language_data("nl")["dates"]
    months = d["months"]
    month_alt = "|".join(sorted((re.escape(m) for m in months), key=len, reverse=True))
    abbr = set(d["month_abbreviations"])
    month_word = "(?:" + "|".join(sorted((re.escape(m) for m in months if m not in abbr), key=len, reverse=True)) \
        + "|(?:" + "|".join(sorted(map(re.escape, abbr), key=len, reverse=True)) + r")\.?)"
    weekday_alt = "|".join(d["weekdays"])
    past = "|".join(re.escape(p) for p in d["past_markers"])
    future = "|".join(re.escape(p) for p in d["future_markers"])
    qual = "|".join(sorted((re.escape(q) for q in d["part_of_period"]), key=len, reverse=True))
    count = rf"\d+|{number_word_pattern()}|" + "|".join(load_language_data("nl")["numbers"]["one"])
    fill = {"NUMBER": rf"(?:\d+|{number_word_pattern()})", "COUNT": f"(?:{count})",
            "WEEKDAY": f"(?:{weekday_alt})", "MONTH": f"(?:{month_alt})",
            "UNIT": "(?:" + "|".join(sorted(d["units"], key=len, reverse=True)) + ")",
            "APPROX": "(?:" + "|".join(re.escape(a) for a in d["approximately"]) + ")",
            "SEASON": "(?-i:" + "|".join(d["seasons"]) + ")",
            "ORDINAL": "(?:" + "|".join(d["ordinals"]) + ")",
            "NAMEDDAY": "(?:" + "|".join(sorted(map(re.escape, d["named_days"]), key=len, reverse=True)) + ")"}
    rel = []
    for r in d["relative"]:
        pat = r["pattern"]
        for key, alt in fill.items():
            pat = pat.replace(key, alt)
        rel.append((re.compile(rf"(?<![\w-]){pat}(?![\w-])", re.I), r))
    atom = re.compile(
        rf"""(?<![\w/.-])(?:(?P<qual>{qual})\s+(?:van\s+)?)?
        (?:
          (?P<iso>(?P<iy>(?:19|20)\d\d)-(?P<im>0[1-9]|1[0-2])(?:-(?P<id>0[1-9]|[12]\d|3[01]))?
              (?:\s+\d{{1,2}}:\d{{2}})?)(?![\w-])
        | (?P<nd>[0-3]?\d)(?P<ns>[-/.])(?P<nm>[01]?\d)(?P=ns)(?P<ny>(?:19|20)\d\d)(?![\w-]|[.,]\d)
        | (?:(?P<wd>{weekday_alt})\s+)?(?P<dlist>(?<!nr\.\s)(?<!nr\s)(?:[0-3]?\d(?:e|ste|de)?[ \t]?(?:{_DAY_LINK})[ \t]?(?:(?:{weekday_alt})\s+)?){{1,6}})?
              (?P<d>[0-3]?\d)(?:e|ste|de)?\s+(?P<m>{month_word})
              (?:\s+(?P<y>(?:1[89]|20)\d\d))?(?![\w-])
        | (?P<m2>{month_word})\s+(?P<y2>(?:1[89]|20)\d\d)(?![\w-])
        | (?P<y3>(?:19|20)\d\d)(?:\s?-\s?(?P<y3b>(?:19|20)\d\d))?(?![\w-]|[.,/]\d)
        | (?P<m3>{month_alt})(?![\w-])
        )
        (?:\s+(?P<past>{past})|\s+(?P<future>{future}))?""",
        re.I | re.X)
    ev = load_language_data("nl")["events"]
    return {"data": d, "months": months, "weekdays": d["weekdays"], "atom": atom, "relative": rel,
            "units": d["units"], "seasons": d["seasons"],
            "session": re.compile(r"\b(?:" + "|".join(d["session_headings"]) + r")[ \t,:]*$", re.I),
            "centuries": re.compile(d["centuries"]["pattern"], re.I),
            "decades": re.compile(d["decades"]["pattern"], re.I),
            # "jl.", "a.s.": a day marked as before or after the date of writing
            "marked": re.compile(r"(?<![\w-])(?:" + "|".join(map(re.escape, d["past_markers"] + d["future_markers"]))
                                 + r")", re.I),
            # the event vocabulary's past forms ("vielen", "schoten"), not a noun after an article ("de reden")
            "past_verbs": re.compile(r"(?<![\w-])(?<!de )(?<!een )(?:" + "|".join(sorted(
                {*ev["past_verbs"], *ev["strong_past_verbs"]}, key=len, reverse=True)) + r"|"
                # weak past forms with the endings dates.json lists ("doodde", "dreigde", "zette",
                # "arresteerde"), not the participles used as adjectives ("ge…") nor the adjectives it lists
                r"(?!ge)(?!" + "|".join(d["not_weak_past"]) + r"(?![\w-]))[a-z]{2,}(?:" +
                "|".join(d["weak_past_endings"]) + r"))(?![\w-])", re.I)}


_OPEN_PERIOD = re.compile(r"\b(?:de periode(?: van)?|periode(?: van)?|vanaf|van|sinds|met ingang van|tussen|"
                          r"(?:in |gedurende )?de nacht van)\s+$", re.I)
_OPEN_SINGLE = re.compile(r"\b(?:vanaf|sinds|met ingang van|tot en met|t/m|tot|per)\s+$", re.I)
_OPEN_YEAR = re.compile(r"\b(?:(?:in )?het jaar|in)\s+$", re.I)
_BETWEEN = re.compile(r"\btussen\s+$", re.I)
_SINCE = re.compile(r"\bsinds\s+$", re.I)
_SINCE_CLAUSE = re.compile(r"(?<![\w-])[Ss]inds\s[^.;,:()]{0,120}$")   # "Sinds de aanslag op 1 november": before
_LINK = re.compile(r"^\s*(?:tot en met|t/m|tot|-|en)\s*$", re.I)
_AND = re.compile(r"\s*(?:,|en|of)\s*", re.I)
_OF_YEAR = re.compile(r"\s+(?:van\s+)?", re.I)
_PREFIX_NEEDED_FOR_MONTH = re.compile(r"\b(?:in|tot en met|t/m|tot|vanaf|van|sinds|per|begin|eind|medio|"
                                      r"half|midden|eind|maand)\s+$", re.I)
_NOT_YEAR_BEFORE = re.compile(r"(?:\b(?:nr|nrs|blz|p|pag|art|artikel|nummer|no|item|vraag|versie|lid|"
                              r"hoofdtaak|bijlage|[\w-]*resoluties?|resolutions?)\.?:?|[€$£]|'s-Gravenhage)\s*$", re.I)
_ONE_OF = ("absolute", "bare-month")           # kinds that take part in periods and shared years


# ---------------------------------------------------------------- anchors
def anchor_for(doc: Document, pos: int) -> date | None:
    """The date a relative expression at original offset ``pos`` is resolved against."""
    best = None
    for part in doc.parts:
        if part.date and part.start <= pos < part.end:
            if best is None or part.start >= best.start:   # the innermost part wins
                best = part
    iso = best.date if best else (doc.meta.date or doc.hints.get("date"))
    return parse_iso(iso)


# ---------------------------------------------------------------- finding
def _atoms(view: TextView, blocked: list[tuple[int, int]]) -> list[Atom]:
    rx = _vocab()["atom"]
    text = view.clean
    out: list[Atom] = []
    for m in rx.finditer(text):
        found = _atoms_of(m, text)
        if found is None or any(_inside(a.start, a.end, blocked) for a in found):
            # "nr. 12, 3 juli": the list is no list of days; try from the last day on
            found = _atoms_of(rx.match(text, m.start("d")), text) if m.group("dlist") else None
        out += [a for a in found or [] if not _inside(a.start, a.end, blocked)]
    for m in _SESSION_GLUED.finditer(text):           # "Staten-Generaal2016-201729521 nr. 327": the dossier glued on
        if _header_session(text, m.start("a")) and not _inside(m.start("a"), m.end("b"), blocked):
            out.append(Atom(m.start("a"), m.end("b"), int(m.group("a")), value=f"{m.group('a')}/{m.group('b')}",
                            granularity="period", kind="range"))
    for m in HANDELINGEN_HEADER.finditer(text):       # "nr. 74, item 316-04-2013": the meeting's date glued on
        if not m.group("date"):
            continue
        y, mo, d = int(m.group("y")), int(m.group("m")), int(m.group("d"))
        if valid(y, mo, d) and not _inside(m.start("date"), m.end("date"), blocked):
            out.append(Atom(m.start("date"), m.end("date"), y, mo, d))
    return out


_SESSION_GLUED = re.compile(r"Staten-Generaal(?P<a>(?:19|20)\d\d)-(?P<b>(?:19|20)\d\d)(?=\d|nr\.)")   # dossier or "nr." glued on


def _atoms_of(m: re.Match | None, text: str) -> list[Atom] | None:
    """The atom(s) of one match of the atom pattern; ``None`` where it is no date."""
    if m is None:
        return None
    months = _vocab()["months"]
    s, e = m.start(), m.end()
    g = m.groupdict()
    past, future = bool(g["past"]), bool(g["future"])
    if g["iso"]:
        y, mo = int(g["iy"]), int(g["im"])
        d = int(g["id"]) if g["id"] else None
        return [Atom(s, e, y, mo, d)] if valid(y, mo, d) else None
    if g["nd"]:
        y, mo, d = int(g["ny"]), int(g["nm"]), int(g["nd"])
        return [Atom(s, e, y, mo, d)] if valid(y, mo, d) else None
    if g["d"]:
        mo, d = months[g["m"].lower().rstrip(".")], int(g["d"])
        y = int(g["y"]) if g["y"] else None
        if len(g["m"]) <= 3 and not g["y"] and g["m"].lower() != "mei":
            return None                              # "3 mrt" without a year or dot is too weak
        if not 1 <= d <= 31:
            return None
        past = past or _after_since(text, s) or _PAPER_DATE.search(text, max(0, s - 40), s) is not None
        #                                             "de brief van 18 januari": a paper written before
        if y is None and not past and not future:     # "op 3 mei heeft …": the last 3 May, not the next
            tense = _tense(m, clause=True)
            past, future = tense == "past", tense == "future"
        if y is None and not past and not future:     # "Op 20 maart keurde de Raad …"
            past = _weak_past_after(text, e)
        atom = Atom(s, e, y, mo, d, past=past, future=future)
        return _day_list(m, text, atom) if g["dlist"] else [atom]
    if g["m2"]:
        return [Atom(s, e, int(g["y2"]), months[g["m2"].lower().rstrip(".")], past=past)]
    if g["y3"]:
        y = int(g["y3"])
        if _NOT_YEAR_BEFORE.search(text[max(0, s - 25):s]) or (not g["qual"] and _quantity_follows(text, e, s)):
            return None                              # "nr. 2014", "resolutie 1973 van de Veiligheidsraad"
        if g["y3b"]:
            y2 = int(g["y3b"])
            if not 0 < y2 - y <= 50 or _vocab()["session"].search(text[max(0, s - 40):s]) and not _header_session(text, s):
                return None
            return [Atom(s, e, y, value=f"{y}/{y2}", granularity="period", kind="range")]
        return [Atom(s, e, y)]
    word = g["m3"]
    if len(word) < 4 and word.lower() != "mei":
        return None
    # a bare month name needs a prefix or qualifier, else a period partner (see _group_periods)
    bare = not (_PREFIX_NEEDED_FOR_MONTH.search(text[max(0, s - 12):s]) or g["qual"])
    past = past or _after_since(text, s)
    if not past and not future:
        tense = _tense(m, clause=True)
        past, future = tense == "past", tense == "future"
    if not past and not future:              # "In mei begeleidden F-35's …"
        past = _weak_past_after(text, e)
    return [Atom(s, e, None, months[word.lower()], past=past, future=future,
                 kind="bare-month" if bare else "absolute")]


_WEAK_PAST_AFTER = re.compile(rf"(?:\s+jl\.)?\s+([a-zà-ÿ]{{3,}}{WEAK_PAST_END})\b")      # "In mei begeleidden …"



# "Vergaderjaar 2021-2022" on a line of its own or after "… Staten-Generaal" on the same line (Aanhangsel)
# "Vergaderjaar 2023–2024" on its own line, after "Staten-Generaal" or in a header table ("| Vergaderjaar …"), in
# capitals too (not a running head further on: "Tweede Kamer, vergaderjaar …")
_HEADER_SESSION = re.compile(r"(?m)(?:^|(?i:staten-generaal)|\|)[ \t]*(?i:vergaderjaar)[ \t]+$|Staten-Generaal$")
_SESSION_RANGE = re.compile(r"(?m)(?:(?:^|(?i:staten-generaal)|\|)[ \t]*(?i:vergaderjaar)[ \t]+|Staten-Generaal)"
                            r"\d{4}\s*[-–/]\s*\d{2,4}")


def _after_since(text: str, s: int) -> bool:
    """Does "sinds" open the date at ``s`` or its clause ("Sinds de aanslag op 1 november …")? Then it lies before."""
    return bool(_SINCE.search(text[max(0, s - 10):s]) or _SINCE_CLAUSE.search(text, max(0, s - 130), s))


def _weak_past_after(text: str, e: int) -> bool:
    """Is the word right after the date at ``e`` a weak past verb ("In mei begeleidden …")?"""
    verb = _WEAK_PAST_AFTER.match(text, e)
    return verb is not None and verb.group(1).lower() not in _stop_words()


def _header_session(text: str, s: int) -> bool:
    """Is the year range at ``s`` the paper's own vergaderjaar, the first in its header ("Vergaderjaar
    2021-2022" on a line of its own, "Staten-Generaal2016-2017")? Those inside citations or running
    headers further on are sessions, not dates."""
    line = text[text.rfind("\n", 0, s) + 1:s]
    if not _HEADER_SESSION.search(line):
        return False
    first = _SESSION_RANGE.search(text)
    return first is not None and first.end() > s >= first.start()


def _day_list(m: re.Match, text: str, last: Atom) -> list[Atom] | None:
    """"11 en 12 juli", "3, 4 en 5 mei", "van 15 tot en met 17 juni", "tussen 16 en 26 augustus",
    "de nacht van 14 op 15 december": a period, or (days far apart) one atom per day."""
    base = m.start("dlist")
    items = [(base + x.start(1), base + x.end(1), int(x.group(1)), " ".join(x.group(2).lower().split()))
             for x in re.finditer(rf"(\d{{1,2}})(?:e|ste|de)?\s?({_DAY_LINK})", m.group("dlist"), re.I)]
    days = [d for _, _, d, _ in items] + [last.day]
    links = [k for *_, k in items]
    if not all(1 <= d <= 31 for d in days):
        return None
    between = bool(_BETWEEN.search(text[max(0, m.start() - 10):m.start()]))
    consecutive = all(b == a + 1 for a, b in zip(days, days[1:]))
    if set(links) <= {",", "en", "of"} and not (between and links == ["en"]):
        if "," in links and links[-1] == ",":
            return None
        if consecutive:
            last.day0, last.listed = days[0], True
            return [last]
        out = [Atom(s, e, last.year, last.month, d, past=last.past, future=last.future,
                    label=f"{d} {m.group('m')}" + (f" {m.group('y')}" if m.group("y") else ""))
               for s, e, d, _ in items]
        last.start = m.start("d")
        return out + [last]
    if len(days) == 2 and (links == ["op"] and consecutive or
                           (links[0] in _RANGE_LINKS or between) and days[0] < days[1]):
        last.day0 = days[0]
        return [last]
    return None


def _quantity_follows(text: str, end: int, start: int) -> bool:
    """"2000 militairen" is a number of soldiers, not a year."""
    m = re.match(r"\s+([a-zà-ÿ]+)", text[end:end + 30])
    if not m or re.search(r"(?:\b(?:in|sinds|vanaf|tot|medio|begin|eind|jaar|van|per|rond|tot en met|uiterlijk)|t/m)\s+$",
                          text[max(0, start - 14):start], re.I):
        return False
    word = m.group(1)
    from ..textview import _stop_words
    return word not in _stop_words() and word.endswith(("en", "ers", "s")) and \
        word not in _vocab()["months"]


def _inside(s: int, e: int, spans: Iterable[tuple[int, int]]) -> bool:
    return any(a <= s and e <= b or (s < b and a < e) for a, b in spans)


def _relatives(view: TextView, blocked: list[tuple[int, int]]) -> list[Atom]:
    v = _vocab()
    out: list[Atom] = []
    low = view.clean.lower()
    for rx, rule in v["relative"]:
        for m in matches(rx, view.clean, low):
            if _inside(m.start(), m.end(), blocked) or "tense" in rule and _tense(m) != rule["tense"]:
                continue
            if "season" in rule:
                out.append(Atom(m.start(), m.end(), None, v["seasons"][m.group("season")], kind="season",
                                season=rule["season"], granularity="year"))
            else:
                out.append(Atom(m.start(), m.end(), None, kind="relative", granularity=rule.get("granularity"),
                                rule=rule, match=m))
    for m in matches(v["centuries"], view.clean, low):
        ordinal = ["eerste", "tweede", "derde", "vierde", "vijfde", "zesde", "zevende", "achtste",
                   "negende"].index(m.group("ord").lower()) if m.group("ord").lower() != "laatste" else 9
        first = (int(m.group("c")) - 1) * 100 + ordinal * 10 + 1
        out.append(Atom(m.start(), m.end(), first, value=f"{first}/{first + 9}", granularity="period",
                        kind="range"))
    for m in matches(v["decades"], view.clean, low):
        tens = load_language_data("nl")["numbers"]["tens"]
        decade = int(m.group("d")) if m.group("d") else tens[m.group("dw").lower()]
        out.append(Atom(m.start(), m.end(), None, kind="decade", granularity="period", decade=decade))
    return out


def _count(m: re.Match) -> int | None:
    """The number of units in a relative expression ("zes maanden", "een week"), 1 if none."""
    raw = m.groupdict().get("n")
    if not raw:
        return 1
    if raw.isdigit():
        return int(raw) or None
    if raw.lower() in load_language_data("nl")["numbers"]["one"]:
        return 1
    return word_value(raw) or None


def _resolve_relative(a: Atom, anchor: date | None, previous: date | None, previous_any: date | None = None) -> None:
    if a.kind == "decade":
        d = a.decade
        century = 1900 if anchor is None or d >= (anchor.year % 100) + 10 or anchor.year < 2000 else 2000
        a.value = f"{century + d}/{century + d + 9}"
        return
    rule, m = a.rule, a.match
    base = previous if rule.get("relative_to") == "previous" or rule.get("resolve") in ("previous", "previous_night") \
        else anchor
    if rule.get("month") == "named" or rule.get("relative_to") == "previous_any":
        base = previous_any                # "oktober van dat jaar", "later dat jaar": the year of any date before
    a.anchor = base.isoformat() if base else None
    if rule.get("first_months") and (m.group("year") or "").isdigit():   # "de eerste tien maanden van 2012"
        n, year = _count(m), int(m.group("year"))
        if n and 1 <= n <= 12:
            a.value, a.kind, a.anchor, a.granularity = f"{fmt(year, 1)}/{fmt(year, n)}", "range", None, "period"
            return
    if rule.get("named_day"):               # "eerste kerstdag": that day of the year, the one before if still ahead
        month, day = map(int, _vocab()["data"]["named_days"][" ".join(m.group("named").lower().split())].split("-"))
        if (m.group("year") or "").isdigit():
            a.value, a.kind, a.anchor = date(int(m.group("year")), month, day).isoformat(), "range", None
        elif anchor is not None:
            when = date(anchor.year, month, day)
            if when > anchor + timedelta(days=60):
                when = date(anchor.year - 1, month, day)
            a.value, a.anchor = when.isoformat(), anchor.isoformat()
        else:
            a.value = None
        return
    if "part_of_year" in rule:
        a.value = _part_of_year(m, rule["part_of_year"], base)
        if (m.group("year") or "").isdigit():          # "het eerste kwartaal van 2013" is absolute
            a.kind, a.anchor = "range", None
        return
    n = _count(m)
    if "resolve" in rule and rule["resolve"] is None or base is None or n is None:
        a.value = None
        return
    unit = _vocab()["units"].get((m.groupdict().get("unit") or "").lower()) or rule.get("unit")
    if rule.get("resolve") in ("same", "previous"):
        a.value = base.isoformat()
    elif rule.get("resolve") == "previous_night":       # "nog dezelfde nacht": the night after the day told
        a.value, a.granularity = f"{base.isoformat()}/{(base + timedelta(days=1)).isoformat()}", "period"
    elif "shift" in rule and rule.get("at_unit"):
        a.value = at_unit(shift(base, rule["shift"] * n, unit), unit)
        a.granularity = granularity_of(a.value)
    elif "shift" in rule:
        a.value, a.granularity = shift(base, rule["shift"] * n, unit).isoformat(), "day"
    elif "span" in rule:
        a.value, a.granularity = span(base, rule["span"] * n, unit), "period"
    elif "weeks" in rule:
        a.value = week_of(base, rule["weeks"])
    elif "days" in rule or "days_per" in rule:
        a.value = (base + timedelta(days=rule.get("days", 0) + rule.get("days_per", 0) * n)).isoformat()
        a.granularity = "day"
    elif "years" in rule:
        month = rule.get("month")
        if month == "named":               # "oktober van dat jaar"
            month = _vocab()["data"]["months"][m.group("month").lower()]
        a.value = fmt(base.year + rule["years"], month)
    elif "months" in rule:
        a.value = shift(base, rule["months"], "month").isoformat()[:7]
    elif "weekday" in rule:
        day = _weekday(m, rule["weekday"], base)
        a.value = day.isoformat()
        if m.groupdict().get("weekday_end"):        # "afgelopen maandag en dinsdag": both days
            last = day + timedelta(days=(_vocab()["weekdays"][m.group("weekday_end").lower()] - day.weekday()) % 7)
            a.value, a.granularity = f"{day.isoformat()}/{last.isoformat()}", "period"
    elif "weekend" in rule:                # "afgelopen weekend": the Saturday and Sunday before (or after)
        if rule["weekend"] == "past":
            sat = base - timedelta(days=(base.weekday() - 5) % 7 or 7)
        else:
            sat = base + timedelta(days=(5 - base.weekday()) % 7 or 7)
        a.value, a.granularity = f"{sat.isoformat()}/{(sat + timedelta(days=1)).isoformat()}", "period"


def _part_of_year(m: re.Match, months: int, anchor: date | None) -> str | None:
    """"het eerste kwartaal van 2013" (2013-01/2013-03), "de tweede helft van vorig jaar"."""
    d = _vocab()["data"]
    raw = (m.group("year") or "").lower()
    if raw.isdigit():
        year = int(raw)
    elif anchor is None:
        return None
    else:
        year = anchor.year + d["year_offsets"].get(" ".join(raw.split()), 0)
    parts = 12 // months
    k = d["ordinals"][m.group("part").lower()]
    k = parts if k == -1 else k
    if not 1 <= k <= parts:
        return None
    return f"{fmt(year, (k - 1) * months + 1)}/{fmt(year, k * months)}"


def _weekday(m: re.Match, how: str, base: date) -> date:
    """The weekday named, before (``past``) or after (``future``) ``base``, in the week named
    (``in_week``), or for a bare weekday (``nearest``) as the sentence's tense suggests; a night between
    two weekdays (``night``) is a past one unless the clause speaks of the future."""
    d = _vocab()["data"]
    g = m.groupdict()
    name = (g.get("weekday") or g.get("weekday2")).lower()
    wd = _vocab()["weekdays"][re.sub(r"(avond|middag|ochtend|nacht)$", "", name)]
    if how == "in_week":
        weeks = d["week_offsets"][(g.get("wk") or g.get("wk2")).lower()]
        return base - timedelta(days=base.weekday()) + timedelta(days=7 * weeks + wd)
    back, ahead = (base.weekday() - wd) % 7, (wd - base.weekday()) % 7
    if how == "past":
        return base - timedelta(days=back or 7)
    if how == "future":
        return base + timedelta(days=ahead or 7)
    tense = _tense(m, clause=True)
    if how == "night":                 # "in de nacht van donderdag op vrijdag": told after it, unless said to come
        return base + timedelta(days=ahead) if tense == "future" else base - timedelta(days=back or 7)
    if tense == "future":
        return base + timedelta(days=ahead)
    if tense == "past":
        return base - timedelta(days=back)
    return base - timedelta(days=back) if back <= ahead else base + timedelta(days=ahead)


_SENTENCE_STOPS = (". ", ".\n", "\n\n")
_CLAUSE_STOPS = (*_SENTENCE_STOPS, ", ", "; ", " dat ", " en ", " maar ")
_TO_DO = re.compile(r"(?:(?!\s(?:dat|die|en)\s)[^.;,]){0,80}?\bte\s+[a-zà-ÿ]+(?:en|n)\b")


def _tense(m: re.Match, clause: bool = False) -> str | None:
    """"past" or "future" where the sentence around ``m`` (or, with ``clause``, the part between commas)
    has cues of one tense only, else None."""
    text, cues = m.string, _vocab()["data"]["tense_cues"]
    if re.search(r"(?<![\w-])[Vv]anaf\s+$", text[max(0, m.start() - 8):m.start()]):
        return None            # "heeft besloten vanaf medio juni …": a start from then on, whatever the verb's tense
    stops = _CLAUSE_STOPS if clause else _SENTENCE_STOPS
    s = max(text.rfind(x, 0, m.start()) for x in stops) + 1
    e = min(x for x in [*(text.find(x, m.end()) for x in stops), len(text)] if x >= 0)
    start = s if clause else max(text.rfind(x, 0, m.start()) for x in _CLAUSE_STOPS) + 1
    if re.search(cues["announced"], text[start:m.start()], re.I) and _TO_DO.match(text, m.end()):
        return "future"        # "heeft aangekondigd van 1 tot en met 3 november proeven te houden": what is to come
    found = [t for t in ("past", "future") if re.search(cues[t], text[s:e], re.I)
             or t == "past" and _vocab()["past_verbs"].search(text, s, e)]
    return found[0] if len(found) == 1 else None


def _number_line(original: str, view, a: Atom) -> bool:
    """A bare year alone on its line in the original text ("1923" under an Aanhangsel's header):
    the paper's or page's number, not a date."""
    if a.month is not None or a.day is not None or a.value is not None or a.end - a.start != 4:
        return False
    s, e = view.to_original(a.start, a.end)
    return re.fullmatch(r"[ \t]*", original[original.rfind("\n", 0, s) + 1:s]) is not None and \
        re.match(r"[ \t]*(?:\n|$)", original[e:]) is not None


def find_dates(doc: Document, blocked_original: Iterable[tuple[int, int]] = ()) -> list[Mention]:
    """Every date expression in ``doc`` as a ``date`` Mention (see module docstring)."""
    view = view_of(doc.text)
    text = view.clean
    blocked = [(view.to_clean(s), view.to_clean(e)) for s, e in blocked_original]
    rel = _relatives(view, blocked)
    atoms = [a for a in _atoms(view, blocked) if not any(r.start <= a.start < r.end for r in rel)
             and not _number_line(doc.text, view, a)]
    atoms = sorted(rel + atoms, key=lambda a: (a.start, -a.end))
    kept: list[Atom] = []
    for a in atoms:                                   # drop atoms nested in earlier ones
        if kept and a.start < kept[-1].end:
            continue
        kept.append(a)
    kept = _with_relative_years(text, kept)
    _share_years(text, kept)
    _repeated_years(text, kept)
    out: list[Mention] = []
    previous: date | None = None
    previous_start: date | None = None
    previous_any: date | None = None
    for grp in _group_periods(text, kept):
        first, last = grp[0], grp[-1]
        if len(grp) == 1 and first.kind == "bare-month":
            continue
        s0, e0 = _extend_prefix(text, grp), last.end
        anchor = anchor_for(doc, view.to_original(first.start, first.start + 1)[0])
        if len(grp) == 1:
            value, gran, relative, anch = _value_of(first, anchor, previous, previous_any, previous_start)
        else:
            value, gran, relative, anch = _period_value(first, last, anchor)
        if value is None and first.kind != "relative":
            continue
        s, e = view.to_original(s0, e0)
        attrs = {"value": value, "granularity": gran or granularity_of(value), "relative": relative,
                 "anchor": anch}
        if value and "/" in value:
            attrs["start"], attrs["end"] = value.split("/")
        out.append(Mention("date", s, e, doc.text[s:e], first.label or text[s0:e0],
                           type="period" if value and "/" in value else "date", attrs=attrs))
        last_day = parse_iso(value.split("/")[-1]) if value else None
        first_day = parse_iso(value.split("/")[0]) if value and len(value.split("/")[0]) == 10 else last_day
        if value and re.fullmatch(r"\d{4}(?:-\d\d){0,2}", value.split("/")[0]):
            previous_any = parse_iso((value.split("/")[0] + "-01-01")[:10])
        ahead = len(grp) == 1 and bool(first.rule) and first.rule.get("span", 0) > 0
        if last_day and not ahead and not _PAPER_DATE.search(text, max(0, s0 - 40), s0) \
                and not _DEADLINE.search(text, max(0, s0 - 20), s0):
            previous = last_day        # "dezelfde dag" points back to a happening, not to a letter's date,
            # nor to a deadline ("uiterlijk 11 september") or a span ahead ("binnen elf dagen"); "twee dagen
            # later" counts from the last day of what came before ("op 10 en 11 april", the night "van 8 op 9
            # september": the 9th); "dezelfde nacht" is the night that began it
            previous_start = first_day if _NIGHT.search(text, s0, e0) else last_day
    _apposed_dates(doc.text, out)
    return out


_SHIFT_WORD = re.compile(r"(?i)(?<![\w-])(?:later|eerder|daarna|daarvoor|ervoor)\s*$")
_APPOSITION_GAP = re.compile(r",\s*(?:op\s+)?(?:[a-z]+(?:dag|avond|middag|ochtend|nacht)\s+)?")


def _apposed_dates(original: str, dates: list[Mention]) -> None:
    """"Drie dagen later, op maandagavond 16 oktober": a shift whose date the text gives right after it means
    that date, whatever the date it would count from."""
    for a, b in zip(dates, dates[1:]):
        if a.attrs["relative"] and _SHIFT_WORD.search(a.text) and b.attrs["value"] \
                and b.attrs["granularity"] == "day" and _APPOSITION_GAP.fullmatch(original, a.end, b.start):
            a.attrs.update({k: b.attrs[k] for k in ("value", "granularity")})


_NIGHT = re.compile(r"(?<![\w-])nacht\s+van\s", re.I)
_DEADLINE = re.compile(r"(?<![\w-])(?:uiterlijk|tot en met|t/m|tot|vóór)\s+$", re.I)
_PAPER_DATE = re.compile(r"(?:\b(?:brief|brieven|[Kk]amerbrief|notitie|verslag|motie|nota)\s+(?:van|d\.d\.)|d\.d\."
                         r"|\b(?:[Zz]oals|[Aa]ls)\s+(?:ik|wij|we)\s+u\s+(?:[a-z]+\s+){0,2}?op"   # "Zoals wij u op 30 december meldden"
                         r"|\b(?:ontving|ontvingen)\s+u\s+op|\b(?:ontvangen|toegezonden|toegestuurd)\s+op)\s*$")


def _with_relative_years(text: str, atoms: list[Atom]) -> list[Atom]:
    """"maart van dit jaar", "15 november vorig jaar": a month or day whose year is relative."""
    out: list[Atom] = []
    for a in atoms:
        prev = out[-1] if out else None
        if prev and a.kind == "relative" and "years" in a.rule and "month" not in a.rule \
                and prev.kind in _ONE_OF and prev.year is None and prev.month \
                and _OF_YEAR.fullmatch(text[prev.end:a.start]):
            prev.end, prev.years, prev.kind = a.end, a.rule["years"], "absolute"
            continue
        out.append(a)
    return out


def _share_years(text: str, atoms: list[Atom]) -> None:
    """"3 mei en 4 juni 2023": a day or month without a year takes the year of the next one."""
    for a, b in reversed(list(zip(atoms, atoms[1:]))):
        if a.kind in _ONE_OF and b.kind in _ONE_OF and a.year is None and a.years is None and a.month \
                and b.month and (b.year is not None or b.years is not None) \
                and (a.month, a.day or 0) <= (b.month, b.day0 or b.day or 0) and _AND.fullmatch(text[a.end:b.start]):
            a.year, a.years, a.kind = b.year, b.years, "absolute"


def _repeated_years(text: str, atoms: list[Atom]) -> None:
    """"per 1 mei 2019" … "na 1 mei": a day named again without its year takes the year it had first."""
    seen: dict[tuple[int, int], int] = {}
    for a in atoms:
        if a.kind not in _ONE_OF or not (a.month and a.day):
            continue
        if a.year is not None:
            seen.setdefault((a.month, a.day), a.year)
        elif a.years is None and (a.month, a.day) in seen and not _vocab()["marked"].search(text, a.start, a.end):
            a.year = seen[(a.month, a.day)]            # (not "1 januari jl.": that one counts from the letter)


def _extend_prefix(text: str, grp: list[Atom]) -> int:
    """Start of the expression with its opening words ("vanaf", "de periode", "het jaar")."""
    start = grp[0].start
    if grp[0].kind in ("relative", "decade", "season") or grp[0].label:
        return start
    before = text[max(0, start - 30):start]
    if len(grp) > 1 or grp[0].day0 is not None and not grp[0].listed:
        m = _OPEN_PERIOD.search(before)
    else:
        m = _OPEN_SINGLE.search(before)
        if not m and grp[0].month is None and grp[0].kind == "absolute":
            m = _OPEN_YEAR.search(before)
    return start - len(m.group(0)) if m else start


def _group_periods(text: str, atoms: list[Atom]) -> list[list[Atom]]:
    """Join "mei 2024 tot en met mei 2025", "tussen 14 november en 31 januari" into periods."""
    groups: list[list[Atom]] = []
    for a in atoms:
        prev = groups[-1][-1] if groups else None
        if prev and len(groups[-1]) == 1 and prev.kind in _ONE_OF and a.kind in _ONE_OF \
                and prev.day0 is None and a.day0 is None and _LINK.match(text[prev.end:a.start]) \
                and (text[prev.end:a.start].strip().lower() != "en"
                     or _BETWEEN.search(text[max(0, prev.start - 10):prev.start])):
            groups[-1].append(a)
        else:
            groups.append([a])
    return groups


def _known_year(a: Atom, anchor: date | None) -> int | None:
    if a.year is not None:
        return a.year
    if a.years is not None:
        return anchor.year + a.years if anchor else None
    return None


def _resolve_year(a: Atom, anchor: date | None) -> int | None:
    y = _known_year(a, anchor)
    if y is not None or a.month is None:
        return y
    return nearest_year(a.month, a.day, anchor, a.past, a.future)


def _value_of(a: Atom, anchor: date | None, previous: date | None, previous_any: date | None = None,
              previous_start: date | None = None):
    if a.kind in ("relative", "decade"):
        # "dezelfde nacht": the night told before, from its start
        counted = a.rule and a.rule.get("resolve") == "previous_night" and previous_start
        _resolve_relative(a, anchor, previous_start if counted else previous, previous_any)
        return a.value, a.granularity, a.kind == "relative", a.anchor
    if a.kind == "range":
        return a.value, "period", False, None
    if a.kind == "season":
        if anchor is None:
            return None, "year", True, None
        return fmt(season_year(a.month, anchor, a.season)), "year", True, anchor.isoformat()
    y = _resolve_year(a, anchor)
    relative = a.year is None
    if y is None or not valid(y, a.month, a.day) or a.day0 and not valid(y, a.month, a.day0):
        return None, None, relative, None
    v = fmt(y, a.month, a.day)
    if a.day0:
        v = f"{fmt(y, a.month, a.day0)}/{v}"
    return v, granularity_of(v), relative, anchor.isoformat() if relative and anchor else None


def _period_value(a: Atom, b: Atom, anchor: date | None):
    ya, yb = _known_year(a, anchor), _resolve_year(b, anchor)
    if ya is None and yb is not None:
        ya = yb
        if a.month and b.month and (a.month, a.day or 0) > (b.month, b.day or 0):
            ya = yb - 1
    elif ya is None:
        ya = _resolve_year(a, anchor)
    if _known_year(b, anchor) is None and ya is not None:
        yb = ya + 1 if b.month and a.month and (b.month, b.day or 0) < (a.month, a.day or 0) else ya
    if ya is None or yb is None or not valid(ya, a.month, a.day) or not valid(yb, b.month, b.day):
        return None, "period", True, None
    relative = a.year is None and b.year is None
    return f"{fmt(ya, a.month, a.day)}/{fmt(yb, b.month, b.day)}", "period", relative, \
        anchor.isoformat() if relative and anchor else None


@extractor("dates", version=VERSION, produces=[KGB.TemporalExpression, KGB.date, KGB.startDate,
                                                 KGB.endDate, KGB.granularity, KGB.isRelative,
                                                 KGB.resolvedAgainst],
           kinds=["date"], order=61)
def extract_dates(doc: Document, ctx) -> list[Mention]:
    """Dates and periods, absolute and relative (resolved), outside citations."""
    from .citations import find_citations
    blocked = [(m.start, m.end) for m in ctx.of_kind("citation")] or \
              [(m.start, m.end) for m in find_citations(doc)]
    return find_dates(doc, blocked)


def absolute_date(text: str) -> str | None:
    """ISO value of one absolute date written out ("3 november 2020", "3 nov. 2020", "03-11-2020",
    "2020-11-03"), else None."""
    m = _vocab()["atom"].fullmatch(" ".join(text.split()))
    if not m or m.group("qual") or m.group("dlist"):
        return None
    if not (m.group("iso") or m.group("nd") or m.group("d") and m.group("y")):
        return None
    atoms = _atoms_of(m, m.string)
    return fmt(atoms[0].year, atoms[0].month, atoms[0].day) if atoms else None
