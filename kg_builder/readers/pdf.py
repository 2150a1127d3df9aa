"""PDF to text through pypdf."""
from __future__ import annotations

import io
from pathlib import Path

from ..errors import InputError


def pdf_to_text(raw: bytes, path: Path | str | None = None) -> str:
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    try:
        reader = PdfReader(io.BytesIO(raw), strict=False)
        if reader.is_encrypted:
            raise InputError("PDF is encrypted", path=str(path),
                             hint="give an unencrypted copy of the document")
        pages = [page.extract_text() or "" for page in reader.pages]
    except InputError:
        raise
    except (PdfReadError, ValueError, KeyError, TypeError, OSError) as exc:
        raise InputError(f"PDF is damaged or not a PDF: {exc}", path=str(path),
                         hint="download the PDF again or give its text as .txt") from exc
    text = "\n\f\n".join(pages)
    if not text.strip():
        raise InputError("PDF has no text layer (scanned pages?)", path=str(path),
                         hint="run OCR first and give the text as .txt")
    return text
