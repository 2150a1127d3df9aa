"""Events: reported meetings, letters, questions, dated occasions and sentences stating a happening,
with date, actors, place, target and threat levels (real corpus sentences)."""
import pytest
from hypothesis import given, settings, strategies as st

from kg_builder.document import Document
from kg_builder.extractors.dates import find_dates
from kg_builder.extractors.events import find_events
from kg_builder.pipeline import analyse
from kg_builder.readers import read_document


def events(text: str, date: str = "2023-12-20", full: bool = True):
    """Events read from ``text`` (a document written on ``date``), with the other extractors' mentions; all
    readings, before the extractor leaves out the unreliable kinds (see test_unreliable_readings_…)."""
    doc = Document("t", text)
    doc.meta.date = date
    if full:
        found = analyse(doc, exclude=["events"]).mentions
        out = find_events(doc, [m for m in found if m.kind == "date"],
                          [m for m in found if m.kind in ("person", "organisation", "place", "mission")])
    else:
        out = find_events(doc, find_dates(doc), [])
    for e in out:
        assert doc.text[e.start:e.end] == e.text
    return out


def only(evs):
    assert len(evs) == 1, [e.attrs for e in evs]
    return evs[0].attrs


def assert_typed_and_dated(cases):
    """Each ``(text, written, (type, date))``: the text, written on that day, states an event of that type and date."""
    for text, written, want in cases:
        got = [(e["type"], e["date"]) for e in (m.attrs for m in events(text, written))]
        assert want in got, (text, got)


def test_reported_meeting_with_committees_and_ministers(corpus_dir):
    doc = read_document(corpus_dir / "kst-27925-749.txt")
    evs = find_events(doc, find_dates(doc), [])
    meeting = next(e for e in evs if e.attrs["type"] == "meeting")
    assert meeting.attrs["date"] == "2020-10-14"
    assert {"vaste commissie voor Buitenlandse Zaken", "vaste commissie voor Defensie", "Bijleveld-Schouten",
            "Blok"} <= set(meeting.attrs["actors"])


def test_letters_of_a_composite_document(corpus_dir):
    evs = [e.attrs for e in analyse(read_document(corpus_dir / "kst-27925-AL.txt")).mentions if e.kind == "event"]
    assert any(e["date"] == "2023-11-28" and "Koen Petersen" in e["actors"] for e in evs)
    assert any(e["date"] == "2023-12-20" and "K.H. Ollongren" in e["actors"] for e in evs)


def test_questions_put_and_answered_by_ministers():
    text = ("De vaste commissie voor Defensie heeft een aantal vragen voorgelegd aan de Ministers van Defensie en "
            "van Buitenlandse Zaken over de brief van 14 oktober 2014 inzake Aanbieding evaluatie.\n\n"
            "De Ministers hebben deze vragen beantwoord bij brief van 15 december 2014.")
    evs = [e.attrs for e in events(text, "2015-01-05")]
    assert any(e["actors"] == ["vaste commissie voor Defensie"] and e["date"] is None for e in evs)
    answered = next(e for e in evs if e["date"] == "2014-12-15")
    assert answered["actors"] == ["Minister van Defensie", "Minister van Buitenlandse Zaken"]
    text = ("De vaste commissie voor Veiligheid en Justitie heeft een aantal vragen voorgelegd aan de minister van "
            "Veiligheid en Justitie over de brief van 4 oktober 2013.\n\n"
            "De minister heeft deze vragen beantwoord bij brief van 14 november 2013.")
    evs = [e.attrs for e in events(text, "2013-11-21")]
    assert any(e["actors"] == ["vaste commissie voor Veiligheid en Justitie"] and e["date"] is None for e in evs)
    assert any(e["date"] == "2013-11-14" for e in evs)


def test_threat_level_change_with_levels():
    e = only(events("Op 13 november jl. is het dreigingsniveau voor drones en indirect vuur op Iraakse locaties "
                    "verhoogd van significant naar hoog."))
    assert e["type"] == "threat_level_change" and e["date"] == "2023-11-13"
    assert (e["from_level"], e["to_level"]) == ("significant", "hoog")
    assert e["place"] == "Irak"                       # the country of "Iraakse locaties"


def test_airstrike_with_actor_target_and_place():
    e = only(events("Zo voerde de VS op 22 november jl. luchtaanvallen uit op wapendepots van Kata'ib Hezbollah "
                    "(KH) in Jurf al-Nasr ten zuidoosten van Bagdad, Irak, waarbij meerdere leden van deze militie "
                    "omkwamen."))
    assert e["type"] == "strike" and e["date"] == "2023-11-22"
    assert e["actors"] == ["VS"] and e["target"] == "Kata'ib Hezbollah" and e["place"] == "Jurf al-Nasr"


def test_airstrike_without_other_extractors_still_has_a_place():
    e = only(events("Zo voerde de VS op 22 november jl. luchtaanvallen uit op wapendepots van Kata'ib Hezbollah "
                    "in Jurf al-Nasr ten zuidoosten van Bagdad.", full=False))
    assert e["date"] == "2023-11-22" and e["place"] == "Jurf al-Nasr"


def test_attack_by_a_state_in_subject_position():
    e = only(events("In 1980 viel Irak buurland Iran binnen.", "2008-12-22"))
    assert e["type"] == "attack" and e["date"] == "1980" and e["actors"] == ["Irak"]


def test_demonym_makes_the_actor():
    e = only(events("Bent u bekend met de berichtgeving van NOS en NRC over een Nederlandse luchtaanval op "
                    "3 juni 2015 in Irak?", "2019-10-22"))
    assert e["date"] == "2015-06-03" and e["actors"] == ["Nederland"] and e["place"] == "Irak"


def test_founding_with_states_as_actors():
    e = only(events("Begin 2014 richtten de staatshoofden van Burkina Faso, Mali, Mauritanië, Niger en Tsjaad de "
                    "G5-Sahel op om de onderlinge samenwerking te versterken.", "2020-03-17"))
    assert e["date"] == "2014" and {"Burkina Faso", "Mali", "Tsjaad"} <= set(e["actors"])


def test_cabinet_decision_and_inverted_subject():
    e = only(events("Eerder dit jaar kondigde het kabinet aan NMI vanaf januari 2024 te versterken met een "
                    "infanteriecompagnie.", "2023-09-29"))
    assert e["type"] == "decision" and e["date"] == "2023" and "kabinet" in e["actors"]


def test_two_dated_happenings_in_one_sentence():
    evs = [e.attrs for e in events(
        "Zoals bekend, heeft het kabinet reeds op 19 december 2008 besloten tot Nederlandse deelname aan de "
        "EU-operatie Atalanta voor de kust van Somalië van medio augustus tot medio december 2009.", "2009-11-13")]
    assert {e["date"] for e in evs} == {"2008-12-19", "2009-08/2009-12"}
    assert next(e for e in evs if e["date"] == "2008-12-19")["actors"] == ["kabinet"]


def test_undated_condemnation_with_actors():
    e = only(events("De Iraakse regering heeft bij monde van premier Sudani de drone- en raketaanvallen op "
                    "coalitiebases meermaals veroordeeld."))
    assert e["date"] is None and "Iraakse regering" in e["actors"] and "Sudani" in e["actors"]


def test_election_with_place():
    evs = [e.attrs for e in events("De ontwikkelingen dragen in aanloop naar de provinciale verkiezingen in Irak "
                                   "op 18 december bij aan de bestaande politieke spanningen.")]
    assert any(e["type"] == "election" and e["date"] == "2023-12-18" and e["place"] == "Irak" for e in evs)


def test_named_occasion_in_a_letter_list():
    evs = events("• de brief d.d. 9 januari 2020 inzake geannoteerde agenda Raad Buitenlandse Zaken van "
                 "20 januari 2020 (Kamerstuk 21 501-02, nr. 2101);", "2020-03-06")
    assert [e.attrs["date"] for e in evs] == ["2020-01-20"]


def test_deployment_period_inherits_place_of_previous_sentence():
    e = only(events("De Koninklijke Marine levert met 2 stafofficieren een bijdrage aan de Europese missie EMASOH "
                    "in de Straat van Hormuz. Zij zijn betrokken bij inlichtingen. Vanaf maart tot en met juni 2022 "
                    "worden 2 extra stafofficieren ingezet.", "2022-06-30"))
    assert e["date"] == "2022-03/2022-06" and e["place"] == "Straat van Hormuz"


def test_duplicates_of_one_happening_merge():
    evs = events("Bent u bekend met de berichtgeving over een Nederlandse luchtaanval op 3 juni 2015 in Irak? "
                 "Wat is de stand van zaken betreffende dit specifieke bombardement op 3 juni 2015 in Irak?",
                 "2019-10-22")
    assert len(evs) == 1 and evs[0].attrs["date"] == "2015-06-03"


def test_what_is_not_an_event():
    assert events("De Minister heeft op 7 juli 2023 een brief gestuurd. Het weer was op 8 juli 2023 mooi.") == []
    # a paper's date, a deadline, a denial, a question without a date, what a letter is about
    assert events("Zoals aangekondigd in de Beleidsbrief Buitenlandse Zaken van 8 maart jl. informeert het "
                  "kabinet uw Kamer.", "2022-06-17") == []
    assert events("De afgelopen jaren zijn terroristische aanslagen Nederland bespaard gebleven.") == []
    assert events("Waarom heeft Nederland de luchtaanval niet gemeld?") == []
    assert events("Op 15 oktober jl. hebben wij uw Kamer geïnformeerd over het onderzoek naar de wenselijkheid "
                  "van een verlenging van de Nederlandse bijdrage aan de EU operatie Atalanta.", "2009-11-13") == []


_PIECES = st.sampled_from(["aanval ", "op 3 juni 2015 ", "Irak ", "de VS ", "besloten ", "in ", "door ", "van ",
                           "dreigingsniveau ", "verhoogd van significant naar hoog", "Nederlandse ", "viel ",
                           "binnen", ". ", "? ", "\n", "(", ")", "’", "–"])


@settings(max_examples=60, deadline=None)
@given(st.lists(st.one_of(_PIECES, st.text(max_size=8)), max_size=40).map("".join))
def test_events_never_crash_and_offsets_are_valid(text):
    doc = Document("p", text)
    doc.meta.date = "2020-01-01"
    for e in find_events(doc, find_dates(doc), []):
        assert 0 <= e.start <= e.end <= len(text)
        assert doc.text[e.start:e.end] == e.text
        assert set(e.attrs) >= {"what", "type", "date", "actors", "place"}


# ---------------------------------------------------------------- states, bounds, roles, splits (new sentences)
def test_continuing_supply_is_a_state_unless_the_next_sentence_dates_it():
    assert events("Duitsland levert op dit moment vier stafofficieren aan het hoofdkwartier in Brussel.") == []
    assert events("Frankrijk draagt hiermee bij aan het beschermen van de scheepvaart in de Golf van Guinee.") == []
    e = only(events("De Koninklijke Luchtmacht levert twee vliegers aan de missie in Litouwen. Van april tot en met "
                    "augustus 2023 worden 3 extra vliegers ingezet.", "2023-09-01"))
    assert e["date"] == "2023-04/2023-08" and e["place"] == "Litouwen"


def test_bounds_and_expectations_are_not_event_dates():
    # "na"/"sinds" bound a state; an expectation is no happening
    assert all(e.attrs["date"] is None for e in events("Elke inzet gestart na 1 maart 2021 wordt apart gemeld.",
                                                         "2021-06-01"))
    assert events("Naar verwachting is de evacuatie van het personeel voor het einde van het jaar afgerond.",
                  "2021-06-01") == []
    e = only(events("Sinds 4 februari 2024, toen rebellen de stad Goma bombardeerden, is de situatie in Oost-Congo "
                    "verslechterd.", "2024-05-01"))
    assert e["date"] == "2024-02-04"


def test_foiled_attacks_did_not_happen():
    assert events("Volgens de AIVD werden in het afgelopen jaar in Nederland drie aanslagen verijdeld.",
                  "2024-01-10") == []


def test_decided_action_keeps_its_own_date_but_a_period_dates_the_decision():
    e = only(events("Het kabinet heeft besloten de bijdrage aan de missie in 2026 met twintig militairen uit te "
                    "breiden.", "2025-03-01"))
    assert e["type"] == "decision" and e["date"] is None and e["actors"] == ["kabinet"]
    e = only(events("De regering heeft besloten van 1 juni tot en met 30 november 2025 een fregat te leveren aan de "
                    "operatie.", "2025-03-01"))
    assert e["date"] == "2025-06/2025-11" or e["date"].startswith("2025-06-01")
    e = only(events("Italië kondigde vorige maand aan een brigade in Roemenië te stationeren.", "2025-03-10"))
    assert e["date"] == "2025-02" and e["actors"] == ["Italië"]


def test_a_date_across_a_parenthesis_is_not_the_events():
    evs = events("Behalve de bijdrage aan de missie in Kosovo (verlengd tot 1 juli 2026) eindigen de mandaten dit "
                 "jaar.", "2025-03-01")
    assert all(e.attrs["date"] != "2025" for e in evs if e.attrs["type"] == "decision")


def test_office_resolved_to_the_person_who_holds_it_and_joiners_become_actors():
    text = ("Op 4 maart jl. vond in Brussel een ministeriële bijeenkomst plaats over de steun aan Oekraïne. "
            "De minister van Defensie sloot hierbij aan.\n\n"
            "De minister van Defensie,\nR.P. Brekelmans")
    doc = Document("t", text)
    doc.meta.date = "2025-03-20"
    an = analyse(doc)
    evs = [m.attrs for m in an.mentions if m.kind == "event" and m.attrs["date"] == "2025-03-04"]
    holders = {m.label for m in an.mentions if m.kind == "person" and "Minister van Defensie" in m.attrs.get("roles", [])}
    assert evs and (not holders or set(evs[0]["actors"]) & holders)


def test_who_acted_during_an_occasion_and_its_topic_is_no_actor():
    e = only(events("Tijdens het commissiedebat over de Raad Defensie op 2 april jl. vroeg de Kamer om een brief "
                    "over de munitievoorraden.", "2025-05-01"))
    assert e["date"] == "2025-04-02" and "Raad Defensie" not in e["actors"]
    e = only(events("Dit is een reactie op het verzoek van het lid Jansen, gedaan tijdens de regeling van "
                    "werkzaamheden van 9 april 2025.", "2025-05-01"))
    assert e["date"] == "2025-04-09" and "Jansen" in e["actors"]


def test_written_questions_header_and_schriftelijk_overleg_opening():
    text = ("Vragen van het lid De Vries (CDA) aan de Minister van Defensie over de levering van munitie aan "
            "Oekraïne (ingezonden 5 maart 2024).\n\n"
            "Antwoord van Minister Ollongren (Defensie) (ontvangen 2 april 2024).\n")
    evs = {e.attrs["date"]: e.attrs for e in events(text, "2024-04-02")}
    assert evs["2024-03-05"]["actors"] == ["De Vries"] and evs["2024-04-02"]["actors"] == ["Ollongren"]
    text = ("Vragen van de leden Smit (VVD) en Bos (PvdA) aan de minister van Justitie over een politieactie. "
            "(Ingezonden 12 november 2030)\n\n1\nKlopt het bericht?\n\n"
            "Antwoord van minister Jansen (Justitie). (Ontvangen 6 december 2030)\n\n1\nJa.\n")
    evs = {e.attrs["date"]: e.attrs for e in events(text, "2030-12-06")}
    assert evs["2030-11-12"]["actors"] == ["Smit", "Bos"] and evs["2030-12-06"]["actors"] == ["Jansen"]
    text = ("De vaste commissie voor Buitenlandse Zaken heeft op 12 mei 2024 een brief gestuurd aan de Minister "
            "van Buitenlandse Zaken over de situatie in Soedan.\n\n"
            "De Minister van Buitenlandse Zaken heeft bij brief van 3 juni 2024 gereageerd.\n")
    evs = {e.attrs["date"]: e.attrs for e in events(text, "2024-06-20", full=False)}
    assert evs["2024-05-12"]["actors"] == ["vaste commissie voor Buitenlandse Zaken"]
    assert evs["2024-06-03"]["actors"] == ["Minister van Buitenlandse Zaken"]


def test_two_coordinated_happenings_on_one_date():
    evs = [e.attrs for e in events("Op 3 mei 2022 volgden nog twee raketaanvallen op een Syrische basis en drie op "
                                   "Al-Tanf, een garnizoen in Syrië.", "2022-06-01", full=False)]
    assert len(evs) == 2 and {e["date"] for e in evs} == {"2022-05-03"}
    assert {e["place"] for e in evs} == {"Syrië", "Al-Tanf"}


def test_victims_counted_by_demonym_are_not_the_acting_state():
    evs = events("Daarbij kwamen 12 Franse militairen om het leven.", "2024-01-10")
    assert all("Frankrijk" not in e.attrs["actors"] for e in evs)
    e = only(events("Op 2 januari 2024 volgden drie Turkse luchtaanvallen op Koerdische posities in Noord-Irak.",
                    "2024-01-10"))
    assert "Turkije" in e["actors"]


def test_the_dossier_title_states_no_happening():
    doc = Document("t", "Onderdeel van dossier 36123 Nederlandse deelname aan de missie in Mali.\n\nDe Minister informeert de Kamer.")
    doc.meta.date, doc.meta.title = "2024-01-10", "Nederlandse deelname aan de missie in Mali"
    assert find_events(doc, find_dates(doc), []) == []


# ---- political acts, visits, deployments and less common violent verbs (sentences written for these tests)
def test_political_acts_are_decisions():
    cases = [("Op 3 mei 2019 trad de nieuwe regering van Mozambique aan.", "2019-05-03"),
             ("Het nieuwe kabinet van Somalië werd op 12 juni 2022 beëdigd.", "2022-06-12"),
             ("Op 8 februari 2023 heeft Ahmed Saleh zich kandidaat gesteld voor het presidentschap.", "2023-02-08"),
             ("Duitsland erkende op 15 januari 1992 de onafhankelijkheid van Slovenië.", "1992-01-15"),
             ("In juli 2020 vormden Ethiopië en Eritrea een militair bondgenootschap.", "2020-07"),
             ("In 2016 werd Boko Haram geplaatst op de EU-terrorismelijst.", "2016"),
             ("Nederland schortte in augustus 2021 de ontwikkelingshulp aan Afghanistan op.", "2021-08")]
    for text, date in cases:
        assert any(e.attrs["date"] == date and e.attrs["type"] == "decision" for e in events(text, "2024-06-01")), text


