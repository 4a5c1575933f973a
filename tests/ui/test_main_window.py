"""The window as a whole: every pane present and linked through the shared state, menus, layout kept."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtWidgets import QDockWidget

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
    assert docks == {"Search and Browse", "Timeline", "Map", "Casualties"}
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


def test_every_menu_command_with_keys_is_listed_in_shortcuts(window: MainWindow) -> None:
    rows = dict(window.shortcut_rows())
    assert any(command.endswith("Search...") for command in rows)
    assert any("Back" in command for command in rows)
    assert all(keys for keys in rows.values())


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
    from PySide6.QtWidgets import QMessageBox

    from desktop_app.app import main

    shown = []
    monkeypatch.setattr(QMessageBox, "critical", lambda parent, title, text: shown.append((title, text)))
    assert main(["--database", str(tmp_path / "gone.sqlite")]) == 2
    assert shown and "gone.sqlite" in shown[0][1] and "missing" in shown[0][1]
