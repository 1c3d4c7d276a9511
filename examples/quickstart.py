"""Quickstart: a plain completion, a streamed one, a tool-call round trip and a handled authentication failure.

Reads MIXROUTE_API_KEY and MIXROUTE_BASE_URL (default https://console.mixroute.io) from the environment.
`make demo` runs it against the mock server on loopback; with your own MIXROUTE_API_KEY set, against the real API.
"""

from __future__ import annotations

import json
import os
from typing import Any

from mixroute_client import DEFAULT_BASE_URL, AuthenticatedClient, AuthenticationError
from mixroute_client.api.chat import create_chat_completion
from mixroute_client.models import ChatCompletion, CreateChatCompletionRequest

MODEL = os.environ.get("MIXROUTE_MODEL", "gpt-4o")
WEATHER_TOOL = {
    "type": "function",
    "function": {
        "name": "get_weather",
        "description": "Get the current weather for a city",
        "parameters": {
            "type": "object",
            "properties": {"city": {"type": "string", "description": "City name"}},
            "required": ["city"],
        },
    },
}


def request(**fields: Any) -> CreateChatCompletionRequest:
    return CreateChatCompletionRequest.from_dict({"model": MODEL, **fields})


def say(title: str) -> None:
    print(f"\n== {title} ==")


def usage_line(completion: ChatCompletion) -> str:
    usage = completion.usage
    if usage is None:  # not sent, or something unusable
        return "(no usage reported)"
    return f"(tokens: {usage.prompt_tokens} in, {usage.completion_tokens} out, {usage.total_tokens} total)"


def plain_completion(client: AuthenticatedClient) -> None:
    say("plain completion")
    question = "Briefly introduce artificial intelligence"
    completion = create_chat_completion.sync(
        client=client, body=request(messages=[{"role": "user", "content": question}])
    )
    print(f"user:      {question}")
    print(f"assistant: {completion.choices[0].message.content}")
    print(usage_line(completion))


def streamed_completion(client: AuthenticatedClient) -> None:
    say("streamed completion")
    body = request(
        messages=[{"role": "user", "content": "Say hello, one word at a time"}],
        stream_options={"include_usage": True},
    )
    print("assistant: ", end="", flush=True)
    with create_chat_completion.stream(client=client, body=body) as stream:
        for chunk in stream:
            for choice in chunk.choices:
                if isinstance(choice.delta.content, str):
                    print(choice.delta.content, end="", flush=True)
        print()
        print(usage_line(stream.get_final_completion()))


def get_weather(city: str) -> dict[str, Any]:
    """The tool itself: a stand-in for a real weather service."""
    return {"city": city, "condition": "sunny", "temperature_c": 21}


def tool_round_trip(client: AuthenticatedClient) -> None:
    say("tool call round trip")
    messages: list[dict[str, Any]] = [{"role": "user", "content": "What's the weather like in Beijing today?"}]
    print(f"user:      {messages[0]['content']}")
    first = create_chat_completion.sync(client=client, body=request(messages=messages, tools=[WEATHER_TOOL]))
    message = first.choices[0].message
    if not message.tool_calls:
        print(f"assistant (no tool call): {message.content}")
        return
    messages.append(message.to_dict())
    for call in message.tool_calls:
        arguments = json.loads(call.function.arguments or "{}")
        print(f"tool call: {call.function.name}({arguments})")
        result = get_weather(**arguments)
        print(f"tool:      {result}")
        messages.append({"role": "tool", "tool_call_id": call.id, "content": json.dumps(result)})
    final = create_chat_completion.sync(client=client, body=request(messages=messages, tools=[WEATHER_TOOL]))
    print(f"assistant: {final.choices[0].message.content}")


def authentication_failure(base_url: str) -> None:
    """A wrong key is refused with 401, raised as AuthenticationError."""
    say("authentication failure, handled")
    client = AuthenticatedClient(base_url=base_url, token="sk-this-key-is-wrong")
    try:
        create_chat_completion.sync(client=client, body=request(messages=[{"role": "user", "content": "Hi"}]))
    except AuthenticationError as error:
        print(f"refused as expected: HTTP {error.status_code} {type(error).__name__} (request id {error.request_id})")
        return
    raise SystemExit("a wrong key was accepted")


def main() -> None:
    base_url = os.environ.get("MIXROUTE_BASE_URL", "").strip() or DEFAULT_BASE_URL
    client = AuthenticatedClient.from_env(base_url=base_url)
    print(f"Mixroute at {base_url}, model {MODEL}")
    plain_completion(client)
    streamed_completion(client)
    tool_round_trip(client)
    authentication_failure(base_url)


if __name__ == "__main__":
    main()
