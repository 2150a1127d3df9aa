"""How much extraction depends on line layout: every text whose lines run long (a paragraph a line, as
web pages give them) is wrapped at a fixed width, as a PDF print of it would be, and scored against
the same gold as the original. Texts a layout already wrapped are kept as they are.

    python bench/layout_eval.py ../shared/gold ../shared/corpus            # the shared gold
    python bench/layout_eval.py tests/data/heldout40 tests/data/heldout40 --width 80

Prints F1 per kind, original -> wrapped.
"""
from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
import textwrap
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from kg_builder.evaluate import evaluate  # noqa: E402

ALREADY_WRAPPED = 120      # a text whose 90th-percentile line is shorter than this was wrapped by its layout


def wrapped(text: str, width: int) -> str:
    """``text`` with each line longer than ``width`` broken at spaces; unchanged if already wrapped."""
    lengths = sorted(len(line.strip()) for line in text.split("\n") if line.strip())
    if not lengths or lengths[max(0, int(len(lengths) * 0.9) - 1)] < ALREADY_WRAPPED:
        return text
    return "\n".join(textwrap.fill(line, width, break_long_words=False, break_on_hyphens=False)
                     if len(line) > width else line for line in text.split("\n"))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("gold", type=Path)
    ap.add_argument("corpus", type=Path)
    ap.add_argument("--width", type=int, default=80)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp)
        for f in args.corpus.iterdir():
            if f.suffix == ".txt":
                (out / f.name).write_text(wrapped(f.read_text(encoding="utf-8"), args.width), encoding="utf-8")
            elif f.is_file() and f.suffix not in (".json", ".md"):
                shutil.copy(f, out / f.name)          # the manifest (index.csv)
        before = evaluate(args.gold, args.corpus)["kinds"]
        after = evaluate(args.gold, out)["kinds"]
    for kind, s in before.items():
        print(f"{kind:14s} {s['f1']:.3f} -> {after[kind]['f1']:.3f}")


if __name__ == "__main__":
    main()
