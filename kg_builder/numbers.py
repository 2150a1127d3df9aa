"""Numbers as written in Dutch text: digits ("1.250", "2,5") and words ("honderdtwintig").

The words come from ``data/nl/numbers.json``; compounds are parsed from their
parts (``vijfentwintig`` = vijf + en + twintig, ``tweehonderdtwintig`` =
twee + honderd + twintig), so no list of every number is needed.
"""
from __future__ import annotations

import re
from functools import lru_cache

from .lang import load_language_data


@lru_cache(maxsize=1)
def _words() -> dict[str, dict[str, int]]:
    data = load_language_data("nl")["numbers"]
    return {k: v for k, v in data.items() if isinstance(v, dict)}


def word_value(word: str) -> int | float | None:
    """Value of one Dutch number word (no spaces), or None."""
    w = word.lower().replace("ë", "e").replace("é", "e")
    if not w or len(w) > 40:
        return None
    return _parse(w)


@lru_cache(maxsize=4096)
def _parse(w: str) -> int | float | None:
    words = _words()
    units = {k.replace("é", "e"): v for k, v in words["units"].items()}
    tens, hundred, thousand = words["tens"], words["hundred"], words["thousand"]
    fractions = {k.replace("ë", "e"): v for k, v in words.get("fractions", {}).items()}
    if w in fractions:                       # "anderhalf" = 1.5
        return fractions[w]
    if w in units:
        return units[w]
    if w in tens:
        return tens[w]
    for k, v in thousand.items():            # tweeduizendvijfhonderd
        if k in w:
            head, _, tail = w.partition(k)
            h = _parse(head) if head else 1
            t = _parse(tail) if tail else 0
            return h * v + t if h is not None and t is not None and h < 1000 else None
    for k, v in hundred.items():             # honderdtwintig, driehonderd
        if k in w:
            head, _, tail = w.partition(k)
            h = _parse(head) if head else 1
            t = _parse(tail.removeprefix("en")) if tail else 0
            return h * v + t if h is not None and t is not None and h < 10 and t < 100 else None
    m = re.fullmatch(r"(\w+?)en(\w+)", w)     # vijfentwintig
    if m and m.group(2) in tens and m.group(1) in units and units[m.group(1)] < 10:
        return units[m.group(1)] + tens[m.group(2)]
    return None


def digits_value(text: str) -> float | None:
    """Value of a number in digits, Dutch style ("1.250" = "1 250" = 1250, "2,5" = 2.5)."""
    t = text.strip()
    if re.fullmatch(r"\d{1,3}(?:[ \u00a0\u202f]\d{3})+", t):     # "240 000": a space between thousands
        return float(re.sub(r"\D", "", t))
    if re.fullmatch(r"\d{1,3}(?:\.\d{3})+", t):
        return float(t.replace(".", ""))
    if re.fullmatch(r"\d+(?:,\d+)?", t):
        return float(t.replace(",", "."))
    if re.fullmatch(r"\d+\.\d{1,2}", t):      # "1.5" written English-style
        return float(t)
    return None


def number_word_pattern() -> str:
    """A regex alternative matching one Dutch number word (simple or compound)."""
    words = _words()
    parts = sorted(set(words["units"]) | set(words["tens"]) | set(words["hundred"])
                   | set(words["thousand"]) | set(words.get("fractions", {})), key=len, reverse=True)
    alt = "|".join(re.escape(p) for p in parts)
    return rf"(?:(?:{alt})(?:en)?)+"


def as_number(value: float) -> int | float:
    return int(value) if float(value).is_integer() else value
