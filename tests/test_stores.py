"""One suite, every backend: embedded Oxigraph, rdflib memory, and the remote store
against real servers started here (Oxigraph server; Virtuoso when installed)."""
from __future__ import annotations

import csv
import io
import json
from contextlib import ExitStack

import pytest
from rdflib import BNode, Dataset, Graph, Literal, URIRef
from rdflib.compare import isomorphic
from rdflib.namespace import RDFS, XSD

from kg_builder.errors import KGError, QueryError
from kg_builder.store import Store, open_store

from servers import oxigraph_server, virtuoso_server

EX = "http://example.org/"
G1, G2, G3 = URIRef(EX + "g1"), URIRef(EX + "g2"), URIRef(EX + "g3")
A, B, C = URIRef(EX + "a"), URIRef(EX + "b"), URIRef(EX + "c")
P, Q = URIRef(EX + "p"), URIRef(EX + "q")

LITERALS = [
    Literal("plain"), Literal("Kata’ib Hezbollah"), Literal("dag", lang="nl"),
    Literal(42), Literal("2023-11-22", datatype=XSD.date), Literal(True), Literal(2.5),
    Literal('quote " backslash \\ newline\nand tab\t end'), Literal("émigré ß 北京 🙂"),
    Literal("x" * 5000),
]

BACKENDS = ["oxigraph", "memory", "remote-oxigraph", "remote-virtuoso"]


@pytest.fixture(scope="session")
def servers(tmp_path_factory):
    """Start each server once per session, lazily."""
    stack = ExitStack()
    started: dict[str, str | Exception] = {}

    def get(name: str) -> str:
        if name not in started:
            folder = tmp_path_factory.mktemp(name)
            factory = {"remote-oxigraph": oxigraph_server, "remote-virtuoso": virtuoso_server}[name]
            try:
                started[name] = stack.enter_context(factory(folder))
            except (FileNotFoundError, RuntimeError) as exc:
                started[name] = exc
        value = started[name]
        if isinstance(value, FileNotFoundError):
            pytest.skip(f"{name}: {value} is not installed")
        if isinstance(value, Exception):
            raise value
        return value

    yield get
    stack.close()


@pytest.fixture(params=BACKENDS)
def store(request, tmp_path, servers) -> Store:
    kind = request.param
    if kind == "oxigraph":
        st = open_store(tmp_path / "store")
    elif kind == "memory":
        st = open_store("memory:")
    else:
        st = open_store(servers(kind))
        for g in st.named_graphs():  # servers live for the session: start each test empty
            st.update(f"DROP SILENT GRAPH <{g}>")
    yield st
    st.close()


def _graph(*triples) -> set:
    return set(triples)


def test_backend_kinds(store):
    assert store.kind in {"oxigraph", "memory", "remote"}
    assert store.location


def test_replace_graphs_writes_replaces_and_drops(store):
    store.replace_graphs({G1: [(A, P, B), (A, P, C)], G2: f"<{A}> <{Q}> <{C}> .\n"})
    assert store.count(G1) == 2 and store.count(G2) == 1
    assert {G1, G2} <= set(store.named_graphs())
    store.replace_graphs({G1: [(B, P, C)]}, drop=[G2])
    assert {q[:3] for q in store.quads(G1)} == {(B, P, C)}
    assert store.count(G2) == 0
    assert G2 not in store.named_graphs()
    store.replace_graphs({G1: []})
    assert store.count(G1) == 0 and G1 not in store.named_graphs()


def test_replace_graphs_runs_and_then_in_the_same_call(store):
    store.replace_graphs({G1: [(A, P, B)]},
                         and_then=f"INSERT DATA {{ GRAPH <{G3}> {{ <{A}> <{Q}> \"built\" }} }}")
    assert store.count(G1) == 1
    assert store.ask(f"ASK {{ GRAPH <{G3}> {{ <{A}> <{Q}> \"built\" }} }}")


def test_replace_graphs_is_all_or_nothing(store):
    store.replace_graphs({G1: [(A, P, B)]})
    with pytest.raises(KGError):
        store.replace_graphs({G1: [(A, P, C)], G2: [(A, P, C)]}, and_then="INSERT DATA { this is not sparql")
    assert {q[:3] for q in store.quads(G1)} == {(A, P, B)}
    assert store.count(G2) == 0


def test_literals_round_trip(store):
    triples = [(A, URIRef(f"{EX}v{i}"), lit) for i, lit in enumerate(LITERALS)]
    store.replace_graphs({G1: triples})
    back = {(s, p, o) for s, p, o, _ in store.quads(G1)}
    assert back == set(triples)
    rows = store.select(f"SELECT ?p ?o WHERE {{ GRAPH <{G1}> {{ <{A}> ?p ?o }} }}")
    assert {(r["p"], r["o"]) for r in rows} == {(p, o) for _, p, o in triples}


