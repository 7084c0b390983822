"""The layering of DESIGN section 1: ui > app > importers > storage > models, Qt only in ui/."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
ORDER = ["models", "storage", "importers", "app", "ui"]
ALLOWED = {layer: set(ORDER[: i + 1]) for i, layer in enumerate(ORDER)}
ALLOWED["ui"] = {"models", "app", "ui"}  # the window reaches storage only through app (issue 4)
ALLOWED["bench"] = set(ORDER) | {"bench"}  # the runner measures the window too


def _imports(path: Path) -> list[tuple[str, int, bool]]:
    """(top-level module, line, inside a function) for every import in the file."""
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    found: list[tuple[str, int, bool]] = []

    def visit(node: ast.AST, in_function: bool) -> None:
        for child in ast.iter_child_nodes(node):
            nested = in_function or isinstance(child, (ast.FunctionDef, ast.AsyncFunctionDef))
            if isinstance(child, ast.Import):
                found.extend((alias.name.split(".")[0], child.lineno, in_function) for alias in child.names)
            elif isinstance(child, ast.ImportFrom) and child.module and child.level == 0:
                found.append((child.module.split(".")[0], child.lineno, in_function))
            visit(child, nested)

    visit(tree, False)
    return found


def _modules(layer: str) -> list[Path]:
    return sorted((REPO / layer).rglob("*.py"))


@pytest.mark.parametrize("layer", ["models", "storage", "importers", "app"])
def test_no_qt_below_ui(layer):
    offenders = [
        f"{path.relative_to(REPO)}:{line}"
        for path in _modules(layer)
        for module, line, _ in _imports(path)
        if module in ("PySide6", "shiboken6", "PyQt5", "PyQt6")
    ]
    assert not offenders, f"Qt imported below ui/: {offenders}"


@pytest.mark.parametrize("layer", ["models", "storage", "importers", "app", "ui", "bench"])
def test_imports_point_down(layer):
    offenders = []
    for path in _modules(layer):
        for module, line, in_function in _imports(path):
            if module not in ORDER or module in ALLOWED[layer]:
                continue
            # The one exception of DESIGN section 1: `kartoteka` with no command starts the window.
            if path == REPO / "app" / "cli.py" and module == "ui" and in_function:
                continue
            offenders.append(f"{path.relative_to(REPO)}:{line} imports {module}")
    assert not offenders, "imports must point down the layers: " + "; ".join(offenders)


def test_the_checker_sees_a_wrong_import(tmp_path):
    bad = tmp_path / "bad.py"
    bad.write_text("import os\ndef f():\n    from PySide6 import QtCore\n", encoding="utf-8")
    assert ("PySide6", 3, True) in _imports(bad)
