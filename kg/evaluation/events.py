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
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from kg.errors import InputError
from kg.model import Article, Claim, article_id_for
from kg.ontology import load_vocabulary

__all__ = [
    "LEVELS",
    "ActorIndex",
    "EventReport",
    "Score",
    "actor_key",
    "claim_events",
    "evaluate_events",
    "event_of",
    "extract_with_actors",
    "gold_events",
    "read_records",
]

LEVELS = ("dyad+root", "dyad+code", "plover")
DEFAULT_MODALITIES = ("asserted", "reported", "future")
ARTICLE_MODALITIES = frozenset({"asserted", "reported"})
Event = tuple[str, str, str]


# Country codes of older CAMEO releases that gold files still use, with today's (ISO 3166) code.
_LEGACY_COUNTRY = {"JAP": "JPN"}


def actor_key(code: str | None, *, lenient: bool = True) -> str | None:
    """The part of an actor code that scoring compares (leniently, older country codes as today's)."""
    if not code:
        return None
    code = code.upper()
    if code.startswith("IGO"):
        return code
    return _LEGACY_COUNTRY.get(code[:3], code[:3]) if lenient else code[:3]


def _igo_match(predicted: str, gold: set[str]) -> str:
    """A predicted IGO code as the gold writes it when one is a prefix of the other.

    Gold often codes an organisation only as ``IGO`` (or ``IGOMIL``) where geokg
    says which (``IGOUNO``); that is the same actor at the gold's granularity.
    """
    if predicted.startswith("IGO") and predicted not in gold:
        for code in sorted(gold, key=lambda c: (-len(c), c)):  # the most specific gold code, in a fixed order
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
    """Scores overall and per category, plus counts that explain them.

    ``levels`` are strict (codes compared as written); ``lenient`` also lets a gold ``IGO``
    match a more specific IGO code and reads older CAMEO country codes as today's.  ``ceiling``
    counts the gold events whose two actors the resolver found, in the evidence sentence or
    anywhere in the article; ``claims`` scores modality, attribution and date on matched claims;
    ``errors`` (when asked for) lists, per record, the missed and the spurious events.
    """

    levels: dict[str, Score] = field(default_factory=lambda: {level: Score() for level in LEVELS})
    lenient: dict[str, Score] = field(default_factory=lambda: {level: Score() for level in LEVELS})
    categories: dict[str, dict[str, Score]] = field(default_factory=dict)
    records: int = 0
    noevent_records: int = 0
    noevent_false_positives: int = 0
    non_dyadic_gold: int = 0
    excluded_records: int = 0
    soft: bool = False
    ceiling: Counter[str] = field(default_factory=Counter)
    claims: Counter[str] = field(default_factory=Counter)
    errors: list[dict[str, Any]] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "records": self.records,
            "soft": self.soft,
            "levels": {k: v.as_dict() for k, v in self.levels.items()},
            "lenient": {k: v.as_dict() for k, v in self.lenient.items()},
            "categories": {c: {k: v.as_dict() for k, v in s.items()} for c, s in sorted(self.categories.items())},
            "noevent_records": self.noevent_records,
            "noevent_false_positives": self.noevent_false_positives,
            "non_dyadic_gold_events": self.non_dyadic_gold,
            "excluded_records": self.excluded_records,
        }
        if self.ceiling["events"]:
            total = self.ceiling["events"]
            data["ceiling"] = {
                "gold_events": total,
                "actors_in_sentence": round(self.ceiling["sentence"] / total, 4),
                "actors_in_sentence_or_its_claims": round(self.ceiling["sentence_with_claims"] / total, 4),
                "actors_in_article": round(self.ceiling["article"] / total, 4),
            }
        if self.claims["matched"]:
            matched = self.claims["matched"]
            data["claims"] = {
                "gold_claims": self.claims["gold"],
                "matched": matched,
                **{f"{k}_accuracy": round(self.claims[k] / matched, 4) for k in ("modality", "attribution", "date")},
            }
        if self.errors:
            data["errors"] = self.errors
        return data


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


def gold_events(
    record: dict[str, Any], *, lenient: bool = True
) -> tuple[list[tuple[str, str, str | None, str | None]], int]:
    """Gold events of a hard-coded record as ``(source, target, cameo, plover)``; and the non-dyadic count."""
    events: list[tuple[str, str, str | None, str | None]] = []
    skipped = 0
    for event in record.get("events", []):
        code = str(event.get("code") or "")
        cameo = code if code[:1].isdigit() else None
        plover = _plover_of(code) if code else None
        sources = event.get("source_codes") or ([event["source"]] if isinstance(event.get("source"), str) else [])
        targets = event.get("target_codes") or ([event["target"]] if isinstance(event.get("target"), str) else [])
        pairs = [(actor_key(s, lenient=lenient), actor_key(t, lenient=lenient)) for s in sources for t in targets]
        if not targets and len(sources) > 1 and "SRC/TAR" in str(record.get("markup") or ""):
            # PLOVER's compound actor: "(SRC/TAR: Jordan) and (SRC/TAR: Britain) agreed" is each to the other
            keys = [actor_key(s, lenient=lenient) for s in sources]
            pairs = [(s, t) for s in keys for t in keys if s != t]
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
        event = event_of(claim) if _counted(claim, wanted) else None
        if event is None:
            continue
        source, target, cameo, plover, symmetric = event
        events.append((source, target, cameo, plover))
        if symmetric:
            events.append((target, source, cameo, plover))
    return events


