"""Notes under trouble, in the whole window: a damaged notes file, a full disk, a read-only data folder, two
copies of the app editing the same note. The window keeps working; no note is lost or half-written, and the
user is told what happened."""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QLabel

from desktop_app.notes.model import Target
from desktop_app.notes.store import NotesStore
from desktop_app.paths import user_data_dir
from desktop_app.ui import messages
from desktop_app.ui.main_window import MainWindow
from desktop_app.ui.notes import NotesModel
from tests.notes.test_durability import check_file
from tests.read_only import digest, read_only_notes_folder, run_without_write_powers

REPO = Path(__file__).resolve().parents[2]


def open_window(qtbot, content, notes: NotesModel | None = None) -> MainWindow:
    window = MainWindow(content, notes=notes)
    qtbot.addWidget(window)
    window.show()
    return window


def search_finds(window: MainWindow, qtbot, text: str) -> list[str]:
    window.search.field.setText(text)
    qtbot.waitUntil(lambda: bool(window.search.last_results), timeout=5000)
    return [r.entry_id for r in window.search.last_results]


def test_a_damaged_notes_file_is_replaced_and_the_window_says_where_it_went(qtbot, content, monkeypatch) -> None:
    folder = user_data_dir()
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "notes.sqlite").write_bytes(b"half a download of something else" * 300)
    shown = []
    monkeypatch.setattr(messages, "warn", lambda parent, title, text: shown.append(text))
    window = open_window(qtbot, content)
    qtbot.waitUntil(lambda: bool(shown), timeout=3000)

    moved = list(folder.glob("notes-damaged-*.sqlite"))
    assert len(moved) == 1 and moved[0].read_bytes() == b"half a download of something else" * 300
    assert str(moved[0]) in shown[0] and "new, empty notes file" in shown[0]
    assert shown[0] in window.statusBar().currentMessage()
    assert not window.notes.read_only
    window.notes_pane.new_note(Target("entry", "shusha"))  # the fresh file takes notes at once
    assert len(window.notes.store.notes()) == 1
    assert not (folder / "backups").exists()  # no backup of the empty file crowds out the good ones
    window.close()


def test_a_full_disk_makes_notes_read_only_and_keeps_what_was_typed(qtbot, content, tmp_path: Path) -> None:
    path = tmp_path / "notes.sqlite"
    with NotesStore(path) as setup:
        kept = [setup.add("note", Target("entry", "shusha"), body=f"saved note {i}").note for i in range(3)]
    store = NotesStore(path)
    pages = store._conn.execute("PRAGMA page_count").fetchone()[0]
    store._conn.execute(f"PRAGMA max_page_count = {pages}")  # the disk is full: the file cannot grow
    window = open_window(qtbot, content, NotesModel(store))
    pane = window.notes_pane
    pane.set_scope("all")
    pane.list.setCurrentIndex(pane.model.index(0, 0))
    typed = "A long paragraph the student just wrote. " * 2000
    pane.editor.setPlainText(typed)
    pane.flush()

    assert pane.saved.text().startswith("Not saved")
    assert pane.banner.isVisible() and "cannot be saved" in pane.banner.text()
    assert "disk is full" in pane.banner.text() or "free disk space" in pane.banner.text()
    assert pane.editor.toPlainText() == typed  # still there to copy
    assert window.notes.read_only
    pane.new_note(Target("entry", "lachin"))  # refused plainly, nothing half-written
    assert len(store.notes()) == 3
    # the rest of the app goes on
    assert "kalbajar" in search_finds(window, qtbot, "karvachar")
    window.state.set_entry("lachin")
    assert "Lachin" in window.reader.browser.toPlainText()
    window.close()
    store.close()
    check_file(path)
    with NotesStore(path) as again:
        assert sorted(n.body for n in again.notes()) == sorted(n.body for n in kept)


WINDOW_IN_READ_ONLY_FOLDER = r"""
import json, sys, time
from PySide6.QtWidgets import QApplication
from desktop_app.content import ContentDatabase
from desktop_app.notes.model import Target
from desktop_app.ui.main_window import MainWindow

app = QApplication([])
window = MainWindow(ContentDatabase(sys.argv[1]))
window.show()
pane = window.notes_pane
pane.set_scope("all")
result = {"read_only": window.notes.read_only, "banner": pane.banner.text() if pane.banner.isVisible() else "",
          "listed": len(pane.model.texts())}
pane.new_note(Target("entry", "lachin"))
result["after_new"] = len(window.notes.store.notes())
window.search.field.setText("karvachar")
deadline = time.monotonic() + 10
while not window.search.last_results and time.monotonic() < deadline:
    app.processEvents()
result["search"] = [r.entry_id for r in window.search.last_results]
window.state.set_entry("lachin")
result["reader"] = "Lachin" in window.reader.browser.toPlainText()
window.close()
print(json.dumps(result))
"""


