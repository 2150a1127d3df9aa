"""The ontology served at its IRI: HTML documentation and RDF by content negotiation."""
from __future__ import annotations

import json

import pytest
from rdflib import Graph, URIRef
from rdflib.namespace import OWL, RDF

from kg_builder import concepts
from kg_builder.vocab import KGB, ONTOLOGY_IRI

BROWSER = {"Accept": "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"}


@pytest.fixture(scope="module")
def client(web_app):
    return web_app.test_client()


def test_html_documents_every_term_with_an_anchor(client):
    r = client.get("/def", headers=BROWSER)
    assert r.status_code == 200 and r.mimetype == "text/html"
    page = r.get_data(as_text=True)
    for name in KGB.__annotations__:
        assert f'id="{name}"' in page, name
    for scheme in concepts.schemes():
        assert f'id="scheme-{scheme}"' in page
    assert "Class hierarchy" in page and "prov:Entity" in page and "inferred" in page


def test_usage_counts_come_from_the_graph(client, corpus_store):
    page = client.get("/def", headers=BROWSER).get_data(as_text=True)
    n = int(corpus_store.select("SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE { ?s a <%s> }" % KGB.Mention)[0]["n"])
    assert n > 0
    section = page[page.index('id="Mention"'):]
    assert f">{n} <" in section[:section.index("</section>")]


@pytest.mark.parametrize("accept,fmt", [("text/turtle", "turtle"), ("application/ld+json", "json-ld"),
                                        ("application/rdf+xml", "xml")])
def test_content_negotiation(client, accept, fmt):
    r = client.get("/def", headers={"Accept": accept})
    assert r.status_code == 200 and r.mimetype == accept and "Accept" in r.headers.get("Vary", "")
    g = Graph().parse(data=r.get_data(as_text=True), format=fmt)
    assert (URIRef(ONTOLOGY_IRI), RDF.type, OWL.Ontology) in g
    assert (KGB.Militia, RDF.type, OWL.Class) in g


def test_extensions_and_version_iri(client):
    assert client.get("/def.ttl").mimetype == "text/turtle"
    assert json.loads(client.get("/def.jsonld").get_data(as_text=True))
    assert client.get("/def/0.1.0").status_code == 303
    assert client.get("/def", headers={"Accept": "image/png"}).status_code == 406


def test_concepts_and_schemes_resolve(client):
    iri = concepts.concept("actor-type", "militia")
    path = str(iri)[len("https://w3id.org/kamerkg"):]
    r = client.get(path, headers=BROWSER)
    assert r.status_code == 200 and "militie" in r.get_data(as_text=True)
    g = Graph().parse(data=client.get(path, headers={"Accept": "text/turtle"}).get_data(as_text=True), format="turtle")
    assert (iri, None, None) in g
    assert client.get("/def/actor-type", headers=BROWSER).status_code == 200
    assert client.get("/def/no-such-scheme", headers=BROWSER).status_code == 404
    assert client.get("/def/actor-type/no-such-concept", headers=BROWSER).status_code == 404
