"""kg-builder: a knowledge graph of Dutch parliamentary documents on security and defence.

Public API (small on purpose):

- :func:`build` reads documents and RDF files into a store and returns a report;
- :func:`validate` checks a store or graph against the SHACL shapes;
- :func:`extract` returns what the extractors find in one document (gold-schema dict);
- :func:`open_store` opens the embedded Oxigraph store, an in-memory store or a remote one.
"""
from __future__ import annotations

__version__ = "0.1.0"


def build(*args, **kwargs):
    from .build import build as _build
    return _build(*args, **kwargs)


def validate(*args, **kwargs):
    from .validate import validate as _validate
    return _validate(*args, **kwargs)


def extract(*args, **kwargs):
    from .build import extract as _extract
    return _extract(*args, **kwargs)


def open_store(*args, **kwargs):
    from .store import open_store as _open
    return _open(*args, **kwargs)


__all__ = ["build", "validate", "extract", "open_store", "__version__"]
