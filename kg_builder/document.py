"""The document as the builder sees it: text, metadata and parts."""
from __future__ import annotations

from dataclasses import dataclass, field, asdict
from typing import Any


@dataclass(slots=True)
class Part:
    """A part of a composite document, e.g. one letter inside a verslag."""

    kind: str                  # "letter", "report", "footnotes" ...
    start: int
    end: int
    title: str | None = None
    date: str | None = None    # ISO date
    place: str | None = None   # "Den Haag"
    sender: str | None = None  # as written ("De minister van Defensie ...")
    addressee: str | None = None
    signatories: list[dict[str, Any]] = field(default_factory=list)  # {name, role, start, end}


@dataclass(slots=True)
class DocumentMeta:
    """Metadata read from the text (gold schema's ``document`` object) plus hints."""

    id: str | None = None
    dossiers: list[str] = field(default_factory=list)
    number: str | None = None
    chamber: str | None = None
    session_year: str | None = None
    date: str | None = None
    type: str | None = None
    title: str | None = None
    source_url: str | None = None
    genre: str | None = None

    def as_gold(self) -> dict[str, Any]:
        d = asdict(self)
        d.pop("source_url"); d.pop("genre")
        return d


@dataclass(slots=True)
class Document:
    """A source document: its exact text, where it came from and what it says of itself.

    ``text`` is the decoded text as read; every offset in the builder points into it.
    ``key`` is a stable local name (the official id where known, else the file stem).
    """

    key: str
    text: str
    path: str | None = None
    media_type: str = "text/plain"
    meta: DocumentMeta = field(default_factory=DocumentMeta)
    parts: list[Part] = field(default_factory=list)
    sha256: str | None = None
    hints: dict[str, Any] = field(default_factory=dict)   # from a manifest (index.csv)
    warnings: list[str] = field(default_factory=list)     # reading problems that did not stop it