def test_a_council_that_decides_is_an_actor_not_a_dated_occasion():
    e = only(events("De Raad van de EU heeft op 17 mei 2021 besloten het mandaat van EUTM Mali te verlengen.", "2024-06-01"))
    assert e["type"] == "decision" and e["date"] == "2021-05-17" and any("EU" in a for a in e["actors"])
    e = only(events("De VN-Veiligheidsraad verlengde op 30 mei 2023 het mandaat van UNSOM met een jaar.", "2024-06-01"))
    assert e["type"] == "decision" and e["actors"] == ["VN-Veiligheidsraad"]
    e = only(events("De Raad van de Internationale Burgerluchtvaartorganisatie (ICAO) besloot op 27 mei 2021 een "
                    "onderzoek in te stellen.", "2024-06-01"))
    assert e["type"] == "decision" and "ICAO" in e["actors"]
    # a short form in brackets between the body and its strong past verb
    e = only(events("De Voorlopige Volksraad (VVR) riep op 3 maart 2012 in Gao de onafhankelijkheid uit.", "2024-06-01"))
    assert e["type"] != "meeting" and e["date"] == "2012-03-03" and "VVR" in e["actors"]


def test_a_person_in_apposition_to_a_foreign_office_after_a_fronted_verb_acts():
    for text in ("Vorige week maakte de Canadese minister van Defensie, Bill Blaire, bekend dat de steun doorgaat.",
                 "Gisteren kondigde de Franse president, Hugo Marchal, nieuwe steun aan."):
        e = only(events(text, "2024-06-01"))
        assert e["actors"] == [text.split(", ")[1]], e


def test_visits_meetings_and_deployments_in_news_prose():
    e = only(events("De ministers van Defensie van de EU kwamen op 5 februari 2024 bijeen in Vilnius.", "2024-06-01"))
    assert e["type"] == "meeting" and e["place"] == "Vilnius"
    e = only(events("Op 4 mei 2024 bracht de minister een werkbezoek aan Litouwen.", "2024-06-01"))
    assert e["type"] == "meeting" and e["place"] == "Litouwen"
    e = only(events("Op 14 september 2023 landden zes Nederlandse F-16's op de Roemeense vliegbasis Fetesti.", "2024-06-01"))
    assert e["type"] == "deployment" and e["date"] == "2023-09-14"
    e = only(events("Zr.Ms. Tromp voer op 6 januari 2020 uit vanuit Den Helder.", "2024-06-01"))
    assert e["type"] == "deployment" and e["actors"] == ["Zr.Ms. Tromp"]


def test_a_period_dates_a_contribution_and_an_exercise_is_no_event():
    e = only(events("Van 1 maart tot en met 30 juni 2022 nam Zr.Ms. Karel Doorman deel aan de NAVO-missie.", "2024-06-01"))
    assert e["date"] == "2022-03-01/2022-06-30" and e["actors"] == ["Zr.Ms. Karel Doorman"]
    assert not events("Van 1 maart tot en met 30 juni 2022 nam Zr.Ms. Karel Doorman deel aan de NAVO-oefening.",
                      "2024-06-01")
    assert not events("De jaarlijkse nucleaire oefening Iron Fence, die op 13 oktober begon, is niet besproken.",
                      "2024-11-01")
    assert not events("Vanaf 27 juni neemt de Tromp deel aan de grote maritieme oefening Atoll rond Guam.", "2024-06-01")


def test_a_back_reference_an_unchanged_level_and_joining_states():
    assert not events("De aanslagen tonen dat ISIS in Syrië actief blijft.", "2024-06-01")
    assert not events("Het dreigingsniveau in Nederland blijft 4 op een schaal van 5.", "2024-06-01")
    e = only(events("Op 13 april wees Noorwegen vijftien Russische diplomaten uit.", "2024-06-01"))
    assert (e["type"], e["actors"]) == ("decision", ["Noorwegen"])


def test_sieges_captures_occupations_hostages():
    e = only(events("Op 1 juni 2014 viel Mosul in handen van ISIS.", "2024-06-01"))
    assert e["type"] == "attack" and e["place"] == "Mosul" and e["actors"] == ["ISIS"]
    e = only(events("In 1990 bezette Irak buurland Koeweit.", "2024-06-01"))
    assert e["actors"] == ["Irak"] and e["place"] == "Koeweit"
    e = only(events("Op 3 oktober 2020 bombardeerde Azerbeidzjan de stad Stepanakert.", "2024-06-01"))
    assert e["place"] == "Stepanakert"
    for text in ("De belegering van Marib door de Houthi's begon in februari 2021.",
                 "Abu Sayyaf gijzelde op 16 juni 2019 drie vissers bij Sabah.",
                 "Bij een schietpartij in Hanau vielen op 19 februari 2020 negen doden.",
                 "De vijand heeft op 4 maart 2023 de stad Avdiivka ingenomen."):
        assert [e.attrs["type"] for e in events(text, "2024-06-01")] == ["attack"], text


def test_general_statements_and_adjectives_are_no_events():
    assert events("De kans op een aanslag in Nederland is reëel.") == []
    assert events("Een aanslag in Duitsland blijft voorstelbaar.") == []
    assert events("De drones vormen een bedreiging voor Nederlandse militairen in de regio.") == []
    assert events("De richtlijn richtte zich op de bescherming van burgers in Mali.") == []


def test_whom_a_minister_met_is_an_actor_not_a_target():
    e = only(events("De minister sprak op 9 maart 2022 met zijn Estse collega Hanno Pevkur.", "2024-06-01"))
    assert e["type"] == "meeting" and "Hanno Pevkur" in e["actors"] and "target" not in e


def test_threat_level_set_and_budget_and_death():
    e = only(events("Op 2 april 2016 is het dreigingsniveau op niveau 3 (aanzienlijk) gesteld.", "2024-06-01"))
    assert e["type"] == "threat_level_change" and e["date"] == "2016-04-02"
    assert [e.attrs["type"] for e in events("Het kabinet trekt in 2025 € 40 miljoen extra uit voor de AIVD.")] \
        == ["decision"]
    assert only(events("Na de dood van Ayman al-Zawahiri in juli 2022 volgde een strijd om de leiding.",
                       "2024-06-01"))["date"] == "2022-07"


def test_attack_verbs_crimes_troop_build_up_control_and_endings():
    e = only(events("Op 12 maart 2022 vielen rebellen de kazerne in Bunia aan.", "2024-06-01"))
    assert e["type"] == "attack" and e["date"] == "2022-03-12" and e["place"] == "Bunia"
    assert only(events("Het dorp werd op 5 juni 2019 aangevallen door gewapende jongeren.",
                       "2024-06-01"))["type"] == "attack"
    e = only(events("Boko Haram heeft zich schuldig gemaakt aan ontvoeringen van scholieren in Nigeria."))
    assert e["type"] == "attack" and e["actors"] == ["Boko Haram"]
    e = only(events("Het Russische leger heeft troepen aan de Oekraïense grens geconcentreerd."))
    assert e["type"] == "deployment" and "Russische leger" in e["actors"]
    e = only(events("Hamas breidde in 2007 zijn controle uit over de Gazastrook.", "2024-06-01"))
    assert e["actors"] == ["Hamas"] and e["date"] == "2007"
    assert only(events("De missie eindigt op 30 juni 2025.", "2024-06-01"))["date"] == "2025-06-30"
    e = only(events("Het kabinet informeert de Kamer over het besluit met twee fregatten bij te dragen aan de operatie."))
    assert e["type"] == "decision" and "kabinet" in e["actors"]
    assert events("De oppositie valt de regering aan op haar begroting.") == []


def test_a_paper_about_a_dated_happening_states_it():
    e = only(events("Hierbij informeren wij u over de verlenging van de Nederlandse bijdrage aan UNIFIL in 2026.",
                    "2025-10-01"))
    assert e["type"] == "decision" and e["date"] == "2026"
    assert events("Wij informeren u over de verlenging van de Nederlandse bijdrage aan UNIFIL tot 1 juli 2026.",
                  "2025-10-01") == []
    assert [e.attrs["type"] for e in events("Wij sturen u hierbij de brief over de verlenging van de bijdrage in 2026.",
                                            "2025-10-01")] == ["decision"]      # a letter sent is no deployment


def test_then_takes_the_date_of_the_sentence_before():
    first, second = events("In maart 2019 vielen milities een dorp bij Bor aan. De VN-missie verplaatste toen "
                           "tweehonderd blauwhelmen naar Bor.", "2024-06-01")
    assert first.attrs["date"] == second.attrs["date"] == "2019-03" and second.attrs["type"] == "deployment"
    evs = events("Op 2 mei 2020 nam het leger de stad in. De president was toen al naar Qatar vertrokken.", "2024-06-01")
    assert [e.attrs["date"] for e in evs] == ["2020-05-02", None]              # "toen al": earlier, not then
    evs = events("Op 2 mei 2020 nam het leger de stad in.\n\nDe president reisde dan naar Qatar en vertrok.", "2024-06-01")
    assert all(e.attrs["date"] != "2020-05-02" for e in evs[1:])                # not across a paragraph


def test_actor_after_a_listed_series_and_the_one_a_reason_moves():
    e = only(events("De luchtaanvallen, trainingen en materiële steun van de internationale coalitie hebben IS verzwakt."))
    assert e["type"] == "strike" and e["actors"] == ["internationale coalitie"]
    e = only(events("De aanslagen op kazernes zijn voor de VS aanleiding geweest om luchtaanvallen uit te voeren "
                    "tegen milities in Syrië."))
    assert e["actors"] == ["VS"] and e["place"] == "Syrië"


def test_pronouns_standing_for_a_name():
    e = events("Sinds 1979 was Saddam Hoessein president van Irak. Hij heeft in 1988 chemische wapens ingezet "
               "tegen Koerden.", "2024-06-01")[-1].attrs
    assert e["date"] == "1988" and e["actors"] == ["Saddam Hoessein"]
    doc = Document("t", "De heer Jansen (VVD): Voorzitter. Afgelopen dinsdag hebben we met een ruime meerderheid "
                        "ingestemd met de uitzending van twee fregatten.")
    doc.meta.date, doc.meta.chamber = "2024-06-01", "Tweede Kamer"
    e = only([m for m in analyse(doc).mentions if m.kind == "event"])
    assert e["type"] == "decision" and e["actors"] == ["Tweede Kamer"] and e["date"] == "2024-05-28"


def test_joined_separable_verbs_compounds_quotes_and_comparisons():
    e = only(events("Op 3 mei 2021 blies een zelfmoordterrorist zich op bij een markt in Mogadishu.", "2024-06-01"))
    assert e["type"] == "attack" and e["place"] == "Mogadishu"
    e = only(events("Het is bekend dat Hezbollah sinds 8 oktober 2023 raketten afvuurt op Noord-Israël.", "2024-06-01"))
    assert e["type"] == "attack" and e["actors"] == ["Hezbollah"]
    assert only(events("Half augustus bracht een Taliban-offensief de stad Ghazni in handen van de opstandelingen.",
                       "2018-11-01"))["type"] == "attack"
    e = only(events("Tijdens het Offerfeest, van 9 tot en met 11 juli, hielden beide partijen voor het eerst sinds "
                    "2015 een staakt-het-vuren.", "2024-10-01"))
    assert e["date"] == "2024-07-09/2024-07-11"                                 # not "sinds 2015"
    assert only(events('De Commandant Landstrijdkrachten bezocht op 4 maart 2024 de troepen in Litouwen. "',
                       "2024-06-01"))["type"] == "meeting"                      # a closing quote ends it too
    e = only(events("Op 15 januari heb ik met mijn Duitse collega Boris Pistorius gesproken.", "2024-06-01"))
    assert e["type"] == "meeting" and e["actors"] == ["Boris Pistorius"]
    assert only(events("Zoals bekend zal de inzet vanaf januari 2024 verschuiven van Irak naar Koeweit.",
                       "2023-06-01"))["actors"] == []                           # "van X naar Y": from, not by


def test_a_question_presupposing_a_happening_dates_it():
    e = only(events("Hoe beoordeelt u de toestand na de veroordeling van oppositieleider Kovač, voorzitter van de "
                    "partij, op 12 maart jl.?", "2025-04-01"))
    assert e["type"] == "decision" and e["date"] == "2025-03-12"
    assert events("Kunt u aangeven of de missie op 1 juli wordt verlengd?", "2025-04-01") == []


def test_a_decision_of_its_own_maker_beside_a_dated_debate_and_circumstances():
    debate, decision = (e.attrs for e in events("Op 4 mei 2023 debatteerde de Kamer over het besluit van de regering "
                                                "om de missie te beëindigen.", "2023-06-01"))
    assert debate["type"] == "meeting" and debate["date"] == "2023-05-04" and debate["actors"] == ["Kamer"]
    assert decision["type"] == "decision" and decision["date"] is None and decision["actors"] == ["regering"]
    e = only(events("Nederland heeft na de staatsgreep in Niger van 26 juli 2023 de steun aan de regering opgeschort.",
                    "2024-06-01"))
    assert e["date"] == "2023-07-26" and "Nederland" not in e["actors"]      # the coup is not the Netherlands' act


def test_complement_clauses_recognition_falls_advances_and_abbreviated_dates():
    first, second = (e.attrs for e in events(
        "De heer Jansen (CDA) stelt vast dat het parlement van Kosovo op 17 februari 2008 de onafhankelijkheid "
        "heeft uitgeroepen en dat Nederland Kosovo op 4 maart 2008 heeft erkend.", "2008-05-01"))
    assert first["date"] == "2008-02-17" and first["actors"] == ["parlement van Kosovo"]   # not the speaker
    assert second["date"] == "2008-03-04" and "Nederland" in second["actors"]
    e = only(events("Begin januari 2025 viel Masisi.", "2025-02-01"))
    assert e["type"] == "attack" and e["place"] == "Masisi"
    e = only(events("M23 rukt met steun van Rwandese militairen op naar Goma.", "2025-02-01"))
    assert e["actors"] == ["M23"] and e["place"] == "Goma"
    assert only(events("Generaal Haftar stelde zich op 16 november jl. kandidaat voor het presidentschap.",
                       "2021-12-01"))["date"] == "2021-11-16"


def test_conditions_and_purposes_state_no_happening():
    assert events("Er is grootschalige oorlog in Europa.") == []
    assert events("Om de besluitvorming van 2003 te kunnen plaatsen, volgt hieronder een schets.") == []
    e = only(events("Om de stad te heroveren, begon het leger op 3 mei 2017 een offensief.", "2024-06-01"))
    assert e["type"] == "attack" and e["date"] == "2017-05-03"


def test_a_name_after_a_subject_pronoun_is_an_object():
    e = only(events("Sinds 19 november 2023, toen zij het vrachtschip Galaxy Leader kaapten, vallen de rebellen "
                    "schepen aan.", "2024-06-01"))
    assert e["date"] == "2023-11-19" and "Galaxy Leader" not in e["actors"]
    assert only(events("Zij en Hamas hebben op 3 mei 2024 kibboetsen aangevallen.", "2024-06-01"))["actors"] == ["Hamas"]
    assert only(events("Op 4 april 2024 heeft hij Kosovo erkend.", "2024-06-01"))["actors"] == []


def test_flights_and_places_given_as_examples():
    e = only(events("In maart 2025 vluchtte de president met zijn gezin naar Rusland.", "2025-06-01"))
    assert e["date"] == "2025-03" and e["place"] == "Rusland"
    e = only(events("Vluchtelingen uit Noord-Irak vertelden hoe minderheden gevlucht waren naar een stad als Duhok."))
    assert e["place"] == "Noord-Irak"                                           # "een stad als X": an example


def test_titled_persons_after_van_and_meeting_verbs():
    assert only(events("De dood van president Ebrahim Raisi in mei 2024 schokte het land.",
                       "2024-08-01"))["actors"] == ["Ebrahim Raisi"]
    e = only(events("Op 3 mei 2024 vergaderden de ministers van de NAVO in Praag.", "2024-08-01"))
    assert e["type"] == "meeting" and e["place"] == "Praag" and e["actors"] == ["NAVO"]
    assert only(events("Eind deze maand overleggen de EU-ministers in Riga over passagiersgegevens.",
                       "2024-06-03"))["type"] == "meeting"


def test_the_base_named_in_a_town_is_the_place_of_the_attack():
    e = only(events("Op 18 juni werd Kamp Castor bij Gao met mortieren aangevallen.", "2019-06-20"))
    assert e["date"] == "2019-06-18" and e["place"] == "Kamp Castor"


def test_first_person_and_bare_office_in_a_letter_stand_for_its_minister():
    text = ("Tweede Kamer der Staten-Generaal\n\nBRIEF VAN DE MINISTER VAN DEFENSIE\n\n"
            "Zoals ik tijdens het commissiedebat van 4 maart jl. toezegde, informeer ik uw Kamer over de inzet.\n\n"
            "De Minister van Defensie,\nA.B. de Wit\n")
    doc = Document("t", text)
    doc.meta.date, doc.meta.type = "2025-03-20", "brief"
    evs = [m.attrs for m in analyse(doc).mentions if m.kind == "event"]
    debate = next(e for e in evs if e["date"] == "2025-03-04")
    assert "A.B. de Wit" in debate["actors"] or "De Wit" in debate["actors"]


def test_a_dated_item_of_a_contribution_list_is_a_deployment():
    text = ("Bijdragen\n– Het fregat Zr.Ms. Evertsen, met 200 bemanningsleden, in de Rode Zee, "
            "van 3 maart tot en met 30 juni 2026.\n– Zes F-16's met circa 80 militairen vanaf de vliegbasis "
            "Mihail Kogălniceanu in Roemenië, van mei tot en met augustus 2026.\n")
    evs = [e.attrs for e in events(text, "2026-01-15")]
    ship = next(e for e in evs if e["date"] == "2026-03-03/2026-06-30")
    assert ship["type"] == "deployment" and "Zr.Ms. Evertsen" in ship["actors"] and ship["place"] == "Rode Zee"
    jets = next(e for e in evs if e["date"] == "2026-05/2026-08")
    assert jets["type"] == "deployment" and "Kogălniceanu" in jets["place"]


def test_a_named_occasion_with_its_place_before_the_date():
    evs = [e.attrs for e in events("De minister nam deel aan de Sahel-conferentie in Rabat van 4 maart 2025.",
                                   "2025-03-20")]
    e = next(e for e in evs if e["date"] == "2025-03-04")
    assert e["place"] == "Rabat"


def test_a_passive_attack_on_a_base_and_a_bracketed_alias_inside_the_clause():
    e = only(events("Op 3 mei werd Camp Taji met raketten bestookt.", "2024-05-10"))
    assert e["type"] == "attack" and e["place"] == "Camp Taji" and e["date"] == "2024-05-03"
    e = only(events("Op 7 mei hebben de Verenigde Staten een depot bij Al-Qaim (ook: Qaim) gebombardeerd.", "2024-05-10"))
    assert e["actors"] == ["Verenigde Staten"] and e["place"] == "Al-Qaim"


def test_a_night_between_two_weekdays_is_a_period():
    from kg_builder.extractors.dates import find_dates
    doc = Document("t", "In de nacht van maandag 5 op dinsdag 6 augustus werd het complex aangevallen.")
    doc.meta.date = "2024-08-20"
    assert [d.attrs["value"] for d in find_dates(doc)] == ["2024-08-05/2024-08-06"]


