"""A remote SPARQL 1.1 server behind the :class:`~kg_builder.store.Store` interface.

Reads go through the SPARQL 1.1 Protocol, writes through SPARQL 1.1 Update (a
document batch is one update request, so one transaction on engines that run
a request atomically) and the Graph Store Protocol (bulk RDF files, graph dumps).

The store spec is the endpoint URL; a fragment (never sent to the server)
configures the client, since engines name their endpoints differently::

    http://127.0.0.1:7878#engine=oxigraph          Oxigraph server (/query, /update, /store)
    http://127.0.0.1:3030/kg#engine=fuseki          Fuseki dataset  (/kg/query, /kg/update, /kg/data)
    http://127.0.0.1:7200/repositories/kg#engine=graphdb
    http://127.0.0.1:8890#engine=virtuoso&user=dba  Virtuoso (/sparql, /sparql-auth, digest auth)
    http://127.0.0.1:7001#engine=qlever             QLever (reads; updates where enabled)
    http://host/sparql#update=/update&gsp=/store    any engine: explicit endpoints

Fragment keys: ``engine``, ``query``, ``update``, ``gsp`` (URLs, absolute or
relative to the spec's URL), ``user``, ``auth`` (``basic`` or ``digest``),
``timeout`` (seconds).  The password comes from ``KG_STORE_PASSWORD``.
Without an engine, queries and updates both go to the URL itself.
"""
from __future__ import annotations

import io
import json
import os
import re
import threading
from dataclasses import dataclass
from typing import Iterator
from urllib.parse import parse_qsl, urljoin, urlsplit, urlunsplit

from rdflib import BNode, Literal, URIRef
from rdflib.term import Node

from ..errors import ConfigError, QueryError, StoreError
from ..store import RDF_MEDIA_TYPES, Store, ntriples

XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"
JSON_RESULTS = "application/sparql-results+json"
QUAD_MEDIA = {"application/n-quads", "application/trig"}


@dataclass(frozen=True)
class Engine:
    """How one engine names its endpoints and what it needs."""

    query: str = ""                      # path below the spec URL ("" = the URL itself)
    update: str = ""
    gsp: str | None = None
    union_params: tuple[tuple[str, str], ...] = ()   # makes the default graph the union
    auth: str = "basic"
    bnodes_in_insert_data: bool = True   # else INSERT {…} WHERE {} is sent
    hidden_graphs: tuple[str, ...] = ()  # the engine's own graphs (prefixes)


ENGINES: dict[str, Engine] = {
    "generic": Engine(),
    "oxigraph": Engine(query="query", update="update", gsp="store",
                       union_params=(("union-default-graph", ""),)),
    "fuseki": Engine(query="query", update="update", gsp="data",
                     union_params=(("default-graph-uri", "urn:x-arq:UnionGraph"),)),
    "graphdb": Engine(query="", update="statements", gsp="rdf-graphs/service"),
    "virtuoso": Engine(query="sparql", update="sparql-auth", gsp="sparql-graph-crud-auth",
                       auth="digest", bnodes_in_insert_data=False,
                       hidden_graphs=("http://www.openlinksw.com/", "http://www.w3.org/ns/ldp#",
                                      "http://localuriqaserver/")),
    "qlever": Engine(),
}


def parse_spec(spec: str) -> dict:
    """Endpoint URLs and client options from ``URL#key=value&…``."""
    url, _, frag = spec.partition("#")
    opts = dict(parse_qsl(frag, keep_blank_values=True))
    unknown = set(opts) - {"engine", "query", "update", "gsp", "user", "auth", "timeout"}
    if unknown:
        raise ConfigError(f"unknown store option(s) {', '.join(sorted(unknown))} in {spec!r}",
                          hint="use engine, query, update, gsp, user, auth or timeout after '#'")
    name = opts.get("engine", "generic")
    if name not in ENGINES:
        raise ConfigError(f"unknown SPARQL engine {name!r}",
                          hint=f"use one of {', '.join(ENGINES)}, or give query/update/gsp URLs")
    engine = ENGINES[name]
    parts = urlsplit(url)
    user, password = parts.username, parts.password
    if user:  # credentials in the URL: keep them out of every request line
        netloc = parts.hostname + (f":{parts.port}" if parts.port else "")
        url = urlunsplit(parts._replace(netloc=netloc))
    root = url if url.endswith("/") else url + "/"

    def endpoint(key: str, default: str | None) -> str | None:
        value = opts.get(key, default)
        if value is None:
            return None
        return urljoin(root, value) if value else url

    return {
        "url": url, "engine": name, "settings": engine,
        "query": endpoint("query", engine.query), "update": endpoint("update", engine.update),
        "gsp": endpoint("gsp", engine.gsp),
        "user": opts.get("user", user), "password": os.environ.get("KG_STORE_PASSWORD", password),
        "auth": opts.get("auth", engine.auth),
        "timeout": float(opts["timeout"]) if opts.get("timeout") else 300.0,
    }


