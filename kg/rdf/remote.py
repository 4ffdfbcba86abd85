"""A SPARQL 1.1 store reached over HTTP (Virtuoso, Fuseki, GraphDB, an Oxigraph server).

The user-facing API stays rdflib's (a ``Dataset`` over rdflib's own
``SPARQLUpdateStore`` plugin); geokg's bulk paths talk the SPARQL 1.1 Protocol
directly: one UPDATE request per batch of articles (``DROP SILENT GRAPH`` +
``INSERT DATA``, so a rebuilt article is replaced atomically on stores that
run an update request in one transaction), queries with the predeclared
prefixes, and paging for the large reads geokg makes itself (servers cap
result sizes).

The default graph must be the union of the named graphs (Virtuoso's default;
Fuseki's ``tdb:unionDefaultGraph true``; GraphDB's default).
"""

from __future__ import annotations

import json
import re
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterator
from typing import Any

import pyoxigraph as ox
from rdflib import BNode, Literal, URIRef

from kg.errors import QueryError, StoreError

__all__ = ["RemoteEndpoint", "inject_values"]

_XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"


def _term(binding: dict[str, str]) -> Any:
    kind = binding["type"]
    if kind == "uri":
        return URIRef(binding["value"])
    if kind == "bnode":
        return BNode(binding["value"])
    datatype = binding.get("datatype")
    if binding.get("xml:lang"):
        return Literal(binding["value"], lang=binding["xml:lang"])
    return Literal(binding["value"], datatype=URIRef(datatype) if datatype and datatype != _XSD_STRING else None)


def _from_ox(term: Any) -> Any:
    if isinstance(term, ox.NamedNode):
        return URIRef(term.value)
    if isinstance(term, ox.BlankNode):
        return BNode(term.value)
    if term.language:
        return Literal(term.value, lang=term.language)
    datatype = term.datatype.value
    return Literal(term.value, datatype=None if datatype == _XSD_STRING else URIRef(datatype))


def inject_values(query: str, values: str) -> str:
    """Put a ``VALUES`` block at the start of the query's top-level WHERE group.

    Some servers (Virtuoso 7) reject a trailing ``VALUES`` over variables the query
    does not project; inside the WHERE group it means the same and every server
    takes it.  Strings, IRIs and comments are skipped while looking for the group.

    Example:
        >>> inject_values('SELECT ?a WHERE { ?a ?p "{x}" }', "VALUES (?p) { (<urn:p>) }")
        'SELECT ?a WHERE { VALUES (?p) { (<urn:p>) } ?a ?p "{x}" }'
    """
    if not values:
        return query
    groups_to_skip = 1 if re.search(r"\bCONSTRUCT\s*\{", query, re.I) else 0
    depth, index = 0, 0
    while index < len(query):
        char = query[index]
        if char in "\"'":
            end = query.find(char, index + 1)
            while end != -1 and query[end - 1] == "\\":
                end = query.find(char, end + 1)
            index = len(query) if end == -1 else end + 1
            continue
        if char == "<" and re.match(r"<[^<>\"{}|^`\\\s]*>", query[index:]):
            index = query.index(">", index) + 1
            continue
        if char == "#":
            newline = query.find("\n", index)
            index = len(query) if newline == -1 else newline
            continue
        if char == "{":
            if depth == 0 and groups_to_skip == 0:
                return query[: index + 1] + " " + values.strip() + query[index + 1 :]
            depth += 1
        elif char == "}":
            depth -= 1
            if depth == 0 and groups_to_skip:
                groups_to_skip -= 1
        index += 1
    raise QueryError("cannot find the query's WHERE group to bind values in")


class RemoteEndpoint:
    """SPARQL 1.1 Protocol client for a query endpoint and an update endpoint.

    ``max_triples`` bounds the triples in one update request: servers limit
    request sizes (Virtuoso compiles each request to SQL and caps its length).
    An article larger than that is written in several requests.
    """

    max_triples = 400

    def __init__(
        self, query_url: str, update_url: str | None = None, *, prefixes: dict[str, str], timeout: float = 300
    ):
        self.query_url = query_url
        self.update_url = update_url or query_url
        self.prologue = "".join(f"PREFIX {p}: <{iri}>\n" for p, iri in prefixes.items())
        self.timeout = timeout

    def _post(self, url: str, field: str, text: str, accept: str) -> bytes:
        data = urllib.parse.urlencode({field: text}).encode("utf-8")
        request = urllib.request.Request(
            url, data=data, headers={"Accept": accept, "Content-Type": "application/x-www-form-urlencoded"}
        )
        try:
            with urllib.request.urlopen(request, timeout=self.timeout) as response:
                return bytes(response.read())
        except urllib.error.HTTPError as error:
            message = error.read().decode("utf-8", "replace")[:500].strip()
            if 400 <= error.code < 500 and field == "query":
                raise QueryError(f"{url} refused the query ({error.code}): {message}") from error
            raise StoreError(f"{url}: {field} failed ({error.code}): {message}") from error
        except OSError as error:
            raise StoreError(f"{url}: cannot reach the SPARQL endpoint: {error}; is the server running?") from error

    def update(self, text: str) -> None:
        """Send one SPARQL UPDATE request."""
        self._post(self.update_url, "update", self.prologue + text, "*/*")

    def select(self, text: str) -> tuple[list[str], list[dict[str, Any]]]:
        """Run a SELECT; variables and rows of rdflib terms."""
        body = json.loads(self._post(self.query_url, "query", self.prologue + text, "application/sparql-results+json"))
        names = list(body["head"].get("vars", []))
        rows = [{n: _term(b[n]) if n in b else None for n in names} for b in body["results"]["bindings"]]
        return names, rows

    def ask(self, text: str) -> bool:
        body = json.loads(self._post(self.query_url, "query", self.prologue + text, "application/sparql-results+json"))
        return bool(body["boolean"])

    def construct(self, text: str) -> list[tuple[Any, Any, Any]]:
        data = self._post(self.query_url, "query", self.prologue + text, "application/n-triples")
        triples = ox.parse(data, format=ox.RdfFormat.N_TRIPLES)
        return [(_from_ox(t.subject), _from_ox(t.predicate), _from_ox(t.object)) for t in triples]

    def query_kind(self, text: str) -> str:
        """``select``, ``ask`` or ``graph``: the form of a query, read past its prologue."""
        words = [w.upper() for w in text.replace("{", " { ").split()]
        skip = False
        for word in words:
            if skip:
                skip = False
                continue
            if word in {"PREFIX", "BASE"}:
                skip = word == "BASE"
                continue
            if word.endswith(":") or word.startswith("<"):
                continue
            if word in {"SELECT", "ASK", "CONSTRUCT", "DESCRIBE"}:
                return {"SELECT": "select", "ASK": "ask"}.get(word, "graph")
        raise QueryError("not a SPARQL query: expected SELECT, ASK, CONSTRUCT or DESCRIBE")

    def paged(self, text: str, page: int = 10_000) -> Iterator[dict[str, Any]]:
        """All rows of an ORDERED select, fetched page by page (servers cap result sizes)."""
        offset = 0
        while True:
            _names, rows = self.select(f"{text}\nLIMIT {page} OFFSET {offset}")
            yield from rows
            if len(rows) < page:
                return
            offset += page
