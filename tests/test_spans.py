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
