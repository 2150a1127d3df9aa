"""A cheap check that a document is Dutch: the share of Dutch function words.

The extractors are built for Dutch; an English or German document would give
a graph of noise.  Function words ("de", "het", "van" / "the", "and", "of")
make up a third of running text, so counting them over the first few thousand
words tells the language apart without a model.  Word lists and thresholds live
in ``kg_builder/data/nl/language_check.json``.  ``KG_LANGUAGE_CHECK=off`` turns
the check off.
"""
from __future__ import annotations

import os
import re
from dataclasses import dataclass
from functools import lru_cache

from ..errors import InputError

_WORD = re.compile(r"[^\W\d_]+")
SAMPLE_WORDS = 5000


@dataclass(frozen=True)
class LanguageGuess:
    words: int
    dutch: float                 # share of Dutch function words
    other: str | None            # the other language that scores best
    other_share: float


@lru_cache(maxsize=1)
def _profile() -> tuple[frozenset, dict[str, frozenset], dict]:
    from ..lang import load_language_data
    data = load_language_data("nl")["language_check"]
    dutch = frozenset(data["nl"])
    others = {name: frozenset(words) - dutch for name, words in data["others"].items()}
    return dutch, others, data


def guess_language(text: str) -> LanguageGuess:
    """Shares of Dutch and of the best other language's function words in ``text``."""
    dutch, others, _ = _profile()
    words = [w.lower() for w, _ in zip((m.group() for m in _WORD.finditer(text)), range(SAMPLE_WORDS))]
    n = len(words) or 1
    share = sum(w in dutch for w in words) / n
    best, best_share = None, 0.0
    for name, vocab in others.items():
        s = sum(w in vocab for w in words) / n
        if s > best_share:
            best, best_share = name, s
    return LanguageGuess(len(words), share, best, best_share)


def check_dutch(text: str, path: str | None = None) -> None:
    """Raise :class:`InputError` when ``text`` is clearly in another language than Dutch."""
    if os.environ.get("KG_LANGUAGE_CHECK", "on").lower() in ("off", "0", "no", "false"):
        return
    _, _, cfg = _profile()
    g = guess_language(text)
    if g.words < cfg["min_words"] or g.other is None:
        return
    if g.other_share >= cfg["min_other_ratio"] and g.other_share > cfg["dominance"] * g.dutch:
        raise InputError(
            f"document is not in Dutch: it looks {g.other} ({g.other_share:.0%} {g.other} function "
            f"words against {g.dutch:.0%} Dutch ones in its first {g.words} words)", path=path,
            hint="the extractors are built for Dutch; leave the file out of the batch, or set "
                 "KG_LANGUAGE_CHECK=off to process it anyway")
