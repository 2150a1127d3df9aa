"""Hostile requests: path traversal, oversized bodies, LOAD/SERVICE, writes, stack traces."""
from __future__ import annotations

import http.client
from urllib.parse import quote, urlsplit

import pytest

from kg_builder.iris import CURATION_GRAPH
from kg_builder.store import open_store
from kg_builder.web import create_app

DOC_GRAPH = "https://w3id.org/kamerkg/graph/kst-1"
TOKEN = "s3cret-curator-token"


def raw_get(base: str, path: str) -> tuple[int, bytes]:
    """GET ``path`` byte for byte (no client-side normalisation of ``..``)."""
    u = urlsplit(base)
    c = http.client.HTTPConnection(u.hostname, u.port, timeout=30)
    c.request("GET", path)
    r = c.getresponse()
    body = r.read()
    c.close()
    return r.status, body


@pytest.mark.parametrize("path", [
    "/static/../../../../etc/passwd", "/static/%2e%2e/%2e%2e/%2e%2e/etc/passwd",
    "/static/..%2f..%2f..%2f..%2fetc%2fpasswd", "/dumps/..%2f..%2f..%2fetc%2fpasswd",
    "/dumps/../../etc/passwd", "/queries/..%2f..%2fpyproject.rq", "/static/css/../../__init__.py",
    "/static//etc/passwd", "/dumps/%2fetc%2fpasswd",
])
def test_no_path_traversal(live_server, path):
    status, body = raw_get(live_server, path)
    assert status in (308, 400, 404)  # 308: werkzeug merges '//' and redirects inside /static/
    assert b"root:" not in body and b"create_app" not in body and b"[build-system]" not in body


def test_static_files_are_served(live_server):
    status, body = raw_get(live_server, "/static/css/site.css")
    assert status == 200 and b"--accent" in body


def test_oversized_body_is_413(web_app):
    c = web_app.test_client()
    big = "ASK { " + "?s ?p ?o . " * 200_000 + "}"
    r = c.post("/sparql", data=big, headers={"Content-Type": "application/sparql-query"})
    assert r.status_code == 413 and b"Traceback" not in r.data


def test_too_long_url_is_414(web_app):
    r = web_app.test_client().get("/sparql?query=" + "x" * 70_000)
    assert r.status_code == 414


@pytest.mark.parametrize("query", [
    "SELECT * WHERE { SERVICE <http://example.org/sparql> { ?s ?p ?o } }",
    "SELECT * WHERE { ?s ?p ?o . service   <http://127.0.0.1:9/> { ?s ?p ?o } }",
])
def test_service_is_refused(web_app, query):
    r = web_app.test_client().get("/sparql?query=" + quote(query))
    assert r.status_code == 403 and b"SERVICE" in r.data


def test_the_word_service_elsewhere_is_fine(web_app):
    query = 'SELECT ?service WHERE { BIND("SERVICE" AS ?service) } # SERVICE'
    assert web_app.test_client().get("/sparql?query=" + quote(query)).status_code == 200


@pytest.mark.parametrize("body,ctype", [
    ("INSERT DATA { <http://a> <http://b> <http://c> }", "application/sparql-update"),
    ("update=" + quote("DROP ALL"), "application/x-www-form-urlencoded"),
    ("LOAD <http://example.org/data.ttl>", "application/sparql-update"),
])
def test_updates_are_refused_when_public(web_app, body, ctype):
    r = web_app.test_client().post("/sparql", data=body, headers={"Content-Type": ctype})
    assert r.status_code == 403 and b"read-only" in r.data


def test_update_by_get_is_refused(web_app):
    assert web_app.test_client().get("/sparql?update=" + quote("DROP ALL")).status_code == 405


def test_graph_store_writes_are_refused_when_public(web_app):
    c = web_app.test_client()
    r = c.put("/store?graph=" + quote(str(CURATION_GRAPH)), data="<http://a> <http://b> <http://c> .",
              headers={"Content-Type": "application/n-triples"})
    assert r.status_code == 403


@pytest.fixture
def curator_app(tmp_path):
    store = open_store(tmp_path / "store")
    store.update(f"INSERT DATA {{ GRAPH <{DOC_GRAPH}> {{ <http://x/s> <http://x/p> 'extracted' }} }}")
    app = create_app(store=store, curator_token=TOKEN)
    yield app
    app.extensions["kg"].close()
    store.close()


