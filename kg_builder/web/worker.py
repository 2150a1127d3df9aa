"""Run one SPARQL query against a pyoxigraph store and serialise its result.

Used in two ways:

- as a **worker process** (``python worker.py STORE_DIR``): it opens the store
  read-only and answers requests read from stdin, one JSON line each, with a JSON
  header line followed by the body bytes.  The server kills a worker whose query
  outlives the timeout, which pyoxigraph itself cannot stop;
- in-process through :func:`execute` for stores kept in memory.

This file imports only the standard library and pyoxigraph, so a worker starts fast.
"""
from __future__ import annotations

import io
import json
import re
import sys
import time

import pyoxigraph as ox

RESULT_FORMATS = {
    "application/sparql-results+json": "JSON", "application/sparql-results+xml": "XML",
    "text/csv": "CSV", "text/tab-separated-values": "TSV",
}
RDF_FORMATS = {
    "text/turtle": "TURTLE", "application/n-triples": "N_TRIPLES", "application/n-quads": "N_QUADS",
    "application/trig": "TRIG", "application/ld+json": "JSON_LD", "application/rdf+xml": "RDF_XML",
}


class NotAcceptable(Exception):
    """The client accepts no format for this kind of result."""


class _Stop(Exception):
    """The result holds more rows than the client may get."""


class _Sink(io.RawIOBase):
    """A file for Oxigraph's result serialisers: keeps the bytes and counts ``patterns`` as they
    come (chunks of a few KB, never per row); stops the serialiser once the count passes ``limit``."""

    def __init__(self, patterns: tuple[bytes, ...], limit: int):
        super().__init__()
        self.limit = limit
        self.chunks: list[bytes] = []
        self.count, self.stopped = 0, False
        self._tails = {p: b"" for p in patterns}

    def writable(self) -> bool:
        return True

    def write(self, data) -> int:
        data = bytes(data)
        self.chunks.append(data)
        for p, tail in self._tails.items():
            seen = tail + data  # a pattern split between two chunks counts once
            self.count += seen.count(p)
            self._tails[p] = seen[len(seen) - len(p) + 1:]
        if self.count > self.limit:
            self.stopped = True
            raise _Stop()
        return len(data)

    def serialize(self, results, fmt) -> bool:
        """Write ``results``; False when stopped at the limit."""
        try:
            results.serialize(self, format=fmt)
        except Exception:
            if not self.stopped:
                raise
        return not self.stopped

    def data(self) -> bytes:
        return b"".join(self.chunks)


# What counts rows in each serialisation, and how many header lines it has: exactly (TSV
# lines, XML <result> elements) or as an upper bound (CSV lines: quoted values may hold line
# breaks; JSON: a row has a term, whose '"type":"' cannot occur inside an escaped string, or
# is empty, '{}'; rows with several terms count several times).
_ROW_MARKS = {"TSV": ((b"\n",), 1), "XML": ((b"<result>",), 0), "CSV": ((b"\n",), 1),
              "JSON": ((b'"type":"', b"{}"), 0)}


def _solutions(run, media: str, max_rows: int) -> tuple[bytes, bool]:
    """Serialise at most ``max_rows`` solutions with Oxigraph's writers (no work per row here).

    One pass in the client's format whenever its row count stays within ``max_rows``; a
    result that may be longer runs again as TSV (exact lines), is cut and converted.
    """
    fmt = RESULT_FORMATS[media]
    target = getattr(ox.QueryResultsFormat, fmt)
    patterns, header = _ROW_MARKS[fmt]
    sink = _Sink(patterns, max_rows + header)
    if sink.serialize(run(), target):
        return sink.data(), False
    if fmt != "TSV":
        sink = _Sink((b"\n",), max_rows + 1)
        if sink.serialize(run(), ox.QueryResultsFormat.TSV):  # not more rows after all
            tsv = sink.data()
            return ox.parse_query_results(tsv, format=ox.QueryResultsFormat.TSV).serialize(format=target), False
    lines = sink.data().split(b"\n", max_rows + 1)
    tsv = b"\n".join(lines[:max_rows + 1]) + b"\n"
    if fmt == "TSV":
        return tsv, True
    return ox.parse_query_results(tsv, format=ox.QueryResultsFormat.TSV).serialize(format=target), True


def _triples(res, media: str, max_rows: int, prefixes: dict) -> tuple[bytes, bool]:
    triples, truncated = [], False
    for t in res:
        if len(triples) >= max_rows:
            truncated = True
            break
        triples.append(t)
    fmt = getattr(ox.RdfFormat, RDF_FORMATS[media])
    if fmt in (ox.RdfFormat.N_QUADS, ox.RdfFormat.TRIG):
        items = [ox.Quad(t.subject, t.predicate, t.object, ox.DefaultGraph()) for t in triples]
    else:
        items = triples
    kw = {"prefixes": prefixes} if prefixes and fmt in (ox.RdfFormat.TURTLE, ox.RdfFormat.TRIG) else {}
    return ox.serialize(items, format=fmt, **kw), truncated


