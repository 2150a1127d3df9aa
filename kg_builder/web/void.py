"""Descriptions of the service and the data: SPARQL Service Description and VoID/DCAT."""
from __future__ import annotations

from flask import Blueprint, Response, current_app, request
from rdflib import BNode, Literal, URIRef
from rdflib.namespace import DCTERMS, RDF, XSD

from ..vocab import BASE, DCAT, SD, VOID
from .negotiate import choose
from .rdfout import new_graph, serialize
from .sparql import plain
from .state import shorten, state
from ..iris import slug

bp = Blueprint("void", __name__)

DATASET = URIRef(BASE + "dataset")
FORMATS = "http://www.w3.org/ns/formats/"


def stats() -> dict:
    """Triples, graphs, documents and instances per class (cached until the next write)."""
    def compute():
        st = state().store
        classes = st.select("SELECT ?c (COUNT(DISTINCT ?s) AS ?n) WHERE { GRAPH ?g { ?s a ?c } } "
                            "GROUP BY ?c ORDER BY DESC(?n)")
        docs = st.select("PREFIX kgb: <%sdef#> SELECT (COUNT(DISTINCT ?d) AS ?n) WHERE "
                         "{ GRAPH ?g { ?d kgb:text ?t } }" % BASE)
        return {"triples": st.count(), "graphs": len(st.named_graphs()),
                "documents": int(docs[0]["n"]) if docs else 0,
                "classes": [(str(r["c"]), int(r["n"])) for r in classes if "c" in r]}
    return state().cached("stats", compute)


def service_description(endpoint: str, media: str) -> tuple[bytes, str]:
    g = new_graph()
    svc = URIRef(endpoint)
    g.add((svc, RDF.type, SD.Service))
    g.add((svc, SD.endpoint, svc))
    g.add((svc, SD.supportedLanguage, SD.SPARQL11Query))
    if current_app.config.get("CURATOR_TOKEN"):
        g.add((svc, SD.supportedLanguage, SD.SPARQL11Update))
    if current_app.config["UNION_DEFAULT_GRAPH"]:
        g.add((svc, SD.feature, SD.UnionDefaultGraph))
    for fmt in ("SPARQL_Results_JSON", "SPARQL_Results_XML", "SPARQL_Results_CSV", "SPARQL_Results_TSV",
                "Turtle", "N-Triples", "N-Quads", "TriG", "JSON-LD", "RDF_XML"):
        g.add((svc, SD.resultFormat, URIRef(FORMATS + fmt)))
    ds = BNode()
    g.add((svc, SD.defaultDataset, ds))
    g.add((ds, RDF.type, SD.Dataset))
    g.add((ds, DCTERMS.source, DATASET))
    dg = BNode()
    g.add((ds, SD.defaultGraph, dg))
    g.add((dg, RDF.type, SD.Graph))
    g.add((dg, VOID.triples, Literal(stats()["triples"], datatype=XSD.integer)))
    for name in state().store.named_graphs():
        ng = BNode()
        g.add((ds, SD.namedGraph, ng))
        g.add((ng, SD.name, name))
    return serialize(g, media), media


def void_graph(root: str):
    """VoID and DCAT description of the dataset, its endpoint and its dumps."""
    from .dumps import DUMPS
    s = stats()
    g = new_graph()
    g.add((DATASET, RDF.type, VOID.Dataset))
    g.add((DATASET, RDF.type, DCAT.Dataset))
    g.add((DATASET, DCTERMS.title, Literal("Kamerstukken over veiligheid en defensie", lang="nl")))
    g.add((DATASET, DCTERMS.title, Literal("Dutch parliamentary papers on security and defence", lang="en")))
    g.add((DATASET, DCTERMS.description, Literal(
        "Knowledge graph extracted from Dutch parliamentary documents; every fact keeps its evidence "
        "(document, character span, quote).", lang="en")))
    g.add((DATASET, VOID.sparqlEndpoint, URIRef(root + "sparql")))
    g.add((DATASET, VOID.uriSpace, Literal(BASE)))
    g.add((DATASET, VOID.vocabulary, URIRef(BASE + "def#")))
    g.add((DATASET, VOID.triples, Literal(s["triples"], datatype=XSD.integer)))
    g.add((DATASET, VOID.documents, Literal(s["documents"], datatype=XSD.integer)))
    g.add((DATASET, VOID.exampleResource, URIRef(BASE + "doc/kst-27925-AL")))
    for cls, n in s["classes"]:
        part = URIRef(f"{BASE}dataset/class/{slug(shorten(cls))}")
        g.add((DATASET, VOID.classPartition, part))
        g.add((part, VOID["class"], URIRef(cls)))
        g.add((part, VOID.entities, Literal(n, datatype=XSD.integer)))
    service = URIRef(root + "sparql")
    g.add((DATASET, DCAT.distribution, URIRef(root + "sparql#distribution")))
    g.add((URIRef(root + "sparql#distribution"), RDF.type, DCAT.Distribution))
    g.add((URIRef(root + "sparql#distribution"), DCAT.accessService, service))
    for name, media, _label in DUMPS:
        dist = URIRef(root + "dumps/" + name)
        g.add((DATASET, VOID.dataDump, dist))
        g.add((DATASET, DCAT.distribution, dist))
        g.add((dist, RDF.type, DCAT.Distribution))
        g.add((dist, DCAT.downloadURL, dist))
        g.add((dist, DCAT.mediaType, Literal(media)))
        if name.endswith(".gz"):
            g.add((dist, DCAT.compressFormat, Literal("application/gzip")))
    return g


@bp.route("/.well-known/void")
def well_known_void():
    _, media = choose(request.accept_mimetypes, request.args.get("format"))
    if media is None:
        return plain(406, "VoID is RDF; accept text/turtle or another RDF type")
    return Response(serialize(void_graph(request.url_root), media), mimetype=media)
