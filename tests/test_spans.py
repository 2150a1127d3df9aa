"""``_common.Spans`` (bisect over sorted spans) agrees with the plain overlap test."""
from hypothesis import given, settings, strategies as st

from kg_builder.extractors._common import Spans

_span = st.tuples(st.integers(0, 40), st.integers(0, 12)).map(lambda t: (t[0], t[0] + t[1]))


@settings(max_examples=500, deadline=None)
@given(st.lists(st.tuples(st.booleans(), _span), max_size=40))
def test_spans_agree_with_pairwise_overlap(ops):
    spans, taken = Spans(), []
    for take, (s, e) in ops:
        expected = all(e <= a or s >= b for a, b in taken)
        assert spans.free(s, e) == expected
        if take:
            assert spans.take(s, e) == expected
            if expected:
                taken.append((s, e))


def test_every_span_is_evidence_for_one_entity(corpus_dir):
    """Over the shared corpus and every held-out set: no two entity mentions share a span (one
    annotation IRI per span, one thing it denotes)."""
    from pathlib import Path

    from kg_builder.pipeline import analyse
    from kg_builder.readers import read_document
    files = sorted(corpus_dir.glob("*.txt")) + sorted((Path(__file__).parent / "data").glob("heldout*/*.txt"))
    for f in files:
        a = analyse(read_document(f, {}))
        spans = [(m.start, m.end) for m in a.mentions if m.kind in ("person", "organisation", "place", "mission")]
        assert len(spans) == len(set(spans)), f.name