@pytest.mark.skipif(sys.platform != "linux", reason="drops root's file powers with Linux capabilities")
def test_a_read_only_data_folder_shows_the_notes_with_a_notice_and_the_rest_works(content) -> None:
    with read_only_notes_folder("44days-ro-window-", [("shusha", "first"), ("ganja", "second")]) as (folder, before):
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "FORTYFOURDAYS_DATA_DIR": str(folder)}
        done = run_without_write_powers(WINDOW_IN_READ_ONLY_FOLDER, [str(content.path)], env, timeout=120)
        assert done.returncode == 0, done.stderr
        result = json.loads(done.stdout.strip().splitlines()[-1])
        assert result["read_only"] is True
        assert str(folder) in result["banner"] and "nothing is lost" in result["banner"]
        assert result["listed"] == 2 and result["after_new"] == 2
        assert "kalbajar" in result["search"] and result["reader"] is True
        assert digest(folder) == before  # not a byte changed: no settings, no backup, no journal


def test_two_copies_editing_one_note_keep_both_versions_and_warn(qtbot, content, tmp_path: Path) -> None:
    path = tmp_path / "notes.sqlite"
    with NotesStore(path) as setup:
        note = setup.add("note", Target("entry", "shusha"), body="the first draft").note
    laptop = open_window(qtbot, content, NotesModel.open(path))
    lab = open_window(qtbot, content, NotesModel.open(path))
    for window in (laptop, lab):  # both open the note in their editors
        window.notes_pane.set_scope("all")
        window.notes_pane.list.setCurrentIndex(window.notes_pane.model.index(0, 0))
        assert window.notes_pane.editor.toPlainText() == "the first draft"

    laptop.notes_pane.editor.setPlainText("the laptop's version")
    laptop.notes_pane.flush()
    assert not laptop.notes_pane.banner.isVisible()
    lab.notes_pane.editor.setPlainText("the lab's version")
    lab.notes_pane.flush()

    assert lab.notes_pane.saved.text() == "Saved"
    assert lab.notes_pane.banner.isVisible() and "another copy of 44 Days" in lab.notes_pane.banner.text()
    with NotesStore(path) as check:
        assert check.get(note.uuid).body == "the lab's version"
        assert sorted(n.body for n in check.notes()) == ["the lab's version", "the laptop's version"]
    for window in (laptop, lab):
        window.close()
    check_file(path)


def test_the_same_note_saved_twice_from_one_window_is_no_conflict(qtbot, content, tmp_path: Path) -> None:
    window = open_window(qtbot, content, NotesModel.open(tmp_path / "notes.sqlite"))
    window.notes_pane.new_note(Target("entry", "shusha"))
    for text in ("one", "one, two", "one, two, three"):
        window.notes_pane.editor.setPlainText(text)
        window.notes_pane.flush()
    assert not window.notes_pane.banner.isVisible()
    assert [n.body for n in window.notes.store.notes()] == ["one, two, three"]
    window.close()


def test_message_box_is_not_needed_for_a_sound_notes_file(qtbot, content, monkeypatch) -> None:
    shown = []
    monkeypatch.setattr(messages, "warn", lambda *args: shown.append(args))
    window = open_window(qtbot, content)
    qtbot.wait(50)
    assert shown == [] and window.notes.recovery_message == ""
    window.close()


def test_sqlite_reports_a_pinned_file_as_full() -> None:
    """The disk-full test above relies on this: growing past max_page_count is SQLITE_FULL."""
    conn = sqlite3.connect(":memory:")
    conn.execute("CREATE TABLE t (x)")
    pages = conn.execute("PRAGMA page_count").fetchone()[0]
    conn.execute(f"PRAGMA max_page_count = {pages}")
    with pytest.raises(sqlite3.OperationalError) as raised:
        conn.execute("INSERT INTO t VALUES (?)", ["x" * 100_000])
    assert raised.value.sqlite_errorcode == sqlite3.SQLITE_FULL


