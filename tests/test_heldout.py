"""Held-out measurement: the extractors on synthetic documents they were not written for.

``tests/data/heldout`` (ten documents) and ``tests/data/heldout2`` (eight, written later on other
topics) hold hand-annotated documents in the genres of the corpus (see their READMEs). The scores
are printed (``pytest tests/test_heldout.py -s``); the only assertion is a low sanity floor,
because this is a measurement, not a target to tune against.
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

HELDOUT = Path(__file__).resolve().parent / "data" / "heldout"
HELDOUT2 = Path(__file__).resolve().parent / "data" / "heldout2"
SETS = pytest.mark.parametrize("heldout", [HELDOUT, HELDOUT2], ids=lambda p: p.name)
FLOOR = {True: 0.3, False: 0.2}       # F1 per kind, gazetteer on / off


def _flat(text: str) -> str:
    """Text as an annotator reads it: hyphenated line breaks joined, whitespace collapsed."""
    return re.sub(r"\s+", " ", re.sub(r"-\n(?=[a-zà-ÿ])", "", text)).lower()


@SETS
@pytest.mark.parametrize("use_gazetteer", [True, False], ids=["gazetteer", "no-gazetteer"])
def test_heldout_scores(heldout: Path, use_gazetteer: bool) -> None:
    scores = evaluate(heldout, heldout, use_gazetteer=use_gazetteer)
    out = io.StringIO()
    render(scores, per_document=True, console=Console(file=out, width=120))
    print(f"{heldout.name}:\n{out.getvalue()}")
    assert scores["documents"] == len(list(heldout.glob("*.json")))
    low = {k: s["f1"] for k, s in scores["kinds"].items() if s["f1"] <= FLOOR[use_gazetteer]}
    assert not low, f"F1 at or below the sanity floor {FLOOR[use_gazetteer]}: {low}"


@SETS
def test_heldout_annotations_are_anchored_in_their_texts(heldout: Path) -> None:
    """Every surface form in the annotations occurs in its document; the manifest lists every file."""
    listed = {row["file"] for row in csv.DictReader((heldout / "index.csv").open(encoding="utf-8"))}
    for gf in sorted(heldout.glob("*.json")):
        gold = json.loads(gf.read_text(encoding="utf-8"))
        assert gold["file"] in listed, gf.name
        text = _flat((heldout / gold["file"]).read_text(encoding="utf-8"))
        forms = [m for k in ("persons", "organisations", "places", "missions") for e in gold[k] for m in e["mentions"]]
        forms += [x["text"] for k in ("dates", "citations", "quantities") for x in gold[k]]
        missing = [f for f in forms if _flat(f) not in text]
        assert not missing, f"{gf.name}: not in the text: {missing}"
        assert set(gold) >= {"document", *KINDS}, gf.name
