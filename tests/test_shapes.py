"""Every SHACL shape has a conforming and a violating case, and the corpus graph conforms.

``tests/data/shapes/valid.ttl`` conforms to all shapes without a single result and holds
focus nodes for every targeted shape; each case below breaks it in one way (a SPARQL
update) and must produce a result from the shape it names, at the stated severity.
Shapes without targets (used through ``sh:node``) are broken through the shape using them.
"""
from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import RDF, RDFS, Graph, URIRef
from rdflib.namespace import SH

from kg_builder.ontology import load_ontology
from kg_builder.validate import load_shapes, render_html, render_text, render_turtle, validate

DATA = Path(__file__).parent / "data" / "shapes" / "valid.ttl"
KS = "https://w3id.org/kamerkg/shapes#"
P = """PREFIX kgb: <https://w3id.org/kamerkg/def#> PREFIX dcterms: <http://purl.org/dc/terms/>
PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX xsd: <http://www.w3.org/2001/XMLSchema#> PREFIX prov: <http://www.w3.org/ns/prov#>
PREFIX oa: <http://www.w3.org/ns/oa#> PREFIX time: <http://www.w3.org/2006/time#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
BASE <https://w3id.org/kamerkg/>
"""
DOC = "<doc/kst-27925-AL>"
MOSUL = 'INSERT DATA { <id/place/mosul> a kgb:City ; rdfs:label "Mosul" ; kgb:kind <def/place-type/city> }'