def intent_modality(claim: Claim) -> str:
    """The modality of what a claim codes: an intent-coded claim (03x) with a future act states
    the intent as fact ("agreed to provide aid": the agreement is asserted), so ``asserted``."""
    return "asserted" if claim.modality == "future" and (claim.cameo or "").startswith("03") else claim.modality


def _counted(claim: Claim, wanted: AbstractSet[str]) -> bool:
    """Whether a claim is scored among the wanted modalities. A claim coded as an intent (03x:
    "agreed to provide", "committed to send") is a future act whose intent the text asserts: it
    counts as an asserted event, as the guidelines code "A agreed to / promised to …"."""
    return claim.modality in wanted or intent_modality(claim) in wanted


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


def _match(predicted: list, gold: list, level: str, *, lenient: bool = True, distinct: bool = False) -> Score:
    """Multiset matching of events at one level (sets when ``distinct``: article-level gold lists
    each event once, however often the article repeats it)."""
    if lenient:
        gold_actors = {a for e in gold for a in e[:2]}
        predicted = [(_igo_match(e[0], gold_actors), _igo_match(e[1], gold_actors), *e[2:]) for e in predicted]
    pred = Counter(k for e in predicted if (k := _key(e, level)) is not None)
    true = Counter(k for e in gold if (k := _key(e, level)) is not None)
    if distinct:
        pred, true = Counter(set(pred)), Counter(set(true))
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
    modalities: Iterable[str] | None = None,
    min_raters: int = 2,
    errors: bool = False,
) -> EventReport:
    """Score ``extract`` against gold records.

    ``extract`` maps articles to an iterator of ``(article, claims)`` or, to report the actor
    ceiling too, ``(article, claims, actors)`` with an :class:`ActorIndex`.  Records marked
    ``evaluate: false`` or ``expected_error`` are left out, as their suites' authors do.
    """
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

    report = EventReport()
    records = list(records)
    kept = [r for r in records if r.get("evaluate", True) is not False and not r.get("expected_error")]
    report.excluded_records = len(records) - len(kept)
    articles = [
        Article(
            id=article_id_for(r["text"], given=str(r.get("id") or "")),
            text=r["text"],
            published=_record_date(r.get("date")),
        )
        for r in kept
    ]
    by_id = {a.id: r for a, r in zip(articles, kept, strict=True)}
    explicit = modalities is not None
    wanted = set(modalities if modalities is not None else DEFAULT_MODALITIES)
    for item in extract(articles):
        article, claims = item[0], item[1]
        actors: ActorIndex | None = item[2] if len(item) > 2 else None
        record = by_id[article.id]
        report.records += 1
        # Article-level gold lists as events its asserted and reported claims only: score like with like.
        counted = wanted & ARTICLE_MODALITIES if "claims" in record and not explicit else wanted
        predicted = claim_events(claims, counted)
        if "annotations" in record:
            report.soft = True
            _score_multi_rater(report, record, predicted, resolve, min_raters)
            if errors:
                entry = _multi_rater_errors(record, claims, counted, resolve, min_raters)
                if entry["missed"] or entry["spurious"]:
                    report.errors.append(entry)
            continue
        if record.get("noevents"):
            report.noevent_records += 1
            report.noevent_false_positives += len(predicted)
            if errors and predicted:
                report.errors.append(_record_errors(record, claims, counted, [], lenient=False))
            continue
        article_level = "claims" in record
        _score_record(report, record, predicted, distinct=article_level)
        if actors is not None and article_level:
            _count_ceiling(report, record, actors)
        if article_level:
            _score_claims(report.claims, record, claims)
        if errors:
            gold, _ = gold_events(record, lenient=False)
            entry = _record_errors(
                record, claims, counted, gold, lenient=False, actors=actors if article_level else None
            )
            if entry["missed"] or entry["spurious"]:
                report.errors.append(entry)
    return report


def _score_multi_rater(report: EventReport, record, predicted, resolve, min_raters: int) -> None:  # type: ignore[no-untyped-def]
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
    for levels in (report.levels, report.lenient):
        _add(levels["dyad+root"], score)
        _add(levels.setdefault("soft-recall", Score()), Score(recall_hits, score.predicted, score.gold))


