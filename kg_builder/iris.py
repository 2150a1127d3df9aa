"""Stable IRIs for documents, graphs and entities.

IRIs depend only on what identifies a thing (an official id, a gazetteer id or
a normalised name), never on run order, so a rebuild mints the same IRIs and the
same militia named in two documents gets one IRI.
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from rdflib import URIRef

from .vocab import BASE

# Path segment per entity kind/type: /id/<segment>/<slug>
SEGMENTS = {
    "person": "person", "organisation": "org", "place": "place", "mission": "mission",
    "event": "event", "quantity": "quantity", "date": "time", "citation": "citation",
    "role": "role", "contribution": "contribution",
}

_APOSTROPHES = "'’‘`´ʼ"
_DROP_APOSTROPHES = str.maketrans("", "", _APOSTROPHES)
_NOT_ALNUM = re.compile(r"[^0-9A-Za-z]+")


@lru_cache(maxsize=1 << 16)          # extractors and the resolver fold the same names over and over
def fold(text: str) -> str:
    """Lower case, no diacritics, apostrophes dropped, other punctuation to spaces."""
    text = unicodedata.normalize("NFKD", text)
    if not text.isascii():           # ASCII has no combining marks
        text = "".join(c for c in text if not unicodedata.combining(c))
    text = text.translate(_DROP_APOSTROPHES)
    return _NOT_ALNUM.sub(" ", text).strip().lower()


def slug(text: str, maxlen: int = 80) -> str:
    s = fold(text).replace(" ", "-")
    return s[:maxlen].strip("-") or "x"


def base() -> str:
    return BASE


def document_iri(key: str) -> URIRef:
    return URIRef(f"{BASE}doc/{slug_id(key)}")


def graph_iri(key: str) -> URIRef:
    """Named graph holding one document's facts."""
    return URIRef(f"{BASE}graph/{slug_id(key)}")


def slug_id(key: str) -> str:
    """Official ids keep their case (``kst-27925-AL``); anything else is made URL-safe."""
    return re.sub(r"[^0-9A-Za-z._-]+", "-", key).strip("-") or "x"


def entity_iri(kind: str, key: str) -> URIRef:
    return URIRef(f"{BASE}id/{SEGMENTS.get(kind, kind)}/{slug(key)}")


def local_iri(doc_key: str, kind: str, n: str | int) -> URIRef:
    """Things that only exist inside one document (events, quantities, mentions)."""
    return URIRef(f"{BASE}doc/{slug_id(doc_key)}/{kind}/{n}")


def mention_iri(doc_key: str, start: int, end: int) -> URIRef:
    return URIRef(f"{BASE}doc/{slug_id(doc_key)}#char={start},{end}")


INFERRED_GRAPH = URIRef(f"{BASE}graph/inferred")
ONTOLOGY_GRAPH = URIRef(f"{BASE}graph/ontology")
CURATION_GRAPH = URIRef(f"{BASE}graph/curation")
METADATA_GRAPH = URIRef(f"{BASE}graph/build")
