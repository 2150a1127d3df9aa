"""IRIs of the SKOS concepts declared in ``ontology/`` (concept schemes)."""
from __future__ import annotations

from rdflib import URIRef

from . import iris
from .vocab import ONTOLOGY_IRI

SCHEMES = ("document-type", "event-type", "actor-type", "place-type", "role", "threat-level")


def concept(scheme: str, key: str) -> URIRef:
    """The concept ``key`` of ``scheme`` (e.g. ``concept("event-type", "attack")``)."""
    if scheme not in SCHEMES:
        from .errors import VocabularyError
        raise VocabularyError(f"unknown concept scheme {scheme!r}", hint=f"use one of {', '.join(SCHEMES)}")
    return URIRef(f"{ONTOLOGY_IRI}/{scheme}/{iris.slug(key.replace('_', '-'))}")
