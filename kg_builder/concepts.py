"""IRIs of the SKOS concepts in ``ontology/schemes.ttl``, checked, by scheme and key.

``concept("event-type", "attack")`` returns
``https://w3id.org/kamerkg/def/event-type/attack`` and raises ``VocabularyError``
for an unknown scheme or key, so emitters cannot mint concept IRIs with typos.
Keys are the concepts' IRI slug, ``skos:notation`` or exact label; ``_`` and ``-``
are interchangeable (``threat_level_change`` = ``threat-level-change``).  For free
text from documents (a role as written) use ``match()``, which falls back to the
scheme's ``other`` concept.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from rdflib import RDF, RDFS, SKOS, Graph, URIRef

from .errors import VocabularyError
from .iris import fold
from .ontology import load_ontology
from .vocab import ONTOLOGY_IRI

SCHEME_BASE = ONTOLOGY_IRI + "/"


@dataclass(frozen=True)
class Scheme:
    iri: URIRef
    name: str
    concepts: dict[str, URIRef]      # key (slug and notation) -> IRI
    labels: dict[str, URIRef]        # folded prefLabel/altLabel/notation -> IRI
    classes: dict[URIRef, URIRef]    # concept -> class it corresponds to (rdfs:seeAlso)


def _key(key: str) -> str:
    return key.strip().lower().replace("_", "-").replace(" ", "-")


@lru_cache(maxsize=1)
def _schemes() -> dict[str, Scheme]:
    graph: Graph = load_ontology()
    schemes: dict[str, Scheme] = {}
    for iri in graph.subjects(RDF.type, SKOS.ConceptScheme):
        if str(iri).startswith(SCHEME_BASE):
            name = str(iri)[len(SCHEME_BASE):]
            schemes[name] = Scheme(URIRef(iri), name, {}, {}, {})
    for concept, scheme_iri in graph.subject_objects(SKOS.inScheme):
        scheme = schemes.get(str(scheme_iri)[len(SCHEME_BASE):])
        if scheme is None:
            continue
        slug = str(concept).rsplit("/", 1)[-1]
        scheme.concepts[_key(slug)] = concept
        for notation in graph.objects(concept, SKOS.notation):
            scheme.concepts.setdefault(_key(str(notation)), concept)
            scheme.labels.setdefault(fold(str(notation)), concept)
        for prop in (SKOS.prefLabel, SKOS.altLabel):
            for label in graph.objects(concept, prop):
                scheme.labels.setdefault(fold(str(label)), concept)
        for cls in graph.objects(concept, RDFS.seeAlso):
            scheme.classes[concept] = cls
    return schemes


def schemes() -> list[str]:
    """Names of the concept schemes (``doctype``, ``event-type`` ...)."""
    return sorted(_schemes())


def _scheme(name: str) -> Scheme:
    try:
        return _schemes()[name]
    except KeyError:
        raise VocabularyError(f"unknown concept scheme {name!r}", where="kg_builder.concepts",
                              hint=f"use one of {', '.join(schemes())}") from None


def concepts(scheme: str) -> dict[str, URIRef]:
    """Key (slug) -> concept IRI for one scheme."""
    return {str(iri).rsplit("/", 1)[-1]: iri for iri in set(_scheme(scheme).concepts.values())}


def concept(scheme: str, key: str) -> URIRef:
    """The IRI of the concept ``key`` in ``scheme``; raises ``VocabularyError`` if unknown."""
    found = _scheme(scheme).concepts.get(_key(key)) or _scheme(scheme).labels.get(fold(key))
    if found is None:
        raise VocabularyError(f"no concept {key!r} in scheme {scheme!r}", where="kg_builder.concepts",
                              hint=f"use one of {', '.join(sorted(concepts(scheme)))} "
                                   "or add the concept to ontology/schemes.ttl")
    return found


def concept_for_label(scheme: str, label: str) -> URIRef | None:
    """The concept whose preferred or alternative label (or notation) is ``label``, if any.

    Matching ignores case, diacritics and punctuation (``"Verslag van een algemeen
    overleg"`` finds ``document-type/verslag-algemeen-overleg``); failing an exact
    match, the longest label that ``label`` starts with (whole words) wins, so
    ``"Minister van Defensie"`` finds ``role/minister``.
    """
    labels = _scheme(scheme).labels
    text = fold(label)
    if text in labels:
        return labels[text]
    words = text.split()
    for n in range(len(words) - 1, 0, -1):
        found = labels.get(" ".join(words[:n]))
        if found is not None:
            return found
    return None


def match(scheme: str, text: str | None, default: str = "other") -> URIRef:
    """The concept a key or free text names, else the ``default`` concept of the scheme.

    For values that come from documents (a document type, a role as written), where
    ``concept()`` would rightly fail on anything unforeseen.
    """
    if text:
        found = _scheme(scheme).concepts.get(_key(text)) or concept_for_label(scheme, text)
        if found is not None:
            return found
    return concept(scheme, default)


def class_for(scheme: str, key: str) -> URIRef | None:
    """The ontology class matching a type concept (``actor-type/militia`` -> ``kgb:Militia``)."""
    return _scheme(scheme).classes.get(concept(scheme, key))


__all__ = ["concept", "concepts", "concept_for_label", "match", "class_for", "schemes", "SCHEME_BASE"]
