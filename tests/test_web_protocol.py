"""SPARQL 1.1 Protocol at /sparql, with Flask's test client and over real HTTP (waitress)."""
from __future__ import annotations

import io
import json
import threading
import time
from dataclasses import dataclass
from urllib.parse import quote

import pytest
import requests
from rdflib import Dataset, Graph
from rdflib.query import Result

from kg_builder.web import create_app

KH = "https://w3id.org/kamerkg/id/org/kataib-hezbollah"
AL_GRAPH = "https://w3id.org/kamerkg/graph/kst-27925-AL"
SELECT = "SELECT ?s WHERE { ?s a <https://w3id.org/kamerkg/def#Militia> } LIMIT 3"
CONSTRUCT = f"CONSTRUCT {{ <{KH}> ?p ?o }} WHERE {{ <{KH}> ?p ?o }}"


@dataclass
class Resp:
    status: int
    headers: dict
    content: bytes

    @property
    def text(self) -> str:
        return self.content.decode("utf-8", "replace")

    @property
    def media(self) -> str:
        return self.headers.get("content-type", "").split(";")[0].strip()


class Http:
    """The same requests through Flask's test client or a real HTTP server."""

    def __init__(self, app=None, base: str | None = None):
        self.client = app.test_client() if app is not None else None
        self.base = base

    def request(self, method: str, path: str, headers=None, data=None) -> Resp:
        headers = headers or {}
        if self.client is not None:
            r = self.client.open(path, method=method, headers=headers, data=data)
            return Resp(r.status_code, {k.lower(): v for k, v in r.headers.items()}, r.get_data())
        r = requests.request(method, self.base + path, headers=headers, data=data, timeout=60,
                             allow_redirects=False)
        return Resp(r.status_code, {k.lower(): v for k, v in r.headers.items()}, r.content)

    def get(self, path, **kw):
        return self.request("GET", path, **kw)

    def post(self, path, **kw):
        return self.request("POST", path, **kw)


@pytest.fixture(params=["flask", "waitress"])
def http(request, web_app):
    if request.param == "flask":
        return Http(app=web_app)
    return Http(base=request.getfixturevalue("live_server"))


def q(query: str) -> str:
    return "/sparql?query=" + quote(query)


def parse_results(r: Resp):
    fmt = {"application/sparql-results+json": "json", "application/sparql-results+xml": "xml",
           "text/csv": "csv", "text/tab-separated-values": "tsv"}[r.media]
    return Result.parse(io.BytesIO(r.content), format=fmt)


def test_get_select_defaults_to_json(http):
    r = http.get(q(SELECT))
    assert r.status == 200 and r.media == "application/sparql-results+json"
    assert KH in {b["s"]["value"] for b in json.loads(r.content)["results"]["bindings"]}


@pytest.mark.parametrize("accept,media", [
    ("application/sparql-results+xml", "application/sparql-results+xml"),
    ("text/csv", "text/csv"),
    ("text/tab-separated-values", "text/tab-separated-values"),
    ("text/csv;q=0.5, application/sparql-results+xml;q=0.9", "application/sparql-results+xml"),
    ("application/json", "application/sparql-results+json"),
    ("*/*", "application/sparql-results+json"),
])
def test_select_content_negotiation(http, accept, media):
    r = http.get(q(SELECT), headers={"Accept": accept})
    assert r.status == 200 and r.media == media
    if media != "text/csv":
        assert len(parse_results(r)) == 3


def test_format_parameter_overrides_accept(http):
    r = http.get(q(SELECT) + "&format=csv", headers={"Accept": "application/sparql-results+xml"})
    assert r.media == "text/csv" and r.text.splitlines()[0] == "s"


def test_post_form_and_direct(http):
    form = http.post("/sparql", headers={"Content-Type": "application/x-www-form-urlencoded"},
                     data="query=" + quote("ASK { ?s ?p ?o }"))
    direct = http.post("/sparql", headers={"Content-Type": "application/sparql-query"}, data="ASK { ?s ?p ?o }")
    for r in (form, direct):
        assert r.status == 200 and json.loads(r.content)["boolean"] is True


@pytest.mark.parametrize("accept,fmt", [
    ("text/turtle", "turtle"), ("application/n-triples", "nt"), ("application/ld+json", "json-ld"),
    ("application/rdf+xml", "xml"), ("application/n-quads", "nquads"), ("application/trig", "trig"),
])
def test_construct_in_every_rdf_format(http, accept, fmt):
    r = http.get(q(CONSTRUCT), headers={"Accept": accept})
    assert r.status == 200 and r.media == accept
    g = Dataset() if fmt in ("nquads", "trig") else Graph()
    g.parse(data=r.content, format=fmt)
    assert len(g) > 0


def test_describe_is_bounded_to_the_resource(http):
    r = http.get(q(f"DESCRIBE <{KH}>"), headers={"Accept": "application/n-triples"})
    g = Graph().parse(data=r.content, format="nt")
    subjects = {str(s) for s in g.subjects()}
    assert KH in subjects
    assert all(s == KH or not s.startswith("http") for s in subjects)  # only blank-node closure besides it