def _update(c, text, token=TOKEN):
    headers = {"Content-Type": "application/sparql-update"}
    if token:
        headers["Authorization"] = f"Bearer {token}"
    return c.post("/sparql", data=text, headers=headers)


def test_curator_needs_the_token(curator_app):
    c = curator_app.test_client()
    ins = f"INSERT DATA {{ GRAPH <{CURATION_GRAPH}> {{ <http://x/s> <http://x/p> 'fixed' }} }}"
    assert _update(c, ins, token=None).status_code == 401
    assert _update(c, ins, token="wrong").status_code == 401
    assert _update(c, ins).status_code == 204
    r = c.get("/sparql?query=" + quote(f"ASK {{ GRAPH <{CURATION_GRAPH}> {{ <http://x/s> <http://x/p> 'fixed' }} }}"))
    assert b"true" in r.data


@pytest.mark.parametrize("update", [
    f"INSERT DATA {{ GRAPH <{DOC_GRAPH}> {{ <http://x/s> <http://x/p> 'changed' }} }}",
    f"DELETE DATA {{ GRAPH <{DOC_GRAPH}> {{ <http://x/s> <http://x/p> 'extracted' }} }}",
    "INSERT DATA { <http://x/s> <http://x/p> 'default graph' }",
    "DROP ALL", "CLEAR NAMED",
    f"DELETE {{ GRAPH ?g {{ ?s ?p ?o }} }} WHERE {{ GRAPH ?g {{ ?s ?p ?o }} }}",
    f"COPY <{CURATION_GRAPH}> TO <{DOC_GRAPH}>",
    f"MOVE <{DOC_GRAPH}> TO <{CURATION_GRAPH}/moved>",
])
def test_corrections_stay_apart_from_extracted_facts(curator_app, update):
    c = curator_app.test_client()
    r = _update(c, update)
    assert r.status_code == 403, r.data
    still = c.get("/sparql?query=" + quote(f"ASK {{ GRAPH <{DOC_GRAPH}> {{ <http://x/s> <http://x/p> 'extracted' }} }}"))
    assert b"true" in still.data


def test_curator_load_is_refused(curator_app):
    r = _update(curator_app.test_client(), f"LOAD <http://example.org/x.ttl> INTO GRAPH <{CURATION_GRAPH}>")
    assert r.status_code == 403 and b"LOAD" in r.data


def test_curator_graph_store(curator_app):
    c = curator_app.test_client()
    auth = {"Authorization": f"Bearer {TOKEN}", "Content-Type": "text/turtle"}
    target = "/store?graph=" + quote(str(CURATION_GRAPH) + "/note-1", safe="")
    assert c.put(target, data="<http://x/s> <http://x/p> 'note' .", headers=auth).status_code == 201
    got = c.get(target, headers={"Accept": "application/n-triples"})
    assert b"'note'" in got.data or b'"note"' in got.data
    assert c.put("/store?graph=" + quote(DOC_GRAPH, safe=""), data="<http://x/s> <http://x/p> 'x' .",
                 headers=auth).status_code == 403
    assert c.delete(target, headers=auth).status_code == 204


@pytest.mark.parametrize("path", [
    "/sparql?query=" + quote("SELECT * WHERE { ?s ?p }"), "/sparql?query=" + quote("\x00\xff"),
    "/id/org/" + "x" * 3000, "/doc/%3Cscript%3E", "/list?class=" + quote("<>\"{}"), "/store?graph=",
    "/sparql?query=" + quote("SELECT (<http://x/f>(?a) AS ?b) {}") + "&default-graph-uri=" + quote("not an iri"),
])
def test_errors_never_show_stack_traces(web_app, path):
    r = web_app.test_client().get(path, headers={"Accept": "text/html"})
    assert r.status_code < 600
    assert b"Traceback" not in r.data and b'File "' not in r.data


def test_internal_error_is_a_short_message(corpus_store):
    app = create_app(store=corpus_store)
    try:
        @app.route("/boom")
        def boom():
            raise RuntimeError("secret internals")
        r = app.test_client().get("/boom")
        assert r.status_code == 500
        assert b"secret internals" not in r.data and b"Traceback" not in r.data
    finally:
        app.extensions["kg"].close()
