"""Loading the ontology (``ontology/*.ttl``: ``kamerkg.ttl`` and ``schemes.ttl``).

The folder comes from :func:`kg_builder.config.ontology_dir` (``KG_ONTOLOGY_DIR``);
``load_ontology()`` parses every Turtle file there into one rdflib graph, cached
per process.
"""
from __future__ import annotations

from functools import lru_cache

from rdflib import Graph

from .config import ontology_dir, require_dir, ttl_files
from .errors import ConfigError


@lru_cache(maxsize=4)
def _load(paths: tuple[str, ...]) -> Graph:
    graph = Graph()
    for path in paths:
        try:
            graph.parse(path, format="turtle")
        except Exception as exc:  # rdflib raises several parser exception types
            raise ConfigError(f"cannot parse the ontology: {exc}", path=path,
                              hint="fix the Turtle syntax (rdfpipe FILE shows the error)") from exc
    return graph


def load_ontology() -> Graph:
    """The ontology and concept schemes as one graph (shared and cached: do not modify it)."""
    folder = require_dir(ontology_dir(), "ontology", "KG_ONTOLOGY_DIR")
    return _load(tuple(str(p) for p in ttl_files(folder)))
