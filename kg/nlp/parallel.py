"""Extraction across processes (one machine) or a Dask cluster.

Articles go out in batches; workers parse them and send back only the claims
(small records, not spaCy Docs), so the parent does little besides writing.
At most a few batches per worker are in flight: memory stays flat however
large the corpus, and results come back in input order, so a parallel build
writes exactly what a serial build writes.

Example:
    >>> from kg.model import Article
    >>> batches = list(batched((Article(str(i), "x") for i in range(5)), 2))
    >>> [len(b) for b in batches]
    [2, 2, 1]
"""

from __future__ import annotations

import collections
import itertools
import multiprocessing
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from kg.model import Article, Claim

__all__ = ["batched", "extract_batch", "extract_in_processes", "extract_on_dask"]

Result = list[tuple[Article, list[Claim]]]


def batched(articles: Iterable[Article], size: int) -> Iterator[list[Article]]:
    """Consecutive batches of ``size`` articles."""
    iterator = iter(articles)
    while batch := list(itertools.islice(iterator, size)):
        yield batch


def extract_batch(batch: list[Article], actors: tuple[str, ...] = ()) -> Result:
    """Parse one batch in this process and return its claims (the worker side)."""
    from kg.nlp.pipeline import extract_claims

    return list(extract_claims(batch, actors=actors))


def _ordered(
    submit: Any, batches: Iterator[list[Article]], window: int, result_of: Any
) -> Iterator[tuple[Article, list[Claim]]]:
    """Keep ``window`` batches in flight; yield results in submission order."""
    pending: collections.deque[Any] = collections.deque()
    for batch in batches:
        pending.append(submit(batch))
        if len(pending) >= window:
            yield from result_of(pending.popleft())
    while pending:
        yield from result_of(pending.popleft())


def extract_in_processes(
    articles: Iterable[Article], *, processes: int, actors: Iterable[str | Path] = (), batch_size: int = 8
) -> Iterator[tuple[Article, list[Claim]]]:
    """Claims for every article, parsed by ``processes`` worker processes on this machine."""
    from kg.nlp.pipeline import load_pipeline

    actor_files = tuple(str(p) for p in actors)
    load_pipeline(actor_files)  # load once here; forked workers share it copy-on-write
    method = "fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn"
    with multiprocessing.get_context(method).Pool(processes) as pool:
        yield from _ordered(
            lambda batch: pool.apply_async(extract_batch, (batch, actor_files)),
            batched(articles, batch_size),
            window=processes * 3,
            result_of=lambda handle: handle.get(),
        )


def extract_on_dask(
    articles: Iterable[Article], *, scheduler: str | Any, actors: Iterable[str | Path] = (), batch_size: int = 16
) -> Iterator[tuple[Article, list[Claim]]]:
    """Claims for every article, parsed on a Dask distributed cluster.

    Args:
        articles: The articles, read lazily.
        scheduler: The scheduler's address (``tcp://host:8786``) or a ``distributed.Client``.
        actors: Extra actor files; they must be readable at the same path on the workers.
        batch_size: Articles per task.
    """
    try:
        from distributed import Client
    except ImportError as error:  # pragma: no cover - optional extra
        raise ImportError("distributed builds need Dask: pip install 'geokg[dask]'") from error
    client = scheduler if isinstance(scheduler, Client) else Client(scheduler)
    try:
        workers = max(1, len(client.scheduler_info().get("workers", {})))
        actor_files = tuple(str(p) for p in actors)
        yield from _ordered(
            lambda batch: client.submit(extract_batch, batch, actor_files, pure=False),
            batched(articles, batch_size),
            window=workers * 3,
            result_of=lambda future: future.result(),
        )
    finally:
        if client is not scheduler:
            client.close()