def test_questions_put_and_answered_in_a_verslag_of_a_schriftelijk_overleg():
    text = ("VERSLAG VAN EEN SCHRIFTELIJK OVERLEG\n\nDe vaste commissie voor Defensie heeft een aantal vragen en "
            "opmerkingen voorgelegd aan de Minister van Defensie over de brief van 2 februari 2026. "
            "De vragen zijn op 20 februari 2026 voorgelegd; bij brief van 9 maart 2026 zijn ze beantwoord.\n\n"
            "De Minister van Defensie,\nK.L. Jansen\n")
    doc = Document("t", text)
    doc.meta.date, doc.meta.type = "2026-03-12", "verslag van een schriftelijk overleg"
    evs = {e.attrs["what"]: e.attrs for e in analyse(doc).mentions if e.kind == "event"}
    put, answered = evs["vragen voorgelegd"], evs["beantwoording van de vragen"]
    assert put["date"] == "2026-02-20" and put["actors"] == ["vaste commissie voor Defensie"]
    assert answered["date"] == "2026-03-09" and answered["actors"] == ["K.L. Jansen"]


def test_the_member_asking_during_an_occasion_is_its_actor():
    evs = [e.attrs for e in events("Tijdens de regeling van werkzaamheden van 14 oktober jl. verzocht het lid "
                                   "Van Dijk (SP) om een overzicht.", "2025-11-07")]
    e = next(e for e in evs if e["date"] == "2025-10-14")
    assert "Van Dijk" in e["actors"]


def test_a_promise_is_no_event():
    assert not [e for e in events("Tijdens het commissiedebat van 11 december 2019 heb ik toegezegd u een overzicht "
                                  "te sturen van de gewapende groepen in Libië.", "2020-01-20")
                if e.attrs["type"] == "deployment"]


def test_a_ship_taking_part_and_a_sentence_broken_after_jl():
    evs = [e.attrs for e in events("De bijdrage loopt door. Van 15 juni tot en met 1 augustus jl.\nnam het "
                                   "patrouilleschip Zr.Ms. Van Speijk, met 75 bemanningsleden, deel aan de operatie "
                                   "in de Middellandse Zee.", "2021-09-01")]
    e = next(e for e in evs if e["type"] == "deployment")
    assert e["date"] == "2021-06-15/2021-08-01" and "Zr.Ms. Van Speijk" in e["actors"]


def test_boardings_releases_sightings_and_accessions():
    evs = [e.attrs for e in events("Op 9 januari enterden piraten de tanker Nordic Star bij Lagos. Op 2 februari "
                                   "volgde de vrijlating van de bemanning in Lagos. In het weekend van 16 november "
                                   "zijn boven vliegbasis Volkel vijf drones waargenomen. In 2023 trad Nederland "
                                   "toe tot het initiatief.", "2026-03-01")]
    dates = {e["date"] for e in evs}
    assert {"2026-01-09", "2026-02-02", "2023"} <= dates


def test_questions_dated_in_a_verslag_name_the_committee_within_which_they_were_asked():
    text = ("Binnen de vaste commissie voor Defensie hebben enkele fracties de behoefte om vragen en opmerkingen "
            "voor te leggen. De vragen zijn op 16 april 2026 voorgelegd; bij brief van 19 mei 2026 zijn ze beantwoord.")
    doc = Document("t", text)
    doc.meta.date, doc.meta.type = "2026-05-20", "verslag van een schriftelijk overleg"
    put = next(e.attrs for e in analyse(doc).mentions if e.kind == "event" and e.attrs["what"] == "vragen voorgelegd")
    assert put["actors"] == ["vaste commissie voor Defensie"] and put["date"] == "2026-04-16"


def test_a_place_south_of_a_landmark():
    e = only(events("Op 9 januari jl. enterden piraten de tanker Nordic Star op 140 zeemijl ten zuiden van "
                    "Bonny Island.", "2026-03-01"))
    assert e["place"] == "Bonny Island" and e["date"] == "2026-01-09"


def test_a_capture_with_a_bracketed_alias_and_attacks_in_the_present():
    evs = [e.attrs for e in events("De beweging nam in september 2014 de hoofdstad Sanaa (Sana'a) in. Sinds november "
                                   "2023 vallen de Houthi's koopvaardijschepen in de Rode Zee aan.", "2025-11-07")]
    assert {(e["date"], e["place"]) for e in evs} >= {("2014-09", "Sanaa"), ("2023-11", "Rode Zee")}


def test_who_reports_a_happening_is_not_its_actor():
    evs = events("Volgens de gouverneur van de provincie, de heer Abdul Rahimi, zijn bij de gevechten van 3 tot en "
                 "met 5 mei tientallen burgers omgekomen. Vorige week meldden Jemenitische bronnen de dood van een "
                 "journalist uit Aden bij beschietingen rond Taiz.", date="2023-05-20")
    assert all("Abdul Rahimi" not in e.attrs["actors"] and "Jemen" not in e.attrs["actors"] for e in evs)
    assert any(e.attrs["place"] == "Taiz" for e in evs)              # where it happened, not where one came from


def test_subjects_of_a_relative_clause_on_the_trigger_act():
    ev = only(events("Het staakt-het-vuren dat Armenië en Azerbeidzjan op 9 november jl. sloten, houdt grotendeels stand.",
                     date="2023-12-20"))
    assert ev["date"] == "2023-11-09" and ev["actors"] == ["Armenië", "Azerbeidzjan"]


def test_the_first_of_coordinated_places_is_the_place():
    ev = only(events("In maart zijn in België en Nederland zeven verdachten aangehouden.", date="2023-12-20"))
    assert ev["place"] == "België"


def test_a_consequence_told_in_the_next_sentence_takes_the_date_of_the_happening():
    evs = events("Op 4 maart werd een konvooi bij Gao met mortieren aangevallen. Twee Belgische militairen raakten "
                 "gewond en zijn naar het ziekenhuis in Niamey overgebracht. Inmiddels is de patrouille hervat.",
                 date="2023-12-20")
    assert [e.attrs["place"] for e in evs if e.attrs["date"] == "2023-03-04"] == ["Gao"]   # the toll is part of it
    assert all(e.attrs["date"] in ("2023-03-04", None) for e in evs)   # "Inmiddels": another time
    arrest = events("Op 11 juni jl. zijn drie vrouwen uit kamp Roj naar Nederland overgebracht. De marechaussee heeft "
                    "de vrouwen na de landing op Schiphol aangehouden.", date="2023-12-20")
    assert [e.attrs["date"] for e in arrest if e.attrs["actors"] == ["marechaussee"]] == ["2023-06-11"]


def test_meetings_explosions_and_deaths_told_with_om():
    evs = events("Vorige week heeft de Veiligheidsraad in New York over de situatie vergaderd. In september kwamen "
                 "bij explosies van semafoons in Beiroet twaalf mensen om.", date="2024-10-14")
    assert {(e.attrs["date"], e.attrs["place"]) for e in evs} == {("2024-10-07/2024-10-13", "New York"),
                                                                  ("2024-09", "Beiroet")}


def test_threat_level_kept_or_raised_after_a_dated_jl_and_listings_and_openings():
    evs = events("De NCTV heeft het dreigingsniveau op 12 februari jl. verhoogd van 3 naar 4. Op 3 maart handhaafde "
                 "de NCTV het dreigingsniveau. Op 8 april plaatste de Raad drie personen op de EU-terrorismelijst. "
                 "Op 9 mei opende de minister het nieuwe trainingscentrum in Ede.", date="2025-06-01")
    by_date = {e.attrs["date"]: e.attrs for e in evs}
    assert by_date["2025-02-12"]["type"] == "threat_level_change"
    assert by_date["2025-02-12"]["from_level"] == "3" and by_date["2025-02-12"]["to_level"] == "4"
    assert {"2025-03-03", "2025-04-08", "2025-05-09"} <= set(by_date)


def test_a_when_clause_states_a_second_happening_at_the_same_time():
    evs = events("De militie werd in 2014 opgericht toen ISIS de stad Mosul innam. De laatste aanval vond plaats op "
                 "8 december jl. toen mortieren werden afgevuurd op de ambassade.", date="2023-12-20")
    two = [e.attrs for e in evs if e.attrs["date"] == "2014"]
    assert sorted(e["type"] for e in two) == ["attack", "other"]
    assert next(e for e in two if e["type"] == "attack")["actors"] == ["ISIS"]
    assert len([e for e in evs if e.attrs["date"] == "2023-12-08"]) == 1


def test_returns_handovers_impacts_and_summons():
    evs = events("Het detachement keerde op 3 februari terug naar Nederland. Nederland nam op 1 februari het "
                 "commando van de taakgroep over. Op 12 februari zijn drie raketten ingeslagen nabij Erbil. Op 1 "
                 "maart werd de ambassadeur in Teheran ontboden.", date="2025-03-03")
    assert {e.attrs["date"] for e in evs} >= {"2025-02-03", "2025-02-01", "2025-02-12", "2025-03-01"}


def test_a_past_verb_outweighs_a_future_in_the_that_clause():
    evs = events("President Biden maakte op 10 februari bekend dat de troepen worden teruggetrokken.",
                 date="2025-03-03")
    assert [e.attrs["date"] for e in evs] == ["2025-02-10"]


def test_coordinated_states_and_demonyms_act_together():
    evs = events("De Verenigde Staten en het Verenigd Koninkrijk voerden op 12 januari luchtaanvallen uit op doelen "
                 "in Jemen. Afgelopen dinsdag hebben Franse en Britse fregatten in de Rode Zee vier drones "
                 "onderschept. Op 22 februari werd het vrachtschip Tutor door een drone getroffen.", date="2025-03-03")
    by_date = {e.attrs["date"]: e.attrs for e in evs}
    assert by_date["2025-01-12"]["actors"] == ["Verenigde Staten", "Verenigd Koninkrijk"]
    assert set(by_date["2025-02-25"]["actors"]) == {"Frankrijk", "Verenigd Koninkrijk"}
    assert "2025-02-22" in by_date


def test_an_inverted_state_subject_fires_and_launches():
    evs = events("In de nacht van 13 op 14 april vuurde Iran ruim 300 drones af op Israël. Rusland lanceerde op "
                 "2 mei raketten op Kyiv.", date="2024-05-03")
    by_date = {e.attrs["date"]: e.attrs for e in evs}
    assert by_date["2024-04-13/2024-04-14"]["actors"] == ["Iran"]
    assert by_date["2024-05-02"]["actors"] == ["Rusland"]


def test_threat_level_raised_with_the_verb_first_and_levels_named_niveau():
    evs = events("Op 19 maart verhoogde de NCTV het dreigingsniveau in Utrecht van 4 naar 5. In december is het "
                 "dreigingsniveau verhoogd van niveau 3 naar niveau 4.", date="2024-01-20")
    got = {(e.attrs["date"], e.attrs.get("from_level"), e.attrs.get("to_level")) for e in evs}
    assert got == {("2023-03-19", "4", "5"), ("2023-12", "3", "4")}


def test_a_subject_right_after_a_fronted_verb_acts():
    e = only(events("Op 3 maart drongen de broers Ahmed en Karim Benali het gemeentehuis binnen.", "2024-03-10"))
    assert e["date"] == "2024-03-03" and e["actors"] == ["Ahmed Benali", "Karim Benali"]


def test_cyber_attribution_riots_and_seizures_are_events():
    evs = events("Op 12 maart 2024 hebben de AIVD en de MIVD de hackersgroep Storm-0558 publiekelijk geattribueerd "
                 "aan China. In april raakten bij rellen in Mitrovica twaalf agenten gewond. Op 4 mei heeft de "
                 "politie in Tilburg wapens in beslag genomen.", "2024-06-01")
    by_date = {e.attrs["date"]: e.attrs for e in evs}
    assert {"AIVD", "MIVD"} <= set(by_date["2024-03-12"]["actors"])
    assert by_date["2024-04"]["place"] == "Mitrovica"
    assert by_date["2024-05-04"]["place"] == "Tilburg"


def test_an_untold_toll_alone_is_no_event():
    assert events("Twee militairen raakten lichtgewond.", "2024-06-01") == []


def test_ik_in_a_debate_is_the_one_speaking_and_the_debate_is_dated():
    text = ("Aan de orde is het dertigledendebat over de situatie in Kosovo.\n\nDe heer Wolters (VVD):\n"
            "Voorzitter. Gisteren heb ik met de ambassadeur gesproken.\n\nDe voorzitter:\nDank u wel.\n")
    by_date = {e.attrs["date"]: e.attrs for e in events(text, "2023-10-05")}
    assert by_date["2023-10-04"]["actors"] == ["Wolters"]
    assert by_date["2023-10-05"]["type"] == "meeting"


def test_an_office_before_a_name_and_a_companion_act():
    e = only(events("Minister van Defensie Brouwer bezocht de militairen op 3 mei, samen met zijn Poolse "
                    "ambtgenote Anna Nowak.", "2025-05-10"))
    assert e["actors"] == ["Brouwer", "Anna Nowak"]


def test_the_fall_of_a_place_happens_there_and_a_date_after_op_is_no_target():
    e = only(events("Met de val van Raqqa op 17 oktober jl. heeft ISIS zijn hoofdstad in Syrië verloren.",
                    "2017-11-01"))
    assert e["place"] == "Raqqa" and e["date"] == "2017-10-17" and not e.get("target")


def test_a_place_before_a_separable_particle():
    e = only(events("Op 2 juni drong een groep van veertig gewapende mannen het dorp Zubin Potok binnen.",
                    "2024-06-10"))
    assert e["place"] == "Zubin Potok"


def test_a_relative_clause_on_the_subject_does_not_hide_it():
    e = only(events("Jabhat al-Nusra (JN), dat in Idlib de macht heeft overgenomen, heeft zich op 28 januari "
                    "formeel opgeheven.", "2017-02-15"))
    assert "Jabhat al-Nusra" in e["actors"]


def test_what_a_letter_will_report_and_what_is_reckoned_with_are_no_events():
    assert events("Over hun overbrenging naar Nederland informeren wij u binnen twee weken. De diensten houden "
                  "rekening met aanslagen door aanhangers van ISIS.", "2021-06-01") == []


def test_two_main_clauses_joined_by_en_keep_their_own_dates():
    evs = events("Vorige maand raakte een datakabel tussen Texel en Harwich beschadigd, en op 10 januari dreef de "
                 "tanker Orion stuurloos voor Rügen.", "2025-02-12")
    assert {e.attrs["date"] for e in evs} == {"2025-01", "2025-01-10"}


def test_a_named_dam_is_a_place_of_the_event():
    e = only(events("Op 17 januari kwamen bij een droneaanval bij de Tabqa-dam negen burgers om.", "2025-02-01"))
    assert e["place"] == "Tabqa-dam"


def test_cyber_and_maritime_verbs():
    evs = events("Op 3 februari voer het Russische schip Yantar langs de windparken. Op 4 februari hebben hackers "
                 "bij het ministerie gegevens buitgemaakt.", "2025-02-12")
    assert {e.attrs["date"] for e in evs} == {"2025-02-03", "2025-02-04"}


def test_who_announces_a_threat_level_sets_it():
    e = only(events("De NCTV zei gisteren dat het dreigingsniveau op 4 blijft.", "2024-03-27"))
    assert e["actors"] == ["NCTV"] and e["date"] == "2024-03-26"


def test_a_happening_pointed_back_to_and_discussed_or_proposed_steps_are_no_new_events():
    assert events("Volgens de VN kwamen bij die aanval vier personen om. De Raad besprak de verlenging van de "
                  "operatie. De Hoge Vertegenwoordiger stelde voor de groep op de sanctielijst te plaatsen.",
                  "2025-04-20") == []


def test_hostages_presentations_refusals_beginnings_and_a_date_in_an_as_clause():
    evs = events("Twee dagen later nam Amedy Coulibaly gijzelaars in een supermarkt in Parijs. Het kabinet heeft in "
                 "augustus het Actieprogramma Veiligheid gepresenteerd. Turkije weigerde op 3 mei een inspectie. De "
                 "campagne die in maart jl. begon verliep rustig. De NCTV handhaaft het dreigingsniveau op 4, zoals "
                 "het sinds maart 2013 is.", "2015-01-20")
    dates = [e.attrs["date"] for e in evs]
    assert {"2014-08", "2015-05-03", "2014-03"} <= set(dates) and "2013-03" not in dates


def test_what_the_council_did_in_a_reported_meeting_happened_at_that_meeting():
    text = ("Hierbij bied ik u het verslag aan van de Raad Buitenlandse Zaken van 20 oktober 2025.\n\n"
            "De Raad heeft drie personen in Khartoum op de sanctielijst geplaatst. Al-Shabaab heeft in Somalië "
            "terrein gewonnen.\n")
    evs = [e.attrs for e in events(text, "2025-10-23")]
    assert any(e["date"] == "2025-10-20" and e["place"] == "Khartoum" for e in evs)
    assert not any(e["date"] == "2025-10-20" and e["place"] == "Somalië" for e in evs)


def test_imposing_sanctions_is_a_decision():
    e = only(events("Op 4 maart legde de EU sancties op aan twaalf Russische functionarissen.", "2025-03-10"))
    assert e["type"] == "decision" and e["actors"] == ["EU"]


def test_a_question_about_known_reports_states_what_they_report_and_long_attacks():
    e = only(events("Bent u bekend met berichten dat bij een drone-aanval op een ziekenhuis in Sinjar op 16 augustus "
                    "jl. vier mensen om het leven kwamen?", "2022-09-01"))
    assert e["date"] == "2022-08-16" and e["place"] == "Sinjar"
    e = only(events("Op 15 juni vielen enkele honderden strijders van de Taliban de politieposten rond het "
                    "districtscentrum aan.", "2007-06-20"))
    assert e["date"] == "2007-06-15" and e["type"] == "attack"


def test_an_undated_threat_level_change_and_a_place_between_two():
    e = only(events("De commandant van de coalitie heeft het dreigingsniveau voor Erbil verhoogd.", "2024-02-01"))
    assert e["type"] == "threat_level_change" and e["date"] is None
    e = only(events("Vorige maand raakte een datakabel tussen Texel en Harwich beschadigd.", "2025-02-12"))
    assert e["place"] == "Texel"


def test_law_enforcement_transfers_and_denials_are_events():
    ev = only(events("Op 3 juni jl. heeft de FIOD doorzoekingen verricht bij een bedrijf in Tilburg.", "2025-06-20"))
    assert ev["date"] == "2025-06-03" and ev["actors"] == ["FIOD"] and ev["place"] == "Tilburg"
    ev = only(events("De Douane heeft in 2024 in totaal 200 zendingen tegengehouden.", "2025-06-20"))
    assert ev["date"] == "2024" and ev["actors"] == ["Douane"]
    ev = only(events("Het Franse leger heeft op 12 april het kamp in Gao overgedragen aan de Malinese autoriteiten.",
                     "2025-06-20"))
    assert ev["date"] == "2025-04-12" and ev["actors"] == ["Franse leger"] and ev["place"] == "Gao"
    ev = only(events("De Verenigde Staten hebben de groep op 2 mei als terroristische organisatie aangewezen.",
                     "2025-06-20"))
    assert ev["type"] == "decision" and ev["date"] == "2025-05-02"