# ------------------------------------------------------------------ results
def term_from_json(b: dict) -> Node:
    """A SPARQL JSON results binding as an rdflib term (``typed-literal`` too, as Virtuoso sends)."""
    t, v = b["type"], b["value"]
    if t == "uri":
        return URIRef(v)
    if t == "bnode":
        return BNode(v.removeprefix("nodeID://"))
    lang = b.get("xml:lang")
    if lang:
        return Literal(v, lang=lang)
    dt = b.get("datatype")
    return Literal(v, datatype=URIRef(dt)) if dt and dt != XSD_STRING else Literal(v)


_SUBJECT_BNODE = re.compile(r"^_:(\S+) ")
_OBJECT_BNODE = re.compile(r"> _:(\S+) \.$")


def _blank_node_groups(body: str) -> tuple[str, list[list[str]]]:
    """N-Triples lines without blank nodes, and the other lines grouped so that the lines
    sharing a blank node are in one group (union-find over the labels)."""
    parent: dict[str, str] = {}

    def find(x: str) -> str:
        while parent.setdefault(x, x) != x:
            parent[x] = x = parent[parent[x]]
        return x
    plain, marked = [], []
    for line in body.splitlines(keepends=True):
        labels = [m.group(1) for m in (_SUBJECT_BNODE.match(line), _OBJECT_BNODE.search(line.rstrip())) if m]
        if not labels:
            plain.append(line)
            continue
        for other in labels[1:]:
            parent[find(other)] = find(labels[0])
        marked.append((labels[0], line))
    groups: dict[str, list[str]] = {}
    for label, line in marked:
        groups.setdefault(find(label), []).append(line)
    return "".join(plain), list(groups.values())


def _boolean(res: dict) -> bool:
    """An ASK answer; Virtuoso 7 sends SELECT-shaped results (``__ASK_RETVAL``) instead."""
    if "boolean" in res:
        return bool(res["boolean"])
    rows = res.get("results", {}).get("bindings", [])
    return bool(rows) and rows[0].get("__ASK_RETVAL", {}).get("value", "1") not in ("0", "false")


def _from_ox(term) -> Node:
    import pyoxigraph as ox
    if isinstance(term, ox.NamedNode):
        return URIRef(term.value)
    if isinstance(term, ox.BlankNode):
        return BNode(term.value)
    if term.language:
        return Literal(term.value, lang=term.language)
    dt = term.datatype.value
    return Literal(term.value) if dt == XSD_STRING else Literal(term.value, datatype=URIRef(dt))