QUIT_RIGHT_AFTER_TYPING = r"""
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from desktop_app.app import main
from desktop_app.notes.model import Target

def type_and_quit():
    window = next(w for w in QApplication.topLevelWidgets() if w.isVisible() and hasattr(w, "notes_pane"))
    window.notes_pane.new_note(Target("entry", "shusha"))
    window.notes_pane.editor.setPlainText("typed a moment before quitting")
    window.close()  # before the autosave timer: closing must save it

app = QApplication(sys.argv[:1])
QTimer.singleShot(300, type_and_quit)
QTimer.singleShot(20_000, app.quit)
sys.exit(main())  # as the 44days command: the process ends without Python's teardown
"""


def test_quitting_from_the_command_line_keeps_the_last_note(tmp_path: Path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "FORTYFOURDAYS_DATA_DIR": str(tmp_path)}
    done = subprocess.run([sys.executable, "-c", QUIT_RIGHT_AFTER_TYPING], cwd=REPO, env=env, capture_output=True,
                          text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert not Path(f"{tmp_path / 'notes.sqlite'}-wal").exists()  # closed properly, the -wal folded in
    check_file(tmp_path / "notes.sqlite")
    with NotesStore(tmp_path / "notes.sqlite") as store:
        assert [n.body for n in store.notes()] == ["typed a moment before quitting"]


def test_a_large_notes_file_from_an_older_version_is_upgraded_with_a_notice(qtbot, tmp_path: Path,
                                                                             monkeypatch) -> None:
    import desktop_app.ui.notes as notes_ui

    old = tmp_path / "notes.sqlite"
    shutil.copyfile(Path(__file__).parents[1] / "notes" / "data" / "notes-v2.sqlite", old)
    shown: list[tuple[str, bool]] = []
    real_notice = notes_ui.upgrade_notice

    def recorded(path: Path):
        notice = real_notice(path)
        shown.append((notice.text(), notice.isVisible()))
        return notice

    monkeypatch.setattr(notes_ui, "UPGRADE_NOTICE_BYTES", 0)  # the fixture is small; pretend it is large
    monkeypatch.setattr(notes_ui, "upgrade_notice", recorded)
    before = sqlite3.connect(old).execute("SELECT count(*) FROM notes").fetchone()[0]
    model = NotesModel.open(old)
    assert len(shown) == 1 and shown[0][1] and str(tmp_path) in shown[0][0] and "nothing is lost" in shown[0][0]
    assert not [w for w in QApplication.topLevelWidgets() if isinstance(w, QLabel) and w.isVisible()]
    assert len(model.store.notes()) + len(model.store.trash()) == before  # every note came through
    model.store.close()
    # Opened again, it is current: no notice.
    NotesModel.open(old).store.close()
    assert len(shown) == 1


WINDOW_IN_UNENTERABLE_FOLDER = r"""
import json, sys
from PySide6.QtWidgets import QApplication
from desktop_app.content import ContentDatabase
from desktop_app.ui import messages
from desktop_app.ui.main_window import MainWindow

app = QApplication([])
shown = []
messages.warn = lambda parent, title, text: shown.append(text)
window = MainWindow(ContentDatabase(sys.argv[1]))
window.show()
app.processEvents()
result = {"read_only": window.notes.read_only, "banner": window.notes_pane.banner.text(), "shown": shown,
          "reader": "Lachin" in (window.state.set_entry("lachin") or window.reader.browser.toPlainText())}
window.close()
print(json.dumps(result))
"""


@pytest.mark.skipif(sys.platform != "linux", reason="drops root's file powers with Linux capabilities")
def test_a_data_folder_that_cannot_be_entered_opens_read_only_with_a_message(content, tmp_path: Path) -> None:
    folder = tmp_path / "data"
    with NotesStore(folder / "notes.sqlite") as store:
        store.add("note", Target("entry", "shusha"), body="mine")
    folder.chmod(0o600)  # listed, but not entered
    try:
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "FORTYFOURDAYS_DATA_DIR": str(folder)}
        done = run_without_write_powers(WINDOW_IN_UNENTERABLE_FOLDER, [str(content.path)], env, timeout=120)
    finally:
        folder.chmod(0o755)
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout.strip().splitlines()[-1])
    assert result["read_only"] is True and result["reader"] is True
    assert f"Your notes folder {folder} cannot be opened (Permission denied)" in result["banner"]
    assert result["shown"] and "cannot be opened" in result["shown"][0]
    assert "Traceback" not in done.stderr
    with NotesStore(folder / "notes.sqlite") as store:
        assert [n.body for n in store.notes()] == ["mine"]  # nothing lost
