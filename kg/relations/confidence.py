"""Calibrated confidence: the extractor's raw score mapped to the precision measured on gold.

The extractor scores each reading by how directly the parse supports it (a
verb with its own subject and object scores higher than an inherited subject,
a nominal form, a pronoun or an implicit argument).  ``scripts/calibrate_confidence.py``
runs extraction on the gold sets, bins claims by raw score, measures the share
of each bin that matches a gold event, fits a non-decreasing curve (isotonic
regression) and writes it to ``calibration.json`` beside this module.  A claim's
``confidence`` is that curve at its raw score: the expected share of claims
like it that are right.

Example:
    >>> 0.0 < calibrated(0.8) <= 1.0
    True
    >>> calibrated(0.3) <= calibrated(0.8)
    True
"""

from __future__ import annotations

import bisect
import functools
import json
from pathlib import Path
from typing import Any

__all__ = ["CALIBRATION_FILE", "calibrated", "isotonic", "load_calibration"]

CALIBRATION_FILE = Path(__file__).resolve().parent / "calibration.json"


@functools.lru_cache(maxsize=1)
def load_calibration() -> dict[str, Any]:
    """The fitted curve: ``{"points": [[raw, precision], …], …}``; identity when no file is there."""
    if not CALIBRATION_FILE.exists():
        return {"points": [[0.0, 0.0], [1.0, 1.0]]}
    return dict(json.loads(CALIBRATION_FILE.read_text(encoding="utf-8")))


def calibrated(raw: float) -> float:
    """The calibrated confidence of a raw extractor score (piecewise linear between fitted points)."""
    points = load_calibration()["points"]
    xs = [p[0] for p in points]
    index = bisect.bisect_left(xs, raw)
    if index <= 0:
        x0, y0 = points[0]
        value = y0 * raw / x0 if x0 > 0 else y0  # below the fitted range, fall towards 0 at score 0
    elif index >= len(points):
        value = points[-1][1]
    else:
        (x0, y0), (x1, y1) = points[index - 1], points[index]
        value = y0 + (y1 - y0) * (raw - x0) / (x1 - x0) if x1 > x0 else y1
    return round(min(0.99, max(0.01, value)), 3)


def isotonic(values: list[tuple[float, float, int]]) -> list[tuple[float, float, int]]:
    """Pool-adjacent-violators: make ``(x, y, weight)`` points non-decreasing in y, weights pooled.

    Example:
        >>> [round(y, 2) for _x, y, _w in isotonic([(0.3, 0.5, 2), (0.5, 0.2, 2), (0.8, 0.9, 1)])]
        [0.35, 0.35, 0.9]
    """
    blocks: list[list[float]] = []  # [sum_wy, sum_w, first_index, last_index]
    for index, (_x, y, w) in enumerate(values):
        blocks.append([y * w, float(w), index, index])
        while len(blocks) > 1 and blocks[-2][0] / blocks[-2][1] > blocks[-1][0] / blocks[-1][1]:
            last = blocks.pop()
            blocks[-1][0] += last[0]
            blocks[-1][1] += last[1]
            blocks[-1][3] = last[3]
    fitted = list(values)
    for block in blocks:
        level = block[0] / block[1]
        for index in range(int(block[2]), int(block[3]) + 1):
            x, _y, w = values[index]
            fitted[index] = (x, level, w)
    return fitted