_UNKNOWN_FUNCTION = re.compile(r"custom function <([^>]+)> is not supported")


def _query(store: ox.Store, query: str, base_iri: str | None, kw: dict):
    """``store.query``; an unknown extension function evaluates to an error (unbound), as in Jena."""
    unknown: dict = {}
    for _ in range(16):
        try:
            return store.query(query, base_iri=base_iri, custom_functions=unknown or None, **kw)
        except RuntimeError as exc:
            m = _UNKNOWN_FUNCTION.search(str(exc))
            if not m or ox.NamedNode(m.group(1)) in unknown:
                raise
            unknown[ox.NamedNode(m.group(1))] = lambda *args: None
    raise RuntimeError("too many unknown extension functions")


def execute(store: ox.Store, req: dict) -> tuple[dict, bytes]:
    """Run ``req['query']``; return a header (media type, truncation) and the body.

    Raises ``SyntaxError`` for a malformed query and :class:`NotAcceptable` when the
    client accepts no format for the kind of result the query gives.
    """
    kw: dict = {}
    if req.get("default_graphs"):
        kw["default_graph"] = [ox.NamedNode(g) for g in req["default_graphs"]]
    elif req.get("union", True):
        kw["use_default_graph_as_union"] = True
    if req.get("named_graphs"):
        kw["named_graphs"] = [ox.NamedNode(g) for g in req["named_graphs"]]

    def run():
        return _query(store, req["query"], req.get("base_iri"), kw)

    res = run()
    max_rows = int(req.get("max_rows") or 10**12)
    if isinstance(res, (ox.QueryBoolean, ox.QuerySolutions)):
        media = req.get("results_type")
        if media not in RESULT_FORMATS:
            raise NotAcceptable("a SELECT or ASK result")
        if isinstance(res, ox.QueryBoolean):
            body, truncated = res.serialize(format=getattr(ox.QueryResultsFormat, RESULT_FORMATS[media])), False
        else:
            first = [res]
            body, truncated = _solutions(lambda: first.pop() if first else run(), media, max_rows)
    else:
        media = req.get("rdf_type")
        if media not in RDF_FORMATS:
            raise NotAcceptable("an RDF graph (CONSTRUCT or DESCRIBE)")
        body, truncated = _triples(res, media, max_rows, req.get("prefixes") or {})
    return {"ok": True, "media_type": media, "truncated": truncated, "length": len(body)}, body


def answer(store: ox.Store, req: dict) -> tuple[dict, bytes]:
    """:func:`execute` with every failure turned into an error header."""
    try:
        return execute(store, req)
    except SyntaxError as exc:
        return {"ok": False, "kind": "syntax", "message": str(exc)}, b""
    except NotAcceptable as exc:
        return {"ok": False, "kind": "not-acceptable", "message": str(exc)}, b""
    except Exception as exc:  # evaluation errors are reported, never crash the worker
        return {"ok": False, "kind": "evaluation", "message": f"{type(exc).__name__}: {exc}"}, b""


def _limit_memory(mb: int) -> None:
    if mb > 0:
        import resource
        limit = mb * 1024 * 1024
        resource.setrlimit(resource.RLIMIT_AS, (limit, limit))


def _open(path: str, tries: int = 5) -> ox.Store:
    """The store read-only; retried when the writer's compaction replaces files meanwhile."""
    for i in range(tries):
        try:
            return ox.Store.read_only(path)
        except (OSError, RuntimeError):
            if i == tries - 1:
                raise
            time.sleep(0.02 * (i + 1))
    raise AssertionError("unreachable")


def main(argv: list[str]) -> None:
    path, memory_mb = argv[1], int(argv[2]) if len(argv) > 2 else 0
    _limit_memory(memory_mb)
    inp, out = sys.stdin.buffer, sys.stdout.buffer
    # opened before the first query (opening takes tens of ms), as of the pool's generation
    store, generation = None, None
    try:
        store, generation = _open(path), int(argv[3]) if len(argv) > 3 else None
    except (OSError, RuntimeError):
        pass  # tried again with the first query
    for line in inp:
        req = json.loads(line)
        try:
            if req.get("generation") != generation or store is None:
                store, generation = _open(path), req.get("generation")
            head, body = answer(store, req)
            if not head["ok"] and head["kind"] == "evaluation" and (
                    "OSError" in head["message"] or "No such file" in head["message"]):
                store = _open(path)  # files moved by a compaction: reopen once
                head, body = answer(store, req)
        except (OSError, RuntimeError) as exc:
            store, (head, body) = None, ({"ok": False, "kind": "evaluation",
                                          "message": f"the store could not be opened: {exc}"}, b"")
        head.setdefault("length", len(body))
        out.write(json.dumps(head).encode() + b"\n")
        out.write(body)
        out.flush()


if __name__ == "__main__":
    main(sys.argv)
