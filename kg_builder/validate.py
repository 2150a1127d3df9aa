"""Validate the graph against the SHACL shapes (``shapes/*.ttl``) with pyshacl.

``validate(store_or_graph)`` returns a :class:`Validation`: ``conforms`` (no result of
severity Violation; Warnings and Infos are reported but do not fail), a list of plain
:class:`Result` records (document, focus entity, quote, path, message, severity) and the
SHACL ValidationReport graph.  Renderers: :func:`render_text`, :func:`render_turtle`,
:func:`render_html`.  :func:`record_status` stores each document's outcome as
``kgb:validationStatus`` / ``kgb:conforms`` in the build graph.

The data validated are all asserted named graphs (never ``graph/inferred``); the
ontology and concept schemes are added to the same graph, so ``sh:class`` follows the
class hierarchy and concepts can be checked against their scheme.
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from functools import lru_cache

from rdflib import BNode, ConjunctiveGraph, Graph, Literal, URIRef
from rdflib.namespace import RDF, SH

from . import iris
from .concepts import concept
from .config import require_dir, shapes_dir, ttl_files
from .errors import ConfigError
from .ontology import load_ontology
from .vocab import BASE, KGB

SEVERITIES = {SH.Violation: "Violation", SH.Warning: "Warning", SH.Info: "Info"}
_RANK = {"Violation": 0, "Warning": 1, "Info": 2}
_DOC_GRAPH = f"{BASE}graph/"
VALIDATION_GRAPH = URIRef(f"{BASE}graph/validation")
_SKIP_GRAPHS = {iris.ONTOLOGY_GRAPH, iris.INFERRED_GRAPH, VALIDATION_GRAPH}
_NOT_DOCUMENTS = {iris.METADATA_GRAPH, iris.CURATION_GRAPH}
_REF_GRAPH = f"{BASE}graph/ref/"


@dataclass
class Result:
    """One SHACL result, with where it is in the documents."""

    severity: str
    message: str
    focus: str
    path: str | None = None
    value: str | None = None
    shape: str | None = None
    documents: list[str] = field(default_factory=list)
    quote: str | None = None

    @property
    def document(self) -> str | None:
        return self.documents[0] if self.documents else None


@dataclass
class Validation:
    conforms: bool
    results: list[Result]
    report: Graph = field(repr=False)
    documents: dict[str, str] = field(default_factory=dict)   # document IRI -> status key

    def counts(self) -> dict[str, int]:
        out = {"Violation": 0, "Warning": 0, "Info": 0}
        for r in self.results:
            out[r.severity] += 1
        return out


@lru_cache(maxsize=2)
def _shapes(paths: tuple[str, ...]) -> Graph:
    g = Graph()
    for p in paths:
        try:
            g.parse(p, format="turtle")
        except Exception as exc:
            raise ConfigError(f"cannot parse the shapes: {exc}", path=p, hint="fix the Turtle syntax") from exc
    return g


def load_shapes() -> Graph:
    folder = require_dir(shapes_dir(), "shapes", "KG_SHAPES_DIR")
    return _shapes(tuple(str(p) for p in ttl_files(folder)))


class _PreparedGraph(Graph):
    """A graph that parses each SPARQL query text once.

    pyshacl runs a SHACL-SPARQL constraint once per focus node with the same text;
    rdflib would parse it every time (0.1-0.2 s each).  Prepared queries are reused."""

    def __init__(self):
        super().__init__()
        self._prepared: dict = {}

    def query(self, query_object, processor="sparql", result="sparql", initNs=None,  # noqa: N803
              initBindings=None, use_store_provided=True, **kwargs):  # noqa: N803
        if isinstance(query_object, str):
            from rdflib.plugins.sparql import prepareQuery
            init_ns = dict(initNs or self.namespaces())
            key = (query_object, tuple(sorted((k, str(v)) for k, v in init_ns.items())))
            if key not in self._prepared:
                self._prepared[key] = prepareQuery(query_object, initNs=init_ns)
            query_object = self._prepared[key]
        return super().query(query_object, processor, result, None, initBindings,
                             use_store_provided, **kwargs)


def _data(source) -> tuple[Graph, dict]:
    """The asserted triples and, per subject, the documents whose graphs describe it."""
    if isinstance(source, ConjunctiveGraph):
        quads = ((s, p, o, getattr(c, "identifier", c)) for s, p, o, c in source.quads((None, None, None, None)))
    elif isinstance(source, Graph):
        quads = ((s, p, o, None) for s, p, o in source)
    else:
        quads = source.quads()
    data, where = _PreparedGraph(), defaultdict(set)
    for s, p, o, g in quads:
        if g in _SKIP_GRAPHS:
            continue
        data.add((s, p, o))
        if g is not None and str(g).startswith(_DOC_GRAPH) and g not in _NOT_DOCUMENTS \
                and not str(g).startswith(_REF_GRAPH):
            where[s].add(str(iris.document_iri(str(g)[len(_DOC_GRAPH):])))
    return data, where


def validate(source, *, shapes: Graph | None = None, ontology: Graph | None = None) -> Validation:
    """Validate a kg_builder Store, an rdflib Dataset or an rdflib Graph."""
    from pyshacl import validate as shacl

    data, where = _data(source)
    data += ontology if ontology is not None else load_ontology()    # one graph: no copy of the data
    conforms, report, _ = shacl(data, shacl_graph=shapes if shapes is not None else load_shapes(),
                                inference="none", allow_warnings=True, advanced=True, inplace=True)
    results = [_result(report, node, data, where) for node in report.subjects(RDF.type, SH.ValidationResult)]
    results.sort(key=lambda r: (r.document or "~", _RANK[r.severity], r.focus, r.path or "", r.message))
    docs = _document_status(data, where, results)
    return Validation(bool(conforms), results, report, docs)


def _result(report: Graph, node, data: Graph, where: dict) -> Result:
    focus = report.value(node, SH.focusNode)
    path = report.value(node, SH.resultPath)
    value = report.value(node, SH.value)
    messages = [str(m) for m in report.objects(node, SH.resultMessage)]
    severity = SEVERITIES.get(report.value(node, SH.resultSeverity), "Violation")
    docs = sorted(where.get(focus, ()))
    if not docs and isinstance(focus, URIRef) and "#char=" in focus:
        docs = [str(focus).split("#", 1)[0]]
    return Result(severity=severity, message=messages[0] if messages else "does not conform",
                  focus=_show(focus), path=_show(path) if path is not None else None,
                  value=_show(value) if value is not None else None,
                  shape=_show(report.value(node, SH.sourceShape)), documents=docs,
                  quote=_quote(data, focus, docs[0] if docs else None))


def _show(term) -> str:
    if isinstance(term, BNode):
        return "[]"
    return str(term)


def _quote(data: Graph, focus, doc: str | None) -> str | None:
    """The text that names the focus node: its own quote or that of a mention of it."""
    q = data.value(focus, KGB.quote)
    if q is not None:
        return str(q)
    for mention in data.subjects(KGB.denotes, focus):
        if doc is None or data.value(mention, KGB.document) == URIRef(doc):
            quote = data.value(mention, KGB.quote)
            if quote is not None:
                return str(quote)
    return None


def _document_status(data: Graph, where: dict, results: list[Result]) -> dict[str, str]:
    worst: dict[str, str] = {}
    for doc in data.subjects(KGB.text, None):
        worst[str(doc)] = "conforms"
    order = {"conforms": 3, "info": 2, "warning": 1, "violation": 0}
    for r in results:
        for doc in r.documents:
            if doc in worst and order[r.severity.lower()] < order[worst[doc]]:
                worst[doc] = r.severity.lower()
    return worst


def record_status(store, validation: Validation) -> None:
    """Store the outcome: each document's ``kgb:validationStatus`` / ``kgb:conforms`` in the
    build graph, and the SHACL report itself in ``graph/validation`` (both replaced)."""
    lines = []
    for doc, status in validation.documents.items():
        lines.append(f"<{doc}> <{KGB.validationStatus}> <{concept('validation-status', status)}> .")
        lines.append(f"<{doc}> <{KGB.conforms}> {Literal(status != 'violation').n3()} .")
    g = iris.METADATA_GRAPH
    store.update(f"DELETE WHERE {{ GRAPH <{g}> {{ ?d <{KGB.validationStatus}> ?s }} }} ;\n"
                 f"DELETE WHERE {{ GRAPH <{g}> {{ ?d <{KGB.conforms}> ?c }} }} ;\n"
                 f"INSERT DATA {{ GRAPH <{g}> {{ {' '.join(lines)} }} }}")
    store.replace_graphs({VALIDATION_GRAPH: validation.report.serialize(format="nt")})


# ---------------------------------------------------------------- renderers
_PREFIXES = ((str(KGB._NS), "kgb:"), ("http://purl.org/dc/terms/", "dcterms:"),
             ("http://www.w3.org/2000/01/rdf-schema#", "rdfs:"), ("http://www.w3.org/2004/02/skos/core#", "skos:"),
             ("http://www.w3.org/2006/time#", "time:"), ("http://www.w3.org/ns/oa#", "oa:"),
             ("http://www.w3.org/ns/prov#", "prov:"), ("http://www.w3.org/1999/02/22-rdf-syntax-ns#", "rdf:"),
             (BASE, ""))


def _short(iri: str | None) -> str:
    if not iri:
        return ""
    for prefix, short in _PREFIXES:
        if iri.startswith(prefix):
            return short + iri[len(prefix):]
    return iri


def render_text(v: Validation, *, limit: int | None = None) -> str:
    c = v.counts()
    head = (f"{'conforms' if v.conforms else 'does NOT conform'}: {c['Violation']} violation(s), "
            f"{c['Warning']} warning(s), {c['Info']} info(s) in {len(v.documents)} document(s)")
    lines = [head]
    current = object()
    for r in v.results[:limit]:
        if r.document != current:
            current = r.document
            lines.append(f"\n{_short(r.document) or '(not in a document graph)'}")
        where = f" {_short(r.path)}" if r.path else ""
        value = f" = {_short(r.value)}" if r.value and r.value != r.focus else ""
        quote = f'  «{r.quote}»' if r.quote else ""
        lines.append(f"  {r.severity:<9} {_short(r.focus)}{where}{value}: {r.message}{quote}")
    if limit is not None and len(v.results) > limit:
        lines.append(f"\n… {len(v.results) - limit} more results")
    return "\n".join(lines) + "\n"


def render_turtle(v: Validation) -> str:
    v.report.bind("sh", SH)
    return v.report.serialize(format="turtle")


def render_html(v: Validation) -> str:
    """A standalone HTML page (no external assets)."""
    from jinja2 import Environment, PackageLoader, select_autoescape
    env = Environment(loader=PackageLoader("kg_builder", "web/templates"), autoescape=select_autoescape())
    by_doc: dict[str | None, list[Result]] = defaultdict(list)
    for r in v.results:
        by_doc[r.document].append(r)
    return env.get_template("ontology/validation.html").render(
        v=v, counts=v.counts(), by_doc=by_doc, short=_short, documents=v.documents)


__all__ = ["VALIDATION_GRAPH", "Result", "Validation", "validate", "record_status", "load_shapes", "render_text",
           "render_turtle", "render_html"]
