# Generated from fixture.yaml by `make generate`: change the spec or generator/, never this file.
"""Request parameters as plain dicts, typed for type checkers, as in the OpenAI SDK.

Every request model also takes the dict form of its nested models (``messages=[{"role": "user", "content":
"hi"}]``): the dicts below say which keys and values a type checker lets through, and the constructor checks
the same at run time, building the models, or raising ``UsageError`` with the JSON path of what is wrong.
Generated from the spec by generator/params.py.
"""

from __future__ import annotations

import sys
from typing import Any, Literal, TypeAlias

# NotRequired is in typing from Python 3.11; typing_extensions' TypedDict is the one that understands it before.
if sys.version_info >= (3, 11):
    from typing import NotRequired, TypedDict
else:
    from typing_extensions import NotRequired, TypedDict  # noqa: UP035 (kept for 3.10 whatever ruff targets)

__all__ = (
    "CompletionRequestParam",
    "MessageParam",
    "NotifyParam",
    "OptionsParam",
    "RunInputParam",
    "RunRequestParam",
    "SystemMessageParam",
    "UserMessageParam",
)


class CompletionRequestParam(TypedDict):
    """The dict form of :class:`~mixroute_client.models.CompletionRequest`."""

    model: str
    messages: list[SystemMessageParam | UserMessageParam]
    options: NotRequired[OptionsParam]
    stream: NotRequired[bool]


class NotifyParam(TypedDict):
    """The dict form of :class:`~mixroute_client.models.Notify`."""

    url: str


class OptionsParam(TypedDict):
    """The dict form of :class:`~mixroute_client.models.Options`."""

    temperature: NotRequired[float | None]
    format: NotRequired[Literal["text", "json"]]
    stop: NotRequired[list[str]]


class RunInputParam(TypedDict):
    """The dict form of :class:`~mixroute_client.models.RunInput`."""

    key: str
    value: str | int


class RunRequestParam(TypedDict):
    """The dict form of :class:`~mixroute_client.models.RunRequest`."""

    inputs: list[RunInputParam]
    notify: NotRequired[NotifyParam | None]
    stream: NotRequired[bool]


class SystemMessageParam(TypedDict):
    """The dict form of :class:`~mixroute_client.models.SystemMessage`."""

    role: Literal["system"]
    content: str


class UserMessageParam(TypedDict):
    """The dict form of :class:`~mixroute_client.models.UserMessage`."""

    role: Literal["user"]
    content: str
    name: NotRequired[str]


# The spec's named unions; quoted, so that they may name each other in any order.
MessageParam: TypeAlias = "SystemMessageParam | UserMessageParam"

# What the runtime (_runtime/_params.py) checks a dict against before it builds the model of that name; _spec_facts
# hands it over.
PARAMS_BY_MODEL: dict[str, Any] = {
    "CompletionRequest": CompletionRequestParam,
    "Notify": NotifyParam,
    "Options": OptionsParam,
    "RunInput": RunInputParam,
    "RunRequest": RunRequestParam,
    "SystemMessage": SystemMessageParam,
    "UserMessage": UserMessageParam,
}
