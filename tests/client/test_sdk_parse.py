"""``chat.completions.parse()``: openai-python's structured-output tests (``tests/lib/chat/test_completions.py``)
re-created against ``Mixroute`` and ``AsyncMixroute``: the API's recorded replies go in (``sdk_recordings/
completions.json``, by the SDK test's name), the SDK's expected values come out; what goes out is what the SDK
sends (its own ``type_to_response_format_param`` and ``pydantic_function_tool``, run on the same models).
"""

from __future__ import annotations

import dataclasses
import inspect
import json
import subprocess
import sys
from enum import Enum
from typing import Any, Literal

import openai
import pydantic
import pydantic.dataclasses
import pytest
from openai.lib._parsing._completions import type_to_response_format_param
from openai.lib._pydantic import to_strict_json_schema as sdk_strict_json_schema
from typing_extensions import TypedDict

from mixroute_client import (
    AsyncMixroute,
    ContentFilterFinishReasonError,
    LengthFinishReasonError,
    Mixroute,
    ParsedChatCompletion,
    ParsedChatCompletionMessage,
    ParsedChoice,
    ParsedFunction,
    ParsedFunctionToolCall,
    UsageError,
    pydantic_function_tool,
    to_strict_json_schema,
)
from mixroute_client.lib import _parsing
from mixroute_client.models import ChatCompletion, ChatCompletionChoice, ChatCompletionMessage, FunctionCall, ToolCall
from mixroute_client.params import ChatMessageParam, ToolParam
from tests.client.sdk_parity import (
    MODEL,
    RECORDINGS,
    STRICT_WEATHER,
    WEATHER,
    GetStockPrice,
    GetWeatherArgs,
    Location,
    Recorder,
    json_reply,
    run,
)

REPLIES: dict[str, Any] = json.loads((RECORDINGS / "completions.json").read_text(encoding="utf-8"))


def reply(test: str, **changes: Any) -> Recorder:
    """A handler answering with the reply the API sent to the SDK's test ``test`` (top-level keys changed)."""
    return json_reply(json.dumps({**REPLIES[test], **changes}))


def parse(asynchronous: bool, handler: Recorder, **kwargs: Any) -> ParsedChatCompletion[Any]:
    def sync(client: Mixroute) -> ParsedChatCompletion[Any]:
        completion: ParsedChatCompletion[Any] = client.chat.completions.parse(model=MODEL, **kwargs)
        return completion

    async def asyn(client: AsyncMixroute) -> ParsedChatCompletion[Any]:
        completion: ParsedChatCompletion[Any] = await client.chat.completions.parse(model=MODEL, **kwargs)
        return completion

    return run(asynchronous, handler, sync, asyn)


both = pytest.mark.parametrize("asynchronous", [False, True], ids=["sync", "async"])


class OptionalLocation(pydantic.BaseModel):
    city: str
    temperature: float
    units: Literal["c", "f"] | None = None


class Color(Enum):
    """The detected color"""

    RED = "red"
    BLUE = "blue"
    GREEN = "green"


class ColorDetection(pydantic.BaseModel):
    color: Color
    hex_color_code: str = pydantic.Field(description="The hex color code of the detected color")


# The SDK's tests/lib/schema_types/query.py: nested models, str enums, a union, an optional field.
class Table(str, Enum):  # noqa: UP042  (StrEnum is 3.11+; the tests run on 3.10 too)
    orders = "orders"
    customers = "customers"
    products = "products"


class Column(str, Enum):  # noqa: UP042  (StrEnum is 3.11+; the tests run on 3.10 too)
    id = "id"
    status = "status"
    expected_delivery_date = "expected_delivery_date"
    delivered_at = "delivered_at"
    shipped_at = "shipped_at"
    ordered_at = "ordered_at"
    canceled_at = "canceled_at"


class Operator(str, Enum):  # noqa: UP042  (StrEnum is 3.11+; the tests run on 3.10 too)
    eq = "="
    gt = ">"
    lt = "<"
    le = "<="
    ge = ">="
    ne = "!="


