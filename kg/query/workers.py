"""Queries where they can be stopped: worker processes that are killed at the time cap.

Oxigraph cannot cancel a query from Python, so a query that runs past its time would keep a
thread busy (and its memory held) for as long as it likes. The endpoint runs each query in a
worker process of a :class:`QueryWorkers` pool instead: a worker answers one query at a time
from its own read-only view of the store and writes the answer as bytes; when the time is up
the worker is killed, which frees its CPU and memory at once, and a fresh one takes its place.
A worker reopens its view when the store's files change, so a build that commits while the
server runs is seen by the next query.

Workers are forked from a clean server process (``forkserver``), which makes a new worker
cost milliseconds, so a fast query is answered at once even while others run to their cap:
the pool grows to ``max_workers`` and keeps ``min_workers`` waiting.

Example:
    >>> pool = QueryWorkers("kg-store", min_workers=1)               # doctest: +SKIP
    >>> pool.run("ASK { ?s ?p ?o }", "application/sparql-results+json", None)  # doctest: +SKIP
    Answer(body=b'{"head": {}, "boolean": true}', media_type='application/sparql-results+json', truncated=False)
"""

from __future__ import annotations

import contextlib
import multiprocessing
import os
import threading
import time
from collections import deque
from dataclasses import dataclass
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any

__all__ = ["Answer", "QueryRefused", "QueryWorkers", "answer_query"]

# A query still running after this many seconds runs at a lower priority than quick ones.
_SLOW_AFTER = 0.1
_SLOW_NICENESS = 10


@dataclass(frozen=True, slots=True)
class Answer:
    """A query's answer as the client gets it."""

    body: bytes
    media_type: str
    truncated: bool


class QueryRefused(Exception):
    """A query that gets no answer: ``status`` is the HTTP status to give, ``message`` says why."""

    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.message = message


def answer_query(
    store: Any, text: str, accept: str | None, format_name: str | None, row_limit: int, prefixes: dict[str, str]
) -> Answer:
    """Run one query on an Oxigraph store over the union of its graphs and write its answer."""
    from kg.query.protocol import write_answer

    try:
        answer = store.query(text, use_default_graph_as_union=True, prefixes=prefixes)
        body, media_type, truncated = write_answer(answer, accept, format_name, row_limit, prefixes)
    except SyntaxError as error:
        raise QueryRefused(400, f"malformed SPARQL: {error}") from error
    except (OSError, ValueError, TypeError, RuntimeError) as error:
        raise QueryRefused(400, f"the query failed: {error}") from error
    return Answer(body, media_type, truncated)


def _signature(location: Path) -> tuple[int, int]:
    """What changes when a build commits: the newest modification time and the number of files."""
    newest, count = 0, 0
    with os.scandir(location) as entries:
        for entry in entries:
            count += 1
            newest = max(newest, entry.stat().st_mtime_ns)
    return newest, count


def _serve(connection: Connection, location: str, prefixes: dict[str, str]) -> None:
    """A worker's loop: one query in, one answer (or refusal) out, until the pool closes."""
    import pyoxigraph as ox

    path = Path(location)
    store, seen = None, None
    with contextlib.suppress(OSError):  # open before the first query comes (a failure is said to it)
        store, seen = ox.Store.read_only(location), _signature(path)
    while True:
        try:
            request = connection.recv()
        except EOFError:
            return
        text, accept, format_name, row_limit = request
        try:
            now = _signature(path)
            if store is None or now != seen:  # a build committed since: read the store as it is now
                store, seen = ox.Store.read_only(location), now
            connection.send(("ok", answer_query(store, text, accept, format_name, row_limit, prefixes)))
        except QueryRefused as refused:
            connection.send(("refused", refused.status, refused.message))
        except OSError as error:
            connection.send(("refused", 503, f"cannot read the store: {error}"))


class _Worker:
    def __init__(self, context: Any, location: str, prefixes: dict[str, str]) -> None:
        self.connection, theirs = context.Pipe()
        self.process = context.Process(target=_serve, args=(theirs, location, prefixes), daemon=True)
        self.process.start()
        theirs.close()

    def kill(self) -> None:
        self.process.kill()
        self.connection.close()
        threading.Thread(target=self.process.join, daemon=True).start()  # reap it without waiting here


