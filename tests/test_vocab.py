"""The closed vocabulary (kg_builder.vocab.KGB) and the ontology agree, both ways, and the
ontology is well documented, well aligned and OWL-RL consistent."""
from __future__ import annotations

import owlrl
import pytest
from owlrl.Namespaces import ERRNS
from rdflib import RDF, RDFS, Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, OWL, SKOS

from kg_builder import concepts
from kg_builder.errors import VocabularyError
from kg_builder.ontology import load_ontology
from kg_builder.vocab import KGB, ONTOLOGY_IRI, SCHEMA, VANN

NS = str(KGB._NS)
TERM_TYPES = {OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty, OWL.AnnotationProperty}
PROPERTY_TYPES = {OWL.ObjectProperty, OWL.DatatypeProperty}
BUILTIN = (NS, str(RDF), str(RDFS), str(OWL), "http://www.w3.org/2001/XMLSchema#")


@pytest.fixture(scope="module")
def onto() -> Graph:
    return load_ontology()


def kgb_terms(graph: Graph) -> set[str]:
    """Local names of kgb: subjects declared as a class or property."""
    return {str(s)[len(NS):] for t in TERM_TYPES for s in graph.subjects(RDF.type, t)
            if str(s).startswith(NS)}


def used_kgb_iris(graph: Graph) -> set[str]:
    return {str(n)[len(NS):] for t in graph for n in t
            if isinstance(n, URIRef) and str(n).startswith(NS)}


def test_every_kgb_name_is_declared(onto):
    missing = set(KGB.__annotations__) - kgb_terms(onto)
    assert not missing, f"in KGB but not declared in ontology/: {sorted(missing)}"


def test_every_declared_term_is_in_kgb(onto):
    extra = (kgb_terms(onto) | used_kgb_iris(onto)) - set(KGB.__annotations__)
    assert not extra, f"kgb: terms in ontology/ missing from KGB: {sorted(extra)}"


@pytest.mark.parametrize("prop", [RDFS.label, SKOS.definition])
def test_labels_and_definitions_in_dutch_and_english(onto, prop):
    lacking = []
    for name in KGB.__annotations__:
        langs = {o.language for o in onto.objects(KGB[name], prop) if isinstance(o, Literal)}
        if not {"nl", "en"} <= langs:
            lacking.append(f"{name} ({prop.n3(onto.namespace_manager)}: {sorted(filter(None, langs))})")
    assert not lacking, lacking


def test_properties_have_domain_and_range(onto):
    lacking = []
    for name in KGB.__annotations__:
        term = KGB[name]
        if not any((term, RDF.type, t) in onto for t in PROPERTY_TYPES):
            continue
        for strict, soft in ((RDFS.domain, SCHEMA.domainIncludes), (RDFS.range, SCHEMA.rangeIncludes)):
            if onto.value(term, strict) is None and onto.value(term, soft) is None:
                lacking.append(f"{name}: no {strict.fragment}")
    assert not lacking, lacking


def test_classes_and_properties_are_aligned_or_specialised(onto):
    """Every kgb: class and most properties sit under a standard or kgb: term."""
    lone = [name for name in KGB.__annotations__ if (KGB[name], RDF.type, OWL.Class) in onto
            and onto.value(KGB[name], RDFS.subClassOf) is None]
    assert not lone, f"classes without a superclass: {lone}"


def test_external_terms_are_declared_with_their_vocabulary(onto):
    undeclared = set()
    for p in (RDFS.subClassOf, RDFS.subPropertyOf, OWL.equivalentClass, OWL.equivalentProperty,
              RDFS.domain, RDFS.range, SCHEMA.domainIncludes, SCHEMA.rangeIncludes, OWL.inverseOf):
        for s, o in onto.subject_objects(p):
            for term in (s, o):
                if isinstance(term, URIRef) and not str(term).startswith(BUILTIN) \
                        and onto.value(term, RDFS.isDefinedBy) is None:
                    undeclared.add(term.n3(onto.namespace_manager))
    assert not undeclared, f"external terms used without rdfs:isDefinedBy: {sorted(undeclared)}"


def test_no_risky_axioms_on_external_terms(onto):
    """Disjointness, (inverse) functionality, domains and ranges of other vocabularies are not
    imported: OWL-RL would turn them into false sameAs links or inconsistencies."""
    risky = []
    for s, p, o in onto:
        if not isinstance(s, URIRef) or str(s).startswith(NS):
            continue
        if p in (OWL.disjointWith, RDFS.domain, RDFS.range, OWL.propertyDisjointWith) or (
                p == RDF.type and o in (OWL.FunctionalProperty, OWL.InverseFunctionalProperty,
                                        OWL.AsymmetricProperty, OWL.IrreflexiveProperty)):
            risky.append((s.n3(onto.namespace_manager), p.n3(onto.namespace_manager)))
    assert not risky, risky


