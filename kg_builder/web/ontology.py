"""The ontology at its IRI: ``/def`` (HTML, Turtle, JSON-LD, RDF/XML by content negotiation).

``/def`` documents every class and property (anchors ``/def#Term``, so each term IRI
``…/def#Term`` lands on its entry), the alignments and the concept schemes, with how often
each term is used in the graph (asserted and inferred, counted by SPARQL on the store).
``/def/<scheme>`` and ``/def/<scheme>/<slug>`` show a concept scheme and a concept;
``/def/<version>`` (the version IRI) serves the ontology too.
"""
from __future__ import annotations

from flask import Blueprint, Response, abort, redirect, render_template, request
from rdflib import Graph, URIRef
from rdflib.namespace import OWL

from ..ontodoc import concept, curie, describe, schemes, usage
from ..ontology import load_ontology
from ..vocab import ONTOLOGY_IRI
from .i18n import lang
from .negotiate import EXTENSIONS, choose, wants_html
from .state import state

bp = Blueprint("ontology", __name__)

RDF_FORMATS = {"text/turtle": "turtle", "application/ld+json": "json-ld", "application/rdf+xml": "xml",
               "application/n-triples": "nt"}


def _counts() -> dict:
    return state().cached("ontology-usage", lambda: usage(state().store))


def _rdf_media(ext: str | None) -> str | None:
    """The RDF media type asked for (file extension, ``format=``, Accept), or None for HTML."""
    if ext:
        if EXTENSIONS.get(ext) not in RDF_FORMATS:
            abort(404)
        return EXTENSIONS[ext]
    fmt = request.args.get("format")
    accept = request.accept_mimetypes
    if not fmt and accept and wants_html(accept):
        return None
    _, media = choose(accept, fmt)
    if media in RDF_FORMATS:
        return media
    if fmt or accept:
        abort(406)
    return None


def _serialize(graph, media: str) -> Response:
    out = Graph()
    for prefix, ns in load_ontology().namespaces():
        out.bind(prefix, ns)
    for t in graph:
        out.add(t)
    body = out.serialize(format=RDF_FORMATS[media], **({"auto_compact": True} if media == "application/ld+json" else {}))
    resp = Response(body, mimetype=media)
    resp.headers["Vary"] = "Accept"
    return resp


@bp.route("/def")
@bp.route("/def.<ext>")
def ontology(ext: str | None = None):
    g = load_ontology()
    media = _rdf_media(ext)
    if media:
        return _serialize(g, media)
    resp = Response(render_template("ontology/ontology.html", o=describe(g, _counts(), lang()), curie=curie))
    resp.headers["Vary"] = "Accept"
    return resp


@bp.route("/def/<name>")
def scheme_or_version(name: str):
    g = load_ontology()
    if name == str(g.value(URIRef(ONTOLOGY_IRI), OWL.versionInfo)):   # the version IRI
        return redirect("/def", code=303)
    stem, _, ext = name.partition(".")
    found = [s for s in schemes(g, _counts(), lang()) if s["name"] == stem]
    if not found:
        abort(404)
    media = _rdf_media(ext or None)
    if media:
        return _serialize(_describe_nodes(g, [URIRef(found[0]["iri"])] + [URIRef(c["iri"]) for c in found[0]["concepts"]]),
                          media)
    return render_template("ontology/scheme.html", s=found[0], curie=curie)


@bp.route("/def/<scheme>/<slug>")
def concept_page(scheme: str, slug: str):
    g = load_ontology()
    stem, _, ext = slug.partition(".")
    iri = URIRef(f"{ONTOLOGY_IRI}/{scheme}/{stem}")
    if (iri, None, None) not in g:
        abort(404)
    media = _rdf_media(ext or None)
    if media:
        return _serialize(_describe_nodes(g, [iri]), media)
    c = concept(g, iri, lang())
    c["asserted"] = _counts().get(str(iri), (0, 0))[0]
    return render_template("ontology/concept.html", c=c, scheme=scheme, curie=curie)


def _describe_nodes(g, nodes):
    return [(s, p, o) for n in nodes for s, p, o in g.triples((n, None, None))]
