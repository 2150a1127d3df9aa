"""OWL-RL entailments at scale: the ontology's closure once, its rules over the instances.

``owlrl`` computes the full OWL-RL closure by re-running every rule over the whole
graph until nothing changes (489 s for 100k triples).  The ontology of this project
uses only the OWL-RL features whose instance-level effect is fixed by the ontology
alone: subclass and subproperty hierarchies, equivalences, domains, ranges,
inverse, symmetric and transitive properties, disjointness.  So:

1. :func:`compile_rules` runs ``owlrl`` once on the ontology (TBox, a few thousand
   triples) and reads the closed hierarchies off the result;
2. :func:`entailments` streams the instance triples once per relevant predicate and
   applies those rules (per-triple rules are table look-ups; transitive properties
   and ``owl:sameAs`` are closed in memory);
3. :func:`materialize` writes what is new into the named graph ``graph/inferred``
   (``kg_builder.iris.INFERRED_GRAPH``), so inferred triples never mix with asserted
   ones: ``GRAPH <…/graph/inferred>`` selects them, ``FILTER(?g != …)`` excludes them.

What is left out on purpose (``tests/test_reason.py`` checks the rest equals owlrl's
closure): owlrl's trivial triples (``x owl:sameAs x`` for every node, axiomatic and
datatype triples), triples about literals (``"…" rdf:type xsd:string``) and whatever
the ontology entails on its own (its closure stays with the ontology).
:func:`inconsistencies` reports nodes that belong to disjoint classes, the only
OWL-RL inconsistency the ontology can give rise to.
"""
from __future__ import annotations

import hashlib
from collections import defaultdict
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Callable, Hashable, Iterable, Iterator

from rdflib import BNode, Graph, Literal, URIRef
from rdflib.namespace import OWL, RDF, RDFS

from .errors import ConfigError
from .iris import INFERRED_GRAPH, ONTOLOGY_GRAPH
from .ontology import load_ontology

Term = Hashable
_NON_INSTANCE = frozenset({ONTOLOGY_GRAPH, INFERRED_GRAPH})


@dataclass(frozen=True)
class Rules:
    """The instance-level consequences of the ontology, as look-up tables (IRIs as str)."""

    supers: dict[str, frozenset[str]]                   # class -> strict superclasses (closed)
    derived: dict[str, tuple[tuple[str, bool], ...]]    # p -> (q, swapped): s p o entails s q o / o q s
    subject_types: dict[str, frozenset[str]]            # p -> classes of s in s p o (closed)
    object_types: dict[str, frozenset[str]]             # p -> classes of o in s p o (closed)
    transitive: frozenset[str]
    disjoint: tuple[tuple[str, str], ...]
    tbox: frozenset[tuple] = field(repr=False)          # the ontology's own closure (rdflib terms)

    @property
    def predicates(self) -> set[str]:
        """Predicates whose triples entail something."""
        return set(self.derived) | set(self.subject_types) | set(self.object_types) | set(self.transitive)


def compile_rules(ontology: Graph | None = None) -> Rules:
    """Close the ontology with owlrl once and read the rule tables off the closure."""
    graph = ontology if ontology is not None else load_ontology()
    return _compile(_fingerprint(graph), graph)


def _fingerprint(graph: Graph) -> str:
    return hashlib.sha256("\n".join(sorted(f"{s.n3()} {p.n3()} {o.n3()}" for s, p, o in graph
                                           if not isinstance(s, BNode) and not isinstance(o, BNode))).encode()
                          ).hexdigest() + f"/{len(graph)}"


