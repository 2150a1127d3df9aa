"""Curator mode: who may write, and where corrections go.

Writes (SPARQL Update, Graph Store Protocol PUT/POST/DELETE) are refused unless the
server was started with a curator token and the request carries it as
``Authorization: Bearer <token>``.  With the default scope ``curation``, a write may
only touch graphs under ``BASE graph/curation`` (the graph itself or
``graph/curation/<anything>``), so corrections are kept apart from the extracted
facts in the document graphs, which no curator request can change.
"""
from __future__ import annotations

import hmac

from flask import current_app, request

from ..errors import QueryError
from ..iris import CURATION_GRAPH


class Forbidden(QueryError):
    """A write outside what the curator may change."""


class Unauthorised(QueryError):
    """A write without the right token."""


def require_curator() -> None:
    """Raise unless curator mode is on and the request carries the token."""
    token = current_app.config.get("CURATOR_TOKEN")
    if not token:
        raise Forbidden("this endpoint is read-only: updates and graph writes are refused",
                        hint="a curator can start the server with --curator-token "
                             "(or KG_CURATOR_TOKEN) and send it as a bearer token")
    sent = request.headers.get("Authorization", "")
    if not (sent.startswith("Bearer ") and hmac.compare_digest(sent[7:].strip().encode(), token.encode())):
        raise Unauthorised("curator updates need the header 'Authorization: Bearer <token>'")


def in_scope(graph: str | None) -> bool:
    """May a curator write ``graph`` (None: the default graph)?"""
    if current_app.config.get("CURATOR_SCOPE") == "all":
        return True
    g = str(CURATION_GRAPH)
    return graph is not None and (graph == g or graph.startswith(g + "/"))


def _written_graphs(update: str) -> list[str | None]:
    """Graphs an update writes (None: the default graph; '*': every graph)."""
    from rdflib.plugins.sparql.algebra import translateUpdate
    from rdflib.plugins.sparql.parser import parseUpdate
    from rdflib.term import URIRef

    def name(g):
        if isinstance(g, URIRef):
            return str(g)
        if g == "DEFAULT":
            return None
        return "*"  # ALL, NAMED or a variable

    out: list[str | None] = []
    try:
        ops = translateUpdate(parseUpdate(update)).algebra
    except Exception as exc:
        raise Forbidden(f"cannot check which graphs this update writes: {exc}",
                        hint="write corrections as INSERT DATA / DELETE DATA into "
                             f"GRAPH <{CURATION_GRAPH}>") from None
    for op in ops:
        if op.name in ("InsertData", "DeleteData", "DeleteWhere"):
            out += [name(g) for g in op.quads]
            if op.triples:
                out.append(None)
        elif op.name == "Modify":
            for key in ("delete", "insert"):
                if key not in op:
                    continue
                out += [name(g) for g in op[key].quads]
                if op[key].triples:
                    out.append(name(op["withClause"]) if "withClause" in op else None)
        elif op.name in ("Clear", "Drop", "Create"):
            out.append(name(op.graphiri))
        elif op.name in ("Add", "Copy", "Move"):
            out.append(name(op.graph[1]))
            if op.name == "Move":
                out.append(name(op.graph[0]))
        else:
            out.append("*")
    return out


def check_update_scope(update: str) -> None:
    """Raise :class:`Forbidden` when the update would write outside the curation graphs."""
    if current_app.config.get("CURATOR_SCOPE") == "all":
        return
    for g in _written_graphs(update):
        if g == "*" or not in_scope(g):
            where = "the default graph" if g is None else ("every graph" if g == "*" else f"<{g}>")
            raise Forbidden(f"curator updates may only write graphs under <{CURATION_GRAPH}>, "
                            f"this one writes {where}",
                            hint=f"put corrections in GRAPH <{CURATION_GRAPH}> (or WITH it); "
                                 "the extracted document graphs are never changed")