def test_the_date_of_a_presupposed_happening_stays_with_it():
    evs = events("Na de val van het regime van Assad op 8 december trokken Israëlische troepen de zone "
                 "binnen, onder meer bij Quneitra.", "2025-03-01")
    dated = [e.attrs for e in evs if e.attrs["date"] == "2024-12-08"]
    assert len(dated) == 1 and "Israëlische troepen" not in dated[0]["actors"]


def test_a_relative_clause_keeps_its_own_date_and_subject():
    ev = only(events("Dinsdag werd Kamp Holland in Tarin Kowt, het kamp dat Nederland in 2006 zelf bouwde, "
                     "overgedragen aan de Afghaanse autoriteiten.", "2025-06-20"))
    assert ev["date"] == "2025-06-17" and "Nederland" not in ev["actors"]


def test_there_points_back_to_the_time_stated_before():
    ev = only(events("Dat de dreiging niet weg is, bleek op 10 november jl. in Antwerpen. Daar stak een man "
                     "in de wijk Borgerhout twee agenten neer.", "2025-01-20"))
    assert ev["date"] == "2024-11-10" and ev["type"] == "attack"


def test_a_council_closing_a_subordinate_clause_is_a_subject_not_an_occasion():
    ev = only(events("Het sanctiepakket, dat de Raad op 24 februari jl. aannam, voegt 53 entiteiten toe.",
                     "2025-03-20"))
    assert ev["type"] == "decision" and ev["date"] == "2025-02-24"


def test_two_weeks_later_opens_a_happening_of_its_own():
    evs = events("Op 3 mei jl. onderschepte het Canadese fregat HMCS Regina in de Arabische Zee een dhow, en twee "
                 "weken later nam een Frans patrouilleschip 300 kilo heroïne in beslag.", "2025-06-20")
    assert sorted(e.attrs["date"] for e in evs) == ["2025-05-03", "2025-05-17"]
    first = next(e.attrs for e in evs if e.attrs["date"] == "2025-05-03")
    assert first["actors"] == ["HMCS Regina"] and first["place"] == "Arabische Zee"


def test_a_transitional_government_acts_and_daarmee_keeps_the_time():
    ev = only(events("De Malinese overgangsregering eiste op 16 juni het vertrek van de missie.", "2025-06-20"))
    assert ev["actors"] == ["Malinese overgangsregering"] and ev["date"] == "2025-06-16"
    evs = events("De laatste militairen zijn gisteravond geland in Eindhoven. Daarmee komt een einde aan de "
                 "Nederlandse deelname aan de missie.", "2025-06-20")
    assert [e.attrs["date"] for e in evs] == ["2025-06-19", "2025-06-19"]


def test_a_place_after_a_plural_with_an_apostrophe():
    ev = only(events("Al-Shabaab heeft afgelopen zomer opnieuw terrein gewonnen in de regio's Bay en Bakool.",
                     "2025-10-20"))
    assert ev["actors"] == ["Al-Shabaab"] and ev["place"] == "Bay"


def test_a_nouns_own_date_after_van_and_a_member_state_at_the_reported_meeting():
    ev = only(events("De MFO ziet sinds 1982 toe op de uitvoering van het vredesverdrag tussen Egypte en Israël "
                     "van 26 maart 1979.", "2025-06-20"))
    assert ev["date"] == "1979-03-26" and {"Egypte", "Israël"} <= set(ev["actors"])
    evs = events("Hierbij bied ik u het verslag aan van de Raad Buitenlandse Zaken van 14 april 2025.\n"
                 "Hongarije blokkeerde dit voorstel; Nederland steunt het.", "2025-04-20")
    blocked = [e.attrs for e in evs if "Hongarije" in e.attrs["actors"]]
    assert blocked and blocked[0]["date"] == "2025-04-14"


def test_a_counted_subject_after_a_fronted_verb_acts():
    ev = only(events("Op 15 juni jl. vielen enkele honderden Taliban-strijders politieposten rond Chora aan.",
                     "2025-06-20"))
    assert ev["actors"] == ["Taliban"] and ev["date"] == "2025-06-15"


def test_an_ability_or_ambition_to_attack_is_no_attack_but_a_reason_that_led_to_one_is():
    assert events("ISIS heeft minder vermogen om vanuit het buitenland aanslagen in Europa aan te sturen.") == []
    assert events("De afdeling ISKP blijft wel ambitie tonen om aanslagen in het Westen te plegen.") == []
    ev = only(events("De aanvallen zijn voor de VS aanleiding geweest om luchtaanvallen uit te voeren tegen "
                     "milities in Syrië."))
    assert ev["type"] == "strike" and ev["place"] == "Syrië"


def test_earlier_attacks_named_as_an_inspiration_are_no_events():
    evs = events("Op 12 oktober schoot een man in Wenen twee mensen dood. De dader had zich laten inspireren door "
                 "eerdere aanslagen in Christchurch en Buffalo.", "2025-01-20")
    assert [e.attrs["place"] for e in evs] == ["Wenen"]


def test_meetings_by_calls_and_encounters_with_a_titled_subject_after_the_verb():
    ev = only(events("Op 3 februari ontmoetten premier Abiy en TPLF-leider Debretsion Gebremichael elkaar voor het "
                     "eerst sinds het begin van de oorlog.", "2025-03-01"))
    assert ev["type"] == "meeting" and "Abiy" in ev["actors"] and ev["date"] == "2025-02-03"
    ev = only(events("Afgelopen dinsdag heeft de minister met zijn Chinese ambtgenoot Wang Wentao gebeld.", "2025-10-23"))
    assert ev["type"] == "meeting" and ev["date"] == "2025-10-21"
    assert events("'Het voelt dubbel', zegt kapitein Ruben, die als laatste stafofficier op het hoofdkwartier werkte.") \
        == []


def test_an_ongoing_contribution_now_or_until_a_season_is_a_state():
    assert events("Nederland levert op dit moment drie militairen aan de missie in Mozambique.", "2021-06-01") == []
    assert events("Nederland levert tot de zomer van 2026 ongeveer 60 militairen aan de eenheid in Slowakije.",
                  "2025-06-01") == []


def test_the_year_of_a_resolution_dates_no_happening():
    assert all(e.attrs["date"] is None for e in events(
        "UNIFIL ziet toe op de uitvoering van resolutie 1701 uit 2006 en ondersteunt de Libanese strijdkrachten bij "
        "hun ontplooiing ten zuiden van de Litani.", "2025-06-01"))


def test_who_counts_attacks_did_not_make_them():
    evs = events("Sinds oktober telt de coalitie ruim 170 aanvallen op haar bases in Irak, waaronder de aanval op "
                 "Tower 22 in Jordanië op 28 januari jl.", "2024-02-10")
    assert evs and all("coalitie" not in e.attrs["actors"] for e in evs)


def test_withdrawal_by_a_list_of_states_and_a_succession():
    ev = only(events("Op 29 januari traden Mali, Burkina Faso en Niger uit de ECOWAS.", "2025-03-01"))
    assert ev["actors"] == ["Mali", "Burkina Faso", "Niger"] and ev["date"] == "2025-01-29"
    ev = only(events("Op 1 januari volgde AUSSOM de missie ATMIS op.", "2025-03-01"))
    assert ev["actors"] == ["AUSSOM"] and ev["date"] == "2025-01-01"
    assert events("De minister volgt de situatie op de voet.") == []


def test_a_council_followed_by_its_verb_is_a_subject_not_an_occasion():
    assert events("Het panel, waarmee de Veiligheidsraad de naleving onderzocht, stopte op 30 april.",
                  "2025-06-20") == []
    ev = only(events("De Commissie neemt het besluit over de maatregelen op 4 juni formeel aan.", "2025-05-28"))
    assert ev["type"] == "decision" and ev["date"] == "2025-06-04"
    ev = only(events("De Veiligheidsraad besloot op 30 juni met resolutie 2690 het mandaat te beëindigen.",
                     "2025-07-10"))
    assert ev["type"] == "decision" and ev["date"] == "2025-06-30" and ev["actors"] == ["Veiligheidsraad"]


def test_a_place_shelled_before_an_auxiliary_is_the_place_and_government_troops_act():
    ev = only(events("Nadat Syrische regeringstroepen op 3 oktober 2012 de Turkse grensplaats Akçakale hadden "
                     "beschoten, verzocht Turkije de NAVO om steun.", "2013-01-10"))
    assert ev["actors"] == ["Syrische regeringstroepen"] and ev["place"] == "Akçakale"


def test_a_place_in_a_relative_clause_after_the_verb_is_not_where_it_happened():
    ev = only(events("Vorige week donderdag werd in Tilburg een man aangehouden die in contact zou staan met een "
                     "rekruteerder in Tadzjikistan.", "2024-12-10"))
    assert ev["place"] == "Tilburg" and ev["date"] == "2024-12-05"


def test_a_capital_after_a_fronted_verb_acts_and_an_apposition_names_no_parties():
    ev = only(events("Sinds december vorig jaar blokkeerde Bakoe de corridor, de enige weg tussen Armenië en de "
                     "enclave.", "2023-10-10"))
    assert ev["actors"] == ["Bakoe"] and ev["date"] == "2022-12"


def test_explosions_closures_withdrawn_mandates_arrivals_and_a_raised_level():
    cases = [("Op 2 oktober ontploften twee handgranaten bij het consulaat in Malmö.", "other", "2025-10-02"),
             ("Ierland sloot op 27 oktober een vergelijkbaar kantoor in Cork.", "decision", "2025-10-27"),
             ("In augustus trok de Centrale Kiescommissie zijn mandaat in.", "decision", "2025-08"),
             ("Het laatste materieel kwam op 18 februari per schip aan in Vlissingen.", "deployment", "2025-02-18"),
             ("De NCTV verhoogde het niveau op 13 december 2023 van 3 naar 4.", "threat_level_change", "2023-12-13")]
    for text, etype, date in cases:
        ev = only(events(text, "2025-11-20"))
        assert (ev["type"], ev["date"]) == (etype, date), text


def test_militias_and_rebels_of_a_country_are_not_its_state():
    for text in ("Iraakse milities voerden op 3 mei aanvallen uit op de basis.",
                 "Syrische rebellen namen op 4 mei de stad in."):
        assert only(events(text, "2025-06-20"))["actors"] == [], text


def test_what_was_announced_before_is_no_new_event():
    assert events("Zoals aangekondigd in onze brief van 21 oktober jl. informeren wij uw Kamer over de Nederlandse "
                  "bijdragen in 2026.", "2025-11-20") == []


def test_a_council_adopting_a_decision_on_a_coming_date_and_an_agency_issuing_a_bulletin():
    ev = only(events("De Raad neemt het besluit over de luchtvaartmaatregelen op vrijdag 4 juni a.s. formeel aan.",
                     "2021-06-02"))
    assert ev["type"] == "decision" and ev["date"] == "2021-06-04"
    ev = only(events("Het Europees Agentschap voor de veiligheid van de luchtvaart (EASA) vaardigde op 25 mei jl. een "
                     "veiligheidsbulletin uit.", "2021-06-02"))
    assert ev["type"] == "decision" and ev["date"] == "2021-05-25"


def test_a_ship_named_by_its_kind_is_the_ship_named_before():
    evs = events("Zr.Ms. Tromp vertrok in januari uit Den Helder. Het fregat draagt sinds 20 mei bij aan de "
                 "multinationale inzet.", "2025-06-20")
    assert [e.attrs["actors"] for e in evs] == [["Zr.Ms. Tromp"], ["Zr.Ms. Tromp"]]


def test_the_owner_of_an_expiring_mandate_is_the_actor():
    ev = only(events("Het mandaat van de Presidentiële Overgangsraad loopt af op 7 februari 2026.", "2025-10-01"))
    assert ev["actors"] == ["Presidentiële Overgangsraad"] and ev["date"] == "2026-02-07"


def test_withdrawal_by_participle_succession_in_a_relative_clause_a_district_falling_and_fighting():
    ev = only(events("Mali, Burkina Faso en Niger zijn op 29 januari 2025 uit de ECOWAS getreden.", "2025-03-01"))
    assert ev["date"] == "2025-01-29" and ev["actors"][:3] == ["Mali", "Burkina Faso", "Niger"]
    ev = only(events("De missie AUSSOM, die op 1 januari 2025 de missie ATMIS opvolgde, kampt met een tekort.",
                     "2025-03-01"))
    assert ev["date"] == "2025-01-01"
    ev = only(events("Vorige week viel het district Imam Sahib in de provincie Kunduz.", "2021-06-30"))
    assert ev["type"] == "attack" and ev["date"] == "2021-06-21/2021-06-27"


def test_speaking_to_a_counterpart_is_a_meeting():
    ev = only(events("Op 3 mei sprak de minister zijn Duitse collega.", "2025-06-20"))
    assert ev["type"] == "meeting" and ev["date"] == "2025-05-03"


def test_a_person_in_apposition_to_a_role_after_a_fronted_verb_acts():
    ev = only(events("Vorige week donderdag tekende de leider van de de-factoregering, Samvel Sjachramanjan, een "
                     "decreet waarmee alle instellingen ophouden te bestaan.", "2023-10-04"))
    assert ev["actors"] == ["Samvel Sjachramanjan"] and ev["date"] == "2023-09-28"


def test_these_units_are_the_unit_named_just_before():
    evs = events("Op 11 maart 2025 verplaatste EUFOR tijdelijk ongeveer 400 militairen van de Intermediate Reserve "
                 "Force naar Bosnië. Deze eenheden keerden in juni terug.", "2025-10-01")
    assert [(e.attrs["date"], e.attrs["actors"]) for e in evs] == [
        ("2025-03-11", ["EUFOR"]), ("2025-06", ["Intermediate Reserve Force"])]


def test_publishing_a_report_is_an_event():
    ev = only(events("De NCTV publiceerde op 13 mei een rapport.", "2025-06-20"))
    assert ev["date"] == "2025-05-13" and ev["actors"] == ["NCTV"]


def test_raising_a_matter_with_an_embassy_is_a_meeting():
    ev = only(events("Het ministerie van Buitenlandse Zaken heeft de zaak vandaag bij de ambassade in Den Haag "
                     "aangekaart.", "2024-06-08"))
    assert ev["type"] == "meeting" and ev["date"] == "2024-06-08"


def test_making_agreements_is_a_decision():
    ev = only(events("Op 12 november 2022 maakten de militaire bevelhebbers in Nairobi aanvullende afspraken over "
                     "ontwapening.", "2023-02-03"))
    assert ev["type"] == "decision" and ev["place"] == "Nairobi" and ev["date"] == "2022-11-12"


def test_shooting_down_airspace_violations_arrests_stabbings_and_a_phase_taking_effect():
    cases = {
        "In de nacht van 4 op 5 mei schoten Deense F-16's samen met Zweedse toestellen meerdere drones neer boven "
        "Litouwen.": ("2024-05-04/2024-05-05", "Litouwen"),
        "Op 8 mei schonden twee Russische Su-27's tien minuten lang het Finse luchtruim boven het eiland "
        "Kotkasaari.": ("2024-05-08", "Kotkasaari"),
        "Op 3 april hield de politie in Zwolle twee verdachten aan.": ("2024-04-03", "Zwolle"),
        "Op 14 februari stak een man in Linz een voorbijganger dood.": ("2024-02-14", "Linz"),
    }
    for text, (date, place) in cases.items():
        e = only(events(text, "2024-06-01"))
        assert (e["date"], e["place"]) == (date, place), (text, e)
    e = only(events("Op 12 mei startte de EU de operatie Blauwe Golf.", "2024-06-01"))
    assert e["actors"] == ["EU"] and e["date"] == "2024-05-12"
    assert only(events("Het bestand, dat op 19 januari inging, duurt 42 dagen.", "2024-06-01"))["date"] == "2024-01-19"
    assert not events("Op 3 april hield de minister vast aan zijn besluit.", "2024-06-01")


def test_letters_sent_groups_splitting_off_listings_and_requested_consultations():
    e = only(events("Op 26 april stuurden Litouwen, Letland en Polen een brief over de storingen aan de EU.", "2024-06-01"))
    assert e["date"] == "2024-04-26" and e["actors"] == ["Litouwen", "Letland", "Polen"]
    assert only(events("ISWAP is in 2016 van JAS afgesplitst.", "2024-06-01"))["date"] == "2016"
    assert only(events("Vorige maand is de groep op de Amerikaanse sanctielijst gezet.", "2024-06-01"))["date"] == "2024-05"
    e = only(events("Op 10 mei vroeg Litouwen om consultaties op grond van artikel 4.", "2024-06-01"))
    assert e["actors"] == ["Litouwen"]


def test_a_town_taken_is_the_place_of_the_attack():
    e = only(events("Op 31 maart namen bendes Hinche in en bevrijdden zij gevangenen.", "2024-06-01"))
    assert (e["date"], e["place"]) == ("2024-03-31", "Hinche"), e
    e = only(events("Op 15 augustus nam de Taliban Kabul in.", "2024-06-01"))
    assert e["actors"] == ["Taliban"] and e["place"] == "Kabul"
    assert not events("Op 3 mei namen wij het besluit in overweging.", "2024-06-01")


def test_what_fell_is_the_place_not_the_province_around_it():
    e = only(events("Vorige week viel het district Baharak in de provincie Takhar.", "2024-06-01"))
    assert e["place"] == "Baharak", e


def test_an_appointment_in_a_relative_clause_is_a_decision_by_its_body():
    e = only(events("De leiders verwelkomden Jan Smit, die de Noord-Atlantische Raad op 26 juni tot secretaris-generaal "
                    "benoemde.", "2024-07-15"))
    assert e["type"] == "decision" and e["date"] == "2024-06-26" and "Noord-Atlantische Raad" in e["actors"]


def test_a_named_council_that_decides_on_its_date_is_the_decisions_actor():
    for text in ("De Raad Buitenlandse Zaken (RBZ) besloot op 20 oktober het mandaat met twee jaar te verlengen.",
                 "De Europese Raad van 20 oktober besloot Moldavië de kandidaatstatus te geven."):
        e = only(events(text, "2024-11-01"))
        assert e["type"] == "decision" and e["date"] == "2024-10-20" and e["actors"], e


def test_the_date_of_a_named_report_dates_no_event():
    assert not events("Met deze brief informeren wij u over de dreiging van sabotage, mede naar aanleiding van het "
                      "Dreigingsbeeld Statelijke Actoren (DBSA) van vorige maand.", "2024-06-01")


