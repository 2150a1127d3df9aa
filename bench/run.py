"""All benchmarks in one command, each beside its baseline measured in the same run.

    python bench/run.py --sizes 1000,10000            # everything (long on 2 cores)
    python bench/run.py --sizes 1000 --only build     # one part: build, query or reason

* build: scale corpora of each size (``make_corpus.py``) built into the embedded Oxigraph
  store (with full and with compact evidence), and the same build into rdflib's memory store
  (``memory:``): documents/s, MB of text/s, peak memory of the whole process tree (workers
  included);
* query: stores of ``--triples`` (default 1M and 10M) made from the largest build
  (``scale_store.py``), served by ``kg serve`` on loopback; p50/p95 of ``queries/*.rq`` over
  HTTP, against rdflib's SPARQL engine on the same data (in process; only up to
  ``--rdflib-max`` triples, since rdflib needs about 1.5 GB per million);
* reason: ``materialize`` and ``validate`` over the 1M store, and on a sample of documents
  the same functions beside owlrl's and pySHACL's plain runs.

Results: ``bench/out/results.json`` and ``bench/out/results.md`` (git-ignored).
"""
from __future__ import annotations

import argparse
import json
import os
import platform
import time
from pathlib import Path

from common import OUT, PYTHON, run_measured

HERE = Path(__file__).resolve().parent


def step(results: dict, key: str, cmd: list[str], timeout: float) -> dict:
    print(f"[bench] {key}: {' '.join(cmd[1:])}", flush=True)
    load = os.getloadavg()[0]
    r = run_measured(cmd, timeout)
    r["load_before"] = round(load, 2)
    results[key] = r
    print(f"[bench] {key}: {json.dumps(r)[:400]}", flush=True)
    save(results)
    return r


def save(results: dict) -> None:
    (OUT / "results.json").write_text(json.dumps(results, indent=2) + "\n")
    (OUT / "results.md").write_text(markdown(results))


def run_build(results: dict, sizes: list[int], jobs: int, baseline_max: int, timeout: float) -> Path | None:
    largest = None
    for n in sizes:
        corpus = OUT / f"corpus-{n}"
        if not corpus.is_dir() or len(list(corpus.glob("*.txt"))) != n:
            step(results, f"corpus-{n}", [PYTHON, str(HERE / "make_corpus.py"), str(n)], timeout)
        store = OUT / f"store-docs-{n}"
        r = step(results, f"build-{n}-oxigraph",
                 [PYTHON, str(HERE / "build_bench.py"), str(corpus), str(store), "--jobs", str(jobs)], timeout)
        if "error" not in r:
            largest = store
        step(results, f"build-{n}-compact",      # the same store with compact evidence (kg build --evidence)
             [PYTHON, str(HERE / "build_bench.py"), str(corpus), str(OUT / f"store-compact-{n}"),
              "--jobs", str(jobs), "--evidence", "compact"], timeout)
        if n <= baseline_max:
            step(results, f"build-{n}-rdflib",
                 [PYTHON, str(HERE / "build_bench.py"), str(corpus), "memory:", "--jobs", str(jobs)], timeout)
    return largest


