"""The gazetteer regex built as a trie matches exactly what the flat alternation (longest first) matches."""
import re

from hypothesis import given, settings, strategies as st

from kg_builder.gazetteer import _LEFT, _RIGHT, alternation, flex, gazetteer
from kg_builder.textview import view_of

_label = st.text(alphabet="abAB -'’é\u00a0", min_size=1, max_size=7).filter(lambda s: s.strip())


def _flat(labels):
    return re.compile(_LEFT + "(?:" + "|".join(flex(f) for f in sorted(set(labels), key=len, reverse=True)) + ")"
                      + _RIGHT)


def _spans(rx, text):
    return [(m.start(), m.end()) for m in rx.finditer(text)]


@settings(max_examples=1500, deadline=None)
@given(labels=st.lists(_label, min_size=1, max_size=8), text=st.text(alphabet="abAB -'’é\n\u00a0x", max_size=40))
def test_trie_matches_like_the_flat_alternation(labels, text):
    trie = re.compile(_LEFT + alternation(labels) + _RIGHT)
    assert _spans(trie, text) == _spans(_flat(labels), text)


def test_real_gazetteers_find_the_same_on_the_corpus(corpus_dir):
    texts = [view_of(p.read_text(encoding="utf-8")).clean for p in sorted(corpus_dir.glob("*.txt"))]
    for name in ("states", "parties", "organisations", "places", "missions"):
        g = gazetteer(name)
        forms = [lab for e in g.entries for lab in e.labels] + \
                [lab[:1].upper() + lab[1:] for e in g.entries for lab in e.labels if lab[:1].islower()]
        flat = _flat(forms)
        for text in texts:
            assert _spans(g.regex, text) == _spans(flat, text), name
