"""The query worker's result serialisation: Oxigraph's own writers, cut at MAX_ROWS exactly,
whatever the values hold (line breaks, braces, quotes, markup that looks like a row)."""
from __future__ import annotations

import pyoxigraph as ox
from hypothesis import given, settings, strategies as st

from kg_builder.web import worker

EX = "http://example.org/"
TRICKY = ['"type":"uri"', "{}", "\n", "\r\n", "\t", "<result>", '","', "é 𝄞", "}},{"]
values = st.lists(st.one_of(st.sampled_from(TRICKY), st.text(max_size=8)), max_size=4).map("".join)
QUERIES = [
    "SELECT ?s ?o WHERE { ?s ?p ?o } ORDER BY ?s ?o",
    "SELECT ?o WHERE { ?s ?p ?o OPTIONAL { ?s <http://example.org/none> ?x } } ORDER BY ?o",
    "SELECT ?x WHERE { ?s ?p ?o } ",  # every row empty
    "SELECT ?s (<<( ?s ?p ?o )>> AS ?t) WHERE { ?s ?p ?o } ORDER BY ?s ?o",
]


def _store(texts: list[str]) -> ox.Store:
    store = ox.Store()
    store.extend(ox.Quad(ox.NamedNode(f"{EX}s{i:03}"), ox.NamedNode(EX + "p"), ox.Literal(t), ox.NamedNode(EX + "g"))
                 for i, t in enumerate(texts))
    return store


def _rows(body: bytes, fmt: str) -> list[str]:
    return [str(r) for r in ox.parse_query_results(body, format=getattr(ox.QueryResultsFormat, fmt))]


@settings(max_examples=40, deadline=None)
@given(texts=st.lists(values, max_size=12), max_rows=st.integers(1, 14), query=st.sampled_from(QUERIES))
def test_results_are_cut_at_max_rows_in_every_format(texts, max_rows, query):
    store = _store(texts)
    full = _rows(store.query(query, use_default_graph_as_union=True).serialize(format=ox.QueryResultsFormat.TSV), "TSV")
    for media, fmt in worker.RESULT_FORMATS.items():
        head, body = worker.execute(store, {"query": query, "results_type": media, "max_rows": max_rows})
        assert head["truncated"] == (len(full) > max_rows), (media, head)
        if fmt == "CSV":  # lossy, not parsed back: compare with the TSV answer's CSV
            tsv = worker.execute(store, {"query": query, "results_type": "text/tab-separated-values",
                                         "max_rows": max_rows})[1]
            expected = ox.parse_query_results(tsv, format=ox.QueryResultsFormat.TSV)
            assert body == expected.serialize(format=ox.QueryResultsFormat.CSV)
        else:
            assert _rows(body, fmt) == full[:max_rows], media


def test_json_is_oxigraphs_own():
    store = _store(["a", "b"])
    query = "SELECT ?o WHERE { ?s ?p ?o } ORDER BY ?o"
    _, body = worker.execute(store, {"query": query, "results_type": "application/sparql-results+json"})
    assert body == store.query(query, use_default_graph_as_union=True).serialize(format=ox.QueryResultsFormat.JSON)
