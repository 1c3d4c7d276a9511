"""Adding an operation to the spec changes no hand-written file: a copy of openapi/mixroute.yaml with a
``GET /v1/things/{thing_id}`` (query and header parameters) and a ``POST /v1/things`` (a JSON body) renders into
endpoint modules that are an ``OPERATION`` descriptor and typed shells over the runtime's ``_operation`` entry,
and both call styles of the new operations work against an in-memory transport."""

from __future__ import annotations

import ast
import os
import subprocess
import sys
import textwrap
from pathlib import Path
from typing import Any

import pytest
import yaml

from generator.generate import (
    BANNER,
    DEFAULT_OUTPUT,
    HAND_WRITTEN_NAMES,
    PACKAGE,
    RENDER_CACHE,
    add_hand_written,
    render,
    tree_files,
)
from tests.spec import spec_document


def with_things() -> dict[str, Any]:
    spec = spec_document()
    spec["components"]["schemas"]["Thing"] = {
        "type": "object",
        "required": ["id", "size"],
        "properties": {"id": {"type": "string"}, "size": {"type": "integer"}, "label": {"type": "string"}},
    }
    spec["components"]["schemas"]["NewThing"] = {
        "type": "object",
        "required": ["size"],
        "properties": {"size": {"type": "integer"}, "label": {"type": "string"}},
    }
    thing = {"application/json": {"schema": {"$ref": "#/components/schemas/Thing"}}}
    errors = {"404": {"$ref": "#/components/responses/NotFound"}}
    parameters = [
        {"name": "thing_id", "in": "path", "required": True, "schema": {"type": "string"}},
        {"name": "verbose", "in": "query", "required": False, "schema": {"type": "boolean"}},
        {"name": "X-Trace-Tag", "in": "header", "required": False, "schema": {"type": "string"}},
    ]
    common = {"tags": ["things"], "security": [{"bearerAuth": []}]}
    spec["paths"]["/v1/things/{thing_id}"] = {
        "get": {
            **common,
            "operationId": "getThing",
            "summary": "Get a thing",
            "parameters": parameters,
            "responses": {"200": {"description": "The thing", "content": thing}, **errors},
        }
    }
    body = {"required": True, "content": {"application/json": {"schema": {"$ref": "#/components/schemas/NewThing"}}}}
    spec["paths"]["/v1/things"] = {
        "post": {
            **common,
            "operationId": "createThing",
            "summary": "Make a thing",
            "requestBody": body,
            "responses": {"200": {"description": "The new thing", "content": thing}},
        }
    }
    return spec


@pytest.fixture(scope="module")
def rendered(tmp_path_factory: pytest.TempPathFactory) -> Path:
    if "NotFound" not in spec_document()["components"].get("responses", {}):
        pytest.fail("the spec no longer has a NotFound response to reuse")
    root = tmp_path_factory.mktemp("things")
    spec = root / "mixroute.yaml"
    spec.write_text(yaml.safe_dump(with_things(), sort_keys=False), encoding="utf-8")
    render(spec, root / "generated_client", cache=RENDER_CACHE)
    add_hand_written(root / "generated_client" / PACKAGE)
    return root / "generated_client"


def test_every_file_the_new_operations_change_is_a_generated_one(rendered: Path) -> None:
    before, after = tree_files(DEFAULT_OUTPUT), tree_files(rendered)
    changed = sorted(path for path, content in after.items() if before.get(path) != content)
    assert f"{PACKAGE}/api/things/get_thing.py" in changed
    assert f"{PACKAGE}/api/things/create_thing.py" in changed
    banner = BANNER.format(spec="mixroute.yaml").encode()
    for path in changed:
        assert not set(path.split("/")[1:2]).intersection(HAND_WRITTEN_NAMES), path
        # Every changed Python file is stamped as generated; the rest is package data rendered from the spec.
        if path.endswith(".py"):
            assert banner in after[path].splitlines()[0], path
        else:
            assert path.endswith(("_spec.json", "README.md", "pyproject.toml")), path