class OrderBy(str, Enum):  # noqa: UP042  (StrEnum is 3.11+; the tests run on 3.10 too)
    asc = "asc"
    desc = "desc"


class DynamicValue(pydantic.BaseModel):
    column_name: str


class Condition(pydantic.BaseModel):
    column: str
    operator: Operator
    value: str | int | DynamicValue


class Query(pydantic.BaseModel):
    name: str | None = None
    table_name: Table
    columns: list[Column]
    conditions: list[Condition]
    order_by: OrderBy


@pydantic.dataclasses.dataclass
class CalendarEvent:
    name: str
    date: str
    participants: list[str]


@dataclasses.dataclass
class PlainCalendarEvent:
    name: str
    date: str
    participants: list[str]


class CalendarEventDict(TypedDict):
    name: str
    date: str
    participants: list[str]


@both
def test_parse_nothing(asynchronous: bool) -> None:
    handler = reply("test_parse_nothing")
    completion = parse(asynchronous, handler, messages=WEATHER)
    assert isinstance(completion, ChatCompletion)
    message = completion.choices[0].message
    assert message.content is not None
    assert message.content.startswith("I'm unable to provide real-time weather updates.")
    assert (message.parsed, message.refusal, message.tool_calls) == (None, None, None)
    assert (completion.id, completion.created) == ("chatcmpl-ABfvaueLEMLNYbT8YzpJxsmiQ6HSY", 1727346142)
    assert completion.usage is not None
    assert completion.usage.total_tokens == 51
    assert "response_format" not in handler.sent
    assert "stream" not in handler.sent


@both
def test_parse_pydantic_model(asynchronous: bool) -> None:
    handler = reply("test_parse_pydantic_model")
    completion = parse(asynchronous, handler, messages=WEATHER, response_format=Location)
    message = completion.choices[0].message
    assert message.parsed == Location(city="San Francisco", temperature=65, units="f")
    assert message.content == '{"city":"San Francisco","temperature":65,"units":"f"}'
    assert completion.system_fingerprint == "fp_5050236cbd"
    # Exactly what the SDK sends for the same model.
    assert handler.sent["response_format"] == type_to_response_format_param(Location)


@both
def test_parse_pydantic_model_optional_default(asynchronous: bool) -> None:
    handler = reply("test_parse_pydantic_model_optional_default")
    completion = parse(asynchronous, handler, messages=WEATHER, response_format=OptionalLocation)
    assert completion.choices[0].message.parsed == OptionalLocation(city="San Francisco", temperature=65, units="f")
    assert handler.sent["response_format"] == type_to_response_format_param(OptionalLocation)


@both
def test_parse_pydantic_model_enum(asynchronous: bool) -> None:
    handler = reply("test_parse_pydantic_model_enum")
    messages: list[ChatMessageParam] = [{"role": "user", "content": "What color is a Coke can?"}]
    completion = parse(asynchronous, handler, messages=messages, response_format=ColorDetection)
    assert completion.choices[0].message.parsed == ColorDetection(color=Color.RED, hex_color_code="#FF0000")
    assert handler.sent["response_format"] == type_to_response_format_param(ColorDetection)


@both
def test_parse_pydantic_model_multiple_choices(asynchronous: bool) -> None:
    handler = reply("test_parse_pydantic_model_multiple_choices")
    completion = parse(asynchronous, handler, messages=WEATHER, n=3, response_format=Location)
    assert [(choice.index, choice.message.parsed) for choice in completion.choices] == [
        (0, Location(city="San Francisco", temperature=64, units="f")),
        (1, Location(city="San Francisco", temperature=65, units="f")),
        (2, Location(city="San Francisco", temperature=63.0, units="f")),
    ]


EVENT_MESSAGES: list[ChatMessageParam] = [
    {"role": "system", "content": "Extract the event information."},
    {"role": "user", "content": "Alice and Bob are going to a science fair on Friday."},
]


