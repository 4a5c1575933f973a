"""One window per notes folder: started as a person starts it (main(), then `44days LINK` or `44days FILE`
again from a shell, a file manager or xdg-open), a second launch hands its link or file to the window
already open and exits; the window shows the entry, or previews the file and imports it on Enter. A
launch for another notes folder opens its own window."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop_app.ui.main_window import MainWindow
from tests.conftest import REPO
from tests.launches import LAUNCH_TIMEOUT_S, launch, run_first_window, settle, wait_for


def test_a_second_launch_with_a_link_opens_it_in_the_running_window(qapp, tmp_path: Path) -> None:
    data_dir = Path(os.environ["FORTYFOURDAYS_DATA_DIR"])
    seen: dict[str, object] = {}

    def second_launch(window: MainWindow) -> None:
        process = launch("fortyfourdays://entry/battle-of-shusha", data_dir=data_dir, cwd=tmp_path)
        seen["code"] = wait_for(process, qapp)
        seen["stderr"] = process.stderr.read()
        settle(qapp, lambda: window.state.entry_id == "battle-of-shusha")
        seen["entry"] = window.state.entry_id
        seen["windows"] = sum(isinstance(w, MainWindow) for w in qapp.topLevelWidgets())

    assert run_first_window(qapp, second_launch) == 0
    assert seen["code"] == 0, seen["stderr"]
    assert seen["entry"] == "battle-of-shusha"
    assert seen["windows"] == 1


def pack_file(folder: Path) -> Path:
    note = {"uuid": "11111111-2222-4333-8444-555555555555", "kind": "bookmark",
            "target": {"kind": "entry", "id": "lachin-corridor"}, "body": "Read this first", "tags": [],
            "colour": "yellow", "created": "2026-11-20T10:00:00Z", "updated": "2026-11-20T10:00:00Z"}
    path = folder / "week 3.44days"
    path.write_text(json.dumps({"format": "44days-notes", "version": 1, "pack": {"title": "Week 3", "author":
                                "Ms. Petrosyan"}, "notes": [note]}, indent=2), encoding="utf-8")
    return path


def answer_dialogs(qapp, answers: dict[str, str], seen: list[str]) -> QTimer:
    """Press Enter in each message box by its title, as a person would, noting its text."""
    def look() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox) and box.windowTitle() in answers and box.isVisible():
            seen.append(f"{box.windowTitle()}: {box.text()}")
            QTest.keyClick(box, Qt.Key.Key_Return if answers[box.windowTitle()] == "Return" else Qt.Key.Key_Escape)

    timer = QTimer(interval=100)
    timer.timeout.connect(look)
    timer.start()
    return timer


def test_a_pack_opened_from_the_desktop_is_previewed_then_imported(qapp, tmp_path: Path) -> None:
    data_dir = Path(os.environ["FORTYFOURDAYS_DATA_DIR"])
    pack = pack_file(tmp_path)
    seen: list[str] = []
    result: dict[str, object] = {}

    def second_launch(window: MainWindow) -> None:
        timer = answer_dialogs(qapp, {"Import Notes?": "Return", "Notes imported": "Return"}, seen)
        process = launch(pack.name, data_dir=data_dir, cwd=tmp_path)  # relative to the launch's own folder
        result["code"] = wait_for(process, qapp)
        settle(qapp, lambda: len(seen) == 2)
        timer.stop()
        result["list"] = [(b.target.id, b.body, b.author) for b in window.notes.store.bookmarks()]

    assert run_first_window(qapp, second_launch) == 0
    assert result["code"] == 0
    assert seen[0].startswith("Import Notes?: week 3.44days\n\nReading list “Week 3” by Ms. Petrosyan.")
    assert "1 reading-list item" in seen[0]
    assert result["list"] == [("lachin-corridor", "Read this first", "Ms. Petrosyan")]


# Run in a process of its own in which freed memory is poisoned (glibc), so that using an object after it is
# deleted crashes every time rather than now and then.
ASKED_WHILE_THE_LAUNCH_LEAVES = r"""
import subprocess, sys, threading
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from desktop_app.ui import messages
from desktop_app.ui.single_instance import InstanceServer

