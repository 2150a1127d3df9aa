"""``/sparql``: the SPARQL 1.1 Protocol (query, and update in curator mode).

- query by GET ``query=``, POST form-encoded, or POST ``application/sparql-query``;
  ``default-graph-uri`` / ``named-graph-uri`` set the dataset (they win over FROM);
- without them the default graph is the union of the named graphs (setting
  ``UNION_DEFAULT_GRAPH``);
- update by POST form ``update=`` or ``application/sparql-update``, only in curator
  mode (see :mod:`.curation`), with ``using-graph-uri`` / ``using-named-graph-uri``;
- ``SERVICE`` and ``LOAD`` are refused: the server never fetches anything;
- no query: the SPARQL Service Description (RDF), or the query page for a browser.

Answers over a store folder are kept (see :mod:`.resultcache`; setting
``RESULT_CACHE_BYTES``, ``kg serve --no-cache``) and carry an ETag made of the store's
generation and the request's hash; a GET or HEAD whose ``If-None-Match`` holds it gets 304.
The header ``KG-Cache`` says ``hit`` or ``miss``; a request with ``Cache-Control: no-cache``
is always answered afresh.
"""
from __future__ import annotations

import logging
import re
from functools import lru_cache
from urllib.parse import urlencode

from flask import Blueprint, Response, current_app, redirect, request, url_for

from ..errors import QueryError
from ..store import OxigraphStore
from . import curation
from .engine import EngineBusy, QueryTimeout, WorkerDied
from .negotiate import choose, wants_html
from .resultcache import FolderMarker, Generation, ResultCache, Stored, digest
from .sparqltext import add_using, keywords, refused_feature
from .state import PREFIXES, state

bp = Blueprint("sparql", __name__)
log = logging.getLogger("kg_builder.web")

FORM = "application/x-www-form-urlencoded"
# functions whose value changes from one run to the next: such answers are never stored
VOLATILE = frozenset({"RAND", "NOW", "UUID", "STRUUID", "BNODE"})
EXPOSED = "KG-Results-Truncated, KG-Cache, ETag"


@bp.record_once
def _set_up_cache(setup) -> None:
    """A generation (and, unless RESULT_CACHE_BYTES is 0, a result cache) for store folders."""
    app = setup.app
    st = app.extensions["kg"]
    store = st.store
    generation = cache = None
    if isinstance(store, OxigraphStore) and not store.location.startswith("memory:"):
        generation = Generation(st, FolderMarker(store.location))
        if int(app.config["RESULT_CACHE_BYTES"]) > 0:
            cache = ResultCache(int(app.config["RESULT_CACHE_BYTES"]), int(app.config["RESULT_CACHE_ENTRY_BYTES"]))
    app.extensions["kg-results"] = (generation, cache)


def _words(query: str) -> frozenset[str]:
    """The keywords of a query, read once per query text (clients repeat their queries);
    long texts are read every time, so the memo holds at most 1024 short ones."""
    return _short_words(query) if len(query) <= 20_000 else frozenset(keywords(query))


@lru_cache(maxsize=1024)
def _short_words(query: str) -> frozenset[str]:
    return frozenset(keywords(query))


class ProtocolError(QueryError):
    """A request the protocol does not allow; carries its HTTP status."""

    def __init__(self, status: int, message: str, hint: str | None = None):
        self.status = status
        super().__init__(message, hint=hint)


def plain(status: int, message: str, **headers) -> Response:
    return Response(message.rstrip() + "\n", status=status, mimetype="text/plain", headers=headers)


def _one(values: list[str], name: str) -> str | None:
    if len(values) > 1:
        raise ProtocolError(400, f"the request holds {len(values)} '{name}' parameters; send exactly one")
    return values[0] if values else None


def _body_text() -> str:
    charset = (request.mimetype_params.get("charset") or "utf-8").lower()
    if charset not in ("utf-8", "utf8"):
        raise ProtocolError(415, f"the body is in {charset}; SPARQL requests must be UTF-8")
    try:
        return request.get_data(cache=True).decode("utf-8")
    except UnicodeDecodeError:
        raise ProtocolError(400, "the body is not valid UTF-8") from None


