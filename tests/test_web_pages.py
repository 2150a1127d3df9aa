"""Linked-data pages, document pages, query page, timeline, citations, dumps, languages."""
from __future__ import annotations

import gzip
import re

import pytest
import requests
from rdflib import Graph, URIRef

from kg_builder.iris import INFERRED_GRAPH
from kg_builder.store import open_store
from kg_builder.web import create_app

BASE = "https://w3id.org/kamerkg/"
KH = BASE + "id/org/kataib-hezbollah"
HTML = {"Accept": "text/html"}


@pytest.fixture(scope="module")
def client(web_app):
    return web_app.test_client()


def test_home_lists_documents(client):
    r = client.get("/", headers=HTML)
    assert r.status_code == 200 and b'href="/doc/kst-27925-AL"' in r.data


def test_resource_page_with_evidence_links(client):
    html = client.get("/id/org/kataib-hezbollah", headers=HTML).get_data(as_text=True)
    assert "Kata" in html and "Hezbollah" in html
    assert 'href="/def#Militia"' in html or "Militia" in html
    links = re.findall(r'href="(/doc/kst-27925-AL#char=(\d+),(\d+))"', html)
    assert links, "no evidence link to the document"
    assert 'rel="alternate"' in html and 'href="/id/org/kataib-hezbollah.ttl"' in html


@pytest.mark.parametrize("accept,fmt", [("text/turtle", "turtle"), ("application/ld+json", "json-ld"),
                                        ("application/n-triples", "nt"), ("application/rdf+xml", "xml")])
def test_resource_rdf_by_negotiation(client, accept, fmt):
    r = client.get("/id/org/kataib-hezbollah", headers={"Accept": accept})
    assert r.status_code == 200 and r.mimetype == accept
    g = Graph().parse(data=r.data, format=fmt)
    assert (URIRef(KH), None, None) in g


@pytest.mark.parametrize("ext,fmt", [("ttl", "turtle"), ("jsonld", "json-ld"), ("nt", "nt"), ("rdf", "xml")])
def test_resource_rdf_by_extension(client, ext, fmt):
    r = client.get(f"/id/org/kataib-hezbollah.{ext}")
    assert r.status_code == 200
    assert (URIRef(KH), None, None) in Graph().parse(data=r.data, format=fmt)


def test_unknown_resource_is_404(client):
    assert client.get("/id/org/no-such-thing", headers=HTML).status_code == 404


def test_document_page(client):
    html = client.get("/doc/kst-27925-AL", headers=HTML).get_data(as_text=True)
    assert 'id="doctext"' in html and 'class="m ' in html          # text with mentions
    assert 'href="/doc/kst-27925-960"' in html                      # cites nr. 960
    assert "2023-11-28" in html and "2023-12-20" in html            # the two letters
    assert 'href="/id/org/kataib-hezbollah"' in html                # entity mentioned
    assert "BESTRIJDING" in html.upper()


def test_mention_spans_match_the_text(client, corpus_dir):
    html = client.get("/doc/kst-27925-AL", headers=HTML).get_data(as_text=True)
    text = (corpus_dir / "kst-27925-AL.txt").read_text(encoding="utf-8")
    import html as htmlmod
    spans = re.findall(r'<a class="m[^"]*" data-s="(\d+)" data-e="(\d+)"[^>]*>(.*?)</a>', html, re.S)
    assert len(spans) > 20
    for s, e, inner in spans:
        assert htmlmod.unescape(inner) == text[int(s):int(e)]


def test_cited_paper_outside_the_corpus_shows_who_cites_it(client):
    html = client.get("/doc/kst-27925-960", headers=HTML).get_data(as_text=True)
    assert 'href="/doc/kst-27925-AL"' in html


