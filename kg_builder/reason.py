"""OWL-RL entailments at scale: the ontology's closure once, its rules over the instances.

``owlrl`` computes the full OWL-RL closure by re-running every rule over the whole
graph until nothing changes (489 s for 100k triples).  The ontology of this project
uses only the OWL-RL features whose instance-level effect is fixed by the ontology
alone: subclass and subproperty hierarchies, equivalences, domains, ranges,
inverse, symmetric and transitive properties, disjointness.  So:

1. :func:`compile_rules` runs ``owlrl`` once on the ontology (TBox, a few thousand
   triples) and reads the closed hierarchies off the result; the tables are cached on
   disk (``kg_builder.config.cache_dir()``) under the ontology's hash;
2. :func:`entailments` reads the distinct instance pairs of each relevant predicate once
   (one SPARQL scan inside Oxigraph) and applies those rules (per-triple rules are table
   look-ups; transitive properties and ``owl:sameAs`` are closed in memory); the pairs
   read also tell which entailments are asserted already;
3. :func:`materialize` writes what is new into the named graph ``graph/inferred``
   (``kg_builder.iris.INFERRED_GRAPH``), so inferred triples never mix with asserted
   ones: ``GRAPH <…/graph/inferred>`` selects them, ``FILTER(?g != …)`` excludes them.
   An earlier ``graph/inferred`` is updated by difference.

What is left out on purpose (``tests/test_reason.py`` checks the rest equals owlrl's
closure): owlrl's trivial triples (``x owl:sameAs x`` for every node, axiomatic and
datatype triples), triples about literals (``"…" rdf:type xsd:string``) and whatever
the ontology entails on its own (its closure stays with the ontology).
:func:`inconsistencies` reports nodes that belong to disjoint classes, the only
OWL-RL inconsistency the ontology can give rise to.
"""
from __future__ import annotations

import gc
import hashlib
import json
import os
import time
from collections import defaultdict
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Hashable, Iterable, Iterator

from rdflib import BNode, Graph, Literal, URIRef
from rdflib.namespace import OWL, RDF, RDFS

from .config import cache_dir
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
    tbox: frozenset[tuple] = field(repr=False)          # the ontology's own closure (rdflib terms, no blank nodes)

    @property
    def predicates(self) -> set[str]:
        """Predicates whose triples entail something."""
        return set(self.derived) | set(self.subject_types) | set(self.object_types) | set(self.transitive)


def compile_rules(ontology: Graph | None = None) -> Rules:
    """Close the ontology with owlrl once and read the rule tables off the closure
    (cached in the process and on disk, keyed by the ontology's and this module's hash)."""
    graph = ontology if ontology is not None else load_ontology()
    return _compile(_fingerprint(graph), graph)


def _fingerprint(graph: Graph) -> str:
    h = hashlib.sha256(Path(__file__).read_bytes())
    h.update("\n".join(sorted(f"{s.n3()} {p.n3()} {o.n3()}" for s, p, o in graph
                              if not isinstance(s, BNode) and not isinstance(o, BNode))).encode())
    return f"{h.hexdigest()[:40]}-{len(graph)}"


@lru_cache(maxsize=4)
def _compile(key: str, ontology: Graph) -> Rules:
    path = _cache_path(key)
    if path is not None and path.is_file():
        try:
            return _rules_from_json(json.loads(path.read_text(encoding="utf-8")))
        except (OSError, ValueError, KeyError, TypeError):
            pass                                          # a damaged cache entry: compile again
    rules = _close(ontology)
    if path is not None:
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            tmp = path.with_suffix(f".{os.getpid()}.tmp")
            tmp.write_text(json.dumps(_rules_to_json(rules)), encoding="utf-8")
            os.replace(tmp, path)
        except OSError:
            pass                                          # no writable cache: compile every process
    return rules


