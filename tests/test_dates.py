"""Dates and periods from real sentences, resolved against the right anchor."""
import pytest
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


def test_numeric_day_month_year():
    v = values("De patrouille van 03-04-2022 en die van 7/5/2021; gemeld op 1.2.2020 en 31-02-2020.")
    assert v == {"03-04-2022": "2022-04-03", "7/5/2021": "2021-05-07", "1.2.2020": "2020-02-01"}


def test_coordinated_days_are_one_period_when_consecutive_else_one_date_each():
    v = values("de oefeningen op 9 en 10 maart 2022, op 3, 4 en 5 mei 2022 en op 2 en 6 april 2022", "2022-06-01")
    assert v["9 en 10 maart 2022"] == "2022-03-09/2022-03-10"
    assert v["3, 4 en 5 mei 2022"] == "2022-05-03/2022-05-05"
    assert v["2 april 2022"] == "2022-04-02" and v["6 april 2022"] == "2022-04-06"
    assert values("tijdens de top van 27 en 28 februari jl.", "2022-06-01")["27 en 28 februari jl."] == \
        "2022-02-27/2022-02-28"


def test_ranges_of_days_and_between():
    v = values("van 3 tot en met 6 mei werd geoefend, van 4 t/m 8 juni volgt meer. Tussen 2 en 9 februari "
               "en tussen 12 december 2021 en 3 januari 2022 was het rustig.", "2022-05-20")
    assert v["van 3 tot en met 6 mei"] == "2022-05-03/2022-05-06"
    assert v["van 4 t/m 8 juni"] == "2022-06-04/2022-06-08"
    assert v["Tussen 2 en 9 februari"] == "2022-02-02/2022-02-09"
    assert v["tussen 12 december 2021 en 3 januari 2022"] == "2021-12-12/2022-01-03"


def test_a_night_spans_two_days():
    v = values("In de nacht van 30 op 31 maart 2022 werd een tanker aangevallen.")
    assert v == {"In de nacht van 30 op 31 maart 2022": "2022-03-30/2022-03-31"}


def test_a_list_of_numbers_before_a_date_is_no_list_of_days():
    v = values("(Kamerstuk 30 000, nr. 12, 3 juli 2021) en meer dan 20 op 5 mei 2022")
    assert v == {"3 juli 2021": "2021-07-03", "5 mei 2022": "2022-05-05"}


def test_month_with_a_relative_year():
    v = values("Sinds maart, in april vorig jaar, in januari van dit jaar en op 15 november vorig jaar.", "2022-05-20")
    assert v["Sinds maart"] == "2022-03"
    assert v["april vorig jaar"] == "2021-04" and v["januari van dit jaar"] == "2022-01"
    assert v["15 november vorig jaar"] == "2021-11-15"


def test_since_a_month_lies_in_the_past():
    assert values("Sinds november is de inzet verdubbeld.", "2022-02-10")["Sinds november"] == "2021-11"


def test_a_day_without_year_shares_the_year_of_its_partner():
    v = values("op 3 mei en 4 juni 2019 kwam de raad bijeen", "2022-05-20")
    assert v["3 mei"] == "2019-05-03" and v["4 juni 2019"] == "2019-06-04"


def test_amounts_of_time_ago_and_later():
    v = values("precies een maand geleden, twee jaar geleden, drie dagen geleden, ruim een week geleden",
               "2022-05-20")
    assert v == {"precies een maand geleden": "2022-04-20", "twee jaar geleden": "2020-05-20",
                 "drie dagen geleden": "2022-05-17", "ruim een week geleden": "2022-05-13"}
    v = values("Op 6 juli 2016 viel het konvooi aan. Drie dagen later volgde een tweede aanval.", "2016-10-07")
    assert v["Drie dagen later"] == "2016-07-09"


def test_past_and_coming_spans_of_time():
    v = values("de afgelopen zes maanden, de komende twee jaar en de laatste 3 weken", "2022-05-20")
    assert v == {"de afgelopen zes maanden": "2021-11/2022-05", "de komende twee jaar": "2022/2024",
                 "de laatste 3 weken": "2022-04-29/2022-05-20"}
    assert values("de afgelopen maanden", "2022-05-20") == {"de afgelopen maanden": None}


