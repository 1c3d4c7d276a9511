"""The bounded network streams and backends of ``_network``: each connect, read and write held to the attempt's
deadline, and the framing of each HTTP/1 answer counted (see ``_network`` for why)."""

from __future__ import annotations

import ssl
import time
from collections.abc import Iterable
from typing import Any

import httpcore2

from ._deadline import END as _END

__all__ = ["bound_backends"]

# A response head longer than this is not tracked (h11 refuses heads far shorter).
_MAX_HEAD = 64 * 1024
_NO_BODY = (b"204", b"304")


def bound_backends(http: object) -> None:
    """Put the bounded backend under each of ``http``'s own transports (its proxies' included)."""
    transports = (getattr(http, "_transport", None), *getattr(http, "_mounts", {}).values())
    for transport in transports:
        pool = getattr(transport, "_pool", None)
        backend = getattr(pool, "_network_backend", None)
        if isinstance(backend, httpcore2.NetworkBackend) and not isinstance(backend, _Backend):
            pool._network_backend = _Backend(backend)  # type: ignore[union-attr]
        elif isinstance(backend, httpcore2.AsyncNetworkBackend) and not isinstance(backend, _AsyncBackend):
            pool._network_backend = _AsyncBackend(backend)  # type: ignore[union-attr]


def _left(timeout: float | None, expired: type[Exception]) -> float | None:
    """``timeout`` cut to what is left of the deadline; ``expired`` raised when nothing is."""
    end = _END.get()
    if end is None:
        return timeout
    left = end - time.monotonic()
    if left <= 0:
        raise expired("the overall timeout ran out")
    return left if timeout is None or timeout > left else timeout


class _Framing:
    """The bytes read since the request was written: the response heads, then the count of body bytes."""

    def __init__(self) -> None:
        self.head = bytearray()
        self.body = -1  # body bytes after the final head; -1 until it has been read
        self.length = -1  # its Content-Length; -1 when it has none (chunked, or the head untracked)
        self.wrong = False
        self.writing = True

    def wrote(self) -> None:
        if not self.writing:  # the first write after a read starts the next request
            self.head.clear()
            self.body = self.length = -1
            self.writing = True

    def read(self, data: bytes) -> None:
        self.writing = False
        if self.body >= 0:
            self.body += len(data)
        elif len(self.head) < _MAX_HEAD:
            self.head += data
            self._find_head()
        if self.length >= 0 and self.body > self.length:
            self.wrong = True

    def _find_head(self) -> None:
        if not self.head.startswith(b"HTTP/1."[: len(self.head)]):  # HTTP/2 frames: nothing to count here
            self.head.clear()
            self.body, self.length = 0, -1
            return
        start = 0
        while (end := self.head.find(b"\r\n\r\n", start)) >= 0:
            status = bytes(self.head[start + 9 : start + 12])
            if status[:1] != b"1" or status == b"101":  # 1xx heads (100 Continue) come before the answer
                self.body = len(self.head) - end - 4
                self.length = 0 if status in _NO_BODY else _content_length(bytes(self.head[start:end]))
                self.head.clear()
                return
            start = end + 4


def _content_length(head: bytes) -> int:
    """The head's Content-Length, or -1 when the body is framed otherwise (or the header is unreadable)."""
    lowered = head.lower()
    if b"\r\ntransfer-encoding:" in lowered:
        return -1
    found = lowered.find(b"\r\ncontent-length:")
    if found < 0:
        return -1
    value = lowered[found + 17 :].split(b"\r\n", 1)[0].strip()
    return int(value) if value.isdigit() else -1


class _Stream(httpcore2.NetworkStream):
    def __init__(self, inner: httpcore2.NetworkStream) -> None:
        self._inner = inner
        self._framing = _Framing()

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        data = self._inner.read(max_bytes, _left(timeout, httpcore2.ReadTimeout))
        self._framing.read(data)
        return data

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        self._framing.wrote()
        self._inner.write(buffer, _left(timeout, httpcore2.WriteTimeout))

    def close(self) -> None:
        self._inner.close()

    def start_tls(
        self, ssl_context: ssl.SSLContext, server_hostname: str | None = None, timeout: float | None = None
    ) -> httpcore2.NetworkStream:
        tls = self._inner.start_tls(ssl_context, server_hostname, _left(timeout, httpcore2.ConnectTimeout))
        return _Stream(tls)

    def get_extra_info(self, info: str) -> Any:
        # "is_readable" is how httpcore2 asks an idle connection whether it may be reused.
        if info == "is_readable" and self._framing.wrong:
            return True
        return self._inner.get_extra_info(info)


class _AsyncStream(httpcore2.AsyncNetworkStream):
    def __init__(self, inner: httpcore2.AsyncNetworkStream) -> None:
        self._inner = inner
        self._framing = _Framing()

    async def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        data = await self._inner.read(max_bytes, _left(timeout, httpcore2.ReadTimeout))
        self._framing.read(data)
        return data

    async def write(self, buffer: bytes, timeout: float | None = None) -> None:
        self._framing.wrote()
        await self._inner.write(buffer, _left(timeout, httpcore2.WriteTimeout))

    async def aclose(self) -> None:
        await self._inner.aclose()

    async def start_tls(
        self, ssl_context: ssl.SSLContext, server_hostname: str | None = None, timeout: float | None = None
    ) -> httpcore2.AsyncNetworkStream:
        tls = await self._inner.start_tls(ssl_context, server_hostname, _left(timeout, httpcore2.ConnectTimeout))
        return _AsyncStream(tls)

    def get_extra_info(self, info: str) -> Any:
        if info == "is_readable" and self._framing.wrong:
            return True
        return self._inner.get_extra_info(info)


class _Backend(httpcore2.NetworkBackend):
    def __init__(self, inner: httpcore2.NetworkBackend) -> None:
        self._inner = inner

    def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Iterable[Any] | None = None,
    ) -> httpcore2.NetworkStream:
        bounded = _left(timeout, httpcore2.ConnectTimeout)
        return _Stream(self._inner.connect_tcp(host, port, bounded, local_address, socket_options))

    def connect_unix_socket(
        self, path: str, timeout: float | None = None, socket_options: Iterable[Any] | None = None
    ) -> httpcore2.NetworkStream:
        bounded = _left(timeout, httpcore2.ConnectTimeout)
        return _Stream(self._inner.connect_unix_socket(path, bounded, socket_options))

    def sleep(self, seconds: float) -> None:
        self._inner.sleep(seconds)


class _AsyncBackend(httpcore2.AsyncNetworkBackend):
    def __init__(self, inner: httpcore2.AsyncNetworkBackend) -> None:
        self._inner = inner

    async def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Iterable[Any] | None = None,
    ) -> httpcore2.AsyncNetworkStream:
        bounded = _left(timeout, httpcore2.ConnectTimeout)
        return _AsyncStream(await self._inner.connect_tcp(host, port, bounded, local_address, socket_options))

    async def connect_unix_socket(
        self, path: str, timeout: float | None = None, socket_options: Iterable[Any] | None = None
    ) -> httpcore2.AsyncNetworkStream:
        bounded = _left(timeout, httpcore2.ConnectTimeout)
        return _AsyncStream(await self._inner.connect_unix_socket(path, bounded, socket_options))

    async def sleep(self, seconds: float) -> None:
        await self._inner.sleep(seconds)
