"""A client across processes: a forked child gets its own connection pool (the parent's is untouched), and a
client pickles (its settings; the pool is rebuilt on first use)."""

from __future__ import annotations

import json
import os
import pickle

import pytest

from mixroute_client import AuthenticatedClient, Mixroute
from mixroute_client.api.chat import create_chat_completion

from .conftest import API_KEY, chat_request, completion
from .loopback import HEAD_END, LoopbackServer, http_response, keep_alive, loopback


def echo(request: bytes) -> bytes:
    """The completion whose content is the request's first message: each caller can tell its own answer."""
    body = json.loads(request.partition(HEAD_END)[2])
    content = body["messages"][0]["content"]
    return http_response(200, json.dumps(completion(content)).encode(), "Content-Type: application/json")


def client_for(server: LoopbackServer, **settings: object) -> AuthenticatedClient:
    return AuthenticatedClient(base_url=server.url, token=API_KEY, max_retries=0, **settings)  # type: ignore[arg-type]


def said(client: AuthenticatedClient, text: str) -> str | None:
    body = chat_request(messages=[{"role": "user", "content": text}])
    return create_chat_completion.sync(client=client, body=body).choices[0].message.content


@pytest.mark.skipif(not hasattr(os, "fork"), reason="no fork on this platform")
# The loopback server is a thread of this process, so Python 3.12+ warns that the fork may deadlock: the child only
# uses the client it inherited and a socket of its own, never a lock the server thread could be holding.
@pytest.mark.filterwarnings("ignore:This process .* is multi-threaded:DeprecationWarning")
def test_a_forked_child_gets_its_own_pool_and_the_parent_keeps_its_own() -> None:
    with loopback(keep_alive(echo)) as server:
        client = client_for(server)
        assert said(client, "parent") == "parent"  # the pool now holds one idle connection
        child = os.fork()
        if child == 0:  # pragma: no cover (runs in the child, which reports by its exit status only)
            try:
                os._exit(0 if said(client, "child") == "child" else 1)
            except BaseException:
                os._exit(2)
        again = said(client, "parent again")
        _, status = os.waitpid(child, 0)
        client.close()
    assert os.waitstatus_to_exitcode(status) == 0
    assert again == "parent again"
    # The child opened a connection of its own; the parent went on with the one it had.
    assert server.accepted == 2


def test_a_client_pickles_its_settings_and_builds_a_new_pool() -> None:
    with loopback(keep_alive(echo)) as server:
        client = client_for(server, stream_idle_timeout=30.0, headers={"X-Trace": "1"})
        assert said(client, "before") == "before"
        copy = pickle.loads(pickle.dumps(client))
        assert (copy.max_retries, copy.stream_idle_timeout, copy.token) == (0, 30.0, API_KEY)
        assert said(copy, "after") == "after"
        client.close()
        copy.close()
    assert server.accepted == 2


def test_a_mixroute_client_pickles() -> None:
    client = Mixroute(api_key=API_KEY, base_url="https://api.test", max_retries=3)
    copy = pickle.loads(pickle.dumps(client))
    assert copy.api_client.max_retries == 3
    assert API_KEY not in repr(copy.api_client)
