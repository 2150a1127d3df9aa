"""Read source files into :class:`~kg_builder.document.Document` objects.

Plain text (``.txt``), HTML pages (``.html``/``.htm``/``.xml``) and PDF
(``.pdf``) are documents; RDF files are reference data and are loaded by the
builder as they are (see :data:`RDF_SUFFIXES`).  ``index.csv`` beside the
files is read as a manifest of hints (source URL, title, genre, date).
"""
from __future__ import annotations

import csv
import hashlib
from pathlib import Path
from typing import Iterable, Iterator

from ..document import Document
from ..errors import InputError
from .text import decode_bytes

TEXT_SUFFIXES = {".txt", ".text"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml", ".xml"}
PDF_SUFFIXES = {".pdf"}
DOC_SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | PDF_SUFFIXES
RDF_SUFFIXES = {".ttl": "text/turtle", ".nt": "application/n-triples",
                ".nq": "application/n-quads", ".trig": "application/trig",
                ".jsonld": "application/ld+json", ".rdf": "application/rdf+xml",
                ".owl": "application/rdf+xml"}
MANIFEST_NAME = "index.csv"
MAX_BYTES = 50 * 1024 * 1024


def read_manifest(path: Path) -> dict[str, dict[str, str]]:
    """``index.csv`` rows keyed by file name (columns: file, source_url, title, genre, date)."""
    try:
        with path.open(encoding="utf-8-sig", newline="") as fh:
            rows = list(csv.DictReader(fh))
    except (OSError, UnicodeDecodeError, csv.Error) as exc:
        raise InputError(f"cannot read manifest: {exc}", path=str(path),
                         hint="give a UTF-8 CSV with a header row 'file,source_url,title,genre,date'") from exc
    if rows and "file" not in rows[0]:
        raise InputError("manifest has no 'file' column", path=str(path),
                         hint=f"columns found: {', '.join(rows[0])}; expected file,source_url,title,genre,date")
    return {r["file"]: {k: (v or "").strip() for k, v in r.items() if k != "file"} for r in rows}


def discover(paths: Iterable[str | Path]) -> Iterator[tuple[Path, dict]]:
    """Yield ``(file, hints)`` for every document or RDF file under ``paths``, sorted."""
    for p in map(Path, paths):
        if p.is_dir():
            manifest = read_manifest(p / MANIFEST_NAME) if (p / MANIFEST_NAME).is_file() else {}
            for f in sorted(p.rglob("*")):
                if f.is_file() and f.name != MANIFEST_NAME and \
                        (f.suffix.lower() in DOC_SUFFIXES or f.suffix.lower() in RDF_SUFFIXES):
                    yield f, manifest.get(f.name, {})
        elif p.is_file() or p.is_symlink():
            manifest_path = p.parent / MANIFEST_NAME
            manifest = read_manifest(manifest_path) if manifest_path.is_file() and p.name != MANIFEST_NAME else {}
            yield p, manifest.get(p.name, {})
        else:
            raise InputError("no such file or folder", path=str(p),
                             hint="check the path; give files or folders of .txt, .html or .pdf documents")


def read_bytes(path: Path) -> bytes:
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise InputError(f"file is {size / 1e6:.0f} MB, more than the {MAX_BYTES // 2**20} MiB limit",
                             path=str(path), hint="split the file into documents or raise MAX_BYTES")
        return path.read_bytes()
    except PermissionError as exc:
        raise InputError("file cannot be read (permission denied)", path=str(path),
                         hint="make it readable for this user") from exc
    except IsADirectoryError as exc:
        raise InputError("is a folder, not a file", path=str(path)) from exc
    except OSError as exc:
        raise InputError(f"file cannot be read: {exc.strerror or exc}", path=str(path),
                         hint="check that the file exists and is readable") from exc


def read_document(path: str | Path, hints: dict | None = None) -> Document:
    """Read one document file, detect its metadata and parts."""
    from ..metadata import describe

    path = Path(path)
    suffix = path.suffix.lower()
    raw = read_bytes(path)
    if suffix in PDF_SUFFIXES:
        from .pdf import pdf_to_text
        text, media = pdf_to_text(raw, path), "application/pdf"
    elif suffix in HTML_SUFFIXES:
        from .html import html_to_text
        text, media = html_to_text(raw, path), "text/html"
    elif suffix in TEXT_SUFFIXES or suffix == "":
        text, media = decode_bytes(raw, path), "text/plain"
    else:
        raise InputError(f"unsupported file type {suffix!r}", path=str(path),
                         hint=f"give one of {', '.join(sorted(DOC_SUFFIXES))} "
                              f"or an RDF file ({', '.join(sorted(RDF_SUFFIXES))})")
    if not text.strip():
        raise InputError("document is empty (no text after reading)", path=str(path),
                         hint="remove the file or replace it with the document's text")
    doc = Document(key=path.stem, text=text, path=str(path), media_type=media,
                   sha256=hashlib.sha256(raw).hexdigest(), hints=dict(hints or {}))
    describe(doc)
    return doc
