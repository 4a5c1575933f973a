"""The pseudo-language makes every translated string 40 % longer and brackets it: a text on screen without
brackets was never translated, and a control too narrow for its text would clip a longer language too."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QAbstractButton, QApplication, QDialogButtonBox, QLabel, QMenu, QWidget

from desktop_app.ui.language import PSEUDO, apply_language, remove_language
from desktop_app.ui.main_window import MainWindow

# Texts that are not the interface's own words: the app's name, and native language names (never translated).
NOT_TRANSLATED = {"44 Days", "English", "Русский", "Հայերեն", "Azərbaycan dili"}


@pytest.fixture
def pseudo_window(qapp: QApplication, qtbot, content) -> Iterator[MainWindow]:
    installed = apply_language(qapp, PSEUDO)
    try:
        window = MainWindow(content)
        qtbot.addWidget(window)
        window.resize(1366, 768)
        window.show()
        qtbot.waitExposed(window)
        for pane in (window.timeline, window.casualties):  # built on demand: build them as a look would
            assert pane is not None
        for dock in (window.timeline_dock, window.casualties_dock):
            dock.show()
            dock.raise_()
        qtbot.wait(300)
        yield window
        window.close()
        window.notes.close()
    finally:
        remove_language(qapp, installed)


def menu_texts(menu: QMenu, path: str = "") -> Iterator[tuple[str, str]]:
    for action in menu.actions():
        if action.isSeparator():
            continue
        where = f"{path} > {action.text()}"
        yield where, action.text()
        if action.menu() is not None:
            yield from menu_texts(action.menu(), where)


def is_translated(text: str) -> bool:
    plain = text.replace("&", "").strip()
    return not plain or plain.startswith("[") or plain in NOT_TRANSLATED or plain.startswith(
        tuple(f"{name} " for name in NOT_TRANSLATED)) or not any(c.isalpha() for c in plain)


def test_every_menu_command_is_translated(pseudo_window: MainWindow) -> None:
    untranslated = []
    for top in pseudo_window.menuBar().actions():
        if not is_translated(top.text()):
            untranslated.append(top.text())
        untranslated += [where for where, text in menu_texts(top.menu(), top.text()) if not is_translated(text)]
    assert not untranslated, untranslated


def visible_widgets(window: MainWindow, kind: type[QWidget]) -> list[QWidget]:
    return [widget for widget in window.findChildren(kind) if widget.isVisible()]


def test_every_button_and_tooltip_is_translated(pseudo_window: MainWindow) -> None:
    untranslated = []
    for button in visible_widgets(pseudo_window, QAbstractButton):
        if button.objectName().startswith("qt_") or isinstance(button.parent(), QDialogButtonBox):
            continue  # Qt's own (a pane's Float and Close, a box's OK): Qt's catalogue, where Qt ships one
        if not is_translated(button.text()):
            untranslated.append(f"button {button.text()!r}")
        if not is_translated(button.toolTip()) and not button.toolTip().startswith("<"):
            untranslated.append(f"tooltip {button.toolTip()!r}")
        if not is_translated(button.accessibleName()):
            untranslated.append(f"accessible name {button.accessibleName()!r}")
    for dock in (pseudo_window.search_dock, pseudo_window.timeline_dock, pseudo_window.map_dock,
                 pseudo_window.casualties_dock, pseudo_window.notes_dock):
        if not is_translated(dock.windowTitle()):
            untranslated.append(f"pane {dock.windowTitle()!r}")
    assert not untranslated, untranslated


def test_nothing_is_clipped_at_1366_by_768(pseudo_window: MainWindow) -> None:
    """The window fits the screen, and every visible button and one-line label is as wide as its text needs."""
    assert pseudo_window.width() <= 1366 and pseudo_window.height() <= 768
    assert pseudo_window.minimumSizeHint().width() <= 1366
    clipped = []
    for widget in visible_widgets(pseudo_window, QAbstractButton) + visible_widgets(pseudo_window, QLabel):
        if isinstance(widget, QLabel) and (widget.wordWrap() or not widget.text()):
            continue
        text = widget.text()
        if widget.width() < widget.minimumSizeHint().width():
            clipped.append(f"{type(widget).__name__} {text!r}: {widget.width()} < {widget.minimumSizeHint().width()}")
    assert not clipped, clipped


def test_every_lane_name_fits_beside_the_timeline(pseudo_window: MainWindow) -> None:
    """pyqtgraph leaves out a tick label wider than its axis: each lane's name must fit, however long."""
    plot = pseudo_window.timeline.plot
    axis = plot.getPlotItem().getAxis("left")
    metrics = plot.fontMetrics()
    too_long = [lane.label for lane in plot.model.lanes.values()
                if metrics.horizontalAdvance(lane.label) > axis.width() - 8]
    assert not too_long, too_long