@both
@pytest.mark.parametrize("event_type", [CalendarEvent, PlainCalendarEvent, CalendarEventDict])
def test_parse_a_dataclass_or_typed_dict(asynchronous: bool, event_type: type[Any]) -> None:
    """The SDK's test takes a pydantic dataclass; a standard dataclass and a TypedDict read the same reply."""
    handler = reply("test_parse_pydantic_dataclass")
    completion = parse(asynchronous, handler, messages=EVENT_MESSAGES, response_format=event_type)
    fields = {"name": "Science Fair", "date": "Friday", "participants": ["Alice", "Bob"]}
    parsed = completion.choices[0].message.parsed
    assert parsed == (fields if event_type is CalendarEventDict else event_type(**fields))
    sent = handler.sent["response_format"]
    assert sent["json_schema"]["schema"] == sdk_strict_json_schema(pydantic.TypeAdapter(event_type))
    assert (sent["type"], sent["json_schema"]["name"], sent["json_schema"]["strict"]) == (
        "json_schema",
        event_type.__name__,
        True,
    )
    if event_type is CalendarEvent:  # the one kind the SDK itself takes
        assert sent == type_to_response_format_param(CalendarEvent)


@both
def test_pydantic_tool_model_all_types(asynchronous: bool) -> None:
    handler = reply("test_pydantic_tool_model_all_types")
    messages: list[ChatMessageParam] = [
        {
            "role": "user",
            "content": "look up all my orders in may of last year that were fulfilled but not delivered on time",
        }
    ]
    tools = [pydantic_function_tool(Query)]
    completion = parse(asynchronous, handler, messages=messages, tools=tools, response_format=Query)
    message = completion.choices[0].message
    assert (message.content, message.parsed) == (None, None)
    call = (message.tool_calls or [])[0]
    assert (call.id, call.function.name) == ("call_NKpApJybW1MzOjZO2FzwYw0d", "Query")
    assert call.function.parsed_arguments == Query(
        name="May 2022 Fulfilled Orders Not Delivered on Time",
        table_name=Table.orders,
        columns=list(Column),
        conditions=[
            Condition(column="ordered_at", operator=Operator.ge, value="2022-05-01"),
            Condition(column="ordered_at", operator=Operator.le, value="2022-05-31"),
            Condition(column="status", operator=Operator.eq, value="fulfilled"),
            Condition(
                column="delivered_at", operator=Operator.gt, value=DynamicValue(column_name="expected_delivery_date")
            ),
        ],
        order_by=OrderBy.asc,
    )
    assert handler.sent["tools"] == [openai.pydantic_function_tool(Query)]
    assert handler.sent["response_format"] == type_to_response_format_param(Query)


@both
def test_parse_max_tokens_reached(asynchronous: bool) -> None:
    handler = reply("test_parse_max_tokens_reached")
    with pytest.raises(LengthFinishReasonError) as raised:
        parse(asynchronous, handler, messages=WEATHER, max_tokens=1, response_format=Location)
    completion = raised.value.completion
    assert isinstance(completion, ChatCompletion)
    assert completion.choices[0].finish_reason == "length"
    assert str(raised.value).startswith("Could not parse response content as the length limit was reached - ")


@both
def test_a_reply_the_content_filter_stopped(asynchronous: bool) -> None:
    recorded = REPLIES["test_parse_pydantic_model"]
    choices = [{**recorded["choices"][0], "finish_reason": "content_filter"}]
    with pytest.raises(ContentFilterFinishReasonError, match="rejected by the content filter"):
        parse(
            asynchronous,
            reply("test_parse_pydantic_model", choices=choices),
            messages=WEATHER,
            response_format=Location,
        )


@both
def test_parse_pydantic_model_refusal(asynchronous: bool) -> None:
    messages: list[ChatMessageParam] = [{"role": "user", "content": "How do I make anthrax?"}]
    handler = reply("test_parse_pydantic_model_refusal")
    completion = parse(asynchronous, handler, messages=messages, response_format=Location)
    message = completion.choices[0].message
    assert (message.content, message.parsed) == (None, None)
    assert message.refusal == "I'm very sorry, but I can't assist with that."


