"""Document metadata and parts read from the text of real corpus documents."""
import pytest

from kg_builder.readers import discover, read_document


@pytest.fixture(scope="module")
def docs(corpus_dir):
    return {p.stem: read_document(p, h) for p, h in discover([corpus_dir]) if p.suffix == ".txt"}


def test_eerste_kamer_verslag(docs):
    m = docs["kst-27925-AL"].meta
    assert (m.id, m.dossiers, m.number, m.chamber, m.date, m.type, m.title) == (
        "kst-27925-AL", ["27925"], "AL", "Eerste Kamer", "2023-12-27", "verslag van een schriftelijk overleg",
        "Bestrijding internationaal terrorisme")


def test_letters_inside_a_verslag(docs):
    letters = [p for p in docs["kst-27925-AL"].parts if p.kind == "letter"]
    assert [(p.date, p.place) for p in letters] == [("2023-11-28", "Den Haag"), ("2023-12-20", "Den Haag")]
    assert letters[0].addressee == "de minister van Buitenlandse Zaken"
    sig = {s["name"]: s["role"] for s in letters[1].signatories}
    assert sig == {"drs. K.H. Ollongren": "De minister van Defensie",
                   "Hanke Bruins Slot": "De minister van Buitenlandse Zaken"}
    text = docs["kst-27925-AL"].text
    for s in letters[1].signatories:
        assert text[s["start"]:s["end"]] == s["name"]


def test_meeting_transcript_is_dated_by_the_meeting(docs):
    parts = docs["kst-27925-931"].parts
    assert [(p.kind, p.date) for p in parts] == [("transcript", "2022-12-15")]


def test_ids_of_other_document_forms(docs):
    assert docs["kst-35925-V-19"].meta.dossiers == ["35925-V"]
    assert docs["h-tk-20132014-107-9"].meta.id == "h-tk-20132014-107-9"
    assert docs["h-tk-20132014-107-9"].meta.number == "107"
    assert docs["kv-2019Z15410"].meta.id == "kv-tk-2019Z15410"
    assert docs["kst-29521-403"].meta.dossiers == ["29521", "34952"]
    assert docs["kst-29521-327"].meta.session_year == "2016-2017"


def test_metadata_matches_gold(docs, gold_dir):
    import json
    fields = ("id", "dossiers", "number", "chamber", "session_year", "date")
    wrong = []
    for stem, doc in docs.items():
        gold = json.loads((gold_dir / f"{stem}.json").read_text())["document"]
        wrong += [(stem, f) for f in fields if gold[f] != doc.meta.as_gold()[f]]
    assert wrong == []
