"""A bundled content database that is missing, truncated, damaged or too new: one plain dialog that names
the file and says what to do, exit code 2, and no traceback (through main(), as the user starts the app)."""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import subprocess
import sys
from contextlib import contextmanager
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer

from desktop_app.app import main
from desktop_app.ui import messages
from tests.conftest import DATABASE, REPO


@contextmanager
def watchdog(qapp):
    """Ends the event loop if the app did not stop by itself (the test then fails instead of hanging)."""
    timer = QTimer(singleShot=True, interval=20_000)
    timer.timeout.connect(qapp.quit)
    timer.start()
    try:
        yield
    finally:
        timer.stop()


@pytest.fixture
def dialogs(monkeypatch) -> list[tuple[str, str]]:
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(messages, "fail", lambda parent, title, text: shown.append((title, text)))
    return shown


def copy_of_database(tmp_path: Path) -> Path:
    path = tmp_path / "database.sqlite"
    shutil.copyfile(DATABASE, path)
    return path


def pages_of(table: str) -> list[int]:
    conn = sqlite3.connect(DATABASE)
    try:
        return [row[0] for row in conn.execute("SELECT pageno FROM dbstat WHERE name = ?", [table])]
    finally:
        conn.close()


def truncated(tmp_path: Path) -> Path:
    path = copy_of_database(tmp_path)
    os.truncate(path, path.stat().st_size * 9 // 10)  # a download or copy cut short
    return path


def not_a_database(tmp_path: Path) -> Path:
    path = tmp_path / "database.sqlite"
    path.write_bytes(b"<html>404 Not Found</html>" * 200)
    return path


def damaged_inside(tmp_path: Path) -> Path:
    """The header and the first tables are fine; the places (read by the map, after the search pane has started
    its thread) are garbage."""
    path = copy_of_database(tmp_path)
    page_size = 4096
    with path.open("r+b") as handle:
        for page in pages_of("places"):
            handle.seek((page - 1) * page_size + 8)
            handle.write(bytes(range(256)) * 15)
    return path


def newer_schema(tmp_path: Path) -> Path:
    path = copy_of_database(tmp_path)
    conn = sqlite3.connect(path)
    conn.execute("UPDATE meta SET value = '99' WHERE key = 'schema_version'")
    conn.commit()
    conn.close()
    return path


# A window that fails half-built is left to the process's end, as in the app: those cases run in a process
# of their own (in this one it would take later tests down with it).
CHILD = r"""
import faulthandler, json, sqlite3, sys
faulthandler.enable()  # a crash at the process's end shows where it happened
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from desktop_app.app import main
from desktop_app.ui import messages
from desktop_app.content import ContentDatabase

app = QApplication(sys.argv[:1])
QTimer.singleShot(20_000, app.quit)  # only if the app failed to stop by itself (the test then fails)
shown = []
messages.fail = lambda parent, title, text: shown.append([title, text])
if sys.argv[2] == "damage-later":  # a damaged page that is only read when an entry is opened
    real_entry = ContentDatabase.entry
    def entry(self, entry_id):
        if entry_id == "shusha":
            raise sqlite3.DatabaseError("database disk image is malformed")
        return real_entry(self, entry_id)
    ContentDatabase.entry = entry
    def open_damaged_entry():
        window = next(w for w in QApplication.topLevelWidgets() if w.isVisible() and hasattr(w, "state"))
        window.state.set_entry("shusha")
    QTimer.singleShot(300, open_damaged_entry)
code = main(["--database", sys.argv[1]])
visible = [w.windowTitle() for w in QApplication.topLevelWidgets() if w.isVisible()]
print("RESULT " + json.dumps({"code": code, "dialogs": shown, "visible": visible}), flush=True)
"""


def run_app(database: Path, mode: str = "start", tmp_path: Path | None = None) -> tuple[dict, str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    if tmp_path is not None:
        env["FORTYFOURDAYS_DATA_DIR"] = str(tmp_path / "data")
    done = subprocess.run([sys.executable, "-c", CHILD, str(database), mode], cwd=REPO, env=env,
                          capture_output=True, text=True, timeout=120)
    line = next((x for x in done.stdout.splitlines() if x.startswith("RESULT ")), None)
    assert line is not None and done.returncode == 0, done.stdout + done.stderr
    return json.loads(line[7:]), done.stderr


def check_stopped_plainly(result: dict, err: str, path: Path, title: str, advice: str) -> None:
    assert result["code"] == 2
    assert len(result["dialogs"]) == 1
    shown_title, text = result["dialogs"][0]
    assert shown_title == title
    assert str(path) in text and advice in text
    assert "Traceback" not in err and "QThread" not in err  # no stack trace, no thread left running
    assert result["visible"] == []


@pytest.mark.parametrize(("make", "advice"), [
    (lambda tmp: tmp / "gone.sqlite", "Reinstall 44 Days"),
    (truncated, "Reinstall 44 Days"),
    (not_a_database, "Reinstall 44 Days"),
    (newer_schema, "Update 44 Days"),
], ids=["missing", "truncated", "not-a-database", "newer-schema"])
def test_a_bad_content_database_stops_with_one_clear_dialog(make, advice, dialogs, tmp_path, capfd, qapp) -> None:
    path = make(tmp_path)
    with watchdog(qapp):
        assert main(["--database", str(path)]) == 2
    assert len(dialogs) == 1
    title, text = dialogs[0]
    assert title == "44 Days cannot start"
    assert str(path) in text and advice in text
    assert "Traceback" not in capfd.readouterr().err
    assert not [w for w in qapp.topLevelWidgets() if w.isVisible()]


def test_damage_found_while_the_window_is_built_stops_plainly(tmp_path: Path) -> None:
    path = damaged_inside(tmp_path)
    result, err = run_app(path, tmp_path=tmp_path)
    check_stopped_plainly(result, err, path, "44 Days cannot start", "Reinstall 44 Days")


def test_damage_found_while_running_closes_the_window_with_a_dialog(tmp_path: Path) -> None:
    result, err = run_app(DATABASE, "damage-later", tmp_path)
    check_stopped_plainly(result, err, DATABASE, "44 Days cannot go on", "Reinstall 44 Days")
