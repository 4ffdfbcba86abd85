"""geokg benchmarks: throughput, store paths, SPARQL, serialisation, projection and memory.

Every figure is measured side by side in one process, as a ratio to a baseline
run on the same data (machines are noisy; ratios travel).  Prints a Markdown
table.  Not a test: tests stay fast.

Usage::

    python benchmarks/run.py [--quick] [--triples N] [--json FILE]
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import platform
import subprocess
import sys
import tempfile
import time
import tracemalloc
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from benchmarks.corpus import generate_articles, write_jsonl  # noqa: E402

SHARED_ARTICLES = ROOT.parent / "shared" / "gold"
rows: list[tuple[str, str, str, str]] = []


def timed(function: Callable[[], Any], repeat: int = 1) -> tuple[float, Any]:
    """Best wall time of ``repeat`` runs and the last result."""
    best, result = float("inf"), None
    for _ in range(repeat):
        gc.collect()
        started = time.perf_counter()
        result = function()
        best = min(best, time.perf_counter() - started)
    return best, result


def record(section: str, what: str, value: str, ratio: str = "") -> None:
    rows.append((section, what, value, ratio))
    print(f"  {section:<12} {what:<58} {value:>16} {ratio:>8}", flush=True)


def corpus_texts(quick: bool) -> list[dict]:
    """News articles: the shared Wikinews/BBC sets when present, else generated ones."""
    records: list[dict] = []
    for name in ("articles_wikinews_2019_2020_all.jsonl", "articles_bbc_intl_politics.jsonl"):
        path = SHARED_ARTICLES / name
        if path.exists():
            records += [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    if not records:
        records = list(generate_articles(400, seed=1, sentences=20))
    records = [r for r in records if r.get("text")]
    return records[:60] if quick else records


# -- 1. extraction throughput ------------------------------------------------------------------
def bench_nlp(quick: bool, workdir: Path) -> None:
    import spacy

    from kg.build import build
    from kg.model import Article
    from kg.nlp import extract_claims, load_pipeline, model_name
    from kg.rdf import KnowledgeStore

    records = corpus_texts(quick)
    articles = [Article(str(r.get("id") or i), r["text"]) for i, r in enumerate(records)]
    words = sum(len(a.text.split()) for a in articles)
    bare = spacy.load(model_name(), exclude=["senter"])
    load_pipeline()  # warm
    list(bare.pipe([a.text for a in articles[:5]]))

    base, _ = timed(lambda: sum(1 for _ in bare.pipe((a.text for a in articles), batch_size=32)))
    ours, _ = timed(lambda: sum(1 for _ in extract_claims(articles)))
    corpus = workdir / "nlp.jsonl"
    corpus.write_text("".join(json.dumps({"id": a.id, "text": a.text}) + "\n" for a in articles))

    def one_build(processes: int) -> None:
        with KnowledgeStore(workdir / f"build-{processes}-{time.time_ns()}") as store:
            build([corpus], store, processes=processes)

    built, _ = timed(lambda: one_build(1))
    built2, _ = timed(lambda: one_build(2))
    record(
        "nlp", f"bare spaCy nlp.pipe ({len(articles)} articles, {words:,} words)", f"{words / base:,.0f} w/s", "1.00"
    )
    record(
        "nlp", "kg extract (pipeline + geo_actors + geo_relations)", f"{words / ours:,.0f} w/s", f"{base / ours:.2f}"
    )
    record("nlp", "kg build into the default Oxigraph store", f"{words / built:,.0f} w/s", f"{base / built:.2f}")
    record("nlp", "kg build --processes 2 (ratio to 1 process)", f"{words / built2:,.0f} w/s", f"{built / built2:.2f}")


# -- 2..4. store paths ----------------------------------------------------------------------------
def synthetic_batches(n_triples: int) -> list:
    """Articles with claims whose RDF comes to about ``n_triples``."""
    from kg.graph.projection import example_claims
    from kg.model import Actor, Article, Claim, Evidence

    codes = ["RUS", "CHN", "PRK", "KOR", "JPN", "USA", "IRN", "SYR", "UKR", "DEU", "FRA", "GBR", "IND", "PAK", "TUR",
             "ISR", "EGY", "SAU", "BRA", "MEX", "CAN", "AUS", "POL", "HUN", "VNM", "IDN", "NGA", "KEN", "ETH", "ZAF"]  # fmt: skip
    states = [Actor(f"https://w3id.org/geokg/id/actor/{c}", c, "State", c, c) for c in codes]
    template = example_claims()
    batches, total, index = [], 0, 0
    while total < n_triples:
        article = Article(f"bench-{index}", "Synthetic article text. " * 5, published=date(2023, 1, 1 + index % 28))
        claims = [
            Claim(
                states[(index + k) % len(states)],
                c.relation,
                states[(index * 7 + k * 3 + 1) % len(states)],
                Evidence(article.id, c.evidence.sentence, (k * 40, k * 40 + 30), "bench"),
                items=c.items,
                modality=c.modality,
                attributed_to=c.attributed_to,
                date=c.date,
                date_start=c.date_start,
                date_end=c.date_end,
                cameo=c.cameo,
                confidence=c.confidence,
            )
            for k, c in enumerate(template)
        ]
        batches.append((article, claims))
        index += 1
        total += 170  # about 170 triples per synthetic article
    return batches


def bench_store(n_triples: int, workdir: Path) -> None:
    import pyoxigraph as ox
    from rdflib import Dataset

    from kg.rdf import KnowledgeStore
    from kg.rdf.mapping import article_iri

    batches = synthetic_batches(n_triples)
    quads = []
    for article, claims in batches:
        triples, _actors = KnowledgeStore.article_quads(article, claims)
        graph = article_iri(article.id)
        quads += [(s, p, o, graph) for s, p, o in triples]
    nquads = workdir / "bench.nq"
    nquads.write_text("".join(f"{s.n3()} {p.n3()} {o.n3()} {g.n3()} .\n" for s, p, o, g in quads), encoding="utf-8")
    n = len(quads)

    def ours_write() -> KnowledgeStore:
        store = KnowledgeStore(workdir / f"ours-{time.time_ns()}")
        for start in range(0, len(batches), 64):
            store.put_articles(batches[start : start + 64])
        return store

    def engine_load() -> ox.Store:
        store = ox.Store(str(workdir / f"engine-{time.time_ns()}"))
        store.bulk_load(path=str(nquads), format=ox.RdfFormat.N_QUADS)
        return store

    def ours_load() -> KnowledgeStore:
        store = KnowledgeStore(workdir / f"oursload-{time.time_ns()}")
        store.load(nquads)
        return store

    def rdflib_memory() -> Dataset:
        dataset = Dataset()
        dataset.addN((s, p, o, dataset.graph(g)) for s, p, o, g in quads)
        return dataset

    def engine_extend() -> None:
        store = ox.Store(str(workdir / f"extend-{time.time_ns()}"))
        for start in range(0, len(ox_quads), 64 * 170):
            store.extend(ox_quads[start : start + 64 * 170])  # transactions of about 64 articles

    ox_quads = list(ox.parse(path=str(nquads), format=ox.RdfFormat.N_QUADS))
    engine_t, engine = timed(engine_load)
    extend_t, _ = timed(engine_extend)
    ours_t, ours = timed(ours_write)
    load_t, loaded = timed(ours_load)
    record("store", f"pyoxigraph bulk_load, on disk ({n:,} quads)", f"{n / engine_t:,.0f} q/s", "1.00")
    record("store", "kg store.load (bulk load of an RDF file)", f"{n / load_t:,.0f} q/s", f"{engine_t / load_t:.2f}")
    record("store", "pyoxigraph transactional extend (64 articles a transaction)", f"{n / extend_t:,.0f} q/s",
           f"{engine_t / extend_t:.2f}")  # fmt: skip
    record(
        "store",
        "kg build write path (put_articles, 64 articles a transaction)",
        f"{n / ours_t:,.0f} q/s",
        f"{engine_t / ours_t:.2f}",
    )
    if n <= 1_200_000:
        mem_t, _ = timed(rdflib_memory)
        record("store", "rdflib in-memory Dataset.addN", f"{n / mem_t:,.0f} q/s", f"{engine_t / mem_t:.2f}")

    queries = {
        "two-hop join": "SELECT DISTINCT ?a ?c WHERE { ?a <https://w3id.org/geokg/ont#supplies> ?b . ?b <https://w3id.org/geokg/ont#supplies> ?c }",
        "COUNT GROUP BY": "SELECT ?r (COUNT(?c) AS ?n) WHERE { ?c <https://w3id.org/geokg/ont#claimRelation> ?r } GROUP BY ?r",
        "date-range filter": "SELECT ?c WHERE { ?c <https://w3id.org/geokg/ont#dateStart> ?d FILTER(?d >= \"2023-09-01\"^^<http://www.w3.org/2001/XMLSchema#date> && ?d < \"2023-10-01\"^^<http://www.w3.org/2001/XMLSchema#date>) }",
        "property path": "SELECT ?c ?label WHERE { ?c <https://w3id.org/geokg/ont#evidence>/<https://w3id.org/geokg/ont#sentence> ?label } LIMIT 1000",
    }  # fmt: skip
    for name, query in queries.items():
        # The same store both ways: pyoxigraph's own query call, and kg's store layer over it.
        direct_t, direct = timed(lambda q=query: list(loaded._ox.query(q, use_default_graph_as_union=True)), repeat=3)
        ours_q, answer = timed(lambda q=query: loaded.query(q), repeat=3)
        assert len(direct) == len(answer), name
        record(
            "sparql",
            f"{name} ({len(answer):,} rows): pyoxigraph / kg",
            f"{direct_t * 1000:,.0f} / {ours_q * 1000:,.0f} ms",
            f"{direct_t / ours_q:.2f}",
        )

    for fmt, ox_format in (("turtle", ox.RdfFormat.TURTLE), ("trig", ox.RdfFormat.TRIG)):
        out_engine, out_ours = workdir / f"engine.{fmt}", workdir / f"ours.{fmt}"

        def engine_dump(out: Path = out_engine, rdf_format: Any = ox_format) -> None:
            if rdf_format.supports_datasets:
                engine.dump(str(out), rdf_format)
            else:
                everything = engine.query("CONSTRUCT { ?s ?p ?o } WHERE { GRAPH ?g { ?s ?p ?o } }")
                ox.serialize(everything, str(out), rdf_format)  # type: ignore[arg-type]

        e_t, _ = timed(engine_dump)
        o_t, _ = timed(lambda out=out_ours, f=fmt: ours.export(out, f))
        record("serialise", f"{fmt} export: pyoxigraph / kg", f"{e_t:.2f} / {o_t:.2f} s", f"{e_t / o_t:.2f}")
        e_t, _ = timed(lambda out=out_engine, rf=ox_format: ox.Store().bulk_load(path=str(out), format=rf))
        o_t, _ = timed(lambda out=out_ours, f=fmt: KnowledgeStore("memory").load(out, f))
        record("serialise", f"{fmt} import: pyoxigraph / kg", f"{e_t:.2f} / {o_t:.2f} s", f"{e_t / o_t:.2f}")
    ours.close()
    loaded.close()


# -- 5. networkx projection ----------------------------------------------------------------------
def bench_projection(n_claims: int) -> None:
    from kg.graph import alliance_graph, claims_graph

    batches = synthetic_batches(n_claims * 170 // 8)  # about 8 distinct claims per synthetic article
    claims = [claim for _article, found in batches for claim in found][:n_claims]
    del batches
    gc.collect()
    tracemalloc.start()
    started = time.perf_counter()
    G = claims_graph(claims)
    A = alliance_graph(G)
    seconds = time.perf_counter() - started
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    record("graph", f"claims_graph + alliance_graph, {n_claims:,} claims", f"{seconds:.2f} s", "")
    record(
        "graph",
        f"peak traced memory ({G.number_of_edges():,} edges, {A.number_of_edges()} ties)",
        f"{peak / 2**20:,.0f} MiB",
        "",
    )


# -- 6. memory as the corpus grows ----------------------------------------------------------------
def build_rss(corpus: Path, store: Path) -> float:
    code = (
        "import resource, sys\n"
        "from kg.build import build\nfrom kg.rdf import KnowledgeStore\n"
        f"with KnowledgeStore({str(store)!r}) as s: build([{str(corpus)!r}], s)\n"
        "print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    return int(out.split()[-1]) / 1024


def bench_memory(quick: bool, workdir: Path) -> None:
    n = 100 if quick else 400
    small = write_jsonl(workdir / "rss1.jsonl", n, seed=7, sentences=10)
    large = write_jsonl(workdir / "rss10.jsonl", n * 10, seed=7, sentences=10)
    one = build_rss(small, workdir / "rss1")
    ten = build_rss(large, workdir / "rss10")
    record("memory", f"peak RSS of kg build, {n:,} articles", f"{one:,.0f} MiB", "1.00")
    record("memory", f"peak RSS of kg build, {n * 10:,} articles (10x)", f"{ten:,.0f} MiB", f"{ten / one:.2f}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="small sizes, a minute or two")
    parser.add_argument(
        "--triples", type=int, default=None, help="store benchmark size (default 1,000,000; quick 100,000)"
    )
    parser.add_argument("--json", type=Path, help="also write the rows as JSON")
    parser.add_argument("--only", choices=["nlp", "store", "graph", "memory"], help="run one section")
    args = parser.parse_args()
    triples = args.triples or (100_000 if args.quick else 1_000_000)
    print(f"geokg benchmarks on {platform.machine()} {platform.processor() or ''}, {os.cpu_count()} cores, "
          f"Python {platform.python_version()}", flush=True)  # fmt: skip
    with tempfile.TemporaryDirectory() as tmp:
        workdir = Path(tmp)
        if args.only in (None, "nlp"):
            bench_nlp(args.quick, workdir)
        if args.only in (None, "store"):
            bench_store(triples, workdir)
        if args.only in (None, "graph"):
            bench_projection(100_000 if args.quick else 1_000_000)
        if args.only in (None, "memory"):
            bench_memory(args.quick, workdir)
    print("\n| area | measurement | value | ratio |\n|---|---|---|---|")
    for row in rows:
        print("| " + " | ".join(row) + " |")
    if args.json:
        args.json.write_text(json.dumps(rows, indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
