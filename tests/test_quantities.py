"""Quantities from real sentences; numbers that identify rather than count are skipped."""
from types import SimpleNamespace

from hypothesis import given, settings, strategies as st

from kg_builder.document import Document
from kg_builder.extractors.quantities import extract_quantities, find_quantities
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


def units(text: str) -> dict[str, tuple]:
    return {m.label: (m.attrs["value"], m.attrs["unit"]) for m in find_quantities(Document("t", text))}


def test_money_before_and_after_the_amount():
    q = units("De missie kost € 12,7 miljoen in 2031 en EUR 4 mln. daarna; samen ruim 16,7 miljoen euro. "
              "Het fonds krijgt \u20ac\u00a0250.000 en $ 1,2 miljard.")
    assert q["€ 12,7 miljoen"] == (12700000, "EUR")
    assert q["EUR 4 mln."] == (4000000, "EUR")
    assert q["ruim 16,7 miljoen euro"] == (16700000, "EUR")
    assert q["\u20ac 250.000"] == (250000, "EUR") and q["$ 1,2 miljard"] == (1200000000, "USD")


def test_capitalised_plurals_after_a_number_count_people():
    q = found("Bij de beschieting zijn ten minste 45 Jemenieten gedood en werden 2.300 Nederlanders en "
              "12 Syriërs geëvacueerd; ook 4 F-16's stegen op.")
    assert {45, 2300, 12, 4} <= set(q.values())


def test_headings_and_names_with_number_words_are_not_counted():
    q = found("2 Ontwikkelingen in de regio\nHet fregat Hr.Ms. De Vier Winden voer uit met de Zeven Zeeën "
              "Groep. Twee Belgen raakten gewond.")
    assert list(q.values()) == [2] and list(q)[0].startswith("Twee Belgen")


def test_both_ends_of_a_range_count_the_same_thing():
    q = {m.label: (m.attrs["value"], m.attrs["of"]) for m in find_quantities(Document(
        "t", "Er worden van circa 40 tot hooguit 75 mariniers ingezet, voor tussen 2 en 3 miljoen euro."))}
    assert q["circa 40"] == (40, q["hooguit 75 mariniers ingezet"][1])
    assert q["2"][0] == 2000000 and q["3 miljoen euro"][0] == 3000000
    assert found("Er varen 3 à 4 mijnenjagers uit.") == {"3": 3, "4 mijnenjagers": 4}


def test_numbers_of_tables_and_figures_are_identifiers():
    assert found("Zie tabel 3 Uitgaven en figuur 2 Ontwikkelingen in de bijlage.") == {}


@settings(max_examples=150, deadline=None)
@given(st.text(max_size=200))
def test_never_crashes(text):
    found(text)


def _of(text: str) -> dict[str, object]:
    return {m.label: m.attrs["of"] for m in find_quantities(Document("t", text))}


def test_a_bare_approximate_number_counts_what_came_before():
    text = ("Destijds vertrokken honderden jonge strijders naar het gebied. Ruim 90 zijn nog daar; "
            "naar schatting 30 zijn teruggekeerd.")
    assert found(text) == {"Ruim 90": 90, "naar schatting 30": 30}
    assert set(_of(text).values()) == {"strijders"}
    assert _of("In totaal 250 militairen, van wie ongeveer 40 in Gao.")["ongeveer 40"] == "militairen"


def test_a_bare_number_without_qualifier_or_noun_is_no_quantity():
    assert found("De strijders zijn vertrokken. Daarvan 12. Er waren er 30, zeker.") == {}


def test_frequencies_are_counts_but_ratios_are_not():
    q = found("De marine onderschepte 11 keer een schip en weigerde driemaal een verzoek; "
              "het budget is twee keer zo groot.")
    assert q == {"11 keer": 11, "driemaal": 3}


def test_time_per_period_is_a_rate_and_a_level_is_no_count():
    q = found("De radarpost is 24 uur per dag bemand, zeven dagen per week. Het alarmniveau 3 en niveau 2 gelden.")
    assert q == {}


def test_curly_apostrophe_plurals_count():
    assert list(found("Er vertrokken 6 F-16’s naar Jordanië.").values()) == [6]


def test_thousands_separated_by_a_space_count_but_dossier_numbers_do_not():
    q = found("In de regio verblijven ongeveer 185 000 ontheemden; het kabinet trekt € 2 400 000 uit en "
              "heeft 12 500 doses vaccin geleverd.")
    assert q["ongeveer 185 000 ontheemden"] == 185000
    assert q["€ 2 400 000"] == 2400000
    assert q["12 500 doses vaccin geleverd"] == 12500
    assert found("32 623 Politieke situatie in de Arabische regio\nNr. 301 BRIEF VAN DE MINISTER") == {}
    assert found("Zie dossier 36 045 voor eerdere brieven.") == {}


def test_een_and_een_with_accents_count_only_where_a_count_is_meant():
    q = found("Nederland levert één verbindingsofficier en één juridisch adviseur aan het hoofdkwartier.")
    assert q == {"één verbindingsofficier": 1, "één juridisch adviseur": 1}
    assert found("Eén militair raakte gewond.") == {"Eén militair raakte gewond": 1}
    assert found("Bij de beschieting vielen een dode en twee gewonden.") == {"een dode": 1, "twee gewonden": 2}
    assert found("Er werd slechts een patrouille uitgevoerd.") == {"slechts een patrouille uitgevoerd": 1}
    assert found("Het kabinet heeft een brief gestuurd over een aanval op een basis en twee op het vliegveld.") == {}
    assert found("In één nacht werden dorpen ontruimd; de één vertrok, de ander bleef.") == {}


