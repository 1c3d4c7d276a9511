"""Schemathesis hooks for `make contract`, loaded by the CLI through `hooks` in schemathesis.toml.

Registered globally, which is what the CLI needs; the pytest suite registers the same hook on its own schema
only, so importing this module from tests would change other suites' generated bodies.
"""

from __future__ import annotations

from typing import Any

import schemathesis

from tests.contract.catalogue import steered_for, steered_path


@schemathesis.hook("map_body")
def catalogue_models(context: schemathesis.HookContext, body: Any) -> Any:
    return steered_for(context, body)


@schemathesis.hook("map_path_parameters")
def catalogue_model_ids(context: schemathesis.HookContext, parameters: Any) -> Any:
    return steered_path(parameters)
