"""The runtime imports nothing generated, and the package has no import cycles, read from the source (the AST),
every import counted: those at module level, inside functions and under ``TYPE_CHECKING`` alike.

What the runtime needs of the spec is installed into it (``_facts``: the protocol facts, and a loader of the
request params) or handed to it with each operation's descriptor (``_operation``), so the hand-written runtime can
be read, tested and type-checked on its own. What is built on the generated models lives beside them, in ``lib``.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

import mixroute_client

PACKAGE_DIR = Path(mixroute_client.__file__).parent
PACKAGE = PACKAGE_DIR.name
RUNTIME = f"{PACKAGE}._runtime"


def module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE_DIR.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def modules() -> dict[str, Path]:
    return {module_name(path): path for path in PACKAGE_DIR.rglob("*.py")}


def imported(name: str, path: Path, known: dict[str, Path]) -> Iterator[str]:
    """The package's modules that ``name`` imports anywhere in its source."""
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            yield from (alias.name for alias in node.names if alias.name.startswith(PACKAGE))
        elif isinstance(node, ast.ImportFrom):
            base = package
            for _ in range(node.level - 1):
                base = base.rpartition(".")[0]
            source = (f"{base}.{node.module}" if node.module else base) if node.level else (node.module or "")
            if not source.startswith(PACKAGE):
                continue
            for alias in node.names:
                child = f"{source}.{alias.name}"
                yield child if child in known else source


def graph() -> dict[str, set[str]]:
    known = modules()
    return {name: set(imported(name, path, known)) - {name} for name, path in known.items()}


def in_runtime(module: str) -> bool:
    return module == RUNTIME or module.startswith(f"{RUNTIME}.")


def outside_imports(edges: dict[str, set[str]]) -> dict[str, set[str]]:
    """Each runtime module's imports of modules outside the runtime: generated ones, ``lib``, the package."""
    found = {name: {target for target in targets if not in_runtime(target)} for name, targets in edges.items()}
    return {name: targets for name, targets in found.items() if in_runtime(name) and targets}


def test_no_runtime_module_imports_a_generated_module() -> None:
    assert outside_imports(graph()) == {}


def test_an_import_of_generated_code_is_found() -> None:
    edges = {
        f"{RUNTIME}._params": {f"{RUNTIME}._wire", f"{PACKAGE}.params"},
        f"{RUNTIME}._client": {PACKAGE},
        f"{RUNTIME}._wire": {f"{RUNTIME}._types"},
        f"{PACKAGE}.lib._parsing": {f"{PACKAGE}.models.chat_completion", f"{RUNTIME}._models"},
    }
    assert outside_imports(edges) == {f"{RUNTIME}._params": {f"{PACKAGE}.params"}, f"{RUNTIME}._client": {PACKAGE}}


def test_the_walk_sees_imports_inside_functions_and_type_checking_blocks() -> None:
    # The check above must be able to fail: the walk sees imports of generated code wherever they are written.
    imports = graph()
    assert f"{PACKAGE}.params" in imports[f"{PACKAGE}._spec_facts"]  # inside a function
    assert f"{PACKAGE}.params" in imports[f"{PACKAGE}.lib._parsing"]  # under TYPE_CHECKING
    assert f"{RUNTIME}._operation" in imports[f"{PACKAGE}.api.chat.create_chat_completion"]


def cycles(edges: dict[str, set[str]]) -> list[list[str]]:
    """The strongly connected components of more than one module (Tarjan's algorithm)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for target in sorted(edges.get(node, ())):
            if target not in index:
                visit(target)
                low[node] = min(low[node], low[target])
            elif target in on_stack:
                low[node] = min(low[node], index[target])
        if low[node] == index[node]:
            component = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                component.append(member)
                if member == node:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    for node in sorted(edges):
        if node not in index:
            visit(node)
    return found


def test_the_package_has_no_import_cycles() -> None:
    assert cycles(graph()) == []


def test_a_cycle_is_found() -> None:
    assert cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]
