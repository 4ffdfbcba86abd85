"""The endpoint's front door: checks made on every request before anything is parsed.

* **Host allow-list.** Only requests whose ``Host`` header names an allowed host are served
  (loopback names by default), so a web page that rebinds its DNS name to 127.0.0.1 cannot
  read a store served on this machine.
* **Size limits.** A request body over ``max_bytes`` is refused with 413 as soon as its
  ``Content-Length`` says so, or as soon as that many bytes have arrived when it says nothing:
  a body is never held whole beyond the limit. A query string over the limit gets 414.
* **Valid text.** A query string or body that is not UTF-8 gets 400, not an error deep inside.

Example:
    >>> allowed_host("localhost:7878", {"localhost"}), allowed_host("evil.example", {"localhost"})
    (True, False)
    >>> allowed_host("[::1]:7878", {"::1"})
    True
"""

from __future__ import annotations

import json
from collections.abc import Awaitable, Callable, Iterable, MutableMapping
from typing import Any
from urllib.parse import unquote_to_bytes, urlsplit

__all__ = ["DEFAULT_MAX_REQUEST_BYTES", "LOOPBACK_HOSTS", "RequestGuard", "allowed_host"]

DEFAULT_MAX_REQUEST_BYTES = 1_000_000
LOOPBACK_HOSTS = frozenset({"localhost", "127.0.0.1", "::1"})

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
App = Callable[[Scope, Receive, Send], Awaitable[None]]


def allowed_host(header: str, allowed: Iterable[str]) -> bool:
    """Whether a ``Host`` header (name or address, with or without a port) is among ``allowed``."""
    try:
        name = urlsplit("//" + header.strip()).hostname
    except ValueError:
        return False
    return name is not None and name.lower() in {host.lower().strip("[]") for host in allowed}


def _is_utf8(data: bytes) -> bool:
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


class RequestGuard:
    """ASGI middleware that applies the checks above, then hands the request to ``app``."""

    def __init__(
        self, app: App, *, allowed_hosts: Iterable[str] = LOOPBACK_HOSTS, max_bytes: int = DEFAULT_MAX_REQUEST_BYTES
    ):
        self.app = app
        self.allowed_hosts = frozenset(allowed_hosts)
        self.max_bytes = max_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        headers = {k.decode("latin-1").lower(): v.decode("latin-1") for k, v in scope.get("headers", [])}
        if not allowed_host(headers.get("host", ""), self.allowed_hosts):
            hint = "serve it with kg serve --allow-host NAME to allow it"
            await _refuse(send, 403, f"host {headers.get('host', '(none)')!r} is not allowed here; {hint}")
            return
        query_string: bytes = scope.get("query_string", b"")
        if len(query_string) > self.max_bytes:
            await _refuse(send, 414, f"query string over {self.max_bytes:,} bytes; send the query in a POST body")
            return
        if not _is_utf8(unquote_to_bytes(query_string)):
            await _refuse(send, 400, "the query string is not valid UTF-8")
            return
        declared = headers.get("content-length", "")
        if declared.isdigit() and int(declared) > self.max_bytes:
            await _refuse(send, 413, f"request body of {int(declared):,} bytes, over the {self.max_bytes:,} limit")
            return
        if scope.get("method") in {"POST", "PUT", "PATCH"}:
            body = await self._body(receive)
            if body is None:
                await _refuse(send, 413, f"request body over the {self.max_bytes:,} limit")
                return
            if not _is_utf8(body) or not _is_utf8(unquote_to_bytes(body)):
                await _refuse(send, 400, "the request body is not valid UTF-8")
                return
            receive = _replay(body, receive)
        await self.app(scope, receive, send)

    async def _body(self, receive: Receive) -> bytes | None:
        """The whole body, or None as soon as it passes the limit."""
        parts: list[bytes] = []
        size = 0
        while True:
            message = await receive()
            if message["type"] != "http.request":
                return b"".join(parts)
            chunk = message.get("body", b"")
            size += len(chunk)
            if size > self.max_bytes:
                return None
            parts.append(chunk)
            if not message.get("more_body", False):
                return b"".join(parts)


def _replay(body: bytes, receive: Receive) -> Receive:
    """A ``receive`` that hands the app the body already read, then listens as before."""
    sent = False

    async def replayed() -> Message:
        nonlocal sent
        if not sent:
            sent = True
            return {"type": "http.request", "body": body, "more_body": False}
        return await receive()

    return replayed


async def _refuse(send: Send, status: int, message: str) -> None:
    payload = json.dumps({"error": message}).encode("utf-8")
    headers = [(b"content-type", b"application/json"), (b"content-length", str(len(payload)).encode())]
    await send({"type": "http.response.start", "status": status, "headers": headers})
    await send({"type": "http.response.body", "body": payload})
