"""The writing half of the build on its own: ``python bench/write_bench.py CORPUS [--docs N]``.

Analyses N documents of CORPUS once (not timed), then times what the build does with the
analyses: ``emit_ntriples`` (the workers' share) and the parent's batch writes into a fresh
on-disk Oxigraph store, with the bulk loader (the build's path) and with the transactional
loader (what larger batches take), and dropping the written graphs again (what changed
documents and ``--force`` pay).  CPU seconds are the process's (Oxigraph's threads included);
prints one JSON line.
"""
from __future__ import annotations

import argparse
import json
import shutil
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


def timed(fn) -> tuple[float, float]:
    wall, cpu = time.perf_counter(), time.process_time()
    fn()
    return time.perf_counter() - wall, time.process_time() - cpu


def write(docs: list, folder: Path, bulk: bool) -> dict:
    import kg_builder.build as b
    from kg_builder.store import OxigraphStore

    shutil.rmtree(folder, ignore_errors=True)
    st = OxigraphStore(folder)
    limit, b.BULK_LOAD_MAX_QUADS = b.BULK_LOAD_MAX_QUADS, (b.BULK_LOAD_MAX_QUADS if bulk else 0)
    try:
        writer = b._Writer(st, b.BuildReport(store=str(folder)), "bench", 64, 16 << 20)
        wall, cpu = timed(lambda: ([writer.add(*d) for d in docs], writer.close()))
    finally:
        b.BULK_LOAD_MAX_QUADS = limit
    quads = st.count()
    out = {"wall_s": round(wall, 2), "cpu_s": round(cpu, 2), "us_cpu_per_quad": round(cpu / quads * 1e6, 1)}
    drop = " ;\n".join(f"DROP SILENT GRAPH <{g}>" for _, graphs, _ in docs for g in graphs)
    wall, cpu = timed(lambda: st.update(drop))
    out["drop_us_cpu_per_quad"] = round(cpu / (quads - st.count()) * 1e6, 1)
    st.close()
    shutil.rmtree(folder, ignore_errors=True)
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("corpus")
    ap.add_argument("--docs", type=int, default=40)
    a = ap.parse_args()
    from kg_builder.emit import emit_ntriples
    from kg_builder.pipeline import analyse
    from kg_builder.readers import read_document

    files = sorted(Path(a.corpus).glob("*.txt"))[:a.docs]
    analyses = [analyse(read_document(str(f), {})) for f in files]
    chars = sum(len(x.doc.text) for x in analyses)
    emit_ntriples(analyses[0])  # loads the concept schemes, as the build's first document does
    graphs: list = []
    wall, cpu = timed(lambda: graphs.extend(emit_ntriples(x) for x in analyses))
    triples = sum(text.count("\n") for g in graphs for text in g.values())
    docs = [(x.doc.key, g, {"sha256": x.doc.sha256, "chars": len(x.doc.text), "path": x.doc.path})
            for x, g in zip(analyses, graphs)]
    with tempfile.TemporaryDirectory() as tmp:
        result = {"documents": len(docs), "mb_text": round(chars / 1e6, 3), "triples": triples,
                  "emit": {"cpu_s": round(cpu, 3), "us_cpu_per_triple": round(cpu / triples * 1e6, 2),
                           "mb_text_per_cpu_s": round(chars / 1e6 / cpu, 2)},
                  "write_bulk": write(docs, Path(tmp) / "bulk", True),
                  "write_transactional": write(docs, Path(tmp) / "tx", False)}
    print(json.dumps(result))


if __name__ == "__main__":
    main()
