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

import json
import re
import sys

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


def _term_json(t) -> dict:
    if isinstance(t, ox.NamedNode):
        return {"type": "uri", "value": t.value}
    if isinstance(t, ox.BlankNode):
        return {"type": "bnode", "value": t.value}
    if isinstance(t, ox.Literal):
        out = {"type": "literal", "value": t.value}
        if t.language:
            out["xml:lang"] = t.language
        elif t.datatype.value != "http://www.w3.org/2001/XMLSchema#string":
            out["datatype"] = t.datatype.value
        return out
    if isinstance(t, ox.Triple):
        return {"type": "triple", "value": {"subject": _term_json(t.subject),
                                            "predicate": _term_json(t.predicate),
                                            "object": _term_json(t.object)}}
    raise TypeError(f"unsupported term {t!r}")


def _solutions(res: ox.QuerySolutions, media: str, max_rows: int) -> tuple[bytes, bool]:
    """Serialise at most ``max_rows`` solutions (JSON written here, other formats by Oxigraph)."""
    names = [v.value for v in res.variables]
    rows, truncated = [], False
    for sol in res:
        if len(rows) >= max_rows:
            truncated = True
            break
        rows.append({n: _term_json(sol[n]) for n in names if sol[n] is not None})
    data = json.dumps({"head": {"vars": names}, "results": {"bindings": rows}},
                      ensure_ascii=False).encode()
    fmt = RESULT_FORMATS[media]
    if fmt != "JSON":
        parsed = ox.parse_query_results(data, format=ox.QueryResultsFormat.JSON)
        data = parsed.serialize(format=getattr(ox.QueryResultsFormat, fmt))
    return data, truncated


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
    res = _query(store, req["query"], req.get("base_iri"), kw)
    max_rows = int(req.get("max_rows") or 10**12)
    if isinstance(res, (ox.QueryBoolean, ox.QuerySolutions)):
        media = req.get("results_type")
        if media not in RESULT_FORMATS:
            raise NotAcceptable("a SELECT or ASK result")
        if isinstance(res, ox.QueryBoolean):
            body, truncated = res.serialize(format=getattr(ox.QueryResultsFormat, RESULT_FORMATS[media])), False
        else:
            body, truncated = _solutions(res, media, max_rows)
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


def main(argv: list[str]) -> None:
    path, memory_mb = argv[1], int(argv[2]) if len(argv) > 2 else 0
    _limit_memory(memory_mb)
    inp, out = sys.stdin.buffer, sys.stdout.buffer
    store, generation = None, None
    for line in inp:
        req = json.loads(line)
        if store is None or req.get("generation") != generation:
            store, generation = ox.Store.read_only(path), req.get("generation")
        head, body = answer(store, req)
        if not head["ok"] and head["kind"] == "evaluation" and "OSError" in head["message"]:
            store = ox.Store.read_only(path)  # files moved by a compaction: reopen once
            head, body = answer(store, req)
        head.setdefault("length", len(body))
        out.write(json.dumps(head).encode() + b"\n")
        out.write(body)
        out.flush()


if __name__ == "__main__":
    main(sys.argv)