def test_blank_nodes_stay_connected(store):
    t, sel = BNode("t1"), BNode("s1")
    store.replace_graphs({G1: [(A, P, t), (t, P, sel), (sel, Q, Literal(7))]})
    rows = store.select(f"""SELECT ?v WHERE {{ GRAPH <{G1}> {{ <{A}> <{P}> ?t . ?t <{P}> ?s .
                            ?s <{Q}> ?v }} }}""")
    assert [r["v"] for r in rows] == [Literal(7)]


def test_default_graph_is_the_union_of_named_graphs(store):
    store.replace_graphs({G1: [(A, P, B)], G2: [(B, P, C)]})
    rows = store.select(f"SELECT ?x ?z WHERE {{ ?x <{P}> ?y . ?y <{P}> ?z }}")
    assert [(r["x"], r["z"]) for r in rows] == [(A, C)]
    assert store.ask(f"ASK {{ <{B}> <{P}> <{C}> }}")
    got = store.construct(f"CONSTRUCT {{ ?s <{Q}> ?o }} WHERE {{ ?s <{P}> ?o }}")
    assert set(got) == {(A, Q, B), (B, Q, C)}


def test_update_inserts_and_deletes(store):
    store.update(f"INSERT DATA {{ GRAPH <{G1}> {{ <{A}> <{P}> 1, 2, 3 }} }}")
    assert store.count(G1) == 3
    store.update(f"DELETE WHERE {{ GRAPH <{G1}> {{ <{A}> <{P}> 2 }} }}")
    assert {q[2] for q in store.quads(G1)} == {Literal(1), Literal(3)}


def test_load_rdf_into_a_graph_and_quads_into_their_own(store):
    ttl = b"@prefix ex: <http://example.org/> . ex:a ex:p <rel> ; ex:q \"t\"@en ."
    assert store.load_rdf(ttl, "text/turtle", G1, base_iri=EX + "base/") == 2
    assert (A, P, URIRef(EX + "base/rel")) in {q[:3] for q in store.quads(G1)}
    nq = f"<{A}> <{P}> <{B}> <{G2}> .\n<{B}> <{P}> <{C}> <{G3}> .\n".encode()
    store.load_rdf(nq, "application/n-quads", None)
    assert store.count(G2) == 1 and store.count(G3) == 1


def test_malformed_query_is_a_query_error(store):
    with pytest.raises(QueryError):
        store.select("SELECT ?x WHERE { ?x ")
    with pytest.raises(KGError):
        store.update("INSERT DATA { nonsense")


@pytest.mark.parametrize("accept", ["application/sparql-results+json", "text/csv",
                                    "text/tab-separated-values", "application/sparql-results+xml"])
def test_sparql_endpoint_select_formats(store, accept):
    store.replace_graphs({G1: [(A, RDFS.label, Literal("Alpha")), (B, RDFS.label, Literal("Beta"))]})
    body, media = store.sparql(f"SELECT ?l WHERE {{ ?s <{RDFS.label}> ?l }} ORDER BY ?l", accept)
    assert media == accept
    text = body.decode("utf-8")
    if accept.endswith("json"):
        labels = [b["l"]["value"] for b in json.loads(text)["results"]["bindings"]]
    elif accept == "text/csv":
        labels = [r["l"] for r in csv.DictReader(io.StringIO(text))]
    elif accept == "text/tab-separated-values":
        labels = [line.strip('"') for line in text.splitlines()[1:] if line]
    else:
        labels = [x.split("<")[0] for x in text.split("<literal>")[1:]]
    assert labels == ["Alpha", "Beta"]


def test_sparql_endpoint_ask_and_graph_results(store):
    store.replace_graphs({G1: [(A, P, Literal("x"))], G2: [(B, P, Literal("y"))]})
    body, _ = store.sparql(f"ASK {{ <{A}> <{P}> \"x\" }}", "application/sparql-results+json")
    assert json.loads(body)["boolean"] is True
    body, media = store.sparql(f"CONSTRUCT {{ ?s <{P}> ?o }} WHERE {{ ?s <{P}> ?o }}", "text/turtle")
    assert media == "text/turtle"
    assert set(Graph().parse(data=body, format="turtle")) == {(A, P, Literal("x")), (B, P, Literal("y"))}
    body, media = store.sparql(f"CONSTRUCT WHERE {{ ?s <{P}> ?o }}", "application/n-triples")
    assert media == "application/n-triples"
    assert len(Graph().parse(data=body, format="nt")) == 2


def test_sparql_endpoint_dataset_parameters(store):
    store.replace_graphs({G1: [(A, P, Literal("x"))], G2: [(B, P, Literal("y"))]})
    body, _ = store.sparql(f"SELECT ?s WHERE {{ ?s <{P}> ?o }}", "application/sparql-results+json",
                           default_graph_uris=[str(G1)])
    assert [b["s"]["value"] for b in json.loads(body)["results"]["bindings"]] == [str(A)]
    body, _ = store.sparql("SELECT ?g ?s WHERE { GRAPH ?g { ?s ?p ?o } }", "application/sparql-results+json",
                           named_graph_uris=[str(G2)])
    rows = json.loads(body)["results"]["bindings"]
    assert [(b["g"]["value"], b["s"]["value"]) for b in rows] == [(str(G2), str(B))]


