"""The clean text view: hyphenation, line/page breaks, glued footnote markers, quotes."""
from hypothesis import given, settings, strategies as st

from kg_builder.textview import TextView, view_of


def test_hyphenated_word_across_lines_keeps_real_hyphen():
    # kst-27925-AL: "uw Artikel 100-\n\nbrief4 over de bredere ..."
    text = "van uw Artikel 100-\n\nbrief4 over de bredere Nederlandse veiligheidsinzet in Irak"
    v = TextView(text)
    assert "Artikel 100-brief over" in v.clean
    assert [(text[m.start:m.end], m.number) for m in v.markers] == [("4", 4)]


def test_soft_hyphen_between_lower_case_parts_is_dropped():
    v = TextView("een aantal vragen over de Kamer-\nstukken die eerder aan de commissie werden gezonden")
    assert "Kamerstukken" in v.clean


def test_footnote_marker_glued_to_word_is_detached():
    # kst-29521-173: "De vaste commissie voor Defensie1 en de vaste commissie voor Buitenlandse Zaken2 hebben"
    text = "De vaste commissie voor Defensie1 en de vaste commissie voor Buitenlandse Zaken2 hebben op"
    v = TextView(text)
    assert "voor Defensie en de" in v.clean and "Zaken hebben" in v.clean
    assert [m.number for m in v.markers] == [1, 2]


def test_a_footnote_marker_glued_to_a_year_is_detached_but_not_from_a_paper_number():
    v = TextView("aan de hand van het Toetsingskader 20011 berichten wij u; zie ook het jaarverslag over 20031. "
                 "Zie Kamerstuk 20141 en nr. 20112.")
    assert "Toetsingskader 2001 berichten" in v.clean and "over 2003." in v.clean
    assert "Kamerstuk 20141" in v.clean and "nr. 20112" in v.clean
    assert [m.number for m in v.markers] == [1, 1]


def test_names_with_digits_are_not_markers():
    v = TextView("Pia Dijkstra (D66) en de G5-Sahel; vier F-16's en 50PLUS; Covid19 niet")
    assert v.markers == [] or all(v.original[m.start - 1].islower() for m in v.markers)
    assert "D66" in v.clean and "G5-Sahel" in v.clean and "F-16's" in v.clean


def test_line_and_page_breaks_inside_a_sentence_fold_to_one_space():
    # kst-27925-AL: "... afgevuurd op de Amerikaanse ambassade in \n\n \n Bagdad."
    line = "De meest recente aanval vond plaats toen meerdere mortieren werden afgevuurd op de Amerikaanse ambassade in "
    text = line + "\n\n \nBagdad. Premier Sudani veroordeelde de aanval."
    assert "ambassade in Bagdad." in TextView(text).clean


def test_headings_stay_on_their_own_line():
    text = "Vastgesteld 27 december 2023\n\nDe leden van de vaste commissie hebben kennisgenomen."
    assert TextView(text).clean.split("\n")[0] == "Vastgesteld 27 december 2023"


def test_curly_quotes_become_straight_and_offsets_keep_original():
    text = "luchtaanvallen uit op wapendepots van Kata’ib Hezbollah (KH) in Jurf al-Nasr"
    v = TextView(text)
    i = v.clean.index("Kata'ib Hezbollah")
    s, e = v.to_original(i, i + len("Kata'ib Hezbollah"))
    assert text[s:e] == "Kata’ib Hezbollah"


def test_spans_map_back_to_the_original_quote():
    text = "de Artikel 100-\n\nbrief2 van de minister"
    v = TextView(text)
    (m, s, e), = list(v.spans(r"Artikel 100-brief"))
    assert text[s:e] == "Artikel 100-\n\nbrief"


def test_signature_columns_are_kept_apart():
    text = "De minister van Defensie    De minister van Buitenlandse Zaken \n\n\ndrs. K.H. Ollongren     Hanke Bruins Slot \n"
    assert "\t" in TextView(text).clean


def test_dashes_and_wide_spaces_are_normalised_one_for_one():
    text = "Vergaderjaar 2019\u20132020, nr.\u00a012 \u2014 de Turks\u2011Syrische grens; 3\u202fmei"
    v = TextView(text)
    assert v.clean == "Vergaderjaar 2019-2020, nr. 12 - de Turks-Syrische grens; 3 mei"
    i = v.clean.index("2019-2020")
    assert v.quote(i, i + 9)[2] == "2019\u20132020"


def test_a_dash_at_the_end_of_a_line_is_not_a_hyphenation():
    text = ("Volgens de gegevens van het internationale maritieme meldpunt en het Maritiem Centrum \u2013\n"
            "Hoorn van Afrika meldde op de dag van het incident dat het schip was gekaapt.")
    clean = TextView(text).clean
    assert "Centrum -" in clean and "-Hoorn" not in clean


