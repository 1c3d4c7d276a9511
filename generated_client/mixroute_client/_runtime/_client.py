"""The clients every API function takes: settings, the credential, and the httpx2 clients built from them.

The generated ``mixroute_client.client`` re-exports them; what they need of the spec (the path prefix, the
default base URL) is what the generated package registered (``_facts``).
"""

from __future__ import annotations

import os
import ssl
import threading
import weakref
from typing import Any

import httpx2
from attrs import define, evolve, field

from . import _network
from ._compat import Self
from ._config import (
    DEFAULT_MAX_EVENT_BYTES,
    DEFAULT_MAX_REPLY_BYTES,
    DEFAULT_STREAM_IDLE_TIMEOUT,
    DEFAULT_TIMEOUT,
    Limits,
    base_url_without_prefix,
    checked_timeout,
    settings_from_env,
)
from ._credentials import Credential, check_header, check_url, credential_for
from ._exceptions import UsageError
from ._facts import spec_facts
from ._public import shown_from_package
from ._retry import DEFAULT_MAX_RETRIES, RetryPolicy

__all__ = ["AuthenticatedClient", "Client"]


# The pickled state is written below (settings only), for this class and its subclass alike.
@define(getstate_setstate=False)
class Client:
    """Settings of the API and the httpx2 clients built from them.

    The following are accepted as keyword arguments and will be used to construct httpx2 Clients internally:

        ``base_url``: The base URL for the API, all requests are made to a relative path to this URL

        ``cookies``: A dictionary of cookies to be sent with every request

        ``headers``: A dictionary of headers to be sent with every request

        ``timeout``: A number bounds each whole non-streamed attempt (connect, send, wait, the complete body);
        an ``httpx2.Timeout`` keeps httpx2's per-phase meaning (default: 5 s to connect, 600 s for each other
        phase, ``read`` being per read); streams are always bounded per phase. API functions raise
        ``APITimeoutError`` naming the limit. Each API function also takes ``timeout=`` for one call.

        ``verify_ssl``: Whether or not to verify the SSL certificate of the API server. This should be True in
        production, but can be set to False for testing purposes.

        ``follow_redirects``: Whether or not to follow redirects (default False). A redirect to another host
        (or scheme or port) never carries the credential header, whatever its name.

        ``httpx_args``: A dictionary of additional arguments to be passed to the ``httpx2.Client`` and
        ``httpx2.AsyncClient`` constructor.

    One client may be shared by any number of threads and tasks: the httpx2 clients are built once, under a
    lock, and ``close()`` / ``aclose()`` close them. A header that HTTP cannot carry raises ``UsageError``
    here, at construction, naming the character.

    Attributes:
        raise_on_unexpected_status: Whether ``*_detailed()`` raises ``UnexpectedStatus`` for a status code the
            OpenAPI document does not list.
        strict: Whether a 2xx body or stream chunk that deviates from the spec in any way raises
            ``APIResponseValidationError`` naming its JSON path (for contract tests; needs the ``strict`` extra).
            The default reads tolerantly: what does not fit is stood in for and kept (see ``_wire``).
        max_retries: How many times a failed request is retried (default 2); API functions take
            ``max_retries=`` for one call.
        retry_policy: The waits between retries, and the sleep and clock they use.
        max_reply_bytes: The largest body read, decoded (default 256 MiB): a larger one raises
            ``ResponseTooLargeError`` as soon as it passes the limit, so a decompression bomb costs no more.
        max_event_bytes: The largest stream event, in decoded characters (default 128 MiB).
        stream_idle_timeout: The longest a stream may go without a data event, comments and keep-alives not
            counting (default 900 s; None: no limit); then ``StreamTimeoutError`` with ``limit="events"``.
    """

    raise_on_unexpected_status: bool = field(default=False, kw_only=True)
    strict: bool = field(default=False, kw_only=True)
    max_retries: int = field(default=DEFAULT_MAX_RETRIES, kw_only=True)
    retry_policy: RetryPolicy = field(factory=RetryPolicy, kw_only=True)
    max_reply_bytes: int = field(default=DEFAULT_MAX_REPLY_BYTES, kw_only=True)
    max_event_bytes: int = field(default=DEFAULT_MAX_EVENT_BYTES, kw_only=True)
    stream_idle_timeout: float | None = field(default=DEFAULT_STREAM_IDLE_TIMEOUT, kw_only=True)
    _base_url: str = field(alias="base_url")
    _cookies: dict[str, str] = field(factory=dict, kw_only=True, alias="cookies")
    _headers: dict[str, str] = field(factory=dict, kw_only=True, alias="headers")
    _timeout: httpx2.Timeout | float | None = field(default=DEFAULT_TIMEOUT, kw_only=True, alias="timeout")
    _verify_ssl: str | bool | ssl.SSLContext = field(default=True, kw_only=True, alias="verify_ssl")
    _follow_redirects: bool = field(default=False, kw_only=True, alias="follow_redirects")
    _httpx_args: dict[str, Any] = field(factory=dict, kw_only=True, alias="httpx_args")
    _client: httpx2.Client | None = field(default=None, init=False, repr=False)
    _async_client: httpx2.AsyncClient | None = field(default=None, init=False, repr=False)
    _lock: threading.Lock = field(factory=threading.Lock, init=False, repr=False)
    # The httpx2 clients the caller set (``set_httpx_client``): never dropped in a forked child.
    _given: list[httpx2.Client | httpx2.AsyncClient] = field(factory=list, init=False, repr=False)
    # Set by the OpenAI-style clients' close(): then no call opens a new pool behind the user's back, as the SDK
    # refuses too (this class alone keeps httpx2's "a fresh pool on the next use").
    _sealed: bool = field(default=False, init=False, repr=False)

    def __attrs_post_init__(self) -> None:
        _CLIENTS[id(self)] = self
        check_url(self._base_url)
        checked_timeout(self._timeout, "timeout")
        checked_timeout(self.stream_idle_timeout, "stream_idle_timeout")
        _check_sizes(max_reply_bytes=self.max_reply_bytes, max_event_bytes=self.max_event_bytes)
        # Every path of the spec starts with this: a base URL written with it (as OpenAI users do) loses it.
        self._base_url = base_url_without_prefix(self._base_url, spec_facts().path_prefix)
        _check_headers(self._headers)
        self._credential()  # checks the key, prefix and header name

    def __getstate__(self) -> dict[str, Any]:
        """The settings only: the connection pools and their lock are rebuilt on first use after unpickling."""
        return {
            name: getattr(self, name)
            for name in _field_names(type(self))
            if name not in {"_client", "_async_client", "_lock", "_given"}
        }

    def __setstate__(self, state: dict[str, Any]) -> None:
        """Settings as pickled; pools are built from them on first use (an ``httpx2`` client that was set
        with ``set_httpx_client`` is not pickled: its place is taken by one built from the settings)."""
        for name, value in state.items():
            object.__setattr__(self, name, value)
        self._given = []
        self._client = self._async_client = None
        self._forget_pools()
        _CLIENTS[id(self)] = self

    def _forget_pools(self) -> None:
        """Start without connection pools (after unpickling, or in a forked child), never closing any: in a
        child they are the parent's connections too, and whatever the child sent on them would reach the
        parent's answers. A pool the caller set (``set_httpx_client``) is theirs to replace in a child."""
        self._lock = threading.Lock()  # another thread may have held the parent's at the fork
        if not any(given is self._client for given in self._given):
            self._client = None
        if not any(given is self._async_client for given in self._given):
            self._async_client = None

    @property
    def limits(self) -> Limits:
        """The limits on what an answer may cost (``max_reply_bytes``, ...), as the sending code reads them."""
        return Limits(self.max_reply_bytes, self.max_event_bytes, self.stream_idle_timeout)

    @property
    def timeout(self) -> httpx2.Timeout | float | None:
        """The client's timeout: a number bounds each whole attempt, an ``httpx2.Timeout`` each phase."""
        return self._timeout

    def with_headers(self, headers: dict[str, str]) -> Self:
        """Get a new client matching this one with additional headers"""
        _check_headers(headers)
        if self._client is not None:
            self._client.headers.update(headers)
        if self._async_client is not None:
            self._async_client.headers.update(headers)
        return evolve(self, headers={**self._headers, **headers})

    def with_cookies(self, cookies: dict[str, str]) -> Self:
        """Get a new client matching this one with additional cookies"""
        if self._client is not None:
            self._client.cookies.update(cookies)
        if self._async_client is not None:
            self._async_client.cookies.update(cookies)
        return evolve(self, cookies={**self._cookies, **cookies})

    def with_timeout(self, timeout: httpx2.Timeout | float | None) -> Self:
        """Get a new client matching this one with a new timeout configuration"""
        checked_timeout(timeout, "timeout")
        if self._client is not None:
            self._client.timeout = httpx2.Timeout(timeout)
        if self._async_client is not None:
            self._async_client.timeout = httpx2.Timeout(timeout)
        return evolve(self, timeout=timeout)

    def _credential(self) -> Credential | None:
        return None

    def _httpx_options(self, *, asynchronous: bool) -> dict[str, Any]:
        options: dict[str, Any] = {
            "base_url": self._base_url,
            "cookies": self._cookies,
            "headers": dict(self._headers),
            "timeout": self._timeout,
            "verify": self._verify_ssl,
            "follow_redirects": self._follow_redirects,
            **self._httpx_args,
        }
        credential = self._credential()
        if credential is not None:
            # Straight into the httpx2 client, never into ``_headers``, so repr() cannot show it.
            options["headers"] = {**options["headers"], credential.header: credential.secrets[0]}
            options["event_hooks"] = credential.event_hooks(options, asynchronous=asynchronous)
        return options

    def set_httpx_client(self, client: httpx2.Client) -> Self:
        """Manually set the underlying httpx2.Client

        **NOTE**: This will override any other settings on the client, including cookies, headers, and timeout.
        """
        self._client = _network.wrapped(client)
        self._given.append(client)
        return self

    def get_httpx_client(self) -> httpx2.Client:
        """Get the underlying httpx2.Client, constructing a new one if not previously set"""
        if self._client is None:
            self._refuse_if_sealed()
            with self._lock:  # threads racing on first use must share one connection pool
                if self._client is None:
                    self._client = _network.wrapped(httpx2.Client(**self._httpx_options(asynchronous=False)))
        return self._client

    def seal(self) -> None:
        """Refuse every later call with a ``UsageError`` instead of building a new pool (``Mixroute.close()``)."""
        self._sealed = True

    def _refuse_if_sealed(self) -> None:
        if self._sealed:
            raise UsageError("This client was closed (close() was called, or its `with` block ended): make a new one.")

    def close(self) -> None:
        """Close the sync connection pool (if one was built); the client builds a fresh one if used again."""
        with self._lock:
            client, self._client = self._client, None
        if client is not None:
            client.close()

    async def aclose(self) -> None:
        """Close the async connection pool (if one was built)."""
        with self._lock:
            client, self._async_client = self._async_client, None
        if client is not None:
            await client.aclose()

    def __enter__(self) -> Self:
        """Enter a context manager for self.client—you cannot enter twice (see httpx2 docs)"""
        self.get_httpx_client().__enter__()
        return self

    def __exit__(self, *args: Any, **kwargs: Any) -> None:
        """Exit a context manager for internal httpx2.Client (see httpx2 docs)"""
        self.get_httpx_client().__exit__(*args, **kwargs)

    def set_async_httpx_client(self, async_client: httpx2.AsyncClient) -> Self:
        """Manually set the underlying httpx2.AsyncClient

        **NOTE**: This will override any other settings on the client, including cookies, headers, and timeout.
        """
        self._async_client = _network.wrapped(async_client)
        self._given.append(async_client)
        return self

    def get_async_httpx_client(self) -> httpx2.AsyncClient:
        """Get the underlying httpx2.AsyncClient, constructing a new one if not previously set"""
        if self._async_client is None:
            self._refuse_if_sealed()
            with self._lock:  # event loops in several threads may race on first use
                if self._async_client is None:
                    self._async_client = _network.wrapped(httpx2.AsyncClient(**self._httpx_options(asynchronous=True)))
        return self._async_client

    async def __aenter__(self) -> Self:
        """Enter a context manager for underlying httpx2.AsyncClient—you cannot enter twice (see httpx2 docs)"""
        await self.get_async_httpx_client().__aenter__()
        return self

    async def __aexit__(self, *args: Any, **kwargs: Any) -> None:
        """Exit a context manager for underlying httpx2.AsyncClient (see httpx2 docs)"""
        await self.get_async_httpx_client().__aexit__(*args, **kwargs)


