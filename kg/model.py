"""The data model: Article, Actor, Evidence, Claim.

Everything else in geokg converts to and from these records in one place each
(:mod:`kg.rdf.mapping` for RDF, :meth:`Claim.to_json` for JSON).

Example:
    >>> russia = Actor(iri="https://w3id.org/geokg/id/actor/RUS", label="Russia",
    ...                type="State", country="RUS", code="RUS")
    >>> russia.to_json()["code"]
    'RUS'
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
import unicodedata
from dataclasses import dataclass, field
from typing import Any, Literal

__all__ = [
    "MODALITIES",
    "Actor",
    "Article",
    "Claim",
    "Evidence",
    "Item",
    "Modality",
    "article_id_for",
]

Modality = Literal["asserted", "reported", "denied", "hypothetical", "future", "negated"]
MODALITIES: tuple[str, ...] = ("asserted", "reported", "denied", "hypothetical", "future", "negated")


def _normalise(text: str) -> str:
    return re.sub(r"\s+", " ", unicodedata.normalize("NFC", text)).strip()


def article_id_for(text: str, *, given: str | None = None, url: str | None = None) -> str:
    """A stable article id: the given id, else the URL, else a hash of the normalised text.

    Example:
        >>> article_id_for("Hello  world", given=None, url=None) == article_id_for("Hello world")
        True
    """
    if given:
        return str(given)
    if url:
        return url
    return "sha1-" + hashlib.sha1(_normalise(text).encode("utf-8")).hexdigest()[:16]


@dataclass(frozen=True, slots=True)
class Article:
    """One news article, after cleaning.

    Attributes:
        id: Stable identifier (given id, else URL, else a hash of the text).
        text: Cleaned body text; evidence spans are offsets into it.
        title: Headline, if known.
        published: Publication date; relative dates resolve against it.
        url: Where the article was published.
        source: Publisher or outlet.
        path: The file it was read from (for error messages), if any.
    """

    id: str
    text: str
    title: str | None = None
    published: dt.date | None = None
    url: str | None = None
    source: str | None = None
    path: str | None = None


@dataclass(frozen=True, slots=True)
class Actor:
    """Someone who acts: a state, person, organisation or armed group.

    Attributes:
        iri: The actor's IRI in the geokg id space (or a user's own).
        label: Preferred English name.
        type: Class name in the ontology: State, Person, Organization, ….
        country: ISO 3166-1 alpha-3 of the state it is or belongs to, or None.
        code: CAMEO-style actor code (PRK, RUSGOV, IGOUNO), or None.
    """

    iri: str
    label: str
    type: str = "Actor"
    country: str | None = None
    code: str | None = None

    def to_json(self) -> dict[str, Any]:
        """The public JSON shape ``{"id","label","type","country","code"}``."""
        return {"id": self.iri, "label": self.label, "type": self.type, "country": self.country, "code": self.code}


@dataclass(frozen=True, slots=True)
class Item:
    """Something that changes hands or is at stake: surface text plus commodity concept."""

    text: str
    commodity: str | None = None


@dataclass(frozen=True, slots=True)
class Evidence:
    """Where a claim was read: article, sentence, character span and extractor.

    ``span`` is ``(start, end)`` of the sentence in the article's cleaned text;
    ``highlights`` are the parts of it the claim was read from, as
    ``(start, end, role)`` in the same text, role being ``subject``, ``object``
    or ``trigger``.
    """

    article_id: str
    sentence: str
    span: tuple[int, int]
    extractor: str
    highlights: tuple[tuple[int, int, str], ...] = ()


@dataclass(frozen=True, slots=True)
class Claim:
    """One actor–relation–actor claim with its context and evidence.

    Attributes:
        subject: Who acts.
        relation: Local name of the relation property (``supplies``, ``meetsWith``, …).
        object: Who is acted on or with.
        evidence: The sentence it was read from.
        items: What changes hands or is at stake.
        modality: asserted, reported, denied, hypothetical, future or negated.
        attributed_to: Who puts the claim forward, or None when the article does.
        date: ISO 8601 / EDTF text (``2022``, ``2023-07``, ``2023-09-10``, ``1980/1989``).
        date_start: First day of the date interval.
        date_end: Last day of the date interval.
        date_source: Where the date comes from: ``text`` (the sentence dates the act),
            ``context`` (a past act the sentence leaves undated, dated by the day the article
            narrated in the two sentences before) or ``article`` (the act is dated by its
            article, as event coders date events).
        location: Where it happened, if the sentence says.
        cameo: CAMEO event code (string, leading zero kept).
        plover: PLOVER event type.
        confidence: 0–1.
        trigger: The word that evoked the relation.
    """

    subject: Actor
    relation: str
    object: Actor
    evidence: Evidence
    items: tuple[Item, ...] = ()
    modality: Modality = "asserted"
    attributed_to: Actor | None = None
    date: str | None = None
    date_start: dt.date | None = None
    date_end: dt.date | None = None
    date_source: Literal["text", "context", "article"] | None = None
    location: str | None = None
    cameo: str | None = None
    plover: str | None = None
    confidence: float = 0.5
    trigger: str | None = None
    extra: dict[str, Any] = field(default_factory=dict, compare=False, hash=False)

    @property
    def id(self) -> str:
        """A stable id: the same claim read from the same sentence always gets the same id."""
        key = "|".join(
            [
                self.evidence.article_id,
                str(self.evidence.span[0]),
                self.subject.iri,
                self.relation,
                self.object.iri,
                self.modality,
                self.trigger or "",
            ]
        )
        return hashlib.sha1(key.encode("utf-8")).hexdigest()[:20]

    def to_json(self) -> dict[str, Any]:
        """The public claim JSON shape (see README, "Claim JSON")."""
        return {
            "id": self.id,
            "subject": self.subject.to_json(),
            "relation": self.relation,
            "object": self.object.to_json(),
            "cameo": self.cameo,
            "plover": self.plover,
            "items": [item.text for item in self.items],
            "item_types": [item.commodity for item in self.items],
            "modality": self.modality,
            "attributed_to": self.attributed_to.to_json() if self.attributed_to else None,
            "date": self.date,
            "date_start": self.date_start.isoformat() if self.date_start else None,
            "date_end": self.date_end.isoformat() if self.date_end else None,
            "date_source": self.date_source,
            "location": self.location,
            "article_id": self.evidence.article_id,
            "sentence": self.evidence.sentence,
            "span": list(self.evidence.span),
            "confidence": round(self.confidence, 3),
            "trigger": self.trigger,
            "extractor": self.evidence.extractor,
            "highlights": [list(h) for h in self.evidence.highlights],
        }
