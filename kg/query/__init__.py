"""Query: SPARQL results and claims rendered for people and programs."""

from kg.query.formatting import (
    CLAIM_COLUMNS,
    claims_csv,
    claims_jsonl,
    claims_table,
    result_csv,
    result_json,
    result_table,
    term_text,
)

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