@lru_cache(maxsize=4)
def _compile(_key: str, ontology: Graph) -> Rules:
    import owlrl

    closed = Graph()
    for t in ontology:
        closed.add(t)
    owlrl.DeductiveClosure(owlrl.OWLRL_Semantics).expand(closed)

    def iri_pairs(p) -> Iterator[tuple[str, str]]:
        for s, o in closed.subject_objects(p):
            if isinstance(s, URIRef) and isinstance(o, URIRef):
                yield str(s), str(o)

    supers: dict[str, set[str]] = defaultdict(set)
    for c, d in iri_pairs(RDFS.subClassOf):
        if c != d:
            supers[c].add(d)
    superprops: dict[str, set[str]] = defaultdict(set)
    for p, q in iri_pairs(RDFS.subPropertyOf):
        if p != q:
            superprops[p].add(q)
    inverse: dict[str, set[str]] = defaultdict(set)
    for p, q in iri_pairs(OWL.inverseOf):
        inverse[p].add(q)
        inverse[q].add(p)
    symmetric = {str(p) for p in closed.subjects(RDF.type, OWL.SymmetricProperty)}
    transitive = frozenset(str(p) for p in closed.subjects(RDF.type, OWL.TransitiveProperty)
                           if isinstance(p, URIRef))
    domains: dict[str, set[str]] = defaultdict(set)
    for p, c in iri_pairs(RDFS.domain):
        domains[p].add(c)
    ranges: dict[str, set[str]] = defaultdict(set)
    for p, c in iri_pairs(RDFS.range):
        ranges[p].add(c)

    def closed_types(classes: Iterable[str]) -> frozenset[str]:
        out = set(classes)
        for c in list(out):
            out |= supers.get(c, set())
        return frozenset(out)

    properties = set(superprops) | set(inverse) | symmetric | set(domains) | set(ranges) | set(transitive)
    derived, subject_types, object_types = {}, {}, {}
    for p in properties:
        reach = _property_closure(p, superprops, inverse, symmetric)
        others = tuple(sorted(r for r in reach if r != (p, False)))
        if others:
            derived[p] = others
        st = closed_types(c for q, swapped in reach for c in (ranges if swapped else domains).get(q, ()))
        ot = closed_types(c for q, swapped in reach for c in (domains if swapped else ranges).get(q, ()))
        if st:
            subject_types[p] = st
        if ot:
            object_types[p] = ot
    disjoint = set()
    for a, b in iri_pairs(OWL.disjointWith):
        disjoint.add(tuple(sorted((a, b))))
    for node in closed.subjects(RDF.type, OWL.AllDisjointClasses):
        members = [str(m) for m in Graph.collection(closed, closed.value(node, OWL.members))]
        disjoint |= {tuple(sorted((a, b))) for i, a in enumerate(members) for b in members[i + 1:]}
    unsupported = _unsupported(closed)
    if unsupported:
        raise ConfigError("the ontology uses OWL-RL features kg_builder.reason does not apply: "
                          + ", ".join(sorted(unsupported)), where="kg_builder.reason",
                          hint="use owlrl.DeductiveClosure on the graph instead, or extend reason.py")
    return Rules({c: frozenset(s) for c, s in supers.items()}, derived, subject_types, object_types,
                 transitive, tuple(sorted(disjoint)), frozenset(closed))


def _property_closure(p: str, superprops, inverse, symmetric) -> set[tuple[str, bool]]:
    """Every (q, swapped) such that ``s p o`` entails ``s q o`` (or ``o q s`` if swapped)."""
    seen = {(p, False)}
    todo = [(p, False)]
    while todo:
        q, swapped = todo.pop()
        nxt = [(r, swapped) for r in superprops.get(q, ())]
        nxt += [(r, not swapped) for r in inverse.get(q, ())]
        if q in symmetric:
            nxt.append((q, not swapped))
        for item in nxt:
            if item not in seen:
                seen.add(item)
                todo.append(item)
    return seen


_UNSUPPORTED = {OWL.FunctionalProperty: "functional properties",
                OWL.InverseFunctionalProperty: "inverse-functional properties",
                OWL.Restriction: "property restrictions", OWL.propertyChainAxiom: "property chains",
                OWL.hasKey: "keys", OWL.intersectionOf: "class intersections",
                OWL.unionOf: "class unions", OWL.oneOf: "enumerations"}


def _unsupported(closed: Graph) -> set[str]:
    found = set()
    for term, what in _UNSUPPORTED.items():
        if (None, RDF.type, term) in closed or (None, term, None) in closed:
            found.add(what)
    return found