def _cache_path(key: str) -> Path | None:
    folder = cache_dir()
    return folder / f"reason-rules-{key}.json" if folder is not None else None


def _term_to_json(term) -> list:
    if isinstance(term, Literal):
        return ["l", str(term), str(term.datatype or ""), term.language or ""]
    return ["u", str(term)]


def _term_from_json(item: list):
    if item[0] == "l":
        return Literal(item[1], lang=item[3] or None, datatype=URIRef(item[2]) if item[2] else None)
    return URIRef(item[1])


def _rules_to_json(rules: Rules) -> dict:
    return {"supers": {c: sorted(s) for c, s in rules.supers.items()},
            "derived": rules.derived, "subject_types": {p: sorted(c) for p, c in rules.subject_types.items()},
            "object_types": {p: sorted(c) for p, c in rules.object_types.items()},
            "transitive": sorted(rules.transitive), "disjoint": rules.disjoint,
            "tbox": [[_term_to_json(x) for x in t] for t in rules.tbox]}


def _rules_from_json(d: dict) -> Rules:
    return Rules({c: frozenset(s) for c, s in d["supers"].items()},
                 {p: tuple((q, bool(swapped)) for q, swapped in r) for p, r in d["derived"].items()},
                 {p: frozenset(c) for p, c in d["subject_types"].items()},
                 {p: frozenset(c) for p, c in d["object_types"].items()},
                 frozenset(d["transitive"]), tuple(tuple(pair) for pair in d["disjoint"]),
                 frozenset(tuple(_term_from_json(x) for x in t) for t in d["tbox"]))


def _close(ontology: Graph) -> Rules:
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
    # triples with blank nodes (OWL lists) are left out: instance data cannot entail them
    tbox = frozenset(t for t in closed if not any(isinstance(x, BNode) for x in t))
    return Rules({c: frozenset(s) for c, s in supers.items()}, derived, subject_types, object_types,
                 transitive, tuple(sorted(disjoint)), tbox)


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

    def pairs(self, predicate: Term) -> set[tuple[Term, Term]]:
        """The distinct (subject, object) of asserted instance triples with this predicate."""

    def predicates(self) -> set[Term]: ...

    def is_literal(self, term: Term) -> bool: ...

    def value(self, term: Term) -> str: ...


def entailments(source: Source, rules: Rules, tbox: set[tuple] | frozenset[tuple]) -> set[tuple]:
    """Triples the rules entail from ``source``'s instance triples that are neither asserted
    nor in ``tbox`` (the ontology's closure).  Terms are the source's own."""
    iri = _Interner(source.iri)
    rdf_type = iri(str(RDF.type))
    present = {source.value(p): p for p in source.predicates()}
    is_literal = source.is_literal
    out: dict[Term, set[tuple[Term, Term]]] = defaultdict(set)     # predicate -> (subject, object)
    typed = out[rdf_type]

    def classes(names: Iterable[str]) -> list[Term]:
        return [iri(c) for c in sorted(names)]

    # class hierarchy (the superclasses of each class as terms, looked up once)
    supers: dict[Term, list] = {}
    for s, c in source.pairs(rdf_type):
        sup = supers.get(c)
        if sup is None:
            sup = supers[c] = [] if is_literal(c) else classes(rules.supers.get(source.value(c), ()))
        if sup and not is_literal(s):
            typed.update([(s, d) for d in sup])
    # per-triple property rules: hierarchy, inverse, symmetric, domain, range
    edges: dict[str, set[tuple[Term, Term]]] = defaultdict(set)
    for name, p in present.items():
        if name not in rules.predicates or p == rdf_type:
            continue
        derived = [(out[iri(q)], q, swapped) for q, swapped in rules.derived.get(name, ())]
        st, ot = classes(rules.subject_types.get(name, ())), classes(rules.object_types.get(name, ()))
        keep = name in rules.transitive
        for s, o in source.pairs(p):
            if keep:
                edges[name].add((s, o))
            for target, q, swapped in derived:
                a, b = (o, s) if swapped else (s, o)
                if is_literal(a):
                    continue
                target.add((a, b))
                if q in rules.transitive:
                    edges[q].add((a, b))
            if st and not is_literal(s):
                typed.update([(s, c) for c in st])
            if ot and not is_literal(o):
                typed.update([(o, c) for c in ot])
    # transitive properties, to a fixpoint (a closed edge can feed another transitive property)
    changed = True
    while changed:
        changed = False
        for t in rules.transitive:
            new = _transitive_closure(edges.get(t, set())) - edges.get(t, set())
            if not new:
                continue
            edges[t] |= new
            out[iri(t)] |= new
            for s, o in new:
                for q, swapped in rules.derived.get(t, ()):
                    a, b = (o, s) if swapped else (s, o)
                    out[iri(q)].add((a, b))
                    if q in rules.transitive and (a, b) not in edges[q]:
                        edges[q].add((a, b))
                        changed = True
    _same_as(source, present, out, iri)
    terms = set(present.values())
    found: set[tuple] = set()
    for p, pairs in out.items():
        found.update([(s, p, o) for s, o in (pairs - source.pairs(p) if p in terms else pairs)])
    return found - tbox


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