def test_union_default_graph_and_protocol_dataset(http):
    count = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"
    union = int(json.loads(http.get(q(count)).content)["results"]["bindings"][0]["n"]["value"])
    one = http.get(q(count) + "&default-graph-uri=" + quote(AL_GRAPH, safe=""))
    n_al = int(json.loads(one.content)["results"]["bindings"][0]["n"]["value"])
    assert 0 < n_al < union
    named = http.get(q("SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }") + "&named-graph-uri=" + quote(AL_GRAPH, safe=""))
    assert [b["g"]["value"] for b in json.loads(named.content)["results"]["bindings"]] == [AL_GRAPH]


def test_malformed_query_is_400_with_the_parser_message(http):
    r = http.get(q("SELECT ?s WHERE { ?s ?p "))
    assert r.status == 400 and r.media == "text/plain"
    assert "malformed query" in r.text and "expected" in r.text and "Traceback" not in r.text


@pytest.mark.parametrize("method,headers,data,status", [
    ("PUT", {}, None, 405),
    ("POST", {"Content-Type": "text/plain"}, "ASK {}", 415),
    ("POST", {}, "query=ASK%20%7B%7D", 415),
    ("POST", {"Content-Type": "application/sparql-query; charset=UTF-16"}, "ASK {}".encode("utf-16"), 415),
    ("POST", {"Content-Type": "application/x-www-form-urlencoded"}, "nothing=1", 400),
])
def test_protocol_errors(http, method, headers, data, status):
    r = http.request(method, "/sparql", headers=headers, data=data)
    assert r.status == status
    if status == 405:
        assert "GET" in r.headers.get("allow", "") and "POST" in r.headers.get("allow", "")


def test_two_queries_are_refused(http):
    assert http.get("/sparql?query=ASK%7B%7D&query=ASK%7B%7D").status == 400


def test_not_acceptable(http):
    assert http.get(q(SELECT), headers={"Accept": "image/png"}).status == 406
    assert http.get(q(SELECT), headers={"Accept": "text/turtle"}).status == 406  # SELECT has no RDF form


def test_service_description_without_query(http):
    r = http.get("/sparql", headers={"Accept": "text/turtle"})
    g = Graph().parse(data=r.content, format="turtle")
    sd = "http://www.w3.org/ns/sparql-service-description#"
    assert any(str(o) == sd + "Service" for o in g.objects())
    assert any(str(o) == sd + "UnionDefaultGraph" for o in g.objects())


def test_browser_is_sent_to_the_query_page(http):
    r = http.get(q(SELECT), headers={"Accept": "text/html,application/xhtml+xml,*/*;q=0.8"})
    assert r.status == 303 and "/query?query=" in r.headers["location"]


def test_void(http):
    r = http.get("/.well-known/void", headers={"Accept": "text/turtle"})
    g = Graph().parse(data=r.content, format="turtle")
    void = "http://rdfs.org/ns/void#"
    assert any(str(p) == void + "sparqlEndpoint" for p in g.predicates())
    dumps = {str(o) for p, o in g.predicate_objects() if str(p) == void + "dataDump"}
    assert any(d.endswith("/dumps/kamerkg.trig.gz") for d in dumps)


def test_download_of_results(http):
    r = http.post("/sparql", headers={"Content-Type": "application/x-www-form-urlencoded"},
                  data=f"query={quote(SELECT)}&format=csv&download=1")
    assert r.media == "text/csv" and "attachment" in r.headers["content-disposition"]


def test_max_rows_cuts_results(corpus_store):
    app = create_app(store=corpus_store, max_rows=5)
    try:
        r = app.test_client().get(q("SELECT * WHERE { ?s ?p ?o }"))
        assert len(json.loads(r.data)["results"]["bindings"]) == 5
        assert r.headers["KG-Results-Truncated"] == "max-rows=5"
        c = app.test_client().get(q("CONSTRUCT WHERE { ?s ?p ?o }"), headers={"Accept": "application/n-triples"})
        assert len(c.data.decode().strip().splitlines()) == 5
    finally:
        app.extensions["kg"].close()


@pytest.mark.slow
def test_runaway_query_is_stopped_and_others_are_served(corpus_store, serve_app):
    """A cartesian product stops at the timeout; simple queries meanwhile answer at once."""
    app = create_app(store=corpus_store, query_timeout=2, query_workers=2)
    base, server = serve_app(app)
    try:
        runaway = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"
        result = {}

        def slow():
            t0 = time.monotonic()
            r = requests.get(base + q(runaway), timeout=60)
            result.update(status=r.status_code, seconds=time.monotonic() - t0, text=r.text)
        th = threading.Thread(target=slow)
        th.start()
        time.sleep(0.3)
        for _ in range(5):
            assert requests.get(base + q("ASK { ?s ?p ?o }"), timeout=10).status_code == 200
        th.join()
        assert result["status"] == 503 and "stopped" in result["text"]
        assert result["seconds"] < 10
        assert requests.get(base + q("ASK {}"), timeout=10).status_code == 200  # a fresh worker took over
    finally:
        server.close()
        app.extensions["kg"].close()
