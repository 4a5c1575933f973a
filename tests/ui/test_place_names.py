"""How place names are shown across the panes: English usage by default with the other forms on hover;
View > Place Names switches every pane at once (reader, search, timeline, notes) and is remembered."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent
from PySide6.QtGui import QAction, QHelpEvent
from PySide6.QtWidgets import QApplication, QToolTip

from desktop_app.notes.model import Target
from desktop_app.ui.main_window import MainWindow
from desktop_app.ui.settings import NAME_FORM, Settings

EVENT_AT_SHUSHA = "2020-10-29-five-km-from-shusha"


@pytest.fixture
def window(qtbot, content):
    win = MainWindow(content, Settings())
    qtbot.addWidget(win)
    win.resize(1300, 850)
    win.show()
    qtbot.waitExposed(win)
    win.state.set_entry("shusha")
    yield win
    win.close()


def places_line(window: MainWindow) -> str:
    return next(line for line in window.reader.browser.toPlainText().splitlines() if line.startswith("Places:"))


def hover_places_link(window: MainWindow) -> str:
    """Point at the first place link of the reader and return the tooltip shown."""
    browser = window.reader.browser
    cursor = browser.document().find("Places:")
    cursor.movePosition(cursor.MoveOperation.NextWord)
    cursor.movePosition(cursor.MoveOperation.Right)
    pos = browser.cursorRect(cursor).center()
    viewport = browser.viewport()
    QToolTip.hideText()
    QApplication.sendEvent(viewport, QHelpEvent(QEvent.Type.ToolTip, pos, viewport.mapToGlobal(pos)))
    return QToolTip.text()


def search(qtbot, window: MainWindow, text: str):
    window.search.field.setText(text)
    qtbot.waitUntil(lambda: window.search.results.topLevelItemCount() > 0, timeout=3000)
    places = next(window.search.results.topLevelItem(i) for i in range(window.search.results.topLevelItemCount())
                  if window.search.results.topLevelItem(i).text(0).startswith("Places"))
    return places.child(0)


def test_english_by_default_with_the_other_forms_on_hover(qtbot, window: MainWindow) -> None:
    assert places_line(window) == "Places: Shusha"
    tip = hover_places_link(window)
    assert "Armenian usage: Shushi" in tip and "Azerbaijani usage: Şuşa" in tip
    first = search(qtbot, window, "shushi")
    assert first.text(0) == "Shusha"
    assert "Armenian usage: Shushi" in first.toolTip(0)


def test_choosing_a_form_relabels_the_reader_and_search_at_once(qtbot, window: MainWindow) -> None:
    first = search(qtbot, window, "shushi")
    assert first.text(0) == "Shusha"
    armenian = next(a for a in window.findChildren(QAction) if a.text() == "&Armenian Usage")
    armenian.trigger()
    assert window.settings.get(NAME_FORM) == "armenian"
    assert places_line(window) == "Places: Shushi"  # the open entry, without reopening it
    assert "English usage: Shusha" in hover_places_link(window)
    qtbot.waitUntil(lambda: window.search.results.topLevelItemCount() > 0
                    and search_first_place(window) == "Shushi", timeout=3000)
    window.settings.set(NAME_FORM, "azerbaijani")
    assert places_line(window) == "Places: Şuşa"
    qtbot.waitUntil(lambda: window.search.results.topLevelItemCount() > 0
                    and search_first_place(window) == "Şuşa", timeout=3000)
    window.settings.set(NAME_FORM, "both")
    assert places_line(window) == "Places: Shusha / Shushi / Şuşa"


def search_first_place(window: MainWindow) -> str:
    results = window.search.results
    for i in range(results.topLevelItemCount()):
        if results.topLevelItem(i).text(0).startswith("Places"):
            return results.topLevelItem(i).child(0).text(0)
    return ""


def test_timeline_tooltip_and_notes_use_the_chosen_form(window: MainWindow) -> None:
    timeline = window.timeline
    tip = timeline.tooltip_at(timeline.position_of(EVENT_AT_SHUSHA))
    assert "Place: Shusha (Armenian usage: Shushi; Azerbaijani usage: Şuşa)" in tip
    window.notes.add("note", Target("place", "shusha"), body="Look at the plateau.")
    window.notes_pane.set_scope("all")
    listed = window.notes_pane.model.texts()
    assert any(text.splitlines()[0].endswith("Shusha") for text in listed)
    window.settings.set(NAME_FORM, "azerbaijani")
    assert "Place: Şuşa (English usage: Shusha; Armenian usage: Shushi)" in timeline.tooltip_at(
        timeline.position_of(EVENT_AT_SHUSHA))
    listed = window.notes_pane.model.texts()
    assert any(text.splitlines()[0].endswith("Şuşa") for text in listed)


def test_the_name_form_is_remembered(qtbot, content, window: MainWindow) -> None:
    window.settings.set(NAME_FORM, "armenian")
    window.close()
    again = MainWindow(content, Settings())
    qtbot.addWidget(again)
    again.state.set_entry("shusha")
    assert places_line(again) == "Places: Shushi"
    again.close()