def test_a_number_word_after_a_dateline_starts_a_sentence():
    doc = Document("t", "Nieuwsbericht | 3 maart 2025 Zes Nederlandse marechaussees vertrekken naar Kosovo.")
    q = {m.label: m.attrs["value"] for m in extract_quantities(doc, SimpleNamespace(mentions=[]))}
    assert q == {"Zes Nederlandse marechaussees vertrekken": 6}
    assert found("De bemanning van de De Zeven Provinciën keerde terug.") == {}


def test_a_level_stays_a_level_after_a_verb():
    assert found("De NCTV laat het dreigingsniveau op 4 staan.") == {}
    assert found("Het dreigingsniveau is verhoogd naar 4 en blijft daar.") == {}
    assert found("Er is een troepenniveau van 300 militairen afgesproken.") == {"300 militairen afgesproken": 300}


def test_a_part_of_a_counted_whole_counts_the_same_thing():
    doc = Document("t", "Volgens het rapport werden 15 van de 20 aanslagen verijdeld.")
    qs = {m.attrs["value"]: m.attrs.get("of") for m in find_quantities(doc)}
    assert set(qs) == {15, 20} and qs[15] == qs[20]


def test_a_number_in_a_unit_name_is_no_count(analyse_text):
    found = [m for m in analyse_text("CTF 151 boekte vorig jaar resultaten. De 13 Lichte Brigade levert 200 "
                                     "militairen.").mentions if m.kind == "quantity"]
    assert [m.attrs["value"] for m in found] == [200]


def test_a_numbered_heading_counts_nothing():
    q = found("Voorzitter\n\n14 Drones boven Polen\n\nAan de orde is het debat. Er zijn 14 drones neergehaald.")
    assert list(q.values()) == [14] and all(not k.startswith("14 Drones") for k in q), q


def test_a_count_of_other_things():
    assert found("Zij zochten samen met schepen uit 9 andere landen naar explosieven.") == {"9 andere landen": 9}


def test_times_of_day_and_date_offsets_are_no_durations_but_others_count():
    assert found("Gisteravond even na acht uur begonnen de aanvallen. Om tien uur begon het debat.") == {}
    assert found("Drie dagen na de inauguratie volgde een oefening.") == {}
    q = found("Na een belegering van ruim veertien uur gaven zij zich over. Een leraar werd gedood; drie anderen "
              "raakten gewond.")
    assert any(k.startswith("ruim veertien uur") and v == 14 for k, v in q.items())
    assert any(k.startswith("drie anderen") and v == 3 for k, v in q.items())


def test_ages_after_a_noun_or_in_brackets_and_idioms_without_counts():
    q = found("Drie mensen kwamen om, onder wie een jongen van acht. Vlieger kapitein Maarten (34) vloog. "
              "Een meisje van 12 jaar raakte gewond.")
    assert q["jongen van acht"] == 8 and q["34"] == 34 and q["meisje van 12 jaar"] == 12
    assert not any("jaar raakte" in k for k in q)
    assert found("Zie artikel 5 (12) en Bijlage (34).") == {}
    assert found("Nederland wordt in één adem met Denemarken genoemd; het kabinet volgt twee sporen.") == {}


def test_a_number_before_a_verb_counts_nothing_named_and_a_deadline_year_is_no_count():
    assert found("Ze werden verscheept; de laatste 12 kwamen vorige week aan in Rotterdam.") == {}
    doc = Document("t", "Nederland blijft tot en met 2024 jaarlijks € 15 miljoen bijdragen aan het fonds.")
    from kg_builder.pipeline import analyse
    q = {m.label: m.attrs["value"] for m in analyse(doc).mentions if m.kind == "quantity"}
    assert 2024 not in q.values() and 15000000 in q.values(), q


def test_a_number_alone_on_its_line_counts_nothing_on_the_next():
    assert found("Aanhangsel van de Handelingen\n\n905\n\nVragen van de leden Jansen en De Vries.") == {}


def test_one_after_an_approximation_counts_and_a_verb_ends_what_is_counted(analyse_text):
    a = analyse_text("Bezoekers moesten ruim een uur binnen blijven. Bijna een miljoen mensen sloegen op de vlucht. "
                     "Later vluchtten er anderhalf miljoen mensen.")
    q = {m.text: m.attrs["value"] for m in a.mentions if m.kind == "quantity"}
    assert q == {"ruim een uur": 1, "Bijna een miljoen mensen": 1000000, "anderhalf miljoen mensen": 1500000}, q


def test_the_year_in_a_name_is_no_count(analyse_text):
    a = analyse_text("Aan de hand van de punten van het Toetsingskader 20011 berichten wij u over het besluit.")
    assert not [m for m in a.mentions if m.kind == "quantity"]


def test_a_vague_amount_is_no_count_and_a_model_code_ends_the_counted_thing():
    assert found("Er was slechts een beperkt aantal toestellen beschikbaar; een paar schepen voeren uit.") == {}
    assert found("Beide landen kopen gezamenlijk veertien Leopard 2A4-tanks aan.") == {"veertien Leopard 2A4-tanks": 14}


def test_a_time_of_day_a_share_and_a_names_number_are_no_counts():
    assert found("Omstreeks vier uur 's ochtends drongen mannen binnen.") == {}
    assert found("Ongeveer twee derde van het gebied wordt geclaimd.") == {}
    assert found("Gisteren is het transportschip voor de oefening Defender-Europe 20 gelost.") == {}
    assert found("Het duurde vier uur; er vielen drie doden.") == {"vier uur": 4, "drie doden": 3}
