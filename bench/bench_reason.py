"""Reasoning time: kg_builder.reason against owlrl's full closure.

    python bench/bench_reason.py [--corpus DIR] [--target 1000000] [--owlrl-copies 1]

1. builds the corpus into a temporary store and times ``reason.materialize`` on it;
2. times owlrl's ``DeductiveClosure(OWLRL_Semantics)`` on the same instance data
   (``--owlrl-copies`` corpus copies: owlrl is too slow for more);
3. makes synthetic instance data shaped like the corpus graph (the corpus document graphs
   copied with fresh document IRIs; entities shared by every 50 copies, as the same militia
   is named in many documents) up to ``--target`` triples and times ``materialize`` on it.
Prints a Markdown table for docs/performance.md.
"""
from __future__ import annotations

import argparse
import tempfile
import time
from pathlib import Path

import pyoxigraph as ox

from kg_builder import reason
from kg_builder.build import build
from kg_builder.config import corpus_dir
from kg_builder.iris import INFERRED_GRAPH, ONTOLOGY_GRAPH
from kg_builder.store import OxigraphStore, open_store
from kg_builder.vocab import BASE

SKIP = {ox.NamedNode(str(g)) for g in (ONTOLOGY_GRAPH, INFERRED_GRAPH)}


def instance_quads(store) -> list[ox.Quad]:
    return [q for q in store.raw if q.graph_name not in SKIP]


def copy_term(term, k: int):
    if isinstance(term, ox.NamedNode) and term.value.startswith(BASE):
        rest = term.value[len(BASE):]
        for seg in ("doc/", "graph/", "run/"):
            if rest.startswith(seg) and not rest.startswith(("graph/build", "graph/ontology")):
                return ox.NamedNode(f"{BASE}{seg}c{k}-{rest[len(seg):]}")
        if rest.startswith("id/") and k // 50:
            return ox.NamedNode(f"{term.value}-{k // 50}")
        return term
    if isinstance(term, ox.BlankNode):
        return ox.BlankNode(f"{term.value}c{k}")
    return term


def synthetic(quads: list[ox.Quad], copies: int) -> list[ox.Quad]:
    return [ox.Quad(copy_term(q.subject, k), q.predicate, copy_term(q.object, k), copy_term(q.graph_name, k))
            for k in range(copies) for q in quads]


def store_with(quads: list[ox.Quad], ontology: list[ox.Quad]) -> OxigraphStore:
    st = OxigraphStore(None)
    st.raw.extend(ontology)
    st.raw.extend(quads)
    return st


def time_materialize(st, rules) -> tuple[float, int]:
    t = time.perf_counter()
    n = reason.materialize(st, rules)
    return time.perf_counter() - t, n


def time_owlrl(quads: list[ox.Quad]) -> tuple[float, int]:
    import owlrl
    from rdflib import Graph
    from kg_builder.ontology import load_ontology
    from kg_builder.store import _to_rdflib
    g = Graph()
    for t in load_ontology():
        g.add(t)
    for q in quads:
        g.add((_to_rdflib(q.subject), _to_rdflib(q.predicate), _to_rdflib(q.object)))
    before = len(g)
    t = time.perf_counter()
    owlrl.DeductiveClosure(owlrl.OWLRL_Semantics).expand(g)
    return time.perf_counter() - t, len(g) - before


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", type=Path, default=corpus_dir())
    ap.add_argument("--target", type=int, default=1_000_000)
    ap.add_argument("--owlrl-copies", type=int, default=1)
    args = ap.parse_args()

    t = time.perf_counter()
    rules = reason.compile_rules()
    compile_s = time.perf_counter() - t
    with tempfile.TemporaryDirectory() as tmp:
        st = open_store(Path(tmp) / "store")
        build([args.corpus], st)
        ontology = [q for q in st.raw if q.graph_name == ox.NamedNode(str(ONTOLOGY_GRAPH))]
        corpus = instance_quads(st)
        st.close()
    rows = [("ontology closure (owlrl, once per ontology)", len(ontology), compile_s, None, None)]
    s, n = time_materialize(store_with(corpus, ontology), rules)
    rows.append(("corpus", len(corpus), s, n, None))
    sample = synthetic(corpus, args.owlrl_copies)
    s_ours, n_ours = time_materialize(store_with(sample, ontology), rules)
    s_owl, n_owl = time_owlrl(sample)
    rows.append((f"owlrl sample ({args.owlrl_copies} corpus cop{'y' if args.owlrl_copies == 1 else 'ies'})",
                 len(sample), s_ours, n_ours, s_owl))
    copies = max(1, -(-args.target // len(corpus)))
    big = synthetic(corpus, copies)
    s, n = time_materialize(store_with(big, ontology), rules)
    rows.append((f"synthetic ({copies} corpus copies)", len(big), s, n, None))

    print("| data | asserted triples | kg_builder.reason (s) | inferred triples | owlrl full closure (s) |")
    print("|---|---:|---:|---:|---:|")
    for name, size, ours, inferred, owl in rows:
        print(f"| {name} | {size:,} | {ours:.2f} | {'' if inferred is None else f'{inferred:,}'} | "
              f"{'' if owl is None else f'{owl:.1f}'} |")


if __name__ == "__main__":
    main()
