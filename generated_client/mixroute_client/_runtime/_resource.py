"""The hand-written base of the OpenAI-style client: construction, closing and the per-call options.

``resources.py`` is generated from the spec and lists only what varies with it: one resource class per
path, one method per operation, the keyword arguments of each. Every method hands its arguments to
``_operation.call`` with the endpoint module's ``OPERATION``, as the module functions do: the two call styles
are one implementation.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import TracebackType
from typing import Any, Generic, TypeVar

import httpx2

from ._client import AuthenticatedClient
from ._compat import Self, TypedDict, Unpack
from ._config import DEFAULT_MAX_EVENT_BYTES, DEFAULT_MAX_REPLY_BYTES, DEFAULT_STREAM_IDLE_TIMEOUT, DEFAULT_TIMEOUT
from ._exceptions import UsageError
from ._request import TimeoutArg
from ._retry import DEFAULT_MAX_RETRIES

__all__ = ["APIResource", "AsyncClientBase", "SyncClientBase"]

HttpT = TypeVar("HttpT", httpx2.Client, httpx2.AsyncClient)
SyncClientT = TypeVar("SyncClientT", bound="SyncClientBase")
AsyncClientT = TypeVar("AsyncClientT", bound="AsyncClientBase")


class APIResource:
    """A resource (``client.chat.completions``): its methods send through the client it was built with."""

    __slots__ = ("_client",)

    def __init__(self, client: AuthenticatedClient) -> None:
        self._client = client


class ClientOptions(TypedDict, total=False):
    """What ``with_options()`` / ``copy()`` may change: the constructor's keyword arguments."""

    api_key: str
    base_url: str
    timeout: TimeoutArg
    max_retries: int
    http_client: Any
    default_headers: Mapping[str, str]
    strict: bool
    max_reply_bytes: int
    max_event_bytes: int
    stream_idle_timeout: float | None


class _ClientBase(Generic[HttpT]):
    """What ``Mixroute`` and ``AsyncMixroute`` share: the settings, and the client underneath.

    The key and base URL come from the arguments, else ``MIXROUTE_API_KEY`` / ``MIXROUTE_BASE_URL``
    (``UsageError`` when there is no key; the key is never shown). ``http_client`` is an httpx2 client of the
    caller's (transport, proxies, limits) to which the base URL, the key and the defaults are applied; its own
    event hooks run after the one that attaches the credential. ``api_client`` is the ``AuthenticatedClient``
    underneath, which the module functions (``create_chat_completion.sync(client=...)``) take as well.
    ``max_reply_bytes``, ``max_event_bytes`` and ``stream_idle_timeout`` bound what an answer may cost (see
    ``Client``).

    ``with_options(**changes)`` (and its alias ``copy``) is a client with some settings changed that shares this
    one's connection pool, as in the OpenAI SDK; closing a copy closes nothing but the copy. Once closed, a
    client refuses every call with a ``UsageError`` instead of opening a new pool.
    """

    _http_type: type[HttpT]
    # A copy made by with_options() borrows the pool of the client it was made from: closing it must not close it.
    _borrowed = False

    def __init__(
        self,
        *,
        api_key: str | None = None,
        base_url: str | None = None,
        timeout: TimeoutArg = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        http_client: HttpT | None = None,
        default_headers: Mapping[str, str] | None = None,
        strict: bool = False,
        max_reply_bytes: int = DEFAULT_MAX_REPLY_BYTES,
        max_event_bytes: int = DEFAULT_MAX_EVENT_BYTES,
        stream_idle_timeout: float | None = DEFAULT_STREAM_IDLE_TIMEOUT,
    ) -> None:
        self._client = AuthenticatedClient.from_env(
            api_key=api_key,
            base_url=base_url,
            timeout=timeout,
            max_retries=max_retries,
            headers=dict(default_headers or {}),
            strict=strict,
            max_reply_bytes=max_reply_bytes,
            max_event_bytes=max_event_bytes,
            stream_idle_timeout=stream_idle_timeout,
            httpx_args={"event_hooks": dict(http_client.event_hooks)} if http_client is not None else {},
        )
        if http_client is not None:
            self._adopt(_checked_http_client(http_client, self._http_type))

    def _adopt(self, http: HttpT) -> None:
        asynchronous = isinstance(http, httpx2.AsyncClient)
        options = self._client._httpx_options(asynchronous=asynchronous)
        http.base_url = options["base_url"]
        http.headers.update(options["headers"])
        http.timeout = options["timeout"]
        http.event_hooks = options["event_hooks"]
        if isinstance(http, httpx2.AsyncClient):
            self._client.set_async_httpx_client(http)
        else:
            self._client.set_httpx_client(http)

    @property
    def api_client(self) -> AuthenticatedClient:
        return self._client

    @property
    def api_key(self) -> str:
        return self._client.token

    @property
    def base_url(self) -> httpx2.URL:
        return httpx2.URL(self._client._base_url)

    @property
    def timeout(self) -> TimeoutArg:
        return self._client.timeout

    @property
    def max_retries(self) -> int:
        return self._client.max_retries

    def with_options(self, **changes: Unpack[ClientOptions]) -> Self:
        """A client with ``changes`` applied to these settings, on this client's connection pool unless
        ``http_client`` is one of the changes."""
        settings: dict[str, Any] = {**self._settings(), **changes}
        borrowed = "http_client" not in changes
        if borrowed:
            # httpx2 has no public way to share a pool: a client of the same transport is how it is done.
            settings["http_client"] = self._http_type(transport=self._own_http()._transport)
        copy = type(self)(**settings)
        copy._borrowed = borrowed
        return copy

    copy = with_options

    def _settings(self) -> ClientOptions:
        """The constructor's arguments that give this client's settings, read from the client underneath."""
        client = self._client
        return {
            "api_key": client.token,
            "base_url": client._base_url,
            "timeout": client.timeout,
            "max_retries": client.max_retries,
            "default_headers": dict(client._headers),
            "strict": client.strict,
            "max_reply_bytes": client.max_reply_bytes,
            "max_event_bytes": client.max_event_bytes,
            "stream_idle_timeout": client.stream_idle_timeout,
        }

    def _own_http(self) -> HttpT:
        raise NotImplementedError


