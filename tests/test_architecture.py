"""The data layer imports no Qt, so it runs and is tested without a display."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "desktop_app"
QT_FREE = ["content", "builder", "notes", "views"]
FORBIDDEN = ("PySide6", "shiboken6", "pyqtgraph", "desktop_app.ui")


def imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


@pytest.mark.parametrize("package", QT_FREE)
def test_data_packages_do_not_import_qt(package: str) -> None:
    files = sorted((PACKAGE / package).rglob("*.py"))
    assert files
    offenders = {
        f"{path.relative_to(PACKAGE)} imports {name}"
        for path in files
        for name in imported_modules(path)
        if name.startswith(FORBIDDEN)
    }
    assert not offenders


def test_importing_the_data_layer_loads_no_qt() -> None:
    code = (
        "import sys, desktop_app.content, desktop_app.builder, desktop_app.builder.__main__, desktop_app.paths,"
        " desktop_app.notes.store, desktop_app.notes.anchoring, desktop_app.notes.backup,"
        " desktop_app.notes.exchange;"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('PySide6', 'shiboken6', 'pyqtgraph')))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                         cwd=PACKAGE.parent).stdout
    assert out.strip() == "[]"