def _same_as(source: Source, present: dict[str, Term], out: dict[Term, set], iri) -> None:
    """owl:sameAs (eq-sym, eq-trans, eq-rep-*): copy every triple to every alias."""
    same = iri(str(OWL.sameAs))
    pairs = source.pairs(same) if str(OWL.sameAs) in present else ()
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
        out[same].update((a, b) for a in g for b in g if a != b)
    everything = [(p, list(ps)) for p, ps in out.items()] + [(p, source.pairs(p)) for p in present.values()]
    for p, ps in everything:
        target = out[p]
        for s, o in ps:
            for s2 in alias.get(s, (s,)):
                for o2 in alias.get(o, (o,)):
                    if not (p == same and s2 == o2):
                        target.add((s2, o2))


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
    """Instance triples of a ``pyoxigraph.Store`` (the default graph and every named graph but
    ontology and inferred).  Each predicate's pairs are read once, by a SPARQL scan: on a store
    on disk, Oxigraph decodes terms for its query engine much faster than for
    ``quads_for_pattern``, and ``DISTINCT`` drops the copies in several document graphs."""

    def __init__(self, store):
        import pyoxigraph as ox
        self.ox, self.store = ox, store
        self.read: dict = {}
        self.spent = [0.0, 0.0]                           # reading: wall and CPU seconds

    def iri(self, value):
        return self.ox.NamedNode(value)

    def predicates(self):
        t = _now()
        found = {r[0] for r in self.store.query(_scan("DISTINCT ?p", "?s ?p ?o"))}
        self._spend(t)
        return found

    def pairs(self, predicate):
        found = self.read.get(predicate)
        if found is None:
            t = _now()
            found = self.read[predicate] = {(r[0], r[1]) for r in
                                            self.store.query(_scan("DISTINCT ?s ?o", f"?s {predicate} ?o"))}
            self._spend(t)
        return found

    def _spend(self, since: tuple[float, float]) -> None:
        self.spent = [a + b - c for a, b, c in zip(self.spent, _now(), since)]

    def is_literal(self, term):
        return isinstance(term, self.ox.Literal)

    def value(self, term):
        return term.value


def _scan(projection: str, pattern: str) -> str:
    return (f"SELECT {projection} WHERE {{ {{ {pattern} }} UNION {{ GRAPH ?g {{ {pattern} }} "
            f"FILTER(?g NOT IN (<{ONTOLOGY_GRAPH}>, <{INFERRED_GRAPH}>)) }} }}")


