"""Load test on loopback: many concurrent clients run the canned queries against ``kg serve``.

The corpus is built into a store, ``kg serve`` (waitress) serves it in a subprocess,
and ``KG_LOAD_CLIENTS`` (50) threads, each with its own keep-alive connection, POST
the queries of ``queries/*.rq`` round-robin for ``KG_LOAD_SECONDS`` (60).  Bounded
in time (the deadline) and count (``KG_LOAD_MAX_REQUESTS`` per client).

Passes when no request fails and memory is stable: the resident memory of the
server with its query workers, sampled every half second, may be at most
``KG_LOAD_RSS_GROWTH`` (25 %) higher in the last ten seconds than in the first ten.
The figures (requests, throughput, p50/p90/p99/max latency, memory) are printed and
written to ``bench/out/load.json``; docs/reliability.md records them.
"""
from __future__ import annotations

import http.client
import json
import os
import statistics
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from servers import free_port

pytestmark = [pytest.mark.slow, pytest.mark.server]
ROOT = Path(__file__).resolve().parent.parent
CLIENTS = int(os.environ.get("KG_LOAD_CLIENTS", "50"))
SECONDS = float(os.environ.get("KG_LOAD_SECONDS", "60"))
MAX_REQUESTS = int(os.environ.get("KG_LOAD_MAX_REQUESTS", "100000"))
RSS_GROWTH = float(os.environ.get("KG_LOAD_RSS_GROWTH", "0.25"))
WINDOW = 10.0


def canned_queries() -> dict[str, str]:
    folder = Path(os.environ.get("KG_QUERIES_DIR", ROOT / "queries"))
    queries = {p.name: p.read_text(encoding="utf-8") for p in sorted(folder.glob("*.rq"))}
    if not queries:
        pytest.skip(f"no canned queries (*.rq) in {folder}")
    return queries


def tree_rss(pid: int) -> int:
    """Resident memory in bytes of ``pid`` and all its descendants (from /proc)."""
    children: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open(f"/proc/{entry}/stat") as fh:
                    ppid = int(fh.read().rsplit(")", 1)[1].split()[1])
                children.setdefault(ppid, []).append(int(entry))
            except (OSError, IndexError, ValueError):
                pass
    total, todo = 0, [pid]
    while todo:
        p = todo.pop()
        todo.extend(children.get(p, []))
        try:
            with open(f"/proc/{p}/statm") as fh:
                total += int(fh.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")
        except (OSError, IndexError):
            pass
    return total


@pytest.fixture(scope="module")
def server(tmp_path_factory, corpus_dir):
    tmp = tmp_path_factory.mktemp("load")
    store = tmp / "store"
    built = subprocess.run([sys.executable, "-m", "kg_builder.cli", "build", str(corpus_dir), "--store",
                            str(store), "--quiet"], cwd=ROOT, capture_output=True, text=True, timeout=900)
    assert built.returncode in (0, 1), built.stderr
    port = free_port()
    log = (tmp / "serve.log").open("w")
    proc = subprocess.Popen([sys.executable, "-m", "kg_builder.cli", "serve", "--store", str(store),
                             "--port", str(port)], cwd=ROOT, stdout=log, stderr=subprocess.STDOUT)
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        assert proc.poll() is None, (tmp / "serve.log").read_text()
        try:
            c = http.client.HTTPConnection("127.0.0.1", port, timeout=5)
            c.request("GET", "/sparql?query=ASK%7B%7D", headers={"Accept": "application/sparql-results+json"})
            if c.getresponse().status == 200:
                break
        except OSError:
            time.sleep(0.3)
    else:
        pytest.fail("kg serve did not answer within 120 s")
    yield port, proc
    proc.terminate()
    try:
        proc.wait(timeout=30)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait()
    log.close()


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


def test_fifty_clients_for_a_minute(server):
    port, proc = server
    queries = list(canned_queries().items())
    for name, q in queries:   # every canned query works on its own first
        c = http.client.HTTPConnection("127.0.0.1", port, timeout=120)
        c.request("POST", "/sparql", body=q.encode(), headers={
            "Content-Type": "application/sparql-query", "Accept": "application/sparql-results+json"})
        r = c.getresponse()
        assert r.status == 200, (name, r.status, r.read()[:500])
        r.read()
        c.close()

    latencies: list[float] = []
    per_query: dict[str, list[float]] = {}
    errors: list[str] = []
    rss: list[tuple[float, int]] = []
    lock = threading.Lock()
    start = time.monotonic()
    stop_at = start + SECONDS

    def client(n: int) -> None:
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=120)
        i = n
        for _ in range(MAX_REQUESTS):
            if time.monotonic() >= stop_at:
                break
            name, q = queries[i % len(queries)]
            i += 1
            t0 = time.perf_counter()
            try:
                conn.request("POST", "/sparql", body=q.encode(), headers={
                    "Content-Type": "application/sparql-query",
                    "Accept": "application/sparql-results+json"})
                resp = conn.getresponse()
                resp.read()
                ok, problem = resp.status == 200, f"{name}: HTTP {resp.status}"
            except (OSError, http.client.HTTPException) as exc:
                ok, problem = False, f"{name}: {type(exc).__name__}: {exc}"
                conn.close()
                conn = http.client.HTTPConnection("127.0.0.1", port, timeout=120)
            dt = time.perf_counter() - t0
            with lock:
                if ok:
                    latencies.append(dt)
                    per_query.setdefault(name, []).append(dt)
                else:
                    errors.append(problem)
        conn.close()

    def sampler() -> None:
        while time.monotonic() < stop_at:
            rss.append((time.monotonic() - start, tree_rss(proc.pid)))
            time.sleep(0.5)

    threads = [threading.Thread(target=client, args=(n,)) for n in range(CLIENTS)]
    threads.append(threading.Thread(target=sampler))
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=SECONDS + 180)
    elapsed = time.monotonic() - start

    first = max(m for t, m in rss if t <= WINDOW)
    last = max(m for t, m in rss if t >= SECONDS - WINDOW)
    figures = {
        "clients": CLIENTS, "seconds": round(elapsed, 1), "queries": [n for n, _ in queries],
        "requests": len(latencies) + len(errors), "errors": len(errors),
        "requests_per_second": round(len(latencies) / elapsed, 1),
        "latency_ms": {"p50": round(1000 * statistics.median(latencies), 1),
                       "p90": round(1000 * percentile(latencies, 0.90), 1),
                       "p99": round(1000 * percentile(latencies, 0.99), 1),
                       "max": round(1000 * max(latencies), 1)},
        "p50_ms_per_query": {n: round(1000 * statistics.median(v), 1) for n, v in sorted(per_query.items())},
        "rss_mib": {"first_10s_max": round(first / 2**20, 1), "last_10s_max": round(last / 2**20, 1),
                    "overall_max": round(max(m for _, m in rss) / 2**20, 1),
                    "growth": round(last / first - 1, 3)},
    }
    out = ROOT / "bench" / "out"
    out.mkdir(parents=True, exist_ok=True)
    (out / "load.json").write_text(json.dumps(figures, indent=2) + "\n")
    print(json.dumps(figures, indent=2))
    assert proc.poll() is None, "the server died under load"
    assert not errors, errors[:10]
    assert last <= first * (1 + RSS_GROWTH), figures["rss_mib"]
