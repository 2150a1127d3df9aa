"""Persons with roles and parties, on sentences from real parliamentary papers."""
from __future__ import annotations

from hypothesis import HealthCheck, given, settings, strategies as st

from conftest import entities_of
from kg_builder.document import Document
from kg_builder.pipeline import Context
from kg_builder.registry import get


def persons(analyse_text, text, **kw):
    return entities_of(analyse_text(text, **kw), "person")


def test_honorific_and_role_after_comma(analyse_text):
    p = persons(analyse_text, "De vaste commissie voor Buitenlandse Zaken en de vaste commissie voor "
                "Defensie hebben op 15 december 2022 overleg gevoerd met de heer Hoekstra, Minister van "
                "Buitenlandse Zaken, en mevrouw Ollongren, Minister van Defensie, over:")
    assert set(p) == {"Hoekstra", "Ollongren"}
    assert p["Ollongren"].attrs["roles"] == ["Minister van Defensie"]
    assert p["Hoekstra"].attrs["roles"] == ["Minister van Buitenlandse Zaken"]


def test_minister_name_portfolio_and_ministers_list(analyse_text):
    p = persons(analyse_text, "overleg gevoerd met minister Hillen van Defensie en minister Rosenthal van "
                "Buitenlandse Zaken over:")
    assert p["Hillen"].attrs["roles"] == ["Minister van Defensie"]
    assert p["Rosenthal"].attrs["roles"] == ["Minister van Buitenlandse Zaken"]
    p = persons(analyse_text, "Dit melden de ministers Bruins Slot van Buitenlandse Zaken, Ollongren van "
                "Defensie en Schreinemacher voor Buitenlandse Handel en Ontwikkelingssamenwerking in een brief.")
    assert p["Schreinemacher"].attrs["roles"] == ["Minister voor Buitenlandse Handel en Ontwikkelingssamenwerking"]
    assert "Bruins Slot" in p


def test_office_lines_and_griffier_on_next_line(analyse_text):
    text = ("De griffier van de vaste commissie voor Buitenlandse Zaken, Defensie en\n"
            "Ontwikkelingssamenwerking,\nVan Luijk\n\nVoorzitter: Pia Dijkstra\nGriffier: Van Toor\n")
    p = persons(analyse_text, text)
    assert p["Van Luijk"].attrs["roles"] == [
        "griffier van de vaste commissie voor Buitenlandse Zaken, Defensie en Ontwikkelingssamenwerking"]
    assert p["Pia Dijkstra"].attrs["roles"] == ["voorzitter"]
    assert p["Van Toor"].attrs["roles"] == ["griffier"]


def test_signature_columns_keep_initials_and_drop_titles(analyse_text):
    text = ("Het kabinet informeert uw Kamer.\n\n\nDe minister van Defensie    De minister van Buitenlandse "
            "Zaken \n\n\n\ndrs. K.H. Ollongren     Hanke Bruins Slot \n")
    p = persons(analyse_text, text)
    assert p["K.H. Ollongren"].attrs["roles"] == ["Minister van Defensie"]
    assert p["Hanke Bruins Slot"].attrs["roles"] == ["Minister van Buitenlandse Zaken"]


def test_committee_membership_footnote_with_parties_and_roles(analyse_text):
    text = ("De leden van de vaste commissie voor Buitenlandse Zaken, Defensie en \n\n"
            "Ontwikkelingssamenwerking1 hebben kennisgenomen van de brief.\n\n"
            "1 Samenstelling: \n\nOplaat (BBB), Karimi (GroenLinks-\n\nPvdA), Petersen (VVD) (voorzitter), "
            "Vacant (PVV), Huizinga-Heringa (CU) (1e ondervoorzitter), Van der Goot(OPNL) \n")
    a = analyse_text(text)
    p = entities_of(a, "person")
    assert set(p) == {"Oplaat", "Karimi", "Petersen", "Huizinga-Heringa", "Van der Goot"}
    assert p["Karimi"].attrs["party"] == "GroenLinks-PvdA"
    assert p["Petersen"].attrs["roles"] == ["voorzitter"]
    assert p["Huizinga-Heringa"].attrs["roles"] == ["1e ondervoorzitter"]
    assert p["Van der Goot"].attrs["party"] == "OPNL"
    assert p["Oplaat"].attrs["committee"].startswith("vaste commissie voor Buitenlandse Zaken")
    parties = {e.name for e in a.entities if e.kind == "organisation" and e.type == "party"}
    assert {"PVV", "OPNL", "GroenLinks-PvdA"} <= parties


def test_speaker_headings_indieners_and_answerers(analyse_text):
    p = persons(analyse_text, "De heer Omtzigt (CDA):\n\nVoorzitter. Voordat ik dit debat aanvang.\n")
    assert p["Omtzigt"].attrs["party"] == "CDA"
    text = ("Indiener(s): Aukje de Vries (VVD), Pia Dijkstra (D66)\n"
            "Beantwoord door Kajsa Ollongren (minister defensie) (D66), Wopke Hoekstra "
            "(viceminister-president , minister buitenlandse zaken) (CDA)\n")
    p = persons(analyse_text, text)
    assert p["Aukje de Vries"].attrs["party"] == "VVD"
    assert p["Kajsa Ollongren"].attrs["roles"] == ["Minister Defensie"]
    assert p["Wopke Hoekstra"].attrs["roles"] == ["Viceminister-president", "Minister Buitenlandse Zaken"]


def test_motion_signers_and_ranks(analyse_text):
    text = ("Nr. 3334 MOTIE VAN HET LID ERKENS C.S.\n\nVoorgesteld 27 januari 2026\n\nDe Kamer,\n\n"
            "en gaat over tot de orde van de dag.\n\nErkens\n\nVan der Burg\n\nHoogeveen\n\nNaar boven\n")
    p = persons(analyse_text, text)
    assert set(p) == {"Erkens", "Van der Burg", "Hoogeveen"}
    assert "ERKENS" in {m.text for m in p["Erkens"].mentions}
    p = persons(analyse_text, "Op 6 juli 2016 zijn de 24-jarige korporaal Kevin Roggeveld en de 29-jarige "
                "sergeant der eerste klasse Henry Hoving om het leven gekomen.")
    assert p["Kevin Roggeveld"].attrs["roles"] == ["korporaal"]
    assert p["Henry Hoving"].attrs["roles"] == ["sergeant der eerste klasse"]


def test_offices_alone_are_not_persons(analyse_text):
    p = persons(analyse_text, "De minister van Defensie en de minister van Buitenlandse Zaken hebben op "
                "20 december 2023 gereageerd. De voorzitter van de vaste commissie voor Defensie opent.")
    assert p == {}


def test_patterns_without_gazetteer_still_find_cued_names(analyse_text):
    p = persons(analyse_text, "Voorzitter: De Pater-van der Meer Griffier: Van Doorn\n", use_gazetteer=False)
    assert set(p) == {"De Pater-van der Meer", "Van Doorn"}


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(max_size=600))
def test_never_crashes_and_offsets_hold(text):
    doc = Document(key="x", text=text)
    for m in get("persons")(doc, Context(doc=doc)):
        assert 0 <= m.start <= m.end <= len(text)
        assert text[m.start:m.end] == m.text
