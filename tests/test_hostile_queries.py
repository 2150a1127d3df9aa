"""Hostile and heavy HTTP requests against a real server: the cases that
``tests/test_web_security.py`` and ``tests/test_web_protocol.py`` (the server's own tests)
do not cover.

Here a loopback "outside world" records every request it gets, so "never fetched" is
checked, not assumed: SERVICE in odd spellings, FROM/FROM NAMED with remote IRIs, LOAD by a
curator.  Also more malformed queries and request bodies, an unbounded property path
stopped at the timeout while another client is served, and more traversal spellings.
"""
from __future__ import annotations

import http.server
import threading
import time

import pytest
import requests

pytestmark = [pytest.mark.server]
TIMEOUT = 3.0
SPARQL_QUERY = {"Content-Type": "application/sparql-query", "Accept": "application/sparql-results+json"}


class _Recorder(http.server.BaseHTTPRequestHandler):
    hits: list[str] = []

    def do_GET(self):  # noqa: N802
        _Recorder.hits.append(self.path)
        self.send_response(200)
        self.send_header("Content-Type", "text/turtle")
        self.send_header("Content-Length", "0")
        self.end_headers()

    do_POST = do_GET

    def log_message(self, *a):
        pass


@pytest.fixture(scope="module")
def outside():
    """A loopback 'outside world' that records requests: the server must never call it."""
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Recorder)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()


@pytest.fixture(scope="module")
def public(corpus_store, serve_app):
    from kg_builder.web import create_app
    app = create_app(store=corpus_store, query_timeout=TIMEOUT)
    url, server = serve_app(app)
    yield url
    server.close()
    app.extensions["kg"].close()


@pytest.fixture(scope="module")
def curator(tmp_path_factory, serve_app):
    from kg_builder.web import create_app
    app = create_app(store=tmp_path_factory.mktemp("curated") / "store", curator_token="s3cret",
                     query_timeout=TIMEOUT)
    url, server = serve_app(app)
    yield url
    server.close()
    app.extensions["kg"].close()


def no_trace(r: requests.Response) -> requests.Response:
    body = r.text
    assert "Traceback" not in body and 'File "/' not in body and "site-packages" not in body, body[:500]
    return r


def query(base: str, q: str, **kw) -> requests.Response:
    return no_trace(requests.post(f"{base}/sparql", data=q.encode(), headers=SPARQL_QUERY, timeout=120, **kw))


# ------------------------------------------------------------------ malformed
@pytest.mark.parametrize("q", ["SELEC ?x WHERE { ?x ?p ?o }", "SELECT ?x WHERE { ?x ?p ", "SELECT * {}}",
                               "PREFIX : <x> SELECT * WHERE { :a :b \"unterminated }", "\x00\x01",
                               "SELECT * WHERE { ?s ?p ?o } LIMIT -1", "DROP ALL"])
def test_malformed_queries_get_400_with_the_parser_message(public, q):
    r = query(public, q)
    assert r.status_code == 400
    assert "error at" in r.text or "expected" in r.text or "malformed" in r.text, r.text


def test_bad_requests_are_400_not_500(public):
    for r in [requests.post(f"{public}/sparql", data=b"\xff\xfe\xfa", headers=SPARQL_QUERY, timeout=30),
              requests.get(f"{public}/sparql", params=[("query", "ASK {}"), ("query", "ASK {}")], timeout=30),
              requests.post(f"{public}/sparql", data="SELECT ?é {}".encode("utf-16"),
                            headers={"Content-Type": "application/sparql-query; charset=utf-16"}, timeout=30)]:
        no_trace(r)
        assert 400 <= r.status_code < 500, (r.status_code, r.text)


# ------------------------------------------------------------------ refused operations
@pytest.mark.parametrize("q", [
    "SELECT * WHERE { SERVICE <{url}/sparql> { ?s ?p ?o } }",
    "select * where { # a comment\n  service silent <{url}/sparql> { ?s ?p ?o } }",
    "SELECT * WHERE { { SELECT ?s WHERE { SeRvIcE <{url}/q> { ?s ?p ?o } } } }",
    "SELECT * FROM <{url}/data.ttl> WHERE { ?s ?p ?o } LIMIT 1",
    "SELECT * FROM NAMED <{url}/named.ttl> WHERE { GRAPH ?g { ?s ?p ?o } } LIMIT 1",
])
def test_service_and_remote_datasets_are_never_fetched(public, outside, q):
    r = query(public, q.replace("{url}", outside))
    assert r.status_code in (200, 400, 403)
    assert _Recorder.hits == []


def test_load_by_a_curator_fetches_nothing(curator, outside):
    for update in [f"LOAD <{outside}/data.ttl>", f"load silent <{outside}/x> into graph <urn:g>"]:
        r = no_trace(requests.post(f"{curator}/sparql", data={"update": update}, timeout=30,
                                   headers={"Authorization": "Bearer s3cret"}))
        assert r.status_code in (400, 403), r.text
    assert _Recorder.hits == []


# ------------------------------------------------------------------ files
@pytest.mark.parametrize("path", [
    "/static/....//....//etc/passwd", "/static/%252e%252e/%252e%252e/etc/passwd",
    "/static/..%5c..%5c..%5cetc%5cpasswd", "/queries/..%2f..%2f..%2fetc%2fpasswd.rq",
    "/queries/../pyproject.toml", "/doc/..%2f..%2f..%2fetc%2fpasswd",
    "/id/org/..%2f..%2f..%2fetc%2fpasswd", "/dumps/%2e%2e%2f%2e%2e%2fpyproject.toml",
])
def test_no_route_serves_a_file_outside_its_folder(public, path):
    import urllib.request
    req = urllib.request.Request(public + path)   # urllib keeps the dots as written
    try:
        with urllib.request.urlopen(req, timeout=30) as resp:
            status, body = resp.status, resp.read().decode("utf-8", "replace")
    except urllib.error.HTTPError as exc:
        status, body = exc.code, exc.read().decode("utf-8", "replace")
    assert "root:" not in body and "[project]" not in body and "Traceback" not in body
    assert status in (200, 301, 302, 308, 400, 403, 404), status


# ------------------------------------------------------------------ runaway queries
def test_unbounded_property_path_stops_at_the_timeout_while_others_are_served(public):
    q = "SELECT * WHERE { ?a (<urn:p>|!<urn:q>)* ?b . ?c (!<urn:r>)+ ?d }"
    result: dict = {}

    def runaway():
        t0 = time.monotonic()
        result["response"] = query(public, q)
        result["seconds"] = time.monotonic() - t0
        result["ended"] = time.monotonic()

    t = threading.Thread(target=runaway)
    t.start()
    time.sleep(0.5)
    quick = query(public, "ASK { ?s ?p ?o }")
    quick_done = time.monotonic()
    page = no_trace(requests.get(f"{public}/", timeout=60))
    t.join(timeout=120)
    assert quick.status_code == 200 and page.status_code == 200
    r = result["response"]
    assert r.status_code in (503, 504), (r.status_code, r.text[:300])
    assert "stopped" in r.text or "timeout" in r.text.lower()
    assert result["seconds"] >= TIMEOUT * 0.9
    assert quick_done < result["ended"], "the quick query had to wait for the runaway one"


def test_the_server_still_answers_after_runaway_queries(public):
    assert query(public, "ASK { ?s ?p ?o }").json()["boolean"] is True
