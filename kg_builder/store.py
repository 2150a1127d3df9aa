"""Triple stores behind one small interface.

``open_store(spec)`` returns a :class:`Store`: a folder path opens the embedded
Oxigraph store (the default), ``memory:`` an rdflib in-memory dataset, an
``http(s)://`` URL a remote SPARQL 1.1 store.  Builders and the server only use
the methods of :class:`Store`, so every backend passes the same tests.

Writes are per named graph and atomic where the engine allows: one document's
graph and its bookkeeping are replaced in one transaction, so a build killed at
any moment leaves either the old or the new version of a document, never half.
"""
from __future__ import annotations

import threading
from abc import ABC, abstractmethod
from pathlib import Path
from typing import Any, Iterable, Iterator

from rdflib import BNode, Literal, URIRef
from rdflib.term import Node

from .errors import QueryError, StoreError
from .ntlines import lines as ntriples, term as nt  # noqa: F401  (re-exported for the stores)
from .vocab import PREFIXES

Triple = tuple[Node, Node, Node]
Quad = tuple[Node, Node, Node, Node]

RDF_MEDIA_TYPES = {
    "turtle": "text/turtle", "ntriples": "application/n-triples", "nquads": "application/n-quads",
    "trig": "application/trig", "jsonld": "application/ld+json", "xml": "application/rdf+xml",
}


def replace_graphs_update(graphs: dict, drop: Iterable = (), and_then: str = "") -> str:
    """One SPARQL update that replaces ``graphs``, drops ``drop`` and runs ``and_then``."""
    parts = [f"DROP SILENT GRAPH <{g}>" for g in drop]
    for g, triples in graphs.items():
        parts.append(f"DROP SILENT GRAPH <{g}>")
        body = triples if isinstance(triples, str) else ntriples(triples)
        if body:
            parts.append(f"INSERT DATA {{ GRAPH <{g}> {{\n{body}}} }}")
    if and_then:
        parts.append(and_then)
    return " ;\n".join(parts)


def has_dataset_clause(sparql: str) -> bool:
    """Whether a query names its own dataset (FROM / FROM NAMED), which then replaces the union."""
    from .web.sparqltext import keywords
    return "FROM" in keywords(sparql)


class Store(ABC):
    """What every backend offers."""

    kind: str = "abstract"
    location: str = ""

    # -- writing
    @abstractmethod
    def replace_graphs(self, graphs: dict[URIRef, Iterable[Triple] | str],
                       drop: Iterable[URIRef] = (), and_then: str = "") -> None:
        """Replace each named graph's content (triples or N-Triples text), drop others and
        run the SPARQL update ``and_then``, all in one transaction where the engine allows."""

    @abstractmethod
    def load_rdf(self, data: bytes, media_type: str, graph: URIRef | None,
                 base_iri: str | None = None) -> int:
        """Parse RDF into ``graph`` (or, for quad formats with graph None, their own graphs)."""

    @abstractmethod
    def update(self, sparql: str) -> None: ...

    # -- reading
    @abstractmethod
    def select(self, sparql: str, **kw) -> list[dict[str, Node]]: ...

    @abstractmethod
    def ask(self, sparql: str, **kw) -> bool: ...

    @abstractmethod
    def construct(self, sparql: str, **kw) -> list[Triple]: ...

    @abstractmethod
    def sparql(self, query: str, accept: str, *, default_graph_uris: list[str] | None = None,
               named_graph_uris: list[str] | None = None, timeout: float | None = None,
               base_iri: str | None = None) -> tuple[bytes, str]:
        """Run a query for the HTTP endpoint: serialised result and its media type."""

    @abstractmethod
    def named_graphs(self) -> list[URIRef]: ...

    @abstractmethod
    def quads(self, graph: URIRef | None = None) -> Iterator[Quad]: ...

    @abstractmethod
    def dump(self, out, fmt: str, graph: URIRef | None = None) -> None:
        """Serialise the store (or one graph) to a binary file object."""

    def count(self, graph: URIRef | None = None) -> int:
        g = f"GRAPH <{graph}> {{ ?s ?p ?o }}" if graph else "GRAPH ?g { ?s ?p ?o }"
        rows = self.select(f"SELECT (COUNT(*) AS ?n) WHERE {{ {g} }}")
        return int(rows[0]["n"]) if rows else 0

    def flush(self) -> None:
        pass

    def close(self) -> None:
        pass

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()


