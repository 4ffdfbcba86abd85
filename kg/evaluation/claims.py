"""Claim-level scoring: does a matched claim carry the gold claim's modality, attribution and date?

Article-level gold (``wikinews_claims_gold.jsonl``) writes down every claim with its modality,
who asserts it and when it happened.  Once a predicted claim matches a gold claim on dyad and
CAMEO root (see :func:`kg.evaluation.events.evaluate_events`), these checks say whether the rest
of it is right.

Example:
    >>> edtf_interval("2019-10")
    (datetime.date(2019, 10, 1), datetime.date(2019, 10, 31))
    >>> edtf_interval("2019-10-01/2019-10-07")[1]
    datetime.date(2019, 10, 7)
    >>> edtf_interval("soon") is None
    True
"""

from __future__ import annotations

import calendar
import re
from datetime import date
from typing import Any

from kg.model import Claim

__all__ = ["claim_agrees", "edtf_interval"]

_EDTF = re.compile(r"^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$")


def _bounds(text: str) -> tuple[date, date] | None:
    match = _EDTF.match(text.strip())
    if not match:
        return None
    year = int(match.group(1))
    if match.group(3):
        day = date(year, int(match.group(2)), int(match.group(3)))
        return day, day
    if match.group(2):
        month = int(match.group(2))
        return date(year, month, 1), date(year, month, calendar.monthrange(year, month)[1])
    return date(year, 1, 1), date(year, 12, 31)


def edtf_interval(text: str | None) -> tuple[date, date] | None:
    """First and last day of an EDTF date or interval (``2019``, ``2019-10``, ``2019-10-01/2019-10-07``)."""
    if not text:
        return None
    try:
        parts = [_bounds(part) for part in str(text).split("/")]
    except ValueError:
        return None
    if not parts or any(p is None for p in parts):
        return None
    return parts[0][0], parts[-1][1]  # type: ignore[index]


def _date_agrees(gold: str | None, claim: Claim) -> bool:
    """Exact or overlapping dates; a gold claim without a date agrees with a claim dated only by
    its article (event coders date every event) or not at all."""
    if not gold:
        return claim.date is None or claim.date_source == "article"
    interval = edtf_interval(gold)
    if interval is None or claim.date_start is None or claim.date_end is None:
        return False
    return claim.date_start <= interval[1] and interval[0] <= claim.date_end


def claim_agrees(gold: dict[str, Any], claim: Claim) -> dict[str, bool]:
    """Which of modality, attribution and date a predicted claim gets right against a gold claim."""
    from kg.evaluation.events import actor_key, intent_modality

    said_by = claim.attributed_to.code if claim.attributed_to is not None else None
    return {
        "modality": gold.get("modality") in {claim.modality, intent_modality(claim)},
        "attribution": actor_key(gold.get("attributed_to")) == actor_key(said_by),
        "date": _date_agrees(gold.get("date"), claim),
    }
