"""The endpoint's result cache and ETags: same answers with and without it, dropped when the
store changes (curator update, another process writing the folder), bounded in size."""
from __future__ import annotations

from contextlib import contextmanager
from urllib.parse import quote

import pyoxigraph as ox
import pytest

from kg_builder.iris import CURATION_GRAPH
from kg_builder.web import create_app
from kg_builder.web.resultcache import ResultCache, Stored

EX = "http://example.org/"
COUNT = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"
ROWS = "SELECT ?s ?o WHERE { ?s ?p ?o } ORDER BY ?s ?o"
CONSTRUCT = "CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }"
ACCEPTS = ["application/sparql-results+json", "application/sparql-results+xml", "text/csv",
           "text/tab-separated-values"]


def _quad(i: int, graph: str = EX + "g") -> ox.Quad:
    return ox.Quad(ox.NamedNode(f"{EX}s{i}"), ox.NamedNode(EX + "p"), ox.Literal(f"value {i} 'é'\n{{}}"),
                   ox.NamedNode(graph))


def _write(folder, quads) -> None:
    store = ox.Store(str(folder))
    store.extend(quads)
    store.flush()
    del store


@pytest.fixture()
def folder(tmp_path):
    path = tmp_path / "store"
    _write(path, [_quad(i) for i in range(40)])
    return path


@contextmanager
def served(folder, **settings):
    """A test client of an app over ``folder`` (one query worker), closed afterwards."""
    app = create_app(store=str(folder), **{"query_workers": 1, **settings})
    try:
        yield app.test_client()
    finally:
        app.extensions["kg"].close()


def _get(client, query, accept="application/sparql-results+json", **headers):
    return client.get("/sparql?query=" + quote(query), headers={"Accept": accept, **headers})


def test_same_answers_with_and_without_cache(folder):
    with served(folder) as c, served(folder, result_cache_bytes=0) as p:
        for query, accepts in ((ROWS, ACCEPTS), (COUNT, ACCEPTS), (CONSTRUCT, ["text/turtle", "application/n-triples"])):
            for accept in accepts:
                miss, hit, fresh = _get(c, query, accept), _get(c, query, accept), _get(p, query, accept)
                assert miss.status_code == hit.status_code == fresh.status_code == 200
                assert miss.headers["KG-Cache"] == "miss" and hit.headers["KG-Cache"] == "hit"
                assert "KG-Cache" not in fresh.headers
                assert miss.get_data() == hit.get_data() == fresh.get_data()
                assert miss.headers["Content-Type"] == hit.headers["Content-Type"] == fresh.headers["Content-Type"]
                assert miss.headers["ETag"] == hit.headers["ETag"] == fresh.headers["ETag"]
        fresh = _get(c, ROWS, **{"Cache-Control": "no-cache"})
        assert fresh.headers["KG-Cache"] == "miss" and fresh.get_data() == _get(p, ROWS).get_data()
        # the format is part of the key: one query, one ETag per representation
        tags = {_get(c, ROWS, a).headers["ETag"] for a in ACCEPTS}
        assert len(tags) == len(ACCEPTS)


def test_post_and_get_share_the_answer_and_truncation_is_kept(folder):
    with served(folder, max_rows=5) as c:
        first = c.post("/sparql", data={"query": ROWS}, headers={"Accept": "text/tab-separated-values"})
        again = _get(c, ROWS, "text/tab-separated-values")
        assert first.headers["KG-Cache"] == "miss" and again.headers["KG-Cache"] == "hit"
        assert first.get_data() == again.get_data()
        assert first.get_data().count(b"\n") == 6  # header and five rows
        assert again.headers["KG-Results-Truncated"] == "max-rows=5"


