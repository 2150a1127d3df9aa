"""The build API and `kg build`: progress, failures that do not stop a batch, one document
per key, the pruning options of the command line, and batches written all or nothing."""
from __future__ import annotations

import json
import shutil

import pytest
from click.testing import CliRunner

from kg_builder import iris
from kg_builder.build import BULK_LOAD_MAX_QUADS, BuildReport, _Writer, build
from kg_builder.cli import main
from kg_builder.store import OxigraphStore, open_store


def test_progress_failures_and_duplicate_keys(tmp_path, example_doc):
    folder = tmp_path / "docs"
    (folder / "copy").mkdir(parents=True)
    shutil.copy(example_doc, folder / example_doc.name)
    shutil.copy(example_doc, folder / "copy" / example_doc.name)  # the same document twice
    (folder / "empty.txt").write_text("", encoding="utf-8")       # unreadable as a document
    calls = []
    store = open_store("memory:")
    report = build([folder], store, jobs=2, batch=1, progress=lambda p, i, n: calls.append((i, n)))
    assert [i for i, _ in calls] == [1, 2, 3] and {n for _, n in calls} == {3}
    assert report.documents == 2 and len(report.failed) == 1
    assert "empty.txt" in report.failed[0][0]
    assert any("replaces it" in message for _, message in report.warnings)
    graphs = [g for g in store.named_graphs() if g not in (iris.ONTOLOGY_GRAPH, iris.METADATA_GRAPH)]
    assert len(graphs) == 1
    books = store.select(f"SELECT ?d WHERE {{ GRAPH <{iris.METADATA_GRAPH}> {{ ?d ?p ?o }} }}")
    assert len({r["d"] for r in books}) == 1


def test_a_first_build_on_disk_keeps_one_version_of_a_repeated_document(tmp_path, example_doc):
    folder = tmp_path / "docs"
    (folder / "copy").mkdir(parents=True)
    shutil.copy(example_doc, folder / example_doc.name)
    text = example_doc.read_text(encoding="utf-8")
    (folder / "copy" / example_doc.name).write_text(text.replace("Den Haag", "Rotterdam", 1), encoding="utf-8")
    once = OxigraphStore(tmp_path / "once")
    build([folder / example_doc.name], once, batch=1)
    twice = OxigraphStore(tmp_path / "twice")      # empty store: no look-ups before the first writes
    report = build([folder], twice, batch=1)
    assert report.documents == 2 and any("replaces it" in m for _, m in report.warnings)
    graphs = [g for g in twice.named_graphs() if g not in (iris.ONTOLOGY_GRAPH, iris.METADATA_GRAPH)]
    assert len(graphs) == 1
    assert abs(twice.count(graphs[0]) - once.count(graphs[0])) < 50    # one version, not both added up


def test_cli_prunes_folders_unless_told_not_to(tmp_path, example_doc, corpus_dir):
    folder = tmp_path / "docs"
    folder.mkdir()
    shutil.copy(example_doc, folder / example_doc.name)
    other = sorted(corpus_dir.glob("kst-29521-*.txt"))[0]
    shutil.copy(other, folder / other.name)
    store = str(tmp_path / "store")
    runner = CliRunner()
    result = runner.invoke(main, ["build", str(folder), "--store", store, "-q", "-j", "1"])
    assert result.exit_code == 0, result.output
    (folder / other.name).unlink()
    report = tmp_path / "report.json"
    result = runner.invoke(main, ["build", str(folder), "--store", store, "--no-prune", "-q", "--report", str(report)])
    assert result.exit_code == 0 and json.loads(report.read_text())["removed"] == 0
    result = runner.invoke(main, ["build", str(folder), "--store", store, "-q", "--report", str(report)])
    assert result.exit_code == 0 and json.loads(report.read_text())["removed"] == 1
    st = open_store(store, read_only=True)
    assert iris.graph_iri(other.stem) not in st.named_graphs()


def _doc(key: str, n: int, bad: bool = False) -> tuple[str, dict, dict]:
    subject = f"<{iris.document_iri(key)}>"
    text = "".join(f'{subject} <http://example.org/p{i}> "{key} {i}" .\n' for i in range(n))
    if bad:
        text += f"{subject} <http://example.org/p> <http://example.org/not an iri> .\n"
    return key, {str(iris.graph_iri(key)): text}, {"sha256": key, "chars": 1, "path": f"/x/{key}.txt"}


@pytest.mark.parametrize("bulk_limit", [BULK_LOAD_MAX_QUADS, 10])
def test_a_refused_document_leaves_the_rest_of_its_batch_whole(tmp_path, monkeypatch, bulk_limit):
    """The on-disk batch load (bulk below the limit, transactional above) writes all or nothing:
    a batch with a malformed document is retried document by document."""
    monkeypatch.setattr("kg_builder.build.BULK_LOAD_MAX_QUADS", bulk_limit)
    st = OxigraphStore(tmp_path / "store")
    report = BuildReport(store=st.location)
    writer = _Writer(st, report, "sig", batch=3, batch_bytes=1 << 20)
    for doc in (_doc("a", 50), _doc("b", 40, bad=True), _doc("c", 30)):
        writer.add(*doc)
    writer.close()
    assert report.documents == 2 and [p for p, _ in report.failed] == ["/x/b.txt"]
    assert {str(g): st.count(g) for g in st.named_graphs()} == {
        str(iris.graph_iri("a")): 50, str(iris.graph_iri("c")): 30, str(iris.METADATA_GRAPH): 8}
    # a second version of a document replaces the first whole
    writer = _Writer(st, report, "sig", batch=3, batch_bytes=1 << 20)
    writer.add(*_doc("a", 20))
    writer.close()
    assert st.count(iris.graph_iri("a")) == 20 and st.count(iris.METADATA_GRAPH) == 8


def test_the_writer_gives_freed_memory_back_after_each_batch():
    from kg_builder import build as b
    b._release_memory()                  # glibc's malloc_trim where there is one, else nothing
    assert b._MALLOC_TRIM is None or callable(b._MALLOC_TRIM)
