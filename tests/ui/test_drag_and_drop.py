"""Drag and drop with the world outside: a notes file dropped on the window is previewed and imported on
Enter, a fortyfourdays:// link dropped on it opens its entry, anything else is refused; an entry dragged
out of the browse tree or the search results carries its link and title. (A drag between applications
cannot be made with the offscreen platform's mouse, so the drops are the events Qt delivers for one.)"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPoint, Qt, QTimer, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop_app.ui.main_window import MainWindow


@pytest.fixture
def window(qtbot, content):
    win = MainWindow(content)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    yield win
    win.close()


def drop(window: MainWindow, mime: QMimeData) -> bool:
    """Drag `mime` over the middle of the window's timeline and let go; whether the window took it."""
    point = window.timeline_dock.geometry().center()
    actions = Qt.DropAction.CopyAction | Qt.DropAction.LinkAction
    enter = QDragEnterEvent(point, actions, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(window, enter)
    if not enter.isAccepted():
        return False
    dropped = QDropEvent(QPoint(point), actions, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(window, dropped)
    return dropped.isAccepted()


def files(*paths: Path) -> QMimeData:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    return mime


def text(value: str) -> QMimeData:
    mime = QMimeData()
    mime.setText(value)
    return mime


def test_a_dropped_reading_list_is_previewed_and_imported_on_enter(window: MainWindow, qtbot, tmp_path) -> None:
    note = {"uuid": "21111111-2222-4333-8444-555555555555", "kind": "bookmark",
            "target": {"kind": "entry", "id": "capture-of-hadrut"}, "body": "", "tags": [], "colour": "yellow",
            "created": "2026-11-20T10:00:00Z", "updated": "2026-11-20T10:00:00Z"}
    pack = tmp_path / "hadrut.json"  # an older pack, saved before the .44days type
    pack.write_text(json.dumps({"format": "44days-notes", "version": 1, "notes": [note]}), encoding="utf-8")
    asked: list[str] = []

    def answer() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            asked.append(box.windowTitle())
            QTest.keyClick(box, Qt.Key.Key_Return)

    timer = QTimer(interval=100)
    timer.timeout.connect(answer)
    timer.start()
    assert drop(window, files(pack))
    qtbot.waitUntil(lambda: asked == ["Import Notes?", "Notes imported"], timeout=10_000)
    timer.stop()
    assert [b.target.id for b in window.notes.store.bookmarks()] == ["capture-of-hadrut"]


def test_a_dropped_link_opens_its_entry(window: MainWindow, qtbot) -> None:
    assert drop(window, text("Hadrut <fortyfourdays://entry/capture-of-hadrut>\n"))  # as dragged from a sheet
    qtbot.waitUntil(lambda: window.state.entry_id == "capture-of-hadrut")
    assert window.reader.browser.toPlainText().startswith("Capture of Hadrut") or window.reader.text_hidden_by_notice


def test_other_files_and_text_are_refused(window: MainWindow, tmp_path) -> None:
    picture = tmp_path / "map.png"
    picture.write_bytes(b"\x89PNG")
    assert not drop(window, files(picture))
    assert not drop(window, text("just some words"))


def test_an_entry_dragged_out_of_the_browse_tree_is_a_link_with_its_title(window: MainWindow) -> None:
    browse = window.search.browse
    model = browse.model()
    places = next(model.index(r, 0) for r in range(model.rowCount()) if model.index(r, 0).data().startswith("Places"))
    first_place = model.index(0, 0, places)
    assert model.flags(first_place) & Qt.ItemFlag.ItemIsDragEnabled
    mime = model.mimeData([first_place])
    entry_id = model.entry(first_place).id
    assert [u.toString() for u in mime.urls()] == [f"fortyfourdays://entry/{entry_id}"]
    assert mime.text() == f"{first_place.data()} <fortyfourdays://entry/{entry_id}>"
    assert not model.flags(places) & Qt.ItemFlag.ItemIsDragEnabled  # a group is not something to link to


def test_a_search_result_dragged_out_is_a_link(window: MainWindow, qtbot) -> None:
    window.search.field.setFocus()
    QTest.keyClicks(window.search.field, "khankendi")
    qtbot.waitUntil(lambda: window.search.results.topLevelItemCount() > 0, timeout=5000)
    results = window.search.results
    item = next(results.topLevelItem(i).child(0) if results.topLevelItem(i).childCount() else results.topLevelItem(i)
                for i in range(results.topLevelItemCount()))
    mime = results.mimeData([item])
    assert mime is not None and mime.urls()[0].toString().startswith("fortyfourdays://")
    assert "stepanakert" in mime.urls()[0].toString()