def read_operation() -> tuple[str | None, str | None, dict]:
    """(query, update, params) of the request, after the protocol's checks."""
    params = request.args.copy()
    if request.method in ("GET", "HEAD"):
        if "update" in params:
            raise ProtocolError(405, "updates must be sent with POST", hint="POST the update")
        return _one(params.getlist("query"), "query"), None, params
    ctype = request.mimetype
    if ctype == FORM:
        form = request.form
        for key in form:
            params.setlist(key, params.getlist(key) + form.getlist(key))
        query, update = _one(params.getlist("query"), "query"), _one(params.getlist("update"), "update")
        if query is not None and update is not None:
            raise ProtocolError(400, "send either 'query' or 'update', not both")
        if query is None and update is None:
            raise ProtocolError(400, "the form holds neither 'query' nor 'update'")
        return query, update, params
    if ctype == "application/sparql-query":
        if "query" in params:
            raise ProtocolError(400, "a query in the body and in the URL; send one")
        return _body_text(), None, params
    if ctype == "application/sparql-update":
        return None, _body_text(), params
    raise ProtocolError(415, f"unsupported content type {ctype or '(none)'!r}",
                        hint=f"POST with {FORM}, application/sparql-query or application/sparql-update")


def _request(query: str, default_graphs=None, named_graphs=None, results_type=None, rdf_type=None,
             base_iri: str | None = None, max_rows: int | None = None) -> dict:
    """What a worker needs to answer ``query``; refuses what the endpoint never runs."""
    words = _words(query)
    if "SERVICE" in words:
        raise ProtocolError(403, "SERVICE is refused: this endpoint makes no outbound requests")
    cfg = current_app.config
    return {"query": query, "base_iri": base_iri, "default_graphs": default_graphs or None,
            "named_graphs": named_graphs or None,
            # a query's own FROM / FROM NAMED clauses define its dataset (SPARQL 1.1 §13.2)
            "union": bool(cfg["UNION_DEFAULT_GRAPH"]) and "FROM" not in words,
            "results_type": results_type, "rdf_type": rdf_type,
            "max_rows": max_rows or int(cfg["MAX_ROWS"]), "prefixes": PREFIXES}


def _run(req: dict) -> tuple[dict, bytes]:
    query = req["query"]
    timeout = float(current_app.config["QUERY_TIMEOUT"])
    try:
        head, body = state().runner.run(req, timeout)
    except QueryTimeout:
        log.warning("query stopped after %.0f s: %.200r", timeout, query)
        raise ProtocolError(503, f"the query ran longer than {timeout:g} s and was stopped",
                            hint="add LIMIT, narrow the patterns, or use the dumps at /dumps/") from None
    except EngineBusy:
        raise ProtocolError(503, "the server is busy with other queries; try again shortly") from None
    except WorkerDied as exc:
        raise ProtocolError(500, str(exc)) from None
    if not head["ok"]:
        status = {"syntax": 400, "not-acceptable": 406}.get(head["kind"], 500)
        msg = head["message"]
        if head["kind"] == "not-acceptable":
            msg = f"the query gives {msg}; none of the accepted formats fits"
        elif head["kind"] == "syntax":
            msg = f"malformed query: {msg}"
        raise ProtocolError(status, msg)
    return head, body


def _service_description() -> Response:
    from .void import service_description
    _, rdf_type = choose(request.accept_mimetypes, request.args.get("format"))
    if rdf_type is None:
        return plain(406, "the service description is RDF; accept text/turtle or another RDF type")
    data, media = service_description(request.base_url, rdf_type)
    return Response(data, mimetype=media)


def _update(update: str, params) -> Response:
    curation.require_curator()
    if refused_feature(update, update=True):
        raise ProtocolError(403, "LOAD is refused: this endpoint makes no outbound requests")
    update = add_using(update, params.getlist("using-graph-uri"), params.getlist("using-named-graph-uri"))
    curation.check_update_scope(update)
    st = state()
    raw = getattr(st.store, "raw", None)
    with st.write_lock:
        try:
            if raw is not None:
                raw.update(update, base_iri=request.base_url)
            else:
                st.store.update(update)
        except SyntaxError as exc:
            raise ProtocolError(400, f"malformed update: {exc}") from None
        except OSError as exc:
            raise ProtocolError(500, f"the store could not be written: {exc}") from None
        st.changed()
    log.info("curator update applied (%d characters)", len(update))
    return Response(status=204)