class GraphSource(Source):
    """Instance triples of an rdflib graph or of any :class:`kg_builder.store.Store`."""

    def __init__(self, triples: Iterable[tuple]):
        self.by_p: dict = defaultdict(set)
        for s, p, o in triples:
            self.by_p[p].add((s, o))

    def iri(self, value):
        return URIRef(value)

    def predicates(self):
        return set(self.by_p)

    def pairs(self, predicate):
        return self.by_p.get(predicate, set())

    def is_literal(self, term):
        return isinstance(term, Literal)

    def value(self, term):
        return str(term)


def infer_graph(data: Graph | Iterable[tuple], rules: Rules | None = None) -> set[tuple]:
    """Entailments of instance triples (rdflib terms), without the ontology's own closure."""
    rules = rules or compile_rules()
    return entailments(GraphSource(data), rules, rules.tbox)


def materialize(store, rules: Rules | None = None, *, timings: dict[str, float] | None = None) -> int:
    """Recompute ``graph/inferred`` in ``store`` (a kg_builder Store); returns its size.

    On an Oxigraph store, an earlier ``graph/inferred`` is updated by difference (stale
    triples removed, new ones added); the new triples are written in one bulk load, which
    is not atomic: an interrupted run leaves part of them, and the next run completes them.
    ``timings``, if given, receives the wall seconds of each phase (rules, read, infer, write)
    and their CPU seconds (``read_cpu`` …; the process's, bulk-load threads included)."""
    clock = _Clock(timings)
    rules = rules or compile_rules()
    clock.lap("rules")
    raw = getattr(store, "raw", None)
    with _gc_paused():
        if raw is None:
            triples = [(s, p, o) for s, p, o, g in store.quads() if g is not None and g not in _NON_INSTANCE]
            clock.lap("read")
            found = entailments(GraphSource(triples), rules, rules.tbox)
            clock.lap("infer")
            store.replace_graphs({INFERRED_GRAPH: found})
            clock.lap("write")
            return len(found)
        import pyoxigraph as ox
        from .store import _to_ox
        graph = ox.NamedNode(str(INFERRED_GRAPH))
        tbox = {tuple(map(_to_ox, t)) for t in rules.tbox}
        source = OxigraphSource(raw)
        found = entailments(source, rules, tbox)
        clock.lap("infer", minus=("read", source.spent))
        old = {(r[0], r[1], r[2]) for r in raw.query(f"SELECT ?s ?p ?o WHERE {{ GRAPH {graph} {{ ?s ?p ?o }} }}")}
        stale, fresh = old - found, found - old
        if len(stale) > len(old) // 4:               # mostly new: dropping the graph is faster
            raw.remove_graph(graph)
            fresh = found
        else:
            for s, p, o in stale:
                raw.remove(ox.Quad(s, p, o, graph))
        raw.bulk_extend(ox.Quad(s, p, o, graph) for s, p, o in fresh)
        clock.lap("write")
        return len(found)


def _now() -> tuple[float, float]:
    return time.perf_counter(), time.process_time()


class _Clock:
    """Wall and CPU seconds per phase, into ``timings`` (when given) as ``phase`` and ``phase_cpu``."""

    def __init__(self, timings: dict[str, float] | None):
        self.timings, self.last = timings, _now()

    def lap(self, phase: str, minus: tuple[str, list[float]] | None = None) -> None:
        now = _now()
        if self.timings is not None:
            spent = [a - b for a, b in zip(now, self.last)]
            if minus:                                   # a part of the lap measured by itself
                name, part = minus
                self.timings[name], self.timings[f"{name}_cpu"] = (round(x, 2) for x in part)
                spent = [a - b for a, b in zip(spent, part)]
            self.timings[phase], self.timings[f"{phase}_cpu"] = (round(x, 2) for x in spent)
        self.last = now


@contextmanager
def _gc_paused() -> Iterator[None]:
    """No cyclic garbage collection while millions of tuples are made (none of them cyclic):
    each collection would walk them all, a quarter of the run time."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


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
