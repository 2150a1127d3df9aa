"""PDF to text through pypdf.

A PDF comes from outside and pypdf meets every kind of damage in them, so any
exception while parsing counts as "damaged PDF" and is reported as such.
"""
from __future__ import annotations

import io
import logging
from pathlib import Path

from ..errors import InputError
from .text import clean_text, sniff_binary, where

_FIX = "download the PDF again, or give its text as .txt"


def is_pdf(raw: bytes) -> bool:
    """A PDF's header may sit anywhere in its first 1024 bytes."""
    return b"%PDF-" in raw[:1024]


def pdf_to_text(raw: bytes, path: Path | str | None = None, warnings: list[str] | None = None) -> str:
    from pypdf import PdfReader

    if not is_pdf(raw):
        head = raw[:512].lstrip().lower()
        what = sniff_binary(raw) or ("an HTML page (an error page saved as PDF?)"
                                     if head.startswith((b"<!doctype html", b"<html")) else None)
        raise InputError(f"file is not a PDF{': it is ' + what if what else ' (no %PDF- header)'}",
                         path=where(path), hint=_FIX)
    if b"%%EOF" not in raw[-2048:]:
        (warnings if warnings is not None else []).append(
            f"{path}: the PDF has no end-of-file marker (truncated?); reading what is there")
    logging.getLogger("pypdf").setLevel(logging.ERROR)
    try:
        reader = PdfReader(io.BytesIO(raw), strict=False)
        if reader.is_encrypted:
            raise InputError("PDF is encrypted", path=where(path),
                             hint="give an unencrypted copy of the document")
        pages = [page.extract_text() or "" for page in reader.pages]
    except InputError:
        raise
    except Exception as exc:  # noqa: BLE001 - third-party parser on untrusted bytes
        raise InputError(f"PDF is damaged or truncated ({type(exc).__name__}: {exc})",
                         path=where(path), hint=_FIX) from exc
    text = clean_text("\n\f\n".join(pages))
    if not text.strip():
        raise InputError("PDF has no text layer (scanned pages?)", path=where(path),
                         hint="run OCR first and give the text as .txt")
    return text