def test_language_switch(client):
    en = client.get("/", headers={**HTML, "Accept-Language": "en-GB,en;q=0.9"}).get_data(as_text=True)
    nl = client.get("/", headers={**HTML, "Accept-Language": "nl"}).get_data(as_text=True)
    assert '<html lang="en">' in en and ">Query<" in en
    assert '<html lang="nl">' in nl and ">Zoekvraag<" in nl
    r = client.get("/?lang=en", headers={**HTML, "Accept-Language": "nl"})
    assert '<html lang="en">' in r.get_data(as_text=True) and "lang=en" in r.headers["Set-Cookie"]


def test_query_page_lists_canned_queries(client):
    html = client.get("/query", headers=HTML).get_data(as_text=True)
    assert html.count('class="canned-q') >= 12
    assert "PREFIX kgb: &lt;https://w3id.org/kamerkg/def#&gt;" in html
    raw = client.get("/queries/17-evidence.rq")
    assert raw.status_code == 200 and b"kgb:denotes" in raw.data
    assert len(client.get("/queries/").get_json()) >= 12


def test_timeline_with_filters(client):
    html = client.get("/timeline", headers=HTML).get_data(as_text=True)
    assert "<svg" in html and "2023-11-22" in html
    for name in ("actor", "militia", "mission", "place"):
        assert f'name="{name}"' in html
    place = re.search(r'<option value="([^"]+)" >Jurf al-Nasr</option>', html).group(1)
    filtered = client.get("/timeline?place=" + place, headers=HTML).get_data(as_text=True)
    rows = re.findall(r"<tr id=", filtered)
    assert rows and "2023-11-22" in filtered and len(rows) < html.count("<tr id=")


def test_citation_graph_data(client):
    data = client.get("/citations.json").get_json()
    assert {"source": BASE + "doc/kst-27925-AL", "target": BASE + "doc/kst-27925-960"} in data["links"]
    assert client.get("/citations", headers=HTML).status_code == 200


def test_dumps(client):
    assert b"kamerkg.trig.gz" in client.get("/dumps/", headers=HTML).data
    r = client.get("/dumps/kamerkg.nq.gz")
    lines = gzip.decompress(r.data).decode().splitlines()
    assert r.status_code == 200 and any(f"<{BASE}graph/kst-27925-AL>" in line for line in lines)
    trig = client.get("/dumps/kamerkg.trig")
    assert trig.status_code == 200 and trig.mimetype == "application/trig"


def test_pages_use_no_external_assets(client):
    for path in ("/", "/query", "/doc/kst-27925-AL", "/timeline", "/citations", "/id/org/kataib-hezbollah"):
        html = client.get(path, headers=HTML).get_data(as_text=True)
        assert not re.search(r'<(script|link)[^>]+(src|href)="(https?:)?//', html), path
        for asset in re.findall(r'(?:src|href)="(/static/[^"]+)"', html):
            assert client.get(asset).status_code == 200, asset


def test_inferred_facts_are_marked(tmp_path):
    store = open_store(tmp_path / "store")
    store.update(f"""INSERT DATA {{
      GRAPH <{BASE}graph/d1> {{ <{KH}> a <{BASE}def#Militia> ; <http://www.w3.org/2000/01/rdf-schema#label> "KH" }}
      GRAPH <{INFERRED_GRAPH}> {{ <{KH}> a <{BASE}def#ArmedGroup> }} }}""")
    app = create_app(store=store)
    try:
        html = app.test_client().get("/id/org/kataib-hezbollah", headers=HTML).get_data(as_text=True)
        assert 'class="flag inferred"' in html
        assert html.count('class="flag inferred"') == 1
    finally:
        app.extensions["kg"].close()
        store.close()


def test_pages_over_real_http(live_server):
    r = requests.get(live_server + "/doc/kst-27925-AL", headers=HTML, timeout=30)
    assert r.status_code == 200 and "doctext" in r.text
    t = requests.get(live_server + "/id/org/kataib-hezbollah", headers={"Accept": "text/turtle"}, timeout=30)
    assert t.headers["Content-Type"].startswith("text/turtle")