def test_weeks_are_monday_to_sunday():
    v = values("volgende week, vorige week en deze week", "2022-05-20")   # a Friday
    assert v == {"volgende week": "2022-05-23/2022-05-29", "vorige week": "2022-05-09/2022-05-15",
                 "deze week": "2022-05-16/2022-05-22"}


def test_seasons_are_valued_by_their_year():
    v = values("In het voorjaar begon de missie; afgelopen winter was het rustig; komende zomer volgt de "
               "evaluatie, net als in het najaar van 2021 en de Arabische Lente.", "2022-05-20")
    assert v == {"In het voorjaar": "2022", "afgelopen winter": "2021", "komende zomer": "2022",
                 "najaar van 2021": "2021"}


def test_ordinals_abbreviated_months_and_session_years():
    v = values("op 1e mei 2021, 3 jan. 2022 en 5 sept. 2021 (d.d. 7 juli 2021); Vergaderjaar 2021\u20132022; "
               "Tweede Kamer, vergaderjaar 2021-2022, 31 000, nr. 5; de inzet 2022\u20132025", "2022-05-20")
    assert v == {"1e mei 2021": "2021-05-01", "3 jan. 2022": "2022-01-03", "5 sept. 2021": "2021-09-05",
                 "7 juli 2021": "2021-07-07", "2022-2025": "2022/2025"}


def test_a_full_month_name_does_not_take_the_full_stop():
    v = values("De inzet loopt tot en met 31 december 2024. Op 4 sept. volgt meer; 5 mrt en mei niet.")
    assert v == {"tot en met 31 december 2024": "2024-12-31", "4 sept.": "2023-09-04"}


def test_decades_in_words():
    assert values("sinds de jaren negentig", "2023-01-01") == {"sinds de jaren negentig": "1990/1999"}


def test_absolute_dates_in_other_spellings():
    assert absolute_date("1e mei 2021") == "2021-05-01"
    assert absolute_date("3 nov. 2020") == "2020-11-03"
    assert absolute_date("03-11-2020") == "2020-11-03"
    assert absolute_date("11 en 12 juli 2023") is None and absolute_date("juli 2023") is None


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


def test_future_amounts_of_time_from_the_anchor():
    v = values("Het fregat keert over vijf weken terug; over twee maanden volgt een evaluatie.", "2021-06-02")
    assert v["over vijf weken"] == "2021-07-07"
    assert v["over twee maanden"] == "2021-08"


def test_within_is_a_deadline_only_when_the_sentence_speaks_of_the_future():
    v = values("Het kabinet zal binnen drie weken een besluit nemen.", "2021-06-02")
    assert v["binnen drie weken"] == "2021-06-02/2021-06-23"
    assert "binnen twee dagen" not in values("De stad viel binnen twee dagen.", "2021-06-02")


def test_half_years_quarters_and_halves():
    v = values("Over het voorbije halfjaar meldt de commandant weinig. In het tweede kwartaal van 2017 en "
               "in de laatste helft van 2018 nam de dreiging toe; het derde kwartaal volgt.", "2019-04-15")
    assert v["Over het voorbije halfjaar"[5:]] == "2018-10/2019-04"
    assert v["In het tweede kwartaal van 2017"] == "2017-04/2017-06"
    assert v["in de laatste helft van 2018"] == "2018-07/2018-12"
    assert v["het derde kwartaal"] == "2019-07/2019-09"
    assert "2017" not in v and "2018" not in v


def test_start_middle_and_end_of_a_year_are_valued_by_the_year():
    v = values("De bouw start begin 2027, loopt medio 2028 door en eindigt eind 2029.", "2026-01-05")
    assert (v["begin 2027"], v["medio 2028"], v["eind 2029"]) == ("2027", "2028", "2029")


def test_weekdays_resolve_to_a_day_near_the_anchor():
    v = values("De commandant heeft woensdag de kazerne bezocht. Zaterdag zal de eenheid vertrekken. "
               "Dinsdag volgende week spreekt de Raad; vorige week maandag was er een incident.", "2022-09-08")
    assert v["woensdag"] == "2022-09-07"
    assert v["Zaterdag"] == "2022-09-10"
    assert v["Dinsdag volgende week"] == "2022-09-13"
    assert v["vorige week maandag"] == "2022-08-29"


