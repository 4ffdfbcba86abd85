"""The store layer: an rdflib ``Dataset`` over any rdflib store plugin.

The default is Oxigraph on disk (``./kg-store``, or ``KG_STORE``); ``memory``
is an in-memory Oxigraph store; any other rdflib store plugin can be named.
Users get a plain :class:`rdflib.Dataset` (``store.dataset``); underneath,
when the engine is Oxigraph, geokg writes, queries and serialises through
Oxigraph's own bulk paths instead of rdflib's per-triple API.

Each article is one named graph; writing an article replaces its graph in one
transaction, so building the same input twice leaves the store unchanged and
a build killed half-way leaves every earlier article intact.

Example:
    >>> with KnowledgeStore("memory") as store:
    ...     store.stats()["articles"]
    0
"""

from __future__ import annotations

import contextlib
import functools
import os
from collections import defaultdict
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path
from typing import IO, Any
from typing import Literal as TypingLiteral

import pyoxigraph as ox
from rdflib import BNode, Dataset, Literal, URIRef
from rdflib import plugin as rdflib_plugin
from rdflib.store import Store

from kg.errors import QueryError, StoreError, StoreInUseError
from kg.model import Actor, Article, Claim, Item
from kg.ontology import ONTOLOGY_IRI, ontology_dir
from kg.outputs import replaced_atomically
from kg.rdf.mapping import (
    ACTORS_GRAPH,
    CLAIMS_QUERY,
    HIGHLIGHTS_QUERY,
    ITEMS_QUERY,
    RDFLIB_TERMS,
    OxigraphTerms,
    Terms,
    Triple,
    actor_triples,
    article_iri,
    article_triples,
    claim_from_row,
    claim_triples,
    item_from_row,
    unique,
)
from kg.rdf.remote import RemoteEndpoint, inject_values


def _ontology_files() -> list[Path]:
    """What a store's ontology graph holds: the ontology and the CAMEO codebook (the verb
    dictionary stays with the extractor)."""
    folder = ontology_dir()
    return [p for p in (folder / "geokg.ttl", folder / "cameo-codes.ttl") if p.exists()]


__all__ = ["DEFAULT_STORE", "EXPORT_FORMATS", "KnowledgeStore", "QueryResult", "default_location", "oxigraph_term"]

DEFAULT_STORE = "kg-store"
EXPORT_FORMATS: dict[str, ox.RdfFormat] = {
    "turtle": ox.RdfFormat.TURTLE,
    "ttl": ox.RdfFormat.TURTLE,
    "trig": ox.RdfFormat.TRIG,
    "nquads": ox.RdfFormat.N_QUADS,
    "ntriples": ox.RdfFormat.N_TRIPLES,
    "jsonld": ox.RdfFormat.JSON_LD,
    "rdfxml": ox.RdfFormat.RDF_XML,
}
PREFIXES = {
    "geo": "https://w3id.org/geokg/ont#",
    "actor": "https://w3id.org/geokg/id/actor/",
    "claim": "https://w3id.org/geokg/id/claim/",
    "article": "https://w3id.org/geokg/id/article/",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
    "prov": "http://www.w3.org/ns/prov#",
    "dcterms": "http://purl.org/dc/terms/",
    "skos": "http://www.w3.org/2004/02/skos/core#",
}
_XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"


def default_location() -> str:
    """Where the store lives unless told: ``KG_STORE`` or ``./kg-store``."""
    return os.environ.get("KG_STORE") or DEFAULT_STORE


