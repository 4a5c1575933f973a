"""Opening the notes at start-up, whatever state the file is in (no Qt).

A damaged notes file (or one that is not a notes file at all) is never overwritten and never deleted:
it is moved aside, with its -wal file, to `notes-damaged-<time>.sqlite` in the same folder, a new empty
notes file is started, and the message says where the old file is and which backup can be restored.
A file saved by a newer version of 44 Days is left untouched; the notes open read-only and empty, and
the message says to update. The app always starts.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from desktop_app.notes import backup
from desktop_app.notes.store import NotesError, NotesStore, NotesTooNew, NotesUnreadable, check_file

RESTORE_COMMAND = "File > Notes > Restore Notes from Backup..."


@dataclass
class OpenedNotes:
    store: NotesStore
    message: str = ""  # for the user, when something had to be done; empty when all was well
    moved_to: Path | None = None  # where a damaged file was put


def _aside_name(path: Path, moment: datetime) -> Path:
    """A name beside `path` that no file has yet."""
    stamp = moment.astimezone(UTC).strftime("%Y-%m-%dT%H-%M-%SZ")
    candidate = path.with_name(f"{path.stem}-damaged-{stamp}{path.suffix}")
    n = 1
    while any(Path(f"{candidate}{extra}").exists() for extra in ("", "-wal", "-shm")):
        n += 1
        candidate = path.with_name(f"{path.stem}-damaged-{stamp}-{n}{path.suffix}")
    return candidate


def move_aside(path: Path, moment: datetime) -> Path:
    """Rename the notes file and its -wal and -shm files to a new damaged-<time> name; returns the new path.

    The -wal file goes with it: left behind, SQLite would apply it to the new file of the same name.
    """
    target = _aside_name(path, moment)
    for extra in ("-wal", "-shm", ""):  # the main file last: if a rename fails, it is still in place
        source = Path(f"{path}{extra}")
        if source.exists():
            os.rename(source, Path(f"{target}{extra}"))  # never replaces: the name is new
    return target


def _backup_advice(backups: Path) -> str:
    found = backup.list_backups(backups)
    if not found:
        return f"There is no backup of your notes in {backups} yet."
    return (f"Your most recent backup, {found[0].name}, can be restored with {RESTORE_COMMAND} "
            f"(backups are kept in {backups}).")


def open_notes(path: Path, backups: Path | None = None,
               clock: Callable[[], datetime] | None = None) -> OpenedNotes:
    """Open the notes file at `path`, recovering from a damaged one; never raises for a bad file.

    `backups` is the folder of the daily backups (default: `backups` beside the notes file).
    """
    path = Path(path)
    backups = Path(backups) if backups is not None else path.parent / "backups"
    now = clock or (lambda: datetime.now(UTC))
    try:
        check_file(path)  # before the store opens it for writing, which would change a damaged file
        store = NotesStore(path, clock)
        if store.read_only:  # a read-only folder: check_file may not have been able to read it there
            try:
                store.check_integrity()  # of the store's in-memory copy
            except NotesUnreadable:
                store.close()
                raise
        return OpenedNotes(store)
    except NotesTooNew as error:
        return OpenedNotes(_empty(path, clock, str(error)), f"{error} Until then your notes cannot be shown.")
    except NotesUnreadable as error:
        problem = error.detail
    except NotesError as error:  # cannot be read at all (permissions): show nothing, change nothing
        return OpenedNotes(_empty(path, clock, str(error)), str(error))
    try:
        moved = move_aside(path, now())
    except OSError as error:
        message = (f"Your notes file {path} is damaged or is not a 44 Days notes file ({problem}), and it "
                   f"could not be moved aside ({error.strerror}); it was left as it is, and your notes are "
                   f"read-only and empty for now. {_backup_advice(backups)}")
        return OpenedNotes(_empty(path, clock, message), message)
    store = NotesStore(path, clock)
    message = (f"Your notes file was damaged or was not a 44 Days notes file ({problem}), so it could not be "
               f"opened. It was moved to {moved} (nothing in it was changed or deleted), and a new, empty notes "
               f"file was started. {_backup_advice(backups)}")
    return OpenedNotes(store, message, moved)


def _empty(path: Path, clock: Callable[[], datetime] | None, reason: str) -> NotesStore:
    """A read-only store with no notes, standing in for a file that must not be touched."""
    store = NotesStore.empty(path, clock)
    store.read_only_reason = reason
    return store
