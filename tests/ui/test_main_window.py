"""The window as a whole: every pane present and linked through the shared state, menus, layout kept."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtWidgets import QDockWidget

from desktop_app.ui import messages
from desktop_app.ui.main_window import OVERVIEW_ENTRY, MainWindow
from desktop_app.ui.settings import Settings


@pytest.fixture
def window(qtbot, content):
    win = MainWindow(content)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    yield win
    win.close()


def test_opens_on_the_overview_with_every_pane(window: MainWindow) -> None:
    assert window.state.entry_id == OVERVIEW_ENTRY
    assert "Second Nagorno-Karabakh War" in window.reader.browser.toPlainText()
    docks = {d.windowTitle() for d in window.findChildren(QDockWidget)}
    assert docks == {"Search and Browse", "Timeline", "Map", "Casualties", "Notes"}
    assert window.windowTitle().startswith("Second Nagorno-Karabakh War")


def test_a_link_in_the_reader_moves_the_window(window: MainWindow) -> None:
    window.reader.follow_link(QUrl("entry:shusha"))
    assert window.state.entry_id == "shusha"
    assert window.windowTitle().startswith("Shusha")


def test_about_credits_article_map_and_licences(window: MainWindow) -> None:
    about = window.about_text()
    assert "Second Nagorno-Karabakh War" in about and "CC BY-SA 4.0" in about
    assert "Natural Earth" in about
    assert window.content.content_version in about
    import sqlite3

    from PySide6.QtCore import qVersion

    assert f"Qt {qVersion()}" in about and f"SQLite {sqlite3.sqlite_version}" in about  # the versions in use
    assert "numpy " in about and "pyqtgraph " in about
    assert "resources/licences" in about or "licences" in about  # where the licence texts are
    assert "About &Qt" in [a.text() for a in window.menuBar().actions()[-1].menu().actions()]


def test_every_menu_command_with_keys_is_listed_in_shortcuts(window: MainWindow) -> None:
    rows = window.shortcut_rows()
    menus = {command: keys for where, command, keys in rows if where == "Menus"}
    assert menus["Go > Search..."] == "Ctrl+K"
    assert any("Back" in command for command in menus)
    assert all(keys for _where, _command, keys in rows)
    # The keys a pane takes only while it has the focus are listed under that pane, from its own actions.
    timeline = {command: keys for where, command, keys in rows if where == "In the timeline pane"}
    assert timeline["Zoom in"] == "+, ="
    assert any(where == "In the map pane" and "Enter" in keys for where, _command, keys in rows)


def test_ctrl_k_focuses_search(window: MainWindow, qtbot) -> None:
    window.focus_search()
    qtbot.waitUntil(lambda: window.search.field.hasFocus(), timeout=2000)


def test_hidden_pane_comes_back_with_reset_layout(window: MainWindow) -> None:
    window.map_dock.hide()
    assert not window.map_dock.isVisible()
    window.reset_layout()
    assert window.map_dock.isVisible() and window.timeline_dock.isVisible()


def test_layout_entry_and_date_are_restored_after_restart(qtbot, content) -> None:
    first = MainWindow(content)
    qtbot.addWidget(first)
    first.show()
    first.state.set_entry("ganja")
    first.state.set_date(date(2020, 10, 20))
    first.timeline_dock.hide()
    first.close()

    second = MainWindow(content, Settings())
    qtbot.addWidget(second)
    second.show()
    assert second.state.entry_id == "ganja"
    assert second.state.date == date(2020, 10, 20)
    assert not second.timeline_dock.isVisible()
    second.close()


def test_missing_database_shows_a_clear_message(monkeypatch, tmp_path) -> None:

    from desktop_app.app import main

    shown = []
    monkeypatch.setattr(messages, "fail", lambda parent, title, text: shown.append((title, text)))
    assert main(["--database", str(tmp_path / "gone.sqlite")]) == 2
    assert shown and "gone.sqlite" in shown[0][1] and "missing" in shown[0][1]


# -- panes linked through the shared state, as a user sees them in the whole window -----------

def first_event_at(content, place_id: str):
    return next(e for e in content.events_between("2020-09-27", "2020-11-10") if e.place_id == place_id)


def test_timeline_click_opens_the_entry_and_shows_the_place_on_the_map(window: MainWindow, qtbot) -> None:
    event = first_event_at(window.content, "shusha")
    window.timeline.activate_event(event.id)
    entry = window.content.entry(event.entry_id)
    assert window.reader.browser.toPlainText().startswith(entry.title) or window.reader.text_hidden_by_notice
    assert window.state.place_id == "shusha"
    assert window.map.state.place_id == "shusha"
    assert window.state.date.isoformat() == event.first_day


def test_map_click_opens_the_place_entry_in_the_reader(window: MainWindow, qtbot) -> None:
    window.map_dock.raise_()
    qtbot.mouseClick(window.map.view.viewport(), Qt.MouseButton.LeftButton, pos=window.map.marker_view_pos("jabrayil"))
    assert window.state.place_id == "jabrayil"
    assert window.reader.browser.toPlainText().startswith("Jabrayil")


def test_search_opens_the_entry_in_the_reader(window: MainWindow, qtbot) -> None:
    window.search.field.setText("karvachar")
    qtbot.waitUntil(lambda: window.search.results.topLevelItemCount() > 0, timeout=3000)
    qtbot.keyClick(window.search.field, Qt.Key.Key_Return)
    assert window.reader.browser.toPlainText().startswith("Kalbajar")
    assert window.state.place_id == "kalbajar"


def test_moving_the_date_recolours_jabrayil_on_the_map(window: MainWindow) -> None:
    # A new date (from the timeline's line, the map's slider or Play) reaches the map through the shared
    # state; dragging the line itself is tests/ui/test_timeline_pane.py's.
    window.state.set_date(date(2020, 10, 1))
    before = window.map.area_brush("jabrayil-district").color()
    window.state.set_date(date(2020, 10, 20))
    after = window.map.area_brush("jabrayil-district").color()
    assert before != after
    assert window.timeline._date_label.text() == "Date: 20 October 2020"


def test_back_and_forward_across_panes(window: MainWindow) -> None:
    window.map.open_place("ganja")
    window.reader.follow_link(QUrl("entry:missile-strikes-on-ganja"))
    window.reader.back_action.trigger()
    assert window.state.entry_id == "ganja"
    window.reader.back_action.trigger()
    assert window.state.entry_id == OVERVIEW_ENTRY
    window.reader.forward_action.trigger()
    assert window.state.entry_id == "ganja"
