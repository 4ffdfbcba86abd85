"""Fit the extractor's confidence to the precision measured on gold event data.

Runs extraction on the gold files, marks each predicted event right when its
directed dyad and PLOVER type (and CAMEO root, where the gold has one) match a
gold event of the same record, bins events by the extractor's raw score, fits a
non-decreasing curve (isotonic regression) and writes
``kg/relations/calibration.json``.  Prints the bins and the Brier score of raw
and calibrated confidence.

Usage::

    python scripts/calibrate_confidence.py [--gold ../shared/gold]
"""

from __future__ import annotations

import argparse
import itertools
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from kg.evaluation.events import _igo_match, event_of, gold_events, read_records  # noqa: E402
from kg.model import Article, article_id_for  # noqa: E402
from kg.relations.confidence import CALIBRATION_FILE, isotonic  # noqa: E402

SETS = [  # (file, actor dictionary for its fictional world, if any)
    ("plover_gsr_cameo.jsonl", None),
    ("petrarch2_pytest_sentences.jsonl", None),
    ("udpetrarch_validate_records_2_02.jsonl", "reference/PETR_Validate_actors_2_02.txt"),
]  # not the older PETRARCH unit-test records: the same sentences, coded with a superseded verb dictionary
EDGES = [0.0, 0.45, 0.55, 0.65, 0.75, 1.01]
MIN_EVENTS = 5


def labelled(gold_dir: Path) -> list[tuple[float, bool]]:
    """(raw score, right?) for every event the extractor predicts on the gold sets."""
    from kg.clean import parse_date
    from kg.evaluation.events import DEFAULT_MODALITIES
    from kg.nlp import extract_claims

    found: list[tuple[float, bool]] = []
    for name, actors in SETS:
        records = [r for r in read_records(gold_dir / name) if not r.get("noevents")]
        articles = [
            Article(
                article_id_for(r["text"], given=str(r.get("id"))),
                r["text"],
                published=parse_date(str(r.get("date") or "")),
            )
            for r in records
        ]
        by_id = {a.id: r for a, r in zip(articles, records, strict=True)}
        extra = [str(gold_dir / actors)] if actors else []
        for article, claims in extract_claims(articles, actors=extra):
            gold, _ = gold_events(by_id[article.id])
            keys = {(s, t, p) for s, t, _c, p in gold} | {(s, t, (c or "")[:2]) for s, t, c, _p in gold if c}
            for claim in claims:
                event = event_of(claim) if claim.modality in DEFAULT_MODALITIES else None
                if event is None:
                    continue
                s, t, cameo, plover, symmetric = event
                actors = {a for g in gold for a in g[:2]}
                s, t = _igo_match(s, actors), _igo_match(t, actors)  # gold's granularity, as in scoring
                pairs = [(s, t), (t, s)] if symmetric else [(s, t)]
                right = any((a, b, plover) in keys or (a, b, cameo[:2]) in keys for a, b in pairs)
                found.append((float(claim.extra.get("raw_confidence", claim.confidence)), right))
    return found


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--gold", type=Path, default=ROOT.parent / "shared" / "gold")
    args = parser.parse_args()
    CALIBRATION_FILE.unlink(missing_ok=True)  # score raw confidences
    from kg.relations.confidence import load_calibration

    load_calibration.cache_clear()
    events = labelled(args.gold)
    groups: list[list[tuple[float, bool]]] = []
    for low, high in itertools.pairwise(EDGES):
        members = [(score, right) for score, right in events if low <= score < high]
        if not members:
            continue
        if groups and len(groups[-1]) < MIN_EVENTS:
            groups[-1].extend(members)  # too few to say anything alone: pool with the next bin
        else:
            groups.append(members)
    if len(groups) > 1 and len(groups[-1]) < MIN_EVENTS:
        groups[-2].extend(groups.pop())
    bins = []
    for members in groups:
        centre = sum(score for score, _ in members) / len(members)
        # Laplace smoothing: a bin of few events says "about half", not "never" or "always".
        precision = (sum(right for _, right in members) + 1) / (len(members) + 2)
        bins.append((round(centre, 3), precision, len(members)))
    fitted = isotonic(bins)
    points = [[x, round(y, 3)] for x, y, _w in fitted]
    CALIBRATION_FILE.write_text(
        json.dumps(
            {
                "points": points,
                "bins": [{"raw": x, "precision": round(y, 3), "events": w} for x, y, w in bins],
                "events": len(events),
                "gold": [name for name, _ in SETS],
                "match": "directed dyad (country part) and PLOVER type, or CAMEO root",
            },
            indent=1,
        )
        + "\n",
        encoding="utf-8",
    )
    load_calibration.cache_clear()
    from kg.relations.confidence import calibrated

    brier_raw = sum((score - right) ** 2 for score, right in events) / len(events)
    brier_cal = sum((calibrated(score) - right) ** 2 for score, right in events) / len(events)
    for x, y, w in bins:
        print(f"raw ≈ {x:.2f}: {w:3d} events, {y:.2f} right → confidence {calibrated(x):.2f}")
    print(f"{len(events)} events; Brier score raw {brier_raw:.3f}, calibrated {brier_cal:.3f}")
    print(f"wrote {CALIBRATION_FILE}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
