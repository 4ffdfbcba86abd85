r"""SPARQL 1.1 TSV results, as an rdflib result-serializer plugin (rdflib ships only the parser).

Registered under ``tsv`` and ``text/tab-separated-values`` when this module is imported.

Example:
    >>> from rdflib import Graph
    >>> result = Graph().query("SELECT ?x WHERE { VALUES ?x { 'a\\nb' } }")
    >>> print(result.serialize(format="tsv").decode(), end="")
    ?x
    "a\nb"
"""

from __future__ import annotations

from typing import IO, Any

from rdflib import BNode, Literal, URIRef, plugin
from rdflib.query import ResultSerializer

__all__ = ["TSVResultSerializer", "tsv_term"]

_XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"


def tsv_term(term: Any) -> str:
    """A term in SPARQL TSV syntax: IRIs in angle brackets, literals quoted with escapes, empty for unbound."""
    if term is None:
        return ""
    if isinstance(term, URIRef):
        return f"<{term}>"
    if isinstance(term, BNode):
        return f"_:{term}"
    if isinstance(term, Literal):
        text = str(term).replace("\\", "\\\\").replace('"', '\\"').replace("\t", "\\t")
        text = text.replace("\n", "\\n").replace("\r", "\\r")
        if term.language:
            return f'"{text}"@{term.language}'
        if term.datatype and str(term.datatype) != _XSD_STRING:
            return f'"{text}"^^<{term.datatype}>'
        return f'"{text}"'
    return str(term)


class TSVResultSerializer(ResultSerializer):
    """Writes SELECT results as ``text/tab-separated-values`` (SPARQL 1.1 Query Results CSV and TSV Formats)."""

    def serialize(self, stream: IO, encoding: str = "utf-8", **kwargs: Any) -> None:  # type: ignore[override]
        if self.result.type != "SELECT":
            raise ValueError("TSV results are only defined for SELECT queries")
        variables = list(self.result.vars or [])
        lines = ["\t".join(f"?{v}" for v in variables)]
        for row in self.result.bindings:
            lines.append("\t".join(tsv_term(row.get(v)) for v in variables))
        data = ("\n".join(lines) + "\n").encode(encoding or "utf-8")
        try:
            stream.write(data)
        except TypeError:
            stream.write(data.decode(encoding or "utf-8"))


for _name in ("tsv", "text/tab-separated-values"):
    plugin.register(_name, ResultSerializer, "kg.query.tsv", "TSVResultSerializer")