# ---------------------------------------------------------------- applying the rules
class Source:
    """Instance triples to reason over, in the backend's own term type."""

    def iri(self, value: str) -> Term: ...

    def pairs(self, predicate: Term) -> Iterator[tuple[Term, Term]]:
        """(subject, object) of asserted instance triples with this predicate."""

    def predicates(self) -> set[Term]: ...

    def asserted(self, s: Term, p: Term, o: Term) -> bool: ...

    def is_literal(self, term: Term) -> bool: ...

    def value(self, term: Term) -> str: ...


def entailments(source: Source, rules: Rules, tbox_contains: Callable[[tuple], bool]) -> set[tuple]:
    """Triples the rules entail from ``source``'s instance triples that are neither asserted
    nor entailed by the ontology alone.  Terms are the source's own."""
    iri = _Interner(source.iri)
    rdf_type = iri(str(RDF.type))
    present = {source.value(p): p for p in source.predicates()}
    out: set[tuple] = set()

    def add_types(node: Term, classes: Iterable[str]) -> None:
        if not source.is_literal(node):
            for c in classes:
                out.add((node, rdf_type, iri(c)))

    # class hierarchy
    for s, c in source.pairs(rdf_type):
        sup = rules.supers.get(source.value(c))
        if sup:
            add_types(s, sup)
    # per-triple property rules: hierarchy, inverse, symmetric, domain, range
    edges: dict[str, set[tuple[Term, Term]]] = defaultdict(set)
    for name, p in present.items():
        if name not in rules.predicates or p == rdf_type:
            continue
        derived = [(iri(q), q, swapped) for q, swapped in rules.derived.get(name, ())]
        st, ot = rules.subject_types.get(name, ()), rules.object_types.get(name, ())
        keep = name in rules.transitive
        for s, o in source.pairs(p):
            if keep:
                edges[name].add((s, o))
            for qt, q, swapped in derived:
                a, b = (o, s) if swapped else (s, o)
                if source.is_literal(a):
                    continue
                out.add((a, qt, b))
                if q in rules.transitive:
                    edges[q].add((a, b))
            add_types(s, st)
            add_types(o, ot)
    # transitive properties, to a fixpoint (a closed edge can feed another transitive property)
    changed = True
    while changed:
        changed = False
        for t in rules.transitive:
            new = _transitive_closure(edges.get(t, set())) - edges.get(t, set())
            if not new:
                continue
            tt = iri(t)
            edges[t] |= new
            for s, o in new:
                out.add((s, tt, o))
                for q, swapped in rules.derived.get(t, ()):
                    a, b = (o, s) if swapped else (s, o)
                    out.add((a, iri(q), b))
                    if q in rules.transitive and (a, b) not in edges[q]:
                        edges[q].add((a, b))
                        changed = True
    _same_as(source, rules, out, iri)
    return {t for t in out if not source.asserted(*t) and not tbox_contains(t)}


def _transitive_closure(pairs: set[tuple]) -> set[tuple]:
    succ: dict = defaultdict(set)
    for s, o in pairs:
        succ[s].add(o)
    closure = set()
    for start in list(succ):
        seen, todo = set(), list(succ[start])
        while todo:
            n = todo.pop()
            if n in seen:
                continue
            seen.add(n)
            todo.extend(succ.get(n, ()))
        closure |= {(start, n) for n in seen}
    return closure


def _same_as(source: Source, rules: Rules, out: set, iri) -> None:
    """owl:sameAs (eq-sym, eq-trans, eq-rep-*): copy every triple to every alias."""
    same = iri(str(OWL.sameAs))
    pairs = list(source.pairs(same)) if str(OWL.sameAs) in {source.value(p) for p in source.predicates()} else []
    if not pairs:
        return
    parent: dict = {}

    def find(x):
        parent.setdefault(x, x)
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for a, b in pairs:
        parent[find(a)] = find(b)
    groups: dict = defaultdict(set)
    for x in list(parent):
        groups[find(x)].add(x)
    alias = {x: g for g in groups.values() for x in g}
    for g in groups.values():
        out.update((a, same, b) for a in g for b in g if a != b)
    everything = list(out) + [(s, p, o) for p in source.predicates() for s, o in source.pairs(p)]
    for s, p, o in everything:
        for s2 in alias.get(s, (s,)):
            for o2 in alias.get(o, (o,)):
                if not (p == same and s2 == o2):
                    out.add((s2, p, o2))


