"""Every menu shortcut, pressed with the focus in each pane, reaches its command exactly once: no key is
claimed twice (Qt would then run neither) and none is swallowed by the pane."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QLineEdit, QMenu, QPlainTextEdit, QTextEdit, QWidget

from tests.journeys.conftest import App, Person

# Ctrl+0...5, as listed in Go > Pane.
PANE_KEYS = {"reader": "Ctrl+0", "search": "Ctrl+1", "timeline": "Ctrl+2", "map": "Ctrl+3", "casualties": "Ctrl+4",
             "notes": "Ctrl+5"}


class Counter(QObject):
    """Counts the shortcut events an action receives and keeps them from running it (no dialogs open
    and the window does not quit while each key is tried)."""

    def __init__(self) -> None:
        super().__init__()
        self.hits: dict[QAction, int] = {}

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt API)
        if event.type() == QEvent.Type.Shortcut and isinstance(watched, QAction):
            if not event.isAmbiguous():
                self.hits[watched] = self.hits.get(watched, 0) + 1
            return True
        return False


def menu_commands(menu: QMenu, prefix: str = "") -> list[tuple[str, QAction]]:
    found = []
    for action in menu.actions():
        if action.menu():
            found += menu_commands(action.menu(), f"{prefix}{action.text().replace('&', '')} > ")
        elif action.shortcuts():
            found.append((prefix + action.text().replace("&", ""), action))
    return found


def text_does_it_itself(focused: QWidget, keys: QKeySequence) -> bool:
    """A text field handles its own editing keys (Ctrl+C copies from it, Ctrl+A selects its text)."""
    if not isinstance(focused, QLineEdit | QTextEdit | QPlainTextEdit):
        return False
    editing = (QKeySequence.StandardKey.Undo, QKeySequence.StandardKey.Redo, QKeySequence.StandardKey.Cut,
               QKeySequence.StandardKey.Copy, QKeySequence.StandardKey.Paste, QKeySequence.StandardKey.SelectAll)
    return any(keys in QKeySequence.keyBindings(standard) for standard in editing)


def reachable_from(action: QAction, focused: QWidget) -> bool:
    if not action.isEnabled():
        return False
    if action.shortcutContext() == Qt.ShortcutContext.WindowShortcut:
        return True
    owners = [o for o in action.associatedObjects() if isinstance(o, QWidget) and not isinstance(o, QMenu)]
    return any(o is focused or o.isAncestorOf(focused) for o in owners)


@pytest.mark.parametrize("pane", list(PANE_KEYS))
def test_every_menu_shortcut_runs_once_from_each_pane(app: App, person: Person, pane: str) -> None:
    window = person.window
    commands = [(name, action) for top in window.menuBar().actions() for name, action in
                menu_commands(top.menu(), top.text().replace("&", "") + " > ")]
    assert len(commands) > 25
    counter = Counter()
    for _name, action in commands:
        action.installEventFilter(counter)
    person.press(PANE_KEYS[pane])
    home = QApplication.focusWidget()
    missed, extra = [], []
    for name, action in commands:
        for keys in action.shortcuts():
            if QApplication.focusWidget() is not home:  # the last key moved the focus: back, as a person would
                person.press(PANE_KEYS[pane])
            counter.hits.clear()
            person.press(keys.toString(QKeySequence.SequenceFormat.PortableText))
            fired = counter.hits.get(action, 0)
            others = {a.text() for a, n in counter.hits.items() if a is not action and n}
            expected = 0 if text_does_it_itself(home, keys) or not reachable_from(action, home) else 1
            if fired != expected:
                missed.append(f"{keys.toString()} ({name}) ran {fired} times, expected {expected}")
            if others:
                extra.append(f"{keys.toString()} ({name}) also ran {sorted(others)}")
    assert not missed and not extra, f"from the {pane}: " + "; ".join(missed + extra)
