"""The `kg` command end to end on the example document (real store, real files)."""
from __future__ import annotations

import json
import subprocess
import sys

import pytest
from click.testing import CliRunner

from kg_builder.cli import main


@pytest.fixture(scope="module")
def built_store(tmp_path_factory, example_doc):
    store = tmp_path_factory.mktemp("cli") / "store"
    result = CliRunner().invoke(main, ["build", str(example_doc.parent), "--store", str(store), "-q"])
    assert result.exit_code == 0, result.output
    return store


def test_kg_is_a_console_script():
    out = subprocess.run([sys.executable, "-m", "kg_builder.cli", "--help"], capture_output=True, text=True)
    assert out.returncode == 0 and "build" in out.stdout and "serve" in out.stdout


def test_build_reports_and_skips_unchanged(built_store, example_doc):
    result = CliRunner().invoke(
        main, ["build", str(example_doc.parent), "--store", str(built_store)])
    assert result.exit_code == 0
    assert "0 documents (1 unchanged" in result.stderr


def test_build_without_a_terminal_logs_progress_lines(tmp_path, example_doc):
    result = CliRunner().invoke(main, ["build", str(example_doc.parent), "--store", str(tmp_path / "s")])
    assert result.exit_code == 0, result.output
    assert "building: 1/1 documents" in result.stderr and "docs/s" in result.stderr


def test_build_with_compact_evidence(tmp_path, example_doc):
    from kg_builder.store import open_store
    result = CliRunner().invoke(main, ["build", str(example_doc.parent), "--store", str(tmp_path / "s"),
                                       "--evidence", "compact", "-q"])
    assert result.exit_code == 0, result.output
    st = open_store(tmp_path / "s")
    assert st.ask("ASK { GRAPH ?g { ?m <https://w3id.org/kamerkg/def#quote> ?q } }")
    assert not st.ask("ASK { GRAPH ?g { ?m <http://www.w3.org/ns/oa#hasTarget> ?t } }")
    bad = CliRunner().invoke(main, ["build", str(example_doc.parent), "--store", str(tmp_path / "t"),
                                    "--evidence", "tiny"])
    assert bad.exit_code == 2 and "compact" in bad.output


def test_extract_prints_gold_schema(example_doc):
    result = CliRunner().invoke(main, ["extract", str(example_doc), "--format", "json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert {"document", "persons", "organisations", "places", "missions", "dates",
            "citations", "events", "quantities"} <= set(data)
    assert data["document"]["id"] == "kst-27925-AL"


@pytest.mark.parametrize("fmt,marker", [("trig", b"GRAPH"), ("nquads", b"> <"), ("turtle", b"@prefix"),
                                        ("jsonld", b"@id")])
def test_export_formats(built_store, tmp_path, fmt, marker):
    out = tmp_path / f"dump.{fmt}"
    result = CliRunner().invoke(main, ["export", "--store", str(built_store), "--format", fmt, "-o", str(out)])
    assert result.exit_code == 0, result.output
    data = out.read_bytes()
    assert marker in data or (fmt == "trig" and b"{" in data)


def test_build_of_missing_path_fails_clearly(tmp_path):
    result = CliRunner().invoke(main, ["build", str(tmp_path / "nope"), "--store", str(tmp_path / "s")])
    assert result.exit_code == 1
    assert "no such file or folder" in result.stderr and "Fix:" in result.stderr


def test_extractors_lists_terms():
    result = CliRunner().invoke(main, ["extractors"])
    assert result.exit_code == 0 and "https://w3id.org/kamerkg/def#" in result.output
