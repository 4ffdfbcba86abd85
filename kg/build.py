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
        """True when nothing failed."""
        return not self.failed


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
) -> Iterator[tuple[Article, list[Claim]]]:
    """Claims for every article under ``paths`` (no store)."""
    report = report if report is not None else BuildReport()
    for article, claims in extract_claims(_split(read_inputs(paths), report, on_article), actors=actors):
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
) -> BuildReport:
    """Extract claims from every article under ``paths`` and write them to ``store``.

    Articles are written in batches, each batch in one transaction: a build
    that is killed keeps every batch written before the kill.
    """
    report = BuildReport()
    batch: list[tuple[Article, list[Claim]]] = []
    for article, claims in extract(paths, actors=actors, report=report, on_article=on_article):
        batch.append((article, claims))
        if len(batch) >= batch_articles:
            report.triples += store.put_articles(batch)
            batch = []
    if batch:
        report.triples += store.put_articles(batch)
    return report
