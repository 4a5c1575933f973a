"""Every translate() call in the code can be found by lupdate and looked up at run time."""

from __future__ import annotations

import ast
from pathlib import Path

from desktop_app.builder import catalogues

ROOT = Path(__file__).resolve().parents[2]


def calls(name: str) -> list[tuple[str, ast.Call]]:
    found = []
    for path in catalogues.scanned_sources():
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            func = node.func if isinstance(node, ast.Call) else None
            # translate(...) or i18n.translate(...); not str.translate or QPainter.translate
            if (isinstance(func, ast.Name) and func.id == name) or (
                    isinstance(func, ast.Attribute) and func.attr == name and getattr(func.value, "id", "") == "i18n"):
                found.append((f"{path.relative_to(ROOT)}:{node.lineno}", node))
    return found


def test_translate_is_called_with_a_literal_context_and_text() -> None:
    """A variable is fine only for a constant marked with QT_TRANSLATE_NOOP; an f-string never is: lupdate
    would extract the text before formatting, and no catalogue could ever match it at run time."""
    wrong = []
    for place, call in calls("translate"):
        if len(call.args) < 2 or not (isinstance(call.args[0], ast.Constant) and isinstance(call.args[0].value, str)):
            wrong.append(f"{place}: the context is not a string literal")
        elif isinstance(call.args[1], ast.JoinedStr | ast.BinOp):
            wrong.append(f"{place}: the text is built (f-string, + or %): use {{name}} and .format()")
        if any(keyword.arg == "n" for keyword in call.keywords):
            wrong.append(f"{place}: n= as a keyword; lupdate only sees a plural when n is the 4th argument")
        if len(call.args) >= 4 and not isinstance(call.args[3], ast.Name | ast.Constant):
            # lupdate drops the whole message when the count is an expression (len(x), self.count, a + b)
            wrong.append(f"{place}: the count is an expression; put it in a variable first")
    assert not wrong, "\n".join(wrong)


def test_marked_constants_are_literals() -> None:
    wrong = [place for place, call in calls("QT_TRANSLATE_NOOP")
             if not all(isinstance(arg, ast.Constant) and isinstance(arg.value, str) for arg in call.args[:2])]
    assert not wrong, wrong