def test_an_indirect_question_states_no_undated_event():
    assert not events("Deze leden vragen hoe het staat met de terugtrekking van de Eritrese strijdkrachten uit "
                      "Tigray.", "2024-06-01")
    e = only(events("Op 3 mei vroeg de commissie naar de aanval op Erbil van 2 mei.", "2024-06-01"))
    assert (e["date"], e["place"]) == ("2024-05-02", "Erbil")


def test_a_standing_position_states_no_undated_event():
    for text in ("Het kabinet blijft de verlenging van het mandaat in de VN-Veiligheidsraad steunen.",
                 "Nederland zet zich in de Mensenrechtenraad in voor verlenging van het mandaat.",
                 "Nederland blijft via de EU aandringen op zijn vrijlating.",
                 "Het kabinet beschouwt de omleiding als een vorm van staatskaping.",
                 "De grootste dreiging gaat nog altijd uit van jihadistische aanslagplegers."):
        assert not events(text, "2024-06-01"), text
    assert only(events("Het kabinet heeft besloten tot verlenging van de missie.", "2024-06-01"))["actors"] == ["kabinet"]


def test_a_light_verb_takes_the_kind_of_its_noun_and_its_particle_is_no_origin():
    e = only(events("Op 9 oktober jl. voerde Pakistan luchtaanvallen uit op Kabul en op doelen in de provincie Khost.",
                    "2025-11-01"))
    assert (e["type"], e["actors"], e["place"]) == ("strike", ["Pakistan"], "Kabul")


def test_a_since_clause_has_its_subject_and_the_country_invaded_is_the_place():
    e = only(events("Sinds Rusland in februari 2022 Oekraïne binnenviel, drijven zeemijnen naar het westen.",
                    "2025-11-01"))
    assert (e["date"], e["actors"], e["place"]) == ("2022-02", ["Rusland"], "Oekraïne")


def test_offices_of_states_announce_for_their_states_and_a_follower_takes_the_same_step():
    evs = [e.attrs for e in events("Op 18 maart jl. maakten de ministers van Defensie van Polen, Estland en Letland "
                                   "gezamenlijk bekend dat hun landen zich uit het verdrag terugtrekken. Finland volgde "
                                   "op 1 april jl. De Saeima stemde op 16 april jl. in.", "2025-07-08")]
    first = next(e for e in evs if e["date"] == "2025-03-18")
    assert first["actors"] == ["Polen", "Estland", "Letland"], evs
    follower = next(e for e in evs if e["date"] == "2025-04-01")
    assert follower["actors"] == ["Finland"] and follower["type"] == first["type"], evs


def test_questions_put_on_a_date_and_answered_by_the_minister():
    text = ("De vaste commissie voor Defensie heeft op 10 september 2025 vragen en opmerkingen voorgelegd aan de "
            "Minister van Defensie over zijn brief van 29 augustus 2025. Bij brief van 15 oktober 2025 zijn ze door "
            "de Minister beantwoord.")
    evs = [e.attrs for e in events(text, "2025-10-17")]
    assert any(e["date"] == "2025-09-10" and e["actors"] == ["vaste commissie voor Defensie"] for e in evs), evs
    assert any(e["date"] == "2025-10-15" for e in evs), evs


def test_scheduled_dates_a_names_year_and_a_body_meeting_alone():
    e = only(events("De terugkeer van Zr.Ms. Tromp in Den Helder is voorzien voor begin december 2025.", "2025-07-01"))
    assert e["date"] == "2025-12"
    assert not events("Met de brief van 14 maart jl. is uw Kamer geïnformeerd over de deelname van het fregat "
                      "Zr.Ms. Tromp aan de Franse Carrier Strike Group 2025.", "2025-07-01")
    e = only(events("Op 5 mei kwam de VN-Veiligheidsraad op verzoek van Pakistan achter gesloten deuren bijeen.",
                    "2025-06-01"))
    assert (e["type"], e["date"], e["actors"]) == ("meeting", "2025-05-05", ["VN-Veiligheidsraad", "Pakistan"])


def test_moorings_flights_beheadings_and_a_destination_over_an_origin():
    e = only(events("Op 7 september meert Zr.Ms. Walcheren met mariniers aan boord aan in Philipsburg.", "2017-09-08"))
    assert (e["type"], e["actors"], e["place"]) == ("deployment", ["Zr.Ms. Walcheren"], "Philipsburg")
    e = only(events("Gisteren zijn 30 marechaussees vanaf Vliegbasis Eindhoven naar Curaçao gevlogen.", "2017-09-08"))
    assert (e["date"], e["place"]) == ("2017-09-07", "Curaçao")
    e = only(events("Op 16 oktober werd een leraar in Conflans-Sainte-Honorine onthoofd.", "2020-11-12"))
    assert (e["type"], e["place"]) == ("attack", "Conflans-Sainte-Honorine")


def test_press_conferences_transports_travel_advice_and_aircraft_are_no_makers():
    e = only(events("Vandaag hebben wij, samen met de directeur van de MIVD, generaal-majoor K.L. Boersma, een "
                    "persconferentie gegeven.", "2018-10-04"))
    assert (e["type"], e["date"], e["actors"]) == ("meeting", "2018-10-04", ["K.L. Boersma"])
    e = only(events("Een Airbus A330 heeft vandaag 137 Nederlanders van Beiroet naar Vliegbasis Eindhoven gebracht.",
                    "2024-10-05"))
    assert e["type"] == "deployment" and "Airbus" not in e["actors"]
    e = only(events("Op 2 augustus zette het ministerie het reisadvies voor Libanon op rood.", "2024-10-05"))
    assert e["type"] == "decision"
    assert not events("De risico's zijn in kaart gebracht.", "2024-10-05")


def test_the_country_named_before_acts_as_het_land():
    e = only(events("Voor Zweden was het de eerste top als bondgenoot; het land trad op 7 maart jl. toe tot de NAVO.",
                    "2024-07-15"))
    assert (e["date"], e["actors"]) == ("2024-03-07", ["Zweden"])


def test_a_later_claim_or_attribution_names_who_carried_out_the_attack_told_before():
    e = only(events("Op 21 april bliezen zelfmoordterroristen zich op in drie kerken in Colombo. De aanslagen worden "
                    "toegeschreven aan de groepering National Thowheeth Jama'ath (NTJ). Twee dagen later eiste ISIS de "
                    "aanslagen op via zijn persbureau Amaq.", "2019-05-01"))
    assert e["type"] == "attack" and {"National Thowheeth Jama'ath", "ISIS"} <= set(e["actors"]), e
    assert "Amaq" not in e["actors"]
    e = only(events("Op 25 november werden in Timboektoe drie toeristen ontvoerd. Al-Qaida in de Islamitische "
                    "Maghreb (AQIM) heeft op 8 december jl. via een persbureau de ontvoering opgeëist.", "2011-12-20"))
    assert e["date"] == "2011-11-25" and "Al-Qaida in de Islamitische Maghreb" in e["actors"], e
    e = only(events("Op 9 november pleegden zelfmoordterroristen aanslagen op drie hotels in Amman. Een dag later eiste "
                    "de organisatie van Abu Musab al-Zarqawi, die zich Al-Qaida in Irak noemt, de aanslagen op in een "
                    "verklaring op internet.", "2005-11-20"))
    assert e["date"] == "2005-11-09" and e["type"] == "attack", e


def test_a_treaty_ended_by_a_state_named_after_a_fronted_date():
    e = only(events("Op 28 november vorig jaar zegde Tsjaad het defensieakkoord met Frankrijk op.", "2025-02-10"))
    assert (e["type"], e["date"], e["actors"]) == ("decision", "2024-11-28", ["Tsjaad"]), e


def test_who_acts_through_a_leader_a_cell_or_a_court_named_before():
    e = only(events("Op 4 november jl. kondigde de politieke leider van de FLN, Ahmed Karoui, het einde van de "
                    "opstand aan.", "2025-01-10"))
    assert e["date"] == "2024-11-04" and {"FLN", "Ahmed Karoui"} <= set(e["actors"])
    e = only(events("Op 12 maart 2019 pleegden leden van een cel van Al-Shabaab een aanslag op een hotel in Mombasa."))
    assert e["actors"] == ["Al-Shabaab"] and e["place"] == "Mombasa"
    e = only(events("Het speciale hof van assisen in Parijs behandelde de zaak. Het hof veroordeelde de 40-jarige "
                    "verdachte op 3 maart jl. tot tien jaar cel.", "2025-06-20"))
    assert e["actors"] == ["speciale hof van assisen"] and e["date"] == "2025-03-03"
    e = only(events("Beide aanslagen volgen op de aanslag op een winkelcentrum bij Nairobi van 22 maart jl., die "
                    "Al-Shabaab opeiste.", "2025-06-20"))
    assert e["actors"] == ["Al-Shabaab"] and e["date"] == "2025-03-22"
    evs = events("Kunt u bevestigen dat de rechtbank in Parijs gisteren de heer Jan Smit tot levenslang heeft "
                 "veroordeeld voor de aanslag in Lyon op 21 augustus 2015?", "2021-01-22")
    attack = next(e.attrs for e in evs if e.attrs["type"] == "attack")
    assert attack["date"] == "2015-08-21" and attack["actors"] == ["Jan Smit"]     # the one convicted, not the court


def test_signing_agreements_verdicts_purchases_protests_and_falls():
    cases = {
        "Op 18 maart 2025 ondertekenden Kroatië, Albanië en Kosovo in Tirana een verklaring over samenwerking.":
            ("2025-03-18", "Tirana"),
        "Op 15 oktober jl. bereikten Frankrijk en Duitsland een voorlopig akkoord over het programma.": ("2024-10-15", None),
        "In augustus 2024 kocht Servië twaalf gevechtsvliegtuigen.": ("2024-08", None),
        "Op 15 maart jl. demonstreerden naar schatting 300.000 mensen in Belgrado.": ("2025-03-15", "Belgrado"),
        "Op 17 juli 2014 werd een passagiersvliegtuig boven Oost-Oekraïne neergehaald.": ("2014-07-17", "Oost-Oekraïne"),
        "Rusland trok in november 2023 de ratificatie van het verdrag in.": ("2023-11", None),
        "Op 11 juli 1995 viel de enclave Srebrenica.": ("1995-07-11", "Srebrenica"),
        "De Hoge Raad oordeelde op 19 juli 2019 dat de Staat aansprakelijk is.": ("2019-07-19", None),
        "Op 25 juli 2023 sprak het Brusselse hof van assisen zijn oordeel uit.": ("2023-07-25", None),
        "In april 2022 hielden de autoriteiten in Donetsk meerdere medewerkers vast.": ("2022-04", "Donetsk"),
    }
    for text, (date, place) in cases.items():
        e = only(events(text, "2025-06-20"))
        assert (e["date"], e["place"]) == (date, place), (text, e)
    assert only(events("In augustus 2024 kocht Servië twaalf gevechtsvliegtuigen.", "2025-06-20"))["actors"] == ["Servië"]


def test_no_event_from_a_quoted_headline_a_preparation_a_future_topic_or_a_toll():
    assert not events("Bent u bekend met het bericht «Explosie op spoorlijn: minister spreekt van sabotage»?")
    assert not events("Volgens het rapport treft Rusland in Europa voorbereidingen voor sabotage.")
    evs = events("De ministers bespraken op de top van 24 juni jl. de norm van 3,5 procent in 2035.", "2025-06-20")
    assert all(e.attrs["date"] != "2035" for e in evs)
    e = only(events("Op 3 mei jl. vielen gewapende mannen een kerk aan in Kazan. Volgens de autoriteiten kwamen ten "
                    "minste 12 mensen om, onder wie 5 agenten.", "2025-06-20"))
    assert e["type"] == "attack" and e["date"] == "2025-05-03"


def test_more_verdicts_approvals_recaptures_tests_orders_and_completions():
    cases = {
        "De Hoge Raad deed op 19 juli 2019 uitspraak.": ("2019-07-19", ["Hoge Raad"]),
        "Op 20 maart keurde de Raad Buitenlandse Zaken een plan van € 2 miljard goed.": ("2025-03-20",
                                                                                       ["Raad Buitenlandse Zaken"]),
        "In oktober 2013 heroverde het FARDC drie steden.": ("2013-10", ["FARDC"]),
        "In oktober 2025 testte Rusland een nieuwe kruisraket.": ("2025-10", ["Rusland"]),
        "In 2022 bestelde Defensie extra munitie.": ("2022", ["Defensie"]),
        "Eind 2010 rondde de Redeployment Task Force haar werkzaamheden af.": ("2010", ["Redeployment Task Force"]),
        "Sinds Rusland op 21 februari 2023 de opschorting aankondigde, zijn er geen inspecties meer.": ("2023-02-21",
                                                                                                 ["Rusland"]),
        "Het nieuwe Somalische federale parlement koos op 10 september 2012 de heer Farah tot president.": (
            "2012-09-10", ["Somalische federale parlement"]),
    }
    for text, (date, actors) in cases.items():
        e = only(events(text, "2025-12-10"))
        assert (e["date"], e["actors"][:len(actors)]) == (date, actors), (text, e)


def test_a_meeting_noun_does_not_take_the_date_of_a_later_clause_and_members_act_for_their_body():
    e = only(events("Rusland blokkeerde in de Permanente Raad de verlenging, waardoor het mandaat op 31 maart 2022 "
                    "afliep.", "2023-06-01"))
    assert e["type"] == "decision" and e["date"] == "2022-03-31" and e["actors"][0] == "Rusland"
    e = only(events("De Koninklijke Marechaussee helpt Griekenland. Gisteren begeleidden marechaussees op Lesbos de "
                    "eerste migranten naar Turkije.", "2016-04-05"))
    assert e["actors"] == ["Koninklijke Marechaussee"] and e["date"] == "2016-04-04"


def test_the_toll_of_an_attack_named_without_a_date_is_no_new_event():
    assert not events("Bij de aanval van Hamas kwamen ongeveer 1.200 mensen om het leven.")
    assert not events("Bij de aanslag, nabij Arras, raakten enkele passagiers gewond; ruim 500 passagiers zaten in de "
                      "trein.")


def test_a_ship_by_its_short_name_leaves_from_a_port():
    e = only(events("Zr.Ms. Tromp is in de Indo-Pacific. De Tromp vertrok op 27 januari uit Den Helder voor een "
                    "inzet in de Indo-Pacific.", "2024-06-08"))
    assert e["date"] == "2024-01-27" and e["actors"] == ["Tromp"] and e["place"] == "Den Helder"


def test_a_tally_since_a_date_is_no_event_but_a_dated_one_inside_it_is():
    assert not events("Sinds 10 oktober jl. zijn volgens Oekraïense bronnen meer dan tienduizend militairen "
                      "gesneuveld.", "2025-06-20")
    e = only(events("Sinds oktober 2023 telt de coalitie ruim 170 aanvallen op haar bases in Irak, waaronder de aanval "
                    "op Tower 22 in Jordanië op 28 januari jl., waarbij drie militairen omkwamen.", "2025-06-20"))
    assert e["date"] == "2025-01-28" and e["type"] == "attack"
    assert only(events("Sinds 12 januari voeren de VS luchtaanvallen uit op de Houthi's in Jemen.",
                       "2025-06-20"))["date"] == "2025-01-12"


def test_escapes_disrupted_operations_weapon_tests_and_institutions():
    cases = {
        "Op 7 januari 2024 ontsnapte een bendeleider uit de gevangenis in Guayaquil.": ("2024-01-07", "Guayaquil"),
        "Op 13 april 2018 verstoorde de MIVD een Russische cyberoperatie in Den Haag.": ("2018-04-13", "Den Haag"),
        "Op 15 november 2021 vernietigde een Russische antisatelliettest een oude satelliet.": ("2021-11-15", None),
        "In augustus 2023 volgde de instelling van het sanctieregime door de Raad van de EU.": ("2023-08", None),
    }
    for text, (date, place) in cases.items():
        e = only(events(text, "2025-06-20"))
        assert (e["date"], e["place"]) == (date, place), (text, e)


def test_a_dated_act_without_a_trigger_word():
    e = only(events("Op 12 juni jl. landde het toestel van de Britse minister in Warschau.", "2025-06-20"))
    assert (e["date"], e["place"]) == ("2025-06-12", "Warschau")
    e = only(events("De MIVD verijdelde op 3 mei een Russische operatie.", "2025-06-20"))
    assert (e["date"], e["actors"]) == ("2025-05-03", ["MIVD"])
    assert not events("De FATF constateerde in juli jl. dat terroristen vaker stablecoins gebruiken.", "2025-09-01")
    assert not events("Op 12 juni jl. verklaarde de NCTV 1.412 meldingen verdacht.", "2025-09-01")


def test_a_strong_past_verb_after_the_date_and_a_ramming_with_an_aged_attacker():
    e = only(events("Op 3 mei jl. onderschepte de Franse marine een tanker bij Saint-Nazaire.", "2025-06-20"))
    assert e["date"] == "2025-05-03" and e["place"] == "Saint-Nazaire"
    e = only(events("Op 2 oktober jl. reed de 35-jarige Ahmed Yusuf bij de synagoge in Manchester in op bezoekers.",
                    "2025-06-20"))
    assert (e["type"], e["actors"], e["place"]) == ("attack", ["Ahmed Yusuf"], "Manchester")


def test_a_dated_act_in_the_perfect_tense_but_not_a_tally_since_a_date():
    e = only(events("De NCTV heeft op 3 mei het dreigingsbeeld gepubliceerd.", "2025-06-20"))
    assert (e["date"], e["actors"]) == ("2025-05-03", ["NCTV"])
    assert not events("Nederland heeft sinds februari 2022 al ruim 50.000 granaten aan Oekraïne geleverd.", "2025-06-20")


def test_dated_acts_in_the_perfect_tense_after_the_date_or_a_listed_subject():
    e = only(events("Frankrijk, Duitsland en het Verenigd Koninkrijk hebben op 28 augustus jl. het "
                    "snapback-mechanisme in gang gezet.", "2025-10-01"))
    assert e["date"] == "2025-08-28" and e["actors"] == ["Frankrijk", "Duitsland", "Verenigd Koninkrijk"]
    e = only(events("Op 2 december jl. heb ik in Warschau gesproken met minister Kowalski.", "2025-12-10"))
    assert (e["date"], e["place"]) == ("2025-12-02", "Warschau")
    e = only(events("Van 30 september tot en met 4 oktober 2019 hield de regering in Yaoundé een nationale dialoog.",
                    "2020-01-10"))
    assert (e["date"], e["place"]) == ("2019-09-30/2019-10-04", "Yaoundé")
    e = only(events("De Raad van de EU stelde het sanctieregime in augustus 2023 in.", "2025-06-20"))
    assert (e["date"], e["actors"]) == ("2023-08", ["Raad van de EU"])


def test_a_short_weak_past_verb_after_the_date():
    e = only(events("Op 23 februari jl. zette Israël voor het eerst sinds 2002 tanks in bij Jenin.", "2025-06-20"))
    assert (e["date"], e["actors"], e["place"]) == ("2025-02-23", ["Israël"], "Jenin")


