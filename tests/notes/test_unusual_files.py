"""Notes files and folders that are not what they seem: the right header over the wrong tables, a read-only
file in a writable folder, a folder the user may not enter; and notes that go past the limits. Each ends in a
plain message with nothing changed, never a traceback."""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
import sys
from pathlib import Path

import pytest

from desktop_app.notes.model import MAX_NOTE_CHARS, MAX_POSITION, Target
from desktop_app.notes.recovery import open_notes
from desktop_app.notes.store import NotesStore, NoteTooLong
from tests.read_only import run_without_write_powers

ENTRY = Target("entry", "shusha")


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_a_notes_file_missing_its_tables_is_moved_aside_whole_and_a_new_one_started(tmp_path: Path) -> None:
    path = tmp_path / "notes.sqlite"
    with NotesStore(path) as store:
        store.add("note", ENTRY, "kept in the damaged file")
    conn = sqlite3.connect(path)
    conn.execute("DROP TABLE note_tags")
    conn.execute("PRAGMA journal_mode = DELETE")
    conn.close()
    before = _sha(path)

    opened = open_notes(path)
    with opened.store as store:
        assert not store.read_only and store.notes() == []
        store.add("note", ENTRY, "a new note")  # the fresh file works
    assert "note_tags table is missing" in opened.message and str(opened.moved_to) in opened.message
    assert _sha(opened.moved_to) == before  # the old file moved aside with its bytes intact


def test_a_notes_file_missing_a_column_is_treated_as_damaged(tmp_path: Path) -> None:
    path = tmp_path / "notes.sqlite"
    NotesStore(path).close()
    conn = sqlite3.connect(path)
    conn.execute("DROP INDEX notes_by_initial")
    conn.execute("ALTER TABLE notes DROP COLUMN initial")
    conn.close()
    opened = open_notes(path)
    opened.store.close()
    assert "lacks the column initial" in opened.message and opened.moved_to is not None and opened.moved_to.exists()


def test_a_note_longer_than_the_limit_is_refused_plainly_and_nothing_is_saved(store: NotesStore) -> None:
    note = store.add("note", ENTRY, "short").note
    with pytest.raises(NoteTooLong, match="at most 1,000,000"):
        store.save_edit(note, body="x" * (MAX_NOTE_CHARS + 1), tags=(), colour="yellow")
    with pytest.raises(NoteTooLong):
        store.add("note", ENTRY, "x" * (MAX_NOTE_CHARS + 1))
    assert [n.body for n in store.notes()] == ["short"]
    saved = store.save_edit(note, body="y" * MAX_NOTE_CHARS, tags=(), colour="yellow").note
    assert store.get(note.uuid).body == saved.body  # exactly at the limit is fine


def test_a_broken_character_typed_or_pasted_is_saved_as_a_replacement_character(store: NotesStore) -> None:
    note = store.add("note", ENTRY, "before \ud800 after", tags=["a\udfffb"]).note
    assert store.get(note.uuid).body == "before \ufffd after"
    assert store.get(note.uuid).tags == ("a\ufffdb",)


def test_a_reading_list_at_the_highest_position_still_takes_new_bookmarks(store: NotesStore) -> None:
    first = store.toggle_bookmark(Target("entry", "ganja")).note
    conn = sqlite3.connect(store.path)
    conn.execute("UPDATE notes SET position = ? WHERE uuid = ?", (2**63 - 1, first.uuid))
    conn.commit()
    conn.close()
    second = store.toggle_bookmark(Target("entry", "shusha")).note
    assert [n.target.id for n in store.bookmarks()] == ["ganja", "shusha"]
    assert second.position <= MAX_POSITION


PROBE = r"""
import json, sys
from pathlib import Path
from desktop_app.notes.model import Target
from desktop_app.notes.recovery import open_notes
from desktop_app.notes.store import NotesReadOnly
opened = open_notes(Path(sys.argv[1]))
result = {"read_only": opened.store.read_only, "reason": opened.store.read_only_reason, "message": opened.message,
          "bodies": [n.body for n in opened.store.notes()]}
try:
    opened.store.add("note", Target("entry", "shusha"), "new")
    result["write"] = "written"
except NotesReadOnly as error:
    result["write"] = str(error)
print(json.dumps(result))
"""


@pytest.mark.skipif(sys.platform != "linux", reason="drops root's file powers with Linux capabilities")
def test_a_read_only_notes_file_opens_read_only_from_the_start(tmp_path: Path) -> None:
    path = tmp_path / "data" / "notes.sqlite"
    with NotesStore(path) as store:
        store.add("note", ENTRY, "mine")
    path.chmod(0o444)
    try:
        done = run_without_write_powers(PROBE, [str(path)], dict(os.environ), timeout=60)
    finally:
        path.chmod(0o644)
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout)
    assert result["read_only"] is True and "read-only file" in result["reason"]
    assert result["bodies"] == ["mine"]
    assert result["write"].startswith("Your notes cannot be saved")


@pytest.mark.skipif(sys.platform != "linux", reason="drops root's file powers with Linux capabilities")
def test_a_data_folder_that_cannot_be_entered_gives_a_message_not_a_traceback(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    with NotesStore(folder / "notes.sqlite") as store:
        store.add("note", ENTRY, "mine")
    folder.chmod(0o600)  # readable listing, but no entering
    try:
        done = run_without_write_powers(PROBE, [str(folder / "notes.sqlite")], dict(os.environ), timeout=60)
    finally:
        folder.chmod(0o755)
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout)
    assert result["read_only"] is True
    assert f"Your notes folder {folder} cannot be opened (Permission denied)" in result["message"]
    assert result["write"].startswith("Your notes cannot be saved")
    with NotesStore(folder / "notes.sqlite") as store:  # nothing lost
        assert [n.body for n in store.notes()] == ["mine"]
