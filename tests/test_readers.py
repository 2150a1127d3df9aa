"""Readers one by one: encodings, binary refusal, HTML/XML/PDF text, manifests, special paths."""
from __future__ import annotations

import codecs
import os
from pathlib import Path

import pytest

import badfiles
from kg_builder.errors import InputError
from kg_builder.readers import discover, read_bytes, read_document, read_manifest
from kg_builder.readers.html import html_to_text, xml_to_text
from kg_builder.readers.language import guess_language
from kg_builder.readers.pdf import pdf_to_text
from kg_builder.readers.text import decode_bytes

LATIN = "Café één naïef; de Kamer’s “reactie” — geïnformeerd … België\n"


# ------------------------------------------------------------------ encodings
@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "cp1252", "utf-16", "utf-16-le",
                                      "utf-16-be", "utf-32"])
def test_encodings_are_read_not_refused(encoding):
    raw = LATIN.encode(encoding)
    if encoding in ("utf-16-le", "utf-16-be"):  # with a BOM, as Windows writes them
        raw = (codecs.BOM_UTF16_LE if encoding.endswith("le") else codecs.BOM_UTF16_BE) + raw
    warnings = []
    assert decode_bytes(raw, "x.txt", warnings) == LATIN
    assert warnings == []


def test_latin1_reads_like_cp1252():
    text = "Café één naïef, België; ‘quote’ is not in latin-1 so not here\n".replace("‘", "'").replace("’", "'")
    assert decode_bytes(text.encode("latin-1")) == text


def test_utf16_without_bom_is_detected():
    assert decode_bytes((badfiles.DUTCH * 3).encode("utf-16-le")) == badfiles.DUTCH * 3
    assert decode_bytes((badfiles.DUTCH * 3).encode("utf-16-be")) == badfiles.DUTCH * 3


def test_truncated_utf8_keeps_the_text_and_warns():
    raw = LATIN.encode()[:-1]
    raw = raw[:raw.rindex("…".encode()) + 1]  # cut inside the three-byte ellipsis
    warnings = []
    text = decode_bytes(raw, "cut.txt", warnings)
    assert text.startswith("Café één") and "\ufffd" not in text
    assert warnings and "cut.txt" in warnings[0] and "truncated" in warnings[0]


def test_a_few_bad_bytes_in_utf8_do_not_turn_it_into_cp1252():
    raw = (LATIN * 5).encode() + b" \xff\xfe kapot " + (LATIN * 5).encode()
    warnings = []
    text = decode_bytes(raw, "x.txt", warnings)
    assert text.startswith(LATIN) and "\ufffd" in text and "2 byte(s)" in warnings[0]


def test_control_characters_become_spaces_and_offsets_stay():
    raw = "De\x01Kamer\x1b[0m en\x7fde\u0085minister\r\nvan\rDefensie\tin\fIrak".encode()
    text = decode_bytes(raw)
    assert text == "De Kamer [0m en de minister\nvan\nDefensie\tin\fIrak"


def test_unpaired_surrogates_are_replaced():
    # CESU/WTF-8 encoded lone surrogate in otherwise good UTF-8, and one in UTF-16
    text = decode_bytes(("Irak " * 20).encode() + b"\xed\xa0\x80 Syri\xc3\xab")
    assert "Syrië" in text and not any(0xD800 <= ord(c) <= 0xDFFF for c in text)
    warnings = []
    raw = codecs.BOM_UTF16_LE + "Irak ".encode("utf-16-le") + b"\x00\xd8" + "Syrië".encode("utf-16-le")
    text = decode_bytes(raw, "s.txt", warnings)
    assert text.startswith("Irak \ufffd") and text.endswith("Syrië") and "surrogate" in warnings[0]


@pytest.mark.parametrize("raw,what", [
    (badfiles.binary(), "NUL bytes"), (b"PK\x03\x04" + b"x" * 100, "ZIP"),
    (b"\x89PNG\r\n\x1a\n" + b"x" * 100, "PNG"), (b"\x1f\x8b\x08" + b"x" * 100, "gzip"),
    (bytes(range(1, 32)) * 20, "control characters")])
