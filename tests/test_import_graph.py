"""No import cycle in agent/: modules import downwards, so any one of them can be read (and
imported) on its own. Only module-level imports count; imports inside functions are lazy by design,
and imports under `if TYPE_CHECKING:` never run."""

from __future__ import annotations

import ast
from pathlib import Path

AGENT = Path(__file__).resolve().parent.parent / "agent"


def module_name(path: Path) -> str:
    parts = path.relative_to(AGENT.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def module_level_imports(tree: ast.Module, name: str, is_package: bool, known: set[str]) -> set[str]:
    """The agent modules `tree` imports when it is itself imported."""
    found: set[str] = set()

    def visit(statements: list[ast.stmt]) -> None:
        for node in statements:
            if isinstance(node, ast.Import):
                found.update(alias.name for alias in node.names)
            elif isinstance(node, ast.ImportFrom):
                base = node.module or ""
                if node.level:
                    package = name if is_package else name.rpartition(".")[0]
                    for _ in range(node.level - 1):
                        package = package.rpartition(".")[0]
                    base = f"{package}.{base}" if base else package
                for alias in node.names:
                    # `from pkg import submodule` imports the submodule (its package is imported by
                    # any submodule import, as with `import pkg.submodule`); else the names come from base
                    found.add(f"{base}.{alias.name}" if f"{base}.{alias.name}" in known else base)
            elif isinstance(node, ast.If):
                test = ast.unparse(node.test)
                if test not in ("TYPE_CHECKING", "typing.TYPE_CHECKING"):
                    visit(node.body)
                visit(node.orelse)
            elif isinstance(node, ast.Try):
                for block in (node.body, node.orelse, node.finalbody, *(h.body for h in node.handlers)):
                    visit(block)

    visit(tree.body)
    return {m for m in found if m in known and m != name}


def import_graph() -> dict[str, set[str]]:
    files = {module_name(p): p for p in AGENT.rglob("*.py")}
    known = set(files)
    return {
        name: module_level_imports(ast.parse(path.read_text(encoding="utf-8")), name, path.name == "__init__.py", known)
        for name, path in files.items()
    }


def find_cycle(graph: dict[str, set[str]]) -> list[str] | None:
    """One cycle of `graph` as a path that ends where it starts, or None."""
    state: dict[str, int] = {}  # 1: on the current path, 2: done
    path: list[str] = []

    def walk(node: str) -> list[str] | None:
        state[node] = 1
        path.append(node)
        for nxt in sorted(graph.get(node, ())):
            if state.get(nxt) == 1:
                return path[path.index(nxt) :] + [nxt]
            if nxt not in state and (cycle := walk(nxt)):
                return cycle
        path.pop()
        state[node] = 2
        return None

    for node in sorted(graph):
        if node not in state and (cycle := walk(node)):
            return cycle
    return None


def test_agent_has_no_import_cycle():
    graph = import_graph()
    assert "agent.cli.app" in graph and "agent.cli.grading" in graph["agent.cli.app"]
    cycle = find_cycle(graph)
    assert cycle is None, " -> ".join(cycle or [])


def test_the_cycle_finder_finds_a_cycle():
    assert find_cycle({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": set()}) == ["a", "b", "c", "a"]
    assert find_cycle({"a": {"b"}, "b": set()}) is None


def test_lazy_and_type_checking_imports_do_not_count():
    source = (
        "from typing import TYPE_CHECKING\n"
        "import agent.x\n"
        "if TYPE_CHECKING:\n    import agent.y\n"
        "def f():\n    import agent.z\n"
        "try:\n    from agent import w\nexcept ImportError:\n    pass\n"
    )
    known = {"agent", "agent.x", "agent.y", "agent.z", "agent.w", "agent.m"}
    assert module_level_imports(ast.parse(source), "agent.m", False, known) == {"agent.x", "agent.w"}


def test_from_imports_point_at_the_module_that_holds_the_name():
    source = "from agent.p import sub, NAME\nfrom . import sibling\nfrom .sub import thing\n"
    known = {"agent.p", "agent.p.sub", "agent.p.sibling", "agent.p.me"}
    assert module_level_imports(ast.parse(source), "agent.p.me", False, known) == {
        "agent.p.sub",
        "agent.p",
        "agent.p.sibling",
    }
