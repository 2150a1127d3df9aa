"""bench/layout_eval.py: texts wrapped as a PDF layout would, scored against the same gold."""
from __future__ import annotations

import importlib.util
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _module():
    spec = importlib.util.spec_from_file_location("layout_eval", ROOT / "bench" / "layout_eval.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def test_long_lines_are_wrapped_and_wrapped_text_is_kept():
    wrapped = _module().wrapped
    long_line = " ".join(["Nederland draagt bij aan de missie"] * 12)
    out = wrapped("Titel\n\n" + long_line + "\n" + long_line, 80)
    assert max(map(len, out.split("\n"))) <= 80
    assert out.replace("\n", " ").split() == ("Titel " + long_line + " " + long_line).split()
    already = "\n".join(["Een regel die een opmaak al heeft afgebroken, zoals in een pdf."] * 12)
    assert wrapped(already, 40) == already


def test_scores_before_and_after_wrapping(tmp_path, corpus_dir, gold_dir):
    for d in ("gold", "corpus"):
        (tmp_path / d).mkdir()
    shutil.copy(corpus_dir / "kv-2022Z00384.txt", tmp_path / "corpus")
    shutil.copy(gold_dir / "kv-2022Z00384.json", tmp_path / "gold")
    out = subprocess.run([sys.executable, str(ROOT / "bench" / "layout_eval.py"), str(tmp_path / "gold"),
                          str(tmp_path / "corpus")], capture_output=True, text=True, timeout=300)
    assert out.returncode == 0, out.stderr
    lines = dict(line.split(None, 1) for line in out.stdout.splitlines())
    assert set(lines) >= {"persons", "events"}
    before, after = lines["events"].split(" -> ")
    assert float(after) == float(before)              # the page's fields stay apart when wrapped
