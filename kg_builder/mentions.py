"""Plain data that extractors return: mentions and relations with offsets.

Extractors never build RDF (the "find, then write" split): they return these
records, the resolver groups them into entities and `emit` turns the result
into triples.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

# The kinds of mention an extractor may return.  The gold schema uses the same
# names (plural) for its lists.
KINDS = ("person", "organisation", "place", "mission", "date", "citation",
         "event", "quantity", "role")


@dataclass(frozen=True, slots=True)
class Mention:
    """A span of the document text that names something.

    ``start``/``end`` are character offsets into ``Document.text`` and
    ``text == document.text[start:end]`` always holds.  ``label`` is the
    normalised surface form (line breaks and hyphenation repaired), ``type`` the
    sub-kind (``militia``, ``city`` ...), ``attrs`` kind-specific values
    (``value`` for dates and quantities, ``target`` for citations ...).
    """

    kind: str
    start: int
    end: int
    text: str
    label: str
    type: str | None = None
    attrs: dict[str, Any] = field(default_factory=dict, hash=False, compare=False)
    extractor: str = ""

    @property
    def span(self) -> tuple[int, int]:
        return (self.start, self.end)

    def key(self) -> tuple[str, int, int]:
        return (self.kind, self.start, self.end)


@dataclass(frozen=True, slots=True)
class Relation:
    """A relation the text states between two mentions (or a mention and a value).

    ``predicate`` is a name from ``RELATIONS``; ``subject``/``object`` are the
    mentions involved (``object`` may be None when ``value`` carries a literal);
    ``start``/``end`` delimit the evidence (usually the sentence).
    """

    predicate: str
    subject: Mention
    object: Mention | None
    start: int
    end: int
    text: str
    value: Any = None
    extractor: str = ""


# Relation names an extractor may state; emit maps each to an ontology property.
RELATIONS = (
    "linked_to",        # militia/armed group -> state it is linked to
    "backed_by",        # militia -> state that arms/funds it
    "includes",         # umbrella group -> member group
    "led_by",           # mission -> organisation or state leading it
    "operates_in",      # mission -> place
    "located_in",       # place -> place (country, region)
    "member_of",        # person -> party / committee
    "has_role",         # person -> role mention
    "abbreviation_of",  # short form -> long form (same entity)
    "contributes_to",   # state -> mission (value: quantity/period)
)