def test_ontology_header(onto):
    o = URIRef(ONTOLOGY_IRI)
    assert (o, RDF.type, OWL.Ontology) in onto
    version = onto.value(o, OWL.versionInfo)
    assert version and str(onto.value(o, OWL.versionIRI)).endswith(str(version))
    assert onto.value(o, DCTERMS.license) is not None
    assert onto.value(o, DCTERMS.creator) is not None
    assert str(onto.value(o, VANN.preferredNamespacePrefix)) == "kgb"
    assert str(onto.value(o, VANN.preferredNamespaceUri)) == NS
    notes = [str(n) for n in onto.objects(o, SKOS.changeNote)]
    assert any(n.startswith(str(version)) for n in notes), "no change note for the current version"


def test_ontology_is_owl_rl_consistent(onto):
    g = Graph()
    for t in onto:
        g.add(t)
    owlrl.DeductiveClosure(owlrl.OWLRL_Semantics).expand(g)
    errors = [str(m) for m in g.objects(None, ERRNS.error)]
    assert not errors, errors


# ---------------------------------------------------------------- concept schemes
REQUIRED = {
    "event-type": ["attack", "strike", "meeting", "decision", "deployment", "threat_level_change",
                   "election", "other"],
    "actor-type": ["party", "parliamentary_group", "committee", "chamber", "ministry", "government",
                   "state", "international_organisation", "armed_group", "militia",
                   "terrorist_organisation", "company", "other"],
    "place-type": ["country", "region", "city", "base", "sea", "building", "other"],
    "role": ["minister", "griffier", "voorzitter", "ondervoorzitter", "lid", "premier",
             "staatssecretaris", "other"],
    "threat-level": ["minimaal", "beperkt", "aanzienlijk", "substantieel", "kritiek", "significant", "hoog"],
    "document-type": ["brief", "verslag-algemeen-overleg", "verslag-schriftelijk-overleg", "motie",
                      "kamervragen", "handelingen", "other"],
    "validation-status": ["conforms", "info", "warning", "violation"],
}


@pytest.mark.parametrize("scheme", sorted(REQUIRED))
def test_required_concepts_exist(scheme):
    for key in REQUIRED[scheme]:
        iri = concepts.concept(scheme, key)
        assert str(iri) == f"{ONTOLOGY_IRI}/{scheme}/{key.replace('_', '-')}"


def test_concepts_are_complete_skos(onto):
    for scheme in concepts.schemes():
        for slug, iri in concepts.concepts(scheme).items():
            assert (iri, RDF.type, SKOS.Concept) in onto
            assert (iri, SKOS.inScheme, URIRef(f"{ONTOLOGY_IRI}/{scheme}")) in onto
            assert onto.value(iri, SKOS.notation) is not None, iri
            for prop in (SKOS.prefLabel, SKOS.definition):
                langs = {o.language for o in onto.objects(iri, prop)}
                assert {"nl", "en"} <= langs, (iri, prop)
            assert (iri, SKOS.topConceptOf, None) in onto or (iri, SKOS.broader, None) in onto


def test_concept_typo_fails_with_a_hint():
    with pytest.raises(VocabularyError, match="attack"):
        concepts.concept("event-type", "atack")
    with pytest.raises(VocabularyError, match="event-type"):
        concepts.concept("event-types", "attack")


def test_match_maps_free_text_to_concepts():
    assert concepts.match("role", "Minister van Defensie") == concepts.concept("role", "minister")
    assert concepts.match("role", "Tweede Kamerlid") == concepts.concept("role", "kamerlid")
    assert concepts.match("document-type", "verslag van een algemeen overleg") == \
        concepts.concept("document-type", "verslag-algemeen-overleg")
    assert concepts.match("document-type", "iets onbekends") == concepts.concept("document-type", "other")


def test_type_concepts_point_at_declared_classes(onto):
    for scheme in ("event-type", "actor-type", "place-type"):
        for key in REQUIRED[scheme]:
            cls = concepts.class_for(scheme, key)
            assert cls is not None and (cls, RDF.type, OWL.Class) in onto, (scheme, key)


def test_emitter_tables_agree_with_the_schemes():
    emit = pytest.importorskip("kg_builder.emit")
    for table, scheme in ((emit.ORG_CLASSES, "actor-type"), (emit.PLACE_CLASSES, "place-type"),
                          (emit.EVENT_CLASSES, "event-type")):
        for key, cls in table.items():
            assert concepts.class_for(scheme, key) == cls, (scheme, key)