# shape -> [(update, severity)]: each update breaks valid.ttl for that shape only
CASES: dict[str, list[tuple[str, str]]] = {
    "DocumentShape": [
        ('INSERT DATA { <doc/kst-27925-960> dcterms:identifier "second id" }', "Violation"),
        ("INSERT DATA { <id/elsewhere/x> a kgb:Document ; dcterms:identifier \"x\" ; rdfs:label \"x\" }", "Violation"),
        ("DELETE WHERE { <doc/kst-27925-960> rdfs:label ?l }", "Warning")],
    "SourceDocumentShape": [
        (f'DELETE {{ {DOC} kgb:contentHash ?h }} INSERT {{ {DOC} kgb:contentHash "abc" }} WHERE {{ {DOC} kgb:contentHash ?h }}', "Violation"),
        (f'INSERT DATA {{ {DOC} dcterms:date "28 november 2023" }}', "Violation"),
        (f"DELETE WHERE {{ {DOC} dcterms:title ?t }}", "Warning")],
    "DocumentTypeConcept": [
        (f"DELETE WHERE {{ {DOC} kgb:documentType ?t }} ; INSERT DATA {{ {DOC} kgb:documentType <def/event-type/attack> }}",
         "Violation")],
    "ParliamentaryPaperShape": [
        ('DELETE WHERE { <doc/kst-27925-960> dcterms:identifier ?i } ; '
         'INSERT DATA { <doc/kst-27925-960> dcterms:identifier "kamerstuk 960" }', "Violation")],
    "BuiltParliamentaryPaperShape": [(f"DELETE WHERE {{ {DOC} kgb:dossier ?d }}", "Warning")],
    "SessionYearShape": [(f"DELETE WHERE {{ {DOC} kgb:sessionYear ?y }}", "Info")],
    "DebateRecordShape": [
        ('DELETE WHERE { <doc/h-tk-20132014-107-9> dcterms:identifier ?i } ; '
         'INSERT DATA { <doc/h-tk-20132014-107-9> dcterms:identifier "h-tk-107" }', "Violation")],
    "ParliamentaryQuestionsShape": [
        ('DELETE WHERE { <doc/kv-tk-2019Z15410> dcterms:identifier ?i } ; '
         'INSERT DATA { <doc/kv-tk-2019Z15410> dcterms:identifier "kv-2019-15410" }', "Violation")],
    "DossierShape": [('INSERT DATA { <id/dossier/27925> kgb:dossierNumber "27 925" }', "Violation"),
                     ("DELETE WHERE { <id/dossier/27925> rdfs:label ?l }", "Warning")],
    "PartShape": [
        ("DELETE WHERE { <doc/kst-27925-AL/part/1> kgb:start ?s } ; INSERT DATA { <doc/kst-27925-AL/part/1> kgb:start 9999 }",
         "Violation"),
        ("DELETE WHERE { <doc/kst-27925-AL/part/1> kgb:end ?e } ; INSERT DATA { <doc/kst-27925-AL/part/1> kgb:end 9999 }",
         "Violation"),
        ("INSERT DATA { <doc/kst-27925-AL/part/1> kgb:placeOfWriting <id/org/iran> }", "Violation")],
    "LetterShape": [("DELETE WHERE { <doc/kst-27925-AL/part/1> dcterms:date ?d }", "Warning"),
                    ("DELETE WHERE { <doc/kst-27925-AL/part/1> kgb:senderLabel ?s }", "Info")],
    "NamedEntityShape": [("DELETE WHERE { <id/org/iran> rdfs:label ?l }", "Violation"),
                         ('INSERT DATA { <id/org/iran> skos:altLabel <id/org/iran-2> }', "Violation")],
    "MentionedEntityShape": [(MOSUL, "Warning")],
    "PersonShape": [("INSERT DATA { <id/person/koen-petersen> kgb:party <id/place/irak> }", "Violation"),
                    ('INSERT DATA { <id/org/koen> a kgb:Person ; rdfs:label "Koen" }', "Violation")],
    "OrganisationShape": [("INSERT DATA { <id/org/kataib-hezbollah> kgb:linkedTo <id/place/irak> }", "Violation")],
    "ActorTypeConcept": [("INSERT DATA { <id/org/iran> kgb:kind <def/place-type/country> }", "Violation")],
    "PlaceShape": [("INSERT DATA { <id/place/erbil> kgb:locatedIn <id/org/iran> }", "Violation")],
    "PlaceTypeConcept": [("INSERT DATA { <id/place/irak> kgb:kind <def/actor-type/state> }", "Violation")],
    "MissionShape": [("INSERT DATA { <id/mission/nato-mission-iraq> kgb:operatesIn <id/org/navo> }", "Violation")],
    "RoleShape": [("DELETE WHERE { <doc/kst-27925-AL/role/1> kgb:holder ?h }", "Violation"),
                  ("DELETE WHERE { <doc/kst-27925-AL/role/1> kgb:inOrganisation ?o }", "Info")],
    "RoleConcept": [("DELETE WHERE { <doc/kst-27925-AL/role/1> kgb:role ?r } ; "
                     "INSERT DATA { <doc/kst-27925-AL/role/1> kgb:role <def/threat-level/hoog> }", "Violation")],
    "EventShape": [("INSERT DATA { <doc/kst-27925-AL/event/9> a kgb:Meeting , kgb:Event ; kgb:description \"overleg\" ; "
                    "kgb:eventType <def/event-type/meeting> }", "Violation"),
                   ("DELETE WHERE { <doc/kst-27925-AL/event/1> kgb:description ?d }", "Warning")],
    "EventTypeConcept": [("DELETE WHERE { <doc/kst-27925-AL/event/1> kgb:eventType ?t } ; "
                          "INSERT DATA { <doc/kst-27925-AL/event/1> kgb:eventType <def/role/lid> }", "Violation")],
    "ThreatLevelChangeShape": [("DELETE WHERE { <doc/kst-27925-AL/event/2> kgb:toLevel ?l }", "Warning")],
    "ThreatLevelConcept": [("INSERT DATA { <doc/kst-27925-AL/event/2> kgb:fromLevel <def/role/lid> }", "Violation")],
    "ContributionShape": [("DELETE WHERE { <doc/kst-27925-AL/contribution/1> kgb:mission ?m }", "Violation"),
                          ("DELETE WHERE { <doc/kst-27925-AL/contribution/1> kgb:period ?p }", "Info")],
    "QuantityShape": [('INSERT DATA { <doc/kst-27925-AL/quantity/1> kgb:value "honderdtwintig" }', "Violation"),
                      ("DELETE WHERE { <doc/kst-27925-AL/quantity/1> kgb:value ?v }", "Warning")],
    "TemporalExpressionShape": [
        ("DELETE WHERE { <doc/kst-27925-AL/time/2> kgb:resolvedAgainst ?d }", "Violation"),
        ("INSERT DATA { <doc/kst-27925-AL/time/1> a time:ProperInterval }", "Violation"),
        ("DELETE WHERE { <doc/kst-27925-AL/time/1> kgb:expression ?e }", "Warning")],
    "InstantShape": [
        ('INSERT DATA { <doc/kst-27925-AL/time/3> time:inXSDDate "2024-01-01"^^xsd:date }', "Violation"),
        ("DELETE WHERE { <doc/kst-27925-AL/time/1> time:unitType ?u } ; "
         "INSERT DATA { <doc/kst-27925-AL/time/1> time:unitType time:unitMonth }", "Violation")],
    "PeriodShape": [
        ("DELETE WHERE { <doc/kst-27925-AL/time/2> kgb:endDate ?e } ; "
         'INSERT DATA { <doc/kst-27925-AL/time/2> kgb:endDate "2023-01-01"^^xsd:date }', "Violation"),
        ("DELETE WHERE { <doc/kst-27925-AL/time/4> kgb:date ?d } ; "
         'INSERT DATA { <doc/kst-27925-AL/time/4> kgb:date "2020-01-01"^^xsd:date }', "Violation")],
    "SpanEvidenceShape": [
        ('DELETE { ?m kgb:quote ?q } INSERT { ?m kgb:quote "Kataib Hezbollah" } WHERE { ?m kgb:denotes <id/org/kataib-hezbollah> ; kgb:quote ?q }',
         "Violation"),
        ("DELETE { ?m kgb:end ?e } INSERT { ?m kgb:end 2 } WHERE { ?m kgb:denotes <id/place/erbil> ; kgb:end ?e }",
         "Violation"),
        ("INSERT { ?m prov:wasGeneratedBy <doc/kst-27925-AL> } WHERE { ?m kgb:denotes <id/place/irak> }", "Violation"),
        ("DELETE { ?s oa:start ?v } INSERT { ?s oa:start 0 } WHERE { ?m kgb:denotes <id/place/irak> ; oa:hasTarget ?t . "
         "?t oa:hasSelector ?s . ?s oa:start ?v }", "Violation")],
    "TargetShape": [("DELETE { ?t a oa:SpecificResource } WHERE { ?m kgb:denotes <id/place/irak> ; oa:hasTarget ?t }",
                     "Violation")],
    "MentionShape": [('INSERT DATA { <doc/kst-27925-AL#char=0,8> kgb:denotes <id/org/iran> }', "Violation"),
                     ('INSERT { ?m oa:hasBody "Irak" } WHERE { ?m kgb:denotes <id/place/irak> }', "Violation")],
    "FactEvidenceShape": [("DELETE WHERE { <id/place/erbil> kgb:locatedIn ?p }", "Violation"),
                          ("DELETE WHERE { <doc/kst-27925-AL/fact/1> rdf:object ?o }", "Violation")],
    "FactHasEvidenceShape": [("INSERT DATA { <id/org/kataib-hezbollah> kgb:linkedTo <id/org/iran> }", "Violation")],
    "ExtractionRunShape": [('INSERT DATA { <run/kst-27925-AL/abc> prov:startedAtTime "gisteren" }', "Violation")],
    "ExtractorShape": [("DELETE WHERE { <extractor/organisations> kgb:extractorVersion ?v }", "Violation")],
}


