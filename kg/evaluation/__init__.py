"""Evaluation: score extraction and actor linking against gold data."""

from kg.evaluation.actors import ActorScore, evaluate_actors, gold_mentions
from kg.evaluation.events import (
    LEVELS,
    EventReport,
    Score,
    actor_key,
    claim_events,
    evaluate_events,
    gold_events,
    read_records,
)

__all__ = [
    "LEVELS",
    "ActorScore",
    "EventReport",
    "Score",
    "actor_key",
    "claim_events",
    "evaluate_actors",
    "evaluate_events",
    "gold_events",
    "gold_mentions",
    "read_records",
]
