"""Dates and periods from real sentences, resolved against the right anchor."""
from hypothesis import given, settings, strategies as st

from kg_builder.document import Document, Part
from kg_builder.extractors.dates import absolute_date, find_dates, normalise_value
from kg_builder.readers import read_document


def values(text: str, date: str | None = "2023-12-20", parts=()) -> dict[str, str | None]:
    doc = Document("t", text)
    doc.meta.date = date
    doc.parts = list(parts)
    out = {}
    for m in find_dates(doc):
        assert doc.text[m.start:m.end] == m.text
        out[m.label] = m.attrs["value"]
    return out


def test_absolute_day_month_year():
    assert values("hebben op 14 oktober 2020 overleg gevoerd")["14 oktober 2020"] == "2020-10-14"


def test_jl_resolves_to_the_last_such_date_before_the_letter():
    v = values("tijdens het commissiedebat over de veiligheidsinzet in Irak van 26 oktober jl., met")
    assert v["26 oktober jl."] == "2023-10-26"


def test_period_with_year_at_the_end_and_jl():
    v = values("In totaal hebben er in de periode 18 oktober tot 12 december jl. ca. 117 aanvallen plaatsgevonden")
    assert "2023-10-18/2023-12-12" in v.values()


def test_month_periods_and_open_starts():
    v = values("Het kabinet heeft besloten tot een aanvullende bijdrage aan NMI van mei 2024 tot en met mei 2025 "
               "in de vorm van een commandant; het zwaartepunt verschuift vanaf januari 2024.")
    assert v["van mei 2024 tot en met mei 2025"] == "2024-05/2025-05"
    assert v["vanaf januari 2024"] == "2024-01"


def test_qualified_months_in_a_period():
    v = values("om vanaf medio februari tot eind juni 2010 achtereenvolgens het fregat in te zetten", "2009-11-13")
    assert "2010-02/2010-06" in v.values()


def test_day_range_without_year_takes_the_nearest_year():
    v = values("over het werkbezoek van 29 april – 2 mei van een delegatie", "2016-09-21")
    assert "2016-04-29/2016-05-02" in v.values()


def test_relative_expressions_use_the_anchor():
    v = values("Een week geleden zag het Islamitisch Verzet in Irak het levenslicht. Vorig jaar niet.", "2023-11-28")
    assert v["Een week geleden"] == "2023-11-21"
    assert v["Vorig jaar"] == "2022"


def test_deadline_after_the_letter_date():
    v = values("ontvangen deze graag uiterlijk vier weken na dagtekening van deze brief.", "2023-11-28")
    assert v["uiterlijk vier weken na dagtekening van deze brief"] == "2023-12-26"


def test_relative_dates_resolve_against_their_part():
    text = "Vastgesteld 27 december 2023. BRIEF. Een week geleden begon het. BRIEF. Op 13 november jl. verhoogd."
    i = text.index("BRIEF. Een")
    j = text.index("BRIEF. Op")
    parts = [Part("letter", i, j, date="2023-11-28"), Part("letter", j, len(text), date="2023-12-20")]
    v = values(text, "2023-12-27", parts)
    assert v["Een week geleden"] == "2023-11-21" and v["13 november jl."] == "2023-11-13"


def test_same_day_and_week_before_refer_to_the_previous_date():
    v = values("Op 6 juli 2016 kwamen twee militairen om. U bent hierover diezelfde dag geïnformeerd.", "2016-10-07")
    assert v["diezelfde dag"] == "2016-07-06"


def test_weekday_evening_before_the_meeting():
    v = values("Afgelopen donderdagavond hebben we ingestemd. Een week daarvoor werden dorpen verwoest.", "2014-10-09")
    assert v["Afgelopen donderdagavond"] == "2014-10-02"
    assert v["Een week daarvoor"] == "2014-09-25"


def test_unresolvable_relative_has_null_value():
    assert values("Aan de orde is het debat van heden.", None)["heden"] is None


def test_years_decades_and_centuries():
    v = values("Sinds 1979 was hij president; vanaf de jaren ’80 mosterdgas; het eerste decennium van de 21ste eeuw "
               "en de periode 2025 tot en met juni 2028.", "2008-12-22")
    assert v["Sinds 1979"] == "1979"
    assert v["vanaf de jaren '80"] == "1980/1989"
    assert "2001/2010" in v.values()
    assert v["de periode 2025 tot en met juni 2028"] == "2025/2028-06"


def test_iso_dates_and_year_ranges():
    v = values("Nummer: 2022D43991, datum: 2022-10-28, bijgewerkt: 2024-02-19 10:56, versie: 3. Inzet 2022-2025.")
    assert v["2022-10-28"] == "2022-10-28" and v["2024-02-19 10:56"] == "2024-02-19"
    assert v["2022-2025"] == "2022/2025"


def test_numbers_that_are_not_years():
    v = values("(Kamerstuk 21 501-02, nr. 2095) met 2000 militairen om 17.00 uur.")
    assert v == {}


def test_document_date_and_parts_from_the_corpus(corpus_dir):
    doc = read_document(corpus_dir / "kst-27925-AL.txt")
    found = {(m.label, m.attrs["value"]) for m in find_dates(doc)}
    assert ("Een week geleden", "2023-11-21") in found
    assert ("8 december jl.", "2023-12-08") in found
    for m in find_dates(doc):
        assert doc.text[m.start:m.end] == m.text


@given(st.dates(), st.sampled_from(["day", "month", "year"]))
def test_normalised_values_round_trip(d, gran):
    iso = d.isoformat()[:{"day": 10, "month": 7, "year": 4}[gran]]
    assert normalise_value(iso) == iso
    assert normalise_value(normalise_value(iso) + "/" + iso) == iso + "/" + iso


@given(st.dates(min_value=__import__("datetime").date(1800, 1, 1), max_value=__import__("datetime").date(2099, 12, 31)))
def test_written_dates_parse_back(d):
    months = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober",
              "november", "december"]
    assert absolute_date(f"{d.day} {months[d.month - 1]} {d.year}") == d.isoformat()


@settings(max_examples=150, deadline=None)
@given(st.text(max_size=200))
def test_never_crashes_and_offsets_hold(text):
    doc = Document("t", text)
    doc.meta.date = "2020-01-01"
    for m in find_dates(doc):
        assert doc.text[m.start:m.end] == m.text
