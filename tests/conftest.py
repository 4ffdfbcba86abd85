"""Shared fixtures: hand-built spaCy docs (no trained model) and the real pipeline (marked)."""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path

import pytest
import spacy
from spacy.language import Language
from spacy.tokens import Doc, Span

from kg.actors import ActorResolver, load_gazetteer, register_extensions
from kg.relations import RelationExtractor

REPO = Path(__file__).resolve().parents[1]
# The project's shared material lies beside the repository (for developers and CI alike).
SHARED = Path(os.environ.get("KG_SHARED", REPO.parent / "shared"))
SEED = SHARED / "seed" / "000_9a67176ffbdf029e.txt"


def shared_path(*parts: str) -> Path:
    """A file under ../shared/, or skip the test with the reason."""
    path = SHARED.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"shared data not found: {path}")
    return path


@pytest.fixture(scope="session")
def blank_nlp() -> Language:
    register_extensions()
    return spacy.blank("en")


@pytest.fixture(scope="session")
def resolver(blank_nlp: Language) -> ActorResolver:
    return ActorResolver(blank_nlp, load_gazetteer())


@pytest.fixture(scope="session")
def extractor() -> RelationExtractor:
    return RelationExtractor()


Row = tuple[str, str, str, str, str, int]


def make_doc(
    nlp: Language,
    rows: list[Row],
    *,
    ents: list[tuple[int, int, str]] = (),  # type: ignore[assignment]
    published: date | None = date(2023, 9, 12),
) -> Doc:
    """A parsed Doc from rows of (word, lemma, POS, tag, dep, head index); a full stop ends a sentence."""
    words = [r[0] for r in rows]
    spaces = [i + 1 < len(rows) and rows[i + 1][2] != "PUNCT" and rows[i + 1][0] != "'s" for i in range(len(rows))]
    doc = Doc(
        nlp.vocab,
        words=words,
        spaces=spaces,
        lemmas=[r[1] for r in rows],
        pos=[r[2] for r in rows],
        tags=[r[3] for r in rows],
        deps=[r[4] for r in rows],
        heads=[r[5] for r in rows],
        sent_starts=[True] + [rows[i - 1][0] == "." for i in range(1, len(rows))],
    )
    doc.ents = [Span(doc, s, e, label=label) for s, e, label in ents]
    doc._.published = published
    doc._.article_id = "test"
    return doc


@pytest.fixture
def claims_of(blank_nlp: Language, resolver: ActorResolver, extractor: RelationExtractor):  # type: ignore[no-untyped-def]
    """Run geo_actors and geo_relations on a hand-built doc; return its claims."""

    def run(rows: list[Row], **kwargs):  # type: ignore[no-untyped-def]
        doc = extractor(resolver(make_doc(blank_nlp, rows, **kwargs)))
        return doc._.claims

    return run


@pytest.fixture
def mentions_of(blank_nlp: Language, resolver: ActorResolver):  # type: ignore[no-untyped-def]
    """Run geo_actors on a hand-built doc; return its actor mentions by first token."""

    def run(rows: list[Row], **kwargs):  # type: ignore[no-untyped-def]
        return {m.start: m for m in resolver(make_doc(blank_nlp, rows, **kwargs))._.actor_mentions}

    return run


@pytest.fixture(scope="session")
def nlp() -> Language:
    from kg.nlp import load_pipeline

    return load_pipeline()