@define(getstate_setstate=False)
class AuthenticatedClient(Client):
    """A Client which has been authenticated for use on secured endpoints.

    ``AuthenticatedClient.from_env()`` reads the key from MIXROUTE_API_KEY and the base URL from
    MIXROUTE_BASE_URL (default https://console.mixroute.io). The token is never shown by repr() or str().

    Attributes:
        token: The token to use for authentication
        prefix: The prefix to use for the Authorization header
        auth_header_name: The name of the Authorization header
    """

    token: str = field(repr=False)
    prefix: str = "Bearer"
    auth_header_name: str = "Authorization"

    @classmethod
    def from_env(cls, *, api_key: str | None = None, base_url: str | None = None, **kwargs: Any) -> Self:
        """A client for MIXROUTE_API_KEY at MIXROUTE_BASE_URL; arguments given here win over the environment.

        Raises ``UsageError`` when there is no key.
        """
        token, url = settings_from_env(api_key, base_url)
        return cls(base_url=url, token=token, **kwargs)

    def _credential(self) -> Credential:
        return credential_for(self._base_url, self.auth_header_name, self.prefix, self.token)


def _check_headers(headers: dict[str, str]) -> None:
    for name, value in headers.items():
        check_header(name, "A header name", value=False)
        check_header(value, f"The value of header {name}")


def _check_sizes(**sizes: int) -> None:
    for name, size in sizes.items():
        if isinstance(size, bool) or not isinstance(size, int) or size <= 0:
            raise UsageError(f"{name} must be a positive whole number of bytes.")


def _field_names(cls: type) -> list[str]:
    import attrs  # noqa: PLC0415  (attrs is imported already; named here only for its fields())

    return [field.name for field in attrs.fields(cls)]


# Every client of the process, so that a forked child can drop the pools it inherited (os.register_at_fork).
# Keyed by id: the clients compare by value, so they cannot be hashed.
_CLIENTS: weakref.WeakValueDictionary[int, Client] = weakref.WeakValueDictionary()


def _after_fork_in_child() -> None:
    for client in list(_CLIENTS.values()):
        client._forget_pools()


if hasattr(os, "register_at_fork"):  # not on Windows, which has no fork
    os.register_at_fork(after_in_child=_after_fork_in_child)


shown_from_package(globals(), __all__)