def test_recurring_and_dated_weekdays_are_no_bare_weekdays():
    v = values("Elke vrijdag overlegt de staf; op vrijdag 9 september 2022 niet.", "2022-09-08")
    assert "vrijdag" not in v and v["vrijdag 9 september 2022"] == "2022-09-09"


def test_summary_of_a_meeting_resolves_against_the_meeting_date():
    from kg_builder.metadata import describe
    text = ("Vastgesteld 30 mei 2011\n\nDe vaste commissie heeft op 11 mei 2011 overleg gevoerd met de minister.\n\n"
            "De minister meldt dat vorige week een patrouille werd beschoten en dat over drie weken een "
            "nieuwe rotatie volgt.\n")
    doc = describe(Document("t", text))
    out = {m.label: m.attrs["value"] for m in find_dates(doc)}
    assert out["vorige week"] == "2011-05-02/2011-05-08"
    assert out["over drie weken"] == "2011-06-01"


def test_a_present_tense_copula_is_no_past_cue():
    assert values("De Raad is maandag in Luxemburg bijeen.", "2024-10-10")["maandag"] == "2024-10-07"
    assert values("De top is dinsdag in Vilnius geopend.", "2024-10-10")["dinsdag"] == "2024-10-08"
    assert values("De top is vrijdag in Vilnius, zo meldt de minister.", "2024-10-08")["vrijdag"] == "2024-10-11"


def test_a_quarter_of_a_named_year_is_absolute():
    doc = Document("t", "In het tweede kwartaal van 2017 en het derde kwartaal nam de dreiging toe.")
    doc.meta.date = "2019-04-15"
    rel = {m.label: m.attrs["relative"] for m in find_dates(doc)}
    assert rel == {"In het tweede kwartaal van 2017": False, "het derde kwartaal": True}
    assert values("De eerste helft van 2015 was rustig.", None) == {"De eerste helft van 2015": "2015-01/2015-06"}


def test_the_whole_year_is_the_anchor_year():
    v = values("De inzet liep het hele jaar door; in het gehele jaar 2021 was dat anders.", "2022-05-20")
    assert v["het hele jaar door"] == "2022" and v["2021"] == "2021"


def test_the_weekend_before_or_after_and_the_same_morning():
    from kg_builder.document import Document
    from kg_builder.extractors.dates import find_dates

    def values(text, written):
        doc = Document("t", text)
        doc.meta.date = written
        return [d.attrs["value"] for d in find_dates(doc)]
    assert values("Afgelopen weekend zijn drones gezien.", "2024-11-22") == ["2024-11-16/2024-11-17"]
    assert values("Het komend weekend volgt een oefening.", "2024-11-22") == ["2024-11-23/2024-11-24"]
    assert values("Op 6 augustus viel de basis aan. De aanval werd dezelfde ochtend opgeëist.", "2024-08-20") == \
        ["2024-08-06", "2024-08-06"]


def test_the_same_day_points_back_to_a_happening_not_to_a_letter():
    from kg_builder.document import Document
    from kg_builder.extractors.dates import find_dates
    doc = Document("t", "Op 6 augustus werd de basis aangevallen. Zie de brief van 3 november 2023. "
                        "De aanval werd dezelfde ochtend opgeëist.")
    doc.meta.date = "2024-08-20"
    assert [d.attrs["value"] for d in find_dates(doc)][-1] == "2024-08-06"


def test_a_day_without_year_follows_the_tense_of_its_sentence():
    v = values("Op 3 mei heeft de militie het dorp aangevallen.\nOp 4 april hebben zij zich teruggetrokken.\n"
               "Op 2 februari wordt de missie verlengd.", date="2023-12-20")
    assert v["3 mei"] == "2023-05-03" and v["4 april"] == "2023-04-04"     # past, not the nearest
    assert v["2 februari"] == "2024-02-02"


def test_the_papers_own_vergaderjaar_is_a_date_a_cited_one_is_not():
    text = ("Tweede Kamer der Staten-Generaal\nVergaderjaar 2024-2025\n\nZie Kamerstukken II, vergaderjaar "
            "2019-2020, 27 925, nr. 700.\nVergaderjaar 2024-2025\n")
    found = [m for m in find_dates(Document("t", text)) if m.attrs["value"] == "2024/2025"]
    assert len(found) == 1 and found[0].start == text.index("2024-2025")
    assert "2019-2020" not in values(text)


