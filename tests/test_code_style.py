"""The code base stays ruff-clean; a style slip fails the suite like any other regression."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_ruff_finds_nothing() -> None:
    ruff = shutil.which("ruff", path=str(Path(sys.executable).parent)) or shutil.which("ruff")
    assert ruff, "ruff is part of the test extra: pip install -e '.[test]'"
    result = subprocess.run([ruff, "check", "."], cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


LONG_MODULE = 420  # "about 400 lines"


def test_a_long_module_says_at_its_top_why_it_is_long() -> None:
    """Each module has one reason to change; one that grows past about 400 lines states why it stays whole."""
    import ast

    unexplained = []
    for path in sorted((ROOT / "desktop_app").rglob("*.py")):
        text = path.read_text(encoding="utf-8")
        if text.count("\n") > LONG_MODULE:
            docstring = ast.get_docstring(ast.parse(text)) or ""
            if "Over 400 lines" not in docstring:
                unexplained.append(f"{path.relative_to(ROOT)} ({text.count(chr(10))} lines)")
    assert not unexplained, "split these or say why at the top (\"Over 400 lines because ...\"): " + ", ".join(
        unexplained)