# ---------------------------------------------------------------- Oxigraph
def _to_rdflib(term) -> Node | None:
    import pyoxigraph as ox
    if term is None:
        return None
    if isinstance(term, ox.NamedNode):
        return URIRef(term.value)
    if isinstance(term, ox.BlankNode):
        return BNode(term.value)
    if isinstance(term, ox.Literal):
        if term.language:
            return Literal(term.value, lang=term.language)
        dt = term.datatype.value
        if dt == "http://www.w3.org/2001/XMLSchema#string":
            return Literal(term.value)
        return Literal(term.value, datatype=URIRef(dt))
    if isinstance(term, ox.DefaultGraph):
        return None
    raise StoreError(f"unsupported term {term!r}")


def _to_ox(term: Node):
    import pyoxigraph as ox
    if isinstance(term, URIRef):
        return ox.NamedNode(str(term))
    if isinstance(term, BNode):
        return ox.BlankNode(str(term))
    if isinstance(term, Literal):
        if term.language:
            return ox.Literal(str(term), language=term.language)
        if term.datatype:
            return ox.Literal(str(term), datatype=ox.NamedNode(str(term.datatype)))
        return ox.Literal(str(term))
    raise StoreError(f"unsupported term {term!r}")


OX_RESULT_FORMATS = {
    "application/sparql-results+json": "JSON", "application/json": "JSON",
    "application/sparql-results+xml": "XML", "application/xml": "XML",
    "text/csv": "CSV", "text/tab-separated-values": "TSV",
}
OX_RDF_FORMATS = {
    "text/turtle": "TURTLE", "application/n-triples": "N_TRIPLES", "text/plain": "N_TRIPLES",
    "application/n-quads": "N_QUADS", "application/trig": "TRIG",
    "application/rdf+xml": "RDF_XML", "application/ld+json": "JSON_LD",
}


