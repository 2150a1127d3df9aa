"""N-Triples written from strings (kg_builder.ntlines) equals what rdflib terms give, and
the emitter's text is the graph that ``emit()`` returns."""
from __future__ import annotations

from datetime import datetime, timezone

import pytest
from hypothesis import given, strategies as st
import pyoxigraph as ox
from rdflib import BNode, Literal, URIRef

from kg_builder.emit import emit, emit_ntriples
from kg_builder.ntlines import Names, lines, literal, term
from kg_builder.vocab import KGB, RDF

from test_emit import golden_analysis

WHEN = datetime(2024, 1, 2, 3, 4, 5, tzinfo=timezone.utc)


@given(st.one_of(st.text(), st.integers(), st.booleans(),
                 st.floats(allow_nan=False, allow_infinity=False)))
def test_literal_is_the_form_of_the_rdflib_literal(value):
    assert literal(value) == term(Literal(value))


@given(st.text())
def test_any_string_survives_the_store_parser(text):
    nt = lines([(URIRef("http://example.org/s"), URIRef("http://example.org/p"), Literal(text))])
    assert nt == f"<http://example.org/s> <http://example.org/p> {literal(text)} .\n"
    triple, = ox.parse(nt.encode("utf-8"), format=ox.RdfFormat.N_TRIPLES)
    assert triple.object.value == text


def test_names_are_checked_by_the_closed_namespace():
    kgb = Names(KGB)
    assert kgb.Person == f"<{KGB.Person}>" and Names(RDF).type == f"<{RDF.type}>"
    with pytest.raises(AttributeError):
        kgb.Milita  # noqa: B018  (a typo)


def test_terms_of_every_kind():
    assert term(BNode("x1")) == "_:x1"
    assert term(Literal("a\"b\\c\nd\re")) == '"a\\"b\\\\c\\nd\\re"'
    assert term(Literal("hallo", lang="nl")) == '"hallo"@nl'


def test_emitted_text_is_the_graph_emit_returns():
    a = golden_analysis()
    (g_text, text), = emit_ntriples(a, WHEN).items()
    (g_triples, triples), = emit(a, WHEN).items()
    assert str(g_triples) == g_text
    assert sorted(text.splitlines()) == sorted(f"{term(s)} {term(p)} {term(o)} ." for s, p, o in triples)


def test_document_local_iris_are_those_of_iris():
    """Provenance forms mention and local IRIs from the document IRI; they must be iris's."""
    from kg_builder import iris
    from kg_builder.mentions import Mention
    from kg_builder.provenance import Provenance
    for key in ("kst-27925-AL", "h tk/2023 2024#7", "ünïcode doc"):
        prov = Provenance(key, iris.document_iri(key), None, [])
        assert prov.local("fact", 3) == f"<{iris.local_iri(key, 'fact', 3)}>"
        m = Mention("place", 5, 9, "abcd", "abcd", None, {}, "x")
        assert prov.mention(m, "<e>").startswith(f"<{iris.mention_iri(key, 5, 9)}> ")