def test_if_none_match_gives_304_on_get_and_head(folder):
    with served(folder) as c:
        tag = _get(c, COUNT).headers["ETag"]
        assert tag.startswith('"') and c.application.extensions["kg-results"][0].token() in tag
        r = _get(c, COUNT, **{"If-None-Match": tag})
        assert r.status_code == 304 and r.headers["ETag"] == tag and r.get_data() == b""
        assert _get(c, COUNT, **{"If-None-Match": f'"other", W/{tag}'}).status_code == 304
        json = "application/sparql-results+json"
        head = c.head("/sparql?query=" + quote(COUNT), headers={"If-None-Match": tag, "Accept": json})
        assert head.status_code == 304
        assert c.head("/sparql?query=" + quote(COUNT), headers={"Accept": json}).status_code == 200
        assert _get(c, COUNT, **{"If-None-Match": '"stale-tag"'}).status_code == 200
        # a POSTed query is evaluated whatever the precondition (RFC 9110: 304 is for GET/HEAD)
        post = c.post("/sparql", data={"query": COUNT}, headers={"If-None-Match": tag, "Accept": json})
        assert post.status_code == 200 and post.headers["ETag"] == tag


def test_curator_update_drops_the_stored_answers(folder):
    with served(folder, curator_token="secret") as c:
        before = _get(c, COUNT)
        assert _get(c, COUNT).headers["KG-Cache"] == "hit"
        upd = c.post("/sparql", data={"update": f"INSERT DATA {{ GRAPH <{CURATION_GRAPH}> {{ <{EX}x> <{EX}p> 1 }} }}"},
                     headers={"Authorization": "Bearer secret"})
        assert upd.status_code == 204
        after = _get(c, COUNT)
        assert after.headers["KG-Cache"] == "miss"
        assert b'"41"' in after.get_data() and b'"40"' in before.get_data()
        assert after.headers["ETag"] != before.headers["ETag"]
        assert _get(c, COUNT, **{"If-None-Match": before.headers["ETag"]}).status_code == 200
        # Graph Store Protocol writes count too
        gsp = c.delete(f"/store?graph={quote(str(CURATION_GRAPH))}", headers={"Authorization": "Bearer secret"})
        assert gsp.status_code == 204
        assert b'"40"' in _get(c, COUNT).get_data()


def test_another_process_writing_the_folder_is_noticed(folder):
    with served(folder) as c:
        before = _get(c, COUNT)
        assert _get(c, COUNT).headers["KG-Cache"] == "hit"
        _write(folder, [_quad(100), _quad(101)])  # as a build would, while the server runs
        after = _get(c, COUNT)
        assert after.headers["KG-Cache"] == "miss" and after.headers["ETag"] != before.headers["ETag"]
        assert b'"42"' in after.get_data()  # the workers reopened the store
        assert _get(c, COUNT).headers["KG-Cache"] == "hit"


def test_size_limits(folder):
    big = ROWS  # about 2 KB of JSON
    with served(folder, result_cache_bytes=100_000, result_cache_entry_bytes=1_000) as c:
        assert len(_get(c, big).get_data()) > 1_000
        assert _get(c, big).headers["KG-Cache"] == "miss"  # too large to keep
        _get(c, COUNT)
        assert _get(c, COUNT).headers["KG-Cache"] == "hit"
    with served(folder, result_cache_bytes=600, result_cache_entry_bytes=600) as c:
        queries = [f"SELECT (COUNT(*) AS ?n{i}) WHERE {{ ?s ?p ?o }}" for i in range(6)]
        sizes = [len(_get(c, q).get_data()) for q in queries]  # about 150 bytes each
        assert sum(sizes) > 600
        assert _get(c, queries[-1]).headers["KG-Cache"] == "hit"
        assert _get(c, queries[0]).headers["KG-Cache"] == "miss"  # least recently used, dropped


