"""Read source files into :class:`~kg_builder.document.Document` objects.

Plain text (``.txt``), HTML pages (``.html``/``.htm``), XML (``.xml``) and PDF
(``.pdf``) are documents; RDF files are reference data and are loaded by the
builder as they are (see :data:`RDF_SUFFIXES`).  ``index.csv`` beside the
files is read as a manifest of hints (source URL, title, genre, date).

Every problem is an :class:`~kg_builder.errors.InputError` naming the file,
what is wrong and what to do; problems that do not stop reading end up in
``Document.warnings``.
"""
from __future__ import annotations

import csv
import hashlib
import io
import os
import stat
from pathlib import Path
from typing import Callable, Iterable, Iterator

from ..document import Document
from ..errors import InputError, KGError
from .text import decode_bytes

TEXT_SUFFIXES = {".txt", ".text"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
XML_SUFFIXES = {".xml"}
PDF_SUFFIXES = {".pdf"}
DOC_SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | XML_SUFFIXES | PDF_SUFFIXES
RDF_SUFFIXES = {".ttl": "text/turtle", ".nt": "application/n-triples",
                ".nq": "application/n-quads", ".trig": "application/trig",
                ".jsonld": "application/ld+json", ".rdf": "application/rdf+xml",
                ".owl": "application/rdf+xml"}
MANIFEST_NAME = "index.csv"
MANIFEST_COLUMNS = "file,source_url,title,genre,date"
MAX_BYTES = int(float(os.environ.get("KG_MAX_FILE_MB", "64")) * 2**20)

OnError = Callable[[str, KGError], None]


def _raise(path: str, exc: KGError) -> None:
    raise exc


def read_manifest(path: Path, on_error: OnError | None = None) -> dict[str, dict[str, str]]:
    """``index.csv`` rows keyed by file name (columns: file, source_url, title, genre, date).

    Bad rows are left out and reported through ``on_error`` (default: raise);
    the good rows are still returned.
    """
    on_error = on_error or _raise
    fix = f"give a CSV with a header row '{MANIFEST_COLUMNS}' and one row per file"
    try:
        text = decode_bytes(read_bytes(path), path)
    except InputError as exc:
        on_error(str(path), InputError(f"manifest cannot be read: {exc.message}", path=str(path),
                                       hint=fix))
        return {}
    reader = csv.reader(io.StringIO(text, newline=""), strict=True)
    rows: dict[str, dict[str, str]] = {}
    problems: list[str] = []
    try:
        header = [h.strip().lower() for h in next(reader, [])]
        if "file" not in header:
            on_error(str(path), InputError("manifest has no 'file' column", path=str(path), where="line 1",
                                           hint=f"columns found: {', '.join(header) or 'none'}; {fix}"))
            return {}
        for row in reader:
            line = reader.line_num
            if not any(cell.strip() for cell in row):
                continue
            if len(row) > len(header):
                problems.append(f"line {line}: {len(row)} fields, the header has {len(header)}")
                continue
            rec = dict(zip(header, (c.strip() for c in row)))
            name = rec.pop("file", "")
            if not name:
                problems.append(f"line {line}: no file name")
            elif name in rows and rows[name] != rec:
                problems.append(f"line {line}: {name!r} is listed twice with different values")
            else:
                rows[name] = {k: v for k, v in rec.items() if k}
    except csv.Error as exc:
        problems.append(f"line {reader.line_num}: {exc}; the rest of the manifest was ignored")
    if problems:
        on_error(str(path), InputError(f"manifest has {len(problems)} bad row(s), left out: "
                                       + "; ".join(problems[:5]) + (" ..." if len(problems) > 5 else ""),
                                       path=str(path), hint=fix))
    return rows


def _special(mode: int) -> str | None:
    for test, what in ((stat.S_ISFIFO, "a named pipe (FIFO)"), (stat.S_ISSOCK, "a socket"),
                       (stat.S_ISCHR, "a character device"), (stat.S_ISBLK, "a block device"),
                       (stat.S_ISDIR, "a folder")):
        if test(mode):
            return what
    return None


def _os_error(exc: OSError, path: Path) -> InputError:
    if isinstance(exc, PermissionError):
        return InputError("file cannot be read (permission denied)", path=str(path),
                          hint="make the file readable, and its folders searchable, for this user")
    return InputError(f"file cannot be read: {exc.strerror or exc}", path=str(path),
                      hint="check that the file exists and is readable")


def check_regular_file(path: Path) -> os.stat_result:
    """``stat`` of ``path`` when it is a regular file (or a link to one), else :class:`InputError`."""
    try:
        st = path.stat()
    except FileNotFoundError as exc:
        if path.is_symlink():
            raise InputError(f"is a symbolic link to {os.readlink(path)!r}, which does not exist",
                             path=str(path), hint="fix or remove the link") from exc
        raise InputError("no such file", path=str(path), hint="check the path") from exc
    except OSError as exc:
        raise _os_error(exc, path) from exc
    what = _special(st.st_mode)
    if what:
        raise InputError(f"is {what}, not a regular file", path=str(path),
                         hint="give a document file (.txt, .html, .xml or .pdf)" if what != "a folder"
                         else "give the files inside it, or give the folder to `kg build`")
    return st


def discover(paths: Iterable[str | Path], on_error: OnError | None = None) -> Iterator[tuple[Path, dict]]:
    """Yield ``(file, hints)`` for every document or RDF file under ``paths``, sorted.

    Paths that cannot be used (dangling links, pipes, bad manifests) are reported
    through ``on_error`` (default: raise) and the rest goes on.  Links to folders
    are not followed, so a link loop cannot trap the walk.
    """
    on_error = on_error or _raise
    for p in map(Path, paths):
        if p.is_dir():
            yield from _walk_folder(p, on_error)
        elif p.exists() or p.is_symlink():
            try:
                check_regular_file(p)
            except InputError as exc:
                on_error(str(p), exc)
                continue
            manifest_path = p.parent / MANIFEST_NAME
            manifest = read_manifest(manifest_path, on_error) \
                if manifest_path.is_file() and p.name != MANIFEST_NAME else {}
            yield p, manifest.get(p.name, {})
        else:
            on_error(str(p), InputError("no such file or folder", path=str(p),
                                        hint="check the path; give files or folders of .txt, .html, "
                                             ".xml or .pdf documents"))


def _walk_folder(root: Path, on_error: OnError) -> Iterator[tuple[Path, dict]]:
    def walk_error(exc: OSError) -> None:
        on_error(str(exc.filename), InputError(f"folder cannot be read: {exc.strerror}",
                                               path=str(exc.filename),
                                               hint="make it readable for this user"))

    for folder, dirs, files in os.walk(root, onerror=walk_error):
        dirs.sort()
        here = Path(folder)
        manifest = read_manifest(here / MANIFEST_NAME, on_error) if MANIFEST_NAME in files else {}
        for name in sorted(files):
            f = here / name
            suffix = f.suffix.lower()
            if name == MANIFEST_NAME or (suffix not in DOC_SUFFIXES and suffix not in RDF_SUFFIXES):
                continue
            try:
                check_regular_file(f)
            except InputError as exc:
                on_error(str(f), exc)
                continue
            yield f, manifest.get(name, {})


def read_bytes(path: Path, limit: int | None = None) -> bytes:
    """The bytes of a regular file of at most ``limit`` bytes (default :data:`MAX_BYTES`)."""
    limit = MAX_BYTES if limit is None else limit
    path = Path(path)
    size = check_regular_file(path).st_size
    too_big = InputError(f"file is {max(size, limit + 1) / 2**20:.0f} MiB, more than the "
                         f"{limit / 2**20:.0f} MiB limit for one document", path=str(path),
                         hint="split it into one file per document, or raise the limit with "
                              "KG_MAX_FILE_MB")
    if size > limit:
        raise too_big
    try:
        with path.open("rb") as fh:
            raw = fh.read(limit + 1)
    except OSError as exc:
        raise _os_error(exc, path) from exc
    if len(raw) > limit:  # it grew while we read it
        raise too_big
    return raw


def read_document(path: str | Path, hints: dict | None = None) -> Document:
    """Read one document file, detect its metadata and parts."""
    from ..metadata import describe
    from .html import html_to_text, xml_to_text
    from .language import check_dutch
    from .pdf import pdf_to_text

    path = Path(path)
    suffix = path.suffix.lower()
    if suffix in RDF_SUFFIXES or suffix not in DOC_SUFFIXES | {""}:
        raise InputError(f"unsupported file type {suffix!r}", path=str(path),
                         hint=f"give one of {', '.join(sorted(DOC_SUFFIXES))} "
                              f"(RDF files ({', '.join(sorted(RDF_SUFFIXES))}) go to `kg build` as they are)")
    raw = read_bytes(path)
    if not raw.strip():
        raise InputError("file is empty", path=str(path),
                         hint="remove the file or replace it with the document's text")
    warnings: list[str] = []
    if suffix in PDF_SUFFIXES or raw.lstrip().startswith(b"%PDF-"):
        text, media = pdf_to_text(raw, path, warnings), "application/pdf"
    elif suffix in HTML_SUFFIXES:
        text, media = html_to_text(raw, path, warnings), "text/html"
    elif suffix in XML_SUFFIXES:
        text, media = xml_to_text(raw, path, warnings), "application/xml"
    else:
        text, media = decode_bytes(raw, path, warnings), "text/plain"
    if not text.strip():
        raise InputError("document is empty (no text after reading)", path=str(path),
                         hint="remove the file or replace it with the document's text")
    check_dutch(text, str(path))
    doc = Document(key=path.stem, text=text, path=str(path), media_type=media,
                   sha256=hashlib.sha256(raw).hexdigest(), hints=dict(hints or {}))
    doc.warnings.extend(warnings)
    describe(doc)
    return doc