class RemoteStore(Store):
    """A SPARQL 1.1 server reached over HTTP."""

    kind = "remote"

    def __init__(self, spec: str, *, batch_triples: int = 200_000, template_lines: int = 200):
        self.cfg = parse_spec(spec)
        self.location = self.cfg["url"]
        self.engine: Engine = self.cfg["settings"]
        self.batch_triples = batch_triples
        self.template_lines = template_lines
        self._local = threading.local()

    # ------------------------------------------------------------ HTTP
    def _session(self):
        s = getattr(self._local, "session", None)
        if s is None:
            import requests
            s = requests.Session()
            if self.cfg["user"]:
                from requests.auth import HTTPBasicAuth, HTTPDigestAuth
                cls = HTTPDigestAuth if self.cfg["auth"] == "digest" else HTTPBasicAuth
                s.auth = cls(self.cfg["user"], self.cfg["password"] or "")
            self._local.session = s
        return s

    def _request(self, method: str, url: str, *, what: str, timeout: float | None = None,
                 stream: bool = False, **kw):
        import requests
        try:
            resp = self._session().request(method, url, timeout=timeout or self.cfg["timeout"],
                                           stream=stream, **kw)
        except requests.Timeout as exc:
            raise QueryError(f"{what} timed out at {url}", hint="simplify the query or raise "
                                                                "the timeout (#timeout=SECONDS)") from exc
        except requests.RequestException as exc:
            raise StoreError(f"cannot reach the SPARQL server: {exc}", path=url,
                             hint="check that the server runs and the URL (and #engine=…) is right") from exc
        if resp.status_code < 300:
            return resp
        body = resp.text[:500].strip()
        if resp.status_code in (400, 422) or "syntax" in body.lower():
            raise QueryError(f"the SPARQL server rejected the {what}: {body}")
        if resp.status_code in (401, 403):
            raise StoreError(f"the SPARQL server refused the {what} (HTTP {resp.status_code})",
                             path=url, hint="give a user (#user=NAME) and KG_STORE_PASSWORD with "
                                            "write permission, or check #auth=basic|digest")
        raise StoreError(f"the SPARQL server answered HTTP {resp.status_code} to the {what}: {body}",
                         path=url, hint="check the endpoint URLs: give #engine=… or "
                                        "#query=…&update=…&gsp=… after the store URL")

    def _query_request(self, sparql: str, accept: str, default_graph_uris=None,
                       named_graph_uris=None, timeout=None, stream=False):
        data: list[tuple[str, str]] = [("query", sparql)]
        data += [("default-graph-uri", u) for u in default_graph_uris or ()]
        data += [("named-graph-uri", u) for u in named_graph_uris or ()]
        params = list(self.engine.union_params) if not (default_graph_uris or named_graph_uris) else []
        return self._request("POST", self.cfg["query"], what="query", params=params, data=data,
                             headers={"Accept": accept}, timeout=timeout, stream=stream)

    # ------------------------------------------------------------ writing
    def _insert(self, graph: URIRef | None, body: str) -> str:
        """Operations adding N-Triples ``body`` to ``graph`` (None: the default graph).  Engines that
        refuse blank nodes in ``INSERT DATA`` get them in ``INSERT {…} WHERE {}`` templates, each
        holding whole blank-node groups and at most ``template_lines`` triples (Virtuoso compiles a
        template to SQL of bounded length)."""
        if not body:
            return ""

        def wrap(text: str) -> str:
            return f"GRAPH <{graph}> {{\n{text}}}" if graph is not None else text
        if self.engine.bnodes_in_insert_data or "_:" not in body:
            return f"INSERT DATA {{ {wrap(body)} }}"
        plain, groups = _blank_node_groups(body)
        ops = [f"INSERT DATA {{ {wrap(plain)} }}"] if plain else []
        chunk: list[str] = []
        for group in groups:
            if chunk and len(chunk) + len(group) > self.template_lines:
                ops.append(f"INSERT {{ {wrap(''.join(chunk))} }} WHERE {{}}")
                chunk = []
            chunk += group
        if chunk:
            ops.append(f"INSERT {{ {wrap(''.join(chunk))} }} WHERE {{}}")
        return " ;\n".join(ops)

    def replace_graphs(self, graphs, drop=(), and_then=""):
        parts = [f"DROP SILENT GRAPH <{g}>" for g in drop]
        for g, triples in graphs.items():
            parts.append(f"DROP SILENT GRAPH <{g}>")
            body = triples if isinstance(triples, str) else ntriples(triples)
            if ins := self._insert(URIRef(g), body):
                parts.append(ins)
        if and_then.strip():
            parts.append(and_then)
        if parts:
            self.update(" ;\n".join(parts))

    def update(self, sparql):
        self._request("POST", self.cfg["update"], what="update", data=sparql.encode("utf-8"),
                      headers={"Content-Type": "application/sparql-update; charset=utf-8",
                               "Accept": "*/*"})

    def load_rdf(self, data, media_type, graph, base_iri=None):
        import pyoxigraph as ox
        from ..store import OX_RDF_FORMATS
        fmt = getattr(ox.RdfFormat, OX_RDF_FORMATS.get(media_type, ""), None)
        if fmt is None:
            raise StoreError(f"unsupported RDF media type {media_type!r}",
                             hint=f"use one of {', '.join(OX_RDF_FORMATS)}")
        quad_format = fmt in (ox.RdfFormat.N_QUADS, ox.RdfFormat.TRIG)
        by_graph: dict[str | None, list[str]] = {}
        try:
            for q in ox.parse(data, format=fmt, base_iri=base_iri):
                g = q.graph_name
                own = None if isinstance(g, ox.DefaultGraph) else g.value
                name = own if quad_format and own is not None else (str(graph) if graph is not None else None)
                by_graph.setdefault(name, []).append(f"{q.subject} {q.predicate} {q.object} .\n")
        except SyntaxError as exc:
            raise StoreError(f"RDF cannot be parsed as {media_type}: {exc}",
                             hint="check the file's syntax or its media type") from exc
        for name, lines in by_graph.items():
            for i in range(0, len(lines), self.batch_triples):
                self._upload(name, "".join(lines[i:i + self.batch_triples]))
        return sum(map(len, by_graph.values()))

    def _upload(self, graph: str | None, body: str) -> None:
        """Add N-Triples to a graph (None: the default graph): GSP POST, else INSERT DATA."""
        if self.cfg["gsp"]:
            self._request("POST", self.cfg["gsp"], what="graph upload",
                          params={"graph": graph} if graph else {"default": ""},
                          data=body.encode("utf-8"),
                          headers={"Content-Type": "text/turtle; charset=utf-8"})
        elif graph is not None:
            self.update(self._insert(URIRef(graph), body))
        else:
            self.update(self._insert(None, body))

    # ------------------------------------------------------------ reading
    def _select_json(self, sparql: str, **kw) -> dict:
        resp = self._query_request(sparql, JSON_RESULTS, kw.get("default_graph_uris"),
                                   kw.get("named_graph_uris"))
        try:
            return resp.json()
        except ValueError as exc:
            raise StoreError(f"the SPARQL server sent no JSON results: {resp.text[:300]}",
                             path=self.cfg["query"], hint="check the query endpoint URL") from exc

    def select(self, sparql, **kw):
        res = self._select_json(sparql, **kw)
        return [{k: term_from_json(v) for k, v in row.items()} for row in res["results"]["bindings"]]

    def ask(self, sparql, **kw):
        return _boolean(self._select_json(sparql, **kw))

    def construct(self, sparql, **kw):
        import pyoxigraph as ox
        resp = self._query_request(sparql, "application/n-triples", kw.get("default_graph_uris"),
                                   kw.get("named_graph_uris"))
        return [(_from_ox(t.subject), _from_ox(t.predicate), _from_ox(t.object))
                for t in ox.parse(resp.content, format=ox.RdfFormat.N_TRIPLES)]

    def sparql(self, query, accept, *, default_graph_uris=None, named_graph_uris=None,
               timeout=None, base_iri=None):
        # base_iri cannot travel through the protocol: it is given in the query (BASE) or not at all
        resp = self._query_request(query, accept, default_graph_uris, named_graph_uris, timeout)
        media = resp.headers.get("Content-Type", accept).split(";")[0].strip()
        body = resp.content
        if media == JSON_RESULTS and b"__ASK_RETVAL" in body[:200]:
            body = json.dumps({"head": {}, "boolean": _boolean(json.loads(body))}).encode()
        return body, media

    def _graph_filter(self, var: str = "?g") -> str:
        return "".join(f' FILTER(!STRSTARTS(STR({var}), "{p}"))' for p in self.engine.hidden_graphs)

    def named_graphs(self):
        rows = self.select(f"SELECT DISTINCT ?g WHERE {{ GRAPH ?g {{ ?s ?p ?o }}{self._graph_filter()} }}")
        return sorted(URIRef(r["g"]) for r in rows)

    def quads(self, graph=None) -> Iterator:
        if graph is not None:
            for r in self.select(f"SELECT ?s ?p ?o WHERE {{ GRAPH <{graph}> {{ ?s ?p ?o }} }}"):
                yield r["s"], r["p"], r["o"], URIRef(graph)
            return
        for r in self.select(f"SELECT ?s ?p ?o ?g WHERE {{ GRAPH ?g {{ ?s ?p ?o }}{self._graph_filter()} }}"):
            yield r["s"], r["p"], r["o"], r["g"]

    def dump(self, out, fmt, graph=None):
        media = RDF_MEDIA_TYPES.get(fmt, fmt)
        if graph is not None and self.cfg["gsp"] and media not in QUAD_MEDIA:
            resp = self._request("GET", self.cfg["gsp"], what="graph download", stream=True,
                                 params={"graph": str(graph)}, headers={"Accept": media})
            for chunk in resp.iter_content(1 << 16):
                out.write(chunk)
            return
        if media in QUAD_MEDIA or graph is not None:
            self._dump_quads(out, media, graph)
            return
        resp = self._query_request("CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }", media, stream=True)
        for chunk in resp.iter_content(1 << 16):
            out.write(chunk)

    def _dump_quads(self, out, media: str, graph) -> None:
        import pyoxigraph as ox
        from ..store import OX_RDF_FORMATS
        fmt = getattr(ox.RdfFormat, OX_RDF_FORMATS[media])
        text = "".join(f"{_nt(s)} {_nt(p)} {_nt(o)} <{g}> .\n" for s, p, o, g in self.quads(graph))
        items = ox.parse(text.encode("utf-8"), format=ox.RdfFormat.N_QUADS)
        if fmt not in (ox.RdfFormat.N_QUADS, ox.RdfFormat.TRIG):
            items = [ox.Triple(q.subject, q.predicate, q.object) for q in items]
        buf = io.BytesIO()
        ox.serialize(items, buf, format=fmt)
        out.write(buf.getvalue())

    def count(self, graph=None):
        where = f"GRAPH <{graph}> {{ ?s ?p ?o }}" if graph is not None else \
            f"GRAPH ?g {{ ?s ?p ?o }}{self._graph_filter()}"
        rows = self.select(f"SELECT (COUNT(*) AS ?n) WHERE {{ {where} }}")
        return int(rows[0]["n"]) if rows else 0

    def close(self):
        s = getattr(self._local, "session", None)
        if s is not None:
            s.close()



def _nt(term: Node) -> str:
    from ..store import nt
    return nt(term)
