"""rdflib's in-memory dataset behind the :class:`~kg_builder.store.Store` interface.

For small graphs and tests: everything lives in one ``rdflib.Dataset`` whose
default graph, for queries, is the union of all graphs (as in the other
backends).  rdflib has no transactions, so :meth:`MemoryStore.replace_graphs`
parses and checks everything first and only then changes the dataset, under a
lock: a malformed graph or update leaves the store as it was.
"""
from __future__ import annotations

import threading
from contextlib import contextmanager
from typing import Iterator

import rdflib.plugins.sparql as rdflib_sparql
from rdflib import Dataset, Graph, URIRef
from rdflib.graph import DATASET_DEFAULT_GRAPH_ID
from rdflib.plugins.sparql import prepareQuery, prepareUpdate
from rdflib.plugins.sparql.update import evalUpdate

from ..errors import QueryError, StoreError
from ..store import RDF_MEDIA_TYPES, Store, nt, ntriples

# A query's FROM <url> must never make the process fetch from the web.
rdflib_sparql.SPARQL_LOAD_GRAPHS = False

RESULT_FORMATS = {
    "application/sparql-results+json": "json", "application/json": "json",
    "application/sparql-results+xml": "xml", "application/xml": "xml",
    "text/csv": "csv", "text/tab-separated-values": "tsv",
}
RDF_FORMATS = {
    "text/turtle": "turtle", "application/n-triples": "nt", "text/plain": "nt",
    "application/n-quads": "nquads", "application/trig": "trig",
    "application/rdf+xml": "xml", "application/ld+json": "json-ld",
}
QUAD_FORMATS = {"nquads", "trig"}


def _rdf_format(media_type: str) -> str:
    try:
        return RDF_FORMATS[media_type]
    except KeyError:
        raise StoreError(f"unsupported RDF media type {media_type!r}",
                         hint=f"use one of {', '.join(RDF_FORMATS)}") from None


def _tsv(res) -> bytes:
    """SPARQL 1.1 TSV results (rdflib has no serializer for them)."""
    if res.type == "ASK":
        return b"true\n" if res.askAnswer else b"false\n"
    lines = ["\t".join(f"?{v}" for v in res.vars)]
    lines += ["\t".join(nt(row[v]) if row.get(v) is not None else "" for v in res.vars)
              for row in res.bindings]
    return ("\n".join(lines) + "\n").encode("utf-8")


