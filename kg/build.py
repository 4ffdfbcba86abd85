"""The main job: articles in, claims out, written to the store in batches.

Example:
    >>> from kg.rdf import KnowledgeStore
    >>> with KnowledgeStore("memory") as store:                 # doctest: +SKIP
    ...     report = build(["examples/articles"], store)
    ...     report.ingested > 0
    True
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from kg.ingest import IngestIssue, read_inputs
from kg.model import Article, Claim
from kg.nlp import extract_claims
from kg.rdf.store import KnowledgeStore

__all__ = ["BuildReport", "build", "extract"]


@dataclass(slots=True)
class BuildReport:
    """What a build did: counts and every skipped or failed input with its reason."""

    ingested: int = 0
    claims: int = 0
    triples: int = 0
    words: int = 0
    skipped: list[IngestIssue] = field(default_factory=list)
    failed: list[IngestIssue] = field(default_factory=list)
    warnings: list[IngestIssue] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        """True when nothing failed and, if inputs were skipped, not all of them were."""
        return not self.failed and (self.ingested > 0 or not self.skipped)


def _split(
    inputs: Iterable[Article | IngestIssue], report: BuildReport, on_article: Callable[[Article], None] | None
) -> Iterator[Article]:
    for item in inputs:
        if isinstance(item, IngestIssue):
            {"skipped": report.skipped, "failed": report.failed, "warning": report.warnings}[item.kind].append(item)
            continue
        if on_article is not None:
            on_article(item)
        yield item


def extract(
    paths: Iterable[str | Path],
    *,
    actors: Iterable[str | Path] = (),
    report: BuildReport | None = None,
    on_article: Callable[[Article], None] | None = None,
    processes: int = 1,
    scheduler: str | None = None,
) -> Iterator[tuple[Article, list[Claim]]]:
    """Claims for every article under ``paths`` (no store).

    Args:
        paths: Files, folders or ``-``.
        actors: Extra actor files.
        report: Collects counts and skipped or failed inputs.
        on_article: Called with each article as it is read (progress bars).
        processes: Worker processes on this machine (1 parses in this process).
        scheduler: A Dask scheduler address; extraction then runs on that cluster.
    """
    report = report if report is not None else BuildReport()
    articles = _split(read_inputs(paths), report, on_article)
    if scheduler:
        from kg.nlp.parallel import extract_on_dask

        results = extract_on_dask(articles, scheduler=scheduler, actors=actors)
    elif processes > 1:
        from kg.nlp.parallel import extract_in_processes

        results = extract_in_processes(articles, processes=processes, actors=actors)
    else:
        results = extract_claims(articles, actors=actors)
    for article, claims in results:
        report.ingested += 1
        report.claims += len(claims)
        report.words += len(article.text.split())
        yield article, claims


def build(
    paths: Iterable[str | Path],
    store: KnowledgeStore,
    *,
    actors: Iterable[str | Path] = (),
    batch_articles: int = 16,
    on_article: Callable[[Article], None] | None = None,
    processes: int = 1,
    scheduler: str | None = None,
) -> BuildReport:
    """Extract claims from every article under ``paths`` and write them to ``store``.

    Articles are written in batches, each batch in one transaction: a build
    that is killed keeps every batch written before the kill.
    """
    report = BuildReport()
    batch: list[tuple[Article, list[Claim]]] = []
    found = extract(
        paths, actors=actors, report=report, on_article=on_article, processes=processes, scheduler=scheduler
    )
    for article, claims in found:
        batch.append((article, claims))
        if len(batch) >= batch_articles:
            _store_batch(store, batch, report)
            batch = []
    if batch:
        _store_batch(store, batch, report)
    return report


def _store_batch(store: KnowledgeStore, batch: list[tuple[Article, list[Claim]]], report: BuildReport) -> None:
    """Write a batch in one transaction; should a value in it be one the store refuses, write its
    articles one by one instead, so that only the bad article is lost (and reported)."""
    try:
        report.triples += store.put_articles(batch)
        return
    except (TypeError, ValueError, UnicodeError):
        pass
    for article, claims in batch:
        try:
            report.triples += store.put_articles([(article, claims)])
        except (TypeError, ValueError, UnicodeError) as error:
            report.ingested -= 1
            report.claims -= len(claims)
            reason = f"article '{article.id}' could not be stored ({type(error).__name__}: {error})"
            report.failed.append(IngestIssue(article.path or article.id, reason))
