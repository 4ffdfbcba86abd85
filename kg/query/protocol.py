"""The SPARQL 1.1 Protocol without a parser in the way: what a request asks for, read lexically,
and query answers written out as they stream, with the row cap applied in the engine.

Nothing here parses SPARQL: the query text goes to Oxigraph as it came. Two questions are
answered from the text's tokens alone (comments, strings and IRIs set aside), so a request is
never held up behind a Python parser: is it an update (refused, 403), and does it use
``SERVICE`` (refused, 400).

Example:
    >>> request_kind("PREFIX geo: <https://w3id.org/geokg/ontology#>\\nDROP ALL"), request_kind("ASK {}")
    ('update', 'query')
    >>> uses_service('SELECT * WHERE { ?s ?p "SERVICE" } # SERVICE'), uses_service("SELECT * { SERVICE <x> {} }")
    (False, True)
    >>> answer_format("application/sparql-results+json, */*;q=0.1", None, "select").media_type
    'application/sparql-results+json'
    >>> answer_format("*/*", None, "graph").media_type
    'text/turtle'
"""

from __future__ import annotations

import io
import json
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from itertools import islice
from typing import Any, Literal
from xml.sax.saxutils import escape, quoteattr

import pyoxigraph as ox

__all__ = [
    "ANSWER_FORMATS",
    "AnswerFormat",
    "answer_format",
    "request_kind",
    "uses_service",
    "write_answer",
    "write_boolean",
    "write_rows",
    "write_triples",
]

# Strings (long and short), IRIs and comments: set aside before keywords are looked for.
_SKIPPED = re.compile(
    r'"""[\s\S]*?"""|\'\'\'[\s\S]*?\'\'\'|"(?:[^"\\\n]|\\.)*"|\'(?:[^\'\\\n]|\\.)*\'|<[^<>"{}|^`\\\s]*>|#[^\n]*'
)
_PROLOGUE = re.compile(r"\s*(?:(?:PREFIX\s+[^\s:]*:|BASE)\s*<>\s*)*", re.IGNORECASE)
_UPDATE_WORDS = {"INSERT", "DELETE", "LOAD", "CLEAR", "DROP", "CREATE", "ADD", "MOVE", "COPY", "WITH"}


def _bare(text: str) -> str:
    """The text with strings, IRIs and comments blanked (an IRI becomes ``<>``)."""
    return _SKIPPED.sub(lambda m: "<>" if m.group(0).startswith("<") else " ", text)


def request_kind(text: str) -> Literal["query", "update"]:
    """Whether a request is a query or an update, from its first keyword after the prologue."""
    bare = _bare(text)
    start = _PROLOGUE.match(bare)
    word = re.match(r"[A-Za-z]+", bare[start.end() if start else 0 :])
    return "update" if word is not None and word.group(0).upper() in _UPDATE_WORDS else "query"


def uses_service(text: str) -> bool:
    """Whether a query calls another endpoint (``SERVICE``) anywhere outside strings and comments."""
    return re.search(r"\bSERVICE\b", _bare(text), re.IGNORECASE) is not None


@dataclass(frozen=True, slots=True)
class AnswerFormat:
    """A way to write an answer: its name, media type, and for graphs Oxigraph's format."""

    name: str
    media_type: str
    rdf: ox.RdfFormat | None = None


