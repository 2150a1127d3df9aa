"""Evidence and provenance: every mention and every stated fact points at its quote.

Mentions and facts become W3C Web Annotations (``oa:``) whose target is a
text-position and a text-quote selector on the document; the extraction run
and the extractors are PROV-O activities and software agents.
"""
from __future__ import annotations

import hashlib
from datetime import datetime, timezone
from typing import Iterable

from rdflib import BNode, Literal, URIRef

from . import __version__, iris
from .mentions import Mention, Relation
from .vocab import BASE, KGB, OA, PROV, RDF, RDFS, XSD

Triple = tuple


def extractor_iri(name: str) -> URIRef:
    return URIRef(f"{BASE}extractor/{iris.slug(name)}")


def run_iri(doc_key: str, sha: str | None) -> URIRef:
    return URIRef(f"{BASE}run/{iris.slug_id(doc_key)}/{(sha or 'nohash')[:16]}")


def _selectors(doc_iri: URIRef, node: URIRef, start: int, end: int, quote: str) -> list[Triple]:
    # Deterministic blank-node labels keep rebuilds byte-identical.
    h = hashlib.sha1(f"{node}".encode()).hexdigest()[:16]
    target, pos, q = BNode(f"t{h}"), BNode(f"p{h}"), BNode(f"q{h}")
    return [
        (node, OA.hasTarget, target),
        (target, RDF.type, OA.SpecificResource),
        (target, OA.hasSource, doc_iri),
        (target, OA.hasSelector, pos),
        (pos, RDF.type, OA.TextPositionSelector),
        (pos, OA.start, Literal(start)),
        (pos, OA.end, Literal(end)),
        (target, OA.hasSelector, q),
        (q, RDF.type, OA.TextQuoteSelector),
        (q, OA.exact, Literal(quote)),
        (node, KGB.document, doc_iri),
        (node, KGB.start, Literal(start)),
        (node, KGB.end, Literal(end)),
        (node, KGB.quote, Literal(quote)),
    ]


class Provenance:
    """Writes evidence triples for one document's extraction run."""

    def __init__(self, doc_key: str, doc_iri: URIRef, sha: str | None, extractors: Iterable,
                 when: datetime | None = None):
        self.doc_key, self.doc_iri = doc_key, doc_iri
        self.run = run_iri(doc_key, sha)
        self.when = when or datetime.now(timezone.utc).replace(microsecond=0)
        self.extractors = list(extractors)
        self._facts = 0

    def run_triples(self) -> list[Triple]:
        t = [(self.run, RDF.type, KGB.ExtractionRun),
             (self.run, RDF.type, PROV.Activity),
             (self.run, PROV.used, self.doc_iri),
             (self.run, PROV.startedAtTime, Literal(self.when.isoformat(), datatype=XSD.dateTime)),
             (self.run, RDFS.label, Literal(f"extraction of {self.doc_key} by kg-builder {__version__}")),
             (self.doc_iri, PROV.wasGeneratedBy, self.run)]
        for spec in self.extractors:
            e = extractor_iri(spec.name)
            t += [(e, RDF.type, KGB.Extractor), (e, RDF.type, PROV.SoftwareAgent),
                  (e, RDFS.label, Literal(spec.name)),
                  (e, KGB.extractorVersion, Literal(f"{spec.name}/{spec.version} (kg-builder {__version__})")),
                  (self.run, PROV.wasAssociatedWith, e)]
        return t

    def mention(self, m: Mention, entity: URIRef) -> list[Triple]:
        node = iris.mention_iri(self.doc_key, m.start, m.end)
        t = [(node, RDF.type, KGB.Mention), (node, RDF.type, OA.Annotation),
             (node, OA.hasBody, entity), (node, KGB.denotes, entity),
             (node, PROV.wasGeneratedBy, self.run),
             (node, KGB.extractor, extractor_iri(m.extractor or "unknown"))]
        return t + _selectors(self.doc_iri, node, m.start, m.end, m.text)

    def fact(self, s: URIRef, p: URIRef, o, r: Relation | Mention) -> list[Triple]:
        """Reify ``(s, p, o)`` with the evidence span ``r``."""
        self._facts += 1
        node = iris.local_iri(self.doc_key, "fact", self._facts)
        t = [(node, RDF.type, KGB.FactEvidence), (node, RDF.type, RDF.Statement),
             (node, RDF.type, OA.Annotation),
             (node, RDF.subject, s), (node, RDF.predicate, p), (node, RDF.object, o),
             (node, PROV.wasGeneratedBy, self.run),
             (node, KGB.extractor, extractor_iri(r.extractor or "unknown"))]
        return t + _selectors(self.doc_iri, node, r.start, r.end, r.text)
