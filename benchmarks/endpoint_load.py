"""Load: how ``kg serve`` holds up under hostile queries.

Builds a store from generated articles, serves it, and reports as JSON:

* the latency (p50, p95) of a quick query while eight runaway queries (a four-way cartesian
  product) run to their time cap, and the same latency with the server idle;
* the server's CPU use (its workers included) one second after the runaway queries' cap;
* the server's peak and final memory (RSS, workers included) while a two-way cartesian
  product ``SELECT *`` is answered under the row cap.

Traffic stays on loopback; the run is bounded in time.

Usage::

    python benchmarks/endpoint_load.py [--articles 200] [--timeout 5] [--runaways 8]
"""

from __future__ import annotations

import argparse
import contextlib
import json
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

import psutil

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.corpus import write_jsonl

RUNAWAY = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }"
CARTESIAN = "SELECT * WHERE { ?s ?p ?o . ?a ?b ?c }"
QUICK = "ASK { ?s a geo:Claim }"


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _post(url: str, query: str, timeout: float = 120) -> int:
    data = urllib.parse.urlencode({"query": query}).encode()
    request = urllib.request.Request(url, data=data, headers={"Accept": "application/sparql-results+json"})
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            response.read()
            return int(response.status)
    except urllib.error.HTTPError as error:
        return int(error.code)


def _tree(server: psutil.Process) -> list[psutil.Process]:
    return [server, *server.children(recursive=True)]


def _cpu_percent(server: psutil.Process, seconds: float = 1.0) -> float:
    tree = _tree(server)
    for process in tree:
        process.cpu_percent(None)
    time.sleep(seconds)
    return sum(p.cpu_percent(None) for p in tree if p.is_running())


def _rss_mb(server: psutil.Process) -> float:
    total = 0
    for process in _tree(server):
        with contextlib.suppress(psutil.NoSuchProcess):
            total += process.memory_info().rss
    return total / 2**20


def _latencies(url: str, n: int) -> list[float]:
    found = []
    for _ in range(n):
        started = time.monotonic()
        assert _post(url, QUICK) == 200
        found.append((time.monotonic() - started) * 1000)
    return found


def _summary(values: list[float]) -> dict[str, float]:
    ordered = sorted(values)
    return {"p50_ms": round(statistics.median(ordered), 1), "p95_ms": round(ordered[int(0.95 * (len(ordered) - 1))], 1)}


def load(articles: int, timeout: float, runaways: int, workdir: Path) -> dict:
    """Run the load test and return its figures."""
    corpus = write_jsonl(workdir / "load.jsonl", articles, seed=5)
    store = workdir / "store"
    kg = [sys.executable, "-m", "kg"]
    subprocess.run([*kg, "build", str(corpus), "--store", str(store), "-q"], check=True, timeout=1800)
    port = _free_port()
    command = [*kg, "serve", "--store", str(store), "--port", str(port), "--timeout", str(timeout)]
    process = subprocess.Popen(command, stderr=subprocess.DEVNULL)
    url = f"http://127.0.0.1:{port}/sparql"
    try:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            try:
                socket.create_connection(("127.0.0.1", port), timeout=0.5).close()
                break
            except OSError:
                time.sleep(0.2)
        server = psutil.Process(process.pid)
        idle = _latencies(url, 50)
        statuses: list[int] = []
        threads = [threading.Thread(target=lambda: statuses.append(_post(url, RUNAWAY))) for _ in range(runaways)]
        for thread in threads:
            thread.start()
        time.sleep(0.5)
        busy = _latencies(url, 50)
        for thread in threads:
            thread.join()
        time.sleep(1.0)
        cpu_after = _cpu_percent(server)
        peak = _rss_mb(server)
        done = threading.Event()
        answer: list[int] = []
        worker = threading.Thread(target=lambda: (answer.append(_post(url, CARTESIAN)), done.set()))
        worker.start()
        while not done.wait(0.05):
            peak = max(peak, _rss_mb(server))
        worker.join()
        return {
            "articles": articles,
            "quick_query_idle": _summary(idle),
            f"quick_query_with_{runaways}_runaways": _summary(busy),
            "runaway_statuses": sorted(set(statuses)),
            "cpu_percent_1s_after_the_cap": round(cpu_after, 1),
            "cartesian_select_status": answer[0] if answer else None,
            "rss_mb_peak_during_cartesian": round(peak, 1),
            "rss_mb_after": round(_rss_mb(server), 1),
        }
    finally:
        process.terminate()
        process.wait(timeout=10)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=200)
    parser.add_argument("--timeout", type=float, default=5.0)
    parser.add_argument("--runaways", type=int, default=8)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        print(json.dumps(load(args.articles, args.timeout, args.runaways, Path(folder)), indent=1))


if __name__ == "__main__":
    main()
