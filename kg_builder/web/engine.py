"""Where SPARQL queries from the endpoint run: killable worker processes.

pyoxigraph cannot interrupt a query, so queries sent by clients run in a small pool
of worker processes (``worker.py``), each holding the store open read-only.  A query
that outlives the timeout has its worker killed (SIGKILL) and replaced; the other
workers keep serving.  After a curator update the pool's *generation* goes up and
each worker reopens the store before its next query, so it sees the change.

Stores without a folder (in memory, remote) run queries in the request thread,
without a timeout: they are meant for tests and small data.
"""
from __future__ import annotations

import fcntl
import json
import os
import queue
import select
import subprocess
import sys
import threading
import time
from pathlib import Path

from ..errors import QueryError
from ..store import OxigraphStore, Store
from . import worker

WORKER_SCRIPT = Path(worker.__file__).resolve()


class QueryTimeout(QueryError):
    """The query ran longer than the timeout and was stopped."""


class EngineBusy(QueryError):
    """Every worker stayed busy for the whole timeout."""


class WorkerDied(QueryError):
    """A worker ended without answering (crash or out of memory)."""


def _widen(pipe) -> None:
    """A 1 MiB pipe (Linux): a result up to that size crosses without waking the worker again."""
    try:
        fcntl.fcntl(pipe.fileno(), getattr(fcntl, "F_SETPIPE_SZ", 1031), 1 << 20)
    except OSError:
        pass


class _Worker:
    def __init__(self, store_path: str, memory_mb: int, generation: int):
        self.proc = subprocess.Popen(
            [sys.executable, "-I", str(WORKER_SCRIPT), store_path, str(memory_mb), str(generation)],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
            close_fds=True)
        _widen(self.proc.stdin)
        _widen(self.proc.stdout)
        self.buf = bytearray()

    def _fill(self, deadline: float) -> None:
        fd = self.proc.stdout.fileno()
        left = deadline - time.monotonic()
        if left <= 0 or not select.select([fd], [], [], left)[0]:
            raise QueryTimeout("timeout")
        chunk = os.read(fd, 1 << 20)
        if not chunk:
            raise WorkerDied("the query worker ended without an answer "
                             "(probably out of memory: KG_QUERY_MEMORY_MB)")
        self.buf += chunk

    def ask(self, req: dict, deadline: float) -> tuple[dict, bytes]:
        self.proc.stdin.write(json.dumps(req).encode() + b"\n")
        self.proc.stdin.flush()
        while (end := self.buf.find(b"\n")) < 0:
            self._fill(deadline)
        head = json.loads(self.buf[:end])
        del self.buf[:end + 1]
        size = head["length"]
        while len(self.buf) < size:
            self._fill(deadline)
        body = bytes(self.buf[:size])
        del self.buf[:size]
        return head, body

    def kill(self) -> None:
        try:
            self.proc.kill()
            self.proc.wait(timeout=5)
        except (OSError, subprocess.TimeoutExpired):
            pass


class WorkerPool:
    """A fixed number of query worker processes over one store folder."""

    def __init__(self, store_path: str, size: int, memory_mb: int = 0):
        self.store_path, self.memory_mb = store_path, memory_mb
        self.generation = 0
        # last in, first out: a client's next query goes to the worker that just answered,
        # whose caches are warm (and which the scheduler is more likely to run at once)
        self._idle: queue.LifoQueue[_Worker] = queue.LifoQueue()
        self._lock = threading.Lock()
        self._closed = False
        for _ in range(max(1, size)):
            self._idle.put(_Worker(store_path, memory_mb, 0))

    def changed(self) -> None:
        """The store was written: workers reopen it before their next query."""
        with self._lock:
            self.generation += 1

    def run(self, req: dict, timeout: float) -> tuple[dict, bytes]:
        deadline = time.monotonic() + timeout
        try:
            w = self._idle.get(timeout=timeout)
        except queue.Empty:
            raise EngineBusy("every query worker stayed busy") from None
        if w.proc.poll() is not None:
            w = _Worker(self.store_path, self.memory_mb, self.generation)
        healthy = False
        try:
            head, body = w.ask(dict(req, generation=self.generation), deadline)
            healthy = True
            return head, body
        except (OSError, ValueError) as exc:
            raise WorkerDied(f"the query worker failed: {exc}") from exc
        finally:
            if healthy:
                self._idle.put(w)
            else:
                w.kill()
                if not self._closed:
                    self._idle.put(_Worker(self.store_path, self.memory_mb, self.generation))

    def close(self) -> None:
        self._closed = True
        while True:
            try:
                self._idle.get_nowait().kill()
            except queue.Empty:
                break


class InProcessRunner:
    """Runs queries in the calling thread (stores in memory or remote; no timeout)."""

    def __init__(self, store: Store):
        self.store = store

    def changed(self) -> None:
        pass

    def run(self, req: dict, timeout: float) -> tuple[dict, bytes]:
        if isinstance(self.store, OxigraphStore):
            return worker.answer(self.store.raw, req)
        media = req.get("results_type") or req.get("rdf_type") or "application/sparql-results+json"
        try:
            body, media = self.store.sparql(req["query"], media,
                                            default_graph_uris=req.get("default_graphs"),
                                            named_graph_uris=req.get("named_graphs"),
                                            base_iri=req.get("base_iri"))
        except QueryError as exc:
            return {"ok": False, "kind": "syntax", "message": str(exc)}, b""
        return {"ok": True, "media_type": media, "truncated": False, "length": len(body)}, body

    def close(self) -> None:
        pass


def runner_for(store: Store, workers: int, memory_mb: int):
    """A worker pool for a store kept in a folder, else an in-process runner."""
    if isinstance(store, OxigraphStore) and not store.location.startswith("memory:"):
        return WorkerPool(store.location, workers, memory_mb)
    return InProcessRunner(store)
