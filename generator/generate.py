"""Turn ``openapi/mixroute.yaml`` into ``generated_client/``, reproducibly.

Steps: validate the spec (so a broken one fails with a message naming the problem), run
openapi-python-client with our config and template overrides into a temporary directory, format with the
pinned ruff, and only then swap the result into place, carrying the hand-written runtime over. A failure at
any step leaves the committed ``generated_client/`` as it was.

Two hand-written subpackages live in the package they serve, beside the generated modules (as openai-python's
``lib/`` lives beside its generated resources): ``_runtime/``, the runtime, which imports nothing generated, and
``lib/``, what is built on the generated models (structured outputs, the typed stream events). Each is its own one
home, edited there, linted and tested in place; the generator never writes them and ``check`` leaves them out of
the comparison.

``check`` renders into a temporary directory and diffs against the committed tree.

``generate`` and ``check`` reuse renders: a render is a pure function of the spec, the files under
``generator/`` (bar ``changes/``) and the pinned tools, so it is cached under ``.cache/renders/`` by a hash of
exactly those. ``--no-cache`` renders afresh.
"""

from __future__ import annotations

import argparse
import contextlib
import difflib
import hashlib
import io
import json
import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from importlib import metadata
from pathlib import Path
from typing import Any

import yaml
from openapi_python_client import Project, _get_project_for_url_or_path
from openapi_python_client.config import Config, ConfigFile, MetaType
from openapi_python_client.parser.errors import GeneratorError
from openapi_spec_validator import validate
from openapi_spec_validator.readers import read_from_filename

from generator.facts import FactError, protocol_facts
from generator.names import use_wire_names
from generator.operations import OperationDecisions, resources
from generator.package import package_metadata
from generator.params import param_decisions
from generator.unions import UnionDecisions
from generator.wire import WireDecisions, all_endpoints, wire_decisions

ROOT = Path(__file__).resolve().parent.parent
GENERATOR_DIR = ROOT / "generator"
DEFAULT_SPEC = ROOT / "openapi" / "mixroute.yaml"
DEFAULT_OUTPUT = ROOT / "generated_client"
PACKAGE = "mixroute_client"
# openapi-python-client's config; another spec (the golden-record fixture, tests/golden/) may bring its own.
DEFAULT_CONFIG = GENERATOR_DIR / "config.yaml"
# The hand-written subpackages of the package: carried over by ``generate``, never rendered or compared. The
# runtime imports nothing generated; ``lib`` (the name openai-python gives its own) is built on the generated models.
RUNTIME_NAME = "_runtime"
LIB_NAME = "lib"
HAND_WRITTEN_NAMES = (RUNTIME_NAME, LIB_NAME)
RUNTIME = Path(PACKAGE) / RUNTIME_NAME
LIB = Path(PACKAGE) / LIB_NAME
# Modules of our own, which openapi-python-client knows nothing of (it renders a fixed set), rendered with its
# environment: the spec's facts the package hands the runtime, and the request params (generator/params.py).
OWN_MODULES = (("spec_facts.py.jinja", "_spec_facts.py"), ("params.py.jinja", "params.py"))
# Files the generator writes that carry nothing derived from the spec and would only add noise.
SKIPPED_OUTPUT = (".ruff_cache",)
RENDER_CACHE = ROOT / ".cache" / "renders"
# Enough for the spec, its release baseline and the change-report tests' mutated specs, renders of a few KB each.
CACHE_ENTRIES = 48
# The repository's licence, which the package ships (in the sdist, and in the wheel's .dist-info/licenses/) through
# a relative symlink rather than a second copy: the build backend reads files inside the project directory only.
LICENSE_LINK = ("LICENSE", "../LICENSE")
# The tools whose versions shape a render; a different version is a different render.
RENDER_TOOLS = ("openapi-python-client", "ruff", "openapi-spec-validator")
# generator/changes/ compares renders but takes no part in making one.
NOT_RENDER_INPUTS = ("changes", "__pycache__")