def run_query(results: dict, source: Path, sizes: list[float], runs: int, rdflib_max: float,
              timeout: float) -> None:
    for t in sizes:
        label = f"{t / 1e6:g}M"
        store = OUT / f"store-triples-{label}"
        r = step(results, f"scale-{label}", [PYTHON, str(HERE / "scale_store.py"), str(source), str(store), str(t)],
                 timeout)
        if "error" in r:
            continue
        step(results, f"query-{label}-http", [PYTHON, str(HERE / "query_bench.py"), str(store), "--runs", str(runs)],
             timeout)
        if t <= rdflib_max:
            rdflib_baseline(results, f"query-{label}-rdflib", store, max(3, runs // 4), timeout)


def rdflib_baseline(results: dict, key: str, store: Path, runs: int, timeout: float) -> None:
    """rdflib's run prints a line per query; what finished within ``timeout`` is kept."""
    import subprocess
    from common import percentile
    print(f"[bench] {key}", flush=True)
    t0 = time.perf_counter()
    proc = subprocess.Popen([PYTHON, str(HERE / "query_bench.py"), str(store), "--rdflib", "--runs", str(runs)],
                            stdout=subprocess.PIPE, text=True)
    lines = []
    try:
        out, _ = proc.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        proc.kill()
        out, _ = proc.communicate()
    lines = [json.loads(x) for x in out.splitlines() if x.startswith("{")]
    times = {d["query"]: d["times"] for d in lines if "query" in d and d["times"]}
    errors = {d["query"]: d["error"] for d in lines if "error" in d}
    every = [t for ts in times.values() for t in ts]
    results[key] = {
        "seconds": round(time.perf_counter() - t0, 1), **(lines[0] if lines and "load_seconds" in lines[0] else {}),
        "queries": {q: {"p50_ms": round(percentile(ts, .5) * 1000, 1), "p95_ms": round(percentile(ts, .95) * 1000, 1)}
                    for q, ts in times.items()},
        "p50_ms": round(percentile(every, .5) * 1000, 1) if every else None,
        "p95_ms": round(percentile(every, .95) * 1000, 1) if every else None,
        "unfinished": proc.returncode != 0, "errors": errors}
    save(results)


def run_reason(results: dict, store: Path, sample: int, timeout: float) -> None:
    for s in ("materialize", "validate"):
        step(results, f"reason-{store.name}-{s}", [PYTHON, str(HERE / "reason_bench.py"), str(store), "--step", s],
             timeout)
    step(results, f"reason-{store.name}-materialize-memory",
         [PYTHON, str(HERE / "reason_bench.py"), str(store), "--step", "materialize", "--memory"], timeout)
    step(results, "reason-sample", [PYTHON, str(HERE / "reason_bench.py"), str(store), "--step", "sample",
                                    "--sample", str(sample)], timeout)


def _per_cpu(v: dict) -> str:
    return f"{v['mb_text'] / v['cpu_seconds']:.4f}" if v.get("cpu_seconds") and v.get("mb_text") else ""


def markdown(r: dict) -> str:
    meta = r.get("machine", {})
    lines = [f"# Benchmark results ({meta.get('date', '')}, {meta.get('cores', '?')} cores, "
             f"load average at start {meta.get('load', '?')})", "",
             "## Build", "", "| corpus | store | documents | MB text | seconds | docs/s | MB/s | CPU s | MB per CPU s "
             "| peak MB | triples |", "|---|---|---|---|---|---|---|---|---|---|---|"]
    for k, v in r.items():
        if k.startswith("build-"):
            _, n, kind = k.split("-")
            lines.append(f"| {n} | {kind} | {v.get('documents', '')} | {v.get('mb_text', '')} | "
                         f"{v.get('build_seconds', v.get('seconds'))} | {v.get('docs_per_s', '')} | "
                         f"{v.get('mb_per_s', '')} | {v.get('cpu_seconds', '')} | {_per_cpu(v)} | {v.get('peak_mb', '')} | "
                         f"{v.get('triples', v.get('error', ''))} |")
    lines += ["", "## Canned queries", "", "| store | engine | p50 ms | p95 ms | note |", "|---|---|---|---|---|"]
    for k, v in r.items():
        if k.startswith("query-"):
            _, label, engine = k.split("-")
            note = "over HTTP (kg serve)" if engine == "http" else \
                f"in process, loaded in {v.get('load_seconds', '?')} s" + (", unfinished" if v.get("unfinished") else "")
            lines.append(f"| {label} | {engine} | {v.get('p50_ms')} | {v.get('p95_ms')} | {note} |")
    per_query = [(k, v) for k, v in r.items() if k.startswith("query-")]
    if per_query:
        names = sorted({q for _, v in per_query for q in v.get("queries", {})})
        lines += ["", "| query | " + " | ".join(k.removeprefix("query-") for k, _ in per_query) + " |",
                  "|---|" + "---|" * len(per_query)]
        for q in names:
            cells = [f"{v['queries'][q]['p50_ms']}" if q in v.get("queries", {}) else "–" for _, v in per_query]
            lines.append(f"| {q} (p50 ms) | " + " | ".join(cells) + " |")
    lines += ["", "## Reasoning and validation", "", "| what | triples | seconds | peak MB | result |",
              "|---|---|---|---|---|"]
    for k, v in r.items():
        if k.startswith("reason-") and k != "reason-sample":
            lines.append(f"| {k.removeprefix('reason-store-triples-')} | {v.get('triples', '')} | {v.get('seconds')} | {v.get('peak_mb')} | "
                         f"{v.get('inferred', v.get('results', v.get('error', '')))} |")
    s = r.get("reason-sample")
    if s and "error" not in s:
        lines += ["", f"Sample of {s.get('documents')} documents ({s.get('triples')} triples):", "",
                  "| engine | seconds | result |", "|---|---|---|",
                  f"| kg_builder.reason | {s.get('kg_reason_seconds')} | {s.get('kg_inferred')} inferred |",
                  f"| owlrl DeductiveClosure(OWLRL_Semantics) | {s.get('owlrl_seconds')} | "
                  f"{s.get('owlrl_inferred')} new triples |",
                  f"| kg_builder.validate | {s.get('kg_validate_seconds')} | |",
                  f"| pyshacl.validate | {s.get('pyshacl_seconds')} | |"]
    return "\n".join(lines) + "\n"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--sizes", default="1000,10000", help="corpus sizes (documents)")
    ap.add_argument("--triples", default="1e6,1e7", help="store sizes for the query benchmark")
    ap.add_argument("--only", default="build,query,reason")
    ap.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    ap.add_argument("--runs", type=int, default=20, help="runs per canned query")
    ap.add_argument("--baseline-max", type=int, default=10000, help="largest corpus built into rdflib too")
    ap.add_argument("--rdflib-max", type=float, default=2e6, help="largest store queried with rdflib too")
    ap.add_argument("--sample", type=int, default=5, help="documents in the owlrl/pySHACL sample")
    ap.add_argument("--timeout", type=float, default=3600, help="seconds per step")
    ap.add_argument("--fresh", action="store_true", help="forget the results of earlier runs")
    a = ap.parse_args()
    OUT.mkdir(parents=True, exist_ok=True)
    previous = OUT / "results.json"  # a partial run (--only, other sizes) updates the last results
    results: dict = json.loads(previous.read_text()) if previous.is_file() and not a.fresh else {}
    results["machine"] = {"date": time.strftime("%Y-%m-%d %H:%M"), "cores": os.cpu_count(),
                          "load": round(os.getloadavg()[0], 2), "python": platform.python_version()}
    only = set(a.only.split(","))
    sizes = [int(x) for x in a.sizes.split(",") if x]
    source = run_build(results, sizes, a.jobs, a.baseline_max, a.timeout) if "build" in only else None
    source = source or max(OUT.glob("store-docs-*"), key=lambda p: int(p.name.rsplit("-", 1)[1]), default=None)
    triples = [float(x) for x in a.triples.split(",") if x]
    if "query" in only and source:
        run_query(results, source, triples, a.runs, a.rdflib_max, a.timeout)
    if "reason" in only:
        store = OUT / f"store-triples-{min(triples) / 1e6:g}M"
        if store.is_dir():
            run_reason(results, store, a.sample, a.timeout)
    save(results)
    print((OUT / "results.md").read_text())


if __name__ == "__main__":
    main()