def test_the_same_day_points_back_to_a_happening_not_to_a_deadline():
    v = values("Op 14 april 2021 kondigde de president aan dat de troepen uiterlijk 11 september 2021 vertrekken. "
               "De bondgenoten besloten dezelfde dag hetzelfde.", "2021-06-30")
    assert v["dezelfde dag"] == "2021-04-14"


def test_last_night_and_the_day_after_a_stated_day():
    v = values("De militairen zijn gisteravond geland. Op 3 maart werd hij aangehouden. De volgende dag "
               "werd zijn woning doorzocht.", "2024-03-10")
    assert v["gisteravond"] == "2024-03-09" and v["De volgende dag"] == "2024-03-04"
    v = values("Op 16 mei werd de ambassadeur ontboden. De ambassade heeft de beschuldigingen de dag daarna "
               "ontkend.", "2024-06-01")
    assert v["de dag daarna"] == "2024-05-17"


def test_tomorrow_but_not_the_morning():
    v = values("Morgen komen de regeringsleiders bijeen. In de morgen van 7 oktober vielen zij aan.", "2024-03-10")
    assert v["Morgen"] == "2024-03-11" and "morgen" not in {k.lower() for k in v if k != "Morgen"}


def test_a_month_of_that_year_takes_the_year_of_the_date_before():
    v = values("De opmars begon in de zomer van 2014; de strijd om Kobani volgde in oktober van dat jaar. In maart "
               "2012 viel de stad; in oktober van datzelfde jaar begon het beleg.", "2016-01-10")
    assert v["oktober van dat jaar"] == "2014-10" and v["oktober van datzelfde jaar"] == "2012-10"


def test_an_aanhangsel_header_its_number_line_and_resolution_numbers():
    v = values("Tweede Kamer der Staten-Generaal      Vergaderjaar 2023–2024\n2011\n\nTer uitvoering van resolutie "
               "1973 van de VN-Veiligheidsraad en VN-resolutie 2334 gebeurde dat in 2016.")
    assert v == {"2023-2024": "2023/2024", "in 2016": "2016"}, v       # labels use a plain hyphen


def test_end_of_a_year_is_that_year_and_sessions_in_citations_are_no_dates():
    # "eind dit jaar", like "eind 2023" and "begin 2014", by the year (as most annotations value it);
    # "het einde van het jaar" names December
    v = values("Dat gebeurt eind 2023. Eind vorig jaar begon het. Het schip is eind dit jaar klaar. Het komende jaar "
               "blijft zwaar. Medio 2014 viel de stad. Zie Aanhangsel Handelingen II 2023/24, nr. 1298. ISSN 0168-6291 "
               "'s-Gravenhage 2024")
    assert v == {"eind 2023": "2023", "Eind vorig jaar": "2022", "eind dit jaar": "2023",
                 "Het komende jaar": "2024", "Medio 2014": "2014"}, v
    assert values("Dat is klaar aan het einde van het jaar.") == {"het einde van het jaar": "2023-12"}


def test_a_bare_month_before_a_weak_past_verb_is_the_last_one():
    assert values("In mei begeleidden twee toestellen een bommenwerper.", "2025-12-03")["mei"] == "2025-05"
    assert values("In maart blokkeerden zij de weg.", "2025-12-03")["maart"] == "2025-03"
    assert values("In mei begeleiden twee toestellen een bommenwerper.", "2025-12-03")["mei"] == "2026-05"


def test_that_morning_and_the_evening_after_follow_the_date_before():
    v = values("Op 15 november 2021 testte Rusland een raket. De bemanning moest die ochtend schuilen.", "2022-01-10")
    assert v["die ochtend"] == "2021-11-15"
    v = values("Vorige week donderdag en de avond erna werd de luchthaven gesloten.", "2025-10-08")
    assert v["de avond erna"] == "2025-10-03"


def test_first_months_and_half_year_of_a_year_and_a_date_inside_a_since_clause():
    v = values("Het aantal aanvallen daalde in de eerste tien maanden van 2012. In het eerste halfjaar van 2023 "
               "werden twaalf zaken behandeld.", "2025-06-20")
    assert "2012-01/2012-10" in v.values() and "2023-01/2023-06" in v.values()
    v = values("Sinds het instorten van het dak van het station op 1 november, waarbij 16 mensen omkwamen, gaan "
               "studenten de straat op.", "2025-06-20")
    assert v["1 november"] == "2024-11-01"                 # "Sinds …": before the text was written
    assert values("Het dak stortte op 1 november in.", "2025-06-20")["1 november"] == "2024-11-01"