class GenerationError(Exception):
    """The spec or the generator failed; the message says which and why."""


def validate_spec(spec: Path) -> Any:
    """The parsed ``spec``; fails with a readable message when it is not valid YAML or not a valid OpenAPI 3.1
    document."""
    if not spec.is_file():
        raise GenerationError(f"{spec}: no such file")
    try:
        parsed = yaml.safe_load(spec.read_text(encoding="utf-8"))
    except yaml.YAMLError as exc:
        raise GenerationError(f"{spec}: invalid YAML: {exc}") from exc
    try:
        document, base_uri = read_from_filename(str(spec))
        validate(document, base_uri=base_uri)
    except Exception as exc:  # the validator raises several unrelated types; all mean "invalid spec"
        raise GenerationError(f"{spec}: invalid OpenAPI document: {_first_line(exc)}") from exc
    return parsed


def load_project(
    spec: Path, destination: Path, document: Mapping[str, Any], config_file: Path = DEFAULT_CONFIG
) -> Project:
    """openapi-python-client's project for ``spec`` (parsed as ``document``), with ``wire`` (generator/wire.py)
    among its template globals.

    It is driven as a library rather than through its CLI so that decisions about the spec are Python
    functions the templates call; ``_get_project_for_url_or_path`` is private API, pinned with the generator.
    """
    config = Config.from_sources(
        ConfigFile.load_from_path(config_file),
        MetaType.UV,
        spec,
        "utf-8",
        overwrite=False,
        output_path=destination,
    )
    project = _get_project_for_url_or_path(config=config, custom_template_path=GENERATOR_DIR / "templates")
    if isinstance(project, GeneratorError):
        raise GenerationError(f"openapi-python-client failed: {_describe(project)}")
    # First: every decision below, and every template, uses the models' attribute names.
    project.env.globals["names"] = use_wire_names(project.openapi)
    operations = OperationDecisions(project.openapi.models, document)
    wire = wire_decisions(project.openapi, document, operations.chunks(all_endpoints(project.openapi)))
    project.env.globals["wire"] = wire
    project.env.globals["package"] = package_metadata(document)
    project.env.globals["params"] = param_decisions(project.openapi, document, wire.reads)
    project.env.globals["operations"] = operations
    project.env.globals["structured_outputs"] = operations.structured_exports(all_endpoints(project.openapi))
    project.env.globals["unions"] = UnionDecisions(project.env)
    try:
        project.env.globals["facts"] = protocol_facts(document)
    except FactError as exc:
        raise GenerationError(f"{spec}: {exc}") from exc
    # Python literals for values the templates print (``tojson`` would escape every non-ASCII character).
    project.env.filters["repr"] = repr
    return project


def _build_project(spec: Path, destination: Path, document: Mapping[str, Any], config_file: Path) -> Path:
    """Render the project and return its package directory; any message the generator reports, warnings
    included, fails the render (the CLI's ``--fail-on-warning``)."""
    project = load_project(spec, destination, document, config_file)
    with contextlib.redirect_stdout(io.StringIO()):
        problems = project.build()
    if problems:
        raise GenerationError("openapi-python-client failed:\n" + "\n".join(_describe(p) for p in problems))
    for template, module in OWN_MODULES:
        text = project.env.get_template(template).render()
        (project.package_dir / module).write_text(text, encoding="utf-8")
    _render_resources(project, project.package_dir)
    return project.package_dir