@bp.route("/sparql", methods=["GET", "POST"], strict_slashes=False)
def endpoint():
    try:
        query, update, params = read_operation()
        if update is not None:
            return _update(update, params)
        if query is None:
            if wants_html(request.accept_mimetypes):
                return redirect(url_for("querypage.page"), 303)
            return _service_description()
        fmt = params.get("format")
        if not fmt and request.method == "GET" and wants_html(request.accept_mimetypes):
            return redirect(url_for("querypage.page") + "?" + urlencode({"query": query}), 303)
        results_type, rdf_type = choose(request.accept_mimetypes, fmt)
        if results_type is None and rdf_type is None:
            return plain(406, "none of the accepted types is a SPARQL results or RDF format")
        req = _request(query, params.getlist("default-graph-uri"), params.getlist("named-graph-uri"),
                       results_type, rdf_type, base_iri=request.base_url)
        return _answer(req, params)
    except curation.Unauthorised as exc:
        return plain(401, exc.render(), **{"WWW-Authenticate": 'Bearer realm="kg-builder curator"'})
    except curation.Forbidden as exc:
        return plain(403, exc.render())
    except ProtocolError as exc:
        return plain(exc.status, exc.render())
    except QueryError as exc:
        return plain(400, exc.render())


_RELATIVE_IRI = re.compile(r"<(?![A-Za-z][\w+.-]*:)[^<>\s\"{}|^`]*>")


def _answer(req: dict, params) -> Response:
    """The stored answer of ``req`` for this store generation, a 304, or a fresh one."""
    generation, cache = current_app.extensions["kg-results"]
    etag = key = None
    token = generation.token() if generation is not None else None  # also notices other writers
    if token is not None and not _words(req["query"]) & VOLATILE:
        # the base IRI (the URL the client used) matters only to a query with relative IRIs
        skip = {"prefixes"} if _RELATIVE_IRI.search(req["query"]) else {"prefixes", "base_iri"}
        key = digest(repr(sorted((k, v) for k, v in req.items() if k not in skip)), 16)
        etag = f'"{token}-{key}"'
        if request.method in ("GET", "HEAD") and request.if_none_match.contains_weak(etag[1:-1]):
            return _headers(Response(status=304), etag, None)
    # 'Cache-Control: no-cache' asks for a fresh answer (it is then kept for the next ones)
    hit = cache.get(token, key) if cache is not None and key and not request.cache_control.no_cache else None
    if hit is None:
        head, body = _run(req)
        found = Stored(head["media_type"], bool(head.get("truncated")), body)
        if cache is not None and key:
            cache.put(token, key, found)
    else:
        found = hit
    media = found.media_type
    resp = Response(found.body, mimetype=media)
    if media.startswith("text/") or media.endswith(("json", "xml", "trig", "triples", "quads")):
        resp.charset = "utf-8"
        resp.headers["Content-Type"] = f"{media}; charset=utf-8"
    if found.truncated:
        resp.headers["KG-Results-Truncated"] = f"max-rows={current_app.config['MAX_ROWS']}"
    if params.get("download"):
        ext = {"text/csv": "csv", "text/tab-separated-values": "tsv"}.get(media, media.rsplit("/", 1)[-1])
        resp.headers["Content-Disposition"] = f'attachment; filename="results.{ext.replace("+", ".")}"'
    return _headers(resp, etag, None if cache is None or not key else ("hit" if hit else "miss"))


def _headers(resp: Response, etag: str | None, cached: str | None) -> Response:
    resp.headers["Vary"] = "Accept"
    if etag:
        resp.headers["ETag"] = etag
        resp.headers["Cache-Control"] = "no-cache"  # clients may keep it, but ask again (If-None-Match)
    if cached:
        resp.headers["KG-Cache"] = cached
    return resp


@bp.after_request
def cors(resp: Response) -> Response:
    """Anyone may query from a browser on another site (reading only)."""
    resp.headers["Access-Control-Allow-Origin"] = "*"
    resp.headers["Access-Control-Allow-Headers"] = "Content-Type, Accept, Authorization, If-None-Match"
    resp.headers["Access-Control-Expose-Headers"] = EXPOSED
    return resp
