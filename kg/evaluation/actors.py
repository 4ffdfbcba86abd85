"""Score actor recognition and linking against gold mentions.

Two gold formats are read:

* entity-linked text (GUM): ``{"text", "entities": [{"start","end","text","identity"}]}``
  where ``identity`` is a Wikipedia title.  A gold mention is in scope when its
  title names an actor the gazetteer knows ("North_Korea", "Kim_Jong-un");
* event records with actor lists (PLOVER gold): ``events[].source/target`` as
  ``{"actorText","code","sector"}``, located in the text by their words.

A predicted mention matches a gold mention when their character spans overlap.
Recall is over in-scope gold mentions; precision over predicted mentions that
overlap an in-scope gold mention.  Codes compare at two levels: the country
part (``country``) and the whole code (``code``).

Example:
    >>> score = ActorScore()
    >>> score.add(True, True, True)
    >>> round(score.recall("country"), 2)
    1.0
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from kg.evaluation.events import actor_key
from kg.model import Article

__all__ = ["ActorScore", "evaluate_actors", "gold_mentions"]


@dataclass(slots=True)
class ActorScore:
    """Counts for actor linking at the country and full-code levels."""

    gold: int = 0
    matched: int = 0
    correct: dict[str, int] = field(default_factory=lambda: {"country": 0, "code": 0})
    records: int = 0

    def add(self, found: bool, country_ok: bool, code_ok: bool) -> None:
        """Count one gold mention: whether a prediction overlapped it, and whether its codes agreed."""
        self.gold += 1
        if found:
            self.matched += 1
            self.correct["country"] += int(country_ok)
            self.correct["code"] += int(code_ok)

    def precision(self, level: str) -> float:
        return self.correct[level] / self.matched if self.matched else 0.0

    def recall(self, level: str) -> float:
        return self.correct[level] / self.gold if self.gold else 0.0

    def f1(self, level: str) -> float:
        p, r = self.precision(level), self.recall(level)
        return 2 * p * r / (p + r) if p + r else 0.0

    def as_dict(self) -> dict[str, Any]:
        levels = {
            level: {"precision": round(self.precision(level), 4), "recall": round(self.recall(level), 4),
                    "f1": round(self.f1(level), 4), "correct": self.correct[level]}
            for level in ("country", "code")
        }  # fmt: skip
        return {"records": self.records, "gold_mentions": self.gold, "matched": self.matched, "levels": levels}


def gold_mentions(record: dict[str, Any], resolve) -> list[tuple[int, int, str]]:  # type: ignore[no-untyped-def]
    """In-scope gold mentions of a record as ``(start, end, full code)``."""
    text = record["text"]
    found: list[tuple[int, int, str]] = []
    for entity in record.get("entities", []):
        identity = entity.get("identity")
        code = resolve(identity.replace("_", " ")) if identity else None
        if code:
            found.append((int(entity["start"]), int(entity["end"]), code))
    for event in record.get("events", []):
        for side in ("source", "target"):
            actors = event.get(side)
            if not isinstance(actors, list):
                continue
            for actor in actors:
                if not isinstance(actor, dict) or not actor.get("code") or not actor.get("actorText"):
                    continue
                start = text.find(actor["actorText"])
                if start >= 0:
                    code = str(actor["code"]) + str(actor.get("sector") or "")
                    found.append((start, start + len(actor["actorText"]), code.replace("*", "")))
    return sorted(set(found))


def evaluate_actors(records: Iterable[dict[str, Any]], nlp) -> ActorScore:  # type: ignore[no-untyped-def]
    """Run ``nlp`` (with ``geo_actors``) on each record's text and score the mentions."""
    from kg.actors import load_gazetteer
    from kg.nlp import article_docs

    gazetteer = load_gazetteer()

    def resolve(name: str) -> str | None:
        record = gazetteer.find(name)
        return record.actor.code if record is not None and record.actor.code else None

    records = list(records)
    articles = [Article(id=str(i), text=r["text"]) for i, r in enumerate(records)]
    score = ActorScore()
    for (_article, doc), record in zip(article_docs(nlp, articles), records, strict=True):
        score.records += 1
        predicted = [
            (doc[m.start].idx, doc[m.end - 1].idx + len(doc[m.end - 1].text), m.actor.code or "")
            for m in doc._.actor_mentions or []
        ]
        for start, end, code in gold_mentions(record, resolve):
            overlapping = [p for p in predicted if p[0] < end and start < p[1]]
            if not overlapping:
                score.add(False, False, False)
                continue
            best = max(overlapping, key=lambda p: min(end, p[1]) - max(start, p[0]))
            score.add(True, actor_key(best[2]) == actor_key(code), best[2].upper() == code.upper())
    return score