app = QApplication([])
server = InstanceServer(sys.argv[1])
assert server.listen()
left = threading.Event()
LAUNCH = ("import sys; from desktop_app.ui.single_instance import hand_over; "
          "print(hand_over(sys.argv[1], sys.argv[2:], '.'))")

def launch():  # a process of its own, as a second launch is
    said = subprocess.run([sys.executable, "-c", LAUNCH, server.name, "week 3.44days"], capture_output=True, text=True)
    print("handed over:", said.stdout.strip(), flush=True)
    left.set()

def answer_once_the_launch_has_left():
    box = QApplication.activeModalWidget()
    if left.is_set() and isinstance(box, QMessageBox):
        QTimer.singleShot(300, box.reject)  # meanwhile the window sees the launch's connection close
    else:
        QTimer.singleShot(20, answer_once_the_launch_has_left)

def open_file(operands, cwd):
    answer_once_the_launch_has_left()
    messages.ask(None, "Import Notes?", operands[0], [("&Import", QMessageBox.ButtonRole.AcceptRole)])
    print("asked about:", operands[0], flush=True)
    QTimer.singleShot(300, app.quit)

server.received.connect(open_file)
threading.Thread(target=launch).start()
app.exec()
print("window closed", flush=True)
"""


def test_a_launch_that_leaves_while_the_window_asks_about_its_file_does_not_bring_the_window_down(
        tmp_path: Path) -> None:
    # Opening a handed-over file asks first, in a dialog; the launch, answered already, leaves meanwhile. Its
    # connection was deleted under its own handler, and the window crashed now and then (CI saw it once).
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(REPO), "MALLOC_PERTURB_": "165",
           "GLIBC_TUNABLES": "glibc.malloc.tcache_count=0"}
    result = subprocess.run([sys.executable, "-c", ASKED_WHILE_THE_LAUNCH_LEAVES, f"44days-test-{os.getpid()}"],
                            env=env, cwd=tmp_path, capture_output=True, text=True, timeout=LAUNCH_TIMEOUT_S)
    assert result.returncode == 0, result.stderr[-3000:]
    assert result.stdout.splitlines() == ["handed over: True", "asked about: week 3.44days", "window closed"]


def test_a_bad_link_from_the_command_line_gets_a_message_and_changes_nothing(qapp, tmp_path: Path) -> None:
    seen: list[str] = []
    result: dict[str, object] = {}

    def look(window: MainWindow) -> None:
        timer = answer_dialogs(qapp, {"Links not opened": "Return"}, seen)
        settle(qapp, lambda: bool(seen))
        timer.stop()
        result["entry"] = window.state.entry_id

    assert run_first_window(qapp, look, "fortyfourdays://entry/no-such-entry", "fortyfourdays://battle/x") == 0
    assert "names an entry (“no-such-entry”) that is not in this edition of the content" in seen[0]
    assert "names an entry, event, place, figure or note" in seen[0]
    assert result["entry"] != "no-such-entry"


def test_another_notes_folder_gets_its_own_window(qapp, tmp_path: Path) -> None:
    result: dict[str, object] = {}

    def other_folder(window: MainWindow) -> None:
        process = launch("--version", data_dir=tmp_path / "portable", cwd=tmp_path)
        result["version"] = wait_for(process, qapp)
        # A real window for another folder: it does not hand over, so it stays up until it is closed.
        process = launch(data_dir=tmp_path / "portable", cwd=tmp_path)
        settle(qapp, lambda: process.poll() is not None, seconds=5)
        result["still running"] = process.poll() is None
        process.terminate()
        process.wait(30)

    assert run_first_window(qapp, other_folder) == 0
    assert result["version"] == 0
    assert result["still running"]