ANSWER_FORMATS = {
    "json": AnswerFormat("json", "application/sparql-results+json"),
    "xml": AnswerFormat("xml", "application/sparql-results+xml"),
    "csv": AnswerFormat("csv", "text/csv"),
    "tsv": AnswerFormat("tsv", "text/tab-separated-values"),
    "turtle": AnswerFormat("turtle", "text/turtle", ox.RdfFormat.TURTLE),
    "ntriples": AnswerFormat("ntriples", "application/n-triples", ox.RdfFormat.N_TRIPLES),
    "jsonld": AnswerFormat("jsonld", "application/ld+json", ox.RdfFormat.JSON_LD),
    "rdfxml": AnswerFormat("rdfxml", "application/rdf+xml", ox.RdfFormat.RDF_XML),
    "n3": AnswerFormat("n3", "text/n3", ox.RdfFormat.TURTLE),  # Turtle is N3
}
_TABLE_FORMATS = ("json", "xml", "csv", "tsv")
_GRAPH_FORMATS = ("turtle", "ntriples", "jsonld", "rdfxml", "n3")
_BY_MEDIA_TYPE = {
    "application/sparql-results+json": "json",
    "application/json": "json",
    "text/javascript": "json",
    "application/javascript": "json",
    "application/sparql-results+xml": "xml",
    "application/xml": "xml",
    "text/xml": "xml",
    "text/csv": "csv",
    "text/tab-separated-values": "tsv",
    "text/turtle": "turtle",
    "application/x-turtle": "turtle",
    "application/n-triples": "ntriples",
    "text/plain": "ntriples",
    "application/ld+json": "jsonld",
    "application/rdf+xml": "rdfxml",
    "text/n3": "n3",
    "text/rdf+n3": "n3",
}
_BY_NAME = {"json-ld": "jsonld", "n-triples": "ntriples", "nt": "ntriples", "ttl": "turtle", "rdf": "rdfxml"}


def _accepted(accept: str) -> list[str]:
    """Media types of an Accept header, most wanted first (q-values honoured, order kept on ties)."""
    ranked = []
    for position, part in enumerate(accept.split(",")):
        media, *params = (p.strip() for p in part.split(";"))
        q = next((p[2:] for p in params if p.lower().startswith("q=")), "1")
        try:
            weight = float(q)
        except ValueError:
            weight = 0.0
        if media and weight > 0:
            ranked.append((-weight, position, media.lower()))
    return [media for _w, _p, media in sorted(ranked)]


def answer_format(accept: str | None, format_name: str | None, kind: Literal["select", "graph"]) -> AnswerFormat:
    """The format to answer in: a ``format=`` parameter first, then the Accept header; SPARQL JSON
    for tables and Turtle for graphs when neither says (``*/*`` included)."""
    allowed = _TABLE_FORMATS if kind == "select" else _GRAPH_FORMATS
    if format_name:
        name = _BY_NAME.get(format_name.lower(), format_name.lower())
        name = _BY_MEDIA_TYPE.get(name, name)
        if name in allowed:
            return ANSWER_FORMATS[name]
    for media in _accepted(accept or ""):
        wanted = _BY_MEDIA_TYPE.get(media)
        if wanted is not None and wanted in allowed:
            return ANSWER_FORMATS[wanted]
    return ANSWER_FORMATS[allowed[0]]


# -- writing answers -----------------------------------------------------------------------------

_XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"


def _json_term(term: Any) -> dict[str, str]:
    if isinstance(term, ox.NamedNode):
        return {"type": "uri", "value": term.value}
    if isinstance(term, ox.BlankNode):
        return {"type": "bnode", "value": term.value}
    if isinstance(term, ox.Literal):
        found = {"type": "literal", "value": term.value}
        if term.language:
            found["xml:lang"] = term.language
        elif term.datatype.value != _XSD_STRING:
            found["datatype"] = term.datatype.value
        return found
    return {"type": "triple", "value": str(term)}


def _xml_term(term: Any) -> str:
    if isinstance(term, ox.NamedNode):
        return f"<uri>{escape(term.value)}</uri>"
    if isinstance(term, ox.BlankNode):
        return f"<bnode>{escape(term.value)}</bnode>"
    if isinstance(term, ox.Literal):
        if term.language:
            return f"<literal xml:lang={quoteattr(term.language)}>{escape(term.value)}</literal>"
        if term.datatype.value != _XSD_STRING:
            return f"<literal datatype={quoteattr(term.datatype.value)}>{escape(term.value)}</literal>"
        return f"<literal>{escape(term.value)}</literal>"
    return f"<literal>{escape(str(term))}</literal>"


def _csv_cell(term: Any) -> str:
    if term is None:
        return ""
    value = f"_:{term.value}" if isinstance(term, ox.BlankNode) else getattr(term, "value", str(term))
    return '"' + value.replace('"', '""') + '"' if any(c in value for c in ',"\n\r') else value


