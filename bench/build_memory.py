"""Memory of a long build, sampled: ``python bench/build_memory.py CORPUS STORE [--every S] [-j N]
[--evidence compact]``.

Runs ``kg build CORPUS --store STORE`` as a child process and samples, every ``--every`` seconds, the
resident memory of the build process and of all its workers (read from ``/proc``) and the size of the
store on disk.  The samples go to ``STORE.memory.csv`` as they are taken, so a run stopped early (or a
machine that runs out of disk) still leaves its curve; the peaks are printed at the end.  Linux only.
"""
from __future__ import annotations

import argparse
import csv
import os
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from kg_builder.config import EVIDENCE_MODES  # noqa: E402


def _rss_mb(pid: int) -> int:
    try:
        with open(f"/proc/{pid}/status") as f:
            return next((int(line.split()[1]) // 1024 for line in f if line.startswith("VmRSS")), 0)
    except OSError:
        return 0


def _children(pid: int) -> list[int]:
    try:
        with open(f"/proc/{pid}/task/{pid}/children") as f:
            return [int(p) for p in f.read().split()]
    except OSError:
        return []


def _tree(pid: int) -> list[int]:
    out, todo = [], [pid]
    while todo:
        p = todo.pop()
        out.append(p)
        todo += _children(p)
    return out


def _size_mb(path: Path) -> int:
    return sum(f.stat().st_size for f in path.rglob("*") if f.is_file()) // (1 << 20) if path.exists() else 0


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("corpus")
    ap.add_argument("store")
    ap.add_argument("--every", type=float, default=30.0, help="seconds between samples")
    ap.add_argument("-j", "--jobs", type=int, default=os.cpu_count() or 1)
    ap.add_argument("--evidence", choices=EVIDENCE_MODES, default="full")
    a = ap.parse_args()
    store = Path(a.store)
    kg = Path(sys.executable).with_name("kg")
    cmd = [str(kg) if kg.exists() else "kg", "build", a.corpus, "--store", str(store), "-j", str(a.jobs), "--evidence", a.evidence]
    log = store.with_name(store.name + ".memory.csv")
    start = time.monotonic()
    proc = subprocess.Popen(cmd)
    peak_parent = peak_all = 0
    with log.open("w", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["seconds", "build_mb", "all_processes_mb", "store_mb"])
        while proc.poll() is None:
            parent, total = _rss_mb(proc.pid), sum(_rss_mb(p) for p in _tree(proc.pid))
            peak_parent, peak_all = max(peak_parent, parent), max(peak_all, total)
            w.writerow([round(time.monotonic() - start), parent, total, _size_mb(store)])
            fh.flush()
            time.sleep(a.every)
    print(f"exit {proc.returncode}; {time.monotonic() - start:.0f} s; peak build process {peak_parent} MB, "
          f"peak all processes {peak_all} MB; samples in {log}")
    sys.exit(proc.returncode)


if __name__ == "__main__":
    main()
