"""Score event extraction against gold records, as the event-data field does.

Gold records are JSON Lines ``{"id","text","date","events":[{"source","target","code"}]}``
(PETRARCH validation suites, the PLOVER gold standard, …).  For each record the
extractor runs on the text (with the record's date), and its claims become
events ``(source, target, code)``.  Three levels are scored with multiset
matching per record:

* ``dyad+root``: directed dyad and CAMEO root (first two digits);
* ``dyad+code``: directed dyad and the full CAMEO code;
* ``plover``: directed dyad and PLOVER event type.

Actor codes compare on their country part (first three letters), or whole for
``IGO…`` codes.  Symmetric relations (meetings, agreements) count in both
directions.  Records marked ``noevents`` count false positives.  Multi-rater
records (``annotations`` from several raters, actor text instead of codes)
are scored softly: a predicted event is correct if any rater coded it, and
recall is over events at least ``min_raters`` raters agree on.

Example:
    >>> actor_key("RUSGOV"), actor_key("IGOUNOKID"), actor_key(None)
    ('RUS', 'IGOUNOKID', None)
"""

from __future__ import annotations

import json
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from kg.errors import InputError
from kg.model import Article, Claim, article_id_for
from kg.ontology import load_vocabulary

__all__ = [
    "LEVELS",
    "EventReport",
    "Score",
    "actor_key",
    "claim_events",
    "evaluate_events",
    "event_of",
    "gold_events",
    "read_records",
]

LEVELS = ("dyad+root", "dyad+code", "plover")
DEFAULT_MODALITIES = ("asserted", "reported", "future")
Event = tuple[str, str, str]


# Country codes of older CAMEO releases that gold files still use, with today's (ISO 3166) code.
_LEGACY_COUNTRY = {"JAP": "JPN"}


def actor_key(code: str | None) -> str | None:
    """The part of an actor code that scoring compares."""
    if not code:
        return None
    code = code.upper()
    return code if code.startswith("IGO") else _LEGACY_COUNTRY.get(code[:3], code[:3])


def _igo_match(predicted: str, gold: set[str]) -> str:
    """A predicted IGO code as the gold writes it when one is a prefix of the other.

    Gold often codes an organisation only as ``IGO`` (or ``IGOMIL``) where geokg
    says which (``IGOUNO``); that is the same actor at the gold's granularity.
    """
    if predicted.startswith("IGO"):
        for code in gold:
            if code.startswith("IGO") and (predicted.startswith(code) or code.startswith(predicted)):
                return code
    return predicted


@dataclass(slots=True)
class Score:
    """True positives, predictions and gold events at one level."""

    tp: float = 0.0
    predicted: int = 0
    gold: int = 0

    @property
    def precision(self) -> float:
        return self.tp / self.predicted if self.predicted else 0.0

    @property
    def recall(self) -> float:
        return self.tp / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def as_dict(self) -> dict[str, float]:
        return {"precision": round(self.precision, 4), "recall": round(self.recall, 4), "f1": round(self.f1, 4),
                "tp": self.tp, "predicted": self.predicted, "gold": self.gold}  # fmt: skip


@dataclass(slots=True)
class EventReport:
    """Scores overall and per category, plus counts that explain them."""

    levels: dict[str, Score] = field(default_factory=lambda: {level: Score() for level in LEVELS})
    categories: dict[str, dict[str, Score]] = field(default_factory=dict)
    records: int = 0
    noevent_records: int = 0
    noevent_false_positives: int = 0
    non_dyadic_gold: int = 0
    soft: bool = False

    def as_dict(self) -> dict[str, Any]:
        return {
            "records": self.records,
            "soft": self.soft,
            "levels": {k: v.as_dict() for k, v in self.levels.items()},
            "categories": {c: {k: v.as_dict() for k, v in s.items()} for c, s in sorted(self.categories.items())},
            "noevent_records": self.noevent_records,
            "noevent_false_positives": self.noevent_false_positives,
            "non_dyadic_gold_events": self.non_dyadic_gold,
        }


