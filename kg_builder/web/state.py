"""What the app holds while it runs: the store, the query runner and small caches."""
from __future__ import annotations

import threading

from flask import current_app

from ..store import Store
from ..vocab import BASE
from .engine import runner_for

PREFIXES = {
    "kgb": BASE + "def#", "doc": BASE + "doc/", "id": BASE + "id/", "graph": BASE + "graph/",
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#", "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "xsd": "http://www.w3.org/2001/XMLSchema#", "owl": "http://www.w3.org/2002/07/owl#",
    "skos": "http://www.w3.org/2004/02/skos/core#", "dcterms": "http://purl.org/dc/terms/",
    "foaf": "http://xmlns.com/foaf/0.1/", "prov": "http://www.w3.org/ns/prov#",
    "oa": "http://www.w3.org/ns/oa#", "time": "http://www.w3.org/2006/time#",
    "org": "http://www.w3.org/ns/org#", "sem": "http://semanticweb.cs.vu.nl/2009/11/sem/",
    "geo": "http://www.opengis.net/ont/geosparql#", "cito": "http://purl.org/spar/cito/",
    "void": "http://rdfs.org/ns/void#", "dcat": "http://www.w3.org/ns/dcat#",
    "sd": "http://www.w3.org/ns/sparql-service-description#", "sh": "http://www.w3.org/ns/shacl#",
}


class ServerState:
    """The store behind the app, the runner of client queries, and caches cleared on writes."""

    def __init__(self, store: Store, config):
        self.store = store
        self.runner = runner_for(store, int(config["QUERY_WORKERS"]), int(config["QUERY_MEMORY_MB"]))
        self.write_lock = threading.Lock()
        self.cache: dict = {}

    def changed(self) -> None:
        """Called after every write: workers reopen the store, caches are dropped."""
        self.runner.changed()
        self.cache.clear()

    def cached(self, key, compute):
        if key not in self.cache:
            self.cache[key] = compute()
        return self.cache[key]

    def close(self) -> None:
        self.runner.close()


def state() -> ServerState:
    return current_app.extensions["kg"]


def prefix_block() -> str:
    return "".join(f"PREFIX {p}: <{iri}>\n" for p, iri in PREFIXES.items())


def shorten(iri: str) -> str:
    """``kgb:Militia`` for a known namespace, else the IRI itself."""
    for p, ns in sorted(PREFIXES.items(), key=lambda kv: -len(kv[1])):
        if iri.startswith(ns) and "/" not in iri[len(ns):] and "#" not in iri[len(ns):]:
            return f"{p}:{iri[len(ns):]}"
    return iri
