"""Canned queries answered ahead of time.

With the setting ``PREWARM`` (on in ``kg serve``) a background thread runs every canned
query of ``queries/`` once the server has started, and again whenever the store changes
(its own writes or another process writing into the folder, see :mod:`.resultcache`), so
the answers wait in the result cache before anyone asks. It sends the same requests as the
query page and a plain JSON client, through the endpoint itself: what it stores is exactly
what those requests would get.
"""
from __future__ import annotations

import logging
import threading
import time

from flask import Flask

log = logging.getLogger("kg_builder.web")

#: the Accept headers of the query page and of a plain SPARQL JSON client
ACCEPTS = ("application/sparql-results+json, text/turtle;q=0.9", "application/sparql-results+json")


def warm(app: Flask) -> int:
    """Answer every canned query whose answer is not stored yet; returns how many were run."""
    from .querypage import canned_queries
    from .sparql import endpoint

    ran = 0
    for q in canned_queries():
        for accept in ACCEPTS:
            with app.test_request_context("/sparql", method="POST", data={"query": q.text},
                                          headers={"Accept": accept}):
                resp = endpoint()
            if resp.status_code != 200:
                log.warning("canned query %s: %s", q.name, resp.get_data(as_text=True)[:200].strip())
            elif resp.headers.get("KG-Cache") == "miss":
                ran += 1
    return ran


class Prewarmer(threading.Thread):
    """Keeps the canned answers of the current store generation in the result cache."""

    def __init__(self, app: Flask, interval: float):
        super().__init__(name="kg-prewarm", daemon=True)
        self.app, self.interval = app, interval
        self.stopped = threading.Event()
        self.warmed: str | None = None      # the generation whose answers are stored
        self.rounds = 0

    def run(self) -> None:
        generation, cache = self.app.extensions["kg-results"]
        while not self.stopped.is_set():
            try:
                token = generation.token()
                if token != self.warmed:
                    t0 = time.perf_counter()
                    ran = warm(self.app)
                    self.rounds += 1
                    log.info("canned queries answered ahead: %d in %.1f s", ran, time.perf_counter() - t0)
                    self.warmed = token
            except Exception:               # the server goes on without stored answers
                log.exception("answering the canned queries ahead failed")
            self.stopped.wait(self.interval)

    def stop(self) -> None:
        self.stopped.set()


def start(app: Flask) -> Prewarmer | None:
    """Start the thread when the app keeps answers (a store folder with a result cache)."""
    generation, cache = app.extensions["kg-results"]
    if generation is None or cache is None:
        return None
    thread = Prewarmer(app, float(app.config["PREWARM_INTERVAL"]))
    app.extensions["kg-prewarm"] = thread
    thread.start()
    return thread
