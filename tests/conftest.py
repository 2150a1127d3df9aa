"""Shared fixtures.  The corpus and gold annotations live beside the project
(``../shared``); set ``KG_CORPUS`` / ``KG_GOLD`` to use other folders."""
from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def _shared(env: str, name: str) -> Path:
    return Path(os.environ.get(env, ROOT.parent / "shared" / name)).resolve()


@pytest.fixture(scope="session")
def repo_root() -> Path:
    return ROOT


@pytest.fixture(scope="session")
def corpus_dir() -> Path:
    p = _shared("KG_CORPUS", "corpus")
    if not p.is_dir():
        pytest.skip(f"corpus not found at {p}; set KG_CORPUS")
    return p


@pytest.fixture(scope="session")
def gold_dir() -> Path:
    p = _shared("KG_GOLD", "gold")
    if not p.is_dir():
        pytest.skip(f"gold annotations not found at {p}; set KG_GOLD")
    return p


@pytest.fixture(scope="session")
def example_doc() -> Path:
    return ROOT / "examples" / "kst-27925-AL.txt"


@pytest.fixture(scope="session")
def corpus_store(tmp_path_factory, corpus_dir):
    """The whole corpus built once into an embedded Oxigraph store (read it, don't write)."""
    from kg_builder.build import build
    from kg_builder.store import open_store

    path = tmp_path_factory.mktemp("corpus-store") / "store"
    report = build([corpus_dir], path)
    assert not report.failed, report.failed
    store = open_store(path)
    yield store
    store.close()


def pytest_addoption(parser):
    parser.addoption("--update-golden", action="store_true", default=False,
                     help="rewrite tests/golden/*.ttl from the current output")
