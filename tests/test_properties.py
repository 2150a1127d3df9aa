"""Property tests: readers and extractors never crash on arbitrary input, offsets always hold,
and the date and citation normalisers round-trip."""
from __future__ import annotations

import importlib
from datetime import date
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, assume, given, settings, strategies as st

from kg_builder.document import Document
from kg_builder.errors import InputError
from kg_builder.readers import read_document
from kg_builder.readers.html import html_to_text, xml_to_text
from kg_builder.readers.text import decode_bytes

SLOW = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
FAST = settings(max_examples=200, deadline=None)

# Fragments that wake the extractors up, mixed with arbitrary Unicode between them.
TRIGGERS = [
    "De minister van Defensie", "Kamerstuk 27 925, nr. 960", "(Kamerstukken II 2019/20, 29 521, nr. 403)",
    "kst-27925-AL", "Handelingen II 2013/14, nr. 107, item 9", "op 28 november 2023", "26 oktober jl.",
    "vorig jaar", "van mei 2024 tot en met mei 2025", "2022-10-28", "ongeveer 120 personen",
    "vier F-16's", "€ 25 miljoen", "Kata'ib Hezbollah", "Kata’ib Hezbollah (KH)", "Islamitische Staat",
    "ISIS", "de NAVO", "Verenigde Naties", "Irak", "Syrië", "Erbil", "Straat van Hormuz", "EMASoH",
    "Resolute Support", "de heer Van Bommel (SP)", "mevrouw Hennis-Plasschaert", "Koen Petersen, voorzitter",
    "Den Haag, 20 december 2023", "De Minister van Buitenlandse Zaken,", "luchtaanvallen op wapendepots",
    "het dreigingsniveau is verhoogd naar hoog", "Tweede Kamer der Staten-Generaal", "VVD", "CDA", "\n\n",
    "\f", "  ", "-\n", "1)", "¹", "’", "“", "…",
]
fragments = st.one_of(st.sampled_from(TRIGGERS), st.text(max_size=12),
                      st.text(alphabet=st.characters(codec="utf-8"), max_size=6))
documents_text = st.lists(fragments, max_size=40).map(" ".join)


def _doc(text: str) -> Document:
    from kg_builder.metadata import describe
    doc = Document(key="prop", text=text, path="prop.txt")
    describe(doc)
    return doc


def _check_offsets(analysis) -> None:
    text = analysis.doc.text
    for m in list(analysis.mentions) + list(analysis.relations):
        assert 0 <= m.start <= m.end <= len(text), m
        assert text[m.start:m.end] == m.text, m
    for e in analysis.entities:
        for m in getattr(e, "mentions", ()):
            assert text[m.start:m.end] == m.text, m


# ------------------------------------------------------------------ readers
@FAST
@given(st.binary(max_size=3000))
def test_decoding_arbitrary_bytes_gives_clean_text_or_a_clear_refusal(raw):
    try:
        text = decode_bytes(raw, "x.txt")
    except InputError as exc:
        assert "x.txt" in str(exc) and "Fix:" in str(exc)
        return
    assert "\r" not in text
    assert not any(0xD800 <= ord(c) <= 0xDFFF for c in text)
    assert not any(ord(c) < 32 and c not in "\t\n\f" for c in text)