class QueryWorkers:
    """A pool of query worker processes over one on-disk store (read-only).

    Args:
        location: The store's folder.
        prefixes: Prefixes every query may use without declaring them.
        min_workers: Workers kept waiting for the next query.
        max_workers: Most queries answered at once; a query beyond them waits for one.
    """

    def __init__(
        self,
        location: str | Path,
        *,
        prefixes: dict[str, str] | None = None,
        min_workers: int = 2,
        max_workers: int = 16,
    ) -> None:
        self.location = str(location)
        self.prefixes = dict(prefixes or {})
        self.min_workers = max(1, min_workers)
        self.max_workers = max(self.min_workers, max_workers)
        self._context = multiprocessing.get_context("forkserver")
        self._context.set_forkserver_preload(["pyoxigraph", "kg.query.workers"])
        self._idle: deque[_Worker] = deque()
        self._count = 0
        self._lock = threading.Condition()
        self._closed = False
        for _ in range(self.min_workers):
            self._idle.append(self._start())

    def _start(self) -> _Worker:
        self._count += 1
        return _Worker(self._context, self.location, self.prefixes)

    def _acquire(self, deadline: float) -> _Worker:
        with self._lock:
            while not self._idle and self._count >= self.max_workers:
                if not self._lock.wait(timeout=max(0.0, deadline - time.monotonic())):
                    raise QueryRefused(503, f"all {self.max_workers} query workers are busy; try again shortly")
            if self._closed:
                raise QueryRefused(503, "the endpoint is shutting down")
            worker = self._idle.popleft() if self._idle else self._start()
            if len(self._idle) < self.min_workers and self._count < self.max_workers:
                threading.Thread(target=self._add_spare, daemon=True).start()  # the next query finds one ready
            return worker

    def _add_spare(self) -> None:
        with self._lock:
            if not self._closed and len(self._idle) < self.min_workers and self._count < self.max_workers:
                self._idle.append(self._start())
                self._lock.notify()

    def _release(self, worker: _Worker | None) -> None:
        with self._lock:
            if worker is None:
                self._count -= 1
                if not self._closed and len(self._idle) < self.min_workers:
                    self._idle.append(self._start())
            elif self._closed:
                worker.kill()
            else:
                self._idle.append(worker)
            self._lock.notify()

    def run(
        self, text: str, accept: str | None, format_name: str | None, *, row_limit: int = 10_000, timeout: float = 30.0
    ) -> Answer:
        """Answer one query within ``timeout`` seconds, or kill its worker and refuse it."""
        deadline = time.monotonic() + timeout
        worker = self._acquire(deadline)
        slow = False
        try:
            worker.connection.send((text, accept, format_name, row_limit))
            if not worker.connection.poll(min(_SLOW_AFTER, timeout)):
                # A long query yields the CPU to quick ones (a niced worker is not reused: its
                # priority cannot be raised again).
                slow = True
                with contextlib.suppress(OSError):
                    os.setpriority(os.PRIO_PROCESS, worker.process.pid or 0, _SLOW_NICENESS)
                if not worker.connection.poll(max(0.0, deadline - time.monotonic())):
                    raise TimeoutError
            reply = worker.connection.recv()
        except TimeoutError:
            worker.kill()
            self._release(None)
            raise QueryRefused(400, f"query ran longer than {timeout:g} s; narrow it or add a LIMIT") from None
        except (EOFError, OSError):  # the worker died (out of memory, killed from outside)
            worker.kill()
            self._release(None)
            raise QueryRefused(503, "the query's worker stopped before answering; narrow the query") from None
        if slow:
            worker.kill()
            self._release(None)
        else:
            self._release(worker)
        if reply[0] == "ok":
            answer: Answer = reply[1]
            return answer
        raise QueryRefused(reply[1], reply[2])

    def close(self) -> None:
        """Stop every waiting worker (a busy one stops when its query ends)."""
        with self._lock:
            self._closed = True
            while self._idle:
                self._idle.popleft().kill()
            self._lock.notify_all()
