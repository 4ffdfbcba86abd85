"""Parallel and distributed builds write exactly what a serial build writes."""

from __future__ import annotations

import pytest

from benchmarks.corpus import write_jsonl
from kg.build import build
from kg.rdf import KnowledgeStore

pytestmark = [pytest.mark.model, pytest.mark.slow]


def _dump(store: KnowledgeStore) -> list[str]:
    return sorted(map(str, store.query("SELECT ?s ?p ?o ?g WHERE { GRAPH ?g { ?s ?p ?o } }").rows))


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory):
    path = tmp_path_factory.mktemp("parallel") / "corpus.jsonl"
    return write_jsonl(path, 40, seed=21, sentences=5)


@pytest.fixture(scope="module")
def serial_dump(corpus):
    with KnowledgeStore("memory") as store:
        build([corpus], store)
        return _dump(store)


def test_parallel_processes_build_the_same_store(corpus, serial_dump):
    with KnowledgeStore("memory") as store:
        report = build([corpus], store, processes=2)
        assert report.ingested == 40
        assert _dump(store) == serial_dump


def test_parallel_dask_local_cluster_builds_the_same_store(corpus, serial_dump):
    distributed = pytest.importorskip("distributed")
    cluster = distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None)
    with cluster, KnowledgeStore("memory") as store:
        report = build([corpus], store, scheduler=cluster.scheduler_address)
        assert report.ingested == 40
        assert _dump(store) == serial_dump