@FAST
@given(st.text(alphabet=st.characters(codec="utf-8"), max_size=2000))
def test_utf8_text_is_read_back_as_itself(text):
    # a leading U+FEFF encodes to the UTF-8 byte-order mark: the encoding's sign, read as such, not as text
    expected = text.removeprefix("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    assume(all(ord(c) >= 32 or c in "\t\n\f" for c in expected))
    assume(not any(0x7F <= ord(c) <= 0x9F for c in expected))
    assert decode_bytes(text.encode("utf-8"), "x.txt") == expected


@FAST
@given(st.text(max_size=1500), st.sampled_from(["html", "xml"]))
def test_markup_readers_never_crash(text, kind):
    markup = f"<html><body><p>{text}</p></body></html>" if kind == "html" else f"<doc>{text}</doc>"
    reader = html_to_text if kind == "html" else xml_to_text
    try:
        out = reader(markup.encode("utf-8", "surrogatepass"), f"x.{kind}")
    except InputError as exc:
        assert f"x.{kind}" in str(exc)
        return
    assert not any(0xD800 <= ord(c) <= 0xDFFF for c in out)


@SLOW
@given(st.text(max_size=3000), st.sampled_from([".txt", ".html", ".xml", ".pdf"]))
def test_read_document_never_crashes(text, suffix):
    with tempfile.TemporaryDirectory() as tmp:
        f = Path(tmp) / f"doc{suffix}"
        f.write_bytes(text.encode("utf-8", "surrogatepass"))
        try:
            doc = read_document(f)
        except InputError as exc:
            assert str(f) in str(exc)
            return
        assert doc.text.strip() and doc.sha256


# ------------------------------------------------------------------ extractors
@SLOW
@given(documents_text)
def test_extractors_never_crash_and_offsets_hold(text):
    from kg_builder.pipeline import analyse
    _check_offsets(analyse(_doc(text)))


@SLOW
@given(st.text(max_size=2000))
def test_extractors_survive_arbitrary_unicode_including_surrogates(text):
    from kg_builder.pipeline import analyse
    _check_offsets(analyse(_doc(text), use_gazetteer=False))


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(documents_text)
def test_what_is_read_can_be_emitted_and_stored(text):
    """Text that came through a reader always turns into RDF the store accepts."""
    from kg_builder.emit import emit
    from kg_builder.pipeline import analyse
    from kg_builder.store import OxigraphStore
    try:
        clean = decode_bytes(text.encode("utf-8", "surrogatepass"), "x.txt")
    except InputError:
        return
    assume(clean.strip())
    graphs = emit(analyse(_doc(clean)))
    store = OxigraphStore(None)
    store.replace_graphs(graphs)
    assert store.count() > 0


# ------------------------------------------------------------------ normalisers
def _public(module: str, name: str):
    try:
        fn = getattr(importlib.import_module(module), name)
    except (ImportError, AttributeError):
        pytest.skip(f"{module}.{name} does not exist yet (extractor work in progress)")
    return fn


valid_dates = st.dates(min_value=date(1900, 1, 1), max_value=date(2099, 12, 31))


@FAST
@given(valid_dates, st.sampled_from(["day", "month", "year"]))
def test_date_values_round_trip(d, granularity):
    fmt = _public("kg_builder.extractors.dates", "fmt")
    normalise = _public("kg_builder.extractors.dates", "normalise_value")
    value = fmt(d.year, d.month if granularity != "year" else None, d.day if granularity == "day" else None)
    assert normalise(value) == value
    loose = value.replace("-0", "-")   # "2020-03-05" written "2020-3-5"
    assert normalise(loose) == value
    period = f"{value}/{value}"
    assert normalise(period) == period and normalise(normalise(period)) == period


@FAST
@given(valid_dates, st.booleans())
def test_written_dates_parse_to_their_iso_value(d, leading_zero):
    absolute = _public("kg_builder.extractors.dates", "absolute_date")
    from kg_builder.lang import load_language_data
    months = load_language_data("nl")["dates"]["months"]
    name = max((n for n, v in months.items() if v == d.month), key=len)   # "november", not "nov"
    day = f"{d.day:02d}" if leading_zero else str(d.day)
    iso = d.isoformat()
    assert absolute(f"{day} {name} {d.year}") == iso
    assert absolute(f"{d.day} {name.capitalize()} {d.year}") == iso
    assert absolute(iso) == iso


@FAST
@given(st.integers(10000, 99999), st.sampled_from(["", "-02", "-V", " V", "-A"]),
       st.one_of(st.integers(1, 4000).map(str), st.sampled_from(["AL", "B", "c", "Z"])))
def test_citation_ids_round_trip(dossier, suffix, number):
    kst_id = _public("kg_builder.extractors.citations", "kst_id")
    dossier_id = _public("kg_builder.extractors.citations", "dossier_id")
    normalise = _public("kg_builder.extractors.citations", "normalise_target")
    written = f"{dossier // 1000} {dossier % 1000:03d}{suffix}"    # "27 925-02", as printed
    did = dossier_id(written)
    assert dossier_id(did) == did and " " not in did
    target = kst_id(written, number)
    assert normalise(target) == target
    assert normalise(normalise(target.lower())) == normalise(target.lower())
    assert kst_id(did, number) == target


@FAST
@given(st.integers(1900, 2098), st.booleans())
def test_session_years_round_trip(year, two_digits):
    session_years = _public("kg_builder.extractors.citations", "session_years")
    end = f"{(year + 1) % 100:02d}" if two_digits else str(year + 1)
    assert session_years(str(year), end) == f"{year}{year + 1}"

