"""Quantities from real sentences; numbers that identify rather than count are skipped."""
from hypothesis import given, settings, strategies as st

from kg_builder.document import Document
from kg_builder.extractors.quantities import find_quantities
from kg_builder.numbers import word_value


def found(text: str) -> dict[str, object]:
    doc = Document("t", text)
    out = {}
    for m in find_quantities(doc):
        assert doc.text[m.start:m.end] == m.text
        out[m.label] = m.attrs["value"]
    return out


def test_number_words_and_qualifiers():
    q = found("in de vorm van een Nederlandse commandant, ongeveer vijftien personen aanvullende staf en drie "
              "transporthelikopters inclusief personeel (ongeveer 120 personen).")
    assert q["ongeveer vijftien personen aanvullende staf"] == 15
    assert q["ongeveer 120 personen"] == 120
    assert 3 in q.values()


def test_compound_number_words():
    assert word_value("honderdtwintig") == 120
    assert word_value("vijfentwintig") == 25
    assert word_value("tweeduizendvijfhonderd") == 2500
    assert word_value("tafel") is None


def test_counts_with_adjectives_and_of_phrases():
    q = found("Al 24 Amerikaanse militairen zijn gewond geraakt. Circa 58 van deze aanvallen vonden plaats in Irak.")
    assert q["Al 24 Amerikaanse militairen"] == 24
    assert any(v == 58 and "aanvallen" in k for k, v in q.items())


def test_ages_units_and_group_sizes():
    q = found("de 24-jarige korporaal, een strook van 120 kilometer breed en een ongeveer 120-koppig detachement; "
              "ongeveer 80 procent; de spreektijd is zes minuten per fractie.")
    assert q["24-jarige korporaal"] == 24 and q["120 kilometer breed"] == 120
    assert 80 in q.values() and 6 in q.values()


def test_identifiers_are_not_counts():
    q = found("27 925 Bestrijding internationaal terrorisme\nNr. 749 VERSLAG. Vraag 1\nBent u bekend met pagina's 7 "
              "en 8 van de brief over artikel 100 van de Grondwet? Aanvang 17.00 uur. 1 Samenstelling: Oplaat (BBB)")
    assert q == {}


def test_one_is_not_counted_and_in_acht_nemen_is_not_eight():
    assert found("op één nacht werden dorpen verwoest; met in acht genomen risico's") == {}


@settings(max_examples=150, deadline=None)
@given(st.text(max_size=200))
def test_never_crashes(text):
    found(text)