def test_a_weak_past_verb_after_a_day_puts_it_before_the_text():
    assert values("Op 20 december bestelde Defensie munitie.", "2025-06-10")["20 december"] == "2024-12-20"
    assert values("Op 20 maart keurde de Raad het plan goed.", "2025-12-10")["20 maart"] == "2025-03-20"


def test_header_rows_with_glued_session_dossier_and_meeting_date():
    v = values("Tweede Kamer der Staten-Generaal2010-201128676 nr. 118\n\nDe NAVO-top vond plaats.")
    assert v["2010-2011"] == "2010/2011"
    v = values("Datum publicatieOrganisatieVergaderjaarVergadernummerDatum vergadering\n"
               "Tweede Kamer der Staten-Generaal2012-2013nr. 74, item 316-04-2013\n\nGisteren ontploften twee bommen.",
               date=None)
    assert v["16-04-2013"] == "2013-04-16"
    assert v["2012-2013"] == "2012/2013"                  # the vergaderjaar before a glued "nr."


def test_vanaf_a_month_starts_then_whatever_the_verbs_tense():
    v = values("Het kabinet heeft besloten vanaf medio juni een transportvliegtuig beschikbaar te stellen.", "2006-05-19")
    assert v["vanaf medio juni"] == "2006-06"


def test_a_weekday_takes_the_tense_of_its_own_clause():
    v = values("Het kabinet heeft besloten dat maandag de vlaggen halfstok hangen.", "2011-07-23")
    assert v["maandag"] == "2011-07-25"
    v = values("Het kabinet zal besluiten dat maandag de vlaggen halfstok werden gehangen.", "2011-07-23")
    assert v["maandag"] == "2011-07-18"


def test_a_papers_day_without_year_lies_before_whatever_the_sentence_plans():
    v = values("De fractie steunt de inzet die in de brief van 18 januari wordt beschreven, maar wil weten hoe lang "
               "die steun gaat duren.", "2013-01-24")
    assert v["18 januari"] == "2013-01-18"


def test_last_night_is_the_night_before_the_text():
    assert values("Defensie heeft afgelopen nacht 152 mensen geëvacueerd.", "2023-04-24") == {
        "afgelopen nacht": "2023-04-23/2023-04-24"}


def test_days_later_count_from_the_night_s_last_day_and_a_paper_received_dates_nothing():
    v = values("In de nacht van 22 op 23 september lag de luchthaven stil. Twee dagen later volgde Aalborg. Vlak "
               "daarvoor viel de stroom uit; dezelfde dag volgde een storing.", "2025-10-01")
    assert v["Twee dagen later"] == "2025-09-25" and v["dezelfde dag"] == "2025-09-25"
    v = values("In de nacht van 8 op 9 september stortte in Moskou een flatgebouw in; vier dagen later werd een flat "
               "aan de Kasjirskoje-snelweg opgeblazen.", "1999-09-20")
    assert v["vier dagen later"] == "1999-09-13"
    v = values("In de nacht van 9 op 10 september drongen drones het luchtruim binnen. Polen vroeg dezelfde dag om "
               "consultaties.", "2025-10-01")
    assert v["dezelfde dag"] == "2025-09-10"         # the day the night ends
    v = values("Hierbij informeer ik u over de bijeenkomst op 15 oktober jl. in Brussel. De agenda ontving u op 8 "
               "oktober jl. Voorafgaand aan de bijeenkomst kwam die ochtend de groep bijeen.", "2025-10-21")
    assert v["die ochtend"] == "2025-10-15"


def test_a_month_takes_the_tense_of_its_own_coordinated_clause():
    v = values("Nederland heeft vorig jaar twee experts geleverd en stuurt er begin december nog twee.", "2024-10-23")
    assert v == {"vorig jaar": "2023", "begin december": "2024-12"}


def test_a_year_after_tot_en_met_is_a_year_even_before_a_plural_word():
    assert values("Nederland blijft tot en met 2024 bijdragen aan het fonds.", "2021-03-01") == {"tot en met 2024": "2024"}
    assert values("Met 2000 militairen gaan zij.", "2021-03-01") == {}