@pytest.fixture(scope="module")
def shapes() -> Graph:
    return load_shapes()


@pytest.fixture(scope="module")
def valid() -> Graph:
    return Graph().parse(DATA, format="turtle")


def node_shapes(shapes: Graph) -> set[str]:
    return {str(s)[len(KS):] for s in shapes.subjects(RDF.type, SH.NodeShape) if str(s).startswith(KS)}


def owner(shapes: Graph, shape) -> set[str]:
    """The named node shapes a result's source shape belongs to (through sh:property)."""
    if isinstance(shape, URIRef):
        return {str(shape)[len(KS):]}
    return {str(s)[len(KS):] for s in shapes.subjects(SH.property, shape) if isinstance(s, URIRef)}


def test_every_shape_has_cases(shapes):
    assert node_shapes(shapes) == set(CASES)


def test_valid_fixture_conforms_without_any_result(valid):
    v = validate(valid)
    assert v.conforms and not v.results, render_text(v)


def test_valid_fixture_has_a_focus_node_for_every_targeted_shape(shapes, valid):
    data = valid + load_ontology()
    for shape in shapes.subjects(RDF.type, SH.NodeShape):
        classes = list(shapes.objects(shape, SH.targetClass))
        props = list(shapes.objects(shape, SH.targetSubjectsOf))
        if not classes and not props:
            continue
        found = any(data.query("ASK { ?x a/<%s>* <%s> }" % (RDFS.subClassOf, c)).askAnswer for c in classes) \
            or any((None, p, None) in data for p in props)
        assert found, f"no conforming focus node for {shape}"


@pytest.mark.parametrize("shape,update,severity",
                         [(s, u, sev) for s, cases in CASES.items() for u, sev in cases],
                         ids=[f"{s}-{i}" for s, cases in CASES.items() for i in range(len(cases))])
def test_violating_case(shapes, valid, shape, update, severity):
    g = Graph()
    g += valid
    g.update(P + update)
    assert len(g) != len(valid) or set(g) != set(valid), "the case changed nothing"
    v = validate(g)
    report = v.report
    hits = []
    for node in report.subjects(RDF.type, SH.ValidationResult):
        source = report.value(node, SH.sourceShape)
        names = owner(shapes, source) | _nested_owner(shapes, source)
        sev = str(report.value(node, SH.resultSeverity)).rsplit("#", 1)[-1]
        hits.append((names, sev))
    assert any(shape in names and sev == severity for names, sev in hits), (hits, render_text(v))
    assert v.conforms == (severity != "Violation")


def _nested_owner(shapes: Graph, source) -> set[str]:
    """Helper shapes reached from ``source`` through sh:node (a concept check inside a property)."""
    return {str(n)[len(KS):] for n in shapes.objects(source, SH.node) if str(n).startswith(KS)}


def test_renderers(valid):
    g = Graph()
    g += valid
    g.update(P + MOSUL)
    v = validate(g)
    text = render_text(v)
    assert "Warning" in text and "id/place/mosul" in text
    assert "sh:ValidationReport" in render_turtle(v)
    html = render_html(v)
    assert html.startswith("<!doctype html>") and "id/place/mosul" in html


@pytest.mark.slow
def test_corpus_conforms(corpus_store):
    v = validate(corpus_store)
    violations = [r for r in v.results if r.severity == "Violation"]
    assert v.conforms, render_text(v, limit=40)
    assert not violations
    assert v.documents and all(status != "violation" for status in v.documents.values())
