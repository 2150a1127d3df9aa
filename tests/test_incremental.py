"""Incremental, idempotent builds: a rebuild touches only changed, new and deleted
documents; unchanged ones are skipped by content hash; entity IRIs are stable; an
entity shared by documents is one node; a deleted document leaves nothing behind."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from rdflib import URIRef

from kg_builder import iris
from kg_builder.build import build
from kg_builder.store import open_store
from kg_builder.vocab import BASE, KGB

SPECIAL = {iris.ONTOLOGY_GRAPH, iris.METADATA_GRAPH, iris.INFERRED_GRAPH, iris.CURATION_GRAPH}


@pytest.fixture
def docs(tmp_path, corpus_dir) -> Path:
    """Six documents of one dossier (they share persons and the dossier) in a folder of their own."""
    folder = tmp_path / "docs"
    folder.mkdir()
    chosen = sorted(p for p in corpus_dir.glob("kst-27925-*.txt") if p.stat().st_size < 20_000)[:6]
    assert len(chosen) == 6
    for p in chosen:
        shutil.copy(p, folder / p.name)
    return folder


def graphs(store) -> dict[URIRef, frozenset]:
    """Every document graph as a set of triples (blank nodes as stored: a rewrite changes them)."""
    out: dict[URIRef, set] = {}
    for s, p, o, g in store.quads():
        if g is not None and g not in SPECIAL:
            out.setdefault(g, set()).add((s, p, o))
    return {g: frozenset(t) for g, t in out.items()}


def bookkeeping(store) -> dict[URIRef, dict]:
    rows = store.select(f"SELECT ?d ?p ?o WHERE {{ GRAPH <{iris.METADATA_GRAPH}> {{ ?d ?p ?o }} }}")
    out: dict[URIRef, dict] = {}
    for r in rows:
        out.setdefault(r["d"], {})[r["p"]] = r["o"]
    return out


def shared_entities(store) -> dict[URIRef, set[URIRef]]:
    """Document-independent nodes (``BASE id/…``) described in two or more document graphs."""
    seen: dict[URIRef, set[URIRef]] = {}
    for s, _p, _o, g in store.quads():
        if g is not None and g not in SPECIAL and str(s).startswith(BASE + "id/"):
            seen.setdefault(s, set()).add(g)
    return {e: gs for e, gs in seen.items() if len(gs) > 1}


def test_rebuild_skips_unchanged_documents_and_writes_nothing(docs, tmp_path):
    store = open_store(tmp_path / "store")
    first = build([docs], store)
    assert first.ok and first.documents == 6
    before, books = graphs(store), bookkeeping(store)
    again = build([docs], store)
    assert (again.documents, again.skipped, again.removed) == (0, 6, 0)
    assert graphs(store) == before          # same triples, same blank nodes: not rewritten
    assert bookkeeping(store) == books      # not even the modification time changed


def test_changed_new_and_deleted_documents_touch_only_their_graphs(docs, tmp_path, corpus_dir):
    store = open_store(tmp_path / "store")
    build([docs], store)
    before = graphs(store)
    files = sorted(docs.glob("*.txt"))
    changed, deleted = files[0], files[1]
    new = next(p for p in sorted(corpus_dir.glob("kst-29521-*.txt")))
    changed.write_text(changed.read_text(encoding="utf-8") + "\nDe Kamer is hierover op 3 maart 2020 "
                       "geïnformeerd.\n", encoding="utf-8")
    deleted.unlink()
    shutil.copy(new, docs / new.name)

    report = build([docs], store)
    assert (report.documents, report.skipped, report.removed) == (2, 4, 1)
    after = graphs(store)
    g_changed, g_deleted, g_new = (iris.graph_iri(p.stem) for p in (changed, deleted, new))
    assert after[g_changed] != before[g_changed]
    assert g_deleted not in after and g_new in after
    for g in before.keys() - {g_changed, g_deleted}:
        assert after[g] == before[g], f"{g} was rewritten though its document did not change"


def test_deleted_document_leaves_nothing_behind(docs, tmp_path):
    store = open_store(tmp_path / "store")
    build([docs], store)
    victim = sorted(docs.glob("*.txt"))[2]
    doc = iris.document_iri(victim.stem)
    g = iris.graph_iri(victim.stem)
    only_here = {s for s, _p, _o, gg in store.quads(g)} - {
        s for s, _p, _o, gg in store.quads() if gg not in (g, None) and gg not in SPECIAL}
    victim.unlink()
    report = build([docs], store)
    assert report.removed == 1
    assert g not in store.named_graphs()
    assert doc not in bookkeeping(store)
    local = (f"{doc}/", f"{doc}#")
    for s, p, o, gg in store.quads():
        if gg in (iris.ONTOLOGY_GRAPH,):
            continue
        assert not str(s).startswith(local), (s, p, o, gg)  # no mention, event, part of it is left
        assert s not in only_here, (s, p, o, gg)             # nor what only it described
        if s == doc:  # only what other documents say about it (they cite it) remains
            assert gg != g and gg not in SPECIAL


def test_entity_iris_are_stable_and_shared_entities_are_one_node(docs, tmp_path):
    one = open_store(tmp_path / "one")
    build([docs], one, jobs=2, batch=2)
    shared = shared_entities(one)
    assert shared, "documents of one dossier share at least the dossier"
    # the same documents one by one, in reverse order, into another store
    other = open_store(tmp_path / "other")
    for f in sorted(docs.glob("*.txt"), reverse=True):
        build([f], other)
    assert graphs_without_bnodes(one) == graphs_without_bnodes(other)
    assert shared_entities(other) == shared
    # deleting one of the documents that describe a shared entity keeps the entity
    entity, described_by = next(iter(sorted(shared.items())))
    victim = next(f for f in docs.glob("*.txt") if iris.graph_iri(f.stem) in described_by)
    victim.unlink()
    build([docs], one)
    assert one.ask(f"ASK {{ <{entity}> ?p ?o }}")


def graphs_without_bnodes(store) -> dict:
    """Document graphs with blank nodes and run times masked (they differ between runs)."""
    from rdflib import BNode, Literal
    from kg_builder.vocab import XSD

    def mask(t):
        if isinstance(t, BNode):
            return "_"
        if isinstance(t, Literal) and t.datatype == XSD.dateTime:
            return "time"
        return t
    return {g: sorted({tuple(map(mask, t)) for t in ts}, key=str) for g, ts in graphs(store).items()}


def test_forced_rebuild_is_idempotent(docs, tmp_path):
    store = open_store(tmp_path / "store")
    build([docs], store)
    counts = {g: store.count(g) for g in store.named_graphs()}
    masked = graphs_without_bnodes(store)
    report = build([docs], store, force=True, jobs=2)
    assert report.documents == 6 and report.skipped == 0
    assert {g: store.count(g) for g in store.named_graphs()} == counts
    assert graphs_without_bnodes(store) == masked


def test_pruning_rules(docs, tmp_path, corpus_dir):
    """Folders are pruned by default; single files only with prune=True; prune=False keeps all."""
    outside = tmp_path / "single"
    outside.mkdir()
    single = outside / sorted(corpus_dir.glob("kst-29521-*.txt"))[0].name
    shutil.copy(sorted(corpus_dir.glob("kst-29521-*.txt"))[0], single)
    store = open_store(tmp_path / "store")
    build([docs, single], store)
    single.unlink()
    in_folder = sorted(docs.glob("*.txt"))[0]
    in_folder.unlink()
    assert build([docs], store, prune=False).removed == 0
    report = build([docs], store)
    assert report.removed == 1  # the file gone from the folder; the single file is not under it
    assert iris.graph_iri(single.stem) in store.named_graphs()
    assert build([docs], store, prune=True).removed == 1
    assert iris.graph_iri(single.stem) not in store.named_graphs()


def test_moved_file_keeps_its_document(docs, tmp_path):
    store = open_store(tmp_path / "store")
    build([docs], store)
    f = sorted(docs.glob("*.txt"))[0]
    (docs / "sub").mkdir()
    f.rename(docs / "sub" / f.name)
    report = build([docs], store)
    assert report.removed == 0 and report.documents == 1
    assert iris.graph_iri(f.stem) in store.named_graphs()
    book = bookkeeping(store)[iris.document_iri(f.stem)]
    assert str(book[KGB.sourceFile]).endswith(f"sub/{f.name}")


def test_batches_and_workers_give_the_same_graph(docs, tmp_path):
    a, b = open_store(tmp_path / "a"), open_store("memory:")
    build([docs], a, jobs=1, batch=1)
    build([docs], b, jobs=2, batch=4)
    assert graphs_without_bnodes(a) == graphs_without_bnodes(b)
    assert bookkeeping(a).keys() == bookkeeping(b).keys()


def test_changed_documents_drop_stale_entailments(docs, tmp_path):
    store = open_store(tmp_path / "store")
    build([docs], store)
    store.replace_graphs({iris.INFERRED_GRAPH: [(URIRef(BASE + "x"), URIRef(BASE + "p"), URIRef(BASE + "y"))]})
    build([docs], store)  # nothing changed: entailments stay
    assert iris.INFERRED_GRAPH in store.named_graphs()
    sorted(docs.glob("*.txt"))[0].unlink()
    report = build([docs], store)
    assert iris.INFERRED_GRAPH not in store.named_graphs()
    assert any("--reason" in message for _, message in report.warnings)


def test_changed_language_data_changes_the_pipeline_signature(tmp_path, monkeypatch):
    from kg_builder.build import pipeline_signature

    before = pipeline_signature()
    assert pipeline_signature() == before                  # stable while nothing changes
    (tmp_path / "events.json").write_text('{"irrealis_words": ["wellicht ooit"]}', encoding="utf-8")
    monkeypatch.setenv("KG_LANG_DATA", str(tmp_path))
    assert pipeline_signature() != before                  # so an incremental build analyses again


def test_switching_the_evidence_mode_rebuilds_every_document(docs, tmp_path):
    store = open_store(tmp_path / "store")
    full = build([docs], store)
    n_full = store.count()
    compact = build([docs], store, evidence="compact")
    assert (compact.documents, compact.skipped) == (6, 0)      # not skipped as unchanged
    assert store.count() < 0.75 * n_full
    assert not store.ask("ASK { GRAPH ?g { ?m <http://www.w3.org/ns/oa#hasTarget> ?t } }")
    assert build([docs], store, evidence="compact").skipped == 6
    assert full.ok and compact.ok


def test_an_unknown_evidence_mode_names_the_choices(docs, tmp_path):
    from kg_builder.errors import ConfigError
    with pytest.raises(ConfigError, match="full, compact"):
        build([docs], tmp_path / "store", evidence="short")