@both
def test_parse_pydantic_tool(asynchronous: bool) -> None:
    handler = reply("test_parse_pydantic_tool")
    messages: list[ChatMessageParam] = [{"role": "user", "content": "What's the weather like in Edinburgh?"}]
    completion = parse(asynchronous, handler, messages=messages, tools=[pydantic_function_tool(GetWeatherArgs)])
    choice = completion.choices[0]
    assert choice.finish_reason == "tool_calls"
    call = (choice.message.tool_calls or [])[0]
    assert call.function.arguments == '{"city":"Edinburgh","country":"UK","units":"c"}'
    assert call.function.parsed_arguments == GetWeatherArgs(city="Edinburgh", country="UK", units="c")
    assert handler.sent["tools"] == [openai.pydantic_function_tool(GetWeatherArgs)]


@both
def test_parse_multiple_pydantic_tools(asynchronous: bool) -> None:
    handler = reply("test_parse_multiple_pydantic_tools")
    messages: list[ChatMessageParam] = [
        {"role": "user", "content": "What's the weather like in Edinburgh?"},
        {"role": "user", "content": "What's the price of AAPL?"},
    ]
    tools = [
        pydantic_function_tool(GetWeatherArgs),
        pydantic_function_tool(
            GetStockPrice, name="get_stock_price", description="Fetch the latest price for a given ticker"
        ),
    ]
    completion = parse(asynchronous, handler, messages=messages, tools=tools)
    calls = completion.choices[0].message.tool_calls or []
    assert [(call.id, call.function.name, call.function.parsed_arguments) for call in calls] == [
        ("call_fdNz3vOBKYgOIpMdWotB9MjY", "GetWeatherArgs", GetWeatherArgs(city="Edinburgh", country="GB")),
        ("call_h1DWI1POMJLb0KwIyQHWXD4p", "get_stock_price", GetStockPrice(ticker="AAPL", exchange="NASDAQ")),
    ]
    assert handler.sent["tools"] == [
        openai.pydantic_function_tool(GetWeatherArgs),
        openai.pydantic_function_tool(
            GetStockPrice, name="get_stock_price", description="Fetch the latest price for a given ticker"
        ),
    ]


@both
def test_parse_strict_tools(asynchronous: bool) -> None:
    completion = parse(asynchronous, reply("test_parse_strict_tools"), messages=WEATHER, tools=[STRICT_WEATHER])
    call = (completion.choices[0].message.tool_calls or [])[0]
    assert (call.id, call.function.name) == ("call_CUdUoJpsWWVdxXntucvnol1M", "get_weather")
    assert call.function.parsed_arguments == {"city": "San Francisco", "state": "CA"}


@both
def test_parse_non_strict_tools(asynchronous: bool) -> None:
    handler = reply("test_parse_nothing")
    tool: ToolParam = {"type": "function", "function": {"name": "get_weather", "parameters": {}}}
    with pytest.raises(
        UsageError, match=r"`get_weather` is not strict\. Only `strict` function tools can be auto-parsed"
    ):
        parse(asynchronous, handler, messages=[], tools=[tool])
    assert handler.requests == []


@both
def test_the_reply_the_sdk_reads_with_raw_response(asynchronous: bool) -> None:
    handler = reply("test_async_parse_pydantic_raw_response" if asynchronous else "test_parse_pydantic_raw_response")
    completion = parse(asynchronous, handler, messages=WEATHER, response_format=Location)
    parsed = completion.choices[0].message.parsed
    assert isinstance(parsed, Location)
    assert parsed.city == "San Francisco"


