"""The window a new user sees: it opens on the overview and follows links."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QUrl

from desktop_app.ui.main_window import OVERVIEW_ENTRY, MainWindow


@pytest.fixture
def window(qtbot, content):
    win = MainWindow(content)
    qtbot.addWidget(win)
    win.show()
    return win


def test_opens_on_the_overview(window: MainWindow) -> None:
    assert window.current_entry_id == OVERVIEW_ENTRY
    text = window.reader.toPlainText()
    assert "Second Nagorno-Karabakh War" in text
    assert "Sources" in text and "CC BY-SA 4.0" in text


def test_internal_links_open_entries(window: MainWindow) -> None:
    window.reader.anchorClicked.emit(QUrl("entry:shusha"))
    assert window.current_entry_id == "shusha"
    assert "Shushi" in window.reader.toPlainText()
    assert window.windowTitle().startswith("Shusha")


def test_unknown_link_keeps_the_current_entry(window: MainWindow) -> None:
    window.reader.anchorClicked.emit(QUrl("entry:no-such-entry"))
    assert window.current_entry_id == OVERVIEW_ENTRY
    assert "no-such-entry" in window.statusBar().currentMessage()


def test_about_credits_article_and_licence(window: MainWindow) -> None:
    about = window.about_text()
    assert "Second Nagorno-Karabakh War" in about and "CC BY-SA 4.0" in about
    assert window.content.content_version in about


def test_missing_database_shows_a_clear_message(monkeypatch, tmp_path, capsys) -> None:
    from PySide6.QtWidgets import QMessageBox

    from desktop_app.app import main

    shown = []
    monkeypatch.setattr(QMessageBox, "critical", lambda parent, title, text: shown.append((title, text)))
    assert main(["--database", str(tmp_path / "gone.sqlite")]) == 2
    assert shown and "gone.sqlite" in shown[0][1] and "missing" in shown[0][1]
