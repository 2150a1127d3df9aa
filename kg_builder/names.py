"""Name forms: normalised labels, fuzzy keys for spelling variants, person names.

Names reach us in several spellings: transliterations ("Kata'ib", "Kataib"),
typos that swap letters ("al-Nujaba", "al-Nubaja"), word order
("Harakat Hezbollah al-Nujaba", "Hezbollah Harakat al-Nubaja").  ``fuzzy_key``
maps such variants to one string; ``similar`` scores two names for the
resolver.  Person names are split into given name, initials and surname with
Dutch particles ("van der", "ten") kept in the surname.
"""
from __future__ import annotations

import re
from difflib import SequenceMatcher
from functools import lru_cache

from .iris import fold

# Upper/lower case letters of the Latin scripts the corpus uses (É, Ö, Ç, Ş, İ ...)
UPPER = "".join(chr(c) for c in range(0x41, 0x250) if chr(c).isupper() and chr(c).isalpha())
LOWER = "".join(chr(c) for c in range(0x61, 0x250) if chr(c).islower() and chr(c).isalpha())
U = f"[{re.escape(UPPER)}]"
L = f"[{re.escape(LOWER)}]"
LETTER = f"[{re.escape(UPPER + LOWER)}]"

PARTICLES = ("van", "de", "der", "den", "ten", "ter", "te", "het", "'t", "in", "op", "d'", "la", "le", "von")
_ARTICLES = {"al", "el", "ad", "an", "as", "ash", "at", "az", "fil", "wal", "the", "de", "het", "van"}


@lru_cache(maxsize=1 << 15)       # pure functions of a name, asked about the same names often
def clean_label(text: str) -> str:
    """One line, single spaces, no stray punctuation at the ends."""
    text = re.sub(r"-\s+(?=\w)", "-", text) if re.search(r"\w-\s*\n", text) else text
    text = re.sub(r"\s+", " ", text).strip()
    return text.strip(" ,;:«»\"'‘’“”()")


def tokens(text: str) -> list[str]:
    return fold(text).split()


def _skeleton(token: str) -> str:
    """Letters of a token in sorted order: swapped letters ("nujaba"/"nubaja") agree."""
    return "".join(sorted(token))


@lru_cache(maxsize=1 << 15)
def fuzzy_key(text: str) -> str:
    """Order- and transposition-insensitive key: sorted token skeletons, articles dropped.

    >>> fuzzy_key("Harakat Hezbollah al-Nujaba") == fuzzy_key("Hezbollah Harakat al-Nubaja")
    True
    """
    toks = [t for t in tokens(text) if t not in _ARTICLES] or tokens(text)
    return " ".join(sorted(_skeleton(t) for t in toks))


@lru_cache(maxsize=1 << 15)
def similar(a: str, b: str) -> float:
    """Similarity of two names in [0, 1]: best of character ratio and token-set ratio."""
    fa, fb = fold(a), fold(b)
    if not fa or not fb:
        return 0.0
    if fa == fb or fuzzy_key(a) == fuzzy_key(b):
        return 1.0
    ratio = SequenceMatcher(None, fa, fb).ratio()
    ta, tb = sorted(set(fa.split()) - _ARTICLES), sorted(set(fb.split()) - _ARTICLES)
    tset = SequenceMatcher(None, " ".join(ta), " ".join(tb)).ratio() if ta and tb else 0.0
    return max(ratio, tset)


def surname(name: str) -> str:
    """The surname of a person name: initials and given names dropped, particles kept.

    "K.H. Ollongren" -> "Ollongren"; "Aukje de Vries" -> "de Vries";
    "Van der Staaij" -> "Van der Staaij"; "Hanke Bruins Slot" -> "Bruins Slot" (needs
    ``given`` to know Hanke is a given name, see :func:`split_person`).
    """
    return split_person(name)[2]


def split_person(name: str, given_names: frozenset[str] = frozenset()) -> tuple[str, str, str]:
    """(given names, initials, surname) of a person name as written."""
    parts = name.split()
    initials: list[str] = []
    while parts and re.fullmatch(r"(?:[A-Z][a-z]?\.)+", parts[0]):
        initials.append(parts.pop(0))
    given: list[str] = []
    if initials and len(parts) > 1 and re.fullmatch(r"\(.+\)", parts[0]):
        given.append(parts.pop(0).strip("()"))        # "J.W. (Jan-Willem) Hoekstra"
    # a lower-case particle inside the name starts the surname ("Aukje de Vries")
    for i, p in enumerate(parts):
        if i > 0 and p.lower() in PARTICLES and p[0].islower():
            given += parts[:i]
            parts = parts[i:]
            break
    else:
        if len(parts) >= 2 and parts[0] in given_names:
            given += parts[:1]
            parts = parts[1:]
    return " ".join(given), " ".join(initials), " ".join(parts)


def person_key(name: str, given_names: frozenset[str] = frozenset()) -> str:
    """Document-independent key of a person: the folded surname with its particles.

    Given names and initials are dropped so "Koenders", "Bert Koenders" and
    "A.G. Koenders" share one key; the resolver adds a disambiguating suffix when
    two different persons of one document share a surname.
    """
    sur = split_person(name, given_names)[2] or name
    return fold(sur)


def title_case_name(text: str) -> str:
    """"ERKENS" -> "Erkens", "VAN DER BURG" -> "Van der Burg"."""
    out = []
    for i, w in enumerate(text.split()):
        lw = w.lower()
        out.append(lw if i and lw in PARTICLES else "-".join(x.capitalize() for x in lw.split("-")))
    return " ".join(out)