def test_view_is_cached_per_text():
    assert view_of("Den Haag, 3 mei 2024") is view_of("Den Haag, 3 mei 2024")


def test_sentences_do_not_split_on_abbreviations():
    v = TextView("Er vonden ca. 117 aanvallen plaats d.d. 7 juli jl. in Irak. Circa 58 in Syrië.")
    assert len(v.sentences()) == 2


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=300),
       st.integers(0, 400), st.integers(0, 400))
def test_mapped_offsets_always_lie_inside_the_text(text, a, b):
    v = TextView(text)
    s, e = v.to_original(min(a, b), max(a, b))
    assert 0 <= s <= e <= len(text)
    for ch_index in range(len(v.clean)):
        o, _ = v.to_original(ch_index, ch_index + 1)
        assert 0 <= o < len(text)


@settings(max_examples=100, deadline=None)
@given(st.lists(st.sampled_from(["Artikel", "100-", "brief2", "\n\n", " ", "Zaken1", "’", "“a”", "-\n", "x", "1"]),
                max_size=40))
def test_clean_characters_come_from_the_original(parts):
    text = "".join(parts)
    v = TextView(text)
    for i, c in enumerate(v.clean):
        o, _ = v.to_original(i, i + 1)
        if c not in " \n\t'\"-":
            assert text[o] == c


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["Dr.", "a.s.", " ", "  ", "nr.", "12.", "!", "?!", "...", "De", "heer", ".\"", "(", ")",
                                 "e.d.", "Zo.", "x;", "…"]), max_size=15).map(" ".join))
def test_sentence_spans_are_the_sentencizers(text):
    """spaCy's sentencizer, plus one rule: an abbreviation that may end a sentence ("jl.", "a.s.") ends
    one before a sentence opener ("De")."""
    from kg_builder.lang import load_language_data
    from kg_builder.textview import nlp, sentence_spans

    data = load_language_data("nl")["tokenizer"]
    doc = nlp()(text)
    cuts = {t.i + 1 for t in doc[:-1] if t.text in data["final_abbreviations"] and doc[t.i + 1].text in data["sentence_openers"]}
    want = []
    for s in doc.sents:
        start = s.start
        for i in range(s.start + 1, s.end):
            if i in cuts and not all(t.is_punct for t in doc[i:s.end]):
                want.append((doc[start].idx, doc[i - 1].idx + len(doc[i - 1])))
                start = i
        want.append((doc[start].idx, s.end_char))
    assert sentence_spans(text) == want


def test_an_abbreviation_ends_a_sentence_before_an_opener():
    from kg_builder.textview import sentence_spans

    text = "Finland volgde op 1 april jl. De Saeima stemde op 16 april jl. als eerste in."
    assert [text[a:b] for a, b in sentence_spans(text)] == [
        "Finland volgde op 1 april jl.", "De Saeima stemde op 16 april jl. als eerste in."]


_PAGE_FOOT = ("De meest recente aanval vond plaats op 8 december toen meerdere mortieren werden afgevuurd "
              "op de Amerikaanse ambassade in\n\n \n7 De aanvallen worden geclaimd door het Islamitische Verzet in "
              "Irak.\n8 In totaal vonden er 117 aanvallen plaats.\n Bagdad. Premier Sudani veroordeelde de aanval.")


def _padded(text: str) -> str:
    """The page text with long lines before it, as in a PDF, and the markers the footnotes belong to."""
    lead = ("Volgens de Amerikaanse regering zijn de aanvallen uitgevoerd door milities7 en\n"
            "zijn er daarbij vele gewonden gevallen.8 Dit is een regel van een volle pagina.\n") * 3
    return lead + text


def test_footnotes_cutting_a_sentence_go_after_it():
    text = _padded(_PAGE_FOOT)
    v = TextView(text)
    assert "ambassade in Bagdad.\n7 De aanvallen" in v.clean
    assert "plaats.\nPremier Sudani" in v.clean
    s = v.clean.index("Bagdad")
    a, b = v.to_original(s, s + len("Bagdad"))
    assert text[a:b] == "Bagdad" and v.to_clean(a) == s
    s = v.clean.index("ambassade in Bagdad")
    a, b = v.to_original(s, s + len("ambassade in Bagdad"))
    assert text[a:a + 9] == "ambassade" and text[b - 6:b] == "Bagdad"


def test_footnotes_after_a_sentence_or_a_short_line_stay_put():
    text = _padded("Dit is de laatste zin van de pagina.\n\n7 Een voetnoot.\n Volgende pagina. Meer tekst.")
    assert "pagina.\n7 Een voetnoot." in TextView(text).clean
    text = _padded("De griffier,\nVan Dijk\n\n7 Een voetnoot.\n BRIEF VAN DE VOORZITTER. Meer tekst.")
    assert "Van Dijk\n7 Een voetnoot." in TextView(text).clean