def test_volatile_queries_and_stores_in_memory_are_not_kept(folder):
    with served(folder) as c:
        for q in ("SELECT (RAND() AS ?r) WHERE {}", "SELECT (NOW() AS ?t) WHERE {}", "SELECT (UUID() AS ?u) {}"):
            r = _get(c, q)
            assert r.status_code == 200 and "ETag" not in r.headers and "KG-Cache" not in r.headers
    mem = create_app(store="memory:")
    r = _get(mem.test_client(), "ASK {}")
    assert r.status_code == 200 and "ETag" not in r.headers and "KG-Cache" not in r.headers


def test_result_cache_is_lru_by_bytes_and_per_generation():
    cache = ResultCache(max_bytes=10, max_entry_bytes=6)
    a, b, c = (Stored("text/csv", False, bytes(4)) for _ in range(3))
    assert cache.get("g1", "a") is None
    assert cache.put("g1", "a", a) and cache.put("g1", "b", b)
    assert cache.get("g1", "a") is a  # a is now the most recent
    assert cache.put("g1", "c", c)  # 12 bytes > 10: b goes
    assert cache.get("g1", "b") is None and cache.get("g1", "a") is a and cache.size == 8
    assert not cache.put("g1", "big", Stored("text/csv", False, bytes(7)))
    assert cache.get("g2", "a") is None and len(cache) == 0 and cache.size == 0  # new generation
    assert not cache.put("g1", "a", a)  # an answer computed before the change is not kept


def test_kg_serve_has_a_no_cache_switch():
    from click.testing import CliRunner

    from kg_builder.cli import main
    assert "--no-cache" in CliRunner().invoke(main, ["serve", "--help"]).output


def _wait(predicate, seconds: float = 120.0) -> bool:
    import time
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        if predicate():
            return True
        time.sleep(0.2)
    return False


def test_canned_queries_are_answered_ahead_and_again_after_a_change(folder):
    from kg_builder.web.prewarm import ACCEPTS as PAGE_ACCEPTS
    from kg_builder.web.querypage import canned_queries
    canned = canned_queries()
    assert canned
    with served(folder, prewarm=True, prewarm_interval=0.2) as c:
        warmer = c.application.extensions["kg-prewarm"]
        assert _wait(lambda: warmer.rounds >= 1)
        for q in canned[:3]:
            for accept in PAGE_ACCEPTS:           # the query page's request and a plain JSON client's
                r = c.post("/sparql", data={"query": q.text}, headers={"Accept": accept})
                assert r.status_code == 200 and r.headers["KG-Cache"] == "hit", (q.name, accept)
        _write(folder, [_quad(1000)])             # another process writes the folder
        assert _wait(lambda: warmer.rounds >= 2)

        def ready_and_stored() -> bool:           # RocksDB may still settle files after the write: then again
            if c.get("/queries/").headers["KG-Prewarmed"] != "yes":
                return False
            r = c.post("/sparql", data={"query": canned[-1].text}, headers={"Accept": PAGE_ACCEPTS[0]})
            return r.headers["KG-Cache"] == "hit"
        assert _wait(ready_and_stored)
        warmer.stop()


def test_no_prewarming_unless_asked(folder):
    with served(folder) as c:
        assert "kg-prewarm" not in c.application.extensions


def test_the_listing_says_whether_the_canned_answers_are_ready(folder):
    with served(folder, prewarm=True, prewarm_interval=0.2) as c:
        assert _wait(lambda: c.get("/queries/").headers["KG-Prewarmed"] == "yes")
        c.application.extensions["kg-prewarm"].stop()
    with served(folder) as c:
        assert c.get("/queries/").headers["KG-Prewarmed"] == "off"


def test_pages_see_what_another_process_wrote(folder):
    from kg_builder.web.state import state
    with served(folder) as c:
        app = c.application
        with app.test_request_context("/"):
            count = lambda: state().cached("n", lambda: len(state().store.select(COUNT) and list(  # noqa: E731
                state().store.raw.quads_for_pattern(None, None, None, None))))
            before = count()
        _write(folder, [_quad(2000), _quad(2001)])      # another process writes the folder
        with app.test_request_context("/"):
            assert count() == before + 2
