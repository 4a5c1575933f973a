"""Daily backups of the notes: one a day, the last seven kept, and a restore that loses nothing."""

from __future__ import annotations

import shutil
import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from desktop_app.notes.backup import backup_if_due, list_backups, restore_backup
from desktop_app.notes.model import Target
from desktop_app.notes.store import NotesError, NotesStore

DAY = datetime(2026, 3, 1, 8, 30, tzinfo=UTC)
FIXTURE = Path(__file__).parent / "data" / "notes-v1.sqlite"


def bodies(store: NotesStore) -> set[str]:
    return {n.body for n in store.notes(include_deleted=True)}


def test_one_backup_a_day(store: NotesStore, tmp_path: Path) -> None:
    folder = tmp_path / "backups"
    store.add("note", Target("entry", "shusha"), body="first")
    made = backup_if_due(store, folder, DAY)
    assert made == folder / "notes-2026-03-01.sqlite"
    assert backup_if_due(store, folder, DAY + timedelta(hours=10)) is None
    assert list_backups(folder) == [made]
    with NotesStore.snapshot(made) as copy:
        assert bodies(copy) == {"first"}


def test_the_newest_seven_are_kept(store: NotesStore, tmp_path: Path) -> None:
    folder = tmp_path / "backups"
    for day in range(10):
        store.add("note", Target("entry", "shusha"), body=f"day {day}")
        assert backup_if_due(store, folder, DAY + timedelta(days=day)) is not None
    kept = list_backups(folder)
    assert [p.name for p in kept] == [f"notes-2026-03-{d:02d}.sqlite" for d in range(10, 3, -1)]
    with NotesStore.snapshot(kept[0]) as newest:
        assert len(bodies(newest)) == 10
    # Each backup is one self-contained file: no -wal or -shm beside it, nothing half-written.
    assert sorted(p.name for p in folder.iterdir()) == sorted(p.name for p in kept)


def test_restore_brings_back_deleted_notes_and_first_saves_the_current_ones(store: NotesStore, tmp_path: Path) -> None:
    folder = tmp_path / "backups"
    kept = store.add("note", Target("entry", "shusha"), body="kept all along").note
    lost = store.add("note", Target("entry", "lachin"), body="deleted for good, then missed").note
    daily = backup_if_due(store, folder, DAY)
    store.delete(lost.uuid)
    store.empty_trash()
    store.add("note", Target("entry", "agdam"), body="written after the backup")
    restored = restore_backup(store, daily)
    safety = restored.safety
    assert restored.change.whole and lost.uuid in restored.change.uuids  # every pane reads the notes again
    assert bodies(store) == {"kept all along", "deleted for good, then missed"}
    assert store.get(lost.uuid) == lost and store.get(kept.uuid) == kept
    assert safety.name.startswith("notes-before-restore-") and safety in list_backups(folder)
    with NotesStore.snapshot(safety) as before:
        assert bodies(before) == {"kept all along", "written after the backup"}
    # A restore is one change, and undo reverts it.
    assert store.undo().message.startswith("Undid: restore from a backup")
    assert bodies(store) == {"kept all along", "written after the backup"}


def test_restoring_an_old_version_1_backup_upgrades_it_and_leaves_the_file_alone(store: NotesStore,
                                                                                 tmp_path: Path) -> None:
    old = tmp_path / "backups" / "notes-2024-03-07.sqlite"
    old.parent.mkdir()
    shutil.copyfile(FIXTURE, old)
    before = old.read_bytes()
    restore_backup(store, old)
    assert len(store.notes(include_deleted=True)) == 6
    assert [h.note.target.id for h in store.search("xankendi")] == ["stepanakert"]
    assert old.read_bytes() == before


def test_a_bad_backup_is_refused_and_changes_nothing(store: NotesStore, tmp_path: Path) -> None:
    store.add("note", Target("entry", "shusha"), body="mine")
    folder = tmp_path / "backups"
    folder.mkdir()
    bad = folder / "notes-2026-02-01.sqlite"
    bad.write_bytes(b"not a database at all" * 50)
    other = folder / "notes-2026-02-02.sqlite"
    conn = sqlite3.connect(other)
    conn.execute("CREATE TABLE t (x)")
    conn.commit()
    conn.close()
    for backup in (bad, other, folder / "notes-2026-02-03.sqlite"):
        with pytest.raises(NotesError):
            restore_backup(store, backup)
    assert bodies(store) == {"mine"}
    assert not [p for p in folder.iterdir() if p.name.startswith("notes-before-restore-")]
