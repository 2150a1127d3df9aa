"""The literal prefilter (``_common.needles``): a pattern is only skipped where it cannot match."""
import re

from hypothesis import given, settings, strategies as st

from kg_builder.extractors._common import may_match, needles
from kg_builder.textview import view_of

_WORDS = ["vorige", "week", "jaar", "geleden", "de", "het", "drie", "maanden", "x1", "Terug", "eerder"]
_word = st.sampled_from(_WORDS)


def _part():
    return st.one_of(
        _word.map(re.escape),
        _word.map(lambda w: f"(?:{re.escape(w)} )?"),
        st.lists(_word, min_size=1, max_size=3).map(lambda ws: "(?:" + "|".join(map(re.escape, ws)) + ")"),
        _word.map(lambda w: f"(?P<g>{re.escape(w)})"),
        _word.map(lambda w: f"(?:{re.escape(w)} ){{1,2}}"),
        st.just(r"\w+"), st.just(r"\d+"), st.just("[a-z]"),
    )


@settings(max_examples=400, deadline=None)
@given(parts=st.lists(_part(), min_size=1, max_size=5), words=st.lists(_word, max_size=25),
       ignore_case=st.booleans())
def test_every_match_contains_a_needle(parts, words, ignore_case):
    try:
        rx = re.compile(" ?".join(parts), re.I if ignore_case else 0)
    except re.error:                       # the same group name twice
        return
    text = " ".join(words)
    for m in rx.finditer(text):
        assert any(n in m.group(0).lower() for n in needles(rx)), (rx.pattern, m.group(0), needles(rx))
    if rx.search(text):
        assert may_match(rx, text.lower())


def test_lookaheads_give_needles_lookbehinds_do_not():
    assert needles(re.compile(r"(?<=Voorzitter: )(?=(?:Griffier|Rapporteur): )")) == ("griffier", "rapporteur")


def test_needles_are_found_in_trailing_alternations_and_groups():
    assert needles(re.compile(r"(?:\d+|een) (?P<u>dag|week) (?:geleden|terug)", re.I)) == ("geleden", "terug")
    assert needles(re.compile(r"(?:de |het )?laatste (?P<n>\d+) dagen")) == ("laatste ",)
    assert needles(re.compile(r"\d+|\w+")) == ("",)


def test_language_patterns_only_match_where_their_needles_are(corpus_dir):
    from kg_builder.extractors.dates import _vocab
    from kg_builder.extractors.places import _res

    from kg_builder.extractors.persons import _res as person_res

    patterns = [rx for rx, _ in _vocab()["relative"]] + list(_res().values()) + list(person_res().values())
    for path in sorted(corpus_dir.glob("*.txt"))[:15]:
        text = view_of(path.read_text(encoding="utf-8")).clean
        for rx in patterns:
            for m in rx.finditer(text):      # lookaheads read past the match
                assert any(n in text[m.start():].lower() for n in needles(rx)), (rx.pattern[:80], m.group(0))