def _table(variables: Sequence[str], rows: Iterable[Sequence[Any]], fmt: str) -> bytes:
    out = io.StringIO()
    if fmt == "json":
        bindings = [{v: _json_term(t) for v, t in zip(variables, row, strict=True) if t is not None} for row in rows]
        return json.dumps({"head": {"vars": list(variables)}, "results": {"bindings": bindings}}).encode("utf-8")
    if fmt == "xml":
        out.write('<?xml version="1.0"?>\n<sparql xmlns="http://www.w3.org/2005/sparql-results#"><head>')
        out.writelines(f"<variable name={quoteattr(v)}/>" for v in variables)
        out.write("</head><results>")
        for row in rows:
            cells = (
                f"<binding name={quoteattr(v)}>{_xml_term(t)}</binding>"
                for v, t in zip(variables, row, strict=True)
                if t is not None
            )
            out.write("<result>" + "".join(cells) + "</result>")
        out.write("</results></sparql>\n")
    elif fmt == "csv":
        out.write(",".join(variables) + "\r\n")
        out.writelines(",".join(_csv_cell(t) for t in row) + "\r\n" for row in rows)
    else:  # tsv: terms in their Turtle form
        out.write("\t".join(f"?{v}" for v in variables) + "\n")
        out.writelines("\t".join("" if t is None else str(t) for t in row) + "\n" for row in rows)
    return out.getvalue().encode("utf-8")


def _boolean(value: bool, fmt: str) -> bytes:
    if fmt == "xml":
        text = f'<?xml version="1.0"?>\n<sparql xmlns="http://www.w3.org/2005/sparql-results#"><head/><boolean>{str(value).lower()}</boolean></sparql>\n'
        return text.encode("utf-8")
    if fmt in {"csv", "tsv"}:
        return ("true\n" if value else "false\n").encode("utf-8")
    return json.dumps({"head": {}, "boolean": value}).encode("utf-8")


def write_boolean(value: bool, accept: str | None, format_name: str | None) -> tuple[bytes, str, bool]:
    """An ASK answer as ``(body, media type, truncated)``."""
    fmt = answer_format(accept, format_name, "select")
    return _boolean(value, fmt.name), fmt.media_type, False


def write_rows(
    variables: Sequence[str], rows: Iterable[Sequence[Any]], accept: str | None, format_name: str | None, row_limit: int
) -> tuple[bytes, str, bool]:
    """SELECT rows (Oxigraph terms or None, in ``variables`` order) as ``(body, media type,
    truncated)``, reading at most ``row_limit`` of them (and one more, to know the cap was hit)."""
    fmt = answer_format(accept, format_name, "select")
    taken = list(islice(rows, row_limit + 1))
    return _table(variables, taken[:row_limit], fmt.name), fmt.media_type, len(taken) > row_limit


def write_triples(
    triples: Iterable[Any], accept: str | None, format_name: str | None, row_limit: int, prefixes: dict[str, str]
) -> tuple[bytes, str, bool]:
    """CONSTRUCT or DESCRIBE triples (Oxigraph's) as ``(body, media type, truncated)``, at most ``row_limit``."""
    fmt = answer_format(accept, format_name, "graph")
    taken = list(islice(triples, row_limit + 1))
    body = ox.serialize(taken[:row_limit], format=fmt.rdf, prefixes=prefixes) or b""
    return body, fmt.media_type, len(taken) > row_limit


def write_answer(
    answer: Any, accept: str | None, format_name: str | None, row_limit: int, prefixes: dict[str, str]
) -> tuple[bytes, str, bool]:
    """Write an Oxigraph answer (solutions, boolean or triples) as ``(body, media type, truncated)``,
    reading at most ``row_limit`` rows or triples from the engine."""
    if isinstance(answer, ox.QueryBoolean):
        return write_boolean(bool(answer), accept, format_name)
    if isinstance(answer, ox.QuerySolutions):
        variables = [v.value for v in answer.variables]
        rows = ([solution[i] for i in range(len(variables))] for solution in answer)
        return write_rows(variables, rows, accept, format_name, row_limit)
    return write_triples(answer, accept, format_name, row_limit, prefixes)
