"""What the app holds while it runs: the store, the query runner and small caches."""
from __future__ import annotations

import threading

from flask import current_app

from ..store import Store
from ..vocab import PREFIXES  # noqa: F401  (re-exported for the blueprints)
from .engine import runner_for



class ServerState:
    """The store behind the app, the runner of client queries, and caches cleared on writes."""

    def __init__(self, store: Store, config):
        self.store = store
        self.runner = runner_for(store, int(config["QUERY_WORKERS"]), int(config["QUERY_MEMORY_MB"]))
        self.write_lock = threading.Lock()
        self.cache: dict = {}
        self.generation = 0  # counts writes (stored SPARQL answers, ETags)

    def changed(self) -> None:
        """Called after every write: workers (and a read-only store) reopen, caches are dropped."""
        self.generation += 1
        self.runner.changed()
        reopen = getattr(self.store, "reopen", None)
        if reopen is not None:
            reopen()
        self.cache.clear()

    def cached(self, key, compute):
        generation = current_app.extensions.get("kg-results", (None, None))[0]
        if generation is not None:
            generation.token()          # notices another process writing the folder (then `changed`)
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
