"""A precision audit you can rerun: claims drawn from real news nobody annotated, judged by hand.

Two steps:

``sample``
    Runs geokg on the 293 Wikinews articles of the shared gold folder, leaves out the 28
    articles of the claims gold (they are development data), and draws a fixed random sample
    of claims (``--n``, ``--seed``).  Prints them as JSON Lines, one claim with its sentence a
    line, for an analyst to judge.

``score``
    Reads a verdict file — tab-separated ``claim_id``, ``verdict`` (``correct``, ``partly`` or
    ``wrong``) and ``why`` — and prints strict precision (correct / judged) and partial
    precision ((correct + partly) / judged); with ``--against`` a sample file, it also says how
    many judged claims this version still emits and scores those.

A claim is *correct* when an analyst would sign it as it stands (actors with their codes,
relation and CAMEO root, modality, attribution); *partly* when its dyad and event family are
right but a detail is not (the code's refinement, the modality, the date); *wrong* otherwise.
The judgements live in ``tests/data/audit/``.

Usage::

    python scripts/precision_audit.py sample --n 150 > tests/data/audit/sample.jsonl
    python scripts/precision_audit.py score tests/data/audit/verdicts.tsv --against tests/data/audit/sample.jsonl

This script reads the shared gold folder (articles, and the ids of the annotated ones); the
product never does.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared" / "gold"
VERDICTS = ("correct", "partly", "wrong")


def _claims(articles_path: Path, excluded: set[str]) -> list[dict]:
    sys.path.insert(0, str(ROOT))
    from kg.ingest import read_inputs
    from kg.model import Article
    from kg.nlp import extract_claims

    articles = [a for a in read_inputs([articles_path]) if isinstance(a, Article) and a.id not in excluded]
    rows = []
    for article, claims in extract_claims(articles):
        for claim in claims:
            data = claim.to_json()
            rows.append(
                {
                    "claim_id": data["id"],
                    "article_id": article.id,
                    "subject": f"{claim.subject.label} [{claim.subject.code}]",
                    "relation": claim.relation,
                    "object": f"{claim.object.label} [{claim.object.code}]",
                    "cameo": claim.cameo,
                    "modality": claim.modality,
                    "attributed_to": (
                        f"{claim.attributed_to.label} [{claim.attributed_to.code}]" if claim.attributed_to else None
                    ),
                    "date": claim.date,
                    "trigger": claim.trigger,
                    "sentence": claim.evidence.sentence,
                }
            )
    return rows


def sample(n: int, seed: int, gold: Path) -> list[dict]:
    """A fixed random sample of claims from the unannotated Wikinews articles."""
    annotated = {json.loads(line)["id"] for line in (gold / "wikinews_claims_gold.jsonl").read_text().splitlines()}
    rows = sorted(_claims(gold / "articles_wikinews_2019_2020_all.jsonl", annotated), key=lambda r: r["claim_id"])
    return random.Random(seed).sample(rows, min(n, len(rows)))


def read_verdicts(path: Path) -> dict[str, tuple[str, str]]:
    """claim id → (verdict, why); errors name the line."""
    verdicts: dict[str, tuple[str, str]] = {}
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip() or line.startswith("#"):
            continue
        parts = line.split("\t")
        if len(parts) < 2 or parts[1] not in VERDICTS:
            raise SystemExit(f"{path}:{number}: expected 'claim_id<TAB>correct|partly|wrong<TAB>why'")
        verdicts[parts[0]] = (parts[1], parts[2] if len(parts) > 2 else "")
    return verdicts


def score(verdicts: dict[str, tuple[str, str]]) -> dict[str, float]:
    counts = Counter(v for v, _why in verdicts.values())
    judged = sum(counts.values())
    return {
        "judged": judged,
        **{k: counts[k] for k in VERDICTS},
        "strict_precision": round(counts["correct"] / judged, 3) if judged else 0.0,
        "partial_precision": round((counts["correct"] + counts["partly"]) / judged, 3) if judged else 0.0,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)
    draw = sub.add_parser("sample", help="draw claims to judge")
    draw.add_argument("--n", type=int, default=150)
    draw.add_argument("--seed", type=int, default=20261201)
    draw.add_argument("--gold", type=Path, default=SHARED)
    judge = sub.add_parser("score", help="score a verdict file")
    judge.add_argument("verdicts", type=Path)
    judge.add_argument("--against", type=Path, help="the sample file the verdicts judge")
    judge.add_argument("--gold", type=Path, default=SHARED)
    args = parser.parse_args(argv)
    if args.command == "sample":
        for row in sample(args.n, args.seed, args.gold):
            print(json.dumps(row, ensure_ascii=False))
        return 0
    verdicts = read_verdicts(args.verdicts)
    result: dict[str, object] = {"all judged": score(verdicts)}
    if args.against:
        drawn = [json.loads(line) for line in args.against.read_text(encoding="utf-8").splitlines() if line.strip()]
        annotated = {
            json.loads(line)["id"] for line in (args.gold / "wikinews_claims_gold.jsonl").read_text().splitlines()
        }
        now = {r["claim_id"] for r in _claims(args.gold / "articles_wikinews_2019_2020_all.jsonl", annotated)}
        still = {k: v for k, v in verdicts.items() if k in now}
        result["still emitted"] = score(still)
        result["unjudged in the sample"] = sum(1 for r in drawn if r["claim_id"] not in verdicts)
        result["unjudged now"] = sorted(now - set(verdicts))  # claims of this version nobody has judged
    print(json.dumps(result, indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
