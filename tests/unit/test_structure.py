"""The shape of the house holds: one package per area under app/services, no import cycles (an
import inside a function counts too), no private name or private module used from outside, no
crowded folder, reports that read rows only, and a window that never knows a document state.

The import graph is read from the source with `ast`, so nothing is imported to check it."""

from __future__ import annotations

import ast
import enum
import importlib
import inspect
import pkgutil
from collections import defaultdict
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
LAYERS = ("app", "ui")
MAX_MODULES_PER_FOLDER = 15


def _modules() -> dict[str, Path]:
    found = {}
    for layer in LAYERS:
        for path in sorted((ROOT / layer).rglob("*.py")):
            if "migrations" in path.parts:
                continue
            name = ".".join(path.relative_to(ROOT).with_suffix("").parts)
            found[name.removesuffix(".__init__")] = path
    return found


MODULES = _modules()


def _imports(name: str, path: Path) -> list[tuple[str, str | None, int]]:
    """(imported module, imported name or None, line) for every import in the file."""
    tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
    is_package = path.name == "__init__.py"
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found += [(alias.name, None, node.lineno) for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                parts = name.split(".")
                keep = len(parts) - node.level + (1 if is_package else 0)
                base = ".".join(parts[:keep] + ([base] if base else []))
            for alias in node.names:
                submodule = f"{base}.{alias.name}"
                if submodule in MODULES:
                    found.append((submodule, None, node.lineno))
                else:
                    found.append((base, alias.name, node.lineno))
    return [(module, imported, line) for module, imported, line in found if module in MODULES]


GRAPH = {name: _imports(name, path) for name, path in MODULES.items()}


def _cycles() -> list[list[str]]:
    edges = {name: {module for module, _, _ in imports} for name, imports in GRAPH.items()}
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []
    counter = [0]

    def visit(node: str) -> None:  # Tarjan's strongly connected components
        index[node] = low[node] = counter[0]
        counter[0] += 1
        stack.append(node)
        on_stack.add(node)
        for target in edges[node]:
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

    for node in edges:
        if node not in index:
            visit(node)
    return found


def _package_of(module: str) -> str:
    path = MODULES[module]
    return module if path.name == "__init__.py" else module.rpartition(".")[0]


def test_no_import_cycles_not_even_inside_functions():
    assert _cycles() == []


def test_no_private_name_is_imported_from_another_module():
    offenders = [
        f"{MODULES[name].relative_to(ROOT)}:{line}: {imported} from {module}"
        for name, imports in GRAPH.items()
        for module, imported, line in imports
        if imported and imported.startswith("_") and not imported.startswith("__") and imported != "_"
    ]
    assert offenders == []


def test_a_private_module_is_imported_only_inside_its_own_package():
    offenders = []
    for name, imports in GRAPH.items():
        for module, _, line in imports:
            leaf = module.rpartition(".")[2]
            if leaf.startswith("_") and not leaf.startswith("__"):
                owner = module.rpartition(".")[0]
                if not (name == owner or name.startswith(owner + ".")):
                    offenders.append(f"{MODULES[name].relative_to(ROOT)}:{line}: {module}")
    assert offenders == []


def test_every_area_under_app_services_is_a_package_with_rows_or_a_public_api():
    services = ROOT / "app" / "services"
    loose = [p.name for p in services.glob("*.py") if p.name != "__init__.py"]
    assert loose == [], "app/services holds one package per area, not loose modules"
    for package in (p for p in services.iterdir() if p.is_dir() and p.name != "__pycache__"):
        assert (package / "__init__.py").exists(), package


def test_reports_read_rows_and_never_call_a_service():
    offenders = [
        f"{MODULES[name].relative_to(ROOT)}:{line}: {module}"
        for name, imports in GRAPH.items() if name.startswith("app.reports")
        for module, _, line in imports
        if module.startswith("app.services") and not module.endswith(".rows")
    ]
    assert offenders == []


def test_no_folder_holds_more_than_fifteen_modules():
    counts: dict[Path, int] = defaultdict(int)
    for path in MODULES.values():
        if path.name != "__init__.py":
            counts[path.parent] += 1
    crowded = {str(folder.relative_to(ROOT)): n for folder, n in counts.items() if n > MAX_MODULES_PER_FOLDER}
    assert crowded == {}


def _state_values() -> set[str]:
    """The stored values of every state enum in app/domain."""
    import app.domain as domain

    values: set[str] = set()
    for info in pkgutil.iter_modules(domain.__path__, prefix="app.domain."):
        module = importlib.import_module(info.name)
        for _, member in inspect.getmembers(module, inspect.isclass):
            if issubclass(member, enum.StrEnum) and member.__name__.endswith(("State", "Status")):
                values |= {item.value for item in member}
    return values


def test_the_window_never_compares_a_state_with_a_literal():
    states = _state_values()
    assert {"concept", "ingediend", "goedgekeurd", "betaald"} <= states  # the check itself sees the states
    hits = []
    for name, path in MODULES.items():
        if not name.startswith("ui."):
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Compare):
                for operand in (node.left, *node.comparators):
                    values = [operand] if isinstance(operand, ast.Constant) else getattr(operand, "elts", [])
                    hits += [f"{path.relative_to(ROOT)}:{node.lineno} {v.value!r}" for v in values
                             if isinstance(v, ast.Constant) and isinstance(v.value, str) and v.value in states]
    assert hits == []


@pytest.mark.parametrize("package", sorted(
    p.name for p in (ROOT / "app" / "services").iterdir() if (p / "__init__.py").exists()))
def test_each_area_package_declares_its_public_api(package):
    module = importlib.import_module(f"app.services.{package}")
    public = getattr(module, "__all__", None)
    assert public, f"app/services/{package}/__init__.py lists its public names in __all__"
    assert all(hasattr(module, name) for name in public)


def _all_imported_modules(path: Path) -> list[tuple[str, int]]:
    """Every module a file imports, at the top or inside a function, project or not."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
        if isinstance(node, ast.Import):
            found += [(alias.name, node.lineno) for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and not node.level and node.module:
            found.append((node.module, node.lineno))
    return found


def test_the_layers_stay_apart_even_inside_functions():
    """app/ never imports Qt or ui/; ui/ never imports SQLAlchemy or app.db (it asks app/)."""
    forbidden = {"app": ("PySide6", "ui"), "ui": ("sqlalchemy", "app.db")}
    leaks = []
    for layer, banned in forbidden.items():
        for path in sorted((ROOT / layer).rglob("*.py")):
            for module, line in _all_imported_modules(path):
                if any(module == b or module.startswith(b + ".") for b in banned):
                    leaks.append(f"{path.relative_to(ROOT)}:{line} imports {module}")
    assert not leaks, "\n".join(leaks)