def _render_resources(project: Project, package: Path) -> None:
    """``resources.py``, the OpenAI-style client, which the stock generator has no template for."""
    operations, wire = project.env.globals["operations"], project.env.globals["wire"]
    if not isinstance(operations, OperationDecisions) or not isinstance(wire, WireDecisions):
        raise GenerationError("the project was not set up by load_project")
    try:
        root, imports = resources(project.openapi, operations, wire.path_prefix, project.config.field_prefix)
    except ValueError as exc:
        raise GenerationError(f"the resource client cannot be generated: {exc}") from exc
    operation_list = [op for resource in root.walk() for op in resource.operations]
    text = project.env.get_template("resources.py.jinja").render(
        root=root, imports=imports, operation_list=operation_list
    )
    (package / "resources.py").write_text(text, encoding="utf-8")


def _ship_spec(document: Mapping[str, Any], package: Path) -> None:
    """The spec as package data (JSON, which the standard library reads): strict mode validates against it."""
    text = json.dumps(document, indent=1, ensure_ascii=False) + "\n"
    (package / "_spec.json").write_text(text, encoding="utf-8")


def _describe(error: GeneratorError) -> str:
    return " ".join(part for part in (error.header, error.detail) if part)


def _first_line(exc: BaseException) -> str:
    text = str(exc).strip() or type(exc).__name__
    return text.splitlines()[0]


def _run(command: Sequence[str], cwd: Path, what: str) -> None:
    completed = subprocess.run(command, cwd=cwd, capture_output=True, text=True, check=False)
    if completed.returncode != 0:
        output = (completed.stdout + completed.stderr).strip()
        raise GenerationError(f"{what} failed (exit {completed.returncode}):\n{output}")


def _tool(name: str) -> str:
    """The pinned tool from this interpreter's environment, never whatever is first on PATH."""
    return str(Path(sys.executable).parent / name)


def render_inputs_key(
    spec: Path, destination_name: str, generator_dir: Path = GENERATOR_DIR, config_file: Path = DEFAULT_CONFIG
) -> str:
    """A sha256 of everything a render of ``spec`` depends on: same key, byte-identical render."""
    digest = hashlib.sha256()
    named = (sys.version, destination_name, spec.name)  # the spec's name is in every file's banner
    for part in (*named, *(f"{tool}=={metadata.version(tool)}" for tool in RENDER_TOOLS)):
        digest.update(part.encode() + b"\0")
    digest.update(spec.read_bytes() + b"\0")
    digest.update(config_file.read_bytes() + b"\0")
    for path in sorted(generator_dir.rglob("*")):
        relative = path.relative_to(generator_dir)
        if path.is_file() and not set(NOT_RENDER_INPUTS).intersection(relative.parts):
            digest.update(relative.as_posix().encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()


def render(spec: Path, destination: Path, *, cache: Path | None = None, config_file: Path = DEFAULT_CONFIG) -> None:
    """Render the whole generated project for ``spec`` into ``destination``, which must not exist.

    With a ``cache`` directory, a render of the same inputs is copied from there instead of being redone.
    """
    if cache is None:
        _render_fresh(spec, destination, config_file)
        return
    if not spec.is_file():
        raise GenerationError(f"{spec}: no such file")
    entry = cache / render_inputs_key(spec, destination.name, config_file=config_file)
    if not entry.is_dir():
        _fill_cache_entry(spec, entry, destination.name, config_file)
    # Touched before the copy, so a concurrent prune sees it as the newest entry and leaves it alone.
    os.utime(entry)
    shutil.copytree(entry, destination, symlinks=True)


def _fill_cache_entry(spec: Path, entry: Path, name: str, config_file: Path) -> None:
    """Render into a scratch directory of the cache and rename it into place: readers never see half a render.

    A hand-rolled cache rather than a caching library: what is cached is a directory tree, published by an
    atomic rename, which key-value caches (diskcache, joblib.Memory) do not offer.
    """
    entry.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix=".render-", dir=entry.parent) as scratch:
        _render_fresh(spec, Path(scratch) / name, config_file)
        try:
            (Path(scratch) / name).rename(entry)
        except OSError:
            if not entry.is_dir():  # else another process published the same render first: use theirs
                raise
    _prune(entry.parent)


