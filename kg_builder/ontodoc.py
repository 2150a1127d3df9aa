"""The ontology as plain data for its documentation page (classes, properties, schemes).

``describe(graph, counts)`` reads ``ontology/*.ttl`` (an rdflib graph) into dicts the
templates in ``kg_builder/web/templates/ontology/`` render; ``usage(store)`` counts how
often each term is used in the asserted and in the inferred graphs.
"""
from __future__ import annotations

from collections import defaultdict

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, OWL, RDF, RDFS, SKOS

from .iris import INFERRED_GRAPH, ONTOLOGY_GRAPH
from .vocab import KGB, ONTOLOGY_IRI, SCHEMA
from .vocab import PREFIXES as VOCAB_PREFIXES

NS = str(KGB._NS)
SCHEME_BASE = ONTOLOGY_IRI + "/"
PREFIXES = {ns: p for p, ns in VOCAB_PREFIXES.items()}   # namespace -> prefix


def curie(iri) -> str:
    iri = str(iri)
    for ns, p in sorted(PREFIXES.items(), key=lambda kv: -len(kv[0])):
        if iri.startswith(ns):
            return f"{p}:{iri[len(ns):]}"
    return iri


def _text(g: Graph, s, p, lang: str) -> str:
    best = ""
    for o in g.objects(s, p):
        if isinstance(o, Literal):
            if o.language == lang:
                return str(o)
            best = best or str(o)
    return best


def _term(g: Graph, iri: URIRef, lang: str) -> dict:
    return {"iri": str(iri), "curie": curie(iri), "local": str(iri)[len(NS):] if str(iri).startswith(NS) else "",
            "label": _text(g, iri, RDFS.label, lang) or _text(g, iri, SKOS.prefLabel, lang) or curie(iri),
            "definition": _text(g, iri, SKOS.definition, lang)}


def describe(g: Graph, counts: dict[str, tuple[int, int]] | None = None, lang: str = "en") -> dict:
    """Everything the documentation page shows, as plain dicts and lists."""
    counts = counts or {}

    def ref(iri) -> dict:
        d = {"iri": str(iri), "curie": curie(iri), "local": str(iri)[len(NS):] if str(iri).startswith(NS) else ""}
        d["label"] = _text(g, iri, RDFS.label, lang) or d["curie"]
        return d

    def refs(s, p) -> list[dict]:
        return sorted((ref(o) for o in g.objects(s, p) if isinstance(o, URIRef)), key=lambda r: r["curie"])

    own = lambda t: [s for s in g.subjects(RDF.type, t) if str(s).startswith(NS)]  # noqa: E731
    subclasses = defaultdict(list)
    for s, o in g.subject_objects(RDFS.subClassOf):
        if str(s).startswith(NS):
            subclasses[str(o)].append(s)
    classes = []
    for c in sorted(own(OWL.Class), key=str):
        d = _term(g, c, lang)
        supers = refs(c, RDFS.subClassOf)
        d.update(supers=[r for r in supers if r["local"]], aligned=[r for r in supers if not r["local"]],
                 subs=sorted((ref(s) for s in subclasses.get(str(c), [])), key=lambda r: r["curie"]),
                 asserted=counts.get(str(c), (0, 0))[0], inferred=counts.get(str(c), (0, 0))[1])
        classes.append(d)
    properties = []
    for kind, t in (("object", OWL.ObjectProperty), ("datatype", OWL.DatatypeProperty)):
        for p in sorted(own(t), key=str):
            d = _term(g, p, lang)
            supers = refs(p, RDFS.subPropertyOf)
            d.update(kind=kind, supers=[r for r in supers if r["local"]],
                     aligned=[r for r in supers if not r["local"]] + refs(p, OWL.equivalentProperty),
                     equivalent=refs(p, OWL.equivalentProperty),
                     domain=refs(p, RDFS.domain), domain_includes=refs(p, SCHEMA.domainIncludes),
                     range=refs(p, RDFS.range), range_includes=refs(p, SCHEMA.rangeIncludes),
                     characteristics=[curie(x)[4:] for x in g.objects(p, RDF.type)
                                      if x in (OWL.SymmetricProperty, OWL.TransitiveProperty)],
                     asserted=counts.get(str(p), (0, 0))[0], inferred=counts.get(str(p), (0, 0))[1])
            properties.append(d)
    return {"ontology": _header(g, lang), "classes": classes, "roots": _roots(classes),
            "properties": properties, "schemes": schemes(g, counts, lang),
            "external": _external(g, lang)}


