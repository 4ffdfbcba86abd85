"""A read-only SPARQL 1.1 Protocol endpoint over the store, and a query page.

The protocol (GET and POST, URL-encoded and direct bodies, content negotiation for SPARQL
JSON/XML/CSV/TSV results and Turtle/N-Triples/JSON-LD/RDF-XML graphs, a ``format=``
parameter) is handled here without parsing the query in Python: the text goes to Oxigraph
as it came, so no request waits behind another's parsing. Each query runs where it can be
stopped:

* on an on-disk store, in a worker process of :class:`~kg.query.workers.QueryWorkers`,
  killed at the time cap (its CPU and memory freed at once), with a view of the store that
  follows the builds that commit while the server runs;
* on an in-memory, plugin or remote store, in a thread (Oxigraph cannot stop it early; the
  caller gets the error at the deadline all the same).

And the safety a shared endpoint needs:

* read-only: SPARQL Update (INSERT, DELETE, LOAD, CLEAR, …) is refused with 403;
* no ``SERVICE``: federated queries are refused (400), so the server never fetches URLs on a
  caller's behalf;
* a row cap applied in the engine (rows are read from it until the cap, never all of them
  first) and signalled in the ``X-Row-Limit-Reached`` header; a time limit per query;
* loopback by default (``kg serve --host`` to change), only for the hosts allowed
  (``--allow-host``), with request size limits checked before anything is read
  (:mod:`kg.query.guard`).

The page at ``/`` is a small offline query editor of our own (no CDN), with the example
queries preloaded.

Example:
    >>> from kg.rdf import KnowledgeStore
    >>> app = create_app(KnowledgeStore("memory"))          # doctest: +SKIP
    >>> import uvicorn; uvicorn.run(app, port=7878)          # doctest: +SKIP
"""

from __future__ import annotations

import concurrent.futures
import contextlib
import html
import json
import threading
from collections.abc import AsyncIterator, Iterable
from pathlib import Path
from typing import Any, Protocol
from urllib.parse import parse_qs

from starlette.requests import Request  # at module level: FastAPI resolves the route's annotations here

from kg.query.guard import DEFAULT_MAX_REQUEST_BYTES, LOOPBACK_HOSTS, RequestGuard
from kg.query.protocol import request_kind, uses_service, write_boolean, write_rows, write_triples
from kg.query.workers import Answer, QueryRefused, QueryWorkers, answer_query
from kg.rdf.store import PREFIXES, KnowledgeStore

__all__ = ["DEFAULT_ROW_LIMIT", "DEFAULT_TIMEOUT", "InProcessEngine", "create_app", "engine_for", "example_queries"]

DEFAULT_ROW_LIMIT = 10_000
DEFAULT_TIMEOUT = 30.0
_STATIC = Path(__file__).resolve().parent / "static"


class QueryEngine(Protocol):
    """Runs one query and writes its answer (a worker pool or a thread)."""

    def run(
        self, text: str, accept: str | None, format_name: str | None, *, row_limit: int, timeout: float
    ) -> Answer: ...

    def close(self) -> None: ...


class InProcessEngine:
    """Queries in a thread of this process, for stores a worker process cannot open (in memory,
    plugin, remote); one that overruns is answered with an error at the deadline."""

    def __init__(self, store: KnowledgeStore) -> None:
        self.store = store

    def _answer(self, text: str, accept: str | None, format_name: str | None, row_limit: int) -> Answer:
        engine = self.store.oxigraph
        if engine is not None:
            return answer_query(engine, text, accept, format_name, row_limit, PREFIXES)
        return self._answer_through_rdflib(text, accept, format_name, row_limit)

    def _answer_through_rdflib(self, text: str, accept: str | None, format_name: str | None, row_limit: int) -> Answer:
        import pyoxigraph as ox

        from kg.errors import KGError
        from kg.rdf.store import oxigraph_term

        try:
            result = self.store.query(text)
        except KGError as error:
            raise QueryRefused(400, str(error)) from error
        if result.kind == "ask":
            return Answer(*write_boolean(bool(result.boolean), accept, format_name))
        if result.kind == "select":
            names = result.variables
            rows = ([None if row.get(n) is None else oxigraph_term(row[n]) for n in names] for row in result.rows)
            return Answer(*write_rows(names, rows, accept, format_name, row_limit))
        triples = (ox.Triple(*(oxigraph_term(term) for term in triple)) for triple in result.triples)
        return Answer(*write_triples(triples, accept, format_name, row_limit, PREFIXES))

    def run(self, text: str, accept: str | None, format_name: str | None, *, row_limit: int, timeout: float) -> Answer:
        future: concurrent.futures.Future[Answer] = concurrent.futures.Future()

        def work() -> None:
            try:
                future.set_result(self._answer(text, accept, format_name, row_limit))
            except BaseException as error:  # handed to the caller below
                future.set_exception(error)

        threading.Thread(target=work, name="kg-sparql", daemon=True).start()
        try:
            return future.result(timeout=timeout)
        except concurrent.futures.TimeoutError:
            raise QueryRefused(400, f"query ran longer than {timeout:g} s; narrow it or add a LIMIT") from None

    def close(self) -> None:
        pass


