"""Big text that still fits: at View > Text Size 200 % in a 1366 x 768 window, every pane fits the window and no
label or button is cut; back at 100 %, the three columns return."""

from __future__ import annotations

import gc

import pytest
from PySide6.QtCore import QRect
from PySide6.QtWidgets import QAbstractButton, QLabel, QWidget

from desktop_app.ui.appearance import Appearance
from desktop_app.ui.main_window import MainWindow
from desktop_app.ui.settings import TEXT_SCALE, Settings


@pytest.fixture(autouse=True)
def usual_text_afterwards(qapp):
    before = qapp.font().pointSizeF()
    yield
    settings = Settings()
    settings.set(TEXT_SCALE, TEXT_SCALE.default)
    Appearance(qapp, settings).deleteLater()
    assert qapp.font().pointSizeF() == before


@pytest.fixture
def window(qtbot, content):
    win = MainWindow(content, Settings())
    qtbot.addWidget(win)
    win.resize(1366, 768)
    win.show()
    qtbot.waitExposed(win)
    yield win
    win.close()
    del win
    gc.collect()


def text_size(window: MainWindow, qtbot, percent: int) -> None:
    window.appearance.scale_actions[percent].trigger()
    qtbot.wait(300)  # the new font reaches every widget, then the panes are arranged for it


def cut_or_outside(window: MainWindow, pane: QWidget) -> list[str]:
    """Labels and buttons of a pane shown narrower than their text, or reaching past the window's edge."""
    inside = QRect(0, 0, window.width(), window.height())
    found = []
    for widget in pane.findChildren(QWidget):
        if not widget.isVisibleTo(window) or not widget.isVisible():
            continue
        name = widget.accessibleName() or widget.objectName() or type(widget).__name__
        at = QRect(widget.mapTo(window, widget.rect().topLeft()), widget.size())
        if isinstance(widget, QLabel | QAbstractButton) and not inside.contains(at):
            found.append(f"{name}: outside the window at {at}")
        needs = widget.minimumSizeHint().width()
        if isinstance(widget, QLabel) and not widget.wordWrap() and widget.text() and widget.width() < needs:
            found.append(f"{name}: {widget.width()} px for a text of {widget.minimumSizeHint().width()} px")
        if isinstance(widget, QAbstractButton) and widget.width() < widget.minimumSizeHint().width():
            found.append(f"{name}: button {widget.width()} px, needs {widget.minimumSizeHint().width()} px")
    return found


def test_at_200_percent_every_pane_fits_a_laptop_screen(window: MainWindow, qtbot) -> None:
    text_size(window, qtbot, 200)
    assert window.arrangement.large_text
    # the search and notes panes are tabs beside the map and the chart: one side column
    assert window.search_dock in window.tabifiedDockWidgets(window.map_dock)
    assert window.notes_dock in window.tabifiedDockWidgets(window.map_dock)
    assert window.minimumSizeHint().width() <= 1366
    for dock in (window.search_dock, window.map_dock, window.casualties_dock, window.notes_dock, window.timeline_dock):
        dock.raise_()
        qtbot.wait(100)
        pane = dock.widget()
        assert cut_or_outside(window, pane) == [], dock.windowTitle()
    assert cut_or_outside(window, window.reader) == []


def test_the_map_row_and_the_legend_make_room_at_200_percent(window: MainWindow, qtbot) -> None:
    text_size(window, qtbot, 200)
    window.map_dock.raise_()
    qtbot.wait(100)
    pane = window.map
    assert pane.top.rows >= 2  # the slider below the date, not squeezed beside it
    assert pane.slider.width() >= pane.top.MIN_SLIDER
    assert pane.date_label.width() >= pane.date_label.fontMetrics().horizontalAdvance(pane.date_label.text())
    assert pane.legend_box.height() <= round(pane.height() * 0.3) + 1  # the map keeps its room; the legend scrolls
    assert pane.view.height() > pane.legend_box.height()


def test_back_at_100_percent_the_three_columns_return(window: MainWindow, qtbot) -> None:
    text_size(window, qtbot, 200)
    text_size(window, qtbot, 100)
    assert not window.arrangement.large_text
    assert window.search_dock not in window.tabifiedDockWidgets(window.map_dock)
    assert window.dockWidgetArea(window.search_dock) != window.dockWidgetArea(window.map_dock)
