"""A reading list opened from the desktop while 44 Days is open: a double-click on "week 3.44days" in a file
manager starts `44days "week 3.44days"`, which hands the file to the window already open and exits. The window
asks whether to import it; the person, who reads the question slowly (the launch has long gone), presses Enter,
reads how the import went and presses Enter again, then goes to the notes (Ctrl+5), picks "Reading list" with
the mouse, and quits with Ctrl+Q. The reading list is in the notes file afterwards."""

from __future__ import annotations

import json
import os
from pathlib import Path

from PySide6.QtWidgets import QApplication, QMessageBox

from desktop_app.notes.store import NotesStore
from desktop_app.ui.main_window import MainWindow
from tests.journeys.conftest import Answer, Person
from tests.launches import launch, run_first_window

NOTE = {"uuid": "11111111-2222-4333-8444-555555555555", "kind": "bookmark",
        "target": {"kind": "entry", "id": "lachin-corridor"}, "body": "Read this first", "tags": [],
        "colour": "yellow", "created": "2026-11-20T10:00:00Z", "updated": "2026-11-20T10:00:00Z"}


def reading_list_file(folder: Path) -> Path:
    path = folder / "week 3.44days"
    path.write_text(json.dumps({"format": "44days-notes", "version": 1, "notes": [NOTE],
                                "pack": {"title": "Week 3", "author": "Ms. Petrosyan"}}), encoding="utf-8")
    return path


def test_a_reading_list_opened_from_the_desktop_goes_into_the_open_window(qapp, qtbot, tmp_path: Path,
                                                                          window_size: tuple[int, int]) -> None:
    data_dir = Path(os.environ["FORTYFOURDAYS_DATA_DIR"])
    pack = reading_list_file(tmp_path)
    said: list[str] = []
    seen: dict[str, object] = {}

    def read_then(*keys: str):
        def answer(person: Person) -> None:
            box = QApplication.activeModalWidget()
            assert isinstance(box, QMessageBox)
            said.append(box.text())
            person.wait_until(lambda: launched.poll() is not None, timeout=30_000)  # the launch has gone
            person.pause()  # and the window has seen it go
            for key in keys:
                person.press(key)
        return answer

    def person_at_the_window(window: MainWindow) -> None:
        nonlocal launched
        qtbot.addWidget(window)  # closed and deleted after the test, as every journey's window is
        window.resize(*window_size)
        person = Person(qtbot, window)
        person.pause()
        dialogs = person.expect_dialogs(Answer("Import Notes?", read_then("Return"), QMessageBox),
                                        Answer("Notes imported", read_then("Return"), QMessageBox), timeout_ms=30_000)
        launched = launch(pack.name, data_dir=data_dir, cwd=tmp_path)  # relative to the launch's own folder
        dialogs.check()
        seen["launch"] = launched.wait(30)

        person.press("Ctrl+5")
        scope = window.notes_pane.scope
        person.click(scope)  # its list opens, and the person reads it
        person.pause()
        choices = scope.view()
        reading_list = next(row for row in range(choices.model().rowCount())
                            if choices.model().index(row, 0).data() == "Reading list")
        person.click(choices.viewport(), choices.visualRect(choices.model().index(reading_list, 0)).center())
        person.pause()
        seen["choice"] = scope.currentText()
        listed = window.notes_pane.list.model()
        seen["listed"] = [listed.index(row, 0).data() for row in range(listed.rowCount())]
        person.press("Ctrl+Q")

    launched = None
    assert run_first_window(qapp, person_at_the_window) == 0
    assert seen["launch"] == 0
    assert said[0].startswith("week 3.44days\n\nReading list “Week 3” by Ms. Petrosyan.")
    assert said[1] == "From week 3.44days: added 1, updated 0, already there 0."
    assert seen["choice"] == "Reading list"
    assert any("Read this first" in text for text in seen["listed"]), seen["listed"]

    store = NotesStore(data_dir / "notes.sqlite")  # as the next start of the app finds it
    try:
        assert [(n.kind, n.target.id, n.body, n.author) for n in store.notes()] == [
            ("bookmark", "lachin-corridor", "Read this first", "Ms. Petrosyan")]
    finally:
        store.close()
