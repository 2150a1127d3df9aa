"""Read what the pages show: labels, descriptions, evidence, mentions, validation.

These are the server's own bounded queries; they run in-process on the store (fast,
small) while clients' queries go through the worker pool.
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

from rdflib import URIRef
from rdflib.term import Node

from ..iris import CURATION_GRAPH, INFERRED_GRAPH
from ..vocab import BASE
from . import i18n
from .state import state

P = """PREFIX kgb: <https://w3id.org/kamerkg/def#>
PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX dcterms: <http://purl.org/dc/terms/>
PREFIX oa: <http://www.w3.org/ns/oa#>
PREFIX sh: <http://www.w3.org/ns/shacl#>
PREFIX foaf: <http://xmlns.com/foaf/0.1/>
"""
LABEL_PROPS = ("http://www.w3.org/2004/02/skos/core#prefLabel", "http://www.w3.org/2000/01/rdf-schema#label",
               "http://purl.org/dc/terms/title", "http://xmlns.com/foaf/0.1/name",
               "http://purl.org/dc/terms/identifier")
# Links that are evidence or bookkeeping, shown in their own sections
EVIDENCE_PROPS = {
    "http://www.w3.org/1999/02/22-rdf-syntax-ns#subject", "http://www.w3.org/1999/02/22-rdf-syntax-ns#object",
    "http://www.w3.org/ns/oa#hasBody", "http://www.w3.org/ns/oa#hasSource", BASE + "def#denotes",
    BASE + "def#document", "http://www.w3.org/ns/prov#used", BASE + "def#accordingTo",
}
MAX_INCOMING = 300


def sparql_iri(iri: str) -> str:
    if any(c in iri for c in '<>"{}|^`\\ \n'):
        raise ValueError(f"not an IRI: {iri!r}")
    return f"<{iri}>"


def local_path(iri: str) -> str | None:
    """The server path of an IRI under BASE (``/id/org/x``), else None."""
    return "/" + iri[len(BASE):] if iri.startswith(BASE) else None


def href(iri) -> str:
    iri = str(iri)
    return local_path(iri) or iri


class Labels(dict):
    """Labels by IRI; looking up an rdflib term works too (``URIRef != str`` in rdflib)."""

    def get(self, key, default=None):
        return super().get(str(key), default)


def labels(iris) -> Labels:
    """Display label per IRI in the page language (the IRI's last segment if none)."""
    iris = [str(i) for i in iris if isinstance(i, str)]
    out = Labels()
    if not iris:
        return out
    found: dict[str, dict[str, list]] = defaultdict(lambda: defaultdict(list))
    for chunk in range(0, len(iris), 200):
        part = iris[chunk:chunk + 200]
        values = " ".join(sparql_iri(i) for i in part)
        rows = state().store.select(P + "SELECT ?s ?p ?l WHERE { VALUES ?s { %s } VALUES ?p { %s } "
                                    "?s ?p ?l }" % (values, " ".join(f"<{p}>" for p in LABEL_PROPS)))
        for r in rows:
            found[str(r["s"])][str(r["p"])].append(r["l"])
    for iri in iris:
        label = None
        for p in LABEL_PROPS:
            lits = found.get(iri, {}).get(p)
            if lits:
                label = str(i18n.pick(lits))
                break
        out[iri] = label or iri.rstrip("/#").rsplit("/", 1)[-1].rsplit("#", 1)[-1]
    return out


@dataclass
class Value:
    term: Node
    graphs: set = field(default_factory=set)
    evidence: list = field(default_factory=list)

    @property
    def inferred(self) -> bool:
        return self.graphs == {str(INFERRED_GRAPH)}

    @property
    def curated(self) -> bool:
        return any(g.startswith(str(CURATION_GRAPH)) for g in self.graphs)


def outgoing(iri: str) -> dict[str, dict[Node, Value]]:
    rows = state().store.select("SELECT ?p ?o ?g WHERE { GRAPH ?g { %s ?p ?o } }" % sparql_iri(iri))
    props: dict[str, dict[Node, Value]] = defaultdict(dict)
    for r in rows:
        v = props[str(r["p"])].setdefault(r["o"], Value(r["o"]))
        v.graphs.add(str(r["g"]))
    return props


def incoming(iri: str) -> dict[str, dict[Node, Value]]:
    rows = state().store.select("SELECT ?s ?p ?g WHERE { GRAPH ?g { ?s ?p %s } FILTER(isIRI(?s)) } LIMIT %d"
                                % (sparql_iri(iri), MAX_INCOMING))
    props: dict[str, dict[Node, Value]] = defaultdict(dict)
    for r in rows:
        if str(r["p"]) in EVIDENCE_PROPS or "#char=" in str(r["s"]):
            continue
        v = props[str(r["p"])].setdefault(r["s"], Value(r["s"]))
        v.graphs.add(str(r["g"]))
    return props


def fact_evidence(iri: str) -> list[dict]:
    """Evidence of facts with ``iri`` as subject or object."""
    i = sparql_iri(iri)
    q = P + """SELECT ?s ?p ?o ?doc ?start ?end ?quote WHERE {
      { ?st rdf:subject %s } UNION { ?st rdf:object %s }
      ?st a kgb:FactEvidence ; rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o ;
          kgb:document ?doc ; kgb:start ?start ; kgb:end ?end .
      OPTIONAL { ?st kgb:quote ?quote } } ORDER BY ?doc ?start LIMIT 1000""" % (i, i)
    return [_ev(r) for r in state().store.select(q)]


def _ev(r) -> dict:
    start, end = int(r["start"]), int(r["end"])
    doc = str(r["doc"])
    return {**{k: r.get(k) for k in ("s", "p", "o")}, "doc": doc, "start": start, "end": end,
            "quote": str(r.get("quote", "")),
            "link": f"{href(doc)}#char={start},{end}"}


def attach_evidence(iri: str, out_props, in_props) -> None:
    """Hang each fact's evidence on the value it supports."""
    for ev in fact_evidence(iri):
        if str(ev["s"]) == iri and str(ev["p"]) in out_props and ev["o"] in out_props[str(ev["p"])]:
            out_props[str(ev["p"])][ev["o"]].evidence.append(ev)
        elif str(ev["o"]) == iri and str(ev["p"]) in in_props and ev["s"] in in_props[str(ev["p"])]:
            in_props[str(ev["p"])][ev["s"]].evidence.append(ev)


def mentions(iri: str, limit: int = 500) -> list[dict]:
    q = P + """SELECT ?doc ?start ?end ?quote WHERE { ?m kgb:denotes %s ; kgb:document ?doc ;
      kgb:start ?start ; kgb:end ?end . OPTIONAL { ?m kgb:quote ?quote } }
      ORDER BY ?doc ?start LIMIT %d""" % (sparql_iri(iri), limit)
    seen, out = set(), []
    for r in state().store.select(q):
        ev = _ev(r)
        key = (ev["doc"], ev["start"], ev["end"])
        if key not in seen:
            seen.add(key)
            out.append(ev)
    return out


def validation(iri: str) -> dict:
    """SHACL results about ``iri`` if a validation report is in the store."""
    st = state().store
    results = st.select(P + """SELECT ?msg ?path ?sev WHERE { ?r sh:focusNode %s .
        OPTIONAL { ?r sh:resultMessage ?msg } OPTIONAL { ?r sh:resultPath ?path }
        OPTIONAL { ?r sh:resultSeverity ?sev } } LIMIT 100""" % sparql_iri(iri))
    validated = st.ask(P + "ASK { ?rep a sh:ValidationReport }")
    status = st.select(P + "SELECT ?v WHERE { %s kgb:validationStatus ?v } LIMIT 1" % sparql_iri(iri))
    return {"validated": validated or bool(status) or bool(results), "results": results,
            "status": status[0]["v"] if status else None}


def exists(iri: str) -> bool:
    i = sparql_iri(iri)
    return state().store.ask("ASK { { GRAPH ?g { %s ?p ?o } } UNION { GRAPH ?g { ?s ?p %s } } }" % (i, i))


def cbd_quads(iri: str) -> list[tuple]:
    """The resource's concise bounded description, with the graph of each triple."""
    from ..store import _to_rdflib, _to_ox
    raw = getattr(state().store, "raw", None)
    if raw is None:
        rows = state().store.select("SELECT ?p ?o ?g WHERE { GRAPH ?g { %s ?p ?o } }" % sparql_iri(iri))
        return [(URIRef(iri), r["p"], r["o"], r["g"]) for r in rows]
    import pyoxigraph as ox
    out, todo, seen = [], [_to_ox(URIRef(iri))], set()
    while todo:
        node = todo.pop()
        if node in seen:
            continue
        seen.add(node)
        for q in raw.quads_for_pattern(node, None, None, None):
            out.append(tuple(_to_rdflib(t) for t in (q.subject, q.predicate, q.object, q.graph_name)))
            if isinstance(q.object, ox.BlankNode):
                todo.append(q.object)
    return out
