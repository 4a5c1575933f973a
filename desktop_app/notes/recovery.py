"""Opening the notes at start-up, whatever state the file is in (no Qt).

A damaged notes file (or one that is not a notes file at all) is never overwritten and never deleted:
it is moved aside, with its -wal file, to `notes-damaged-<time>.sqlite` in the same folder, a new empty
notes file is started, and the message says where the old file is and which backup can be restored.
A file saved by a newer version of 44 Days is left untouched; the notes open read-only and empty, and
the message says to update. The app always starts.

Reading the whole file to check it costs a fifth of a second for 100,000 notes, so it is skipped when the
file is provably as a sound session left it. When a store opened here closes cleanly (no damage seen), it
writes `notes.sqlite-closed` beside the file: the file's size, modification and change times and inode
just after closing, and when the file was last read through in full. At the next start the full check is
skipped only if all of these still hold: the marker is there (it is removed as soon as the file is opened,
so a session that never closed leaves none), the file has exactly that size, those times and that inode
(anything else that wrote to it, truncated, replaced or restored it changed them), its -wal file is
missing or empty, and the last full check is less than FULL_CHECK_EVERY old. Its first pages (that it is
a notes file, and its version) are read at every start.
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from desktop_app.i18n import QT_TRANSLATE_NOOP, translate
from desktop_app.notes import backup
from desktop_app.notes.store import (
    TIME_FORMAT,
    NotesError,
    NotesStore,
    NotesTooNew,
    NotesUnreadable,
    check_file,
    format_time,
)

#: the menu command that restores a backup, as the menus name it (File menu, Notes submenu): use the same words
RESTORE_COMMAND = QT_TRANSLATE_NOOP("NotesRecovery", "File > Notes > Restore Notes from Backup...")
FULL_CHECK_EVERY = timedelta(days=7)  # a file closed cleanly is still read through in full this often


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
        #: {folder} is the folder of the backups
        return translate("NotesRecovery", "There is no backup of your notes in {folder} yet.").format(folder=backups)
    command = translate("NotesRecovery", RESTORE_COMMAND)
    #: {name} is the backup's file name (it holds its date), {command} the menu command that restores it ("File >
    #: Notes > Restore Notes from Backup..."), {folder} the folder of the backups
    return translate("NotesRecovery", "Your most recent backup, {name}, can be restored with {command} (backups are "
                     "kept in {folder}).").format(name=found[0].name, command=command, folder=backups)


def closed_marker(path: Path) -> Path:
    """The file a clean close leaves beside the notes file at `path` (see the module's notes)."""
    return Path(f"{path}-closed")


def _identity(path: Path) -> dict[str, int]:
    st = path.stat()
    return {"size": st.st_size, "mtime_ns": st.st_mtime_ns, "ctime_ns": st.st_ctime_ns, "inode": st.st_ino,
            "device": st.st_dev}


def _checked_before(path: Path, now: datetime) -> str | None:
    """When the file was last read through in full, if it is provably unchanged since a clean close and
    that was recent enough; None when it must be checked now."""
    try:
        marker = json.loads(closed_marker(path).read_text(encoding="utf-8"))
        wal = Path(f"{path}-wal")
        if marker.get("identity") != _identity(path) or (wal.exists() and wal.stat().st_size > 0):
            return None
        checked = marker["checked"]
        age = now - datetime.strptime(checked, TIME_FORMAT).replace(tzinfo=UTC)
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return None
    return checked if timedelta(0) <= age < FULL_CHECK_EVERY else None


def _mark_closed(path: Path, checked: str) -> None:
    """Write the clean-close marker (whole or not at all); a folder that refuses it only costs a full check."""
    marker = closed_marker(path)
    partial = marker.with_name(f".{marker.name}.partial")
    try:
        partial.write_text(json.dumps({"identity": _identity(path), "checked": checked}), encoding="utf-8")
        os.replace(partial, marker)
    except OSError:
        partial.unlink(missing_ok=True)


def open_notes(path: Path, backups: Path | None = None,
               clock: Callable[[], datetime] | None = None) -> OpenedNotes:
    """Open the notes file at `path`, recovering from a damaged one; never raises for a bad file.

    `backups` is the folder of the daily backups (default: `backups` beside the notes file).
    """
    path = Path(path)
    backups = Path(backups) if backups is not None else path.parent / "backups"
    now = clock or (lambda: datetime.now(UTC))
    try:
        exists = path.exists()
    except OSError as error:  # a folder the user may not enter: nothing in it can be read or written
        #: {folder} is the notes' folder, {error} the system's own description of the problem; --data-dir is the
        #: command-line option, not translated
        message = translate("NotesRecovery", "Your notes folder {folder} cannot be opened ({error}), so your notes "
                            "cannot be shown or saved; nothing was changed. Check the folder's permissions, or start "
                            "44 Days with --data-dir pointing at a folder you can use.").format(
            folder=path.parent, error=error.strerror)
        return OpenedNotes(_empty(path, clock, message), message)
    checked = _checked_before(path, now()) if exists else None
    try:
        closed_marker(path).unlink(missing_ok=True)  # this session has not closed cleanly (yet)
    except OSError:
        checked = None  # a marker that cannot be removed could outlive a crash: do not trust it
    try:
        # Before the store opens it for writing, which would change a damaged file.
        sound = check_file(path, full=checked is None)
        store = NotesStore(path, clock)
        if store.read_only:  # a read-only folder: check_file may not have been able to read it there
            try:
                store.check_integrity()  # of the store's in-memory copy
            except NotesUnreadable:
                store.close()
                raise
        elif sound:  # otherwise (it could not be read here) the next start checks it in full
            last_full_check = checked or format_time(now())
            store.after_close = lambda: _mark_closed(path, last_full_check)
        return OpenedNotes(store)
    except NotesTooNew as error:
        #: follows the message that the notes file was saved by a newer version and 44 Days must be updated
        until = translate("NotesRecovery", "Until then your notes cannot be shown.")
        return OpenedNotes(_empty(path, clock, str(error)), f"{error} {until}")
    except NotesUnreadable as error:
        problem = error.detail
    except NotesError as error:  # cannot be read at all (permissions): show nothing, change nothing
        return OpenedNotes(_empty(path, clock, str(error)), str(error))
    try:
        moved = move_aside(path, now())
    except OSError as error:
        #: {path} is the notes file; {problem} says what is wrong with it, in a few words ("it is some other
        #: SQLite database"); {error} is the system's own description of why it could not be moved (renamed)
        message = translate("NotesRecovery", "Your notes file {path} is damaged or is not a 44 Days notes file "
                            "({problem}), and it could not be moved aside ({error}); it was left as it is, and your "
                            "notes are read-only and empty for now.").format(path=path, problem=problem,
                                                                             error=error.strerror)
        message = f"{message} {_backup_advice(backups)}"
        return OpenedNotes(_empty(path, clock, message), message)
    store = NotesStore(path, clock)
    if not store.read_only:
        started = format_time(now())
        store.after_close = lambda: _mark_closed(path, started)
    #: {problem} says what was wrong with the notes file, in a few words ("it is some other SQLite database");
    #: {path} is where the file was moved to
    message = translate("NotesRecovery", "Your notes file was damaged or was not a 44 Days notes file ({problem}), "
                        "so it could not be opened. It was moved to {path} (nothing in it was changed or deleted), "
                        "and a new, empty notes file was started.").format(problem=problem, path=moved)
    message = f"{message} {_backup_advice(backups)}"
    return OpenedNotes(store, message, moved)


def _empty(path: Path, clock: Callable[[], datetime] | None, reason: str) -> NotesStore:
    """A read-only store with no notes, standing in for a file that must not be touched."""
    store = NotesStore.empty(path, clock)
    store.read_only_reason = reason
    return store
