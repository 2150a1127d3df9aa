"""Events: the meeting a verslag reports, dated occasions, trigger sentences."""
from kg_builder.document import Document
from kg_builder.extractors.dates import find_dates
from kg_builder.extractors.events import find_events
from kg_builder.readers import read_document


def events(text: str, date: str = "2023-12-20"):
    doc = Document("t", text)
    doc.meta.date = date
    out = find_events(doc, find_dates(doc), [])
    for e in out:
        assert doc.text[e.start:e.end] == e.text
    return out


def test_reported_meeting_with_committees_and_ministers(corpus_dir):
    doc = read_document(corpus_dir / "kst-27925-749.txt")
    evs = find_events(doc, find_dates(doc), [])
    meeting = next(e for e in evs if e.attrs["type"] == "meeting")
    assert meeting.attrs["date"] == "2020-10-14"
    assert {"vaste commissie voor Buitenlandse Zaken", "vaste commissie voor Defensie", "Bijleveld-Schouten",
            "Blok"} <= set(meeting.attrs["actors"])


def test_threat_level_change_with_levels():
    (e,) = events("Op 13 november jl. is het dreigingsniveau voor drones en indirect vuur op Iraakse locaties "
                  "verhoogd van significant naar hoog.")
    assert e.attrs["type"] == "threat_level_change" and e.attrs["date"] == "2023-11-13"
    assert (e.attrs["from_level"], e.attrs["to_level"]) == ("significant", "hoog")


def test_airstrike_with_actor_and_place():
    (e,) = events("Zo voerde de VS op 22 november jl. luchtaanvallen uit op wapendepots van Kata'ib Hezbollah "
                  "in Jurf al-Nasr ten zuidoosten van Bagdad.")
    assert e.attrs["date"] == "2023-11-22" and e.attrs["type"] == "strike"
    assert "Jurf al-Nasr" in (e.attrs["place"] or "") or "Jurf al-Nasr" in e.attrs["actors"]


def test_named_occasion_in_a_letter_list():
    evs = events("• de brief d.d. 9 januari 2020 inzake geannoteerde agenda Raad Buitenlandse Zaken van "
                 "20 januari 2020 (Kamerstuk 21 501-02, nr. 2101);", "2020-03-06")
    assert [e.attrs["date"] for e in evs] == ["2020-01-20"]


def test_letter_dates_and_sentences_without_trigger_are_not_events():
    assert events("De Minister heeft op 7 juli 2023 een brief gestuurd. Het weer was op 8 juli 2023 mooi.") == []