def test_a_dated_act_after_an_adverb_and_a_date_between_commas():
    e = only(events("Eerder, op 9 oktober 2019, verscheen een extremist bij de synagoge van Halle.", "2020-06-20"))
    assert e["date"] == "2019-10-09" and "Halle" in e["place"]


def test_the_first_named_place_before_a_final_verb():
    e = only(events("Dat bleek op 6 juli 2023, toen in Noordrijn-Westfalen zeven verdachten en in Nederland één "
                    "verdachte werden aangehouden.", "2024-07-01"))
    assert (e["date"], e["place"]) == ("2023-07-06", "Noordrijn-Westfalen")


def test_a_question_dates_an_attack_given_with_its_target():
    e = only(events("Ziet u een verband met de Israëlische luchtaanval op Sanaa van 28 augustus jl., waarbij de "
                    "premier om het leven kwam?", "2025-09-10"))
    assert (e["date"], e["actors"], e["place"]) == ("2025-08-28", ["Israël"], "Sanaa")


def test_meetings_named_in_the_plural():
    e = only(events("Tijdens de intersessionele bijeenkomsten van 17 tot en met 20 juni jl. in Genève heeft Nederland "
                    "het belang van de verdragen onderstreept.", "2025-07-01"))
    assert (e["type"], e["date"], e["place"]) == ("meeting", "2025-06-17/2025-06-20", "Genève")


def test_the_fall_of_a_regime_named_by_its_leader():
    e = only(events("Sinds de val van het Assad-regime in december 2024 is reizen naar Syrië eenvoudiger geworden.",
                    "2025-09-01"))
    assert (e["date"], e["actors"]) == ("2024-12", ["Assad-regime"])


def test_a_state_begun_on_a_given_day_dates_its_beginning():
    e = only(events("Nederland neemt sinds 15 januari deel aan Nordic Warden.", "2025-06-20"))
    assert (e["date"], e["actors"]) == ("2025-01-15", ["Nederland"])
    e = only(events("Sinds 3 december jl. zet MONUSCO vanuit Goma verkenningsdrones in.", "2025-06-20"))
    assert (e["date"], e["actors"], e["place"]) == ("2024-12-03", ["MONUSCO"], "Goma")
    assert not events("Hamas staat sinds 2003 op de EU-terrorismelijst.", "2025-06-20")
    assert not events("De milities grijpen de ontwikkelingen sinds 7 oktober aan.", "2025-06-20")


def test_an_event_on_a_street_in_a_town_takes_the_town():
    e = only(events("Op 18 maart 2019 schoot een man in een tram op het 3 Meiplein in Utrecht vier mensen dood.",
                    "2019-03-20"))
    assert e["place"] == "Utrecht" and e["date"] == "2019-03-18"


def test_a_sentence_opening_day_dates_its_main_clause_not_a_later_clause():
    e = only(events("Op 19 november hebben de regeringsleiders het nieuwe concept aangenomen, dat het concept uit "
                    "1999 vervangt.", "2010-11-26"))
    assert e["date"] == "2010-11-19"
    e = only(events("Een maand later, op 28 maart 2013, nam de Veiligheidsraad resolutie 2098 aan.", "2013-06-01"))
    assert e["date"] == "2013-03-28"


def test_the_place_at_the_end_of_a_chain_of_van():
    e = only(events("Gisteren ontploften vlak bij de finish van de marathon van Boston twee bommen.", "2013-04-16"))
    assert e["place"] == "Boston" and e["date"] == "2013-04-15"


def test_undated_plural_with_de_and_no_owner_names_events_told_before():
    assert not events("De spanning tussen India en Pakistan is sinds de aanslagen opgelopen.", "2008-12-20")
    assert not events("Hij wordt verdacht van beide aanslagen.", "2011-07-23")
    assert events("Het kabinet veroordeelt ook de aanslagen van de TTP.", "2025-11-20")


def test_days_later_opens_a_dated_act_of_a_committee():
    evs = [e.attrs for e in events("Op 7 december 2008 vielen troepen een kamp aan. Drie dagen later plaatste het "
                                   "Sanctiecomité 1267 van de VN-Veiligheidsraad de organisatie op zijn sanctielijst.",
                                   "2008-12-20")]
    assert any(e["date"] == "2008-12-10" and e["actors"] == ["Sanctiecomité 1267 van de VN-Veiligheidsraad"]
               for e in evs), evs


def test_oral_questions_item_of_a_handelingen_record():
    doc = Document("h-tk-20122013-74-3", "Handeling\n\n3 Vragen van het lid Smit aan de minister van Veiligheid en "
                   "Justitie over de aanslagen in Boston.\n\nDe voorzitter:\nIk geef het woord aan mevrouw Smit.\n")
    doc.meta.date = "2013-04-16"
    from kg_builder.pipeline import analyse
    evs = [m.attrs for m in analyse(doc).mentions if m.kind == "event"]
    assert any(e["date"] == "2013-04-16" and e["actors"] == ["Smit"] for e in evs), evs


def test_departure_from_a_capitalised_vanaf_and_in_overleg_met_is_no_meeting():
    e = only(events("Vanaf vliegbasis Eindhoven vertrekken vandaag de eerste Nederlandse militairen naar Macedonië.",
                    "2001-08-27"))
    assert e["place"] != "Macedonië"
    e = only(events("De NCTb heeft op 7 juli in overleg met de AIVD het dreigingsniveau voor het openbaar vervoer "
                    "verhoogd van licht verhoogd naar matig.", "2005-07-29"))
    assert e["type"] == "threat_level_change" and e["date"] == "2005-07-07"


def test_causes_talk_topics_and_victims_are_not_new_events_or_actors():
    assert not events("De Raad zal spreken over de laatste ontwikkelingen in de Russische oorlog tegen Oekraïne.",
                      "2025-03-20")
    assert not events("Door de aanvallen is het aantal passages door het Suezkanaal sinds begin december met 40 "
                      "procent gedaald.", "2024-03-01")
    for e in events("Frankrijk en België zijn getroffen door twee aanslagen.", "2023-10-20"):
        assert not e.attrs["actors"]


def test_a_sentence_closed_by_its_date_dates_the_happening_told_next():
    evs = [e.attrs for e in events("Hoe reëel die dreiging is, bleek op 2 juni jl. Bij een aanslag met een autobom "
                                   "voor de ambassade in Islamabad kwamen zes mensen om het leven.", "2008-07-01")]
    assert any(e["date"] == "2008-06-02" and e["place"] == "Islamabad" for e in evs), evs


def test_perfect_with_a_party_in_brackets_and_strong_pasts():
    e = only(events("Op 27 maart jl. heeft het lid Wilders (PVV) zijn film via een Britse website openbaar gemaakt.",
                    "2008-04-15"))
    assert e["date"] == "2008-03-27" and "Wilders" in e["actors"]
    e = only(events("De Pakistaanse regering ontbood op 28 maart de Nederlandse ambassadeur in Islamabad.", "2008-04-15"))
    assert e["date"] == "2008-03-28" and e["actors"] == ["Pakistaanse regering"]


def test_a_vehicle_of_a_force_makes_the_force_the_actor_not_in_the_passive():
    e = only(events("Op 3 maart 2021 heeft een F-16 van de Amerikaanse luchtmacht een drone neergeschoten boven de "
                    "Zwarte Zee.", "2021-04-01"))
    assert e["actors"] == ["Amerikaanse luchtmacht"] and e["place"] == "Zwarte Zee"
    e = only(events("Op 4 mei werd een schip van de Houthi's aangevallen door de Amerikaanse marine.", "2024-06-01"))
    assert e["actors"] == ["Amerikaanse marine"]


def test_an_answer_restating_the_question_is_one_event_once_names_are_resolved():
    from kg_builder.gold import to_gold
    doc = Document("t", "Vraag 1\nKunt u bevestigen dat de ballon op 4 februari jl. door het Amerikaanse leger is "
                        "neergeschoten?\n\nAntwoord 1\nJa. Op 4 februari 2023 hebben de Amerikaanse strijdkrachten de "
                        "ballon neergeschoten voor de kust van South Carolina.")
    doc.meta.date = "2023-03-01"
    a = analyse(doc)
    assert len([m for m in a.mentions if m.kind == "event"]) == 2        # both sentences stay evidence
    (ev,) = [e for e in a.entities if e.kind == "event"]
    assert len(ev.mentions) == 2 and ev.attrs["place"] == "South Carolina"
    (g,) = to_gold(a)["events"]
    assert g["date"] == "2023-02-04" and set(g["actors"]) == {"Amerikaanse leger", "Amerikaanse strijdkrachten"}


def test_a_contribution_decided_to_start_on_a_date_dates_the_decision():
    e = only(events("Hierbij informeren wij u over het besluit van het kabinet om met ingang van 1 maart 2019 voor een "
                    "periode van maximaal twaalf maanden bij te dragen aan UNMHA.", "2019-02-20"))
    assert e["date"] == "2019-03-01" and e["actors"] == ["kabinet"]
    e = only(events("Het kabinet heeft besloten de bijdrage volgend jaar uit te breiden.", "2019-02-20"))
    assert e["date"] is None                            # the year of the extension, not of the decision


def test_participles_describing_a_noun_and_threats_are_no_happenings():
    assert not events("In het vorige DTN werd al gewezen op de mogelijke gevolgen van de aangekondigde film.",
                      "2008-04-15")
    assert not events("De Taliban hebben gedreigd hun aanvallen op de Nederlandse militairen in Uruzgan op te voeren.",
                      "2008-04-15")


def test_an_agreement_in_the_presence_of_leaders_and_what_was_agreed():
    e = only(events("Op 20 november hebben de landen, in aanwezigheid van president Hamid Karzai en "
                    "Secretaris-Generaal Ban Ki-moon, afgesproken dat de overdracht begin 2011 begint.", "2010-11-22"))
    assert e["date"] == "2010-11-20" and {"Hamid Karzai", "Ban Ki-moon"} <= set(e["actors"])
    evs = [x.attrs for x in events("Het staakt-het-vuren dat Turkije en Rusland op 12 januari jl. afkondigden houdt "
                                   "stand, maar Haftar vertrok maandag uit Moskou.", "2020-01-15")]
    assert any(x["date"] == "2020-01-13" and x["place"] == "Moskou" for x in evs), evs


def test_a_decision_taken_at_a_dated_occasion_is_that_occasion():
    evs = [x.attrs for x in events("Op de NAVO-top in Den Haag van 24 en 25 juni jl. hebben de bondgenoten "
                                   "afgesproken hun bijdragen te vergroten.", "2025-07-01")]
    assert [x["date"] for x in evs] == ["2025-06-24/2025-06-25"], evs


def test_a_cancellation_and_who_decided_it_in_the_next_sentence():
    e = only(events("Op woensdag 23 augustus jl. is een concert in poppodium Maassilo in Rotterdam afgelast. De "
                    "burgemeester van Rotterdam, Aboutaleb, heeft daartoe besloten.", "2017-08-25"))
    assert e["date"] == "2017-08-23" and e["actors"] == ["Aboutaleb"] and e["place"] == "poppodium Maassilo"


def test_happenings_counted_in_a_summary_are_each_told_on_their_own():
    assert not events("Binnen vier dagen zijn Frankrijk en België getroffen door twee terroristische aanslagen.",
                      "2023-10-20")


def test_the_place_entered_and_an_agreement_reached_far_from_its_verb():
    e = only(events("Rusland reageerde met een grootschalige militaire operatie: Russische troepen trokken via de "
                    "Roki-tunnel Zuid-Ossetië binnen en bezetten vervolgens gebied rond de stad Gori.", "2008-08-20"))
    assert e["place"] == "Zuid-Ossetië"
    e = only(events("President Sarkozy bereikte, in zijn hoedanigheid van fungerend voorzitter van de Europese Unie, op "
                    "12 augustus in Moskou met president Medvedev overeenstemming over een zespuntenplan.", "2008-08-20"))
    assert e["date"] == "2008-08-12" and "Sarkozy" in e["actors"] and e["place"] == "Moskou"


def test_a_meeting_held_because_of_a_conflict_is_a_meeting():
    e = only(events("Hierbij bied ik u het verslag aan van de extra Raad Algemene Zaken en Externe Betrekkingen (RAZEB) "
                    "die op 13 augustus jl. in Brussel plaatsvond. De Raad kwam op verzoek van het Franse "
                    "voorzitterschap bijeen in verband met het gewapend conflict tussen Georgië en Rusland.", "2008-08-20"))
    assert e["type"] == "meeting" and e["date"] == "2008-08-13" and e["place"] == "Brussel"


def test_what_was_announced_is_the_happening_and_the_announcer_takes_part():
    e = only(events("Op vrijdag 16 februari maakte de Russische gevangenisdienst bekend dat Aleksej Navalny was "
                    "overleden.", "2024-02-20"))
    assert e["date"] == "2024-02-16" and e["type"] == "other"
    assert e["actors"] == ["Russische gevangenisdienst", "Aleksej Navalny"]
    e = only(events("Op 15 januari jl. maakten Qatar, Egypte en de Verenigde Staten bekend dat Israël en Hamas "
                    "overeenstemming hadden bereikt over een staakt-het-vuren.", "2025-01-20"))
    assert e["date"] == "2025-01-15" and {"Qatar", "Egypte", "Verenigde Staten", "Israël", "Hamas"} <= set(e["actors"])


def test_a_fronted_when_clause_keeps_its_places_to_itself():
    e = only(events("Toen hij in januari 2021 vrijwillig naar Rusland terugkeerde, werd hij direct op de luchthaven "
                    "Sjeremetjevo gearresteerd.", "2024-02-20"))
    assert e["date"] == "2021-01" and e["place"] == "Sjeremetjevo"


def test_efforts_and_findings_are_no_happenings():
    assert not events("Nederland heeft zich hier vanaf het begin voor ingezet, omdat de faciliteit nuttig is.",
                      "2023-06-26")
    assert not events("Deze leden lezen dat de Zweedse veiligheidsdienst heeft vastgesteld dat sprake is van sabotage.",
                      "2022-10-20")
    assert only(events("Nederland heeft twee F-16's ingezet.", "2022-10-20"))["type"] == "deployment"


def test_a_fronted_after_clause_and_the_main_clause_are_two_happenings():
    evs = [e.attrs for e in events("Nadat strijders van Ansar Dine, AQIM en MUJAO op 10 januari het stadje Konna hadden "
                                   "ingenomen, greep Frankrijk een dag later in met operatie Serval.", "2013-01-20")]
    assert [(e["date"], e["actors"], e["place"]) for e in evs] == [
        ("2013-01-10", ["Ansar Dine", "AQIM", "MUJAO"], "Konna"), ("2013-01-11", ["Frankrijk"], None)], evs


def test_the_allies_act_for_nato_and_a_count_of_attacks_is_a_statistic():
    e = only(events("De NAVO stuurde schepen. De bondgenoten besloten op 11 februari tot een activiteit tegen "
                    "mensensmokkel.", "2016-04-05"))
    assert e["date"] == "2016-02-11" and e["actors"] == ["NAVO"]
    assert not events("Het aantal aanvallen door piraten voor de kust daalde in de eerste tien maanden van 2012 met "
                      "ruim 70 procent.", "2012-12-01")


def test_the_island_or_town_named_before_is_where_it_happened():
    evs = [e.attrs for e in events("Daarna opende een man het vuur op het eiland Utøya. Op het eiland is gisteravond "
                                   "een 32-jarige Noor, Anders Behring Breivik, aangehouden.", "2011-07-23")]
    assert any(e["date"] == "2011-07-22" and e["place"] == "Utøya" for e in evs), evs


def test_entering_into_force_authorising_and_setting_in_motion_are_decisions():
    e = only(events("Op 27 december 2025 wordt de terugtrekking van Letland uit het Verdrag van Ottawa van kracht.",
                    "2025-07-08"))
    assert e["type"] == "decision" and e["date"] == "2025-12-27"
    e = only(events("Op 28 augustus hebben Frankrijk, Duitsland en het Verenigd Koninkrijk het snapback-mechanisme in "
                    "gang gezet.", "2025-09-10"))
    assert e["type"] == "decision" and e["date"] == "2025-08-28"


def test_decisions_told_in_a_report_on_a_summit_take_its_days():
    evs = [e.attrs for e in events("Hierbij informeren wij u over de uitkomsten van de NAVO-top die van 9 tot en met 11 "
                                   "juli jl. in Washington plaatsvond. De bondgenoten besloten tot de oprichting van "
                                   "NSATU, met een hoofdkwartier in Wiesbaden.", "2024-07-19")]
    assert any(e["type"] == "decision" and e["date"] == "2024-07-09/2024-07-11" for e in evs), evs


def test_unreliable_readings_are_left_out_of_what_the_extractor_returns():
    doc = Document("t", "De toestellen vertrokken vanaf vliegbasis Leeuwarden. Op 3 mei volgde een aanval. Nederland "
                        "heeft twee F-16's naar Jordanië uitgezonden.")
    doc.meta.date = "2024-06-01"
    read = [e.attrs for e in events(doc.text, "2024-06-01")]
    kept = [m.attrs for m in analyse(doc).mentions if m.kind == "event"]
    assert len(read) == 3 and kept == [read[2]], (read, kept)   # no actor nor place; undated without an actor
    doc = Document("t", "Op 3 mei werd besloten de weg te sluiten. Het kabinet heeft besloten tot een missie.")
    doc.meta.date = "2024-06-01"
    assert len(events(doc.text, "2024-06-01")) == 2
    assert [m.attrs["actors"] for m in analyse(doc).mentions if m.kind == "event"] == [["kabinet"]]


def test_an_occasion_named_by_an_organisation_is_met_by_it():
    e = only(events("De regeringsleiders bespraken Oekraïne tijdens de Europese Raad van 29 en 30 juni.", "2023-07-03"))
    assert e["date"] == "2023-06-29/2023-06-30" and "Europese Raad" in e["actors"]


def test_a_happening_a_listed_paper_is_about_counts_when_it_names_its_actor():
    e = only(events("• de brief van 20 maart 2015 over het overlijden van kapitein René Zeetsen en eerste-luitenant "
                    "Ernst Mollinger (Kamerstuk 29 521, nr. 280);", "2015-06-01"))
    assert e["date"] is None and "René Zeetsen" in e["actors"]
    assert not events("• de brief van 19 juni 2015 over de verlenging van de Nederlandse bijdrage aan MINUSMA "
                      "(Kamerstuk 29 521, nr. 293);", "2015-06-01")


def test_the_place_named_next_to_the_date_is_where_the_dated_thing_happened():
    e = only(events("Het akkoord, dat na lange onderhandelingen op de vliegbasis Camp Verde bij Salinas tot stand kwam, "
                    "werd op 3 maart 2001 in Lissabon ondertekend.", "2001-04-01"))
    assert e["place"] == "Lissabon", e
    e = only(events("Na de landing van de eerste eenheden in Beira op 4 mei jl. trokken de rebellen zich terug naar "
                    "Tete.", "2001-06-01"))
    assert e["place"] == "Beira", e


