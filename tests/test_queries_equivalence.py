"""The canned queries give the answers of their plain formulations.

The queries of queries/ are written for speed on large graphs (distinct subqueries first,
hash joins, names looked up once per thing); tests/data/reference-queries/ keeps for each
rewritten query the plain formulation it replaced.  On the corpus graph both must give the
same rows.  Values chosen by SAMPLE may differ (SPARQL leaves the choice to the engine, and
the two plans meet the values in another order); lists made by GROUP_CONCAT are compared
as sets, as their order is up to the engine too.
"""
from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

REFERENCES = Path(__file__).parent / "data" / "reference-queries"
SAMPLED = {  # columns that are SAMPLE(...) in a query: any of the values is a right answer
    "01-dossier-documents": {"number", "type", "title"},
    "06-committee-members": {"name", "party"},
    "10-missions": {"name", "ledBy"},
    "12-bases-and-places": {"name", "kind"},
    "22-states-and-organisations-acting": {"type"},
}
LISTS = {"spellings": " | ", "graphs": " ", "operatesIn": ", "}  # GROUP_CONCAT columns
PAGED = {"18-fact-evidence": 500}  # the query returns one page of at most this many rows


def _rows(store, text: str, skip: set[str]) -> Counter:
    rows = Counter()
    for row in store.select(text):
        cells = []
        for var, value in sorted(row.items()):
            if var in skip:
                continue
            value = str(value)
            if var in LISTS:
                value = LISTS[var].join(sorted(value.split(LISTS[var])))
            cells.append((var, value))
        rows[tuple(cells)] += 1
    return rows


@pytest.mark.parametrize("reference", sorted(REFERENCES.glob("*.rq")), ids=lambda p: p.stem)
def test_same_answers_as_the_plain_formulation(reference, repo_root, corpus_store):
    query = repo_root / "queries" / reference.name
    skip = SAMPLED.get(reference.stem, set())
    got = _rows(corpus_store, query.read_text(encoding="utf-8"), skip)
    want = _rows(corpus_store, reference.read_text(encoding="utf-8"), skip)
    page = PAGED.get(reference.stem)
    if page is not None and sum(want.values()) > page:
        assert sum(got.values()) == page and not got - want
    else:
        assert got == want
