"""Trigger lookup: the per-document needle index finds exactly what scanning each range on its own finds."""
from hypothesis import given, settings, strategies as st

from kg_builder.extractors.event_sentences import triggers_in, vocab

WORDS = ["De", "de", "VS", "voerde", "op", "22", "november", "luchtaanvallen", "uit", "aanval", "Iraakse",
         "basis", "het", "kabinet", "heeft", "besloten", "tot", "verlenging", "in", "het", "begin", "van",
         "Aan", "de", "orde", "is", "debat", "vond", "plaats", "nam", "Mosul", "İstanbul", "deel", ".", ",", ";"]


def _naive(text: str, start: int, end: int) -> list[tuple[str, int, int]]:
    v = vocab()
    low = text[start:end].lower()
    out: dict[int, tuple[str, int, int]] = {}
    for etype, rx, needle in v["triggers"]:
        if not any(n in low for n in needle):
            continue
        for m in rx.finditer(text, start, end):
            if m.group(0).split()[0].lower() in v["frame_nouns"] and \
                    v["temporal_frame"].search(text, max(0, m.start() - 20), m.start()):
                continue
            out.setdefault(m.start(), (etype, m.start(), m.end()))
    prio = v["priority"]            # a light verb around a stronger noun takes the noun's kind ("nam … aanval … deel")
    return sorted((t for t in out.values() if not any(t[1] < u[1] and u[2] <= t[2] and prio[u[0]] < prio[t[0]]
                                                      for u in out.values())), key=lambda t: t[1])


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(WORDS), min_size=1, max_size=40), st.integers(0, 300), st.integers(0, 300))
def test_indexed_triggers_equal_a_scan_of_the_range(words, a, b):
    text = " ".join(words)
    start, end = sorted((min(a, len(text)), min(b, len(text))))
    assert triggers_in(text, start, end) == _naive(text, start, end)


def test_a_light_verb_around_a_noun_takes_the_nouns_kind():
    assert triggers_in("nam aanval deel", 0, 15) == _naive("nam aanval deel", 0, 15) == [("attack", 4, 10)]