class QueryResult:
    """The answer to a SPARQL query.

    Rows and triples are converted to rdflib terms on first access, so a caller
    that only counts or re-serialises an answer pays the engine's cost alone.

    Attributes:
        kind: ``select``, ``ask`` or ``graph`` (CONSTRUCT/DESCRIBE).
        variables: Column names of a SELECT.
        rows: SELECT rows as ``{variable: rdflib term or None}``.
        boolean: The answer to an ASK.
        triples: The triples of a CONSTRUCT or DESCRIBE.
    """

    def __init__(
        self,
        kind: TypingLiteral["select", "ask", "graph"],
        variables: list[str] | None = None,
        rows: list[dict[str, Any]] | None = None,
        boolean: bool | None = None,
        triples: list[tuple[Any, Any, Any]] | None = None,
        *,
        raw: list[Any] | None = None,
    ) -> None:
        self.kind = kind
        self.variables = list(variables or [])
        self.boolean = boolean
        self._rows = rows
        self._triples = triples
        self._raw = raw

    @property
    def rows(self) -> list[dict[str, Any]]:
        if self._rows is None:
            names = self.variables
            self._rows = [{n: _to_rdflib(solution[n]) for n in names} for solution in self._raw or []]
        return self._rows

    @property
    def triples(self) -> list[tuple[Any, Any, Any]]:
        if self._triples is None:
            self._triples = [
                (_to_rdflib(t.subject), _to_rdflib(t.predicate), _to_rdflib(t.object)) for t in self._raw or []
            ]
        return self._triples

    def __len__(self) -> int:
        if self.kind == "ask":
            return 1
        if self._raw is not None:
            return len(self._raw)
        return len(self.rows) if self.kind == "select" else len(self.triples)


@functools.lru_cache(maxsize=262_144)
def _to_rdflib(term: Any) -> Any:
    if term is None:
        return None
    if isinstance(term, ox.NamedNode):
        return URIRef(term.value)
    if isinstance(term, ox.BlankNode):
        return BNode(term.value)
    if isinstance(term, ox.Literal):
        datatype = term.datatype.value
        if term.language:
            return Literal(term.value, lang=term.language)
        return Literal(term.value, datatype=None if datatype == _XSD_STRING else URIRef(datatype))
    return term


@functools.lru_cache(maxsize=262_144)
def oxigraph_term(term: Any) -> Any:
    """An rdflib term as an Oxigraph term."""
    if isinstance(term, URIRef):
        return ox.NamedNode(str(term))
    if isinstance(term, BNode):
        return ox.BlankNode(str(term))
    if term.language:
        return ox.Literal(str(term), language=term.language)
    return ox.Literal(str(term), datatype=ox.NamedNode(str(term.datatype)) if term.datatype else None)


def _insert_into(graph: URIRef, triples: Iterable[Triple]) -> str:
    """A SPARQL ``INSERT DATA`` of triples into a named graph."""
    body = " .\n".join(f"{_nt(s)} {_nt(p)} {_nt(o)}" for s, p, o in triples)
    return f"INSERT DATA {{ GRAPH {_nt(graph)} {{\n{body} .\n}} }}"


def _replace_graph(graph: URIRef, triples: Iterable[Triple]) -> str:
    """One SPARQL update that replaces a named graph's content."""
    return f"DROP SILENT GRAPH {_nt(graph)} ;\n{_insert_into(graph, triples)}"


def _values_clause(terms: Mapping[str, Any]) -> str:
    """A trailing ``VALUES`` block binding variables; terms are serialised (escaped) by rdflib."""
    if not terms:
        return ""
    for name in terms:
        if not name.isidentifier():
            raise QueryError(f"'{name}' is not a valid SPARQL variable name")
    names = " ".join(f"?{name}" for name in terms)
    values = " ".join(_nt(term) for term in terms.values())
    return f"\nVALUES ({names}) {{ ({values}) }}"


_OX_TERMS = OxigraphTerms()


def _nt(term: Any) -> str:
    """A term in N-Triples syntax (valid in SPARQL), from rdflib or Oxigraph."""
    return term.n3() if hasattr(term, "n3") else str(term)


