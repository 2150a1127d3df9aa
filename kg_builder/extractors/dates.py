"""Dates and periods, absolute and relative, normalised to ISO 8601.

Finds "3 november 2020", "mei 2024", "2019", "2022-10-28", "zondag 6 oktober",
periods ("van mei 2024 tot en met mei 2025", "18 oktober tot 12 december jl.",
"2025 - 2028") and relative expressions ("26 oktober jl.", "vorig jaar", "een
week geleden", "uiterlijk vier weken na dagtekening"). Relative ones are
resolved against the anchor: the date of the part (letter, meeting transcript)
they stand in, else the document's date (see :func:`anchor_for`). Values are
``YYYY-MM-DD``, ``YYYY-MM`` or ``YYYY``; periods ``start/end``; ``None`` where
nothing can be resolved. Vocabulary lives in ``data/nl/dates.json``.
"""
from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache
from typing import Iterable

from ..document import Document
from ..lang import load_language_data
from ..mentions import Mention
from ..numbers import number_word_pattern, word_value
from ..registry import extractor
from ..textview import TextView, view_of
from ..vocab import KGB

VERSION = "1"


@dataclass
class Atom:
    """A date expression found in the clean text, before periods are formed."""

    start: int
    end: int
    year: int | None
    month: int | None = None
    day: int | None = None
    past: bool = False                 # "jl."
    future: bool = False               # "a.s."
    value: str | None = None           # preset value (relative, decades, ranges)
    granularity: str | None = None
    relative: bool = False
    anchor: str | None = None
    kind: str = "absolute"             # absolute | relative | range
    resolved: bool = False


# ---------------------------------------------------------------- vocabulary
@lru_cache(maxsize=1)
def _vocab():
    d = load_language_data("nl")["dates"]
    months = d["months"]
    month_alt = "|".join(sorted((re.escape(m) for m in months), key=len, reverse=True))
    weekday_alt = "|".join(d["weekdays"])
    num = number_word_pattern()
    past = "|".join(re.escape(p) for p in d["past_markers"])
    future = "|".join(re.escape(p) for p in d["future_markers"])
    qual = "|".join(sorted((re.escape(q) for q in d["part_of_period"]), key=len, reverse=True))
    rel = []
    for r in d["relative"]:
        pat = r["pattern"].replace("NUMBER", rf"(?:\d+|{num})").replace("WEEKDAY", f"(?:{weekday_alt})") \
            .replace("MONTH", f"(?:{month_alt})")
        rel.append((re.compile(rf"(?<![\w-]){pat}(?![\w-])", re.I), r))
    atom = re.compile(
        rf"""(?<![\w/.-])(?:(?P<qual>{qual})\s+)?
        (?:
          (?P<iso>(?P<iy>(?:19|20)\d\d)-(?P<im>0[1-9]|1[0-2])(?:-(?P<id>0[1-9]|[12]\d|3[01]))?
              (?:\s+\d{{1,2}}:\d{{2}})?)(?![\w-])
        | (?:(?P<wd>{weekday_alt})\s+)?(?P<d>[0-3]?\d)(?:e|ste|de)?\s+(?P<m>{month_alt})\.?
              (?:\s+(?P<y>(?:1[89]|20)\d\d))?(?![\w-])
        | (?P<m2>{month_alt})\s+(?P<y2>(?:1[89]|20)\d\d)(?![\w-])
        | (?P<y3>(?:19|20)\d\d)(?:\s?[-–]\s?(?P<y3b>(?:19|20)\d\d))?(?![\w-]|[.,]\d)
        | (?P<m3>{month_alt})(?![\w-])
        )
        (?:\s+(?P<past>{past})|\s+(?P<future>{future}))?""",
        re.I | re.X)
    return {"data": d, "months": months, "weekdays": d["weekdays"], "atom": atom, "relative": rel,
            "centuries": re.compile(d["centuries"]["pattern"], re.I),
            "decades": re.compile(d["decades"]["pattern"], re.I)}


_OPEN_PERIOD = re.compile(r"\b(?:de periode(?: van)?|periode(?: van)?|vanaf|van|sinds|met ingang van)\s+$", re.I)
_OPEN_SINGLE = re.compile(r"\b(?:vanaf|sinds|met ingang van|tot en met|t/m|tot|per)\s+$", re.I)
_OPEN_YEAR = re.compile(r"\b(?:(?:in )?het jaar|in)\s+$", re.I)
_LINK = re.compile(r"^\s*(?:tot en met|t/m|tot|[-–—]|en)\s*$", re.I)
_PREFIX_NEEDED_FOR_MONTH = re.compile(r"\b(?:in|tot en met|t/m|tot|vanaf|van|sinds|per|begin|eind|medio|"
                                      r"half|midden|eind|maand)\s+$", re.I)
