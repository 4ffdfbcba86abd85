"""Soak: build thousands of generated articles, then query ``kg serve`` from several clients at once.

Every answer is checked against what the build reported; the run ends with
exact counts, latency figures and an error count (which must be zero).
Traffic stays on loopback and the run is bounded in count and time.

Usage::

    python benchmarks/soak.py [--articles 3000] [--clients 8] [--queries 200] [--max-seconds 900]
"""

from __future__ import annotations

import argparse
import json
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse
import urllib.request
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.corpus import write_jsonl

QUERIES = {
    "claims": "SELECT (COUNT(?c) AS ?n) WHERE { ?c a geo:Claim }",
    "articles": "SELECT (COUNT(?a) AS ?n) WHERE { ?a a geo:Article }",
    "supplies": "SELECT (COUNT(?c) AS ?n) WHERE { ?c geo:claimRelation geo:supplies }",
}


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _ask(url: str, query: str) -> int:
    data = urllib.parse.urlencode({"query": query}).encode()
    request = urllib.request.Request(url, data=data, headers={"Accept": "application/sparql-results+json"})
    with urllib.request.urlopen(request, timeout=60) as response:
        body = json.loads(response.read())
    return int(body["results"]["bindings"][0]["n"]["value"])


def soak(articles: int, clients: int, queries: int, max_seconds: float, workdir: Path) -> dict:
    """Run the soak and return its figures; raises AssertionError on any wrong answer or error."""
    started = time.monotonic()
    corpus = write_jsonl(workdir / "soak.jsonl", articles, seed=11)
    store = workdir / "store"
    kg = [sys.executable, "-m", "kg"]
    build_started = time.monotonic()
    subprocess.run([*kg, "build", str(corpus), "--store", str(store), "-q"], check=True, timeout=max_seconds)
    build_seconds = time.monotonic() - build_started
    stats = json.loads(subprocess.run([*kg, "stats", "--store", str(store), "-f", "json"], check=True,
                                      capture_output=True, text=True).stdout)  # fmt: skip
    assert stats["articles"] == articles, stats

    port = _free_port()
    server = subprocess.Popen([*kg, "serve", "--store", str(store), "--port", str(port)], stderr=subprocess.DEVNULL)
    url = f"http://127.0.0.1:{port}/sparql"
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                expected = {name: _ask(url, q) for name, q in QUERIES.items()}
                break
            except OSError:
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.2)
        assert expected["claims"] == stats["claims"] and expected["articles"] == articles, (expected, stats)
        latencies: list[float] = []
        errors: list[str] = []
        lock = threading.Lock()
        stop_at = time.monotonic() + max_seconds

        def client(index: int) -> None:
            names = list(QUERIES)
            for n in range(queries):
                if time.monotonic() > stop_at:
                    break
                name = names[(index + n) % len(names)]
                began = time.monotonic()
                try:
                    answer = _ask(url, QUERIES[name])
                    ok = answer == expected[name]
                except Exception as error:  # counted and reported below
                    answer, ok = -1, False
                    with lock:
                        errors.append(f"{name}: {error}")
                with lock:
                    latencies.append(time.monotonic() - began)
                    if not ok and answer != -1:
                        errors.append(f"{name}: got {answer}, expected {expected[name]}")

        query_started = time.monotonic()
        threads = [threading.Thread(target=client, args=(i,)) for i in range(clients)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        query_seconds = time.monotonic() - query_started
    finally:
        server.terminate()
        server.wait(timeout=10)
    latencies.sort()
    figures = {
        "articles": articles,
        "claims": stats["claims"],
        "triples": stats["triples"],
        "build_seconds": round(build_seconds, 1),
        "queries": len(latencies),
        "clients": clients,
        "errors": len(errors),
        "queries_per_second": round(len(latencies) / query_seconds, 1) if query_seconds else 0.0,
        "latency_p50_ms": round(1000 * statistics.median(latencies), 1) if latencies else None,
        "latency_p95_ms": round(1000 * latencies[int(0.95 * (len(latencies) - 1))], 1) if latencies else None,
        "seconds": round(time.monotonic() - started, 1),
    }
    assert not errors, errors[:5]
    return figures


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=3000)
    parser.add_argument("--clients", type=int, default=8)
    parser.add_argument("--queries", type=int, default=200, help="queries per client")
    parser.add_argument("--max-seconds", type=float, default=900.0)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as workdir:
        figures = soak(args.articles, args.clients, args.queries, args.max_seconds, Path(workdir))
    print(json.dumps(figures, indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
