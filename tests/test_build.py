"""The build API and `kg build`: progress, failures that do not stop a batch, one document
per key, and the pruning options of the command line."""
from __future__ import annotations

import json
import shutil

from click.testing import CliRunner

from kg_builder import iris
from kg_builder.build import build
from kg_builder.cli import main
from kg_builder.store import open_store


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
