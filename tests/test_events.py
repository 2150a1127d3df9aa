"""Events: reported meetings, letters, questions, dated occasions and sentences stating a happening,
with date, actors, place, target and threat levels (real corpus sentences)."""
from hypothesis import given, settings, strategies as st

from kg_builder.document import Document
from kg_builder.extractors.dates import find_dates
from kg_builder.extractors.events import find_events
from kg_builder.pipeline import analyse
from kg_builder.readers import read_document


def events(text: str, date: str = "2023-12-20", full: bool = True):
    """Events of ``text`` (a document written on ``date``), with the other extractors' mentions."""
    doc = Document("t", text)
    doc.meta.date = date
    if full:
        out = [m for m in analyse(doc).mentions if m.kind == "event"]
    else:
        out = find_events(doc, find_dates(doc), [])
    for e in out:
        assert doc.text[e.start:e.end] == e.text
    return out


def only(evs):
    assert len(evs) == 1, [e.attrs for e in evs]
    return evs[0].attrs


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
