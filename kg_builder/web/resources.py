"""Linked-data pages: every IRI under BASE dereferences on this server.

``/id/…``, ``/doc/…``, ``/graph/…`` (and the other BASE paths) map onto
``BASE + path``.  Browsers get an HTML page (documents get the document page);
RDF clients get the resource's concise bounded description by content negotiation
or through an extension (``.ttl .jsonld .nt .rdf .nq .trig``).
"""
from __future__ import annotations

from flask import Blueprint, Response, abort, render_template, request
from rdflib import RDF, URIRef

from ..vocab import BASE, KGB
from . import documents, lookup
from .lookup import href, labels
from .negotiate import EXTENSIONS, choose, wants_html
from .rdfout import serialize
from .state import shorten

bp = Blueprint("resources", __name__)

PREFIXES = ("id", "doc", "graph", "run", "extractor", "dataset")
DOCUMENT_TYPES = {str(KGB.Document), str(KGB.ParliamentaryPaper), str(KGB.DebateRecord),
                  str(KGB.ParliamentaryQuestions), str(KGB.NewsItem)}
HIDDEN = {str(KGB.text)}  # shown elsewhere (the document text)
LABEL_PROPS = set(lookup.LABEL_PROPS) | {"http://www.w3.org/2004/02/skos/core#altLabel"}


def _rdf(iri: str, media: str) -> Response:
    quads = lookup.cbd_quads(iri)
    resp = Response(serialize(quads, media), mimetype=media)
    resp.headers["Vary"] = "Accept"
    return resp


def _alternates(path: str) -> list[tuple[str, str]]:
    return [(ext, f"{path}.{ext}") for ext in ("ttl", "jsonld", "nt", "rdf")]


def page_data(iri: str) -> dict:
    out = lookup.outgoing(iri)
    inc = lookup.incoming(iri)
    lookup.attach_evidence(iri, out, inc)
    types = [(str(v.term), v.inferred) for v in out.get(str(RDF.type), {}).values()]
    names = [(str(p), v.term) for p, vals in out.items() if p in LABEL_PROPS for v in vals.values()]
    props = {p: vals for p, vals in out.items()
             if p not in HIDDEN and p not in LABEL_PROPS and p != str(RDF.type)}
    wanted = {iri, *(t for t, _ in types), *props, *inc}
    for vals in list(props.values()) + list(inc.values()):
        wanted.update(str(v.term) for v in vals.values() if isinstance(v.term, URIRef))
    return {"iri": iri, "types": types, "names": names, "props": props, "incoming": inc,
            "labels": labels(sorted(wanted)), "mentions": lookup.mentions(iri),
            "validation": lookup.validation(iri)}


def show(path: str):
    iri = BASE + path
    media = None
    if not lookup.exists(iri):
        stem, _, ext = path.rpartition(".")
        if ext in EXTENSIONS and lookup.exists(BASE + stem):
            iri, media, path = BASE + stem, EXTENSIONS[ext], stem
        else:
            abort(404, description=f"nothing in the graph is called <{iri}>")
    fmt = request.args.get("format")
    if media is None and (fmt or not wants_html(request.accept_mimetypes)):
        _, media = choose(request.accept_mimetypes, fmt)
        if media is None:
            abort(406, description="accept text/html or an RDF type (text/turtle, application/ld+json, "
                                   "application/n-triples, application/rdf+xml)")
    if media is not None:
        return _rdf(iri, media)
    data = page_data(iri)
    alternates = _alternates("/" + path)
    if DOCUMENT_TYPES & {t for t, _ in data["types"]}:
        html = render_template("document.html", **data, **documents.document_data(iri, data),
                               alternates=alternates)
    else:
        html = render_template("resource.html", **data, alternates=alternates)
    resp = Response(html, mimetype="text/html")
    resp.headers["Vary"] = "Accept"
    resp.headers["Link"] = ", ".join(f'<{u}>; rel="alternate"; type="{EXTENSIONS[e]}"' for e, u in alternates)
    return resp


for _prefix in PREFIXES:
    bp.add_url_rule(f"/{_prefix}/<path:rest>", f"show_{_prefix}",
                    (lambda prefix: lambda rest: show(f"{prefix}/{rest}"))(_prefix))


@bp.app_template_filter("href")
def _href(iri) -> str:
    return href(iri)


@bp.app_template_filter("short")
def _short(iri) -> str:
    return shorten(str(iri))
