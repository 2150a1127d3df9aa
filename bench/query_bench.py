"""Canned-query latency: ``python bench/query_bench.py STORE [--runs N] [--only 04,13]`` and ``--rdflib``.

Without ``--rdflib``: starts ``kg serve --store STORE`` on a free loopback port and
sends every query of ``queries/*.rq`` over HTTP (SPARQL Protocol, JSON results) and
prints p50/p95 per query and over all, measured twice:

- **cold** (the top-level figures): every request carries ``Cache-Control: no-cache``,
  so the server runs the query each time (engine + HTTP; the first run is a warm-up
  and is reported apart as ``first_ms``, the time a new query takes);
- **warm** (under ``"warm"``): the same requests without that header, answered from
  the server's result cache: what a client repeating a query on an unchanged store
  sees, not the engine's speed;
- **prewarmed** (measured first, under ``"prewarmed"``): the first request of each canned
  query once the server has answered them ahead (``KG-Prewarmed: yes`` on ``/queries/``):
  what the first visitor after a build sees.

``--runs`` timed runs of each (slow queries fewer, at least 3; at most 20 s each).
``--only`` takes the queries whose names start with the given prefixes.
With ``--rdflib``: the baseline: loads the same store into an rdflib Dataset (union
default graph) and runs the same queries with rdflib's SPARQL engine in process (no
HTTP); each query's line is printed as soon as it is done, so a caller's time limit
keeps what finished.
"""
from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import PYTHON, ROOT, free_port, percentile  # noqa: E402


BUDGET = 20.0  # seconds of timed runs per query at most (at least 3 runs)


def queries(only: tuple[str, ...] = ()) -> dict[str, str]:
    return {p.stem: p.read_text(encoding="utf-8") for p in sorted((ROOT / "queries").glob("*.rq"))
            if not only or p.stem.startswith(only)}


def summary(times: dict[str, list[float]]) -> dict:
    every = [t for ts in times.values() for t in ts]
    if not every:
        return {"queries": {}, "p50_ms": None, "p95_ms": None, "n": 0}
    return {"queries": {q: {"p50_ms": round(percentile(ts, .5) * 1000, 2),
                            "p95_ms": round(percentile(ts, .95) * 1000, 2)} for q, ts in times.items()},
            "p50_ms": round(percentile(every, .5) * 1000, 2), "p95_ms": round(percentile(every, .95) * 1000, 2),
            "n": len(every)}


COLD = {"Accept": "application/sparql-results+json", "Cache-Control": "no-cache"}
WARM = {"Accept": "application/sparql-results+json"}


def over_http(store: str, runs: int, only: tuple[str, ...] = ()) -> dict:
    import requests
    port = free_port()
    server = subprocess.Popen([str(Path(PYTHON).parent / "kg"), "serve", "--store", store, "--port", str(port)],
                              cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    url = f"http://127.0.0.1:{port}/sparql"
    load = os.getloadavg()[0]
    try:
        session = requests.Session()
        for _ in range(300):
            try:
                session.get(url, params={"query": "ASK {}"}, timeout=5)
                break
            except requests.RequestException:
                time.sleep(0.2)
        # prewarmed: the first request of each canned query once `kg serve` has answered them ahead
        prewarmed: dict[str, list[float]] = {}
        waited = time.perf_counter()
        while session.get(url.replace("/sparql", "/queries/"), timeout=30).headers.get("KG-Prewarmed") == "no":
            time.sleep(0.5)
        waited = time.perf_counter() - waited
        for name, q in queries(only).items():
            t0 = time.perf_counter()
            r = session.post(url, data={"query": q}, headers=WARM, timeout=300)
            if r.status_code == 200:
                prewarmed[name] = [time.perf_counter() - t0]
        cold: dict[str, list[float]] = {}
        warm: dict[str, list[float]] = {}
        first: dict[str, float] = {}
        rows: dict[str, int] = {}
        errors: dict[str, str] = {}
        hits: dict[str, int] = {}

        def timed(name: str, q: str, headers: dict, n: int, into: dict) -> None:
            into[name] = []
            for _ in range(n):
                t0 = time.perf_counter()
                r = session.post(url, data={"query": q}, headers=headers, timeout=300)
                if r.status_code != 200:  # the server's time limit (503) or another refusal
                    errors[name] = f"HTTP {r.status_code} after {time.perf_counter() - t0:.1f} s"
                    break
                into[name].append(time.perf_counter() - t0)
                hits[name] = hits.get(name, 0) + (r.headers.get("KG-Cache") == "hit")
            if not into[name]:
                del into[name]

        for name, q in queries(only).items():
            t0 = time.perf_counter()
            r = session.post(url, data={"query": q}, headers=COLD, timeout=300)  # warm-up, and a new query's time
            first[name] = time.perf_counter() - t0
            if r.status_code != 200:
                errors[name] = f"HTTP {r.status_code} after {first[name]:.1f} s: {r.text[:200]}"
                continue
            rows[name] = len(r.json().get("results", {}).get("bindings", []))
            n = max(3, min(runs, int(BUDGET / max(first[name], 1e-3))))  # slow queries run less
            timed(name, q, COLD, n, cold)
            if name in cold:
                timed(name, q, WARM, n, warm)
        return {**summary(cold), "measure": "cold: every request computed (Cache-Control: no-cache)",
                "first_ms": {q: round(t * 1000, 1) for q, t in first.items()},
                "warm": {**summary(warm), "measure": "warm: repeated requests answered from the result cache",
                         "cache_hits": sum(hits.values()),
                         "not_kept": sorted(q for q in warm if hits.get(q, 0) < len(warm[q]))},
                "prewarmed": {**summary(prewarmed), "waited_s": round(waited, 1),
                              "measure": "first request of each canned query after kg serve answered them ahead"},
                "rows": rows, "errors": errors, "load": [round(load, 2), round(os.getloadavg()[0], 2)]}
    finally:
        server.terminate()
        server.wait(timeout=30)


def with_rdflib(store: str, runs: int, only: tuple[str, ...] = ()) -> None:
    import pyoxigraph as ox
    from rdflib import Dataset

    t0 = time.perf_counter()
    src = ox.Store.read_only(store)
    from io import BytesIO
    buf = BytesIO()
    src.dump(buf, format=ox.RdfFormat.N_QUADS)
    ds = Dataset(default_union=True)
    ds.parse(data=buf.getvalue().decode("utf-8"), format="nquads")
    del buf
    print(json.dumps({"load_seconds": round(time.perf_counter() - t0, 1), "triples": len(ds)}), flush=True)
    for name, q in queries(only).items():
        ts: list[float] = []
        try:
            while len(ts) < runs and (len(ts) < 3 or sum(ts) < BUDGET):
                t = time.perf_counter()
                list(ds.query(q))
                ts.append(time.perf_counter() - t)
        except Exception as exc:  # rdflib cannot run every query: say which and go on
            print(json.dumps({"query": name, "times": ts, "error": f"{type(exc).__name__}: {exc}"[:300]}),
                  flush=True)
            continue
        print(json.dumps({"query": name, "times": ts}), flush=True)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("store")
    ap.add_argument("--runs", type=int, default=20)
    ap.add_argument("--rdflib", action="store_true")
    ap.add_argument("--only", default="", help="comma-separated name prefixes, e.g. 04,13")
    a = ap.parse_args()
    only = tuple(p for p in a.only.split(",") if p)
    if a.rdflib:
        with_rdflib(a.store, a.runs, only)
    else:
        print(json.dumps(over_http(a.store, a.runs, only)))


if __name__ == "__main__":
    main()