class SyncClientBase(_ClientBase[httpx2.Client]):
    """``Mixroute(...)``: the settings of ``_ClientBase``; ``http_client`` is an ``httpx2.Client``."""

    _http_type = httpx2.Client

    def _own_http(self) -> httpx2.Client:
        return self._client.get_httpx_client()

    def close(self) -> None:
        """Close the connection pool (a copy's leaves the pool to the client it was made from); every later call
        raises ``UsageError``."""
        if not self._borrowed:
            self._client.close()
        self._client.seal()

    def __enter__(self: SyncClientT) -> SyncClientT:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()


class AsyncClientBase(_ClientBase[httpx2.AsyncClient]):
    """``AsyncMixroute(...)``: the async twin of ``Mixroute``; ``http_client`` is an ``httpx2.AsyncClient``."""

    _http_type = httpx2.AsyncClient

    def _own_http(self) -> httpx2.AsyncClient:
        return self._client.get_async_httpx_client()

    async def close(self) -> None:
        """The async twin of ``Mixroute.close()``."""
        if not self._borrowed:
            await self._client.aclose()
        self._client.seal()

    async def __aenter__(self: AsyncClientT) -> AsyncClientT:
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self.close()


def _checked_http_client(http_client: object, expected: type[HttpT]) -> HttpT:
    """``http_client`` if it is what this client drives; a ``UsageError`` saying what to pass otherwise.

    An ``httpx.Client`` is the usual mistake: httpx2 is httpx's maintained fork with the same constructor, so the
    fix is the import, and the message says so rather than failing later inside the transport.
    """
    if isinstance(http_client, expected):
        return http_client
    wanted = f"{expected.__module__.split('.')[0]}.{expected.__name__}"
    given = f"{type(http_client).__module__.split('.')[0]}.{type(http_client).__qualname__}"
    hint = " (the client runs on httpx2, httpx's maintained fork: `import httpx2` and build the same client)"
    raise UsageError(f"http_client must be an {wanted}, got an {given}" + (hint if given.startswith("httpx.") else ""))
