"""bench/build_memory.py: a build run as a child process, its memory sampled to a CSV file."""
from __future__ import annotations

import csv
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_a_sampled_build_leaves_its_memory_curve(tmp_path, example_doc):
    store = tmp_path / "store"
    out = subprocess.run([sys.executable, str(ROOT / "bench" / "build_memory.py"), str(example_doc.parent),
                          str(store), "--every", "0.2", "-j", "1", "--evidence", "compact"], capture_output=True, text=True, timeout=300)
    assert out.returncode == 0, out.stderr
    assert "peak all processes" in out.stdout
    rows = list(csv.DictReader((tmp_path / "store.memory.csv").open()))
    assert rows and max(int(r["all_processes_mb"]) for r in rows) > 0
