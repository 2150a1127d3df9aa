"""Decode text files whatever their encoding, and refuse what is not text.

Detection, in order: a byte-order mark (UTF-8, UTF-16, UTF-32); a charset the
caller read from the file (HTML ``<meta charset>``); UTF-16 without BOM (NUL
bytes in every other position); strict UTF-8, also when the file was cut in
the middle of a character; mostly-valid UTF-8 with a few damaged bytes; and
otherwise Windows-1252, which reads latin-1 text the same way.  Known binary
formats (ZIP/docx, images, gzip ...) and text full of control characters are
refused.  Problems that do not stop reading are appended to ``warnings``.
"""
from __future__ import annotations

import codecs
import re
from pathlib import Path

from ..errors import InputError

BOMS = [(codecs.BOM_UTF32_LE, "utf-32-le"), (codecs.BOM_UTF32_BE, "utf-32-be"),
        (codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le"),
        (codecs.BOM_UTF16_BE, "utf-16-be")]
SIGNATURES = [(b"PK\x03\x04", "a ZIP archive (or a .docx/.odt/.xlsx document)"),
              (b"\x1f\x8b", "a gzip archive"), (b"\xd0\xcf\x11\xe0", "an old Microsoft Office document (.doc)"),
              (b"\x89PNG", "a PNG image"), (b"\xff\xd8\xff", "a JPEG image"), (b"GIF8", "a GIF image"),
              (b"\x7fELF", "a program (ELF)"),
              (b"\xfd7zXZ", "an xz archive"), (b"7z\xbc\xaf", "a 7-Zip archive"),
              (b"{\\rtf", "an RTF document"), (b"SQLite format 3", "an SQLite database")]
# C0 controls except tab, newline, form feed (page break) and carriage return; DEL; C1 controls
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f]")
_UTF8_MULTIBYTE = re.compile(
    rb"[\xc2-\xdf][\x80-\xbf]|\xe0[\xa0-\xbf][\x80-\xbf]|[\xe1-\xec\xee\xef][\x80-\xbf]{2}"
    rb"|\xed[\x80-\x9f][\x80-\xbf]|\xf0[\x90-\xbf][\x80-\xbf]{2}|[\xf1-\xf3][\x80-\xbf]{3}"
    rb"|\xf4[\x80-\x8f][\x80-\xbf]{2}")
_HIGH = re.compile(rb"[\x80-\xff]")
MAX_CONTROL_RATIO = 0.02   # more control characters than this: binary, not text
_BINARY_HINT = "give the document as text (.txt), HTML (.html) or PDF (.pdf)"


def where(path: Path | str | None) -> str | None:
    """``path`` as it goes into an error message (None when there is no file)."""
    return str(path) if path else None


def sniff_binary(raw: bytes) -> str | None:
    """What a known binary format ``raw`` starts with, or None."""
    for magic, what in SIGNATURES:
        if raw.startswith(magic):
            return what
    return None


def _utf16_without_bom(head: bytes) -> str | None:
    """``utf-16-le``/``-be`` when NUL bytes sit in (nearly) every odd/even position."""
    pairs = len(head) // 2
    if pairs < 8:
        return None
    even_nul = sum(1 for i in range(0, 2 * pairs, 2) if head[i] == 0)
    odd_nul = sum(1 for i in range(1, 2 * pairs, 2) if head[i] == 0)
    if odd_nul > 0.6 * pairs and even_nul < 0.05 * pairs:
        return "utf-16-le"
    if even_nul > 0.6 * pairs and odd_nul < 0.05 * pairs:
        return "utf-16-be"
    return None


def _latin1_fallback(exc: UnicodeDecodeError) -> tuple[str, int]:
    return exc.object[exc.start:exc.end].decode("latin-1"), exc.end


codecs.register_error("kg-latin1", _latin1_fallback)


def _decode_unmarked(raw: bytes, name: str, warnings: list[str], utf8_bom: bool = False) -> str:
    """UTF-8 (also cut mid-character or with a few bad bytes), else Windows-1252."""
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        if exc.reason == "unexpected end of data" and exc.start >= len(raw) - 3:
            warnings.append(f"{name}: the file ends in the middle of a UTF-8 character "
                            f"(truncated?); the last {len(raw) - exc.start} byte(s) were dropped")
            return raw[:exc.start].decode("utf-8")
    sequences = _UTF8_MULTIBYTE.findall(raw)
    invalid = len(_HIGH.findall(raw)) - sum(map(len, sequences))
    # Windows-1252 text almost never holds a valid UTF-8 sequence; a damaged sequence is 1-3 bytes
    if utf8_bom or (sequences and 3 * len(sequences) >= invalid):
        warnings.append(f"{name}: {invalid} byte(s) are not valid UTF-8 and were replaced by U+FFFD")
        return raw.decode("utf-8", errors="replace")
    # Windows-1252; its five unassigned bytes are read as latin-1 (C1 controls, cleaned later)
    return raw.decode("cp1252", errors="kg-latin1")


def decode_bytes(raw: bytes, path: Path | str | None = None, warnings: list[str] | None = None,
                 declared: str | None = None) -> str:
    """Decode ``raw`` to text with normalised newlines and no control characters.

    ``declared`` is a charset named inside the file (HTML ``<meta charset>``);
    a byte-order mark wins over it, and it is ignored when the bytes do not fit it.
    """
    warnings = [] if warnings is None else warnings
    name = str(path) if path else "text"
    text = None
    for bom, codec in BOMS:
        if raw.startswith(bom):
            body = raw[len(bom):]
            unit = 4 if "32" in codec else 2 if "16" in codec else 1
            if len(body) % unit:
                warnings.append(f"{name}: the file ends in the middle of a character (truncated?); "
                                f"the last {len(body) % unit} byte(s) were dropped")
                body = body[:len(body) - len(body) % unit]
            if codec == "utf-8":
                text = _decode_unmarked(body, name, warnings, utf8_bom=True)
                break
            try:
                text = body.decode(codec)
            except UnicodeDecodeError:
                warnings.append(f"{name}: damaged {codec.upper()} characters (e.g. unpaired "
                                f"surrogates) were replaced by U+FFFD")
                text = body.decode(codec, errors="replace")
            break
    if text is None:
        what = sniff_binary(raw)
        if what:
            raise InputError(f"file is {what}, not text", path=where(path), hint=_BINARY_HINT)
        if declared:
            try:
                text = raw.decode(declared)
            except (LookupError, UnicodeDecodeError):
                warnings.append(f"{name}: the file says its charset is {declared!r}, "
                                f"but its bytes do not fit; the encoding was detected instead")
    if text is None:
        utf16 = _utf16_without_bom(raw[:4096])
        if utf16:
            text = raw[:len(raw) - len(raw) % 2].decode(utf16, errors="replace")
        else:
            text = _decode_unmarked(raw, name, warnings)
    controls = len(_CONTROL.findall(text))
    if text and controls > MAX_CONTROL_RATIO * len(text) and controls > 8:
        nuls = text.count("\x00")
        raise InputError(f"file is binary, not text ({controls} control characters"
                         + (f", {nuls} of them NUL bytes," if nuls else "")
                         + f" in {len(text)} characters)", path=where(path), hint=_BINARY_HINT)
    return clean_text(text)


def clean_text(text: str) -> str:
    """Normalise newlines; control characters become spaces and lone surrogates U+FFFD,
    so the text can be stored as RDF and offsets into it stay meaningful."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = _CONTROL.sub(" ", text)
    return text.encode("utf-16", "surrogatepass").decode("utf-16", "replace")
