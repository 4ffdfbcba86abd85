"""Evaluation: score extraction and actor linking against gold data."""

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
    "EventReport",
    "Score",
    "actor_key",
    "claim_events",
    "evaluate_events",
    "gold_events",
    "read_records",
]
