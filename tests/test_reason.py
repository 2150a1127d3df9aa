"""kg_builder.reason gives the same instance-level entailments as owlrl's full OWL-RL closure.

Compared on a fixture that exercises every rule and on the whole corpus graph.  Left out
of the comparison on purpose (see the module docstring of kg_builder.reason): owlrl's
reflexive ``x owl:sameAs x`` triples, triples about literals, the datatype axioms it adds
for every datatype seen (``xsd:boolean owl:disjointWith xsd:dateTime``) and what the
ontology entails on its own.
"""
from __future__ import annotations

import owlrl
import pytest
from owlrl.Namespaces import ERRNS
from rdflib import BNode, Graph, Literal, URIRef
from rdflib.namespace import OWL, RDF

from kg_builder import reason
from kg_builder.iris import INFERRED_GRAPH, ONTOLOGY_GRAPH
from kg_builder.ontology import load_ontology
from kg_builder.store import open_store
from kg_builder.vocab import CITO, KGB, ORG

XSD_NS = "http://www.w3.org/2001/XMLSchema#"
PREFIXES = """@prefix kgb: <https://w3id.org/kamerkg/def#> . @prefix owl: <http://www.w3.org/2002/07/owl#> .
@prefix dcterms: <http://purl.org/dc/terms/> . @prefix ex: <https://example.org/> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> . @prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
"""
# one triple or two per rule kind: subclass, subproperty, equivalent property, domain, range,
# inverse, symmetric, transitive (also through an inverse), sameAs
FIXTURE = PREFIXES + """
ex:kh a kgb:Militia ; skos:prefLabel "KH" ; kgb:backedBy ex:iran ; dcterms:identifier "kh" .
ex:iran a kgb:State .
ex:umbrella kgb:includes ex:kh . ex:super-umbrella kgb:includes ex:umbrella .
ex:base kgb:locatedIn ex:province . ex:province kgb:locatedIn ex:syria . ex:syria a kgb:Country .
ex:doc1 kgb:cites ex:doc2 . ex:role1 kgb:holder ex:petersen ; kgb:date "2023-11-28"^^xsd:date .
ex:event kgb:actor ex:us ; kgb:target ex:kh ; kgb:place ex:base .
ex:kh owl:sameAs ex:kataib-hezbollah .
"""


def owlrl_entailments(data: Graph, tbox: frozenset) -> tuple[set, list[str]]:
    """owlrl's closure of ontology + data, minus data, ontology closure and trivial triples
    (the ontology's closure in ``tbox`` has no blank nodes: those of its OWL lists are left out)."""
    g = Graph()
    for t in load_ontology():
        g.add(t)
    for t in data:
        g.add(t)
    owlrl.DeductiveClosure(owlrl.OWLRL_Semantics).expand(g)
    errors = [str(m) for m in g.objects(None, ERRNS.error)]
    asserted = set(data)
    ontology_bnodes = {x for t in load_ontology() for x in t if isinstance(x, BNode)}
    found = {t for t in g if t not in asserted and t not in tbox and not trivial(t)
             and not ontology_bnodes.intersection(t)}
    return found, errors


def trivial(t) -> bool:
    s, p, o = t
    return (isinstance(s, Literal) or (p == OWL.sameAs and s == o)
            or (str(s).startswith(XSD_NS) and p == OWL.disjointWith))


def describe(triples) -> list[str]:
    return sorted(f"{s.n3()} {p.n3()} {o.n3()}" for s, p, o in triples)[:20]


@pytest.fixture(scope="module")
def rules():
    return reason.compile_rules()


def test_rule_tables(rules):
    assert {str(KGB.ArmedGroup), str(KGB.Organisation), str(ORG.Organization)} <= rules.supers[str(KGB.Militia)]
    assert (str(KGB.linkedTo), True) in rules.derived[str(KGB.linkedTo)]           # symmetric
    assert (str(CITO.isCitedBy), True) in rules.derived[str(KGB.cites)]            # inverse of a super
    assert str(KGB.locatedIn) in rules.transitive
    assert (str(KGB.Person), str(KGB.Organisation)) in rules.disjoint or \
        (str(KGB.Organisation), str(KGB.Person)) in rules.disjoint


def test_fixture_equals_owlrl(rules):
    data = Graph().parse(data=FIXTURE, format="turtle")
    mine = reason.infer_graph(data, rules)
    theirs, errors = owlrl_entailments(data, rules.tbox)
    assert not errors
    assert not theirs - mine, describe(theirs - mine)
    assert not mine - theirs, describe(mine - theirs)
    ex = "https://example.org/"
    for triple in [(URIRef(ex + "base"), KGB.locatedIn, URIRef(ex + "syria")),
                   (URIRef(ex + "iran"), KGB.linkedTo, URIRef(ex + "kh")),
                   (URIRef(ex + "kh"), ORG.transitiveSubOrganizationOf, URIRef(ex + "super-umbrella")),
                   (URIRef(ex + "doc2"), CITO.isCitedBy, URIRef(ex + "doc1")),
                   (URIRef(ex + "kh"), KGB.identifier, Literal("kh")),
                   (URIRef(ex + "kataib-hezbollah"), RDF.type, KGB.Militia),
                   (URIRef(ex + "petersen"), RDF.type, KGB.Person)]:
        assert triple in mine, triple


