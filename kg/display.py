"""Rich display in notebooks: claims with their evidence highlighted, actors with their ties.

Example:
    >>> from kg.graph.projection import example_claims
    >>> "<mark" in claims_html(example_claims()[:1]) or "<table" in claims_html(example_claims()[:1])
    True
"""

from __future__ import annotations

import html
from collections.abc import Iterable
from typing import Any

from kg.model import Claim

__all__ = ["actor_html", "claims_html", "highlight_sentence"]

_COLOURS = {"subject": "#cfe8ff", "object": "#ffe0b3", "trigger": "#d9f2d0"}


def highlight_sentence(claim: Claim) -> str:
    """The evidence sentence as HTML, with subject, object and trigger marked."""
    sentence = claim.evidence.sentence
    base = claim.evidence.span[0]
    # The stored sentence is stripped; find its offset in the span.
    marks = sorted(
        (start - base, end - base, role)
        for start, end, role in claim.evidence.highlights
        if 0 <= start - base < end - base <= len(sentence)
    )
    out, cursor = [], 0
    for start, end, role in marks:
        if start < cursor:
            continue
        out.append(html.escape(sentence[cursor:start]))
        colour = _COLOURS.get(role, "#eee")
        out.append(f'<mark title="{role}" style="background:{colour}">{html.escape(sentence[start:end])}</mark>')
        cursor = end
    out.append(html.escape(sentence[cursor:]))
    return "".join(out)


def claims_html(claims: Iterable[Claim], limit: int = 200) -> str:
    """An HTML table of claims: who, relation, whom, modality, attribution, date, codes, items, evidence."""
    rows = []
    for n, claim in enumerate(claims):
        if n >= limit:
            rows.append(f'<tr><td colspan="8">… more claims not shown (first {limit})</td></tr>')
            break
        said = claim.attributed_to.label if claim.attributed_to else ""
        items = ", ".join(i.text for i in claim.items)
        rows.append(
            "<tr>"
            f"<td>{html.escape(claim.subject.label)}</td><td><b>{html.escape(claim.relation)}</b></td>"
            f"<td>{html.escape(claim.object.label)}</td><td>{claim.modality}</td><td>{html.escape(said)}</td>"
            f"<td>{html.escape(claim.date or '')}</td><td>{claim.cameo or ''} {claim.plover or ''}</td>"
            f"<td>{html.escape(items)}</td><td style='text-align:left'>{highlight_sentence(claim)}</td>"
            "</tr>"
        )
    head = "".join(
        f"<th>{h}</th>"
        for h in ("subject", "relation", "object", "modality", "said by", "date", "CAMEO / PLOVER", "items", "evidence")
    )
    return f"<table><thead><tr>{head}</tr></thead><tbody>{''.join(rows)}</tbody></table>"


def actor_html(info: dict[str, Any]) -> str:
    """An actor card: names, codes and strongest ties."""
    aliases = ", ".join(html.escape(a) for a in sorted(info.get("aliases", []))[:20])
    ties = "".join(
        f"<li>{html.escape(t['label'])} ({t['weight']:+.1f}, {len(t['claims'])} claim(s))</li>"
        for t in info.get("partners", [])[:5]
    )
    foes = "".join(
        f"<li>{html.escape(t['label'])} ({t['weight']:+.1f}, {len(t['claims'])} claim(s))</li>"
        for t in info.get("adversaries", [])[:5]
    )
    return (
        f"<div><h4>{html.escape(info['label'])} <small>{html.escape(info.get('type') or '')}</small></h4>"
        f"<p>code <code>{html.escape(info.get('code') or '—')}</code>, "
        f"country <code>{html.escape(info.get('country') or '—')}</code>"
        f" · <a href='{html.escape(info['iri'])}'>{html.escape(info['iri'])}</a></p>"
        f"<p><b>Also called:</b> {aliases or '—'}</p>"
        f"<p><b>Partners:</b></p><ul>{ties or '<li>none in the store</li>'}</ul>"
        f"<p><b>Adversaries:</b></p><ul>{foes or '<li>none in the store</li>'}</ul></div>"
    )
