"""Placeholder quickstart: a plain completion on an in-memory transport (replaced once the mock exists)."""

import json

import httpx

from mixroute_client import AuthenticatedClient
from mixroute_client.api.chat import create_chat_completion
from mixroute_client.models import ChatCompletion, CreateChatCompletionRequest


def answer(request: httpx.Request) -> httpx.Response:
    body = json.loads(request.content)
    reply = {
        "id": "chatcmpl-demo",
        "object": "chat.completion",
        "created": 0,
        "model": body["model"],
        "choices": [
            {"index": 0, "message": {"role": "assistant", "content": "Hello!"}, "finish_reason": "stop"}
        ],
    }
    return httpx.Response(200, json=reply)


client = AuthenticatedClient(
    base_url="https://console.mixroute.io",
    token="sk-demo",
    httpx_args={"transport": httpx.MockTransport(answer)},
)
request = CreateChatCompletionRequest.from_dict({"model": "glm-5", "messages": [{"role": "user", "content": "Hi"}]})
completion = create_chat_completion.sync(client=client, body=request)
assert isinstance(completion, ChatCompletion)
print(completion.choices[0].message.content)
