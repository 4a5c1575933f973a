"""Daily rolling backups of the notes file, and restoring from one.

Automatic backups are `notes-YYYY-MM-DD.sqlite` (at most one a day, the newest `keep` kept); before a
restore the current notes are saved as `notes-before-restore-YYYY-MM-DDTHH-MM-SSZ.sqlite` (the newest
`keep` of those kept too). Each backup is a whole, self-contained SQLite file made with SQLite's
backup API, written beside its final name and then renamed, so a backup is never half-written.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from desktop_app.notes.model import NotesChange
from desktop_app.notes.store import NotesStore

KEEP = 7
_DAILY = re.compile(r"^notes-(\d{4}-\d{2}-\d{2})\.sqlite$")
_BEFORE_RESTORE = re.compile(r"^notes-before-restore-(\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}Z)\.sqlite$")


def _stamp(path: Path) -> str | None:
    """A sortable time for a backup's name; None for files that are not backups."""
    daily = _DAILY.match(path.name)
    if daily:
        return f"{daily.group(1)}T00-00-00Z"
    before = _BEFORE_RESTORE.match(path.name)
    return before.group(1) if before else None


def _newest_first(paths: list[Path]) -> list[Path]:
    return sorted(paths, key=lambda p: (_stamp(p) or "", p.stat().st_mtime), reverse=True)


def list_backups(folder: Path) -> list[Path]:
    """Every backup in `folder` (daily and before-restore), newest first."""
    folder = Path(folder)
    if not folder.is_dir():
        return []
    return _newest_first([p for p in folder.iterdir() if p.is_file() and _stamp(p)])


def _prune(folder: Path, pattern: re.Pattern[str], keep: int) -> None:
    found = _newest_first([p for p in folder.iterdir() if p.is_file() and pattern.match(p.name)])
    for old in found[max(keep, 1):]:
        old.unlink(missing_ok=True)


def backup_if_due(store: NotesStore, folder: Path, now: datetime, keep: int = KEEP) -> Path | None:
    """Today's automatic backup, unless there is one already (then None).

    `now`'s date names the file. Keeps the newest `keep` daily backups. Nothing is written for a
    read-only store (its notes cannot have changed). OSError if the folder cannot be written.
    """
    if store.read_only:
        return None
    folder = Path(folder)
    target = folder / f"notes-{now.date().isoformat()}.sqlite"
    if target.exists():
        return None
    store.backup_to(target)
    _prune(folder, _DAILY, keep)
    return target


@dataclass(frozen=True)
class RestoredBackup:
    safety: Path  # the notes as they were before the restore
    change: NotesChange


def restore_backup(store: NotesStore, backup: Path, keep: int = KEEP, folder: Path | None = None) -> RestoredBackup:
    """Replace the notes with those in `backup`, after saving the current notes.

    The backup is checked first (it opens, it is a notes file; an older schema is upgraded in memory,
    the file itself is not changed). Then the current notes go to notes-before-restore-<time>.sqlite
    in `folder` (default: the backup's folder), and the store's contents are replaced in one
    transaction (undo reverts it). Returns the before-restore file and the change. NotesError for a bad backup,
    NotesReadOnly for a read-only store, OSError if the before-restore copy cannot be written; in each
    case nothing has changed.
    """
    backup = Path(backup)
    folder = Path(folder) if folder is not None else backup.parent
    source = NotesStore.snapshot(backup)
    try:
        notes = source.notes(include_deleted=True)
    finally:
        source.close()
    if store.read_only:
        raise store._read_only_error()
    safety = folder / f"notes-before-restore-{store.now().replace(':', '-')}.sqlite"
    store.backup_to(safety)
    change = store.replace_all(notes)
    _prune(folder, _BEFORE_RESTORE, keep)
    return RestoredBackup(safety, change)