class KnowledgeStore:
    """The geokg store: articles, claims and actors in named graphs.

    Args:
        location: A folder for the on-disk store, ``memory``, or a store
            plugin's configuration string.  Defaults to ``KG_STORE`` or ``./kg-store``.
        plugin: An rdflib store plugin name; ``Oxigraph`` (default) uses the fast paths.
        read_only: Open an existing on-disk Oxigraph store without taking the write lock.

    Raises:
        StoreInUseError: another process has the store open for writing.
        StoreError: the store cannot be opened or its plugin cannot hold named graphs.
    """

    def __init__(
        self,
        location: str | Path | None = None,
        *,
        plugin: str | None = None,
        read_only: bool = False,
        update_url: str | None = None,
    ) -> None:
        self.location = str(location) if location is not None else default_location()
        self.plugin = plugin or os.environ.get("KG_STORE_PLUGIN") or "Oxigraph"
        self.read_only = read_only
        self._ox: ox.Store | None = None
        self._remote: RemoteEndpoint | None = None
        store: Store
        if self.location.startswith(("http://", "https://")):
            from rdflib.plugins.stores.sparqlstore import SPARQLUpdateStore

            update = update_url or os.environ.get("KG_UPDATE_URL") or self.location
            self._remote = RemoteEndpoint(self.location, update, prefixes=PREFIXES)
            self.plugin = "SPARQLUpdateStore"
            store = SPARQLUpdateStore(query_endpoint=self.location, update_endpoint=update, context_aware=True)
        elif self.plugin == "Oxigraph":
            self._ox = self._open_oxigraph(read_only)
            from oxrdflib import OxigraphStore

            store = OxigraphStore(store=self._ox)
        else:
            try:
                store = rdflib_plugin.get(self.plugin, Store)()
            except rdflib_plugin.PluginException as error:
                raise StoreError(f"no rdflib store plugin named '{self.plugin}'; install it or use Oxigraph") from error
            if self.location != "memory":
                store.open(self.location, create=True)
        if not (store.context_aware and store.graph_aware):
            raise StoreError(
                f"store plugin '{self.plugin}' cannot hold named graphs; geokg needs a context-aware store"
            )
        self.dataset = Dataset(store=store, default_union=True)
        for prefix, namespace in PREFIXES.items():
            self.dataset.bind(prefix, namespace)
        if not read_only:
            self._ensure_ontology()

    # -- opening -------------------------------------------------------------------
    @property
    def oxigraph(self) -> ox.Store | None:
        """The Oxigraph store underneath (on disk or in memory), or None for a remote or plugin store."""
        return self._ox

    def _open_oxigraph(self, read_only: bool) -> ox.Store:
        if self.location == "memory":
            return ox.Store()
        path = Path(self.location)
        if path.exists() and not path.is_dir():
            raise StoreError(f"{path}: exists and is not a store folder; choose another --store")
        try:
            if read_only:
                if not path.exists():
                    raise StoreError(f"{path}: no store here yet; run 'kg build' first")
                return ox.Store.read_only(str(path))
            return ox.Store(str(path))
        except OSError as error:
            if "lock" in str(error).lower():
                raise StoreInUseError(
                    f"{path}: the store is in use by another process (a build or server); "
                    "wait for it to finish or use another --store"
                ) from error
            raise StoreError(f"{path}: cannot open the store: {error}") from error

    def _ensure_ontology(self) -> None:
        if self._remote is not None:
            if not self._remote.ask(f"ASK {{ GRAPH {_nt(ONTOLOGY_IRI)} {{ ?s ?p ?o }} }}"):
                quads = [q for p in _ontology_files() for q in ox.parse(path=str(p), format=ox.RdfFormat.TURTLE)]
                lines = [f"{q.subject} {q.predicate} {q.object}" for q in quads]
                step = self._remote.max_triples
                for start in range(0, len(lines), step):
                    body = " .\n".join(lines[start : start + step])
                    self._remote.update(f"INSERT DATA {{ GRAPH {_nt(ONTOLOGY_IRI)} {{\n{body} .\n}} }}")
            return
        if self._ox is not None:
            name = ox.NamedNode(str(ONTOLOGY_IRI))
            if next(iter(self._ox.quads_for_pattern(None, None, None, name)), None) is None:
                for path in _ontology_files():
                    self._ox.load(path=str(path), format=ox.RdfFormat.TURTLE, to_graph=name)
            return
        graph = self.dataset.graph(ONTOLOGY_IRI)
        if len(graph) == 0:
            for path in _ontology_files():
                graph.parse(path, format="turtle")

    def close(self) -> None:
        """Flush and release the store (and its lock)."""
        if self._ox is not None:
            if not self.read_only:
                with contextlib.suppress(OSError):
                    self._ox.flush()
            self._ox = None
        self.dataset.close()

    def __enter__(self) -> KnowledgeStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- writing -------------------------------------------------------------------------
    @staticmethod
    def article_quads(
        article: Article, claims: Iterable[Claim], terms: Terms = RDFLIB_TERMS
    ) -> tuple[list[Triple], list[Triple]]:
        """The article graph's triples and the actor-graph triples for one article (in ``terms``' library)."""
        triples = list(article_triples(article, terms))
        actors: list[Triple] = []
        seen: set[Actor] = set()
        for claim in claims:
            triples.extend(claim_triples(claim, terms))
            for actor in (claim.subject, claim.object, claim.attributed_to):
                if actor is not None and actor not in seen:
                    seen.add(actor)
                    actors.extend(actor_triples(actor, terms))
        return unique(triples), unique(actors)

    def put_articles(self, batch: Iterable[tuple[Article, list[Claim]]]) -> int:
        """Write articles with their claims, replacing each article's graph; one transaction per call.

        Returns:
            The number of triples written.
        """
        written = 0
        if self._remote is not None:
            step = self._remote.max_triples
            requests: list[str] = []
            size = 0
            actors_remote: dict[Triple, None] = {}
            for article, claims in batch:
                triples, described = self.article_quads(article, claims, _OX_TERMS)
                written += len(triples)
                actors_remote.update(dict.fromkeys(described))
                graph = article_iri(article.id)
                # The first request of an article replaces its graph; a large article continues in more.
                requests.append(_replace_graph(graph, triples[:step]))
                size += min(step, len(triples))
                for start in range(step, len(triples), step):
                    requests.append(_insert_into(graph, triples[start : start + step]))
                    size += len(triples[start : start + step])
                if size >= step:  # keep each request a size servers accept
                    for request in requests:
                        self._remote.update(request)
                    requests, size = [], 0
            actor_list = list(actors_remote)
            for start in range(0, len(actor_list), step):
                requests.append(_insert_into(ACTORS_GRAPH, actor_list[start : start + step]))
            for request in requests:
                self._remote.update(request)
            return written
        if self._ox is not None:
            fresh: list[ox.Quad] = []
            replaced: list[str] = []
            actors: dict[Triple, None] = {}
            for article, claims in batch:
                graph = article_iri(article.id)
                # Oxigraph terms straight from the model: no rdflib objects on the bulk path.
                triples, described = self.article_quads(article, claims, _OX_TERMS)
                written += len(triples)
                actors.update(dict.fromkeys(described))
                name = oxigraph_term(graph)
                if self._ox.contains_named_graph(name):
                    # Rebuilding: drop and insert in one update, so the old version survives a crash.
                    replaced.append(_replace_graph(graph, triples))
                else:
                    fresh.extend(ox.Quad(s, p, o, name) for s, p, o in triples)
            actors_graph = oxigraph_term(ACTORS_GRAPH)
            fresh.extend(ox.Quad(s, p, o, actors_graph) for s, p, o in actors)
            try:
                if fresh:
                    self._ox.extend(fresh)  # new articles: the engine's transactional bulk insert
                if replaced:
                    self._ox.update(" ;\n".join(replaced))
            except OSError as error:
                raise StoreError(f"{self.location}: cannot write: {error}") from error
            return written
        for article, claims in batch:
            article_graph = self.dataset.graph(article_iri(article.id))
            article_graph.remove((None, None, None))
            triples, described = self.article_quads(article, claims)
            article_graph.addN((s, p, o, article_graph) for s, p, o in triples)
            actors_graph = self.dataset.graph(ACTORS_GRAPH)
            actors_graph.addN((s, p, o, actors_graph) for s, p, o in described)
            written += len(triples)
        return written

    def has_article(self, article_id: str) -> bool:
        """True if the store holds this article."""
        graph = article_iri(article_id)
        if self._remote is not None:
            return self._remote.ask(f"ASK {{ GRAPH {_nt(graph)} {{ ?s ?p ?o }} }}")
        if self._ox is not None:
            return bool(self._ox.contains_named_graph(ox.NamedNode(str(graph))))
        return len(self.dataset.graph(graph)) > 0

    # -- reading ---------------------------------------------------------------------------
    def query(self, sparql: str, bindings: Mapping[str, Any] | None = None) -> QueryResult:
        """Run a SPARQL 1.1 query over the union of all graphs.

        Args:
            sparql: A SELECT, ASK, CONSTRUCT or DESCRIBE query.
            bindings: Values for variables, as rdflib terms or Python values
                (strings become plain literals).  User text goes in here, never
                into the query string.

        Raises:
            QueryError: the query is malformed.
        """
        terms = {
            name: v if isinstance(v, URIRef | BNode | Literal) else Literal(v) for name, v in (bindings or {}).items()
        }
        if self._remote is not None:
            text = inject_values(sparql, _values_clause(terms))
            kind = self._remote.query_kind(sparql)
            if kind == "ask":
                return QueryResult("ask", boolean=self._remote.ask(text))
            if kind == "graph":
                return QueryResult("graph", triples=self._remote.construct(text))
            names, rows = self._remote.select(text)
            return QueryResult("select", variables=names, rows=rows)
        if self._ox is not None:
            try:
                answer = self._ox.query(
                    sparql + _values_clause(terms), use_default_graph_as_union=True, prefixes=PREFIXES
                )
            except SyntaxError as error:
                raise QueryError(f"malformed SPARQL: {error}") from error
            except OSError as error:
                raise StoreError(f"{self.location}: cannot read: {error}") from error
            if isinstance(answer, ox.QueryBoolean):
                return QueryResult("ask", boolean=bool(answer))
            if isinstance(answer, ox.QuerySolutions):
                return QueryResult("select", variables=[v.value for v in answer.variables], raw=list(answer))
            return QueryResult("graph", raw=list(answer))
        try:
            result = self.dataset.query(sparql, initNs=PREFIXES, initBindings=terms)
        except Exception as error:  # rdflib's parser raises pyparsing errors
            raise QueryError(f"malformed SPARQL: {error}") from error
        if result.type == "ASK":
            return QueryResult("ask", boolean=bool(result.askAnswer))
        if result.type == "SELECT":
            names = [str(v) for v in result.vars or []]
            rows = [{n: row[n] for n in names} for row in result]  # type: ignore[call-overload,index]
            return QueryResult("select", variables=names, rows=rows)
        return QueryResult("graph", triples=list(result))  # type: ignore[arg-type]

    def claims(self) -> Iterator[Claim]:
        """Every claim in the store, in article and sentence order."""
        items: dict[str, list[tuple[int, Item]]] = defaultdict(list)
        for row in self._all_rows(ITEMS_QUERY):
            items[str(row["claim"])].append(item_from_row(row))
        marks: dict[str, list[tuple[int, int, str]]] = defaultdict(list)
        for row in self._all_rows(HIGHLIGHTS_QUERY):
            marks[str(row["claim"])].append((int(row["start"]), int(row["end"]), str(row["role"])))
        for row in self._all_rows(CLAIMS_QUERY):
            values = {k: (v.toPython() if hasattr(v, "toPython") else v) for k, v in row.items() if v is not None}
            claim_items = tuple(item for _, item in sorted(items.get(str(row["claim"]), [])))
            order = {"subject": 0, "object": 1, "trigger": 2}
            highlights = tuple(sorted(marks.get(str(row["claim"]), []), key=lambda h: order.get(h[2], 3)))
            yield claim_from_row(values, claim_items, highlights)

    def _all_rows(self, ordered_select: str) -> Iterable[dict[str, Any]]:
        """Every row of one of geokg's own ordered SELECTs; paged on remote stores, which cap results."""
        if self._remote is not None:
            return self._remote.paged(ordered_select)
        return self.query(ordered_select).rows

    def stats(self) -> dict[str, int]:
        """Counts of articles, claims, actors and triples."""
        counts = self.query(
            """SELECT (COUNT(DISTINCT ?a) AS ?articles) (COUNT(DISTINCT ?c) AS ?claims) WHERE {
                 { ?a a geo:Article } UNION { ?c a geo:Claim } }"""
        ).rows[0]
        actors = self.query(
            f"SELECT (COUNT(DISTINCT ?x) AS ?n) WHERE {{ GRAPH {_nt(ACTORS_GRAPH)} {{ ?x a ?t }} }}"
        ).rows[0]
        if self._remote is not None:
            # A shared server holds other data too: count geokg's own graphs.
            count = self.query(
                "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } "
                'FILTER(STRSTARTS(STR(?g), "https://w3id.org/geokg/")) }'
            )
            triples = int(count.rows[0]["n"].toPython())
        else:
            triples = len(self._ox) if self._ox is not None else len(self.dataset)
        return {
            "articles": int(counts["articles"].toPython()),
            "claims": int(counts["claims"].toPython()),
            "actors": int(actors["n"].toPython()),
            "triples": int(triples),
        }

    # -- import / export ----------------------------------------------------------------------
    def export(self, output: str | Path | IO[bytes], format: str = "turtle") -> None:
        """Write the whole store: Turtle/N-Triples/RDF-XML merge the graphs, TriG/N-Quads/JSON-LD keep them."""
        if format not in EXPORT_FORMATS:
            raise StoreError(f"unknown export format '{format}'; use one of {', '.join(EXPORT_FORMATS)}")
        if isinstance(output, (str, Path)):
            with replaced_atomically(output) as partial:  # a failed or killed export leaves the old file
                self._export_to(str(partial), EXPORT_FORMATS[format], format)
        else:
            self._export_to(output, EXPORT_FORMATS[format], format)

    def _export_to(self, target: str | IO[bytes], rdf_format: ox.RdfFormat, format: str) -> None:
        if self._remote is not None:
            rows = self._remote.paged(
                "SELECT ?s ?p ?o ?g WHERE { GRAPH ?g { ?s ?p ?o } "
                'FILTER(STRSTARTS(STR(?g), "https://w3id.org/geokg/")) } ORDER BY ?g ?s ?p ?o'
            )
            keep_graphs = rdf_format.supports_datasets
            quads = (
                ox.Quad(
                    oxigraph_term(r["s"]),
                    oxigraph_term(r["p"]),
                    oxigraph_term(r["o"]),
                    oxigraph_term(r["g"]) if keep_graphs else None,
                )
                for r in rows
            )
            ox.serialize(quads, target, rdf_format, prefixes=PREFIXES)  # type: ignore[arg-type]
            return
        if self._ox is not None:
            if rdf_format.supports_datasets:
                self._ox.dump(target, rdf_format, prefixes=PREFIXES)
            else:
                triples = self._ox.query("CONSTRUCT { ?s ?p ?o } WHERE { GRAPH ?g { ?s ?p ?o } }")
                ox.serialize(triples, target, rdf_format, prefixes=PREFIXES)  # type: ignore[arg-type]
            return
        data = self.dataset.serialize(format={"turtle": "turtle", "ttl": "turtle"}.get(format, format))
        if isinstance(target, str):
            Path(target).write_text(data, encoding="utf-8")
        else:
            target.write(data.encode("utf-8"))

    def load(self, path: str | Path, format: str | None = None) -> None:
        """Load an RDF file (Turtle, TriG, N-Quads, …) into the store in bulk."""
        path = Path(path)
        rdf_format = EXPORT_FORMATS.get(format or "") or ox.RdfFormat.from_extension(path.suffix.lstrip("."))
        if rdf_format is None:
            raise StoreError(f"{path}: cannot tell the RDF format from the name; pass format=")
        try:
            if self._remote is not None:
                quads = list(ox.parse(path=str(path), format=rdf_format))
                step = self._remote.max_triples
                for start in range(0, len(quads), step):
                    parts = [
                        f"GRAPH {q.graph_name} {{ {q.subject} {q.predicate} {q.object} }}"
                        if isinstance(q.graph_name, ox.NamedNode)
                        else f"{q.subject} {q.predicate} {q.object} ."
                        for q in quads[start : start + step]
                    ]
                    self._remote.update("INSERT DATA {\n" + "\n".join(parts) + "\n}")
            elif self._ox is not None:
                self._ox.bulk_load(path=str(path), format=rdf_format)
            else:
                self.dataset.parse(str(path), format=rdf_format.file_extension)
        except (SyntaxError, ValueError) as error:
            raise StoreError(f"{path}: not valid {rdf_format.name}: {error}") from error