class _Interner(dict):
    def __init__(self, make):
        super().__init__()
        self.make = make

    def __call__(self, value: str):
        term = self.get(value)
        if term is None:
            term = self[value] = self.make(value)
        return term


# ---------------------------------------------------------------- backends
class OxigraphSource(Source):
    """Instance triples of a ``pyoxigraph.Store`` (every named graph but ontology and inferred)."""

    def __init__(self, store):
        import pyoxigraph as ox
        self.ox, self.store = ox, store
        self.skip = {ox.NamedNode(str(g)) for g in _NON_INSTANCE}
        self.inferred = ox.NamedNode(str(INFERRED_GRAPH))

    def iri(self, value):
        return self.ox.NamedNode(value)

    def predicates(self):
        rows = self.store.query("SELECT DISTINCT ?p WHERE { GRAPH ?g { ?s ?p ?o } "
                                f"FILTER(?g NOT IN (<{ONTOLOGY_GRAPH}>, <{INFERRED_GRAPH}>)) }}")
        return {r["p"] for r in rows}

    def pairs(self, predicate):
        for q in self.store.quads_for_pattern(None, predicate, None, None):
            if q.graph_name not in self.skip:
                yield q.subject, q.object

    def asserted(self, s, p, o):
        return any(q.graph_name != self.inferred for q in self.store.quads_for_pattern(s, p, o, None))

    def is_literal(self, term):
        return isinstance(term, self.ox.Literal)

    def value(self, term):
        return term.value


class GraphSource(Source):
    """Instance triples of an rdflib graph or of any :class:`kg_builder.store.Store`."""

    def __init__(self, triples: Iterable[tuple]):
        self.by_p: dict = defaultdict(list)
        self.all: set = set()
        for s, p, o in triples:
            self.by_p[p].append((s, o))
            self.all.add((s, p, o))

    def iri(self, value):
        return URIRef(value)

    def predicates(self):
        return set(self.by_p)

    def pairs(self, predicate):
        return iter(self.by_p.get(predicate, ()))

    def asserted(self, s, p, o):
        return (s, p, o) in self.all

    def is_literal(self, term):
        return isinstance(term, Literal)

    def value(self, term):
        return str(term)


def infer_graph(data: Graph | Iterable[tuple], rules: Rules | None = None) -> set[tuple]:
    """Entailments of instance triples (rdflib terms), without the ontology's own closure."""
    rules = rules or compile_rules()
    return entailments(GraphSource(data), rules, rules.tbox.__contains__)


def materialize(store, rules: Rules | None = None) -> int:
    """Recompute ``graph/inferred`` in ``store`` (a kg_builder Store); returns its size."""
    rules = rules or compile_rules()
    raw = getattr(store, "raw", None)
    if raw is not None:
        import pyoxigraph as ox
        from .store import _to_ox
        graph = ox.NamedNode(str(INFERRED_GRAPH))
        raw.remove_graph(graph)
        tbox = {tuple(map(_to_ox, t)) for t in rules.tbox}
        found = entailments(OxigraphSource(raw), rules, tbox.__contains__)
        raw.extend(ox.Quad(s, p, o, graph) for s, p, o in found)
        return len(found)
    triples = [(s, p, o) for s, p, o, g in store.quads() if g is not None and g not in _NON_INSTANCE]
    found = entailments(GraphSource(triples), rules, rules.tbox.__contains__)
    store.replace_graphs({INFERRED_GRAPH: found})
    return len(found)


def inconsistencies(store, rules: Rules | None = None) -> list[str]:
    """Nodes typed (asserted or inferred) with two disjoint classes, as messages."""
    rules = rules or compile_rules()
    problems = []
    for a, b in rules.disjoint:
        for row in store.select(f"SELECT DISTINCT ?x WHERE {{ ?x a <{a}> , <{b}> }}"):
            problems.append(f"{row['x']} is both a {a} and a {b}, which are disjoint")
    return problems


__all__ = ["Rules", "compile_rules", "entailments", "infer_graph", "materialize", "inconsistencies",
           "OxigraphSource", "GraphSource"]
