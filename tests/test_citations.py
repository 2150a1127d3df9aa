"""Every citation form of issue 3, normalised to official ids."""
from hypothesis import given, strategies as st

from kg_builder.document import Document
from kg_builder.extractors.citations import (dossier_id, find_citations, normalise_target,
                                             publication_url, session_years)


def targets(text: str, key: str = "t") -> list[str]:
    doc = Document(key, text)
    out = []
    for m in find_citations(doc):
        assert doc.text[m.start:m.end] == m.text
        out.append(m.attrs["target"])
    return out


def test_kamerstuk_with_spaced_dossier():
    assert targets("(Kamerstuk 27 925, nr. 960)") == ["kst-27925-960"]


def test_eerste_kamer_letters():
    assert targets("2 Kamerstukken I, 2022-2023, 27925, AJ.") == ["kst-27925-AJ"]
    assert targets("6 Kamerstukken I, 2023-2024, 27925, AK, blz. 8.") == ["kst-27925-AK"]


def test_two_numbers_give_two_targets():
    assert targets("(Tweede Kamerstuk 27 925, nr. 943 en 946)") == ["kst-27925-943", "kst-27925-946"]


def test_a_paper_in_two_dossiers_is_numbered_in_the_first():
    assert targets("(Kamerstukken 27 925 en 29 521, nr. 946)") == ["kst-27925-946"]
    assert targets("zie Kamerstukken 21 501-02 en 35 570 V, nr. 2911.") == ["kst-21501-02-2911"]


def test_handelingen_with_and_without_item():
    assert targets("(Handelingen II 2015/16, nr. 60, item 8)") == ["h-tk-20152016-60-8"]
    assert targets("(Handelingen II 2019/20, nr. 12, stemmingen moties)") == ["h-tk-20192020-12"]
    assert targets("(Handelingen II 2010/20, nr. 12, Regeling van werkzaamheden)") == ["h-tk-20192020-12"]
    # before 2011 the Handelingen are published under their pages
    assert targets("(Handelingen II 2007/08, nr. 67, blz. 4712\u20134760)") == ["h-tk-20072008-4712-4760"]
    assert targets("(Handelingen II 2001/02, nr. 44, blz. 3120)") == ["h-tk-20012002-44"]     # one page: no item


def test_flat_and_sub_dossier_forms():
    assert targets("(Kamerstuk 21501-02-2790)") == ["kst-21501-02-2790"]
    assert targets("(Kamerstuk 21 501-02, nr. 2101)") == ["kst-21501-02-2101"]
    assert targets("(Kamerstuk 35 925 V, nr. 84)") == ["kst-35925-V-84"]
    assert targets("Kamerstuknummer 29 521, nr. 90") == ["kst-29521-90"]
    assert targets("2. Kamerstuk 32 623 nr. 193.") == ["kst-32623-193"]


def test_bare_dossier_and_number():
    assert targets("over de negende voortgangsrapportage (29 754, nr. 140);") == ["kst-29754-140"]


def test_other_references_kept_as_written():
    assert targets("(Kamerstuk 163951.12U)") == ["163951.12U"]
    assert targets("(Kamerstuk 27 925, nr. 755) (2020Z24923);") == ["kst-27925-755", "2020Z24923"]
    assert targets("de brief d.d. 7 mei 2008, met kenmerk 31 200 V. In") == ["31 200 V"]


def test_links_to_official_publications_but_not_to_itself():
    text = ("Bron vraag https://zoek.officielebekendmakingen.nl/kv-tk-2019Z15410.html\n"
            "Bron antwoord https://zoek.officielebekendmakingen.nl/ah-tk-20182019-3645.html")
    doc = Document("kv-2019Z15410", text)
    doc.meta.id = "kv-tk-2019Z15410"
    assert [m.attrs["target"] for m in find_citations(doc)] == ["ah-tk-20182019-3645"]
    assert targets("Kamerstuk 27925-749\n\nID: 27925-749", key="kst-27925-749") == []


def test_proceedings_with_session_word_dashes_and_number_variants():
    assert targets("Zie het antwoord (Aanhangsel Handelingen, vergaderjaar 2020\u20132021, nr. 1234).") == \
        ["ah-tk-20202021-1234"]
    assert targets("eerder besproken (Handelingen II, 2021\u00a0\u2013\u00a02022, nr 45, item 3)") == ["h-tk-20212022-45-3"]
    assert targets("zoals vermeld in Handelingen I 2018/19, no. 7") == ["h-ek-20182019-7"]
    assert targets("zie Kamerstuk 33 694, no. 12") == ["kst-33694-12"]


def test_abbreviated_proceedings_and_ranges_of_numbers():
    assert targets("(Aanh. Hand. II 2016/17, nr. 88; Hand. II 2016/17, nr. 9, item 4)") == \
        ["ah-tk-20162017-88", "h-tk-20162017-9-4"]
    assert targets("Kamerstuk 31 000, nrs. 20 t/m 22") == ["kst-31000-20", "kst-31000-21", "kst-31000-22"]


def test_own_case_number_is_not_a_citation():
    text = "2031Z04567\n\nVragen van het lid Smit over de marine (ingezonden 4 maart 2031).\nZie ook 2030Z09876."
    assert targets(text, key="kv-tk-2031Z04567") == ["2030Z09876"]
    assert targets(text, key="vragen-smit") == ["2030Z09876"]      # a number alone at the top is the document's own


def test_urls():
    assert publication_url("kst-27925-960") == "https://zoek.officielebekendmakingen.nl/kst-27925-960.html"
    assert publication_url("h-tk-20152016-60-8").endswith("h-tk-20152016-60-8.html")
    assert publication_url("h-tk-20192020-12") is None
    assert publication_url("163951.12U") is None


def test_corpus_letter_has_all_forms(corpus_dir):
    from kg_builder.readers import read_document
    doc = read_document(corpus_dir / "kst-27925-AL.txt")
    found = {m.attrs["target"] for m in find_citations(doc)}
    assert found == {"kst-27925-AJ", "kst-27925-AK", "kst-27925-960", "163951.12U", "kst-27925-943",
                     "kst-27925-946", "kst-21501-02-2790"}


@given(st.integers(10000, 99999), st.one_of(st.integers(1, 9999).map(str), st.sampled_from(["AJ", "AK", "Q", "C"])))
def test_target_normaliser_round_trips(dossier, nr):
    t = f"kst-{dossier}-{nr}"
    assert normalise_target(normalise_target(t)) == normalise_target(t) == t
    spaced = f"{str(dossier)[:2]} {str(dossier)[2:]}"
    assert dossier_id(spaced) == str(dossier)
    assert targets(f"(Kamerstuk {spaced}, nr. {nr})") == [t] if nr.isdigit() else True


@given(st.integers(1900, 2098))
def test_session_years(y):
    assert session_years(str(y), str((y + 1) % 100).zfill(2)) == f"{y}{y + 1}"
    assert session_years(str(y), str(y + 1)) == f"{y}{y + 1}"


@given(st.text(max_size=200))
def test_never_crashes(text):
    targets(text)


def test_a_committee_letter_reference_is_cited_as_written():
    assert targets("In uw brief van 6 april jl. (kenmerk 172805.02U) vraagt de commissie naar de gevolgen.") == [
        "172805.02U"]