def test_a_demonym_naming_where_or_describing_a_day_is_not_an_actor():
    e = only(events("Op 2 mei, de Poolse nationale feestdag, reed een bestelbus in op een menigte in Gdańsk.",
                    "2019-05-10"))
    assert e["actors"] == [] and e["place"] == "Gdańsk", e
    e = only(events("Op 2 mei heeft een gewapende groep in de Russische deelrepubliek Dagestan een politiepost "
                    "aangevallen.", "2019-05-10"))
    assert e["actors"] == [], e


def test_over_before_a_name_is_the_way_taken_not_a_topic():
    e = only(events("Op 2 mei reed een bestelbus over de Rambla Nova in Tarragona in op een menigte.", "2019-05-10"))
    assert e["place"] == "Tarragona", e
    e = only(events("Op 2 mei sprak de minister met zijn ambtgenoot over de situatie in Syrië.", "2019-05-10"))
    assert e["place"] is None, e


def test_a_claim_of_an_attack_told_before_and_any_attack_are_no_happenings():
    evs = events("Op 2 mei reed een bestelbus in op een menigte in Tarragona. ETA heeft de aanslag opgeëist.",
                 "2019-05-10")
    assert len(evs) == 1 and evs[0].attrs["date"] == "2019-05-02", [e.attrs for e in evs]
    assert not events("De politie beoordeelt na iedere aanslag of het niveau omhoog moet.", "2019-05-10")
    assert not events("De groep roept op tot zulke aanslagen in Europa.", "2019-05-10")


def test_a_paper_told_about_in_a_fronted_over_phrase_dates_the_telling_not_the_attack():
    assert not events("Hiermee reageer ik op het verzoek van de commissie van 2 mei jl. Over de aanslag in Gdańsk "
                      "heb ik u op 3 mei jl. al geïnformeerd (Kamerstuk 29 754, nr. 512).", "2019-05-10")


def test_how_the_perpetrator_was_stopped_ends_the_attack_told_before_and_names_its_actor():
    evs = [e.attrs for e in events("Op 2 mei reed een bestelbus in op een menigte in Tarragona. De bestuurder, de "
                                   "28-jarige Karim Benali, werd door de politie doodgeschoten.", "2019-05-10")]
    assert len(evs) == 1 and evs[0]["actors"] == ["Karim Benali"], evs


def test_a_referendum_is_an_election():
    e = only(events("Op 30 augustus vond in Nieuw-Caledonië een volksraadpleging plaats.", "2019-09-10"))
    assert e["type"] == "election" and e["place"] == "Nieuw-Caledonië", e


def test_declaring_striking_and_leaving_a_port_are_happenings():
    e = only(events("President Saied heeft op 25 juli jl. de noodtoestand afgekondigd.", "2021-08-01"))
    assert e["type"] == "decision" and e["date"] == "2021-07-25" and e["actors"] == ["Saied"], e
    e = only(events("Op vrijdag 2 juli sloeg de criminele groep Karakurt toe via de software van het bedrijf Acme.",
                    "2021-08-01"))
    assert e["type"] == "attack" and e["actors"] == ["Karakurt"], e
    e = only(events("Het fregat Zr.Ms. Evertsen heeft op 5 juli jl. Den Helder verlaten.", "2021-08-01"))
    assert e["type"] == "deployment" and e["place"] == "Den Helder", e
    left = events("Op 18 februari werd het schip getroffen; de bemanning heeft het schip verlaten.", "2021-08-01")
    assert all(e.attrs["type"] != "deployment" for e in left), [e.attrs for e in left]   # abandoned, no port left


def test_a_question_presupposes_an_attack_dated_after_its_target_and_town():
    e = only(events("Bestaat er een verband met de aanslag op het Joods Museum in Brussel van 24 mei jl.?",
                    "2014-06-01"))
    assert e["date"] == "2014-05-24", e


def test_murders_storming_poisoning_outbreaks_house_arrest_and_airdrops_are_happenings():
    from kg_builder.extractors.event_sentences import triggers_in
    for text, kind in [("de moord op de journalist", "attack"), ("een vlieger schoot een MiG-29 neer", "attack"),
                       ("de bestorming van het winkelcentrum", "attack"), ("hij werd vergiftigd", "attack"),
                       ("de ebola-uitbraak", "other"), ("de oorlog brak uit", "other"),
                       ("hij werd onder huisarrest geplaatst", "other"), ("de eerste dropping van hulpgoederen",
                                                                          "deployment"),
                       ("de sluiting van het luchtruim", "decision"), ("zij sloten een verdrag", "decision"),
                       ("het akkoord dat beide landen sloten", "decision"), ("tientallen huiszoekingen", "other"),
                       ("de brandstichting in een loods", "attack"), ("een brand in een winkelcentrum", "attack")]:
        assert kind in [t for t, _, _ in triggers_in(text, 0, len(text))], text


def test_a_claim_made_later_or_the_same_day_names_who_did_the_attack_told_before():
    evs = [e.attrs for e in events("Op 21 september viel een groep het winkelcentrum Westgate in Nairobi aan. "
                                   "Al-Shabaab heeft de aanslag nog dezelfde dag via Twitter opgeëist.", "2013-09-30")]
    assert len(evs) == 1 and "Al-Shabaab" in evs[0]["actors"], evs
    evs = [e.attrs for e in events("Op 7 januari drongen twee broers de redactie van een weekblad in Parijs binnen. "
                                   "AQAP heeft de aanslag vorige week opgeëist vanuit Jemen.", "2015-01-20")]
    assert len(evs) == 2, evs                           # a claim dated on its own is told as a happening


def test_attacks_counted_since_a_date_are_a_tally():
    assert not events("Sinds het begin van de missie in juli 2003 zijn Nederlandse patrouilles 23 keer beschoten.",
                      "2004-01-10")


def test_the_story_goes_on_through_a_sentence_telling_the_toll():
    evs = events("Op vrijdag 15 maart 2019 opende een schutter het vuur in de Al Noor-moskee in Christchurch. Daarbij "
                 "kwamen in totaal 51 mensen om het leven. De Nieuw-Zeelandse politie arresteerde Brenton Tarrant in zijn "
                 "auto.", date="2019-04-20")
    assert [e.attrs["date"] for e in evs] == ["2019-03-15", "2019-03-15"], [e.attrs for e in evs]


@pytest.mark.parametrize("text", [
    # words quoted after a verb of speech tell no happening
    'Minister Kranenburg noemde het commando "een erkenning van wat onze militairen in Uruzgan sinds augustus '
    'presteren".',
    # hit by a crisis, not by an attack
    "De leden van de D66-fractie vragen welk deel van het graan terechtkomt in de landen die het hardst door de "
    "voedselcrisis worden getroffen.",
])
def test_quoted_speech_and_a_crisis_state_no_event(text):
    assert events(text, date="2006-11-01") == []


def test_the_toll_of_an_attack_told_just_before_is_no_other_happening():
    evs = events("Donderdag 20 november volgden twee aanslagen op het hoofdkantoor van de HSBC in Levent. Daarbij kwam "
                 "ook de Britse consul-generaal, Roger Short, om het leven. Twee Nederlandse zakenmensen zijn bij de "
                 "aanslag in Levent lichtgewond geraakt.", date="2003-11-25")
    assert [(e.attrs["type"], e.attrs["date"]) for e in evs] == [("attack", "2003-11-20")], [e.attrs for e in evs]


@pytest.mark.parametrize("text, written, expected", [
    ("Op 15 november jl. sloeg een raket in op het terrein van een graandrogerij in Przewodów.", "2022-11-22",
     ("attack", "2022-11-15")),
    ("Vorige week dinsdag, in de vroege ochtend van 6 juni, werd de Kachovka-dam in de Dnipro vernietigd.",
     "2023-06-13", ("attack", "2023-06-06")),
    ("President Gustavo Petro riep op 24 januari de «estado de conmoción interior» uit.", "2025-03-01",
     ("decision", "2025-01-24")),
    ("Daarmee geeft het kabinet gehoor aan een verzoek dat het VN-secretariaat op 18 december jl. aan Nederland "
     "richtte.", "2025-03-01", ("decision", "2024-12-18")),
])
def test_a_missile_striking_a_dam_destroyed_a_state_proclaimed_and_a_request_made(text, written, expected):
    assert (only(events(text, date=written))["type"], only(events(text, date=written))["date"]) == expected


@pytest.mark.parametrize("text", [
    # taking part in a meeting told before, and a letter's date after "bent u op"
    "Namens Nederland nam daaraan de Minister van Defensie, mevrouw Van Leeuwen-Hartog, deel.",
    "Over de Nederlandse inzet voor deze bijeenkomst bent u op 10 januari jl. geïnformeerd.",
])
def test_a_part_in_a_meeting_and_the_day_you_were_told_are_no_events(text):
    assert events(text, date="2022-01-19") == []


def test_an_embassy_named_with_its_town_places_the_event_in_the_town():
    assert only(events("Op 3 mei werd een aanslag gepleegd op de Amerikaanse ambassade in Bagdad."))["place"] == "Bagdad"


def test_a_decision_for_a_period_and_a_happening_dated_by_another():
    e = only(events("Het kabinet heeft besloten vier militaire waarnemers bij te dragen aan UNVMC, voor de periode van "
                    "1 april 2025 tot en met 31 maart 2026.", date="2025-03-01"))
    assert e["date"] == "2025-04-01/2026-03-31"
    e = only(events("Op 12 september 2001, een dag na de aanslagen in New York en Washington, heeft de Noord-Atlantische "
                    "Raad artikel 5 van het Noord-Atlantisch Verdrag van toepassing verklaard.", date="2004-06-29"))
    assert (e["type"], e["date"], e["actors"]) == ("decision", "2001-09-12", ["Noord-Atlantische Raad"])


def test_the_attack_told_before_named_again_is_no_new_one_and_gets_who_it_is_blamed_on():
    evs = events("Op 24 februari vond een cyberaanval plaats op het KA-SAT-netwerk van Viasat. Bij de aanval werden "
                 "tienduizenden modems in Oekraïne onbruikbaar gemaakt. Ook het Verenigd Koninkrijk schreef de aanval "
                 "toe aan Rusland.", date="2022-05-10")
    assert [(e.attrs["type"], e.attrs["date"], e.attrs["actors"]) for e in evs] == \
        [("attack", "2022-02-24", ["Rusland"])], [e.attrs for e in evs]


def test_a_wrapped_line_ending_with_a_sentence_goes_on_with_the_story():
    line = "Op 15 november jl. omstreeks 15.40 uur lokale tijd sloeg een raket in op een graandrogerij in Przewodów.\n"
    wrapped = events(line + "De inslag vond plaats tijdens zware Russische luchtaanvallen op Oekraïne: Rusland vuurde "
                            "bijna honderd raketten op Oekraïne af.", date="2022-11-22")
    assert [e.attrs["date"] for e in wrapped] == ["2022-11-15", "2022-11-15"], [e.attrs for e in wrapped]


def test_the_ends_of_a_journey_are_not_where_it_happened():
    e = only(events("Oppositieleider Aleksej Navalny werd in augustus 2020 op een vlucht van Tomsk naar Moskou "
                    "vergiftigd met het zenuwgif novitsjok.", date="2024-03-05"))
    assert (e["date"], e["place"]) == ("2020-08", None)


def test_responsibility_claimed_later_names_who_did_the_attack_told_before():
    e = only(events("Op woensdag 1 september heeft een groep gijzelnemers in een school in Beslan ruim 1 100 mensen "
                    "gegijzeld. Op 17 september heeft de Tsjetsjeense rebellenleider Sjamil Basajev op een website de "
                    "verantwoordelijkheid voor de gijzeling opgeëist.", date="2004-09-20"))
    assert (e["date"], e["actors"], e["place"]) == ("2004-09-01", ["Sjamil Basajev"], "Beslan")


@pytest.mark.parametrize("text, place", [
    ("Op 1 september hebben gijzelnemers in School nr. 1 in Beslan ruim 1 100 leerlingen gegijzeld.", "Beslan"),
    ("Op 22 maart 2024 openden schutters het vuur in Crocus City Hall in Krasnogorsk.", "Crocus City Hall"),
])
def test_a_building_named_by_a_common_head_places_the_event_in_its_town(text, place):
    assert only(events(text, date="2024-04-01"))["place"] == place


@pytest.mark.parametrize("text, written, expected", [
    ("Afgelopen vrijdag zijn in Račak, een dorp ten zuiden van Priština, 45 Albanese Kosovaren omgebracht.",
     "1999-01-19", ("attack", "1999-01-15", [], "Račak")),
    ("Belgrado heeft hem daarop gisteren tot persona non grata verklaard.", "1999-01-19",
     ("decision", "1999-01-18", ["Belgrado"], None)),
    ("President Musharraf van Pakistan heeft in een televisietoespraak op 12 januari jl. Lashkar-e-Taiba en "
     "Jaish-e-Mohammed verboden.", "2002-03-01", ("decision", "2002-01-12", ["Musharraf"], "Pakistan")),
    # the year of a regulation's name dates nothing; "vandaag" does
    ("Minister Brugmans van Financiën heeft daartoe vandaag een aanvulling op de Sanctieregeling terrorisme 2002 "
     "ondertekend.", "2002-08-13", ("decision", "2002-08-13", ["Brugmans"], None)),
    # where the suspects were held, not what they are suspected of
    ("Op 13 september 2001 zijn in Rotterdam vier mannen aangehouden op verdenking van betrokkenheid bij de "
     "voorbereiding van een aanslag op de Amerikaanse ambassade in Parijs.", "2002-03-01",
     ("other", "2001-09-13", [], "Rotterdam")),
])
def test_killings_expulsions_bans_signatures_and_arrests(text, written, expected):
    e = only(events(text, date=written))
    assert (e["type"], e["date"], e["actors"], e["place"]) == expected, e


def test_attacks_tallied_since_a_date_are_no_happening():
    assert events("Het Piracy Reporting Centre in Kuala Lumpur heeft sinds maart 2005 ruim dertig aanvallen in de "
                  "wateren voor de Somalische kust geregistreerd.", date="2005-11-20") == []


def test_an_older_handelingen_item_without_a_number_is_a_question_hour_meeting():
    text = ("Handelingen Tweede Kamer der Staten-Generaal\nVergaderjaar 1998–1999\n\n19 januari 1999\n\n"
            "Vragen van het lid Terpstra-Hoekman aan de minister van Buitenlandse Zaken over het bloedbad in Račak.\n\n"
            "Mevrouw Terpstra-Hoekman (PvdA): Voorzitter! Ik heb drie vragen.\n")
    e = next(e.attrs for e in events(text, date="1999-01-19") if e.attrs["type"] == "meeting")
    assert (e["date"], e["actors"]) == ("1999-01-19", ["Terpstra-Hoekman"])
    for head in ("Tweede Kamer der Staten-Generaal\nHandelingen\nVergaderjaar 2002–2003\n\n",
                 "Handeling\n\nTweede Kamer der Staten-Generaal2023-2024nr. 76, item 2\n\n2 Vragen Smit\n\n"):
        text = head + ("Vragen van het lid Smit aan minister Jansen van Buitenlandse Zaken over de gijzeling.\n\n"
                       "De heer Smit (GroenLinks):\nVoorzitter! Ik heb drie vragen.\n")
        e = next(e.attrs for e in events(text, date="2002-10-29") if e.attrs["type"] == "meeting")
        assert (e["date"], e["actors"]) == ("2002-10-29", ["Smit"]), head


def test_a_closed_border_is_dated_by_its_own_clause_not_by_what_happened_just_before():
    evs = events("Op 19 februari sloot het regime van Maduro de lucht- en zeeverbindingen met Aruba, Bonaire en Curaçao, "
                 "kort nadat de regering van Curaçao had ingestemd met de opslag van hulpgoederen.", date="2019-03-01")
    assert any(e.attrs["date"] == "2019-02-19" and e.attrs["actors"] == ["regime van Maduro"] for e in evs), \
        [e.attrs for e in evs]
    assert not any(e.attrs["date"] and "regering van Curaçao" in e.attrs["actors"] for e in evs)


@pytest.mark.parametrize("text, written, expected", [
    # a town in a province: the town; a night between two weekdays told after it: the last such night
    ("Vorige week dinsdag werd het stadje Khan Shaykhun in de Syrische provincie Idlib getroffen door een aanval met "
     "gifgas.", "2017-04-11", ("2017-04-04", "Khan Shaykhun")),
    ("In de nacht van donderdag op vrijdag vuurden twee torpedobootjagers vanuit het oosten van de Middellandse Zee "
     "59 kruisraketten af op de luchtmachtbasis Shayrat bij Homs.", "2017-04-11", ("2017-04-06/2017-04-07", "Shayrat")),
    # where a flight from one place to another went
    ("De Nederlandse militairen vlogen vorige week met een KDC-10 van Vliegbasis Eindhoven naar Wrocław.", "2015-06-18",
     ("2015-06-08/2015-06-14", "Wrocław")),
])
def test_a_town_in_its_province_the_target_not_the_origin_and_a_flights_destination(text, written, expected):
    e = only(events(text, date=written))
    assert (e["date"], e["place"]) == expected, e


def test_a_date_after_a_coordinated_phrase_belongs_to_the_phrase_before_it():
    evs = events("De maatregel houdt ook verband met een verijdelde aanslag op een bijeenkomst van de oppositie in "
                 "Villepinte bij Parijs, eind juni vorig jaar, en met een beraamde aanslag in Denemarken.",
                 date="2019-01-08")
    assert [(e.attrs["date"], e.attrs["place"]) for e in evs if e.attrs["date"]] == [("2018-06", "Villepinte")], \
        [e.attrs for e in evs]


def test_a_ramming_with_a_car_against_a_building_is_an_attack():
    from kg_builder.extractors.event_sentences import triggers_in
    t = "Op 30 juni reden twee mannen een brandende jeep tegen de ingang van de terminal."
    assert [k for k, _, _ in triggers_in(t, 0, len(t))] == ["attack"]
    t = "De reden tegen het besluit is dat het te duur is."
    assert triggers_in(t, 0, len(t)) == []


@pytest.mark.parametrize("text, written, expected", [
    # a question may name a happening with its own date right after its target
    ("Bestaat er een verband tussen de aangehouden verdachten en de moord op de heer Theo van Gogh op 2 november jl. "
     "in Amsterdam?", "2004-11-20", ("2004-11-02", [], "Amsterdam")),
    # an arrest ordered by a government
    ("Dezelfde regering liet op 19 maart de gekozen burgemeester van Istanbul, Ekrem İmamoğlu, arresteren.",
     "2025-04-02", ("2025-03-19", ["regering"], None)),
])
def test_a_dated_murder_inside_a_question_and_an_ordered_arrest(text, written, expected):
    e = only([x for x in events(text, date=written) if x.attrs["date"]])
    assert (e["date"], e["actors"], e["place"]) == expected, e