class MemoryStore(Store):
    """An rdflib ``Dataset`` in memory; lost when the process ends."""

    kind = "memory"

    def __init__(self) -> None:
        self.location = "memory:"
        self._ds = Dataset(default_union=True)
        self._lock = threading.RLock()

    @property
    def dataset(self) -> Dataset:
        """The underlying ``rdflib.Dataset``."""
        return self._ds

    @contextmanager
    def _update_mode(self):
        """Updates address the real default graph, not the union (rdflib fails on INSERT DATA
        into a union default graph); queries see the union."""
        with self._lock:
            before = rdflib_sparql.SPARQL_DEFAULT_GRAPH_UNION
            rdflib_sparql.SPARQL_DEFAULT_GRAPH_UNION = False
            try:
                yield
            finally:
                rdflib_sparql.SPARQL_DEFAULT_GRAPH_UNION = before

    # ------------------------------------------------------------ writing
    def replace_graphs(self, graphs, drop=(), and_then=""):
        parsed: dict[URIRef, Graph] = {}
        for g, triples in graphs.items():
            body = triples if isinstance(triples, str) else ntriples(triples)
            tmp = Graph()
            try:
                tmp.parse(data=body, format="nt")
            except Exception as exc:
                raise StoreError(f"N-Triples for graph <{g}> cannot be parsed: {exc}") from exc
            parsed[URIRef(g)] = tmp
        prepared = self._prepare_update(and_then) if and_then.strip() else None
        with self._update_mode():
            for g in [*drop, *parsed]:
                self._ds.remove_graph(URIRef(g))
            for g, tmp in parsed.items():
                if len(tmp):
                    self._ds.graph(g).addN((s, p, o, self._ds.graph(g)) for s, p, o in tmp)
            if prepared is not None:
                evalUpdate(self._ds, prepared)

    def load_rdf(self, data, media_type, graph, base_iri=None):
        fmt = _rdf_format(media_type)
        tmp = Dataset()
        try:
            tmp.parse(data=data, format=fmt, publicID=base_iri)
        except Exception as exc:
            raise StoreError(f"RDF cannot be parsed as {media_type}: {exc}",
                             hint="check the file's syntax or its media type") from exc
        target = URIRef(graph) if graph is not None else None
        added = 0
        with self._lock:
            for s, p, o, c in tmp.quads((None, None, None, None)):
                name = c if c is not None and c != DATASET_DEFAULT_GRAPH_ID else None
                dest = name if fmt in QUAD_FORMATS and name is not None else target
                g = self._ds.graph(dest) if dest is not None else self._ds.default_graph
                if (s, p, o) not in g:
                    g.add((s, p, o))
                    added += 1
        return added

    def _prepare_update(self, sparql: str):
        try:
            return prepareUpdate(sparql)
        except Exception as exc:
            raise QueryError(f"SPARQL update is malformed: {exc}") from exc

    def update(self, sparql):
        prepared = self._prepare_update(sparql)
        with self._update_mode():
            try:
                evalUpdate(self._ds, prepared)
            except Exception as exc:
                raise StoreError(f"SPARQL update failed: {exc}", path=self.location) from exc

    # ------------------------------------------------------------ reading
    def _target(self, default_graph_uris, named_graph_uris) -> Dataset:
        """The dataset a query runs on: the union, or the graphs the protocol names."""
        if not default_graph_uris and not named_graph_uris:
            return self._ds
        view = Dataset(default_union=False)
        for u in default_graph_uris or ():
            for t in self._ds.graph(URIRef(u)):
                view.default_graph.add(t)
        for u in named_graph_uris or ():
            g = view.graph(URIRef(u))
            for t in self._ds.graph(URIRef(u)):
                g.add(t)
        return view

    def _query(self, sparql, default_graph_uris=None, named_graph_uris=None, base_iri=None):
        try:
            prepared = prepareQuery(sparql, base=base_iri)
        except Exception as exc:
            raise QueryError(f"SPARQL query is malformed: {exc}") from exc
        target = self._target(default_graph_uris, named_graph_uris)
        union = not default_graph_uris
        with self._lock:
            before = rdflib_sparql.SPARQL_DEFAULT_GRAPH_UNION
            rdflib_sparql.SPARQL_DEFAULT_GRAPH_UNION = union
            try:
                result = target.query(prepared)
                if result.type == "SELECT":
                    result.bindings  # evaluate while the lock is held
                return result
            except Exception as exc:
                raise QueryError(f"SPARQL query failed: {exc}") from exc
            finally:
                rdflib_sparql.SPARQL_DEFAULT_GRAPH_UNION = before

    def select(self, sparql, **kw):
        res = self._query(sparql, **kw)
        if res.type != "SELECT":
            raise QueryError(f"expected a SELECT query, got {res.type}")
        return [{str(k): v for k, v in row.items() if v is not None} for row in res.bindings]

    def ask(self, sparql, **kw):
        return bool(self._query(sparql, **kw).askAnswer)

    def construct(self, sparql, **kw):
        res = self._query(sparql, **kw)
        return list(res.graph) if res.graph is not None else []

    def sparql(self, query, accept, *, default_graph_uris=None, named_graph_uris=None,
               timeout=None, base_iri=None):
        res = self._query(query, default_graph_uris, named_graph_uris, base_iri)
        if res.type in ("SELECT", "ASK"):
            media = accept if accept in RESULT_FORMATS else "application/sparql-results+json"
            if RESULT_FORMATS[media] == "tsv":
                return _tsv(res), media
            return res.serialize(format=RESULT_FORMATS[media]), media
        media = accept if accept in RDF_FORMATS else "text/turtle"
        fmt = RDF_FORMATS[media]
        g = res.graph if res.graph is not None else Graph()
        if fmt in QUAD_FORMATS:
            ds = Dataset()
            for t in g:
                ds.default_graph.add(t)
            return ds.serialize(format=fmt, encoding="utf-8"), media
        return g.serialize(format=fmt, encoding="utf-8"), media

    def named_graphs(self):
        with self._lock:
            return sorted(URIRef(g.identifier) for g in self._ds.graphs()
                          if g.identifier != DATASET_DEFAULT_GRAPH_ID and len(g))

    def quads(self, graph=None) -> Iterator:
        with self._lock:
            if graph is not None:
                rows = [(s, p, o, URIRef(graph)) for s, p, o in self._ds.graph(URIRef(graph))]
            else:
                rows = [(s, p, o, None if c.identifier == DATASET_DEFAULT_GRAPH_ID else c.identifier)
                        for c in self._ds.graphs() for s, p, o in c]
        yield from rows

    def dump(self, out, fmt, graph=None):
        media = RDF_MEDIA_TYPES.get(fmt, fmt)
        f = _rdf_format(media)
        with self._lock:
            if graph is not None:
                data = self._ds.graph(URIRef(graph)).serialize(format="nt" if f in QUAD_FORMATS else f,
                                                               encoding="utf-8")
            elif f in QUAD_FORMATS:
                data = self._ds.serialize(format=f, encoding="utf-8")
            else:
                union = Graph()
                for t in self._ds.triples((None, None, None)):
                    union.add(t)
                data = union.serialize(format=f, encoding="utf-8")
        out.write(data)

    def count(self, graph=None):
        with self._lock:
            if graph is not None:
                return len(self._ds.graph(URIRef(graph)))
            return sum(len(g) for g in self._ds.graphs())