def test_disjoint_types_are_inconsistent(rules):
    data = Graph().parse(data=PREFIXES + "ex:x a kgb:Person . ex:y kgb:party ex:x .", format="turtle")
    _, errors = owlrl_entailments(data, rules.tbox)
    assert errors, "owlrl should find ex:x both a Person and an Organisation"
    store = open_store("memory:oxigraph")
    store.load_rdf(data.serialize(format="nt").encode(), "application/n-triples", URIRef("https://example.org/g"))
    reason.materialize(store, rules)
    problems = reason.inconsistencies(store, rules)
    assert problems and "https://example.org/x" in problems[0]


def test_materialize_keeps_inferred_apart(example_doc, tmp_path, rules):
    from kg_builder.build import build
    report = build([example_doc], tmp_path / "store", reason=True)
    store = open_store(tmp_path / "store")
    try:
        assert report.inferred > 0 and store.count(INFERRED_GRAPH) == report.inferred
        assert not store.ask(f"""ASK {{ GRAPH <{INFERRED_GRAPH}> {{ ?s ?p ?o }}
            GRAPH ?g {{ ?s ?p ?o }} FILTER(?g != <{INFERRED_GRAPH}>) }}""")
        before = store.count()
        assert reason.materialize(store, rules) == report.inferred      # idempotent
        assert store.count() == before
    finally:
        store.close()


@pytest.fixture(scope="module")
def corpus_reasoned(corpus_store, rules):
    """A private copy of the corpus store with graph/inferred materialised."""
    import pyoxigraph as ox
    store = open_store("memory:oxigraph")
    store.raw.extend(q for q in corpus_store.raw if q.graph_name != ox.NamedNode(str(INFERRED_GRAPH)))
    reason.materialize(store, rules)
    return store


@pytest.mark.slow
@pytest.mark.timeout(1800)
def test_corpus_equals_owlrl_and_is_consistent(corpus_reasoned, rules):
    data = Graph()
    for s, p, o, g in corpus_reasoned.quads():
        if g not in (ONTOLOGY_GRAPH, INFERRED_GRAPH):
            data.add((s, p, o))
    mine = {(s, p, o) for s, p, o, _ in corpus_reasoned.quads(INFERRED_GRAPH)}
    theirs, errors = owlrl_entailments(data, rules.tbox)
    assert not errors, errors[:5]
    assert not reason.inconsistencies(corpus_reasoned, rules)
    assert len(mine) > 1000
    assert not theirs - mine, describe(theirs - mine)
    assert not mine - theirs, describe(mine - theirs)


def test_rule_tables_are_cached_on_disk(tmp_path, monkeypatch, rules):
    monkeypatch.setenv("KG_CACHE_DIR", str(tmp_path))
    reason._compile.cache_clear()
    first = reason.compile_rules()
    assert [p.name for p in tmp_path.iterdir()] == [f"reason-rules-{reason._fingerprint(load_ontology())}.json"]
    reason._compile.cache_clear()
    assert reason.compile_rules() == first == rules
    monkeypatch.setenv("KG_CACHE_DIR", "")                 # caching off
    reason._compile.cache_clear()
    assert reason.compile_rules() == rules
    reason._compile.cache_clear()


def test_materialize_updates_inferred_by_difference(rules):
    import pyoxigraph as ox
    data = Graph().parse(data=FIXTURE, format="turtle")
    store = open_store("memory:oxigraph")
    store.load_rdf(data.serialize(format="nt").encode(), "application/n-triples", URIRef("https://example.org/g"))
    timings: dict = {}
    n = reason.materialize(store, rules, timings=timings)
    assert set(timings) == {p + cpu for p in ("rules", "read", "infer", "write") for cpu in ("", "_cpu")}
    inferred = ox.NamedNode(str(INFERRED_GRAPH))
    stale = ox.Quad(ox.NamedNode("https://example.org/x"), ox.NamedNode(str(RDF.type)), ox.NamedNode(str(KGB.Person)),
                    inferred)
    store.raw.add(stale)
    cites = (URIRef("https://example.org/doc1"), KGB.cites, URIRef("https://example.org/doc2"))
    store.update(f"DELETE DATA {{ GRAPH <https://example.org/g> {{ {' '.join(t.n3() for t in cites)} }} }}")
    data.remove(cites)
    expected = {tuple(map(str, t)) for t in reason.infer_graph(data, rules)}
    assert reason.materialize(store, rules) == len(expected) == store.count(INFERRED_GRAPH) < n
    assert stale not in store.raw
    assert {(q.subject.value, q.predicate.value, q.object.value)
            for q in store.raw.quads_for_pattern(None, None, None, inferred)} == expected
