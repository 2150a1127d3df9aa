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


# -- web server fixtures (tests/test_web_*.py, test_queries.py, test_browser.py)
@pytest.fixture(scope="session")
def web_app(corpus_store):
    """The Flask app over the corpus store, read-only (public configuration)."""
    from kg_builder.web import create_app
    app = create_app(store=corpus_store, query_timeout=20)
    yield app
    app.extensions["kg"].close()


def serve_in_thread(app):
    """Run ``app`` under waitress on a free loopback port; returns (base URL, server)."""
    import threading

    from waitress import create_server
    server = create_server(app, host="127.0.0.1", port=0, threads=8)
    threading.Thread(target=server.run, daemon=True).start()
    return f"http://127.0.0.1:{server.effective_port}", server


@pytest.fixture(scope="session")
def live_server(web_app):
    """Base URL of a real HTTP server (waitress in a thread) over the corpus store."""
    url, server = serve_in_thread(web_app)
    yield url
    server.close()


@pytest.fixture(scope="session")
def serve_app():
    """``serve_app(app) -> (base URL, server)``: another app on a real HTTP server; close it after."""
    return serve_in_thread


# -- extraction on a text snippet (tests/test_persons.py ... test_resolve.py)
@pytest.fixture(scope="session")
def analyse_text():
    """``analyse_text(text, use_gazetteer=True)``: the Analysis of a snippet as a document."""
    from kg_builder.document import Document
    from kg_builder.pipeline import analyse

    def run(text: str, use_gazetteer: bool = True, key: str = "snippet"):
        return analyse(Document(key=key, text=text), use_gazetteer=use_gazetteer)

    return run


def entities_of(analysis, kind: str) -> dict:
    """Entities of one kind by name."""
    return {e.name: e for e in analysis.entities if e.kind == kind}
