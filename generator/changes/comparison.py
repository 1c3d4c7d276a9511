"""Build the change report of two specs: compare them on the wire, render both and compare the Python APIs.

Both specs are rendered with the *current* generator (templates, runtime, config), so the report shows what
the spec change does, not what generator changes did in between.
"""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import Any

from generator.changes import python_api, wire
from generator.changes.directions import directions
from generator.changes.history import spec_version
from generator.changes.report import Report
from generator.generate import PACKAGE, RENDER_CACHE, load_yaml, render


def _load(text: str) -> Any:
    return load_yaml(text)


def compare_specs(base_text: str, base: str, new_spec: Path) -> Report:
    """The report from the spec ``base_text`` (labelled ``base``, e.g. a commit) to the spec file ``new_spec``."""
    new_text = new_spec.read_text(encoding="utf-8")
    new = _load(new_text)
    wire_changes = wire.compare(_load(base_text), new)
    with tempfile.TemporaryDirectory(prefix="mixroute-changes-") as scratch:
        base_spec = Path(scratch) / "base.yaml"
        base_spec.write_text(base_text, encoding="utf-8")
        roots = {"base": Path(scratch) / "base" / "generated_client", "new": Path(scratch) / "new" / "generated_client"}
        specs = {"base": base_spec, "new": new_spec}
        # One after the other: a render runs the generator in this process, which is not made for threads.
        for name, root in roots.items():
            root.parent.mkdir()
            render(specs[name], root, cache=RENDER_CACHE)
        python_changes = python_api.compare(roots["base"], roots["new"], PACKAGE, directions(new))
        deprecated = python_api.deprecations(roots["new"], PACKAGE)
    return Report(base, spec_version(base_text), spec_version(new_text), wire_changes, python_changes, deprecated)