def test_binary_is_refused_with_a_reason(raw, what):
    with pytest.raises(InputError) as e:
        decode_bytes(raw, "b.txt")
    assert "b.txt" in str(e.value) and what in str(e.value) and "Fix:" in str(e.value)


def test_declared_charset_is_used_and_a_wrong_one_is_overridden():
    assert "Café één" in html_to_text(badfiles.html_page(LATIN, charset="windows-1252"))
    warnings = []
    page = badfiles.html_page(LATIN).replace(b'charset="utf-8"', b'charset="us-ascii"')
    assert "Café één" in html_to_text(page, "p.html", warnings)
    assert "us-ascii" in warnings[0]


# ------------------------------------------------------------------ HTML / XML / PDF
def test_html_text_drops_scripts_and_navigation():
    text = html_to_text(badfiles.html_page())
    assert text.startswith("Brief van de minister\n") and "Menu" not in text and "var x" not in text


def test_html_without_charset_is_utf8_not_mojibake():
    assert "geïnformeerd" in html_to_text(badfiles.html_page(charset=None))


def test_malformed_and_truncated_html_still_give_their_text():
    text = html_to_text(badfiles.malformed_html())
    assert "vet cursief" in text and "militairen" in text
    cut = badfiles.html_page()[:-120]
    assert "De minister van Defensie" in html_to_text(cut)


@pytest.mark.parametrize("reader", [html_to_text, xml_to_text])
def test_entity_bombs_are_refused_fast(reader):
    with pytest.raises(InputError) as e:
        reader(badfiles.BILLION_LAUGHS, "bomb.xml")
    assert "entities" in str(e.value) and "bomb.xml" in str(e.value)


def test_xml_blocks_and_inline_elements():
    raw = b"<doc><titel>Brief</titel><al>De <nadruk>minister</nadruk> schrijft.</al><al>Tweede.</al></doc>"
    assert xml_to_text(raw) == "Brief\n\nDe minister schrijft.\n\nTweede.\n"


def test_malformed_xml_names_line_and_column():
    with pytest.raises(InputError) as e:
        xml_to_text(b"<doc>\n<al>De minister</doc>\n", "bad.xml")
    assert "bad.xml (line 2" in str(e.value) and "malformed" in str(e.value)


def test_pdf_text_layer():
    assert "Defensie heeft de Kamer" in pdf_to_text(badfiles.pdf())


@pytest.mark.parametrize("raw,what", [
    (b"%PDF-1.4\n" + os.urandom(2000), "damaged"),
    (badfiles.pdf()[:400], "damaged"),
    (b"<!DOCTYPE html><html><body>404 Not Found</body></html>", "HTML page"),
    (b"PK\x03\x04" + b"x" * 50, "ZIP")])
def test_bad_pdfs_are_refused_with_a_reason(raw, what):
    with pytest.raises(InputError) as e:
        pdf_to_text(raw, "d.pdf")
    assert what in str(e.value) and "d.pdf" in str(e.value)


# ------------------------------------------------------------------ language
def test_language_guess():
    assert guess_language(badfiles.DUTCH).other_share < 0.05
    assert guess_language(badfiles.ENGLISH).other == "English"
    assert guess_language(badfiles.GERMAN).other == "German"


def test_corpus_documents_pass_the_language_check(corpus_dir):
    for f in sorted(corpus_dir.glob("*.txt")):
        read_document(f)  # raises on a non-Dutch verdict


def test_language_check_can_be_turned_off(tmp_path, monkeypatch):
    (tmp_path / "en.txt").write_text(badfiles.ENGLISH * 2)
    with pytest.raises(InputError, match="not in Dutch"):
        read_document(tmp_path / "en.txt")
    monkeypatch.setenv("KG_LANGUAGE_CHECK", "off")
    assert read_document(tmp_path / "en.txt").text.startswith("The Minister")


# ------------------------------------------------------------------ files and paths
def test_size_limit_is_checked_before_reading(tmp_path):
    big = badfiles.sparse_file(tmp_path / "big.txt", 100 * 2**20)
    with pytest.raises(InputError, match="100 MiB, more than the"):
        read_bytes(big)
    assert read_bytes(big, limit=200 * 2**20)[:3] == b"\x00\x00\x00"