def engine_for(store: KnowledgeStore, *, workers: int = 2) -> QueryEngine:
    """Worker processes for an on-disk Oxigraph store, else a thread per query."""
    on_disk = store.oxigraph is not None and store.location != "memory" and Path(store.location).is_dir()
    if on_disk:
        return QueryWorkers(store.location, prefixes=PREFIXES, min_workers=workers, max_workers=max(16, workers))
    return InProcessEngine(store)


def example_queries() -> dict[str, str]:
    """The example queries shipped with geokg (title → query text)."""
    found: dict[str, str] = {}
    for path in sorted((_STATIC / "queries").glob("*.rq")):
        text = path.read_text(encoding="utf-8")
        title = text.splitlines()[0].lstrip("# ").strip() if text.startswith("#") else path.stem
        found[title] = text
    return found


def _page(endpoint_path: str) -> str:
    template = (_STATIC / "index.html").read_text(encoding="utf-8")
    prefixes = "\n".join(f"PREFIX {p}: <{iri}>" for p, iri in PREFIXES.items())
    return (
        template.replace("__EXAMPLES__", html.escape(json.dumps(example_queries()), quote=False))
        .replace("__ENDPOINT__", endpoint_path)
        .replace("__PREFIXES__", html.escape(prefixes))
    )


def _first(values: dict[str, list[str]], name: str) -> str | None:
    found = values.get(name)
    return found[0] if found else None


async def _request_query(request: Request) -> tuple[str | None, str | None, dict[str, list[str]]]:
    """The query or update a request carries, by the Protocol's three ways: ``(query, update, params)``."""
    params = parse_qs(request.url.query, keep_blank_values=True)
    if request.method != "POST":
        return _first(params, "query"), _first(params, "update"), params
    content_type = request.headers.get("content-type", "").split(";")[0].strip().lower()
    body = (await request.body()).decode("utf-8")
    if content_type == "application/sparql-update":
        return None, body, params
    if content_type == "application/x-www-form-urlencoded":
        form = parse_qs(body, keep_blank_values=True)
        return _first(form, "query"), _first(form, "update"), {**form, **params}
    if content_type == "application/sparql-query":
        return body, None, params
    raise QueryRefused(415, f"unsupported content type {content_type or '(none)'}; send application/sparql-query")


def create_app(
    store: KnowledgeStore,
    *,
    row_limit: int = DEFAULT_ROW_LIMIT,
    timeout: float = DEFAULT_TIMEOUT,
    path: str = "/sparql",
    allowed_hosts: Iterable[str] = LOOPBACK_HOSTS,
    max_request_bytes: int = DEFAULT_MAX_REQUEST_BYTES,
    engine: QueryEngine | None = None,
) -> Any:
    """A FastAPI app: the SPARQL endpoint at ``path`` and the query page at ``/``, behind the
    :class:`~kg.query.guard.RequestGuard` (Host allow-list, size limits, UTF-8)."""
    import anyio
    from fastapi import FastAPI
    from fastapi.responses import HTMLResponse, PlainTextResponse, RedirectResponse, Response

    queries = engine or engine_for(store)

    @contextlib.asynccontextmanager
    async def lifespan(_app: Any) -> AsyncIterator[None]:
        yield
        queries.close()  # the query workers stop with the server

    app = FastAPI(title="geokg SPARQL endpoint", docs_url=None, redoc_url=None, openapi_url=None, lifespan=lifespan)

    @app.get("/", response_class=HTMLResponse)
    async def page() -> HTMLResponse:
        return HTMLResponse(_page(path))

    async def sparql(request: Request) -> Response:
        accept = request.headers.get("accept")
        try:
            query, update, params = await _request_query(request)
            if update is not None or (query is not None and request_kind(query) == "update"):
                raise QueryRefused(403, "this endpoint is read-only: SPARQL Update is not allowed")
            if query is None:
                if request.method == "GET" and "text/html" in (accept or ""):
                    return RedirectResponse("/")  # a browser asking the endpoint itself gets the page
                raise QueryRefused(400, "no query: pass query= or POST an application/sparql-query body")
            if uses_service(query):
                raise QueryRefused(400, "SERVICE is not allowed: this endpoint does not fetch other endpoints")
            format_name = _first(params, "format") or _first(params, "output")
            answer = await anyio.to_thread.run_sync(
                lambda: queries.run(query, accept, format_name, row_limit=row_limit, timeout=timeout)
            )
        except QueryRefused as refused:
            return PlainTextResponse(refused.message, status_code=refused.status)
        headers = {"X-Row-Limit-Reached": str(row_limit)} if answer.truncated else {}
        return Response(answer.body, media_type=answer.media_type, headers=headers)

    app.add_api_route(path, sparql, methods=["GET", "POST"], include_in_schema=False)
    app.add_middleware(RequestGuard, allowed_hosts=allowed_hosts, max_bytes=max_request_bytes)
    return app
