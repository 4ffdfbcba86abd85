"""Render query results and claims as tables, CSV, JSON and JSON Lines.

Example:
    >>> from kg.rdf.store import QueryResult
    >>> print(result_csv(QueryResult("select", ["n"], [{"n": 1}])), end="")
    n
    1
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable
from typing import Any

from rdflib import BNode, Literal, URIRef

from kg.model import Claim
from kg.rdf.store import QueryResult

__all__ = [
    "CLAIM_COLUMNS",
    "claims_csv",
    "claims_jsonl",
    "claims_table",
    "result_csv",
    "result_json",
    "result_table",
    "term_text",
]

CLAIM_COLUMNS = [
    "subject",
    "relation",
    "object",
    "modality",
    "attributed_to",
    "date",
    "cameo",
    "plover",
    "items",
    "confidence",
    "sentence",
]


def term_text(term: Any) -> str:
    """A term as plain text: IRIs in full, literals by value, None as empty."""
    if term is None:
        return ""
    if isinstance(term, Literal):
        return str(term)
    return str(term)


def _sparql_json_term(term: Any) -> dict[str, str]:
    if isinstance(term, URIRef):
        return {"type": "uri", "value": str(term)}
    if isinstance(term, BNode):
        return {"type": "bnode", "value": str(term)}
    if isinstance(term, Literal):
        out = {"type": "literal", "value": str(term)}
        if term.language:
            out["xml:lang"] = term.language
        elif term.datatype:
            out["datatype"] = str(term.datatype)
        return out
    return {"type": "literal", "value": str(term)}


def result_json(result: QueryResult) -> str:
    """SPARQL 1.1 Query Results JSON for SELECT/ASK; N-Triples-like JSON list for graphs."""
    if result.kind == "ask":
        return json.dumps({"head": {}, "boolean": result.boolean})
    if result.kind == "select":
        bindings = [{k: _sparql_json_term(v) for k, v in row.items() if v is not None} for row in result.rows]
        return json.dumps({"head": {"vars": result.variables}, "results": {"bindings": bindings}}, ensure_ascii=False)
    return json.dumps([[term_text(t) for t in triple] for triple in result.triples], ensure_ascii=False)


def result_csv(result: QueryResult) -> str:
    """CSV with a header row (SELECT), ``true``/``false`` (ASK), or s,p,o rows (graphs)."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    if result.kind == "ask":
        writer.writerow(["boolean"])
        writer.writerow(["true" if result.boolean else "false"])
    elif result.kind == "select":
        writer.writerow(result.variables)
        for row in result.rows:
            writer.writerow([term_text(row.get(v)) for v in result.variables])
    else:
        writer.writerow(["subject", "predicate", "object"])
        for triple in result.triples:
            writer.writerow([term_text(t) for t in triple])
    return buffer.getvalue()


def _short(text: str) -> str:
    for prefix, namespace in (
        ("geo:", "https://w3id.org/geokg/ont#"),
        ("actor:", "https://w3id.org/geokg/id/actor/"),
        ("claim:", "https://w3id.org/geokg/id/claim/"),
        ("article:", "https://w3id.org/geokg/id/article/"),
    ):
        if text.startswith(namespace):
            return prefix + text[len(namespace) :]
    return text


def result_table(result: QueryResult) -> Any:
    """A rich Table of the result (IRIs shortened with the geokg prefixes)."""
    from rich.table import Table

    if result.kind == "ask":
        table = Table("answer")
        table.add_row("yes" if result.boolean else "no")
        return table
    if result.kind == "select":
        table = Table(*result.variables)
        for row in result.rows:
            table.add_row(*[_short(term_text(row.get(v))) for v in result.variables])
        return table
    table = Table("subject", "predicate", "object")
    for triple in result.triples:
        table.add_row(*[_short(term_text(t)) for t in triple])
    return table


def claims_jsonl(claims: Iterable[Claim]) -> Iterable[str]:
    """One JSON object per claim, in the public claim shape."""
    for claim in claims:
        yield json.dumps(claim.to_json(), ensure_ascii=False)


def _flat(claim: Claim) -> list[str]:
    data = claim.to_json()
    return [
        claim.subject.label,
        claim.relation,
        claim.object.label,
        claim.modality,
        claim.attributed_to.label if claim.attributed_to else "",
        claim.date or "",
        claim.cameo or "",
        claim.plover or "",
        "; ".join(data["items"]),
        f"{claim.confidence:.2f}",
        claim.evidence.sentence,
    ]


def claims_csv(claims: Iterable[Claim]) -> str:
    """Claims as CSV with :data:`CLAIM_COLUMNS` plus article_id, claim id, the actors' CAMEO codes and
    the date range (ISO dates) the claim's date stands for."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow([*CLAIM_COLUMNS, "article_id", "id", "subject_code", "object_code", "date_start", "date_end"])
    for claim in claims:
        dates = [d.isoformat() if d else "" for d in (claim.date_start, claim.date_end)]
        codes = [claim.subject.code or "", claim.object.code or ""]
        writer.writerow([*_flat(claim), claim.evidence.article_id, claim.id, *codes, *dates])
    return buffer.getvalue()


def claims_table(claims: Iterable[Claim]) -> Any:
    """Claims as a rich Table (sentence shortened)."""
    from rich.table import Table

    table = Table(*[c for c in CLAIM_COLUMNS if c != "sentence"], "evidence", show_lines=False)
    for claim in claims:
        row = _flat(claim)
        sentence = row[-1]
        table.add_row(*row[:-1], sentence if len(sentence) < 90 else sentence[:87] + "…")
    return table
