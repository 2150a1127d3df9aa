"""A wheel (non-editable install) carries the package, its language data and the ontology, shapes and queries."""
from __future__ import annotations

import subprocess
import sys
import tomllib
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def _setuptools() -> dict:
    return tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["setuptools"]


def test_every_subpackage_is_listed():
    listed = set(_setuptools()["packages"])
    found = {".".join(p.parent.relative_to(ROOT).parts) for p in (ROOT / "kg_builder").rglob("__init__.py")}
    assert found <= listed, f"add {sorted(found - listed)} to [tool.setuptools] packages in pyproject.toml"


def test_shipped_folders_map_to_the_top_level_ones():
    mapping = _setuptools()["package-dir"]
    for name in ("ontology", "shapes", "queries"):
        assert mapping[f"kg_builder._{name}"] == name
        assert (ROOT / name).is_dir()


@pytest.mark.slow
def test_wheel_holds_ontology_shapes_queries_and_data(tmp_path):
    run = subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(tmp_path), str(ROOT)],
                         capture_output=True, text=True)
    if run.returncode != 0 and "No matching distribution" in run.stderr:
        pytest.skip("no package index to fetch the build backend from")
    assert run.returncode == 0, run.stderr
    names = set(zipfile.ZipFile(next(tmp_path.glob("*.whl"))).namelist())
    expected = {f"kg_builder/_ontology/{p.name}" for p in (ROOT / "ontology").glob("*.ttl")}
    expected |= {f"kg_builder/_shapes/{p.name}" for p in (ROOT / "shapes").glob("*.ttl")}
    expected |= {f"kg_builder/_queries/{p.name}" for p in (ROOT / "queries").glob("*.rq")}
    expected |= {f"kg_builder/data/nl/{p.name}" for p in (ROOT / "kg_builder/data/nl").iterdir()}
    assert expected <= names, sorted(expected - names)
