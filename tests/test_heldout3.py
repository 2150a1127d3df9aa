"""The clean held-out set: ``tests/data/heldout3`` (ten synthetic documents, hand-annotated).

Written and measured before anyone tuned on it (first run in its README). Unlike
``test_heldout.py`` (a low sanity floor), the floors here sit a little below the figures of that
first run, so a change that makes the extractors generalise worse fails. Never raise the
scores by tuning on these documents: read ``tests/data/heldout3/README.md`` first.
Scores are printed with ``pytest tests/test_heldout3.py -s``.
"""
from __future__ import annotations

import csv
import io
import json
import re
from pathlib import Path

import pytest
from rich.console import Console

from kg_builder.evaluate import KINDS, evaluate, render

HELDOUT3 = Path(__file__).resolve().parent / "data" / "heldout3"
ENTITY_KINDS = ("persons", "organisations", "places", "missions")

# F1 per kind at the first run (commit f77f413), gazetteer on / off, minus a small margin
# (wider for the kinds with few gold entries, where one entry moves F1 by several points).
FIRST_RUN = {
    True: {"persons": 0.866, "organisations": 0.833, "places": 0.779, "missions": 0.688,
           "dates": 0.942, "citations": 0.971, "quantities": 0.847, "events": 0.430},
    False: {"persons": 0.866, "organisations": 0.699, "places": 0.734, "missions": 0.667,
            "dates": 0.942, "citations": 0.971, "quantities": 0.847, "events": 0.380},
}
MARGIN = {"missions": 0.07, "citations": 0.07}
DEFAULT_MARGIN = 0.03


@pytest.mark.parametrize("use_gazetteer", [True, False], ids=["gazetteer", "no-gazetteer"])
def test_heldout3_scores_stay_above_the_first_run(use_gazetteer: bool) -> None:
    scores = evaluate(HELDOUT3, HELDOUT3, use_gazetteer=use_gazetteer)
    out = io.StringIO()
    render(scores, per_document=True, console=Console(file=out, width=120))
    print(f"heldout3 (clean held-out set):\n{out.getvalue()}")
    assert scores["documents"] == len(list(HELDOUT3.glob("*.json"))) == 10
    floors = {k: round(f1 - MARGIN.get(k, DEFAULT_MARGIN), 3) for k, f1 in FIRST_RUN[use_gazetteer].items()}
    low = {k: (s["f1"], floors[k]) for k, s in scores["kinds"].items() if s["f1"] < floors[k]}
    assert not low, f"F1 below the heldout3 floor (measured, floor): {low}"


def _readings(text: str) -> list[str]:
    """The text as written, and with words hyphenated across a line break joined."""
    return [text, re.sub(r"-\n(?=[a-zà-ÿ])", "", text)]


def test_heldout3_annotations_are_verbatim_in_their_texts() -> None:
    """Every surface form occurs verbatim; event actors and places name annotated entities."""
    listed = {row["file"] for row in csv.DictReader((HELDOUT3 / "index.csv").open(encoding="utf-8"))}
    golds = sorted(HELDOUT3.glob("*.json"))
    assert {json.loads(g.read_text(encoding="utf-8"))["file"] for g in golds} == listed
    for gf in golds:
        gold = json.loads(gf.read_text(encoding="utf-8"))
        assert set(gold) >= {"document", *KINDS}, gf.name
        readings = _readings((HELDOUT3 / gold["file"]).read_text(encoding="utf-8"))
        forms = [m for k in ENTITY_KINDS for e in gold[k] for m in e["mentions"]]
        forms += [x["text"] for k in ("dates", "citations", "quantities") for x in gold[k]]
        missing = [f for f in forms if not any(f in r for r in readings)]
        assert not missing, f"{gf.name}: not in the text: {missing}"
        names = {e["name"] for k in ENTITY_KINDS for e in gold[k]}
        loose = [n for ev in gold["events"] for n in [*ev["actors"], ev["place"]] if n and n not in names]
        assert not loose, f"{gf.name}: event actors/places that are no annotated entity: {loose}"