def test_special_paths(tmp_path):
    (tmp_path / "dangling.txt").symlink_to(tmp_path / "gone.txt")
    os.mkfifo(tmp_path / "pipe.txt")
    (tmp_path / "folder.txt").mkdir()
    cases = {"dangling.txt": "symbolic link", "pipe.txt": "named pipe", "folder.txt": "is a folder"}
    for name, what in cases.items():
        with pytest.raises(InputError) as e:
            read_document(tmp_path / name)  # a FIFO must not block
        assert what in str(e.value) and name in str(e.value) and "Fix:" in str(e.value)


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads files whatever their mode")
def test_unreadable_file(tmp_path):
    f = tmp_path / "secret.txt"
    f.write_text(badfiles.DUTCH)
    f.chmod(0)
    with pytest.raises(InputError, match="permission denied"):
        read_document(f)


def test_permission_denied_is_reported(tmp_path, monkeypatch):
    """Tests run as root, so simulate the kernel's refusal."""
    f = tmp_path / "secret.txt"
    f.write_text(badfiles.DUTCH)

    def refuse(self, *a, **kw):
        raise PermissionError(13, "Permission denied", str(self))
    monkeypatch.setattr(Path, "open", refuse)
    with pytest.raises(InputError) as e:
        read_document(f)
    assert "secret.txt" in str(e.value) and "permission denied" in str(e.value)


def test_discover_reports_bad_paths_and_goes_on(tmp_path):
    (tmp_path / "a.txt").write_text(badfiles.DUTCH)
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "b.txt").write_text(badfiles.DUTCH)
    (tmp_path / "sub" / "loop").symlink_to(tmp_path)        # a link loop is not followed
    (tmp_path / "zz-dangling.txt").symlink_to(tmp_path / "nope")
    os.mkfifo(tmp_path / "pipe.html")
    errors = []
    found = [p.name for p, _ in discover([tmp_path, tmp_path / "missing.txt"],
                                         on_error=lambda p, e: errors.append(str(e)))]
    assert found == ["a.txt", "b.txt"]
    assert len(errors) == 3 and any("missing.txt" in e and "no such" in e for e in errors)


@pytest.mark.parametrize("content,expect_rows,problem", [
    (b"file,source_url\na.txt,http://x\n", {"a.txt": {"source_url": "http://x"}}, None),
    ("file,title\na.txt,Café\n".encode("cp1252"), {"a.txt": {"title": "Café"}}, None),
    (b"naam,url\na.txt,http://x\n", {}, "no 'file' column"),
    (b"file,title\na.txt,x,extra,fields\nb.txt,y\n", {"b.txt": {"title": "y"}}, "4 fields"),
    (b'file,title\nb.txt,y\n"a.txt,never closed\n', {"b.txt": {"title": "y"}}, "line 3"),
    (b"file,title\na.txt,x\na.txt,y\n", {"a.txt": {"title": "x"}}, "listed twice"),
    (b"file,title\n,x\n", {}, "no file name"),
    (b"\x00\x01\x02" * 100, {}, "binary"),
    (b"", {}, "no 'file' column"),
])
def test_malformed_manifests_keep_good_rows(tmp_path, content, expect_rows, problem):
    m = tmp_path / "index.csv"
    m.write_bytes(content)
    errors = []
    assert read_manifest(m, on_error=lambda p, e: errors.append(str(e))) == expect_rows
    if problem:
        assert len(errors) == 1 and problem in errors[0] and "index.csv" in errors[0]
    else:
        assert errors == []


def test_truncated_utf16_drops_the_odd_byte():
    warnings = []
    raw = (badfiles.DUTCH).encode("utf-16")[:-1]
    assert decode_bytes(raw, "u.txt", warnings) == badfiles.DUTCH[:-1]
    assert "truncated" in warnings[0]


def test_pdf_bytes_in_a_txt_file_are_read_as_pdf(tmp_path):
    f = tmp_path / "brief.txt"
    f.write_bytes(badfiles.pdf())
    doc = read_document(f)
    assert doc.media_type == "application/pdf" and "Defensie heeft de Kamer" in doc.text


def test_pdf_without_text_layer():
    with pytest.raises(InputError, match="no text layer"):
        pdf_to_text(badfiles.pdf(""), "scan.pdf")
