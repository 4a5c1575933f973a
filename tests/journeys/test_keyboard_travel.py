"""Moving round the window by keyboard: F6 visits every pane in reading order with a ring showing where the
keys go; Tab leaves the reader's text; Ctrl+0...5 go to a pane (and bring a closed one back); the reader's
links are reached from Go > Links in This Entry."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QGraphicsView, QWidget

from desktop_app.ui.main_window import MainWindow
from tests.journeys.conftest import Answer, App, Person


def pane_with_focus(window: MainWindow) -> str:
    focused = QApplication.focusWidget()
    panes = {"search": window.search, "notes": window.notes_pane, "reader": window.reader, "map": window.map,
             "casualties": window.casualties, "timeline": window.timeline}
    return next((name for name, pane in panes.items() if focused is pane or pane.isAncestorOf(focused)), "")


def ring_shown(window: MainWindow) -> bool:
    """A person can see where the keys go: a graphics view draws its own ring, anything else has the
    window's halo over it, or is a field the style frames."""
    focused: QWidget = QApplication.focusWidget()
    if isinstance(focused, QGraphicsView):
        return focused.hasFocus()
    halo = window.focus_halo
    if halo.isVisible():
        return halo.geometry() == focused.rect().translated(focused.mapTo(window, focused.rect().topLeft()))
    return focused.inherits("QLineEdit") or focused.inherits("QAbstractButton") or focused.inherits("QComboBox")


def test_f6_visits_every_pane_in_reading_order(app: App, person: Person) -> None:
    window = person.window
    person.press("Ctrl+1")
    visited = [pane_with_focus(window)]
    for _ in range(5):
        person.press("F6")
        person.pause(100)
        assert ring_shown(window), f"no focus ring in the {pane_with_focus(window)}"
        visited.append(pane_with_focus(window))
    assert visited == ["search", "notes", "reader", "map", "casualties", "timeline"]
    person.press("F6")
    assert pane_with_focus(window) == "search"  # round again
    person.press("Shift+F6")
    assert pane_with_focus(window) == "timeline"


def test_tab_leaves_the_reader_and_the_links_are_a_list(app: App, person: Person) -> None:
    window = person.window
    person.press("Ctrl+0")
    assert window.reader.browser.hasFocus() and ring_shown(window)
    person.press("Tab")
    assert pane_with_focus(window) != "reader"  # not the first of a hundred links
    person.press("Shift+Tab")
    assert window.reader.browser.hasFocus()

    # Go > Links in This Entry: type part of a link's text, Enter follows it.
    dialogs = person.expect_dialogs(Answer("Links in This Entry", lambda p: (p.type("shusha"), p.press("Return"))))
    person.press("Ctrl+L")
    dialogs.check()
    person.wait_until(lambda: window.state.entry_id == "shusha")
    assert window.reader.browser.toPlainText().startswith("Shusha")
    assert window.reader.browser.hasFocus()


def test_pane_keys_go_to_a_pane_and_bring_a_closed_one_back(app: App, person: Person) -> None:
    window = person.window
    person.press("Ctrl+3")
    assert pane_with_focus(window) == "map" and window.map.isVisible()
    person.press("Ctrl+3")  # pressed again: the map stays (it used to hide)
    assert pane_with_focus(window) == "map" and window.map.isVisible()
    person.press("Ctrl+4")
    person.wait_until(lambda: window.casualties.isVisible())
    assert pane_with_focus(window) == "casualties"

    # Close the notes pane with the mouse (its title bar's close button), then Ctrl+5 brings it back.
    close = window.notes_dock.findChild(QWidget, "qt_dockwidget_closebutton")
    person.click(close)
    person.wait_until(lambda: not window.notes_pane.isVisible())
    person.press("Ctrl+5")
    person.wait_until(lambda: window.notes_pane.isVisible())
    assert pane_with_focus(window) == "notes"
    person.press("Ctrl+0")
    assert window.reader.browser.hasFocus()
    person.press("Ctrl+2")
    assert pane_with_focus(window) == "timeline"
    assert window.timeline.plot.hasFocus()


def test_f1_lists_the_keys_in_a_window_that_fits_the_screen(app: App, person: Person) -> None:
    window = person.window
    seen: list[str] = []

    def read_and_close(p: Person) -> None:
        dialog = QApplication.activeModalWidget()
        seen.append(dialog.windowTitle())
        text = next(w for w in dialog.findChildren(QWidget) if w.accessibleName() == "Keyboard shortcuts")
        seen.append(text.toPlainText())
        screen = window.screen().availableGeometry()
        assert dialog.height() <= screen.height() and dialog.width() <= screen.width()
        p.press("Escape")

    dialogs = person.expect_dialogs(Answer("Keyboard Shortcuts", read_and_close))
    person.press("F1")
    dialogs.check()
    assert seen[0] == "Keyboard Shortcuts"
    listed = seen[1]
    for line in ("Ctrl+K", "F6", "Ctrl+L", "In the timeline pane", "In the map pane"):
        assert line in listed
