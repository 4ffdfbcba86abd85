"""A read-only SPARQL 1.1 Protocol endpoint over the store, and a query page.

The protocol side (GET and POST, URL-encoded and direct bodies, content
negotiation for SPARQL JSON/XML/CSV/TSV results and Turtle/N-Triples/JSON-LD
graphs) is rdflib-endpoint's.  geokg plugs in an rdflib query processor that
runs each query on Oxigraph directly — over the union of all graphs — and adds
the safety a shared endpoint needs:

* read-only: SPARQL Update (INSERT, DELETE, LOAD, CLEAR, …) is refused with 403;
* no ``SERVICE``: federated queries are refused (400), so the server never
  fetches URLs on a caller's behalf;
* a row cap on SELECT results and a time limit per query (an error, not a hung server);
* loopback by default (``kg serve --host`` to change), and only for the hosts allowed
  (``--allow-host``), with request size limits checked before anything is parsed
  (:mod:`kg.query.guard`).

The page at ``/`` is a small offline query editor of our own (no CDN), with
the example queries preloaded.

Example:
    >>> from kg.rdf import KnowledgeStore
    >>> app = create_app(KnowledgeStore("memory"))          # doctest: +SKIP
    >>> import uvicorn; uvicorn.run(app, port=7878)          # doctest: +SKIP
"""

from __future__ import annotations

import concurrent.futures
import html
import json
import threading
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

from rdflib import Graph, Variable
from rdflib.plugins.sparql.parserutils import CompValue
from rdflib.query import Processor

from kg.errors import QueryError
from kg.query.guard import DEFAULT_MAX_REQUEST_BYTES, LOOPBACK_HOSTS, RequestGuard
from kg.rdf.store import PREFIXES, KnowledgeStore

__all__ = ["DEFAULT_ROW_LIMIT", "DEFAULT_TIMEOUT", "StoreQueryProcessor", "create_app", "example_queries"]

DEFAULT_ROW_LIMIT = 10_000
DEFAULT_TIMEOUT = 30.0
_STATIC = Path(__file__).resolve().parent / "static"


def _uses_service(node: Any) -> bool:
    """True if a parsed query's algebra contains a SERVICE clause anywhere."""
    stack = [node]
    while stack:
        current = stack.pop()
        if isinstance(current, CompValue):
            if current.name == "ServiceGraphPattern":
                return True
            stack.extend(current.values())
        elif isinstance(current, list | tuple):
            stack.extend(current)
    return False


class StoreQueryProcessor(Processor):
    """An rdflib query processor that runs queries on the geokg store with a row cap and a time limit."""

    def __init__(self, store: KnowledgeStore, *, row_limit: int = DEFAULT_ROW_LIMIT, timeout: float = DEFAULT_TIMEOUT):
        self.store = store
        self.row_limit = row_limit
        self.timeout = timeout

    def query(  # type: ignore[override]
        self,
        query: Any,
        initBindings: Mapping[str, Any] | None = None,
        initNs: Any = None,
        base: Any = None,
        DEBUG: bool = False,
    ) -> Mapping[str, Any]:
        """Run a prepared rdflib query (its original text) on the store; rdflib wraps the answer in a Result."""
        text = query._original_args[0] if hasattr(query, "_original_args") else str(query)
        if hasattr(query, "algebra") and _uses_service(query.algebra):
            raise QueryError("SERVICE is not allowed: this endpoint does not fetch other endpoints")
        # Each query runs in its own daemon thread: one that overruns is answered with an error at the
        # deadline while the engine finishes it in the background, and never blocks the next caller.
        future: concurrent.futures.Future[Mapping[str, Any]] = concurrent.futures.Future()

        def work() -> None:
            try:
                future.set_result(self._run(text, dict(initBindings or {})))
            except BaseException as error:  # handed to the caller below
                future.set_exception(error)

        threading.Thread(target=work, name="kg-sparql", daemon=True).start()
        try:
            return future.result(timeout=self.timeout)
        except concurrent.futures.TimeoutError as error:
            raise QueryError(f"query ran longer than {self.timeout:g} s; narrow it or add a LIMIT") from error

    def _run(self, text: str, bindings: dict[str, Any]) -> Mapping[str, Any]:
        answer = self.store.query(text, bindings)
        if answer.kind == "ask":
            return {"type_": "ASK", "askAnswer": bool(answer.boolean)}
        if answer.kind == "select":
            rows = answer.rows[: self.row_limit]
            return {
                "type_": "SELECT",
                "vars_": [Variable(v) for v in answer.variables],
                "bindings": [{Variable(k): v for k, v in row.items() if v is not None} for row in rows],
            }
        graph = Graph()
        for triple in answer.triples[: self.row_limit]:
            graph.add(triple)
        return {"type_": "CONSTRUCT", "graph": graph}


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


def create_app(
    store: KnowledgeStore,
    *,
    row_limit: int = DEFAULT_ROW_LIMIT,
    timeout: float = DEFAULT_TIMEOUT,
    path: str = "/sparql",
    allowed_hosts: Iterable[str] = LOOPBACK_HOSTS,
    max_request_bytes: int = DEFAULT_MAX_REQUEST_BYTES,
) -> Any:
    """A FastAPI app: the SPARQL endpoint at ``path`` and the query page at ``/``, behind the
    :class:`~kg.query.guard.RequestGuard` (Host allow-list, size limits, UTF-8)."""
    from fastapi import FastAPI, Request
    from fastapi.responses import HTMLResponse, RedirectResponse
    from rdflib_endpoint import utils as endpoint_formats
    from rdflib_endpoint.sparql_router import SparqlRouter

    import kg.query.tsv  # noqa: F401  (registers the TSV result serializer with rdflib)

    # rdflib-endpoint negotiates from this table; TSV is part of the SPARQL 1.1 Protocol.
    endpoint_formats.SPARQL_RESULT_CONTENT_TYPE_TO_RDFLIB_FORMAT.setdefault("text/tab-separated-values", "tsv")

    processor = StoreQueryProcessor(store, row_limit=row_limit, timeout=timeout)
    app = FastAPI(title="geokg SPARQL endpoint", docs_url=None, redoc_url=None, openapi_url=None)

    @app.get("/", response_class=HTMLResponse)
    async def page() -> HTMLResponse:
        return HTMLResponse(_page(path))

    @app.middleware("http")
    async def offline_page(request: Request, call_next: Any) -> Any:
        # rdflib-endpoint's own page loads its editor from a CDN; browsers get ours instead.
        wants_html = "text/html" in request.headers.get("accept", "")
        if request.url.path.rstrip("/") == path and request.method == "GET" and wants_html and not request.query_params:
            return RedirectResponse("/")
        return await call_next(request)

    router = SparqlRouter(
        path=path,
        title="geokg",
        description="Claims extracted from news: who does what to whom, according to whom, and when.",
        graph=store.dataset,
        processor=processor,
        enable_update=False,
        public_url=path,
        example_queries={title: {"query": text} for title, text in example_queries().items()},  # type: ignore[misc]
    )
    app.include_router(router)
    app.add_middleware(RequestGuard, allowed_hosts=allowed_hosts, max_bytes=max_request_bytes)
    return app
