"""One build, as ``bench/run.py`` measures it: ``python bench/build_bench.py CORPUS STORE [--jobs N]
[--evidence full|compact]``.

STORE is a folder (embedded Oxigraph) or ``memory:`` (rdflib, the baseline); ``--evidence
compact`` builds with the compact evidence mode.  Prints the
build report as one JSON line; run.py adds wall time and peak memory of the process tree.
"""
from __future__ import annotations

import argparse
import json
import shutil
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from kg_builder.config import EVIDENCE_MODES  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("corpus")
    ap.add_argument("store")
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--batch", type=int, default=64)
    ap.add_argument("--evidence", choices=EVIDENCE_MODES, default="full")
    a = ap.parse_args()
    from kg_builder.build import build

    if a.store != "memory:":
        shutil.rmtree(a.store, ignore_errors=True)
    t0 = time.perf_counter()
    r = build([a.corpus], a.store, jobs=a.jobs, batch=a.batch, evidence=a.evidence)
    seconds = time.perf_counter() - t0
    print(json.dumps({"documents": r.documents, "failed": len(r.failed), "triples": r.triples,
                      "build_seconds": round(seconds, 2), "mb_text": round(r.bytes_of_text / 1e6, 2),
                      "docs_per_s": round(r.documents / seconds, 2),
                      "mb_per_s": round(r.bytes_of_text / 1e6 / seconds, 4)}))


if __name__ == "__main__":
    main()