def _multi_rater_errors(record, claims, wanted, resolve, min_raters: int) -> dict[str, Any]:  # type: ignore[no-untyped-def]
    """Missed events (the raters' consensus) and spurious ones (coded by no rater) of a multi-rater record."""
    support = _rater_events(record, resolve)
    consensus = [(s, t, root, None) for (s, t, root), raters in support.items() if len(raters) >= min_raters]
    anyone = [(s, t, root, None) for s, t, root in support]
    entry = _record_errors(record, claims, wanted, consensus, lenient=False, plover=False)
    entry["spurious"] = _record_errors(record, claims, wanted, anyone, lenient=False, plover=False)["spurious"]
    return entry


def _score_record(report: EventReport, record: dict[str, Any], predicted: list, *, distinct: bool) -> None:
    category = str(record.get("category") or "")
    coded_cameo = any(str(e.get("code", ""))[:1].isdigit() for e in record.get("events", []))
    for lenient, levels in ((False, report.levels), (True, report.lenient)):
        gold, skipped = gold_events(record, lenient=lenient)
        if not lenient:
            report.non_dyadic_gold += skipped
        for level in LEVELS:
            if level != "plover" and not coded_cameo:
                continue  # PLOVER-only gold has no CAMEO codes to score
            part = _match(predicted, gold, level, lenient=lenient, distinct=distinct)
            _add(levels[level], part)
            if category and not lenient:
                _add(report.categories.setdefault(category, {lv: Score() for lv in LEVELS})[level], part)


@dataclass(slots=True)
class ActorIndex:
    """The actor keys the resolver found in each sentence of an article, and in the whole article;
    ``carried``, by sentence number, the actors the sentence's claims take from the sentences before
    ("the operation was condemned by X": whose operation was told just before)."""

    sentences: list[tuple[str, frozenset[str]]]
    article: frozenset[str]
    carried: dict[int, frozenset[str]] = field(default_factory=dict)

    def in_sentence(self, text: str, *, with_claims: bool = False) -> frozenset[str]:
        """Keys of the sentences that overlap ``text`` (gold sentences may cross a sentence break), with
        ``with_claims`` also the actors their claims carry."""
        probe = " ".join(text.split())[:60]
        found: set[str] = set()
        for number, (sentence, keys) in enumerate(self.sentences):
            flat = " ".join(sentence.split())
            if probe and (probe in flat or flat[:60] in " ".join(text.split())):
                found |= keys | (self.carried.get(number, frozenset()) if with_claims else frozenset())
        return frozenset(found)


def _count_ceiling(report: EventReport, record: dict[str, Any], actors: ActorIndex) -> None:
    for claim in record.get("claims", []):
        if claim.get("modality") not in DEFAULT_MODALITIES[:2]:
            continue
        source, target = actor_key(claim.get("source")), actor_key(claim.get("target"))
        if not source or not target:
            continue
        report.ceiling["events"] += 1
        here = actors.in_sentence(str(claim.get("sentence") or ""))
        report.ceiling["sentence"] += source in here and target in here
        carried = actors.in_sentence(str(claim.get("sentence") or ""), with_claims=True)
        report.ceiling["sentence_with_claims"] += source in carried and target in carried
        report.ceiling["article"] += source in actors.article and target in actors.article


def _claim_key(claim: Claim) -> tuple[str, str, str] | None:
    event = event_of(claim)
    return (event[0], event[1], event[2][:2]) if event else None


def _score_claims(counts: Counter[str], record: dict[str, Any], claims: list[Claim]) -> None:
    """Modality, attribution and date of the predicted claims that match a gold claim (same dyad,
    either way for symmetric acts, and CAMEO root; the one from the same sentence first)."""
    from kg.evaluation.claims import claim_agrees

    candidates: dict[tuple[str, str, str], list[Claim]] = {}
    for claim in claims:
        key = _claim_key(claim)
        if key is None:
            continue
        candidates.setdefault(key, []).append(claim)
        if load_vocabulary().relations[claim.relation].symmetric:
            candidates.setdefault((key[1], key[0], key[2]), []).append(claim)
    for gold in record.get("claims", []):
        counts["gold"] += 1
        source, target = actor_key(gold.get("source")), actor_key(gold.get("target"))
        found = candidates.get((source, target, str(gold.get("code") or "")[:2])) if source and target else None
        if not found:
            continue
        sentence = " ".join(str(gold.get("sentence") or "").split())
        found = sorted(found, key=lambda c: " ".join(c.evidence.sentence.split()) != sentence)
        counts["matched"] += 1
        for aspect, right in claim_agrees(gold, found[0]).items():
            counts[aspect] += right


