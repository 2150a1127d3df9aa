"""A build killed with SIGKILL at random moments leaves a consistent store; a rerun finishes it.

``kg build`` runs in a subprocess on a copy of the corpus (``KG_CORPUS``) and is
killed (``kill -9`` of its whole process group, workers included) at several
random moments.  After every kill the store is reopened and checked:

* every document graph has its bookkeeping in ``graph/build`` and vice versa;
* no graph is half-written: each document graph present equals the same
  document's graph in a clean build (same triples, timestamps and blank-node
  labels aside).

A final uninterrupted run must then give the clean build's graphs, with the same
triple counts and no duplicated documents or entities.  ``KG_CRASH_SEED`` fixes
the random moments (the seed used is printed).
"""
from __future__ import annotations

import os
import random
import shutil
import signal
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

import pytest
from rdflib import BNode, Literal, URIRef

from kg_builder import iris
from kg_builder.store import OxigraphStore
from kg_builder import vocab
from kg_builder.vocab import KGB

pytestmark = [pytest.mark.slow]
ROOT = Path(__file__).resolve().parent.parent
KILLS = int(os.environ.get("KG_CRASH_KILLS", "6"))
BOOKKEEPING = (KGB.contentHash, KGB.sourceFile, KGB.extractorVersion)
SPECIAL = {iris.ONTOLOGY_GRAPH, iris.METADATA_GRAPH, iris.INFERRED_GRAPH, iris.CURATION_GRAPH}


@pytest.fixture(scope="module")
def frozen_code(tmp_path_factory) -> Path:
    """A copy of the package and ontology, so that edits made while the test runs (other
    people work in this tree) cannot make the clean build and the killed ones differ."""
    code = tmp_path_factory.mktemp("code")
    ignore = shutil.ignore_patterns("__pycache__")
    shutil.copytree(ROOT / "kg_builder", code / "kg_builder", ignore=ignore)
    if (ROOT / "ontology").is_dir():
        shutil.copytree(ROOT / "ontology", code / "ontology", ignore=ignore)
    return code


def kg_build(code: Path, corpus: Path, store: Path, *extra: str) -> subprocess.Popen:
    env = {**os.environ, "PYTHONPATH": str(code), "KG_ONTOLOGY_DIR": str(code / "ontology")}
    return subprocess.Popen([sys.executable, "-m", "kg_builder.cli", "build", str(corpus), "--store",
                             str(store), "--quiet", *extra], cwd=code, env=env, start_new_session=True,
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)


def masked(term):
    if isinstance(term, BNode):
        return "_:b"
    if isinstance(term, Literal) and term.datatype == vocab.XSD.dateTime:
        return "dateTime"
    return term


def snapshot(path: Path) -> dict[URIRef, Counter]:
    """Every named graph as a multiset of triples with timestamps and blank nodes masked."""
    store = OxigraphStore(path)
    try:
        graphs: dict[URIRef, Counter] = {}
        for s, p, o, g in store.quads():
            graphs.setdefault(g, Counter())[(masked(s), p, masked(o))] += 1
        return graphs
    finally:
        store.close()
        del store


def document_graphs(graphs) -> set[URIRef]:
    return {g for g in graphs if g is not None and g not in SPECIAL and "/graph/ref/" not in str(g)}


def bookkept(graphs) -> dict[URIRef, set]:
    """Document IRI -> the bookkeeping properties recorded for it."""
    out: dict[URIRef, set] = {}
    for s, p, _o in graphs.get(iris.METADATA_GRAPH, Counter()):
        out.setdefault(s, set()).add(p)
    return out


def check_consistent(graphs, clean) -> None:
    docs = document_graphs(graphs)
    book = bookkept(graphs)
    doc_of = {iris.graph_iri(str(d).rsplit("/", 1)[-1]): d for d in book}
    for g in docs:
        assert g in doc_of, f"graph {g} has no bookkeeping"
        assert set(BOOKKEEPING) <= book[doc_of[g]], f"bookkeeping of {g} is incomplete"
        assert graphs[g] == clean[g], f"graph {g} is half-written or differs from a clean build"
    for g, d in doc_of.items():
        assert g in docs, f"bookkeeping for {d} but no graph {g}"


@pytest.fixture(scope="module")
def corpus_copy(tmp_path_factory, corpus_dir) -> Path:
    dest = tmp_path_factory.mktemp("crash") / "corpus"
    shutil.copytree(corpus_dir, dest)
    for f in dest.iterdir():
        f.chmod(0o644)
    return dest


@pytest.fixture(scope="module")
def clean(tmp_path_factory, frozen_code, corpus_copy):
    store = tmp_path_factory.mktemp("clean") / "store"
    t0 = time.perf_counter()
    proc = kg_build(frozen_code, corpus_copy, store)
    _, err = proc.communicate(timeout=900)
    seconds = time.perf_counter() - t0
    assert proc.returncode in (0, 1), err.decode()
    return snapshot(store), seconds, proc.returncode


def test_killed_builds_leave_a_consistent_store_and_a_rerun_completes(tmp_path, frozen_code, corpus_copy,
                                                                      clean):
    clean_graphs, seconds, clean_rc = clean
    assert len(document_graphs(clean_graphs)) > 0
    seed = int(os.environ.get("KG_CRASH_SEED", random.randrange(2**32)))
    rng = random.Random(seed)
    print(f"KG_CRASH_SEED={seed}; clean build {seconds:.1f} s")
    store = tmp_path / "store"
    for i in range(KILLS):
        extra = ["--force"] if i % 3 == 2 else []          # replace graphs that exist already
        extra += ["--jobs", "2"] if i % 2 else []          # workers die with the parent
        delay = rng.uniform(0.3, seconds)
        proc = kg_build(frozen_code, corpus_copy, store, *extra)
        time.sleep(delay)
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGKILL)
        proc.wait(timeout=60)
        graphs = snapshot(store) if store.exists() else {}
        print(f"kill {i + 1} after {delay:.2f} s ({' '.join(extra) or 'plain'}): "
              f"{len(document_graphs(graphs))} document graphs stored")
        check_consistent(graphs, clean_graphs)

    proc = kg_build(frozen_code, corpus_copy, store)
    _, err = proc.communicate(timeout=900)
    assert proc.returncode == clean_rc, err.decode()
    final = snapshot(store)
    check_consistent(final, clean_graphs)
    assert set(final) == set(clean_graphs)
    for g in clean_graphs:
        assert sum(final[g].values()) == sum(clean_graphs[g].values()), f"triple count of {g}"
        assert final[g] == clean_graphs[g], g
    # no duplicates: each document's text is stored once, in one graph
    texts = Counter(s for c in final.values() for (s, p, _o) in c if p == KGB.text)
    assert texts and max(texts.values()) == 1
