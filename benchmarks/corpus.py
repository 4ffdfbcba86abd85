"""Synthetic news-style articles for load tests and benchmarks.

Sentences follow the shapes English news uses for the relations geokg reads
(supply, meetings, visits, threats, sanctions, denials, reported speech),
over real state names, so extraction does real work on every sentence.

Example:
    >>> articles = list(generate_articles(2, seed=1))
    >>> [a["id"] for a in articles]
    ['synthetic-000000', 'synthetic-000001']
"""

from __future__ import annotations

import json
import random
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

__all__ = ["STATES", "generate_articles", "write_jsonl"]

STATES = [
    "Russia", "China", "North Korea", "South Korea", "Japan", "the United States", "Iran", "Syria", "Ukraine",
    "Germany", "France", "Britain", "India", "Pakistan", "Turkey", "Israel", "Egypt", "Saudi Arabia", "Brazil",
    "Mexico", "Canada", "Australia", "Poland", "Hungary", "Vietnam", "Indonesia", "Nigeria", "Kenya", "Ethiopia",
]  # fmt: skip
CAPITALS = {"Russia": "Moscow", "China": "Beijing", "North Korea": "Pyongyang", "the United States": "Washington",
            "Iran": "Tehran", "Ukraine": "Kyiv", "Japan": "Tokyo", "South Korea": "Seoul"}  # fmt: skip
ITEMS = ["artillery shells", "drones", "missiles", "fuel", "wheat", "fertiliser", "armoured vehicles", "ammunition"]
DAYS = ["on Monday", "on Tuesday", "last week", "earlier this month", "in July", "on Sunday", "in 2022"]
TEMPLATES = [
    "{a} supplied {item} to {b} {day}, officials said.",
    "{a} has repeatedly denied supplying {item} to {b}.",
    "{a} could supply {item} to {b} in return, analysts say.",
    "{cap} said {b} had sent {item} to {c} {day}.",
    "The leaders of {a} and {b} held talks in {city} {day}.",
    "{a} threatened {b} with new sanctions {day}.",
    "{a} imposed sanctions on {b} {day}.",
    "{a} criticised {b} over its military drills.",
    "The president of {a} visited {b} {day} for a two-day state visit.",
    "{a} and {b} signed an agreement on energy cooperation {day}.",
    "{a} accused {b} of attacking its border posts.",
    "{a} praised {b} for its support.",
    "Trade between the two countries grew by a third {day}, according to customs data.",
]  # fmt: skip


def generate_articles(n: int, *, seed: int = 0, sentences: int = 8, start: date = date(2023, 1, 1)) -> Iterator[dict]:
    """``n`` JSON-ready article records ``{"id","title","date","text"}``, deterministic for a seed."""
    rng = random.Random(seed)
    for index in range(n):
        lines = []
        for _ in range(sentences):
            a, b, c = rng.sample(STATES, 3)
            template = rng.choice(TEMPLATES)
            lines.append(
                template.format(
                    a=a,
                    b=b,
                    c=c,
                    item=rng.choice(ITEMS),
                    day=rng.choice(DAYS),
                    cap=CAPITALS.get(a, a),
                    city=rng.choice(list(CAPITALS.values())),
                )
            )
        text = "\n\n".join(line[0].upper() + line[1:] for line in lines)
        yield {
            "id": f"synthetic-{index:06d}",
            "title": f"Synthetic report {index}",
            "date": (start + timedelta(days=index % 300)).isoformat(),
            "text": text,
        }


def write_jsonl(path: Path, n: int, *, seed: int = 0, sentences: int = 8) -> Path:
    """Write ``n`` generated articles to a JSON Lines file."""
    with path.open("w", encoding="utf-8") as handle:
        for record in generate_articles(n, seed=seed, sentences=sentences):
            handle.write(json.dumps(record) + "\n")
    return path
