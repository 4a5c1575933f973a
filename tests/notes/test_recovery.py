"""A damaged notes file at start-up: moved aside (never overwritten, never deleted), a new one started, and
the user told where the old file is and which backup can be restored. A file from a newer version is left
alone."""

from __future__ import annotations

import hashlib
import os
import shutil
import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from desktop_app.notes import backup, recovery
from desktop_app.notes.model import Target
from desktop_app.notes.recovery import open_notes
from desktop_app.notes.store import NotesStore, NotesUnreadable

MOMENT = datetime(2026, 11, 25, 8, 47, 43, tzinfo=UTC)


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def write_notes(path: Path, count: int = 40) -> None:
    with NotesStore(path) as store:
        for i in range(count):
            store.add("note", Target("entry", "shusha"), body=f"note {i} " + "Shusha Şuşa " * 60)


def damage_pages(path: Path) -> None:
    """Garbage over the middle of the file; the header (first page) stays valid."""
    size = path.stat().st_size
    with path.open("r+b") as handle:
        handle.seek(size // 3)
        handle.write(b"\xde\xad\xbe\xef" * (size // 12))


def check_fresh(opened: recovery.OpenedNotes) -> None:
    store = opened.store
    assert not store.read_only
    assert store.notes() == []
    store.add("note", Target("entry", "lachin"), body="after the recovery")  # the new file works
    assert [n.body for n in store.notes()] == ["after the recovery"]


@pytest.mark.parametrize("damage", ["garbage", "pages", "other-database"])
def test_a_damaged_notes_file_is_moved_aside_and_a_new_one_started(tmp_path: Path, damage: str) -> None:
    path = tmp_path / "notes.sqlite"
    if damage == "garbage":
        path.write_bytes(b"these are not notes\x00" * 500)
    elif damage == "pages":
        write_notes(path)
        damage_pages(path)
    else:
        conn = sqlite3.connect(path)
        conn.execute("CREATE TABLE photos (id INTEGER PRIMARY KEY, name TEXT)")
        conn.commit()
        conn.close()
    before = digest(path)

    opened = open_notes(path, clock=lambda: MOMENT)

    assert opened.moved_to == tmp_path / "notes-damaged-2026-11-25T08-47-43Z.sqlite"
    assert digest(opened.moved_to) == before  # moved, not changed
    assert str(opened.moved_to) in opened.message
    assert "new, empty notes file was started" in opened.message
    assert "There is no backup of your notes" in opened.message
    check_fresh(opened)
    opened.store.close()


def test_the_message_names_the_newest_backup_and_how_to_restore_it(tmp_path: Path) -> None:
    path = tmp_path / "notes.sqlite"
    write_notes(path, 3)
    with NotesStore(path) as store:
        backup.backup_if_due(store, tmp_path / "backups", datetime(2026, 11, 23, tzinfo=UTC))
        backup.backup_if_due(store, tmp_path / "backups", datetime(2026, 11, 24, tzinfo=UTC))
    damage_pages(path)
    opened = open_notes(path, clock=lambda: MOMENT)
    assert "notes-2026-11-24.sqlite" in opened.message
    assert recovery.RESTORE_COMMAND in opened.message
    # and that backup really brings the notes back
    backup.restore_backup(opened.store, tmp_path / "backups" / "notes-2026-11-24.sqlite")
    assert len(opened.store.notes()) == 3
    opened.store.close()


def test_its_wal_file_goes_with_it(tmp_path: Path) -> None:
    """Left behind, the old -wal file would be replayed into the new notes file of the same name."""
    live = tmp_path / "live" / "notes.sqlite"
    write_notes(live)
    store = NotesStore(live)  # kept open: the last note waits in notes.sqlite-wal, as after a crash
    store.add("note", Target("entry", "shusha"), body="in the wal")
    path = tmp_path / "notes.sqlite"
    for extra in ("", "-wal"):
        shutil.copyfile(f"{live}{extra}", f"{path}{extra}")
    store.close()
    damage_pages(path)
    wal = digest(Path(f"{path}-wal"))
    assert len(wal) and Path(f"{path}-wal").stat().st_size > 0

    opened = open_notes(path, clock=lambda: MOMENT)

    assert digest(Path(f"{opened.moved_to}-wal")) == wal
    check_fresh(opened)
    opened.store.close()


def test_an_earlier_damaged_file_is_never_overwritten(tmp_path: Path) -> None:
    path = tmp_path / "notes.sqlite"
    earlier = tmp_path / "notes-damaged-2026-11-25T08-47-43Z.sqlite"
    earlier.write_bytes(b"the first damaged file")
    path.write_bytes(b"the second damaged file" * 100)
    opened = open_notes(path, clock=lambda: MOMENT)
    assert earlier.read_bytes() == b"the first damaged file"
    assert opened.moved_to == tmp_path / "notes-damaged-2026-11-25T08-47-43Z-2.sqlite"
    assert opened.moved_to.read_bytes() == b"the second damaged file" * 100
    opened.store.close()


def test_a_file_that_cannot_be_moved_is_left_as_it_is(tmp_path: Path, monkeypatch) -> None:
    path = tmp_path / "notes.sqlite"
    path.write_bytes(b"not notes" * 100)

    def refuse(*_args):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(recovery.os, "rename", refuse)
    opened = open_notes(path, clock=lambda: MOMENT)
    assert path.read_bytes() == b"not notes" * 100
    assert opened.store.read_only and opened.store.notes() == []
    assert "could not be moved aside" in opened.message and str(path) in opened.message
    assert opened.store.read_only_reason == opened.message


def test_a_file_from_a_newer_version_is_not_touched(tmp_path: Path) -> None:
    path = tmp_path / "notes.sqlite"
    write_notes(path, 2)
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA user_version = 99")
    conn.close()
    before = digest(path)
    opened = open_notes(path, clock=lambda: MOMENT)
    assert opened.moved_to is None and digest(path) == before
    assert opened.store.read_only and opened.store.notes() == []
    assert "newer version of 44 Days" in opened.message and "Update 44 Days" in opened.message
    assert not list(tmp_path.glob("notes-damaged-*"))


def test_a_sound_file_opens_as_it_is(tmp_path: Path) -> None:
    path = tmp_path / "notes.sqlite"
    write_notes(path, 5)
    opened = open_notes(path)
    assert opened.message == "" and opened.moved_to is None
    assert len(opened.store.notes()) == 5
    opened.store.close()


# -- the full check at start-up, skipped only for a file provably as a clean close left it ---------------

@pytest.fixture
def full_checks(monkeypatch) -> list[bool]:
    """Whether each start-up read the whole file (True) or only its first pages (False)."""
    seen: list[bool] = []
    real = recovery.check_file

    def spy(path: Path, full: bool = True) -> bool:
        seen.append(full)
        return real(path, full)

    monkeypatch.setattr(recovery, "check_file", spy)
    return seen


def start(path: Path, moment: datetime = MOMENT) -> recovery.OpenedNotes:
    return open_notes(path, clock=lambda: moment)


def test_a_file_closed_cleanly_is_not_read_through_again_until_a_week_has_passed(tmp_path: Path,
                                                                                  full_checks: list[bool]) -> None:
    path = tmp_path / "notes.sqlite"
    write_notes(path, 5)
    start(path).store.close()
    opened = start(path, MOMENT + timedelta(days=1))
    assert not recovery.closed_marker(path).exists()  # while it is open, a crash would leave no marker
    opened.store.add("note", Target("entry", "lachin"), body="written in the second session")
    opened.store.close()
    start(path, MOMENT + timedelta(days=6)).store.close()
    last = start(path, MOMENT + timedelta(days=7))  # counted from the last full check, not the last start
    assert len(last.store.notes()) == 6
    last.store.close()
    assert full_checks == [True, False, False, True]


def test_a_session_that_did_not_close_cleanly_is_followed_by_a_full_check(tmp_path: Path,
                                                                           full_checks: list[bool]) -> None:
    path = tmp_path / "notes.sqlite"
    write_notes(path, 5)
    start(path).store.close()
    crashed = start(path)  # never closed: as far as the files tell, it could have been killed
    crashed.store.add("note", Target("entry", "lachin"), body="waits in the -wal file")
    after_crash = start(path)
    assert len(after_crash.store.notes()) == 6
    after_crash.store.close()
    crashed.store.close()
    assert full_checks == [True, False, True]


@pytest.mark.parametrize("change", ["damaged", "damaged, times restored", "replaced by another copy"])
def test_a_file_changed_after_a_clean_close_is_checked_in_full(tmp_path: Path, full_checks: list[bool],
                                                               change: str) -> None:
    path = tmp_path / "notes.sqlite"
    write_notes(path)
    start(path).store.close()
    before = path.stat()
    if change == "replaced by another copy":  # e.g. restored by a sync tool, same size and times
        other = tmp_path / "other.sqlite"
        shutil.copyfile(path, other)
        damage_pages(other)
        os.utime(other, ns=(before.st_atime_ns, before.st_mtime_ns))
        os.replace(other, path)
    else:
        damage_pages(path)
        if change == "damaged, times restored":
            os.utime(path, ns=(before.st_atime_ns, before.st_mtime_ns))
    assert path.stat().st_size == before.st_size
    damaged = digest(path)

    opened = start(path)

    assert full_checks == [True, True]
    assert opened.moved_to is not None and digest(opened.moved_to) == damaged
    check_fresh(opened)
    opened.store.close()


def test_a_store_that_met_damage_leaves_no_clean_close_marker(tmp_path: Path, full_checks: list[bool]) -> None:
    path = tmp_path / "notes.sqlite"
    write_notes(path)
    opened = start(path)
    damage_pages(path)  # under the running app
    with pytest.raises(NotesUnreadable):
        opened.store.check_integrity()
    opened.store.close()
    assert not recovery.closed_marker(path).exists()
    assert start(path).moved_to is not None
    assert full_checks == [True, True]