def test_two_named_weekdays_make_a_period():
    v = values("Tijdens de top in Riga, afgelopen woensdag en donderdag, is gesproken over de oostgrens. Komende "
               "vrijdag tot en met zondag wordt geoefend.", "2023-03-03")
    assert v == {"afgelopen woensdag en donderdag": "2023-03-01/2023-03-02",     # written on a Friday:
                 "Komende vrijdag tot en met zondag": "2023-03-10/2023-03-12"}     # the coming one is next week's


def test_a_date_of_what_is_announced_to_be_done_lies_ahead():
    v = values("China heeft aangekondigd van 4 tot en met 6 juli schietoefeningen te houden in de Gele Zee.", "2022-06-20")
    assert v["van 4 tot en met 6 juli"] == "2022-07-04/2022-07-06"
    v = values("China heeft op 4 juli schietoefeningen gehouden.", "2022-06-20")
    assert v["4 juli"] == "2021-07-04"
    v = values("Twee dagen later kondigde de groep een bestand af, en op 9 mei maakte zij bekend de strijd te staken.",
               "2022-06-20")
    assert v["9 mei"] == "2022-05-09"                   # the announcing word sits in another clause


def test_days_later_count_from_the_end_of_days_told_before():
    v = values("Op 10 en 11 april werden stellingen aangevallen. Vijf dagen later werd een toestel neergeschoten.",
               "2025-05-01")
    assert v["Vijf dagen later"] == "2025-04-16"


def test_last_night_said_as_vannacht_is_the_night_before_the_text():
    assert values("De NCTV staat sinds vannacht in contact met de Britse collega's.", "2017-05-23") == {
        "vannacht": "2017-05-22/2017-05-23"}


def test_named_days_of_the_year():
    assert values("Op eerste kerstdag probeerde hij een bom te laten ontploffen.", date="2010-01-05") == \
        {"eerste kerstdag": "2009-12-25"}
    assert values("In de nacht van oudejaarsavond 2015 werden honderden aangiftes gedaan.") == \
        {"oudejaarsavond 2015": "2015-12-31"}
    assert values("Rond Koningsdag is er extra bewaking.", date="2024-04-20") == {"Koningsdag": "2024-04-27"}


def test_the_same_night_a_night_between_weekdays_and_hours_before():
    v = values("Op 11 december schoot een man drie mensen dood. Nog dezelfde nacht verhoogde de regering het "
               "dreigingsniveau.", "2018-12-14")
    assert v["dezelfde nacht"] == "2018-12-11/2018-12-12"
    v = values("In de nacht van 15 op 16 november werd het hek geforceerd. Dezelfde nacht werden drones gezien.",
               "2025-11-20")
    assert v["Dezelfde nacht"] == "2025-11-15/2025-11-16"
    # written on a Tuesday: the night told is last week's, unless the clause speaks of what is to come
    assert values("In de nacht van donderdag op vrijdag vuurden twee schepen raketten af.", "2017-04-11") == {
        "In de nacht van donderdag op vrijdag": "2017-04-06/2017-04-07"}
    assert values("In de nacht van donderdag op vrijdag zal het konvooi vertrekken.", "2017-04-11") == {
        "In de nacht van donderdag op vrijdag": "2017-04-13/2017-04-14"}
    v = values("Op 4 september jl. hield de politie drie verdachten aan. Enkele uren eerder had de Deense dienst acht "
               "mannen aangehouden.", "2007-09-10")
    assert v["Enkele uren eerder"] == "2007-09-04"


def test_a_day_without_year_lies_before_the_text_when_a_past_form_of_an_event_verb_tells_it():
    assert values("Op 3 mei vielen de rebellen de stad Goma aan.", "2013-11-25") == {"3 mei": "2013-05-03"}
    assert values("De reden is dat op 3 mei de verkiezingen plaatsvinden.", "2013-11-25") == {"3 mei": "2014-05-03"}


def test_a_date_the_letter_told_something_on_is_no_anchor_for_die_ochtend():
    v = values("Op 25 december probeerde hij een explosief te ontsteken. Zoals wij u op 30 december jl. hebben gemeld, "
               "was hij die ochtend uit Lagos op Schiphol aangekomen.", "2010-01-10")
    assert v["die ochtend"] == "2009-12-25", v


