"""The build parent's resident memory over a build: ``python bench/parent_memory.py CORPUS STORE [--no-write]``.

Runs ``kg_builder.build.build`` in this process (``-j 2``, batches of 64), samples this process's
resident memory every 2 s and prints one JSON line with the peak and a dozen samples.  With
``--no-write`` the writer stores nothing, which separates the store's memory from the rest.
"""
from __future__ import annotations

import argparse
import json
import shutil
import sys
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


def _rss_mb() -> int:
    with open("/proc/self/status") as f:
        for line in f:
            if line.startswith("VmRSS"):
                return int(line.split()[1]) // 1024
    return 0


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("corpus")
    ap.add_argument("store")
    ap.add_argument("--no-write", action="store_true")
    a = ap.parse_args()
    import importlib

    b = importlib.import_module("kg_builder.build")

    samples: list[int] = []

    def sample() -> None:
        while True:
            samples.append(_rss_mb())
            time.sleep(2)

    threading.Thread(target=sample, daemon=True).start()
    if a.no_write:
        b._Writer._store = lambda self, docs: None
    shutil.rmtree(a.store, ignore_errors=True)
    t0 = time.perf_counter()
    r = b.build([a.corpus], a.store, jobs=2, batch=64)
    print(json.dumps({"documents": r.documents, "seconds": round(time.perf_counter() - t0, 1),
                      "parent_peak_mb": max(samples), "samples_mb": samples[::max(1, len(samples) // 12)],
                      "no_write": a.no_write}))


if __name__ == "__main__":
    main()