_NOT_YEAR_BEFORE = re.compile(r"(?:\b(?:nr|nrs|blz|p|pag|art|artikel|nummer|no|item|vraag|versie|lid|"
                              r"hoofdtaak|bijlage)\.?:?|[€$£])\s*$", re.I)


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


def parse_iso(iso: str | None) -> date | None:
    if not iso:
        return None
    m = re.match(r"(\d{4})-(\d{2})-(\d{2})", iso)
    try:
        return date(int(m.group(1)), int(m.group(2)), int(m.group(3))) if m else None
    except ValueError:
        return None


# ---------------------------------------------------------------- formatting
def fmt(year: int | None, month: int | None = None, day: int | None = None) -> str | None:
    """ISO value at the granularity given (``None`` when the year is unknown)."""
    if year is None:
        return None
    if month is None:
        return f"{year:04d}"
    if day is None:
        return f"{year:04d}-{month:02d}"
    return f"{year:04d}-{month:02d}-{day:02d}"


def normalise_value(value: str) -> str:
    """Canonical form of an ISO date or period value (idempotent)."""
    parts = [p.strip() for p in value.split("/")]
    out = []
    for p in parts:
        m = re.fullmatch(r"(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?", p)
        if not m:
            raise ValueError(f"not an ISO date: {p!r}")
        out.append(fmt(int(m.group(1)), int(m.group(2)) if m.group(2) else None,
                       int(m.group(3)) if m.group(3) else None))
    return "/".join(out)


def granularity_of(value: str | None) -> str | None:
    if value is None:
        return None
    if "/" in value:
        return "period"
    return {4: "year", 7: "month", 10: "day"}.get(len(value))


def _valid(y: int, m: int | None, d: int | None) -> bool:
    if m is None:
        return True
    if not 1 <= m <= 12:
        return False
    return d is None or 1 <= d <= calendar.monthrange(y, m)[1]


def _nearest_year(month: int, day: int | None, anchor: date | None, past: bool, future: bool) -> int | None:
    if anchor is None:
        return None
    cands = []
    for y in (anchor.year - 1, anchor.year, anchor.year + 1):
        if not _valid(y, month, day or 1):
            continue
        d = date(y, month, day or 1)
        if past and d > anchor:
            continue
        if future and d < anchor:
            continue
        cands.append((abs((d - anchor).days), -y if past else y, y))
    return min(cands)[2] if cands else None


# ---------------------------------------------------------------- finding
def _atoms(view: TextView, blocked: list[tuple[int, int]]) -> list[Atom]:
    v = _vocab()
    months = v["months"]
    text = view.clean
    out: list[Atom] = []
    for m in v["atom"].finditer(text):
        s, e = m.start(), m.end()
        if _inside(s, e, blocked):
            continue
        g = m.groupdict()
        past, future = bool(g["past"]), bool(g["future"])
        if g["iso"]:
            y, mo = int(g["iy"]), int(g["im"])
            d = int(g["id"]) if g["id"] else None
            if _valid(y, mo, d):
                out.append(Atom(s, e, y, mo, d))
        elif g["d"]:
            mo, d = months[g["m"].lower()], int(g["d"])
            y = int(g["y"]) if g["y"] else None
            if len(g["m"]) <= 3 and not g["y"] and g["m"].lower() != "mei":
                continue                              # "3 mrt" without a year is too weak
            if 1 <= d <= 31:
                out.append(Atom(s, e, y, mo, d, past=past, future=future))
        elif g["m2"]:
            out.append(Atom(s, e, int(g["y2"]), months[g["m2"].lower()], past=past))
        elif g["y3"]:
            y = int(g["y3"])
            if _NOT_YEAR_BEFORE.search(text[max(0, s - 12):s]) or \
                    (not g["qual"] and _quantity_follows(text, e, s)):
                continue
            if g["y3b"]:
                y2 = int(g["y3b"])
                if not 0 < y2 - y <= 50:
                    continue
                out.append(Atom(s, e, y, value=f"{y}/{y2}", granularity="period", kind="range",
                                resolved=True))
            else:
                out.append(Atom(s, e, y))
        elif g["m3"]:
            word = g["m3"]
            if len(word) < 4 and word.lower() != "mei":
                continue
            # a bare month name needs a prefix or qualifier, else a period partner (see _group_periods)
            bare = not (_PREFIX_NEEDED_FOR_MONTH.search(text[max(0, s - 12):s]) or g["qual"])
            out.append(Atom(s, e, None, months[word.lower()], past=past, future=future,
                            kind="bare-month" if bare else "absolute"))
    return out