def _prune(cache: Path) -> None:
    entries = sorted(
        (path for path in cache.iterdir() if path.is_dir() and not path.name.startswith(".")),
        key=_age_key,
        reverse=True,
    )
    for stale in entries[CACHE_ENTRIES:]:
        shutil.rmtree(stale, ignore_errors=True)


def _age_key(entry: Path) -> float:
    """When ``entry`` was last used; the oldest possible for one that another process pruned meanwhile (test
    workers render and prune the same cache at once)."""
    try:
        return entry.stat().st_mtime
    except FileNotFoundError:
        return float("-inf")


def _render_fresh(spec: Path, destination: Path, config_file: Path = DEFAULT_CONFIG) -> None:
    # Parsed once here for the decisions and the shipped copy (openapi-python-client reads it on its own).
    document = validate_spec(spec)
    package = _build_project(spec, destination, document, config_file)
    _ship_spec(document, package)
    # The changelog is maintained in generator/ (written by `make changelog`) and shipped inside the package, so the
    # wheel carries it as well as the sdist.
    shutil.copyfile(GENERATOR_DIR / "CHANGELOG.md", package / "CHANGELOG.md")
    name, target = LICENSE_LINK
    (destination / name).symlink_to(target)
    _run([_tool("ruff"), "check", "--fix-only", "--no-cache", "."], destination, "ruff check")
    _run([_tool("ruff"), "format", "--no-cache", "."], destination, "ruff format")
    for skipped in SKIPPED_OUTPUT:
        shutil.rmtree(destination / skipped, ignore_errors=True)
    stamp_banners(destination, spec.name)


# What each kind of rendered file starts with, so that nobody edits one by hand; the shipped spec (JSON) has no
# comments, and the changelog and the runtime are not rendered.
BANNER = "Generated from {spec} by `make generate`: change the spec or generator/, never this file."
_COMMENTS = {".py": "# {}\n", ".toml": "# {}\n", ".md": "<!-- {} -->\n"}
_NOT_STAMPED = ("CHANGELOG.md",)


def stamp_banners(destination: Path, spec_name: str) -> None:
    """Put the one-line banner naming ``spec_name`` at the top of every rendered file that can carry a comment."""
    line = BANNER.format(spec=spec_name)
    for path in sorted(destination.rglob("*")):
        comment = _COMMENTS.get(path.suffix)
        if comment is None or path.name in _NOT_STAMPED or path.is_symlink() or not path.is_file():
            continue
        path.write_text(comment.format(line) + path.read_text(encoding="utf-8"), encoding="utf-8")


@contextmanager
def rendered(
    spec: Path, near: Path, *, cache: Path | None = None, config_file: Path = DEFAULT_CONFIG
) -> Iterator[Path]:
    """Render into a temporary directory beside ``near`` (same filesystem, so a rename is atomic)."""
    near.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix=f".{near.name}-", dir=near.parent) as scratch:
        destination = Path(scratch) / near.name
        render(spec, destination, cache=cache, config_file=config_file)
        yield destination


def generate(spec: Path = DEFAULT_SPEC, output: Path = DEFAULT_OUTPUT, *, cache: Path | None = RENDER_CACHE) -> None:
    """Regenerate ``output`` from ``spec``; on any failure ``output`` is left untouched."""
    with rendered(spec, output, cache=cache) as fresh:
        retired = fresh.parent / "retired"
        for name in HAND_WRITTEN_NAMES:
            if (output / PACKAGE / name).is_dir():
                _copy_hand_written(output / PACKAGE / name, fresh / PACKAGE / name)
        if output.exists():
            output.rename(retired)
        fresh.rename(output)