class OxigraphStore(Store):
    """Embedded, persistent Oxigraph store in a folder (``path=None``: in memory)."""

    kind = "oxigraph"

    def __init__(self, path: str | Path | None = None, read_only: bool = False):
        import pyoxigraph as ox
        self.location = str(path) if path else "memory:oxigraph"
        self.persistent = path is not None
        try:
            if path is None:
                self._s = ox.Store()
            elif read_only:
                self._s = ox.Store.read_only(str(path))
            else:
                Path(path).mkdir(parents=True, exist_ok=True)
                self._s = ox.Store(str(path))
        except OSError as exc:
            raise StoreError(f"cannot open the Oxigraph store: {exc}", path=str(path),
                             hint="check the folder is writable and no other `kg` process holds it "
                                  "(stop `kg serve` before `kg build`, or build into another folder)") from exc
        self._lock = threading.Lock()
        self.read_only = bool(path) and read_only

    def reopen(self) -> None:
        """Open a read-only store folder again, to see what another process wrote since."""
        if self.read_only:
            import pyoxigraph as ox
            self._s = ox.Store.read_only(self.location)

    @property
    def raw(self):
        """The underlying ``pyoxigraph.Store``."""
        return self._s

    def replace_graphs(self, graphs, drop=(), and_then=""):
        update = replace_graphs_update(graphs, drop, and_then)
        if update:
            self.update(update)

    def load_rdf(self, data, media_type, graph, base_iri=None):
        import pyoxigraph as ox
        fmt = getattr(ox.RdfFormat, OX_RDF_FORMATS.get(media_type, ""), None)
        if fmt is None:
            raise StoreError(f"unsupported RDF media type {media_type!r}",
                             hint=f"use one of {', '.join(OX_RDF_FORMATS)}")
        before = len(self._s)
        target = ox.NamedNode(str(graph)) if graph is not None else None
        if target is not None and fmt in (ox.RdfFormat.N_QUADS, ox.RdfFormat.TRIG):
            target = None  # quad formats keep their own graphs; default-graph quads go to graph below
            ds = ox.Dataset(ox.parse(data, format=fmt, base_iri=base_iri))
            quads = [ox.Quad(q.subject, q.predicate, q.object,
                             ox.NamedNode(str(graph)) if isinstance(q.graph_name, ox.DefaultGraph) else q.graph_name)
                     for q in ds]
            self._s.extend(quads)
        else:
            self._s.load(data, format=fmt, base_iri=base_iri, to_graph=target)
        return len(self._s) - before

    def update(self, sparql):
        try:
            self._s.update(sparql)
        except SyntaxError as exc:
            raise QueryError(f"SPARQL update is malformed: {exc}") from exc
        except OSError as exc:
            raise StoreError(f"store write failed: {exc}", path=self.location) from exc

    def _query(self, sparql, default_graph_uris=None, named_graph_uris=None, base_iri=None):
        import pyoxigraph as ox
        kw: dict[str, Any] = {}
        if default_graph_uris:
            kw["default_graph"] = [ox.NamedNode(u) for u in default_graph_uris]
        elif not has_dataset_clause(sparql):
            kw["use_default_graph_as_union"] = True
        if named_graph_uris:
            kw["named_graphs"] = [ox.NamedNode(u) for u in named_graph_uris]
        try:
            return self._s.query(sparql, base_iri=base_iri, **kw)
        except SyntaxError as exc:
            raise QueryError(f"SPARQL query is malformed: {exc}") from exc

    def select(self, sparql, **kw):
        res = self._query(sparql, **kw)
        names = [v.value for v in res.variables]
        return [{n: _to_rdflib(sol[n]) for n in names if sol[n] is not None} for sol in res]

    def ask(self, sparql, **kw):
        return bool(self._query(sparql, **kw))

    def construct(self, sparql, **kw):
        return [(_to_rdflib(t.subject), _to_rdflib(t.predicate), _to_rdflib(t.object))
                for t in self._query(sparql, **kw)]

    def sparql(self, query, accept, *, default_graph_uris=None, named_graph_uris=None,
               timeout=None, base_iri=None):
        import pyoxigraph as ox
        res = self._query(query, default_graph_uris, named_graph_uris, base_iri)
        if isinstance(res, (ox.QuerySolutions, ox.QueryBoolean)):
            fmt = OX_RESULT_FORMATS.get(accept, "JSON")
            return res.serialize(format=getattr(ox.QueryResultsFormat, fmt)), \
                accept if accept in OX_RESULT_FORMATS else "application/sparql-results+json"
        fmt = OX_RDF_FORMATS.get(accept, "TURTLE")
        if fmt in ("N_QUADS", "TRIG"):
            # a graph result as a dataset format: everything in the default graph
            quads = [ox.Quad(t.subject, t.predicate, t.object, ox.DefaultGraph()) for t in res]
            return ox.serialize(quads, format=getattr(ox.RdfFormat, fmt)), accept
        return res.serialize(format=getattr(ox.RdfFormat, fmt)), \
            accept if accept in OX_RDF_FORMATS else "text/turtle"

    def named_graphs(self):
        return sorted(URIRef(g.value) for g in self._s.named_graphs())

    def quads(self, graph=None):
        import pyoxigraph as ox
        g = ox.NamedNode(str(graph)) if graph is not None else None
        for q in self._s.quads_for_pattern(None, None, None, g):
            yield (_to_rdflib(q.subject), _to_rdflib(q.predicate), _to_rdflib(q.object),
                   _to_rdflib(q.graph_name))

    def dump(self, out, fmt, graph=None):
        import pyoxigraph as ox
        media = RDF_MEDIA_TYPES.get(fmt, fmt)
        f = getattr(ox.RdfFormat, OX_RDF_FORMATS[media])
        pre = PREFIXES if f in (ox.RdfFormat.TURTLE, ox.RdfFormat.TRIG) else None
        if graph is not None:
            self._s.dump(out, format=f, from_graph=ox.NamedNode(str(graph)), prefixes=pre)
        elif f in (ox.RdfFormat.N_QUADS, ox.RdfFormat.TRIG):
            self._s.dump(out, format=f, prefixes=pre)
        else:
            # triple formats: the union of all graphs
            triples = {ox.Triple(q.subject, q.predicate, q.object) for q in self._s}
            ox.serialize(triples, out, format=f, prefixes=pre)

    def count(self, graph=None):
        if graph is None:
            return len(self._s)
        return super().count(graph)

    def flush(self):
        self._s.flush()

    def close(self):
        try:
            self._s.flush()
        except Exception:
            pass


def open_store(spec: str | Path | None, *, read_only: bool = False) -> Store:
    """Open a store from a folder path, ``memory:`` or an ``http(s)://`` endpoint URL."""
    s = str(spec) if spec is not None else "memory:"
    if s.startswith(("http://", "https://")):
        from .stores.remote import RemoteStore
        return RemoteStore(s)
    if s in ("memory:", "memory:rdflib"):
        from .stores.memory import MemoryStore
        return MemoryStore()
    if s == "memory:oxigraph":
        return OxigraphStore(None)
    return OxigraphStore(s, read_only=read_only)
