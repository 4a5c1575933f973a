"""One keyboard map: no key does two things from the same place in the window (Qt then does neither and
logs "Ambiguous shortcut overload"), and Help > Keyboard Shortcuts lists what the keys do."""

from __future__ import annotations

from collections import defaultdict

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QWidget

from desktop_app.ui.main_window import MainWindow


@pytest.fixture
def window(qtbot, content):
    win = MainWindow(content)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    assert win.timeline and win.casualties  # every pane built, as after the first minute of use
    yield win
    win.close()


def _reach(action: QAction, window: MainWindow) -> list[QWidget]:
    """The widgets from which the action's keys fire: the window for a window shortcut, else the widgets it
    was added to (menus aside: a menu's keys only work while it is open)."""
    if action.shortcutContext() in (Qt.ShortcutContext.WindowShortcut, Qt.ShortcutContext.ApplicationShortcut):
        return [window]
    return [o for o in action.associatedObjects() if isinstance(o, QWidget) and not isinstance(o, QMenu)]


def _overlap(a: QWidget, b: QWidget) -> bool:
    return a is b or a.isAncestorOf(b) or b.isAncestorOf(a)


def test_no_two_actions_share_keys_where_both_could_fire(window: MainWindow) -> None:
    by_keys: dict[str, list[QAction]] = defaultdict(list)
    for action in set(window.findChildren(QAction)):
        for keys in action.shortcuts():
            by_keys[keys.toString(QKeySequence.SequenceFormat.PortableText)].append(action)
    assert by_keys["Ctrl+K"], "the window's actions were not found"
    clashes = []
    for keys, actions in by_keys.items():
        for i, first in enumerate(actions):
            for second in actions[i + 1:]:
                if any(_overlap(a, b) for a in _reach(first, window) for b in _reach(second, window)):
                    clashes.append(f"{keys}: {first.text()!r} and {second.text()!r}")
    assert not clashes, "keys that would do nothing (ambiguous): " + "; ".join(clashes)


def test_the_shortcut_list_names_each_pane_s_own_keys(window: MainWindow) -> None:
    text = window.shortcuts_html()
    for where in ("Menus", "In the reader", "In the timeline pane", "In the map pane", "In the casualties pane",
                  "In the notes pane"):
        assert where in text
    assert "Links in This Entry" in text and "Ctrl+L" in text
    assert "Next Pane" in text and "F6" in text


def test_zoom_export_and_note_keys_are_distinct(window: MainWindow) -> None:
    """The collisions a user met: Ctrl+Shift+E, Ctrl++ and Ctrl+E each did nothing somewhere."""
    rows = {command: keys for _where, command, keys in window.shortcut_rows()}
    assert rows["Edit > Add Note to Entry..."] == "Ctrl+Shift+E"
    assert rows["File > Export Chart Data as CSV..."] not in ("Ctrl+Shift+E", "Ctrl+E")
    assert rows["File > Save Map Image..."] != rows["File > Export Chart as PNG..."]
    assert "Ctrl++" not in rows["Zoom in"]


def _mnemonic(text: str) -> str:
    at = text.replace("&&", "").find("&")
    return text.replace("&&", "")[at + 1].lower() if at >= 0 else ""


def test_each_menu_s_underlined_letters_are_distinct(window: MainWindow) -> None:
    """Alt+F then a letter: a letter shared by two items only ever reaches the first."""
    clashes = []

    def walk(menu: QMenu) -> None:
        seen: dict[str, str] = {}
        for action in menu.actions():
            letter = _mnemonic(action.text())
            if letter and letter in seen:
                clashes.append(f"{menu.title()}: {seen[letter]!r} and {action.text()!r}")
            seen[letter] = action.text()
            if action.menu():
                walk(action.menu())

    for top in window.menuBar().actions():
        walk(top.menu())
    assert not clashes, "; ".join(clashes)
