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


def described(text: str):
    from kg_builder.document import Document
    from kg_builder.metadata import describe
    return describe(Document("t", text))


def test_session_year_with_any_dash():
    for dash in ("-", "\u2013", "\u2014", " - ", "/"):
        doc = described(f"Tweede Kamer der Staten-Generaal\nVergaderjaar 2015{dash}2016\n\n32 623 Iets anders\n")
        assert doc.meta.session_year == "2015-2016", dash


def test_a_date_cue_inside_a_sentence_is_not_the_document_date():
    text = ("Den Haag, 2 maart 2021\n\nDe verkiezingscommissie heeft de uitslag vastgesteld op 9 april 2021, "
            "zo meldde de ambassade.\n")
    assert described(text).meta.date == "2021-03-02"


def test_answer_date_wins_and_questions_keep_their_own_date():
    text = ("Vragen van het lid De Vries (XYZ) aan de Minister van Defensie over mijnenvegers "
            "(ingezonden 3 maart 2022).\n\n"
            "Antwoord van Minister Jansen (Defensie) (ontvangen 28 april 2022).\n\n"
            "Vraag 1\nHoeveel mijnenvegers zijn vorige maand uitgevaren?\n\n"
            "Antwoord 1\nVorige maand voeren er drie uit.\n\n"
            "Vraag 2\nKlopt het bericht van gisteren?\n\nAntwoord 2\nNee.\n")
    doc = described(text)
    assert doc.meta.date == "2022-04-28"
    questions = [p for p in doc.parts if p.kind == "question"]
    assert [(p.title, p.date) for p in questions] == [("Vraag 1", "2022-03-03"), ("Vraag 2", "2022-03-03")]
    assert "Antwoord 1" not in doc.text[questions[0].start:questions[0].end]
    from kg_builder.extractors.dates import find_dates
    found = {(doc.text[m.start:m.end], m.attrs["value"]) for m in find_dates(doc)}
    assert ("vorige maand", "2022-02") in found and ("Vorige maand", "2022-03") in found
    assert ("gisteren", "2022-03-02") in found


def test_aanhangsel_questions_numbered_without_headings_keep_their_date():
    text = ("Aanhangsel van de Handelingen\n\n412\n\nVragen van de leden Smit (VVD) en Bos (PvdA) aan de "
            "minister van Justitie over een politieactie. (Ingezonden 12 november 2030)\n\n1\n"
            "Wilt u de Kamer voor het debat van 24 november a.s. informeren?\n\n"
            "Antwoord van minister Jansen (Justitie). (Ontvangen 6 december 2030)\n\n1\n"
            "Tijdens het debat van 24 november jl. is de Kamer geïnformeerd.\n")
    doc = described(text)
    assert doc.meta.date == "2030-12-06"
    [q] = [p for p in doc.parts if p.kind == "question"]
    assert q.date == "2030-11-12" and doc.text[q.start:q.end].startswith("Vragen van")
    assert "Antwoord van" not in doc.text[q.start:q.end]
    from kg_builder.extractors.dates import find_dates
    found = {(doc.text[m.start:m.end], m.attrs["value"]) for m in find_dates(doc)}
    assert ("24 november a.s.", "2030-11-24") in found and ("24 november jl.", "2030-11-24") in found


def test_questions_and_answers_without_answer_headings():
    text = ("Kamervraag 2030Z01234\n\nIngediend 2 mei 2030\nBeantwoord 30 mei 2030 (na 28 dagen)\n"
            " \u2022 Vraag 1\n  Is de oefening van vorige week doorgegaan?\n\n  Ja, zij is doorgegaan.\n\n"
            " \u2022 Vraag 2\n  Waarom niet eerder?\n\n  Zie antwoord vraag 1.\n")
    doc = described(text)
    assert doc.meta.date == "2030-05-30"
    q = [doc.text[p.start:p.end] for p in doc.parts if p.kind == "question"]
    assert len(q) == 2 and q[0].rstrip().endswith("doorgegaan?") and "Ja," not in q[0]


def test_date_lines_in_other_spellings():
    assert described("Tweede Kamer\nVergaderjaar2017 - 2018\n\nVastgesteld: 3 november 2017\n").meta.date == "2017-11-03"
    assert described("Ministerie van Defensie\nDatum 14 sept. 2018\nBetreft Inzet\n").meta.date == "2018-09-14"
    assert described("'s-Gravenhage, 2 mei 2019\n").meta.date == "2019-05-02"
    assert described("Datum: 03-11-2020\nOnderwerp: oefening\n").meta.date == "2020-11-03"


def test_appendix_number_on_a_line_of_its_own_gives_the_id():
    m = described("Tweede Kamer der Staten-Generaal\nVergaderjaar 2017\u20132018\nAanhangsel van de Handelingen\n"
                  "Vragen gesteld door de leden der Kamer, met de daarop door de regering gegeven antwoorden\n\n"
                  "842\nVragen van het lid De Vries (CDA) aan de Minister van Defensie over munitie "
                  "(ingezonden 9 mei 2018).\n").meta
    assert (m.id, m.number, m.session_year) == ("ah-tk-20172018-842", "842", "2017-2018")


def test_appendix_running_header_gives_the_id():
    m = described("Aanhangsel Handelingen II 2010/11, nr. 3310\nTweede Kamer der Staten-Generaal\n"
                  "Vergaderjaar 2010-2011\n").meta
    assert (m.id, m.number) == ("ah-tk-20102011-3310", "3310")


def test_a_reference_to_another_appendix_is_not_the_documents_id():
    m = described("2021Z01234\n\nVragen van het lid Bakker (D66) (ingezonden 2 februari 2021).\n\nZie ook Aanhangsel "
                  "Handelingen, vergaderjaar 2020\u20132021, nr. 555.\n\n12\n").meta
    assert m.id is None or not m.id.startswith("ah-")


def test_type_in_capitals_ends_where_the_next_column_begins():
    m = described("Tweede Kamer der Staten-Generaal\nVergaderjaar 2009\u20132010\n\n29 521 Nederlandse deelname aan "
                  "vredesmissies\nNr. 140 VERSLAG VAN EEN ALGEMEEN OVERLEG Vastgesteld 12 maart 2010\n").meta
    assert m.type == "verslag van een algemeen overleg"


def test_handelingen_header_with_the_meeting_date_glued_on():
    doc = described("Handeling\n\nDatum publicatieOrganisatieVergaderjaarVergadernummerDatum vergadering\n"
                    "Tweede Kamer der Staten-Generaal2012-2013nr. 74, item 316-04-2013\n\nVragen over Boston.\n")
    assert doc.meta.id == "h-tk-20122013-74-3" and doc.meta.date == "2013-04-16"
    doc = described("Handeling\n\nDatum publicatieOrganisatieVergaderjaarVergadernummerDatum vergadering\n"
                    "Tweede Kamer der Staten-Generaal2014-2015nr. 54, item 417-2-2015\n\nVragen over Kopenhagen.\n")
    assert doc.meta.id == "h-tk-20142015-54-4" and doc.meta.date == "2015-02-17"      # day and month of one digit