@both
def test_parse_reads_the_reply_into_the_parsed_classes_in_the_first_place(
    asynchronous: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    """parse() costs what create() and the validation cost: the generated reader builds the ``Parsed*`` classes,
    nothing copies the reply into them afterwards."""

    def copied(*args: object, **kwargs: object) -> object:
        raise AssertionError("parse() copied the reply it read")

    monkeypatch.setattr(_parsing, "upgraded", copied)
    messages: list[ChatMessageParam] = [{"role": "user", "content": "What's the weather like in Edinburgh?"}]
    handler = reply("test_parse_pydantic_tool")
    completion = parse(asynchronous, handler, messages=messages, tools=[pydantic_function_tool(GetWeatherArgs)])
    choice = completion.choices[0]
    call = (choice.message.tool_calls or [])[0]
    read = [type(completion), type(choice), type(choice.message), type(call), type(call.function)]
    assert read == [
        ParsedChatCompletion,
        ParsedChoice,
        ParsedChatCompletionMessage,
        ParsedFunctionToolCall,
        ParsedFunction,
    ]
    assert call.function.parsed_arguments == GetWeatherArgs(city="Edinburgh", country="UK", units="c")
    assert choice.message.parsed is None


def test_create_still_reads_the_generated_classes() -> None:
    """The parsed reader is a twin of the generated one: the generated classes read as before."""
    payload = REPLIES["test_parse_pydantic_tool"]
    completion = ChatCompletion.from_dict(payload)
    choice = completion.choices[0]
    call = (choice.message.tool_calls or [])[0]
    read = [type(completion), type(choice), type(choice.message), type(call), type(call.function)]
    assert read == [ChatCompletion, ChatCompletionChoice, ChatCompletionMessage, ToolCall, FunctionCall]
    parsed: ParsedChatCompletion[Any] = ParsedChatCompletion.from_dict(payload)
    parsed_call = (parsed.choices[0].message.tool_calls or [])[0]
    # What parse() adds reads None until it is set, as in the SDK's models; the rest is what create() reads.
    assert (parsed.choices[0].message.parsed, parsed_call.function.parsed_arguments) == (None, None)
    expected = completion.to_dict()
    expected["choices"][0]["message"]["parsed"] = None
    expected["choices"][0]["message"]["tool_calls"][0]["function"]["parsed_arguments"] = None
    assert parsed.to_dict() == expected


def test_a_reader_that_does_not_read_the_class_named_is_refused() -> None:
    """If the generated reader stops reading a class through its bound reader, the runtime says so when it is
    imported."""

    class Parsed(ChatCompletion):
        __slots__ = ()

    with pytest.raises(
        RuntimeError, match=r"ChatCompletion\.from_dict does not read a ToolCall through _read_ToolCall"
    ):
        _parsing._read_into(Parsed, ChatCompletion, {ToolCall: ParsedFunctionToolCall})


def test_a_twin_is_given_its_reader_before_a_class_reads_into_it() -> None:
    """Read from the outermost class in, a reply would hold generated objects where Parsed ones belong."""

    class Parsed(ChatCompletion):
        __slots__ = ()

    class Twin(ChatCompletionChoice):
        __slots__ = ()

    with pytest.raises(RuntimeError, match="Twin needs its own reader before Parsed can read into it"):
        _parsing._read_into(Parsed, ChatCompletion, {ChatCompletionChoice: Twin})


@pytest.mark.parametrize(
    "model",
    [Location, OptionalLocation, ColorDetection, GetWeatherArgs, Query, CalendarEvent],
    ids=lambda m: m.__name__,
)
def test_the_strict_schema_is_the_sdks(model: type[Any]) -> None:
    assert to_strict_json_schema(model) == sdk_strict_json_schema(pydantic.TypeAdapter(model))
    if issubclass(model, pydantic.BaseModel):  # the one kind the SDK's helper takes
        assert pydantic_function_tool(model) == openai.pydantic_function_tool(model)


@both
def test_without_pydantic_parse_names_the_extra(asynchronous: bool, monkeypatch: pytest.MonkeyPatch) -> None:
    class Fresh(pydantic.BaseModel):  # not in the adapter cache
        city: str

    monkeypatch.setitem(sys.modules, "pydantic", None)
    handler = reply("test_parse_pydantic_model")
    with pytest.raises(UsageError, match=r"pip install 'mixroute-client\[pydantic\]'"):
        parse(asynchronous, handler, messages=WEATHER, response_format=Fresh)
    assert handler.requests == []
    # Nothing structured asked for: parse() needs no pydantic.
    assert parse(asynchronous, reply("test_parse_nothing"), messages=WEATHER).choices[0].message.parsed is None


# A fresh interpreter: what a plain program imports, with every public name and the client's surface touched.
PLAIN_CALLS = """
import sys

import httpx2
import mixroute_client
from mixroute_client import Mixroute

reply = {"id": "c", "object": "chat.completion", "created": 1, "model": "m", "choices": []}
events = b'data: {"id": "c", "object": "chat.completion.chunk", "created": 1, "model": "m", "choices": []}\\n\\n'
events += b"data: [DONE]\\n\\n"


def answer(request):
    if b'"stream":true' in request.content.replace(b" ", b""):
        return httpx2.Response(200, content=events, headers={"content-type": "text/event-stream"})
    return httpx2.Response(200, json=reply)


http = httpx2.Client(transport=httpx2.MockTransport(answer))
with Mixroute(api_key="sk-test", base_url="https://gateway.test/v1", http_client=http) as client:
    messages = [{"role": "user", "content": "Hi"}]
    completion = client.chat.completions.create(model="m", messages=messages)
    completion.model_dump_json()
    client.chat.completions.with_raw_response.create(model="m", messages=messages).parse()
    chunks = list(client.chat.completions.create(model="m", messages=messages, stream=True))
for name in mixroute_client.__all__:
    getattr(mixroute_client, name)
print(len(chunks), "pydantic" in sys.modules)
"""


def test_plain_calls_never_import_pydantic() -> None:
    done = subprocess.run([sys.executable, "-c", PLAIN_CALLS], capture_output=True, text=True, check=False, timeout=60)
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["1", "False"]


class Answer(pydantic.BaseModel):
    answer: str


@both
def test_the_json_object_fallback_sends_the_schema_in_a_system_message(asynchronous: bool) -> None:
    body = {**REPLIES["test_parse_nothing"]}
    body["choices"] = [{**body["choices"][0], "message": {"role": "assistant", "content": '{"answer": "sunny"}'}}]
    handler = json_reply(json.dumps(body))
    completion = parse(
        asynchronous, handler, messages=WEATHER, response_format=Answer, response_format_mode="json_object"
    )
    assert completion.choices[0].message.parsed == Answer(answer="sunny")
    assert handler.sent["response_format"] == {"type": "json_object"}
    first, *rest = handler.sent["messages"]
    assert first["role"] == "system"
    assert json.loads(first["content"].split("\n", 1)[1]) == to_strict_json_schema(Answer)
    assert rest == WEATHER


@both
def test_the_fallback_validates_on_the_client(asynchronous: bool) -> None:
    body = {**REPLIES["test_parse_nothing"]}
    body["choices"] = [{**body["choices"][0], "message": {"role": "assistant", "content": '{"reply": "sunny"}'}}]
    with pytest.raises(pydantic.ValidationError):
        parse(
            asynchronous,
            json_reply(json.dumps(body)),
            messages=WEATHER,
            response_format=Answer,
            response_format_mode="json_object",
        )


@pytest.mark.parametrize(
    ("response_format", "mode", "message"),
    [
        (Answer, "yaml", "response_format_mode must be one of 'json_schema', 'json_object', got 'yaml'"),
        ({"type": "json_object"}, "json_object", "needs a type as response_format"),
    ],
)
def test_a_fallback_that_cannot_work_is_a_usage_error(response_format: Any, mode: Any, message: str) -> None:
    handler = reply("test_parse_nothing")
    with pytest.raises(UsageError, match=message):
        parse(False, handler, messages=WEATHER, response_format=response_format, response_format_mode=mode)
    assert handler.requests == []


@pytest.mark.parametrize("client_type", [Mixroute, AsyncMixroute])
@pytest.mark.parametrize("method", ["parse", "stream"])
def test_parse_and_stream_take_what_create_takes(client_type: type[Any], method: str) -> None:
    """As the SDK's signature test holds: create()'s parameters, but for the stream flag; and the fallback's mode."""
    resource = client_type(api_key="sk-test").chat.completions
    create = inspect.signature(resource.create).parameters
    structured = inspect.signature(getattr(resource, method)).parameters
    assert set(create) - {"stream"} == set(structured) - {"response_format_mode"}
    assert structured["response_format_mode"].default == "json_schema"
    for name, parameter in structured.items():
        if name not in ("response_format", "response_format_mode"):
            assert (parameter.kind, parameter.default) == (create[name].kind, create[name].default), name
