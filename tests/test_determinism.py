"""Extraction does not depend on Python's string-hash seed: two processes with different
``PYTHONHASHSEED`` give the same mentions (set order must never leak into regex alternations
or tie-breaks). Run on 100 generated documents (corpus sentences recombined with other names,
bench/make_corpus.py), where seeds 0 and 1 once gave different persons."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

SCRIPT = """
import json, sys
from pathlib import Path
from kg_builder.pipeline import analyse
from kg_builder.readers import read_document
out = {}
for p in sorted(Path(sys.argv[1]).glob("*.txt")):
    a = analyse(read_document(p, {}))
    out[p.name] = sorted([m.kind, m.start, m.end, m.label] for m in a.mentions)
print(json.dumps(out))
"""


@pytest.mark.slow
def test_same_mentions_whatever_the_hash_seed(corpus_dir, tmp_path):
    folder = tmp_path / "generated"
    subprocess.run([sys.executable, str(ROOT / "bench" / "make_corpus.py"), "100", "--out", str(folder),
                    "--corpus", str(corpus_dir), "--seed", "1"], check=True, capture_output=True)
    runs = []
    for seed in ("0", "1"):
        env = {**os.environ, "PYTHONHASHSEED": seed}
        done = subprocess.run([sys.executable, "-c", SCRIPT, str(folder)], env=env,
                              capture_output=True, text=True, check=True)
        runs.append(json.loads(done.stdout))
    differ = [name for name in runs[0] if runs[0][name] != runs[1].get(name)]
    assert not differ, f"mentions depend on the hash seed in {differ}"
