"""ISO 8601 values of date expressions and the calendar arithmetic behind them.

Values are ``YYYY-MM-DD``, ``YYYY-MM`` or ``YYYY``; periods ``start/end``.
:func:`shift` moves a date by days, weeks, months or years (clamping to the
month's end), :func:`span` gives "the past/next n units" as a period at the
unit's granularity, :func:`week_of` the Monday-to-Sunday week around a date.
"""
from __future__ import annotations

import calendar
import re
from datetime import date, timedelta


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
    out = []
    for p in (p.strip() for p in value.split("/")):
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


def parse_iso(iso: str | None) -> date | None:
    """The day an ISO value starts with (``None`` for a year or month alone, or nonsense)."""
    if not iso:
        return None
    m = re.match(r"(\d{4})-(\d{2})-(\d{2})", iso)
    try:
        return date(int(m.group(1)), int(m.group(2)), int(m.group(3))) if m else None
    except ValueError:
        return None


def valid(y: int, m: int | None, d: int | None) -> bool:
    if m is None:
        return True
    if not 1 <= m <= 12:
        return False
    return d is None or 1 <= d <= calendar.monthrange(y, m)[1]


def nearest_year(month: int, day: int | None, anchor: date | None, past: bool, future: bool) -> int | None:
    """The year that puts ``day month`` nearest to ``anchor`` (before it if ``past``, after if ``future``)."""
    if anchor is None:
        return None
    cands = []
    for y in (anchor.year - 1, anchor.year, anchor.year + 1):
        if not valid(y, month, day or 1):
            continue
        d = date(y, month, day or 1)
        last = d if day else date(y, month, calendar.monthrange(y, month)[1])
        if past and d > anchor or future and last < anchor:
            continue                     # (a month still under way is ahead in part: "zal eind juni", told in June)
        cands.append((abs((d - anchor).days), -y if past else y, y))
    return min(cands)[2] if cands else None


def shift(d: date, n: int, unit: str) -> date:
    """``d`` moved by ``n`` days, weeks, months or years (a missing day becomes the month's last)."""
    if unit == "day":
        return d + timedelta(days=n)
    if unit == "week":
        return d + timedelta(days=7 * n)
    k = d.year * 12 + d.month - 1 + (n if unit == "month" else 12 * n)
    y, m = k // 12, k % 12 + 1
    return date(y, m, min(d.day, calendar.monthrange(y, m)[1]))


def at_unit(d: date, unit: str) -> str:
    """``d`` written at the granularity of ``unit`` (days and weeks as days)."""
    return {"month": fmt(d.year, d.month), "year": fmt(d.year)}.get(unit) or d.isoformat()


def span(d: date, n: int, unit: str) -> str:
    """"de afgelopen n units" (``n`` < 0) or "de komende n units" (``n`` > 0) from ``d``, as a period."""
    a, b = sorted((d, shift(d, n, unit)))
    return f"{at_unit(a, unit)}/{at_unit(b, unit)}"


def week_of(d: date, offset: int = 0) -> str:
    """The Monday-to-Sunday week of ``d`` moved by ``offset`` weeks, as a period."""
    monday = d - timedelta(days=d.weekday()) + timedelta(days=7 * offset)
    return f"{monday.isoformat()}/{(monday + timedelta(days=6)).isoformat()}"


def season_year(start_month: int, anchor: date, direction: str | None) -> int:
    """The year of a season starting in ``start_month``: the last one begun ("past"), the next
    one ("future"), else the anchor's year."""
    if direction == "past":
        return anchor.year if start_month <= anchor.month else anchor.year - 1
    if direction == "future":
        return anchor.year if start_month > anchor.month else anchor.year + 1
    return anchor.year