def _quantity_follows(text: str, end: int, start: int) -> bool:
    """"2000 militairen" is a number of soldiers, not a year."""
    m = re.match(r"\s+([a-zà-ÿ]+)", text[end:end + 30])
    if not m or re.search(r"\b(?:in|sinds|vanaf|tot|medio|begin|eind|jaar|van|per|rond)\s+$",
                          text[max(0, start - 10):start], re.I):
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
    for rx, rule in v["relative"]:
        for m in rx.finditer(view.clean):
            if not _inside(m.start(), m.end(), blocked):
                a = Atom(m.start(), m.end(), None, kind="relative", relative=True)
                a.granularity = rule.get("granularity")
                a.value = None
                a.__dict__["rule"] = rule
                a.__dict__["match"] = m
                out.append(a)
    for m in v["centuries"].finditer(view.clean):
        ordinal = ["eerste", "tweede", "derde", "vierde", "vijfde", "zesde", "zevende", "achtste",
                   "negende"].index(m.group("ord").lower()) if m.group("ord").lower() != "laatste" else 9
        first = (int(m.group("c")) - 1) * 100 + ordinal * 10 + 1
        out.append(Atom(m.start(), m.end(), first, value=f"{first}/{first + 9}", granularity="period",
                        kind="range", resolved=True))
    for m in v["decades"].finditer(view.clean):
        d = int(m.group("d"))
        out.append(Atom(m.start(), m.end(), None, kind="decade", value=None, granularity="period",
                        relative=False))
        out[-1].__dict__["decade"] = d
    return out


