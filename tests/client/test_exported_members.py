"""What ``mixroute_client`` exports: every public name is in ``__all__``, and everything in it resolves.

As httpx2's own test does: a name added to the package without a place in ``__all__`` (or listed but missing)
fails here, so the public surface changes only on purpose.
"""

from __future__ import annotations

import pickle
import traceback
import types

import mixroute_client
import mixroute_client.errors


def test_every_public_name_of_the_package_is_exported() -> None:
    # Subpackages and modules (there once imported) are reached by their dotted path, not through ``__all__``.
    public = {
        name
        for name, value in vars(mixroute_client).items()
        if not name.startswith("_") and not isinstance(value, types.ModuleType)
    }
    assert public <= set(mixroute_client.__all__)


def test_every_exported_name_resolves_and_is_listed_once() -> None:
    exported = list(mixroute_client.__all__)
    assert len(exported) == len(set(exported))
    for name in exported:
        assert getattr(mixroute_client, name) is not None, name


def test_every_exported_class_is_mixroute_clients_own() -> None:
    for name in mixroute_client.__all__:
        value = getattr(mixroute_client, name)
        if isinstance(value, type):
            assert value.__module__.partition(".")[0] == "mixroute_client", (name, value.__module__)


def test_the_runtimes_classes_show_the_name_they_are_imported_by() -> None:
    """A traceback, repr or pickle names ``mixroute_client.RateLimitError``, never the private module it lives in:
    every exported class but the generated models and params is shown as the package's own."""
    classes = {
        name: value for name in mixroute_client.__all__ if isinstance(value := getattr(mixroute_client, name), type)
    }
    generated = ("mixroute_client.models", "mixroute_client.params", "mixroute_client.resources")
    shown_privately = {
        name: value.__module__
        for name, value in classes.items()
        if value.__module__ != "mixroute_client" and not value.__module__.startswith(generated)
    }
    assert shown_privately == {}
    assert {"RateLimitError", "Stream", "AuthenticatedClient", "ParsedChatCompletion"} <= {
        name for name, value in classes.items() if value.__module__ == "mixroute_client"
    }


def test_a_traceback_names_the_public_exception() -> None:
    try:
        raise mixroute_client.UsageError("no key")
    except mixroute_client.UsageError:
        shown = traceback.format_exc()
    assert shown.splitlines()[-1] == "mixroute_client.UsageError: no key"
    assert pickle.loads(pickle.dumps(mixroute_client.UsageError("no key"))).args == ("no key",)


def test_the_exceptions_are_exported_from_both_the_package_and_errors() -> None:
    exceptions = {name for name in mixroute_client.__all__ if name.endswith(("Error", "Status"))}
    assert exceptions == {name for name in mixroute_client.errors.__all__ if name != "ERROR_CODES"}
    assert {"APIError", "UsageError", "NotFoundError", "InsufficientQuotaError"} <= exceptions
