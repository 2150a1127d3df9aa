"""Reasoning and validation time: ``python bench/reason_bench.py STORE --step STEP``.

Steps (each run in its own process by run.py, which measures wall time and peak memory):

* ``materialize``: ``kg_builder.reason.materialize`` over the whole store (a copy is
  made, since it writes ``graph/inferred``; ``--memory``: the copy is an in-memory store),
  with its CPU seconds, the wall and CPU seconds of each phase (rules, read, infer, write)
  and the load average before and after (on 2 shared cores, wall time follows the load);
* ``validate``: ``kg_builder.validate.validate`` over the whole store;
* ``sample``: on the first ``--sample`` document graphs (plus the ontology): the same two
  functions, and the baselines: owlrl's ``DeductiveClosure(OWLRL_Semantics)`` and a
  plain ``pyshacl.validate`` with the project's shapes.

Prints one JSON line.
"""
from __future__ import annotations

import argparse
import json
import shutil
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


def timed(fn, *args, **kw) -> tuple[float, object]:
    t0 = time.perf_counter()
    result = fn(*args, **kw)
    return round(time.perf_counter() - t0, 2), result


def sample_dataset(store: str, documents: int):
    import pyoxigraph as ox
    from rdflib import Dataset, URIRef
    from kg_builder import iris

    src = ox.Store.read_only(store)
    prefix = str(iris.graph_iri("x"))[:-1]
    special = {str(g) for g in (iris.ONTOLOGY_GRAPH, iris.METADATA_GRAPH, iris.INFERRED_GRAPH)}
    docs = sorted(g.value for g in src.named_graphs() if g.value.startswith(prefix) and g.value not in special)
    ds = Dataset()
    from kg_builder.store import _to_rdflib
    for g in docs[:documents] + [str(iris.ONTOLOGY_GRAPH)]:
        target = ds.graph(URIRef(g))
        for q in src.quads_for_pattern(None, None, None, ox.NamedNode(g)):
            target.add((_to_rdflib(q.subject), _to_rdflib(q.predicate), _to_rdflib(q.object)))
    return ds, min(documents, len(docs))


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("store")
    ap.add_argument("--step", choices=["materialize", "validate", "sample"], required=True)
    ap.add_argument("--sample", type=int, default=20, help="documents in the sample")
    ap.add_argument("--memory", action="store_true", help="materialize: copy the store into memory")
    a = ap.parse_args()
    out: dict = {}
    if a.step == "materialize":
        import os
        import pyoxigraph as ox
        from kg_builder.reason import materialize
        from kg_builder.store import OxigraphStore, open_store
        copy = Path(tempfile.mkdtemp(prefix="kg-reason-")) / "store"
        try:
            if a.memory:
                st = OxigraphStore(None)
                st.raw.extend(ox.Store.read_only(a.store))
            else:
                shutil.copytree(a.store, copy)
                st = open_store(copy)
            out["store"] = "memory" if a.memory else "disk"
            out["triples"] = st.count()
            out["load_before"] = round(os.getloadavg()[0], 2)
            phases: dict = {}
            cpu = time.process_time()
            out["seconds"], out["inferred"] = timed(materialize, st, timings=phases)
            out["cpu_seconds"] = round(time.process_time() - cpu, 2)
            out["phases"] = phases
            out["load_after"] = round(os.getloadavg()[0], 2)
            st.close()
        finally:
            shutil.rmtree(copy.parent, ignore_errors=True)
    elif a.step == "validate":
        from kg_builder.store import open_store
        from kg_builder.validate import validate
        st = open_store(a.store, read_only=True)
        out["triples"] = st.count()
        out["seconds"], v = timed(validate, st)
        out["conforms"], out["results"] = v.conforms, len(v.results)
    else:
        import owlrl
        import pyshacl
        from rdflib import Graph
        from kg_builder.reason import infer_graph
        from kg_builder.validate import load_shapes, validate

        ds, n = sample_dataset(a.store, a.sample)
        union = Graph()
        for s, p, o, _g in ds.quads((None, None, None, None)):
            union.add((s, p, o))
        out.update(documents=n, triples=len(union))
        out["kg_reason_seconds"], inferred = timed(infer_graph, union)
        out["kg_inferred"] = len(inferred)
        out["kg_validate_seconds"], _ = timed(validate, ds)
        shapes = load_shapes()
        out["pyshacl_seconds"], _ = timed(pyshacl.validate, union, shacl_graph=shapes, inference="none",
                                          advanced=True, allow_warnings=True)
        closure = Graph()
        for t in union:
            closure.add(t)
        out["owlrl_seconds"], _ = timed(owlrl.DeductiveClosure(owlrl.OWLRL_Semantics).expand, closure)
        out["owlrl_inferred"] = len(closure) - len(union)
    print(json.dumps(out))


if __name__ == "__main__":
    main()
