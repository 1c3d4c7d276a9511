"""A program written for the official OpenAI SDK runs on Mixroute once its import and class name are changed.

The same program text runs twice against the mock, as it is (with ``openai``) and with the two names
replaced (with ``mixroute_client``), and both print the same: a plain call with a pydantic message, the
replies' dumps (``to_dict``, ``to_json``, ``model_dump``, ``model_dump_json``, ``model_copy``, ``==``) and
``completion.object``, ``with_options``, a stream, a tool call round trip, ``parse()`` with a type and with a
``pydantic_function_tool`` (and through ``client.beta``, where the SDK first published it), and ``stream()``'s
events. The mock is deterministic (ids are digests of the request),
so whole dumps compare; dicts are printed with sorted keys, since the SDK's models order fields their own way.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

from tests.readme import run_example

OPENAI_PROGRAM = """
import json
import os

import pydantic
from openai import OpenAI, pydantic_function_tool

client = OpenAI(base_url=os.environ["MIXROUTE_BASE_URL"] + "/v1", api_key=os.environ["MIXROUTE_API_KEY"])


def show(data):
    print(json.dumps(data, sort_keys=True, ensure_ascii=False))


class Note(pydantic.BaseModel):
    role: str
    content: str


class Location(pydantic.BaseModel):
    city: str
    country: str


completion = client.chat.completions.create(
    model="glm-5",
    messages=[
        Note(role="system", content="Be brief."),
        {"role": "user", "content": "Briefly introduce artificial intelligence"},
    ],
)
print(completion.choices[0].message.content)
print(completion.choices[0].finish_reason, completion.usage.total_tokens)

print(completion.object, completion.choices[0].message.role)
show(completion.to_dict())
show(completion.to_dict(mode="json", exclude_none=True))
show(completion.model_dump(exclude_unset=True))
show(completion.model_dump(exclude_unset=True, exclude={"usage"}, by_alias=True))
show(json.loads(completion.to_json()))
show(json.loads(completion.model_dump_json(exclude_unset=True)))
print(len(completion.to_json().splitlines()), len(completion.to_json(indent=None).splitlines()))
print(len(completion.model_dump_json(indent=2, exclude_unset=True).splitlines()))
print(completion.model_dump()["choices"][0]["message"]["content"] == completion.choices[0].message.content)
copied = completion.model_copy(update={"model": "other"}, deep=True)
print(copied.model, completion.model, copied.choices[0] == completion.choices[0], copied == completion)

raw = client.chat.completions.with_raw_response.create(
    model="glm-5", messages=[{"role": "user", "content": "Raw, please"}]
)
print(raw.status_code, raw.headers["content-type"], raw.http_request.method, raw.http_request.url.path)
print(raw.request_id == raw.headers["x-request-id"], raw.elapsed.total_seconds() >= 0)
parsed_raw = raw.parse()
print(parsed_raw.object, parsed_raw.choices[0].message.content, parsed_raw._request_id == raw.request_id)
print(completion._request_id is not None, completion._request_id != raw.request_id)
with client.chat.completions.with_streaming_response.create(
    model="glm-5", messages=[{"role": "user", "content": "Stream the raw body"}], stream=True
) as streaming:
    lines = [line for line in streaming.iter_lines() if line.startswith("data: ")]
    print(streaming.status_code, streaming.headers["content-type"].split(";")[0], lines[-1])

quick = client.with_options(max_retries=0, timeout=20.0)
print(quick.max_retries, quick.timeout)
again = quick.chat.completions.create(model="glm-5", messages=[{"role": "user", "content": "Say it again"}])
print(again.object, again.choices[0].message.content)

stream = client.chat.completions.create(
    model="deepseek-v3",
    messages=[{"role": "user", "content": "Count to three"}],
    stream=True,
)
for chunk in stream:
    if chunk.choices and chunk.choices[0].delta.content:
        print(chunk.object, chunk.choices[0].delta.content, end="|")
print()

messages = [{"role": "user", "content": "What's the weather like in Beijing today?"}]
tools = [
    {
        "type": "function",
        "function": {
            "name": "get_weather",
            "description": "Get the current weather for a city",
            "parameters": {"type": "object", "properties": {"city": {"type": "string"}}, "required": ["city"]},
        },
    }
]
completion = client.chat.completions.create(model="gpt-4o", messages=messages, tools=tools)
call = completion.choices[0].message.tool_calls[0]
print(call.function.name, json.loads(call.function.arguments))
messages.append(completion.choices[0].message)
messages.append({"role": "tool", "tool_call_id": call.id, "content": json.dumps({"temperature_c": 21})})
final = client.chat.completions.create(
    model="gpt-4o", messages=messages, tools=tools, timeout=30, extra_body={"top_k": 1}
)
print(final.choices[0].finish_reason, final.choices[0].message.content)

question = [{"role": "user", "content": "Where is the Eiffel Tower?"}]
parsed = client.chat.completions.parse(model="gpt-4o", messages=question, response_format=Location)
print(parsed.object, type(parsed.choices[0].message.parsed).__name__, parsed.choices[0].message.parsed)
show(parsed.to_dict(exclude_none=True))
older = client.beta.chat.completions.parse(model="gpt-4o", messages=question, response_format=Location)
print("beta", older == parsed, older.choices[0].message.parsed)

tool = pydantic_function_tool(Location, name="find_location")
choice = {"type": "function", "function": {"name": "find_location"}}
called = client.chat.completions.parse(model="gpt-4o", messages=question, tools=[tool], tool_choice=choice)
function = called.choices[0].message.tool_calls[0].function
print(function.name, type(function.parsed_arguments).__name__, function.parsed_arguments)

with client.chat.completions.stream(model="gpt-4o", messages=question, response_format=Location) as events:
    for event in events:
        if event.type == "content.delta":
            print(event.type, repr(event.delta), repr(event.snapshot), event.parsed)
        elif event.type == "content.done":
            print(event.type, repr(event.content), event.parsed)
        else:
            print(event.type)
    streamed = events.get_final_completion()
print(streamed.object, streamed.choices[0].message.parsed, streamed.choices[0].finish_reason)
show(streamed.to_dict(exclude_none=True))
"""

# The two edits a reader makes (docs/getting-started.md, "Moving from the OpenAI SDK"), and nothing else.
EDITS = (("from openai import OpenAI", "from mixroute_client import Mixroute"), ("OpenAI(", "Mixroute("))


def ported(program: str) -> str:
    for old, new in EDITS:
        assert program.count(old) == 1, old
        program = program.replace(old, new)
    return program


def run(program: str, mock_url: str, cwd: Path) -> str:
    result = run_example(sys.executable, program, mock_url, cwd)
    assert result.returncode == 0, result.stderr
    return result.stdout


def test_the_same_program_runs_on_both_and_prints_the_same(mock_url: str, tmp_path: Path) -> None:
    with_openai = run(OPENAI_PROGRAM, mock_url, tmp_path)
    lines = with_openai.splitlines()
    assert lines[0] == 'glm-5 (mock) heard: "Briefly introduce artificial intelligence"'
    assert re.fullmatch(r"stop \d+", lines[1])
    assert lines[2] == "chat.completion assistant"
    assert json.loads(lines[3])["object"] == "chat.completion"
    assert "get_weather {'city': 'Beijing'}" in lines
    assert "find_location Location city=" in with_openai
    assert "content.done" in with_openai
    assert "beta True city=" in with_openai
    assert run(ported(OPENAI_PROGRAM), mock_url, tmp_path) == with_openai
