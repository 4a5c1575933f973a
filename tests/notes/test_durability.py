"""Two copies of the app writing at once, and a copy killed in the middle of saving: nothing is lost."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from desktop_app.notes.model import Target
from desktop_app.notes.store import NotesStore

REPO = Path(__file__).resolve().parents[2]

# Adds notes (and edits every third) as fast as it can; prints each uuid only once its commit returned.
WRITER = r"""
import sys
from pathlib import Path
from desktop_app.notes.model import Target
from desktop_app.notes.store import NotesStore

store = NotesStore(Path(sys.argv[1]))
count = int(sys.argv[2])
i = 0
while count < 0 or i < count:
    note = store.add("note", Target("entry", "shusha"), body=f"note {i} " + "Shusha Gəncə " * 300,
                     tags=[f"tag{i % 7}"]).note
    if i % 3 == 0:
        store.update(note.uuid, body="edited " + note.body)
    print(note.uuid, flush=True)
    i += 1
"""


def start_writer(path: Path, count: int) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-c", WRITER, str(path), str(count)], cwd=REPO,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def check_file(path: Path) -> None:
    conn = sqlite3.connect(path)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        conn.execute("INSERT INTO notes_fts (notes_fts) VALUES ('integrity-check')")  # raises if the index is off
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
    finally:
        conn.close()


def test_two_stores_on_one_file_both_write_at_the_same_time(notes_path: Path) -> None:
    NotesStore(notes_path).close()
    start = threading.Barrier(2)
    written: dict[str, list[str]] = {}
    errors: list[BaseException] = []

    def write(name: str) -> None:
        try:
            with NotesStore(notes_path) as store:
                start.wait()
                uuids = []
                for i in range(30):
                    note = store.add("note", Target("entry", "shusha"), body=f"{name} {i}", tags=[name]).note
                    store.update(note.uuid, body=f"{name} {i}, edited")
                    uuids.append(note.uuid)
                written[name] = uuids
        except BaseException as error:  # reported below; a thread cannot fail the test itself
            errors.append(error)

    threads = [threading.Thread(target=write, args=(name,)) for name in ("laptop", "lab")]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    assert errors == []
    with NotesStore(notes_path) as store:
        assert dict(store.tags()) == {"lab": 30, "laptop": 30}
        assert {n.uuid for n in store.notes()} == set(written["laptop"]) | set(written["lab"])
        assert all(n.body.endswith(", edited") for n in store.notes())
    check_file(notes_path)


def test_two_running_copies_of_the_app_both_save(notes_path: Path) -> None:
    NotesStore(notes_path).close()
    writers = [start_writer(notes_path, 25) for _ in range(2)]
    outputs = [writer.communicate(timeout=60) for writer in writers]
    for writer, (_, errors) in zip(writers, outputs, strict=True):
        assert writer.returncode == 0, errors
    reported = [out.split() for out, _ in outputs]
    assert [len(uuids) for uuids in reported] == [25, 25]
    with NotesStore(notes_path) as store:
        assert {n.uuid for n in store.notes()} == set(reported[0]) | set(reported[1])
    check_file(notes_path)


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")
def test_killing_the_app_while_it_saves_loses_no_saved_note(notes_path: Path) -> None:
    NotesStore(notes_path).close()
    committed: list[str] = []
    for round_ in range(8):
        writer = start_writer(notes_path, -1)
        # Let it save a different number of notes each round, then kill it without warning.
        for _ in range(8 + 5 * round_):
            line = writer.stdout.readline()
            assert line, writer.stderr.read()
            committed.append(line.strip())
        os.kill(writer.pid, signal.SIGKILL)
        writer.wait(timeout=10)
        # Whatever it reported before it died was committed too.
        committed += [line for line in writer.stdout.read().split() if len(line) == 36]
        writer.stdout.close()
        writer.stderr.close()
        assert writer.returncode == -signal.SIGKILL
    check_file(notes_path)
    with NotesStore(notes_path) as store:
        present = {n.uuid for n in store.notes()}
        assert set(committed) <= present
        assert len(store.search("gence", limit=10_000)) == len(present)  # the search index matches the notes