def _record_errors(  # type: ignore[no-untyped-def]
    record: dict[str, Any],
    claims: list[Claim],
    wanted: set[str],
    gold: list,
    *,
    lenient: bool,
    plover: bool | None = None,
    actors: ActorIndex | None = None,
):
    """Missed and spurious events of one record at dyad+root (PLOVER type for PLOVER-only gold, which
    ``plover`` says when the gold list cannot: an empty one), with the sentence and the rule that fired.

    With ``actors`` (article-level gold), each miss says which of its two actors the resolver found
    in the evidence sentence: ``both`` points at the verb or the argument structure, anything else at
    the actors."""
    if plover is None:
        plover = not any(c for _s, _t, c, _p in gold)  # PLOVER-only gold: compare PLOVER types
    predicted: list[tuple[tuple[str, str, str], Claim]] = []
    for claim in claims:
        event = event_of(claim) if _counted(claim, wanted) else None
        if event is None:
            continue
        kind = event[3] if plover else event[2][:2]
        predicted.append(((event[0], event[1], kind), claim))
        if event[4]:
            predicted.append(((event[1], event[0], kind), claim))
    gold_keys = {(s, t, p if plover else c[:2]) for s, t, c, p in gold if (p if plover else c)}
    predicted_keys = {k for k, _c in predicted}
    sentences: dict[tuple[str, str, str], str] = {}
    for claim in record.get("claims", []):
        source = actor_key(claim.get("source"), lenient=lenient)
        target = actor_key(claim.get("target"), lenient=lenient)
        if source and target:
            sentences.setdefault((source, target, str(claim.get("code") or "")[:2]), str(claim.get("sentence") or ""))
    missed = []
    for key in sorted(gold_keys - predicted_keys):
        miss = {"event": "→".join(key[:2]) + " " + key[2], "sentence": sentences.get(key, record.get("text", "")[:300])}
        if actors is not None and key in sentences:
            miss["actors_found"] = _actors_found(key[0], key[1], actors.in_sentence(sentences[key]))
        missed.append(miss)
    return {
        "id": record.get("id"),
        "missed": missed,
        "spurious": [
            {
                "event": "→".join(k[:2]) + " " + k[2],
                "code": c.cameo,
                "trigger": c.trigger,
                "modality": c.modality,
                "rule": c.extra.get("rule"),
                "how": c.extra.get("how"),
                "sentence": c.evidence.sentence,
            }
            for k, c in sorted(predicted, key=lambda kc: kc[0])
            if k not in gold_keys
        ],
    }


def _actors_found(source: str, target: str, here: AbstractSet[str]) -> str:
    """Which of a gold event's actors the resolver found in its sentence: both, source, target or none."""
    found = [role for role, key in (("source", source), ("target", target)) if key in here]
    return "both" if len(found) == 2 else found[0] if found else "none"


def extract_with_actors(articles: Iterable[Article], *, actors: Iterable[str | Path] = ()) -> Iterator[tuple]:
    """Claims per article with the actors resolved in each sentence, for :func:`evaluate_events`'s ceiling."""
    from kg.nlp import article_docs, load_pipeline

    nlp = load_pipeline(actors)
    current: Article | None = None
    claims: list[Claim] = []
    sentences: list[tuple[str, frozenset[str]]] = []
    carried: dict[int, frozenset[str]] = {}
    for article, doc in article_docs(nlp, articles):
        if current is not None and article is not current:
            yield current, claims, _index(sentences, carried)
            claims, sentences, carried = [], [], {}
        current = article
        found = doc._.claims or []
        claims.extend(found)
        # demonyms on what is acted upon ("a Ukrainian jet") are resolved actors too: claims take them as targets
        mentions = [*(doc._.actor_mentions or []), *(doc._.modifier_mentions or [])]
        base = doc._.offset or 0  # where this Doc starts in the article (long articles are split)
        for sentence in doc.sents:
            keys = frozenset(
                k for m in mentions if sentence.start <= m.start < sentence.end and (k := actor_key(m.actor.code))
            )
            start, end = base + sentence.start_char, base + sentence.end_char
            carried[len(sentences)] = frozenset(
                k
                for c in found
                if start <= c.evidence.span[0] < end
                for k in (actor_key(c.subject.code), actor_key(c.object.code))
                if k
            )
            sentences.append((sentence.text, keys))
    if current is not None:
        yield current, claims, _index(sentences, carried)


def _index(sentences: list[tuple[str, frozenset[str]]], carried: dict[int, frozenset[str]]) -> ActorIndex:
    article = frozenset().union(*(keys for _s, keys in sentences)) if sentences else frozenset()
    return ActorIndex(sentences, article, carried)


def _record_date(value: Any):  # type: ignore[no-untyped-def]
    from kg.clean import parse_date

    return parse_date(str(value)) if value else None