def read_records(path: Path) -> Iterator[dict[str, Any]]:
    """Gold records from a JSON Lines file (errors name the file and line)."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as error:
        raise InputError(f"{path}: cannot read gold records: {error.strerror or error}") from error
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as error:
            raise InputError(f"{path}:{number}: malformed JSON ({error.msg})") from error
        if "text" not in record:
            raise InputError(f"{path}:{number}: a gold record needs 'text' and 'events'")
        yield record


# The PLOVER gold standard was coded in PLOVER 0.5b1 (2016); these types were renamed or merged
# by the 2021 CAMEO→PLOVER table that the ontology follows.
PLOVER_RENAMED = {"DEMAND": "REQUEST", "DISAPPROVE": "ACCUSE", "FIGHT": "ASSAULT", "INVESTIGATE": "ACCUSE"}


def _plover_of(code: str) -> str | None:
    if code.isalpha():
        return PLOVER_RENAMED.get(code.upper(), code.upper())
    return load_vocabulary().cameo_plover(code) or _CAMEO_PLOVER_FALLBACK.get(code[:2])


# PLOVER types of CAMEO roots the ontology's table does not list (from the CAMEO→PLOVER table).
_CAMEO_PLOVER_FALLBACK = {"02": "REQUEST", "03": "AGREE", "04": "CONSULT", "05": "SUPPORT", "06": "COOPERATE",
                          "07": "AID", "08": "CONCEDE", "09": "ACCUSE", "10": "REQUEST", "11": "ACCUSE",
                          "12": "REJECT", "13": "THREATEN", "14": "PROTEST", "15": "MOBILIZE", "16": "SANCTION",
                          "17": "COERCE", "18": "ASSAULT", "19": "ASSAULT", "20": "ASSAULT"}  # fmt: skip


def gold_events(record: dict[str, Any]) -> tuple[list[tuple[str, str, str | None, str | None]], int]:
    """Gold events of a hard-coded record as ``(source, target, cameo, plover)``; and the non-dyadic count."""
    events: list[tuple[str, str, str | None, str | None]] = []
    skipped = 0
    for event in record.get("events", []):
        code = str(event.get("code") or "")
        cameo = code if code[:1].isdigit() else None
        plover = _plover_of(code) if code else None
        sources = event.get("source_codes") or ([event["source"]] if isinstance(event.get("source"), str) else [])
        targets = event.get("target_codes") or ([event["target"]] if isinstance(event.get("target"), str) else [])
        pairs = [(actor_key(s), actor_key(t)) for s in sources for t in targets]
        pairs = [(s, t) for s, t in pairs if s and t]
        if not pairs:
            skipped += 1
        events.extend((s, t, cameo, plover) for s, t in pairs)  # type: ignore[misc]
    return events, skipped


def claim_events(
    claims: Iterable[Claim], modalities: Iterable[str] = DEFAULT_MODALITIES
) -> list[tuple[str, str, str, str]]:
    """Predicted events from claims: both directions for symmetric relations."""
    wanted = set(modalities)
    events = []
    for claim in claims:
        event = event_of(claim) if claim.modality in wanted else None
        if event is None:
            continue
        source, target, cameo, plover, symmetric = event
        events.append((source, target, cameo, plover))
        if symmetric:
            events.append((target, source, cameo, plover))
    return events


def event_of(claim: Claim) -> tuple[str, str, str, str, bool] | None:
    """A claim as an event ``(source, target, cameo, plover, symmetric)``; None without two coded actors.

    Two distinct actors of one country make a domestic event ("Serbian police arrested Serbian
    students" → SRB, SRB), as event coders code them."""
    vocab = load_vocabulary()
    source, target = actor_key(claim.subject.code), actor_key(claim.object.code)
    if not source or not target or claim.subject.iri == claim.object.iri:
        return None
    relation = vocab.relations[claim.relation]
    cameo = claim.cameo or relation.cameo
    return source, target, cameo, claim.plover or _plover_of(cameo) or "", relation.symmetric


def _key(event: tuple[str, str, str | None, str | None], level: str) -> Event | None:
    source, target, cameo, plover = event
    if level == "plover":
        return (source, target, plover) if plover else None
    if cameo is None:
        return None
    return (source, target, cameo[:2] if level == "dyad+root" else cameo)


def _match(predicted: list, gold: list, level: str) -> Score:
    gold_actors = {a for e in gold for a in e[:2]}
    predicted = [(_igo_match(e[0], gold_actors), _igo_match(e[1], gold_actors), *e[2:]) for e in predicted]
    pred = Counter(k for e in predicted if (k := _key(e, level)) is not None)
    true = Counter(k for e in gold if (k := _key(e, level)) is not None)
    return Score(tp=sum((pred & true).values()), predicted=sum(pred.values()), gold=sum(true.values()))


def _add(total: Score, part: Score) -> None:
    total.tp += part.tp
    total.predicted += part.predicted
    total.gold += part.gold


_ROOT = re.compile(r"^\s*\d+\s*-\s*(\d{1,2})\b")


def _rater_events(record: dict[str, Any], resolve) -> dict[Event, set[str]]:  # type: ignore[no-untyped-def]
    """Multi-rater events as (source, target, root) → raters who coded them."""
    support: dict[Event, set[str]] = defaultdict(set)
    for event in record.get("events", []):
        match = _ROOT.match(str(event.get("code", "")))
        if not match:
            continue
        root = f"{int(match.group(1)):02d}"
        sources = {k for text in event.get("source", []) if (k := resolve(text))}
        targets = {k for text in event.get("target", []) if (k := resolve(text))}
        for s in sources:
            for t in targets:
                if s != t:
                    support[(s, t, root)].add(event.get("rater", "?"))
    return support


def evaluate_events(
    records: Iterable[dict[str, Any]],
    extract,  # type: ignore[no-untyped-def]
    *,
    modalities: Iterable[str] = DEFAULT_MODALITIES,
    min_raters: int = 2,
) -> EventReport:
    """Score ``extract`` (articles → iterator of (article, claims)) against gold records."""
    from kg.actors import load_gazetteer

    gazetteer = load_gazetteer()

    resolved: dict[str, str | None] = {}

    def resolve(text: str) -> str | None:
        """A rater's actor text as a code: a gazetteer name, else what the actor resolver reads in it
        ("US President Barack Obama" → USA)."""
        if text not in resolved:
            record = gazetteer.find(text)
            code = record.actor.code if record is not None else None
            if code is None:
                from kg.nlp import load_pipeline

                mentions = load_pipeline()(text)._.actor_mentions or []
                code = next((m.actor.code for m in mentions if m.actor.code), None)
            resolved[text] = actor_key(code)
        return resolved[text]

    records = list(records)
    articles = [
        Article(
            id=article_id_for(r["text"], given=str(r.get("id") or "")),
            text=r["text"],
            published=_record_date(r.get("date")),
        )
        for r in records
    ]
    report = EventReport()
    by_id = {a.id: r for a, r in zip(articles, records, strict=True)}
    for article, claims in extract(articles):
        record = by_id[article.id]
        report.records += 1
        predicted = claim_events(claims, modalities)
        if "annotations" in record:
            report.soft = True
            support = _rater_events(record, resolve)
            pred_roots = Counter((s, t, c[:2]) for s, t, c, _p in predicted)
            consensus = {k for k, raters in support.items() if len(raters) >= min_raters}
            score = Score(
                tp=sum(n for k, n in pred_roots.items() if k in support),
                predicted=sum(pred_roots.values()),
                gold=len(consensus),
            )
            recall_hits = sum(1 for k in consensus if k in pred_roots)
            # Soft scoring: precision against any rater ("dyad+root"), recall against consensus ("soft-recall").
            _add(report.levels["dyad+root"], score)
            _add(report.levels.setdefault("soft-recall", Score()), Score(recall_hits, score.predicted, score.gold))
            continue
        if record.get("noevents"):
            report.noevent_records += 1
            report.noevent_false_positives += len(predicted)
            continue
        gold, skipped = gold_events(record)
        report.non_dyadic_gold += skipped
        category = str(record.get("category") or "")
        coded_cameo = any(str(e.get("code", ""))[:1].isdigit() for e in record.get("events", []))
        for level in LEVELS:
            if level != "plover" and not coded_cameo:
                continue  # PLOVER-only gold has no CAMEO codes to score
            part = _match(predicted, gold, level)
            _add(report.levels[level], part)
            if category:
                _add(report.categories.setdefault(category, {lv: Score() for lv in LEVELS})[level], part)
    return report


def _record_date(value: Any):  # type: ignore[no-untyped-def]
    from kg.clean import parse_date

    return parse_date(str(value)) if value else None