def test_dump_graph_and_dataset(store):
    triples = [(A, P, Literal("x")), (A, Q, BNode("n")), (BNode("n"), P, Literal(3))]
    store.replace_graphs({G1: triples, G2: [(B, P, C)]})
    out = io.BytesIO()
    store.dump(out, "turtle", G1)
    assert isomorphic(Graph().parse(data=out.getvalue(), format="turtle"), Graph().parse(
        data="".join(f"{s.n3()} {p.n3()} {o.n3()} .\n" for s, p, o in triples), format="nt"))
    out = io.BytesIO()
    store.dump(out, "nquads")
    ds = Dataset()
    ds.parse(data=out.getvalue(), format="nquads")
    assert len(ds.graph(G1)) == 3 and len(ds.graph(G2)) == 1
    out = io.BytesIO()
    store.dump(out, "ntriples")
    assert (B, P, C) in Graph().parse(data=out.getvalue(), format="nt")


def test_count_all_named_graphs(store):
    store.replace_graphs({G1: [(A, P, B), (A, P, C)], G2: [(A, P, B)]})
    assert store.count() == 3


@pytest.mark.slow
def test_build_gives_the_same_graph_on_every_backend(store, corpus_dir, tmp_path):
    """The builder on each backend: same graphs and triple counts; a rebuild skips everything."""
    from kg_builder.build import build
    from kg_builder.iris import METADATA_GRAPH

    docs = sorted(p for p in corpus_dir.glob("kst-*.txt"))[:3]
    folder = tmp_path / "docs"
    folder.mkdir()
    for p in docs:
        (folder / p.name).write_bytes(p.read_bytes())
    report = build([folder], store)
    assert report.ok and report.documents == 3
    reference = open_store("memory:")
    build([folder], reference)
    ours = {g: store.count(g) for g in store.named_graphs() if g != METADATA_GRAPH}
    theirs = {g: reference.count(g) for g in reference.named_graphs() if g != METADATA_GRAPH}
    assert ours == theirs
    again = build([folder], store)
    assert again.documents == 0 and again.skipped == 3


def test_server_answers_from_a_remote_store(servers):
    """`kg serve --store URL`: the endpoint forwards to the remote engine."""
    from kg_builder.web import create_app

    spec = servers("remote-oxigraph")
    st = open_store(spec)
    for g in st.named_graphs():
        st.update(f"DROP SILENT GRAPH <{g}>")
    st.replace_graphs({G1: [(A, RDFS.label, Literal("Alpha"))]})
    client = create_app(store=spec).test_client()
    r = client.get("/sparql", query_string={"query": f"SELECT ?l WHERE {{ ?s <{RDFS.label}> ?l }}"},
                   headers={"Accept": "application/sparql-results+json"})
    assert r.status_code == 200
    assert [b["l"]["value"] for b in r.get_json()["results"]["bindings"]] == ["Alpha"]


@pytest.mark.parametrize("spec, query, update, gsp", [
    ("http://h:7878#engine=oxigraph", "http://h:7878/query", "http://h:7878/update", "http://h:7878/store"),
    ("http://h:3030/kg#engine=fuseki", "http://h:3030/kg/query", "http://h:3030/kg/update", "http://h:3030/kg/data"),
    ("http://h:7200/repositories/kg#engine=graphdb", "http://h:7200/repositories/kg",
     "http://h:7200/repositories/kg/statements", "http://h:7200/repositories/kg/rdf-graphs/service"),
    ("http://u:pw@h:8890#engine=virtuoso", "http://h:8890/sparql", "http://h:8890/sparql-auth",
     "http://h:8890/sparql-graph-crud-auth"),
    ("http://h/sparql", "http://h/sparql", "http://h/sparql", None),
    ("http://h/sparql#update=/upd&gsp=http://other/gsp", "http://h/sparql", "http://h/upd", "http://other/gsp"),
])
def test_remote_store_endpoints_from_the_spec(spec, query, update, gsp):
    from kg_builder.stores.remote import parse_spec
    cfg = parse_spec(spec)
    assert (cfg["query"], cfg["update"], cfg["gsp"]) == (query, update, gsp)
    assert "pw" not in cfg["url"]


def test_remote_store_spec_errors_say_what_is_known():
    from kg_builder.stores.remote import parse_spec
    with pytest.raises(KGError, match="fuseki"):
        parse_spec("http://h#engine=nosuch")
    with pytest.raises(KGError, match="engine, query"):
        parse_spec("http://h#colour=red")


def test_unreachable_remote_store_is_a_store_error():
    from servers import free_port
    st = open_store(f"http://127.0.0.1:{free_port()}#engine=oxigraph")
    with pytest.raises(KGError, match="cannot reach"):
        st.count()