@given(st.lists(st.sampled_from(["in", "\n\n \n7 De", "\n8 In", " x.", "\n Bagdad.", " tekst", "milities7 ",
                                 "regel van een volle pagina met heel veel woorden erop\n", ".", "\n",
                                 "\n\nTweede Kamer, vergaderjaar 2023–2024, 29 521, nr. 468   2\n\n",
                                 "\n\nISSN 0168-6291\n\n", "Georgië de"]),
                max_size=40))
@settings(max_examples=150, deadline=None)
def test_moved_footnotes_keep_every_offset_valid(parts):
    text = "".join(parts)
    v = TextView(text)
    assert len(v._orig) == len(v.clean) + 1
    for c in range(len(v.clean)):
        a, b = v.to_original(c, c + 1)
        assert 0 <= a < b <= len(text)
        assert 0 <= v.to_clean(a) <= len(v.clean)
    for a in range(len(v.clean) + 1):
        s, e = v.to_original(0, a)
        assert 0 <= s <= e <= len(text)


def test_page_furniture_cutting_a_sentence_goes_after_it():
    text = _padded("De hotline werd 2.840 keer geactiveerd. Op 14 december 2023 besloot de Europese Raad na lang beraad\n"
                   "en overleg\n\nTweede Kamer, vergaderjaar 2023–2024, 29 521, nr. 468                2\n\n"
                   "Georgië de status van kandidaat-lidstaat te verlenen. Nederland leverde monitoren.")
    v = TextView(text)
    assert "en overleg Georgië de status van kandidaat-lidstaat te verlenen.\nTweede Kamer" in v.clean, v.clean
    s = v.clean.index("Georgië")
    a, b = v.to_original(s, s + len("Georgië"))
    assert text[a:b] == "Georgië" and v.to_clean(a) == s
    text = _padded("Volgens het ministerie zijn sindsdien duizenden mensen gedood en kondigde de premier een offensief\n"
                   "aan; het kabinet heeft Israël\n\nah-tk-20232024-1532\nISSN 0168-6291\n's-Gravenhage 2024      "
                   "Aanhangsel Handelingen II 2023/24      1\n\nopgeroepen daarvan af te zien.\n\nVraag 4")
    assert "heeft Israël opgeroepen daarvan af te zien.\nah-tk" in TextView(text).clean


def test_page_furniture_after_a_sentence_or_a_heading_stays_put():
    text = _padded("Dit is de laatste zin.\n\nTweede Kamer, vergaderjaar 2023–2024, 29 521, nr. 468   2\n\nVolgende.")
    assert "zin.\nTweede Kamer" in TextView(text).clean
    text = _padded("Dit is de laatste zin.\n\nNederlandse bijdrage\n\n"
                   "Tweede Kamer, vergaderjaar 2023–2024, 29 521, nr. 468   2\n\nNederland levert twee officieren.")
    assert "Nederlandse bijdrage\nTweede Kamer" in TextView(text).clean


def test_a_sentence_ending_in_dat_or_u_ends_there_but_abbreviations_do_not():
    from kg_builder.textview import sentence_spans
    t = "Volgens de AIVD klopt dat. Milan kwam later. Dank u. Zie nr. 5 en prof. Jansen."
    assert [t[a:b] for a, b in sentence_spans(t)] == [
        "Volgens de AIVD klopt dat.", "Milan kwam later.", "Dank u.", "Zie nr. 5 en prof. Jansen."]


def test_a_rank_or_office_hyphenated_across_lines_keeps_its_hyphen():
    v = view_of("In Brussel voert luitenant-\ngeneraal Jan Smit het bevel. De minister-\npresident sprak over het Kamer-\n"
                "stuk.")
    assert "luitenant-generaal Jan Smit" in v.clean and "minister-president" in v.clean and "Kamerstuk" in v.clean


def test_an_abbreviation_ends_a_sentence_before_a_capitalised_opener():
    from kg_builder.textview import sentence_spans
    t = "Ik reageer op het verzoek van 19 juli jl. Over de aanslag schreef ik eerder. Zij komt a.s. Maandag terug."
    assert [t[a:b] for a, b in sentence_spans(t)][:2] == ["Ik reageer op het verzoek van 19 juli jl.",
                                                          "Over de aanslag schreef ik eerder."]


def test_a_text_cut_after_a_hyphen_is_not_joined_to_the_footnote_below():
    assert view_of("Wij zullen u over de uitkom-\n\n1 Het rapport is aangeboden.").clean == \
        "Wij zullen u over de uitkom-\n1 Het rapport is aangeboden."
    assert view_of("het Artikel 100-\n\nbrief").clean == "het Artikel 100-brief"