def test_a_new_endpoint_module_is_a_descriptor_and_shells_that_only_hand_over(rendered: Path) -> None:
    for name in ("get_thing", "create_thing"):
        tree = ast.parse((rendered / PACKAGE / "api" / "things" / f"{name}.py").read_text(encoding="utf-8"))
        statements = [node for node in tree.body if not isinstance(node, ast.Import | ast.ImportFrom)]
        descriptor, *functions = statements
        assert isinstance(descriptor, ast.AnnAssign)
        assert ast.unparse(descriptor.target) == "OPERATION"
        for function in functions:
            assert isinstance(function, ast.FunctionDef | ast.AsyncFunctionDef), ast.dump(function)
            docstring, handing_over = function.body
            assert isinstance(docstring, ast.Expr)
            assert isinstance(handing_over, ast.Return)
            called = handing_over.value.value if isinstance(handing_over.value, ast.Await) else handing_over.value
            assert isinstance(called, ast.Call), function.name
            assert ast.unparse(called.func).startswith("_operation."), function.name


# Runs in the rendered package: both call styles of both new operations, sync and async, send what the spec says
# and read the replies into the new models; an error status documented by the spec is read by *_detailed().
CALLS = textwrap.dedent(
    """
    import asyncio
    import json

    import httpx2
    from mixroute_client import AsyncMixroute, AuthenticatedClient, Mixroute, NotFoundError
    from mixroute_client.api.things import create_thing, get_thing
    from mixroute_client.models import ErrorResponse, NewThing, Thing

    sent = []

    def answer(request):
        sent.append(request)
        if request.url.path.endswith("/missing"):
            error = {"error": {"message": "no such thing", "type": "invalid_request_error", "code": "not_found"}}
            return httpx2.Response(404, json=error)
        if request.method == "POST":
            made = json.loads(request.content)
            return httpx2.Response(200, json={"id": "new", **made})
        return httpx2.Response(200, json={"id": request.url.path.rsplit("/", 1)[1], "size": 3})

    transport = httpx2.MockTransport(answer)
    client = Mixroute(api_key="sk-test", http_client=httpx2.Client(transport=transport), max_retries=0)
    thing = client.things.retrieve("a b", verbose=True, x_trace_tag="t1")
    assert isinstance(thing, Thing) and (thing.id, thing.size) == ("a b", 3), thing
    request = sent[-1]
    assert str(request.url) == "https://console.mixroute.io/v1/things/a%20b?verbose=true", request.url
    assert request.headers["X-Trace-Tag"] == "t1"
    made = client.things.create(size=7, label="seven", extra_body={"colour": "red"})
    assert (made.id, made.size, made.label) == ("new", 7, "seven"), made
    assert json.loads(sent[-1].content) == {"size": 7, "label": "seven", "colour": "red"}
    try:
        client.things.retrieve("missing")
    except NotFoundError as error:
        assert error.status_code == 404
    else:
        raise AssertionError("a 404 was not raised")

    api = AuthenticatedClient(base_url="https://console.mixroute.io", token="sk-test", max_retries=0)
    api.set_httpx_client(httpx2.Client(base_url="https://console.mixroute.io", transport=transport))
    assert get_thing.sync("x", client=api).id == "x"
    assert create_thing.sync(client=api, body=NewThing(size=1)).size == 1
    detailed = get_thing.sync_detailed("missing", client=api)
    assert detailed.status_code == 404 and isinstance(detailed.parsed, ErrorResponse), detailed

    async def run():
        async with AsyncMixroute(
            api_key="sk-test", http_client=httpx2.AsyncClient(transport=transport), max_retries=0
        ) as async_client:
            got = await async_client.things.retrieve("y")
            assert got.id == "y", got
        async_api = AuthenticatedClient(base_url="https://console.mixroute.io", token="sk-test")
        async_api.set_async_httpx_client(
            httpx2.AsyncClient(base_url="https://console.mixroute.io", transport=transport)
        )
        assert (await create_thing.asyncio(client=async_api, body=NewThing(size=2))).size == 2
        assert (await get_thing.asyncio_detailed("z", client=async_api)).parsed.id == "z"

    asyncio.run(run())
    print("ok")
    """
)


def test_the_new_operations_work_in_both_call_styles(rendered: Path) -> None:
    env = {**os.environ, "PYTHONPATH": str(rendered)}
    result = subprocess.run(
        [sys.executable, "-c", CALLS], env=env, capture_output=True, text=True, timeout=120, check=False
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "ok"
