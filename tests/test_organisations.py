"""Organisations and their kinds, on sentences from real parliamentary papers."""
from __future__ import annotations

from hypothesis import HealthCheck, given, settings, strategies as st

from conftest import entities_of
from kg_builder.document import Document
from kg_builder.pipeline import Context
from kg_builder.registry import get


def orgs(analyse_text, text, **kw):
    return entities_of(analyse_text(text, **kw), "organisation")


def test_committee_with_comma_list_abbreviation_and_other_name(analyse_text):
    o = orgs(analyse_text, "De leden van de vaste commissie voor Buitenlandse Zaken, Defensie en "
             "Ontwikkelingssamenwerking (BDO) hebben kennisgenomen. In antwoord op de vragen gesteld door de "
             "BBB-fractie van de Commissie Buitenlandse Zaken, Defensie en Ontwikkelingssamenwerking van de "
             "Eerste Kamer informeren wij u.")
    com = o["vaste commissie voor Buitenlandse Zaken, Defensie en Ontwikkelingssamenwerking"]
    assert com.type == "committee"
    assert {"BDO", "Commissie Buitenlandse Zaken, Defensie en Ontwikkelingssamenwerking"} <= set(com.labels)
    assert o["BBB"].type == "parliamentary_group"
    assert o["Eerste Kamer"].type == "chamber"


def test_two_committees_joined_by_en_de_stay_apart(analyse_text):
    o = orgs(analyse_text, "De vaste commissie voor Justitie en Veiligheid en de vaste commissie voor "
             "Binnenlandse Zaken hebben op 3 september 2025 overleg gevoerd.")
    assert {"vaste commissie voor Justitie en Veiligheid", "vaste commissie voor Binnenlandse Zaken"} <= set(o)


def test_acting_states_governments_and_international_organisations(analyse_text):
    text = ("De Iraakse regering heeft bij monde van premier Sudani de aanvallen veroordeeld. Ook Nederland "
            "veroordeelt deze aanvallen en kaart dit aan in gesprekken met de Iraakse autoriteiten. "
            "Deze dreiging is primair gericht tegen de VS. Nederland staat in nauw contact met het "
            "NAVO-hoofdkwartier en de EU.")
    o = orgs(analyse_text, text)
    assert o["Iraakse autoriteiten"].type == "government"
    assert "Iraakse regering" in o["Iraakse autoriteiten"].labels
    assert o["Nederland"].type == "state" and o["VS"].type == "state"
    assert o["NAVO"].type == "international_organisation" and o["EU"].type == "international_organisation"


def test_country_as_location_is_not_a_state(analyse_text):
    o = orgs(analyse_text, "Zij waren in Irak gestationeerd en reisden naar Syrië.")
    assert "Irak" not in o and "Syrië" not in o


def test_militias_spelling_variants_share_one_entity(analyse_text):
    text = ("Het is een samenwerkingsverband van kleinere internationale terreurorganisaties zoals Kataib "
            "Hezbollah, Asaib Ahl al-Haq en Hezbollah Harakat al-\n\nNubaja, die allemaal banden hebben met "
            "Iran. Dit is een overkoepelende term voor verscheidene pro-Iraanse milities in Irak, waaronder "
            "Kata’ib Hezbollah, Ansar Allah al-Awfiya en Harakat Hezbollah al-Nujaba.")
    for gaz in (True, False):
        o = orgs(analyse_text, text, use_gazetteer=gaz)
        kh = [e for e in o.values() if "Kataib Hezbollah" in e.labels]
        assert len(kh) == 1 and "Kata'ib Hezbollah" in kh[0].labels
        nujaba = [e for e in o.values() if "Hezbollah Harakat al-Nubaja" in e.labels]
        assert len(nujaba) == 1 and "Harakat Hezbollah al-Nujaba" in nujaba[0].labels
        assert nujaba[0].type == "militia"
    assert "Ansar Allah al-Awfiya" in o          # found without the gazetteer too


def test_terror_groups_listed_after_head_word(analyse_text):
    o = orgs(analyse_text, "constaterende dat de Iraanse Revolutionaire Garde drones levert aan "
             "terreurgroepen zoals Hezbollah, Hamas en de houthi-rebellen;", use_gazetteer=False)
    assert o["Hezbollah"].type == "terrorist_organisation" and o["Hamas"].type == "terrorist_organisation"


def test_ships_parties_and_chambers(analyse_text):
    o = orgs(analyse_text, "In 2020 leverde Nederland het luchtverdedigings- en commandofregat Zr.Ms. De "
             "Ruyter. Er zijn geen incidenten geweest tijdens de inzet van de De Ruyter. De heer Koenders "
             "(PvdA): Voor de PvdA-fractie stond het herstel van de rechtsorde voorop. Ik informeer de "
             "Tweede Kamer der Staten-Generaal en uw Kamer.")
    ship = o["Zr.Ms. De Ruyter"]
    assert ship.type == "other" and "De Ruyter" in ship.labels
    assert o["PvdA"].type == "parliamentary_group"
    assert "Kamer" in o["Tweede Kamer der Staten-Generaal"].labels


def test_brief_regering_label_and_coalition_compounds_are_not_organisations(analyse_text):
    o = orgs(analyse_text, "Brief regering\n\nDe aanvallen op Amerikaanse- en coalitie troepen namen toe.")
    assert o == {}


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(max_size=600), st.booleans())
def test_never_crashes_and_offsets_hold(text, gaz):
    doc = Document(key="x", text=text)
    ctx = Context(doc=doc, use_gazetteer=gaz)
    for spec in ("persons", "organisations"):
        for m in get(spec)(doc, ctx):
            assert text[m.start:m.end] == m.text
            ctx.mentions.append(m)
