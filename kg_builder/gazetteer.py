"""Gazetteers of well-known entities, read from the language data files.

``states.tsv``, ``parties.tsv``, ``organisations.tsv``, ``places.tsv``, ``missions.tsv`` and
``public_figures.tsv`` (in ``kg_builder/data/<lang>/``, extendable through
``KG_LANG_DATA``) list entities with Dutch and English labels.  Each list is
compiled into one regular expression matched on the clean text view; every
entry also has a fuzzy key so a spelling variant found by a pattern
("Hezbollah Harakat al-Nubaja") still gets the entry's id and type.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Iterator

from .iris import fold
from .lang import load_language_data
from .names import fuzzy_key

# a name never continues into a letter; digits may follow (footnote markers in raw text)
_LEFT = r"(?<![\w\-])(?<!\w['’])"        # a quote opening a name is no letter of it
_RIGHT = r"(?![^\W\d_])"


@dataclass(frozen=True)
class Entry:
    """One gazetteer entity."""

    id: str
    kind: str                        # organisation | place | mission | state | party
    type: str | None                 # sub-kind (militia, city ...)
    labels: tuple[str, ...]          # every name form, Dutch first
    located_in: str | None = None
    demonyms: tuple[str, ...] = ()
    always_state: bool = False

    @property
    def name(self) -> str:
        return self.labels[0]


@dataclass(eq=False)                 # compared (and hashed, for the lookup cache) by identity
class Gazetteer:
    """Entries of one list, a regex finding their labels and a fuzzy index."""

    entries: list[Entry]
    regex: re.Pattern | None = None
    by_label: dict[str, Entry] = field(default_factory=dict)
    by_fuzzy: dict[str, Entry] = field(default_factory=dict)
    by_id: dict[str, Entry] = field(default_factory=dict)
    _recent: dict[str, tuple] = field(default_factory=dict, repr=False)

    def __post_init__(self) -> None:
        forms: list[str] = []
        for e in self.entries:
            self.by_id[e.id] = e
            for label in e.labels:
                self.by_label.setdefault(label, e)
                self.by_label.setdefault(fold(label), e)
                if len(label) > 3 or not label.isupper():
                    self.by_fuzzy.setdefault(fuzzy_key(label), e)
                forms.append(label)
                if label[:1].islower():
                    forms.append(label[:1].upper() + label[1:])
                    self.by_label.setdefault(label[:1].upper() + label[1:], e)
        if forms:
            self.regex = re.compile(_LEFT + alternation(forms) + _RIGHT)

    def find(self, text: str) -> tuple[tuple[int, int, Entry], ...]:
        """(start, end, entry) of every label in ``text``, longest first, no overlaps."""
        found = self._recent.get(text)
        if found is None:
            # several extractors look up the same document text: remember the last few answers
            found = tuple(self._scan(text))
            self._recent[text] = found
            if len(self._recent) > 8:
                del self._recent[next(iter(self._recent))]
        return found

    def _scan(self, text: str) -> Iterator[tuple[int, int, Entry]]:
        if self.regex is None:
            return
        for m in self.regex.finditer(text):
            e = self.lookup(m.group(0))
            if e is not None:
                yield m.start(), m.end(), e

    def lookup(self, label: str, fuzzy: bool = False) -> Entry | None:
        """The entry with this label (exact, folded, or with ``fuzzy`` a spelling variant)."""
        return self._lookup(label, fuzzy)

    @lru_cache(maxsize=1 << 15)      # the extractors ask about the same few words again and again
    def _lookup(self, label: str, fuzzy: bool) -> Entry | None:
        label = re.sub(r"\s+", " ", label).replace("’", "'").strip()
        e = self.by_label.get(label) or self.by_label.get(fold(label))
        if e is None and fuzzy and len(label) > 5:
            e = self.by_fuzzy.get(fuzzy_key(label))
        return e


def flex(label: str) -> str:
    """Regex for a label that tolerates line breaks, spacing and apostrophe variants."""
    return "".join(_flex_tokens(label))


def _flex_tokens(label: str) -> list[str]:
    out = []
    for ch in label:
        if ch == " ":
            out.append(_SPACE)
        elif ch in "'’ʼ`":
            out.append("['’ʼ`]")
        elif ch == "-":
            out.append(_HYPHEN)
        else:
            out.append(re.escape(ch))
    return out


_SPACE, _HYPHEN = r"\s+", r"-\s*"


def alternation(labels: list[str]) -> str:
    """One group matching any of the labels (see :func:`flex`), the longest first.

    Labels sharing a beginning share one branch (a trie: "Islamitische Staat" and
    "Islamitische Jihad" are tried as one prefix), so the regex engine tries a few
    branches per position instead of every label. This matches exactly what the
    flat alternation of the labels, longest first, matches: the branches of a trie node start with
    different characters, so at most one of them can go on, and a label ending at the node
    is tried after the longer ones. Where a space may follow a hyphen or space beside other
    branches (the ``\\s*`` of one branch could swallow what another needs) the flat
    alternation is used.
    """
    labels = sorted(set(labels), key=len, reverse=True)
    trie: dict[str, dict] = {}
    for label in labels:
        node = trie
        for tok in _flex_tokens(label):
            node = node.setdefault(tok, {})
        node[""] = {}                               # a label ends here

    def ambiguous(node: dict, incoming: str) -> bool:
        branches = [t for t in node if t]
        return incoming in (_SPACE, _HYPHEN) and _SPACE in branches and len(branches) > 1 or \
            any(ambiguous(child, tok) for tok, child in node.items() if tok)

    def emit(node: dict) -> str:
        alts = [tok + emit(child) for tok, child in node.items() if tok] + ([""] if "" in node else [])
        return alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"

    if ambiguous(trie, "") or any(c.isspace() and c != " " for label in labels for c in label):
        return "(?:" + "|".join(flex(f) for f in labels) + ")"
    return "(?:" + emit(trie) + ")"


def _split(cell: str | None) -> list[str]:
    return [x.strip() for x in (cell or "").split("|") if x.strip()]


@lru_cache(maxsize=8)
def gazetteer(name: str, lang: str = "nl") -> Gazetteer:
    """The gazetteer ``name`` (states, parties, organisations, places, missions, public_figures)."""
    rows = load_language_data(lang)[name]
    entries: list[Entry] = []
    for r in rows:
        labels = tuple(dict.fromkeys(_split(r.get("labels")) + _split(r.get("en"))))
        if not r.get("id") or not labels:
            continue
        if name == "states":
            entries.append(Entry(r["id"], "state", "country", labels,
                                 demonyms=tuple(_split(r.get("demonyms"))),
                                 always_state=(r.get("always_state") or "").strip() == "1"))
        elif name == "parties":
            entries.append(Entry(r["id"], "organisation", "party", labels))
        elif name == "missions":
            entries.append(Entry(r["id"], "mission", None, labels))
        elif name == "public_figures":
            entries.append(Entry(r["id"], "person", None, labels))
        else:
            kind = "place" if name == "places" else "organisation"
            entries.append(Entry(r["id"], kind, r.get("type") or None, labels,
                                 located_in=(r.get("located_in") or None)))
    return Gazetteer(entries)


@lru_cache(maxsize=4)
def demonyms(lang: str = "nl") -> dict[str, Entry]:
    """Dutch adjective ("Iraakse", "Turks") -> state entry."""
    out: dict[str, Entry] = {}
    for e in gazetteer("states", lang).entries:
        for d in e.demonyms:
            out[d] = e
    return out
