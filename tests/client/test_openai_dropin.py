"""A program written for the official OpenAI SDK runs on Mixroute once its import and class name are changed.

The same program text runs twice against the mock, as it is (with ``openai``) and with the two names
replaced (with ``mixroute_client``), and both print the same: a plain call, a stream, a tool call round trip.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

from tests.readme import run_example

OPENAI_PROGRAM = """
import json
import os

from openai import OpenAI

client = OpenAI(base_url=os.environ["MIXROUTE_BASE_URL"] + "/v1", api_key=os.environ["MIXROUTE_API_KEY"])

completion = client.chat.completions.create(
    model="glm-5",
    messages=[{"role": "user", "content": "Briefly introduce artificial intelligence"}],
)
print(completion.choices[0].message.content)
print(completion.choices[0].finish_reason, completion.usage.total_tokens)

stream = client.chat.completions.create(
    model="deepseek-v3",
    messages=[{"role": "user", "content": "Count to three"}],
    stream=True,
)
for chunk in stream:
    if chunk.choices and chunk.choices[0].delta.content:
        print(chunk.choices[0].delta.content, end="")
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
    assert lines[3] == "get_weather {'city': 'Beijing'}"
    assert lines[4].startswith("stop ")
    assert run(ported(OPENAI_PROGRAM), mock_url, tmp_path) == with_openai