def _resolve_relative(a: Atom, anchor: date | None, previous: date | None) -> None:
    rule = a.__dict__.get("rule")
    if a.kind == "decade":
        d = a.__dict__["decade"]
        century = 1900 if anchor is None or d >= (anchor.year % 100) + 10 or anchor.year < 2000 else 2000
        a.value = f"{century + d}/{century + d + 9}"
        return
    if rule is None:
        return
    m: re.Match = a.__dict__["match"]
    base = previous if rule.get("relative_to") == "previous" or rule.get("resolve") == "previous" else anchor
    a.anchor = base.isoformat() if base else None
    if "resolve" in rule and rule["resolve"] is None:
        a.value = None
        return
    if base is None:
        a.value = None
        return
    gran = rule.get("granularity")
    if rule.get("resolve") in ("same", "previous"):
        a.value = base.isoformat()
        return
    n = 1
    if "n" in m.groupdict() and m.group("n"):
        raw = m.group("n")
        n = int(raw) if raw.isdigit() else (word_value(raw) or 0)
        if not n:
            a.value = None
            return
    if "days" in rule or "days_per" in rule:
        delta = rule.get("days", 0) + rule.get("days_per", 0) * n
        d = base + timedelta(days=delta)
        a.value = d.isoformat() if gran == "day" else d.isoformat()
        a.granularity = "day"
        return
    if "years" in rule:
        y = base.year + rule["years"]
        a.value = fmt(y, rule.get("month"))
        return
    if "months" in rule:
        k = base.year * 12 + base.month - 1 + rule["months"]
        a.value = fmt(k // 12, k % 12 + 1)
        return
    if "weekday" in rule:
        wd = _vocab()["weekdays"][re.sub(r"(avond|middag|ochtend|nacht)$", "", m.group("weekday").lower())]
        if rule["weekday"] == "past":
            delta = (base.weekday() - wd) % 7 or 7
            a.value = (base - timedelta(days=delta)).isoformat()
        else:
            delta = (wd - base.weekday()) % 7 or 7
            a.value = (base + timedelta(days=delta)).isoformat()


def find_dates(doc: Document, blocked_original: Iterable[tuple[int, int]] = ()) -> list[Mention]:
    """Every date expression in ``doc`` as a ``date`` Mention (see module docstring)."""
    view = view_of(doc.text)
    text = view.clean
    blocked = [(view.to_clean(s), view.to_clean(e)) for s, e in blocked_original]
    rel = _relatives(view, blocked)
    atoms = [a for a in _atoms(view, blocked) if not any(r.start <= a.start < r.end for r in rel)]
    atoms = sorted(rel + atoms, key=lambda a: (a.start, -a.end))
    # drop atoms nested in earlier ones
    kept: list[Atom] = []
    for a in atoms:
        if kept and a.start < kept[-1].end:
            continue
        kept.append(a)
    groups = _group_periods(text, kept)
    out: list[Mention] = []
    previous: date | None = None
    for grp in groups:
        first, last = grp[0], grp[-1]
        s0, e0 = _extend_prefix(text, grp), last.end
        anchor = anchor_for(doc, view.to_original(first.start, first.start + 1)[0])
        if len(grp) == 1 and first.kind == "bare-month":
            continue
        if len(grp) == 1:
            value, gran, relative, anch = _value_of(first, anchor, previous)
        else:
            value, gran, relative, anch = _period_value(first, last, anchor, previous)
        if value is None and not relative and first.kind not in ("relative",):
            continue
        s, e = view.to_original(s0, e0)
        label = text[s0:e0]
        attrs = {"value": value, "granularity": gran or granularity_of(value), "relative": relative,
                 "anchor": anch}
        if value and "/" in value:
            attrs["start"], attrs["end"] = value.split("/")
        out.append(Mention("date", s, e, doc.text[s:e], label, type="period" if value and "/" in value
                           else "date", attrs=attrs))
        last_day = parse_iso(value.split("/")[-1]) if value else None
        if last_day:
            previous = last_day
    return out


def _extend_prefix(text: str, grp: list[Atom]) -> int:
    """Start of the expression with its opening words ("vanaf", "de periode", "het jaar")."""
    start = grp[0].start
    if grp[0].kind in ("relative", "decade"):
        return start
    before = text[max(0, start - 30):start]
    if len(grp) > 1:
        m = _OPEN_PERIOD.search(before)
    else:
        m = _OPEN_SINGLE.search(before)
        if not m and grp[0].month is None and grp[0].kind == "absolute":
            m = _OPEN_YEAR.search(before)
    return start - len(m.group(0)) if m else start


def _group_periods(text: str, atoms: list[Atom]) -> list[list[Atom]]:
    groups: list[list[Atom]] = []
    for a in atoms:
        if groups and a.kind not in ("relative", "decade") and groups[-1][-1].kind not in ("relative", "decade") \
                and len(groups[-1]) == 1 and _LINK.match(text[groups[-1][-1].end:a.start]) \
                and not text[groups[-1][-1].end:a.start].strip().lower() == "en" \
                and groups[-1][-1].kind != "range" and a.kind != "range":
            groups[-1].append(a)
        else:
            groups.append([a])
    return groups


def _resolve_year(a: Atom, anchor: date | None, partner_year: int | None = None) -> int | None:
    if a.year is not None:
        return a.year
    if partner_year is not None:
        return partner_year
    if a.month is None:
        return None
    return _nearest_year(a.month, a.day, anchor, a.past, a.future)


def _value_of(a: Atom, anchor: date | None, previous: date | None):
    if a.kind in ("relative", "decade"):
        _resolve_relative(a, anchor, previous)
        return a.value, a.granularity if a.value else a.granularity, a.kind == "relative", a.anchor
    if a.kind == "range":
        return a.value, "period", False, None
    y = _resolve_year(a, anchor)
    relative = a.year is None
    if y is None or not _valid(y, a.month, a.day):
        return None, None, relative, None
    v = fmt(y, a.month, a.day)
    return v, granularity_of(v), relative, anchor.isoformat() if relative and anchor else None


def _period_value(a: Atom, b: Atom, anchor: date | None, previous: date | None):
    yb = _resolve_year(b, anchor)
    ya = a.year
    if ya is None and yb is not None:
        ya = yb
        if a.month and b.month and (a.month, a.day or 0) > (b.month, b.day or 0):
            ya = yb - 1
    elif ya is None:
        ya = _resolve_year(a, anchor)
    if b.year is None and a.year is not None and b.month and a.month \
            and (b.month, b.day or 0) < (a.month, a.day or 0):
        yb = a.year + 1
    elif b.year is None and a.year is not None:
        yb = a.year
    if ya is None or yb is None or not _valid(ya, a.month, a.day) or not _valid(yb, b.month, b.day):
        return None, "period", True, None
    va, vb = fmt(ya, a.month, a.day), fmt(yb, b.month, b.day)
    relative = a.year is None and b.year is None
    return f"{va}/{vb}", "period", relative, anchor.isoformat() if relative and anchor else None


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
    """ISO value of one absolute date written out ("3 november 2020", "2022-10-28"), else None."""
    m = _vocab()["atom"].fullmatch(" ".join(text.split()))
    if not m:
        return None
    if m.group("iso"):
        return fmt(int(m.group("iy")), int(m.group("im")), int(m.group("id")) if m.group("id") else None)
    if m.group("d") and m.group("y"):
        y, mo, d = int(m.group("y")), _vocab()["months"][m.group("m").lower()], int(m.group("d"))
        return fmt(y, mo, d) if _valid(y, mo, d) else None
    return None
