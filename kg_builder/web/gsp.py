"""``/store``: the SPARQL 1.1 Graph Store HTTP Protocol (indirect identification).

``?graph=<iri>`` or ``?default`` names the graph.  GET and HEAD read it (public);
PUT, POST and DELETE write it, only in curator mode and, with the default scope,
only for graphs under ``graph/curation`` (see :mod:`.curation`).
"""
from __future__ import annotations

from flask import Blueprint, Response, request
from rdflib import URIRef

from ..errors import KGError
from . import curation
from .negotiate import RDF_ALIASES, RDF_TYPES, choose
from .sparql import plain
from .state import state
from .worker import RDF_FORMATS

bp = Blueprint("gsp", __name__)


def _graph() -> str | None:
    if "default" in request.args and "graph" not in request.args:
        return None
    g = request.args.getlist("graph")
    if len(g) != 1 or not g[0].strip():
        raise KGError("name one graph: ?graph=<IRI> or ?default")
    return g[0].strip()


def _exists(graph: str | None) -> bool:
    st = state().store
    if graph is None:
        return True
    return URIRef(graph) in set(st.named_graphs())


def _read(graph: str | None) -> Response:
    _, media = choose(request.accept_mimetypes, request.args.get("format"))
    if media is None:
        return plain(406, "accept an RDF type such as text/turtle")
    if not _exists(graph):
        return plain(404, f"no graph <{graph}> in the store")
    import pyoxigraph as ox
    raw = state().store.raw
    fmt = getattr(ox.RdfFormat, RDF_FORMATS[media])
    source = ox.DefaultGraph() if graph is None else ox.NamedNode(graph)
    data = raw.dump(format=fmt, from_graph=source)
    return Response(b"" if request.method == "HEAD" else data, mimetype=media)


def _write(graph: str | None) -> Response:
    curation.require_curator()
    if not curation.in_scope(graph):
        raise curation.Forbidden("graph writes are allowed only under graph/curation",
                                 hint="PUT or POST to ?graph=<https://w3id.org/kamerkg/graph/curation>")
    import pyoxigraph as ox
    st = state()
    existed = _exists(graph)
    target = ox.DefaultGraph() if graph is None else ox.NamedNode(graph)
    with st.write_lock:
        if request.method == "DELETE":
            if not existed:
                return plain(404, f"no graph <{graph}> in the store")
            if graph is None:
                st.store.raw.clear_graph(target)
            else:
                st.store.raw.remove_graph(target)
            st.changed()
            return Response(status=204)
        media = RDF_ALIASES.get(request.mimetype, request.mimetype)
        if media not in RDF_TYPES:
            return plain(415, f"unsupported RDF type {request.mimetype!r}; send one of {', '.join(RDF_TYPES)}")
        data = request.get_data()
        fmt = getattr(ox.RdfFormat, RDF_FORMATS[media])
        try:
            quads = [ox.Quad(t.subject, t.predicate, t.object, target)
                     for t in ox.parse(data, format=fmt, base_iri=graph or request.base_url,
                                       without_named_graphs=True)]
        except SyntaxError as exc:
            return plain(400, f"the RDF does not parse: {exc}")
        if request.method == "PUT" and existed:
            st.store.raw.clear_graph(target)
        st.store.raw.extend(quads)
        st.changed()
    return Response(status=201 if not existed else 204)


@bp.route("/store", methods=["GET", "HEAD", "PUT", "POST", "DELETE"])
def store():
    try:
        graph = _graph()
        if request.method in ("GET", "HEAD"):
            return _read(graph)
        return _write(graph)
    except curation.Unauthorised as exc:
        return plain(401, exc.render(), **{"WWW-Authenticate": 'Bearer realm="kg-builder curator"'})
    except curation.Forbidden as exc:
        return plain(403, exc.render())
    except KGError as exc:
        return plain(400, exc.render())
