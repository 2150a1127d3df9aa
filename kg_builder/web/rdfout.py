"""Serialise small rdflib graphs or quad lists for a negotiated media type."""
from __future__ import annotations

from rdflib import Dataset, Graph, URIRef

from .state import PREFIXES

RDFLIB_FORMATS = {"text/turtle": "turtle", "application/ld+json": "json-ld",
                  "application/n-triples": "nt", "application/rdf+xml": "xml",
                  "application/n-quads": "nquads", "application/trig": "trig"}


def new_graph() -> Graph:
    g = Graph()
    for p, ns in PREFIXES.items():
        g.bind(p, ns)
    return g


def serialize(quads, media: str) -> bytes:
    """``quads``: (s, p, o, graph-or-None) tuples, or an rdflib Graph (triples)."""
    fmt = RDFLIB_FORMATS[media]
    if isinstance(quads, Graph):
        quads = [(s, p, o, None) for s, p, o in quads]
    if fmt in ("nquads", "trig"):
        ds = Dataset()
        for p, ns in PREFIXES.items():
            ds.bind(p, ns)
        for s, p, o, g in quads:
            target = ds.graph(URIRef(g)) if g is not None else ds.default_graph
            target.add((s, p, o))
        return ds.serialize(format=fmt, encoding="utf-8")
    g = new_graph()
    for s, p, o, _ in quads:
        g.add((s, p, o))
    if fmt == "json-ld":
        return g.serialize(format=fmt, encoding="utf-8", auto_compact=True)
    return g.serialize(format=fmt, encoding="utf-8")