def _header(g: Graph, lang: str) -> dict:
    o = URIRef(ONTOLOGY_IRI)
    return {"iri": ONTOLOGY_IRI, "title": _text(g, o, DCTERMS.title, lang),
            "description": _text(g, o, DCTERMS.description, lang), "comment": _text(g, o, RDFS.comment, lang),
            "version": str(g.value(o, OWL.versionInfo) or ""), "version_iri": str(g.value(o, OWL.versionIRI) or ""),
            "license": str(g.value(o, DCTERMS.license) or ""), "creators": [str(c) for c in g.objects(o, DCTERMS.creator)],
            "modified": str(g.value(o, DCTERMS.modified) or ""),
            "changes": sorted(str(n) for n in g.objects(o, SKOS.changeNote) if getattr(n, "language", None) == "en")}


def _roots(classes: list[dict]) -> list[dict]:
    """The kgb: class tree: each class with its kgb: subclasses, nested."""
    by_iri = {c["iri"]: c for c in classes}

    def node(c, seen):
        kids = [node(by_iri[s["iri"]], seen | {c["iri"]}) for s in c["subs"] if s["iri"] in by_iri
                and s["iri"] not in seen]
        return {"term": c, "children": kids}
    return [node(c, set()) for c in classes if not c["supers"]]


def _external(g: Graph, lang: str) -> list[dict]:
    out = []
    for s in set(g.subjects(RDFS.isDefinedBy, None)):
        if isinstance(s, URIRef) and not str(s).startswith(ONTOLOGY_IRI):
            out.append({"iri": str(s), "curie": curie(s), "vocabulary": str(g.value(s, RDFS.isDefinedBy)),
                        "label": _text(g, s, RDFS.label, lang)})
    return sorted(out, key=lambda d: d["curie"])


def schemes(g: Graph, counts: dict | None = None, lang: str = "en") -> list[dict]:
    counts = counts or {}
    out = []
    for s in sorted(g.subjects(RDF.type, SKOS.ConceptScheme), key=str):
        if not str(s).startswith(SCHEME_BASE):
            continue
        concepts = []
        for c in sorted(g.subjects(SKOS.inScheme, s), key=str):
            concepts.append(concept(g, c, lang) | {"asserted": counts.get(str(c), (0, 0))[0]})
        out.append({"iri": str(s), "name": str(s)[len(SCHEME_BASE):], "label": _text(g, s, SKOS.prefLabel, lang),
                    "definition": _text(g, s, SKOS.definition, lang), "concepts": concepts})
    return out


def concept(g: Graph, c: URIRef, lang: str = "en") -> dict:
    return {"iri": str(c), "slug": str(c).rsplit("/", 1)[-1],
            "label": _text(g, c, SKOS.prefLabel, lang), "label_nl": _text(g, c, SKOS.prefLabel, "nl"),
            "label_en": _text(g, c, SKOS.prefLabel, "en"),
            "definition": _text(g, c, SKOS.definition, lang), "notation": str(g.value(c, SKOS.notation) or ""),
            "alt": sorted(str(a) for a in g.objects(c, SKOS.altLabel)),
            "broader": [str(b) for b in g.objects(c, SKOS.broader)],
            "narrower": sorted(str(n) for n in g.subjects(SKOS.broader, c)),
            "scheme": str(g.value(c, SKOS.inScheme) or ""),
            "class": {"iri": str(k), "curie": curie(k), "local": str(k)[len(NS):]}
            if (k := g.value(c, RDFS.seeAlso)) is not None else None}


def usage(store) -> dict[str, tuple[int, int]]:
    """IRI -> (asserted, inferred) use: instances of a class, triples of a property, uses of a concept."""
    out: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    skip = f"FILTER(?g != <{ONTOLOGY_GRAPH}>)"
    queries = [
        f"SELECT ?t (COUNT(DISTINCT ?s) AS ?n) ?inf WHERE {{ GRAPH ?g {{ ?s a ?t }} {skip} "
        f"BIND(?g = <{INFERRED_GRAPH}> AS ?inf) }} GROUP BY ?t ?inf",
        f"SELECT ?t (COUNT(*) AS ?n) ?inf WHERE {{ GRAPH ?g {{ ?s ?t ?o }} {skip} "
        f"BIND(?g = <{INFERRED_GRAPH}> AS ?inf) }} GROUP BY ?t ?inf",
        f"SELECT ?t (COUNT(*) AS ?n) ?inf WHERE {{ GRAPH ?g {{ ?s ?p ?t }} {skip} "
        f"FILTER(isIRI(?t) && STRSTARTS(STR(?t), \"{SCHEME_BASE}\")) BIND(?g = <{INFERRED_GRAPH}> AS ?inf) }} "
        f"GROUP BY ?t ?inf"]
    for q in queries:
        for row in store.select(q):
            out[str(row["t"])][1 if row.get("inf") is not None and bool(row["inf"].toPython()) else 0] += int(row["n"])
    return {k: (v[0], v[1]) for k, v in out.items()}