def tree_files(root: Path) -> dict[str, bytes]:
    """Every file the generator writes below ``root`` by its relative POSIX path: caches, build leftovers and
    the hand-written subpackages (``<package>/_runtime/``, ``<package>/lib/``) left out; a symlink stands as its
    target (a render's links point outside it, at the repository)."""
    ignored = {"__pycache__", ".mypy_cache", ".pytest_cache", *SKIPPED_OUTPUT}
    return {
        path.relative_to(root).as_posix(): _content(path)
        for path in sorted(root.rglob("*"))
        if (path.is_file() or path.is_symlink())
        and not ignored.intersection(path.relative_to(root).parts)
        and not path.name.endswith(".egg-info")
        and not set(path.relative_to(root).parts[1:2]).intersection(HAND_WRITTEN_NAMES)
    }


def _content(path: Path) -> bytes:
    return f"symlink -> {path.readlink()}\n".encode() if path.is_symlink() else path.read_bytes()


def add_hand_written(package: Path) -> None:
    """Put the hand-written subpackages into the render of another spec's ``package`` so that it imports (a copy
    in a scratch directory, never in the repository: the golden-record fixture's render uses it)."""
    for name in HAND_WRITTEN_NAMES:
        _copy_hand_written(DEFAULT_OUTPUT / PACKAGE / name, package / name)


def _copy_hand_written(source: Path, destination: Path) -> None:
    shutil.copytree(source, destination, ignore=shutil.ignore_patterns("__pycache__"))


def tree_diff(expected: Path, actual: Path) -> str:
    """A unified diff of two trees ('' when identical): what ``actual`` would need to become ``expected``."""
    return files_diff(tree_files(expected), tree_files(actual), "generated_client", ("committed", "from spec"))


def files_diff(want: Mapping[str, bytes], have: Mapping[str, bytes], label: str, sides: tuple[str, str]) -> str:
    """A unified diff of two file trees given as path -> bytes; ``sides`` names ``have`` and ``want``."""
    chunks: list[str] = []
    for name in sorted(want.keys() | have.keys()):
        if want.get(name) == have.get(name):
            continue
        before = have.get(name, b"").decode("utf-8", "replace").splitlines(keepends=True)
        after = want.get(name, b"").decode("utf-8", "replace").splitlines(keepends=True)
        path = f"{label}/{name}"
        chunks.extend(difflib.unified_diff(before, after, f"{path} ({sides[0]})", f"{path} ({sides[1]})"))
        if not chunks or not chunks[-1].endswith("\n"):
            chunks.append("\n")
    return "".join(chunks)


def check(spec: Path = DEFAULT_SPEC, output: Path = DEFAULT_OUTPUT, *, cache: Path | None = RENDER_CACHE) -> str:
    """The diff between the committed ``output`` and what ``spec`` generates ('' when up to date)."""
    with rendered(spec, output, cache=cache) as fresh:
        return tree_diff(fresh, output)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m generator", description=__doc__.splitlines()[0])
    parser.add_argument("command", choices=["generate", "check"])
    parser.add_argument("--spec", type=Path, default=DEFAULT_SPEC)
    parser.add_argument("--output", type=Path, default=DEFAULT_OUTPUT)
    parser.add_argument("--no-cache", action="store_true", help=f"render afresh, ignoring {RENDER_CACHE}")
    args = parser.parse_args(argv)
    cache = None if args.no_cache else RENDER_CACHE
    try:
        if args.command == "generate":
            generate(args.spec, args.output, cache=cache)
            print(f"generated {args.output} from {args.spec}")
            return 0
        difference = check(args.spec, args.output, cache=cache)
    except GenerationError as exc:
        print(f"error: {exc}", file=sys.stderr)
        print(f"{args.output} was left unchanged.", file=sys.stderr)
        return 1
    if difference:
        sys.stdout.write(difference)
        print(
            f"\n{args.output} differs from what {args.spec} generates. It is never edited by hand: "
            "change the spec or generator/, then run `make generate`.",
            file=sys.stderr,
        )
        return 1
    print(f"{args.output} is up to date with {args.spec}")
    return 0