def test_a_span_ahead_is_no_happening_a_later_date_counts_from():
    v = values("Het akkoord werd op 9 juni in Kumanovo ondertekend. Daarin is vastgelegd dat alle eenheden binnen "
               "elf dagen uit Kosovo vertrekken. Een dag later nam de VN-Veiligheidsraad resolutie 1244 aan.",
               date="1999-06-14")
    assert v["Een dag later"] == "1999-06-10", v


def test_a_month_still_under_way_counts_as_ahead():
    v = values("De compagnie zal naar verwachting eind juni naar Ploče worden overgebracht.", date="1995-06-20")
    assert v["eind juni"] == "1995-06", v
    v = values("De eerste troepen zouden medio april in Durrës aan land gaan.", date="1997-04-03")
    assert v["medio april"] == "1997-04", v


def test_a_weak_past_form_tells_the_tense_of_a_bare_day():
    v = values("Zo doodde Benjamin Herman op 29 mei in Luik twee politieagentes.", date="2018-12-14")
    assert v["29 mei"] == "2018-05-29", v
    v = values("Eind december dreigde de vicepresident de Straat te sluiten als de export zou worden getroffen.",
               date="2012-01-20")
    assert v["Eind december"] == "2011-12", v


def test_the_end_of_this_year_is_its_last_month_end_this_year_the_year():
    v = values("Ik zal uw Kamer voor het einde van dit jaar informeren. Eind dit jaar is het klaar.", date="2011-09-05")
    assert (v["het einde van dit jaar"], v["Eind dit jaar"]) == ("2011-12", "2011"), v


def test_earlier_or_later_that_year_takes_the_year_of_the_date_before():
    v = values("In januari 2013 begon de operatie. Eerder dat jaar hadden Franse troepen de steden bevrijd. In "
               "oktober van dat jaar volgde MINUSMA.", date="2014-04-11")
    assert (v["Eerder dat jaar"], v["oktober van dat jaar"]) == ("2013", "2013-10"), v


def test_a_day_named_again_without_its_year_keeps_it_unless_marked_jl():
    v = values("Het kabinet trekt de eenheid per 1 mei 2019 terug. Ontstaat er na 1 mei een periode zonder zicht?",
               date="2018-11-20")
    assert v["1 mei"] == "2019-05-01", v
    v = values("Zij ondertekenden het op 1 januari 2024 in Addis Abeba. Per 1 januari jl. geldt het.", date="2025-01-23")
    assert v["Per 1 januari jl."] == "2025-01-01", v


@pytest.mark.parametrize("text, session", [
    ("Tweede Kamer der Staten-Generaal | Vergaderjaar 2025-2026 | nr. 41, item 9 | Datum vergadering 22 januari 2026",
     "2025-2026"),
    ("TWEEDE KAMER DER STATEN-GENERAAL VERGADERJAAR 2004–2005", "2004–2005"),
])
def test_the_papers_session_in_a_header_table_or_in_capitals(text, session):
    assert values(text, date="2024-03-01")[session.replace("–", "-")] == session.replace("–", "/").replace("-", "/")


def test_a_number_on_the_line_before_is_no_first_day_of_a_list():
    v = values("Vraag 2\n2\nOp 3 september heb ik de aanslag veroordeeld.", date="2004-09-20")
    assert v == {"3 september": "2004-09-03"}, v


def test_a_shift_with_its_date_in_apposition_means_that_date():
    v = values("Op 21 oktober viel een man een school aan en twee dagen later een kerk. Drie dagen later, op "
               "maandagavond 16 oktober, schoot een man in Brussel. Een week eerder, op 6 oktober jl., gijzelden zes "
               "gedetineerden bewakers.", "2023-10-30")
    assert (v["Drie dagen later"], v["Een week eerder"]) == ("2023-10-16", "2023-10-06"), v


def test_the_evening_before_and_a_meeting_number_that_is_no_day():
    v = values("Tijdens het algemeen overleg van 10 november jl. hebben wij toegezegd u te informeren over de aanslagen "
               "die de avond ervoor in Amman werden gepleegd.", "2005-11-24")
    assert v["de avond ervoor"] == "2005-11-09"
    # "nr. 14, dinsdag 29 oktober 2002": the meeting's number is no day of a list; the weekday stays in the date
    assert values("Vergadering nr. 14, dinsdag 29 oktober 2002", "2002-10-29") == {"dinsdag 29 oktober 2002": "2002-10-29"}