def test_a_fronted_subclause_keeps_its_own_place_and_rebels_of_a_group_act_for_it():
    e = [x.attrs for x in events("Nadat de rebellen van de Alliance des Forces Démocratiques pour la Libération du "
                                 "Congo-Zaïre (AFDL) op 15 november het kamp Mugunga ten westen van Goma hadden "
                                 "aangevallen, keerden binnen vier dagen 500 000 vluchtelingen via de grensovergang "
                                 "bij Gisenyi terug.", date="1996-11-25") if x.attrs["date"]]
    assert [(x["date"], x["actors"][:1], x["place"]) for x in e] == [
        ("1996-11-15", ["Alliance des Forces Démocratiques pour la Libération du Congo-Zaïre"], "Mugunga")], e


def test_a_date_whose_nearest_trigger_has_its_own_goes_to_the_next_happening():
    evs = events("Na de aanslag bij het parlement op 22 maart jl. volgden op 3 april een bomaanslag in de metro van "
                 "Sint-Petersburg en afgelopen vrijdag een aanslag met een vrachtwagen in het centrum van Stockholm.",
                 date="2017-04-11")
    got = {(e.attrs["date"], e.attrs["place"]) for e in evs}
    assert {("2017-04-03", "Sint-Petersburg"), ("2017-04-07", "Stockholm")} <= got, got
    assert ("2017-03-22", "Sint-Petersburg") not in got, got


@pytest.mark.parametrize("text, written, expected", [
    # the partners of a meeting named before it
    ("Op 29 maart jl. heb ik met de NCTV, de Nationale Politie en de Koninklijke Marechaussee overleg gevoerd over de "
     "beveiliging van grote evenementen.", "2018-04-03",
     ("2018-03-29", ["NCTV", "Nationale Politie", "Koninklijke Marechaussee"])),
    # "hij" after a semicolon is the person named before it
    ("Kapitein Arnaud Beltrame raakte zwaar gewond; hij overleed in de nacht van 23 op 24 maart in het ziekenhuis.",
     "2018-04-03", ("2018-03-23/2018-03-24", ["Arnaud Beltrame"])),
])
def test_partners_named_before_a_meeting_and_a_pronoun_after_a_semicolon(text, written, expected):
    e = only([x for x in events(text, date=written) if x.attrs["date"]])
    assert (e["date"], e["actors"]) == expected, e


def test_a_member_with_a_party_acts_at_the_occasion_named_after_tijdens():
    evs = events("Daarmee kom ik tegemoet aan het verzoek van het lid Tielemans (PVV), gedaan tijdens de regeling van "
                 "werkzaamheden van 28 maart jl.", date="2017-04-11")
    assert [(e.attrs["date"], e.attrs["actors"]) for e in evs] == [("2017-03-28", ["Tielemans"])], \
        [e.attrs for e in evs]


def test_the_day_a_letter_told_something_dates_no_happening():
    evs = events("Zoals wij u op 30 december jl. hebben gemeld, is de verdachte met een vlucht uit Lagos op Schiphol "
                 "aangekomen.", date="2010-01-10")
    assert not any(e.attrs["date"] == "2009-12-30" for e in evs), [e.attrs for e in evs]


@pytest.mark.parametrize("text, expected", [
    ("Generaal-majoor Jan-Willem Ploegmakers heeft vandaag op Kandahar Airfield het bevel over Regional Command South "
     "(RC South) van de door de NAVO geleide International Security Assistance Force (ISAF) overgenomen.",
     ("2006-11-01", "Kandahar Airfield")),
    ("ISAF nam op 31 juli de verantwoordelijkheid voor het zuiden over van Operation Enduring Freedom.",
     ("2006-07-31", None)),
])
def test_a_command_taken_over_is_a_happening(text, expected):
    e = only(events(text, date="2006-11-01"))
    assert (e["date"], e["place"]) == expected, e


def test_a_country_invaded_with_a_separable_verb_is_the_place():
    e = only(events("Op 24 februari vielen Russische troepen Oekraïne binnen.", date="2022-05-10"))
    assert (e["date"], e["place"]) == ("2022-02-24", "Oekraïne"), e


def test_the_named_side_of_a_pair_after_a_common_noun_acts():
    e = only(events("Op vrijdag 3 september kwam het na twee explosies tot een confrontatie tussen de gijzelnemers en "
                    "Russische veiligheidstroepen.", date="2004-09-20"))
    assert (e["date"], e["actors"]) == ("2004-09-03", ["Russische veiligheidstroepen"]), e


def test_shot_dead_in_a_subordinate_clause_takes_the_story_date():
    evs = events("Op 29 november 2019 stak hij in Fishmongers’ Hall om zich heen. Omstanders achtervolgden hem tot op "
                 "London Bridge, waar agenten van de City of London Police hem doodschoten.", date="2020-02-17")
    assert any(e.attrs["place"] == "London Bridge" and e.attrs["date"] == "2019-11-29" for e in evs), \
        [e.attrs for e in evs]


def test_a_theatre_named_in_one_word_is_the_place_not_its_town():
    e = only(events("Afgelopen zaterdag hebben Russische speciale eenheden met een bestorming een einde gemaakt aan de "
                    "gijzeling in het Doebrovka-theater in Moskou.", date="2002-10-29"))
    assert (e["date"], e["place"]) == ("2002-10-26", "Doebrovka-theater"), e


def test_a_resolution_dated_in_the_sentence_dates_the_councils_decision():
    e = only(events("Met resolutie 1744 van 20 februari jl. heeft de VN-Veiligheidsraad de Afrikaanse Unie gemachtigd "
                    "AMISOM te ontplooien.", date="2007-03-12"))
    assert (e["date"], e["actors"][0]) == ("2007-02-20", "VN-Veiligheidsraad"), e


def test_who_asked_for_a_meeting_and_the_body_that_met_take_part():
    e = only(events("Afgelopen vrijdag hebben de NAVO-bondgenoten op verzoek van Turkije in de Noord-Atlantische Raad "
                    "overleg gevoerd op grond van artikel 4 van het NAVO-verdrag.", date="2020-03-02"))
    assert e["date"] == "2020-02-28" and {"Turkije", "Noord-Atlantische Raad"} <= set(e["actors"]), e


@pytest.mark.parametrize("text, date, expected", [
    ("Op 3 juli ontbond president Plavšić het parlement van de Republika Srpska.", "1997-08-20",
     ("decision", "1997-07-03", ["Plavšić"])),
    ("Op 12 augustus kwamen het Griekse fregat Limnos en het Turkse fregat Kemal Reis met elkaar in aanvaring.",
     "2020-09-01", ("other", "2020-08-12", ["Limnos", "Kemal Reis"])),
])
def test_a_parliament_dissolved_and_ships_colliding(text, date, expected):
    e = only(events(text, date=date))
    assert (e["type"], e["date"], e["actors"]) == expected, e


def test_a_travel_advice_sharpened_is_a_decision_a_sharpened_plan_is_none():
    e = only(events("Gisteravond heb ik als minister het reisadvies voor Egypte aangescherpt.", date="1997-11-18"))
    assert (e["type"], e["date"]) == ("decision", "1997-11-17"), e
    assert not events("Voor de TT in Assen op 24 juni geldt een aangescherpt beveiligingsplan.", date="2017-06-20")


WRITTEN_CONSULTATIONS = [   # (text, written on, events wanted: (what, date) or (what, date, actors))
    ("Binnen de vaste commissie voor Buitenlandse Zaken hebben enkele fracties de behoefte een aantal vragen en "
     "opmerkingen voor te leggen aan de Minister van Buitenlandse Zaken. De op 16 januari 2012 toegezonden vragen en "
     "opmerkingen zijn met de door de Minister bij brief van 19 januari 2012 gegeven antwoorden hieronder afgedrukt.",
     "2012-01-20", [("vragen voorgelegd", "2012-01-16"), ("beantwoording van de vragen", "2012-01-19")]),
    ("De vaste commissie voor Defensie heeft over de brief van 28 september 1999 de navolgende vragen ter beantwoording "
     "aan de regering voorgelegd. De minister van Defensie heeft deze vragen, mede namens de minister van Buitenlandse "
     "Zaken, beantwoord bij brief van 15 oktober 1999.", "1999-10-20", [("beantwoording van de vragen", "1999-10-15")]),
    # in other words, answered by the government
    ("De vaste commissie voor Defensie1 heeft naar aanleiding van de brief van 14 juli 1997 de navolgende vragen aan de "
     "regering voorgelegd. De regering heeft deze vragen beantwoord bij brief van 28 augustus 1997. Vragen en "
     "antwoorden zijn hieronder afgedrukt.", "1997-09-10", [("beantwoording van de vragen", "1997-08-28", ("regering",))]),
    ("De vaste commissie voor Europese Zaken1 heeft op 27 september 2005 de Minister van Buitenlandse Zaken enkele vragen "
     "en opmerkingen voorgelegd over de geannoteerde agenda. Bij brief van 30 september 2005 heeft de minister deze "
     "beantwoord.", "2005-10-04", [("vragen voorgelegd", "2005-09-27"), ("beantwoording van de vragen", "2005-09-30")]),
    ("Binnen de vaste commissie voor Europese Zaken bestond bij enkele fracties behoefte de Minister van Buitenlandse "
     "Zaken enkele vragen voor te leggen over zijn brief van 28 april 2004. De minister heeft deze vragen bij brief van "
     "12 mei 2004 beantwoord.", "2004-05-18",
     [("vragen voorgelegd", None, ("vaste commissie voor Europese Zaken",)), ("beantwoording van de vragen", "2004-05-12")]),
    ("De vaste commissie voor Buitenlandse Zaken heeft enkele vragen ter beantwoording aan de regering voorgelegd. Bij "
     "brief van 3 februari 2023 hebben zij namens het kabinet de vragen beantwoord.", "2023-02-10",
     [("beantwoording van de vragen", "2023-02-03", ("kabinet",))]),
]


@pytest.mark.parametrize("text, written, wanted", WRITTEN_CONSULTATIONS)
def test_the_formulas_of_a_written_consultations_report_date_the_questions_and_the_answers(text, written, wanted):
    evs = [e.attrs for e in events(text, date=written)]
    got = {(e["what"], e["date"]) for e in evs} | {(e["what"], e["date"], tuple(e["actors"])) for e in evs}
    assert set(wanted) <= got, got


def test_a_footnote_naming_a_source_and_its_date_is_no_happening():
    for note in ("1 Persconferentie van het Parijse parket, 1 juni 2014.",
                 "1 AIVD en MIVD, «Laundry Bear», publicatie van 27 mei 2025.",
                 "1 Onderzoek NCTb naar de poging tot een aanslag op vlucht NW253, 8 januari 2010; ter inzage gelegd."):
        assert not events("Tekst van de brief.\n\n" + note, date="2025-06-10"), note
    assert events("Tekst.\n\n8 In totaal hebben er in de periode 18 oktober tot 12 december jl. ca. 117 aanvallen "
                  "plaatsgevonden in Irak en Syrië.", date="2023-12-20")


def test_a_feeling_about_a_happening_told_before_states_none():
    assert not events("Het kabinet is geschokt door de dood van de Turkse militairen.", date="2020-03-02")


def test_a_mission_that_became_operational_is_deployed_then():
    evs = events("EUMM werd op 1 oktober 2008 operationeel, na de oorlog tussen Rusland en Georgië in augustus van dat "
                 "jaar.", "2024-03-20")
    got = {(e.attrs["type"], e.attrs["date"], tuple(e.attrs["actors"])) for e in evs}
    assert ("deployment", "2008-10-01", ("EUMM",)) in got and ("attack", "2008-08", ("Rusland", "Georgië")) in got, got


def test_a_demonym_after_door_in_a_passive_clause_names_the_attacker_not_the_target():
    e = only(events("Op 18 april jl. werd het hoofdkwartier van het Fijische bataljon in Qana door Israëlische granaten "
                    "getroffen.", "1996-05-20"))
    assert (e["date"], e["actors"], e["place"]) == ("1996-04-18", ["Israël"], "Qana"), e


def test_an_invasion_told_with_a_long_subject_is_an_attack():
    e = only(events("Begin augustus vielen gewapende groepen onder leiding van Sjamil Basajev en de Jordaniër Chattab "
                    "vanuit Tsjetsjenië Dagestan binnen.", "1999-09-21"))
    assert (e["type"], e["date"]) == ("attack", "1999-08"), e


def test_a_crash_on_the_way_from_one_city_to_another_happened_where_it_came_down():
    e = only(events("Op 25 december 2024 stortte een Embraer 190 van Azerbaijan Airlines, op weg van Bakoe naar Grozny, "
                    "neer nabij de Kazachse havenstad Aktau aan de Kaspische Zee.", "2025-01-10"))
    assert (e["date"], e["place"]) == ("2024-12-25", "Aktau"), e


def test_an_unnamed_force_acts_under_its_named_leader():
    e = only(events("Begin augustus vielen gewapende groepen onder leiding van Sjamil Basajev vanuit Tsjetsjenië "
                    "Dagestan binnen.", "1999-09-21"))
    assert (e["type"], e["date"], e["actors"]) == ("attack", "1999-08", ["Sjamil Basajev"]), e
    e = only(events("Op 30 september jl. hebben militairen onder leiding van kapitein Ibrahim Traoré de president van "
                    "het land afgezet.", "2022-11-01"))
    assert (e["type"], e["date"]) == ("attack", "2022-09-30") and "Ibrahim Traoré" in e["actors"], e


def test_a_park_in_a_town_happens_in_the_town():
    e = only(events("Op 22 januari stak een Afghaan in het Park Schöntal in Aschaffenburg twee mensen dood.", "2025-02-01"))
    assert e["place"] == "Aschaffenburg", e


def test_the_next_council_meeting_taking_place_is_a_meeting():
    e = only(events("De volgende Raad Buitenlandse Zaken vindt plaats op 18 november 2024 in Brussel.", "2024-10-20"))
    assert (e["type"], e["date"], e["place"]) == ("meeting", "2024-11-18", "Brussel"), e


def test_shooting_at_opening_fire_raiding_and_knocking_out_systems_are_attacks():
    cases = [
        ("Zaterdagmiddag werd in Kopenhagen geschoten op het cultuurhuis Krudttønden.", "2015-02-16", "2015-02-14"),
        ("In Zahedan openden veiligheidstroepen op vrijdag 30 september na het middaggebed het vuur op demonstranten.",
         "2022-10-05", "2022-09-30"),
        ("Op 26 september jl. werd in de provincie Soum een konvooi van ruim honderdvijftig vrachtwagens met voedsel "
         "overvallen.", "2022-10-05", "2022-09-26"),
        ("Op 23 december legden criminelen met de gijzelsoftware Clop vrijwel alle systemen van de universiteit in "
         "Maastricht plat.", "2020-01-10", "2019-12-23"),
    ]
    assert_typed_and_dated([(text, written, ("attack", day)) for text, written, day in cases])


def test_agreement_reached_polls_and_talks_between_leaders_are_events():
    cases = [
        ("In het Comité van Permanente Vertegenwoordigers (Coreper) is op 20 juni jl. politieke overeenstemming "
         "bereikt over het veertiende sanctiepakket.", "2024-06-24", ("decision", "2024-06-20")),
        ("De overdrachtsregeling die de EU op 6 maart jl. met Kenia overeenkwam, geldt alleen voor Atalanta.",
         "2009-03-20", ("decision", "2009-03-06")),
        ("Op donderdag 6 juni gaan ook de Nederlanders naar de stembus voor het Europees Parlement.", "2024-05-21",
         ("election", "2024-06-06")),
    ]
    assert_typed_and_dated(cases)



def _wrapped(text: str, width: int = 80) -> str:
    """``text`` with every line longer than ``width`` wrapped, as a layout (a PDF print of a web page) does."""
    import textwrap
    return "\n".join(textwrap.fill(line, width, break_long_words=False, break_on_hyphens=False)
                     if len(line) > width else line for line in text.split("\n"))


@pytest.mark.parametrize("name", ["kv-2022Z00384.txt", "kv-2019Z15410.txt"])
def test_a_written_questions_page_wrapped_by_its_layout_keeps_its_fields_apart(corpus_dir, name):
    # wrapped, the page's fields run onto one another's lines ("… in Noordoost-Syrië Ingediend 13 januari 2022",
    # "… (CDA) Onderwerpen internationaal …"); the submission and the answer keep their dates and names
    doc = read_document(corpus_dir / name)
    def questions(d):
        return {(e.attrs["what"], e.attrs["date"], tuple(e.attrs["actors"])) for e in analyse(d).mentions
                if e.kind == "event" and "schriftelijke vragen" in e.attrs["what"]}
    original = questions(doc)
    assert len(original) == 2 and all(actors for _, _, actors in original), original
    doc.text = _wrapped(doc.text)
    assert questions(doc) == original


def test_a_place_struck_in_the_passive_is_where_it_happened_and_disasters_are_events():
    e = only(events("Haïti werd afgelopen dinsdag aan het eind van de middag getroffen door een aardbeving met een "
                    "kracht van 7,0 op de schaal van Richter.", "2010-01-18"))
    assert (e["date"], e["place"]) == ("2010-01-12", "Haïti"), e
    e = only(events("Kabul werd op 3 mei met raketten beschoten.", "2009-05-20"))
    assert (e["type"], e["date"], e["place"]) == ("attack", "2009-05-03", "Kabul"), e
    got = [(m.attrs["date"], m.attrs["place"]) for m in events(
        "In de nacht van donderdag op vrijdag bezweek een dijk langs het Julianakanaal bij de buurtschap Brommelen, "
        "in de gemeente Meerssen.", "2021-07-16")]
    assert got and got[0][0] == "2021-07-15/2021-07-16", got
    # a state of affairs, not a happening: no place, no event
    assert not events("Frankrijk en Duitsland zijn de afgelopen weken opnieuw getroffen door terroristisch geweld.",
                      "2016-08-01")


def test_airdrops_listings_commissions_set_up_stalled_talks_and_fires_are_events():
    cases = [
        ("Een C-130 Hercules van de Koninklijke Luchtmacht heeft op 14 maart voor het eerst hulpgoederen boven de "
         "Gazastrook afgeworpen.", "2024-03-20", ("deployment", "2024-03-14")),
        ("Op 14 oktober jl. heeft het kabinet twee personen aan de nationale sanctielijst terrorisme toegevoegd.",
         "2025-10-30", ("decision", "2025-10-14")),
        ("Interim-president Ahmed al-Sharaa heeft op zondag 9 maart in Damascus een onafhankelijke onderzoekscommissie "
         "ingesteld.", "2025-03-12", ("decision", "2025-03-09")),
        ("In juli 2024 vatten in distributiecentra van DHL in Leipzig pakketten met een brandbaar "
         "ontstekingsmechanisme vlam.", "2024-11-20", ("other", "2024-07")),
    ]
    assert_typed_and_dated(cases)
