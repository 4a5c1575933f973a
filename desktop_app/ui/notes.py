"""The notes store as the panes see it: one door for every write, and a change record for each.

Every write (an edit, the trash, undo, an import, a restore from a backup) goes through `NotesModel`,
which sends what it changed (`NotesChange`: which notes, before and after, who asked) to every pane that
shows notes, whichever pane made it; each pane updates only what it shows of those notes. A data folder
that cannot be written makes the notes read-only with a visible reason instead of failing.
"""

from __future__ import annotations

import html
import threading
import weakref
from collections.abc import Callable, Iterable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import replace
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QApplication, QLabel

from desktop_app import APP_NAME
from desktop_app.i18n import translate
from desktop_app.notes import backup, exchange
from desktop_app.notes.model import Note, NotesChange, Target
from desktop_app.notes.recovery import open_notes
from desktop_app.notes.store import NotesError, NotesReadOnly, NotesStore, needs_upgrade
from desktop_app.ui.collector import collect_on_gui_thread

T = TypeVar("T")

# Upgrading a notes file of this size to a new schema takes about a tenth of a second or more: say so.
UPGRADE_NOTICE_BYTES = 2 * 1024 * 1024


def upgrade_notice(path: Path) -> QLabel | None:
    """A small window saying the notes are being upgraded (the upgrade holds the app for a few seconds with
    tens of thousands of notes); None without a GUI application."""
    if not isinstance(QApplication.instance(), QApplication):
        return None
    #: in a small window while the notes file is upgraded; {folder} is the notes' folder, {app} the app's name,
    #: "44 Days"
    updating = translate("NotesModel", "Updating your notes in {folder} for this version of {app}.").format(
        folder=path.parent, app=APP_NAME)
    #: in a small window while the notes file is upgraded, after "Updating your notes..."
    once = translate("NotesModel", "This happens once and may take a few seconds; nothing is lost.")
    notice = QLabel(f"{updating}\n{once}")
    notice.setWindowTitle(APP_NAME)
    notice.setWindowFlag(Qt.WindowType.Dialog)
    notice.setMargin(24)
    notice.show()
    QApplication.processEvents()  # painted now: the upgrade itself keeps the event loop busy
    return notice


class BackgroundImport(QObject):
    """An import run on the notes writer thread, telling its progress; cancel() stops it with nothing
    imported (the import's one transaction is rolled back). With `preview`, it only checks the file and
    says what it would bring (an ImportPreview), writing nothing."""

    progressed = Signal(str, int, int)  # what it is doing, done, out of (0: not known)
    finished = Signal(object)  # the Future: take in its outcome with NotesModel.outcome()
    _done = Signal(object)  # queued on to `finished`, see NotesModel._background_finished

    def __init__(self, notes: NotesModel, data: bytes, parent: QObject | None = None, *, preview: bool = False) -> None:
        super().__init__(parent)
        self._done.connect(self.finished, Qt.ConnectionType.QueuedConnection)
        self._notes, self._data, self.preview = notes, data, preview
        self._stop = threading.Event()
        self.future: Future | None = None

    def start(self) -> None:
        action = exchange.preview_import if self.preview else exchange.import_json
        self.future = self._notes.run_later(action, self._notes.store, self._data, self._progress,
                                            origin="import-preview" if self.preview else "import")
        self.future.add_done_callback(self._done.emit)

    def cancel(self) -> None:
        self._stop.set()

    def _progress(self, doing: str, done: int, total: int) -> None:  # on the writer thread
        if self._stop.is_set():
            raise exchange.ImportCancelled()
        self.progressed.emit(doing, done, total)


def change_of(result: object) -> NotesChange | None:
    """The change record a store write returned (an import's report carries one)."""
    if isinstance(result, NotesChange):
        return result
    return getattr(result, "change", None)


class NotesModel(QObject):
    """The one door for writes to the notes: each write's change record goes out on `changed`."""

    changed = Signal(object)  # a NotesChange: what was written, and who asked for it
    problem = Signal(str)  # a plain-words message for the user
    background_done = Signal(object)  # a Future from save_edit_later, finished (take it in with outcome())
    # Queued on to `background_done`. A write that is over before its done-callback is added calls the
    # callback at once: without the queue, whoever asked would hear of it inside its own call (a dialog opened
    # from there ran the event loop inside a second launch's socket handler, which crashed the window).
    _background_finished = Signal(object)
    # Set by open() when the notes file had to be recovered (moved aside, or left alone as too new).
    recovery_message = ""

    def __init__(self, store: NotesStore, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.store = store
        #: {reason} says why, as a clause of its own ("/home/ana/notes.sqlite is a read-only file")
        self.read_only_reason = translate("NotesModel", "Your notes cannot be saved: {reason}.").format(
            reason=store.read_only_reason) if store.read_only else ""
        # One thread writes in the background, so saves happen in the order they were asked for.
        collect_on_gui_thread()  # a worker thread must never collect Qt objects (ui/collector.py)
        self._writer = ThreadPoolExecutor(max_workers=1, thread_name_prefix="notes-writer")
        self._taken_in: weakref.WeakSet[Future] = weakref.WeakSet()
        self._origins: weakref.WeakKeyDictionary[Future, str] = weakref.WeakKeyDictionary()
        self._background_finished.connect(self.background_done, Qt.ConnectionType.QueuedConnection)

    @classmethod
    def open(cls, path: Path, parent: QObject | None = None) -> NotesModel:
        """The notes at `path`; a damaged file is moved aside and a new one started (see recovery_message).
        A large file written by an older version is upgraded with a notice on screen meanwhile."""
        path = Path(path)
        large_old = needs_upgrade(path) and path.stat().st_size >= UPGRADE_NOTICE_BYTES
        notice = upgrade_notice(path) if large_old else None
        try:
            opened = open_notes(path)
        finally:
            if notice is not None:
                notice.close()
        model = cls(opened.store, parent)
        model.recovery_message = opened.message
        if opened.store.read_only and opened.message:
            model.read_only_reason = opened.message
        return model

    @property
    def read_only(self) -> bool:
        return bool(self.read_only_reason)

    def _write(self, origin: str, action: Callable[..., T], *args, **kwargs) -> T | None:
        """Run a store write now; tell its change (or its problem). None when it failed."""
        try:
            result = action(*args, **kwargs)
        except NotesReadOnly as error:
            self.read_only_reason = str(error)
            self.problem.emit(str(error))
            return None
        except NotesError as error:
            self.problem.emit(str(error))
            return None
        self._tell(result, origin)
        return result

    def _tell(self, result: object, origin: str) -> None:
        change = change_of(result)
        if change is not None and not change.empty:
            self.changed.emit(replace(change, origin=origin))

    def add(self, kind: str, target: Target, body: str = "", tags: Iterable[str] = (),
            colour: str = "yellow", origin: str = "") -> NotesChange | None:
        return self._write(origin, self.store.add, kind, target, body=body, tags=tags, colour=colour)

    def update(self, uuid: str, origin: str = "", **changes) -> NotesChange | None:
        return self._write(origin, self.store.update, uuid, **changes)

    def save_edit(self, base: Note, origin: str = "editor", **changes) -> NotesChange | None:
        """NotesStore.save_edit now: its change carries the saved note, and the other version kept when the
        note had changed elsewhere."""
        return self._write(origin, self.store.save_edit, base, **changes)

    def save_edit_later(self, base: Note, origin: str = "editor", **changes) -> Future:
        """save_edit on the writer thread; background_done carries the Future when it is done. Its outcome()
        must be taken in on the GUI thread (that is where problems are told and `changed` is emitted)."""
        future = self.run_later(self.store.save_edit, base, origin=origin, **changes)
        future.add_done_callback(self._background_finished.emit)
        return future

    def import_later(self, data: bytes, parent: QObject | None = None, *, preview: bool = False) -> BackgroundImport:
        """An import of a notes file on the writer thread (start() it); take its outcome in with outcome().
        With `preview`, the file is only checked: its Future gives an ImportPreview."""
        return BackgroundImport(self, data, parent, preview=preview)

    def import_now(self, data: bytes) -> exchange.ImportReport:
        """An import done before returning; ImportFailed or NotesError as exchange.import_json raises them."""
        report = exchange.import_json(self.store, data)
        self._tell(report, "import")
        return report

    def restore_backup(self, path: Path) -> backup.RestoredBackup:
        """Replace the notes with a backup's (the current ones are saved first); NotesError or OSError with
        nothing changed."""
        restored = backup.restore_backup(self.store, path)
        self._tell(restored, "restore-backup")
        return restored

    def run_later(self, action, *args, origin: str = "", **kwargs) -> Future:
        """Any write to the store, on the writer thread, after the writes asked for before it."""
        future = self._writer.submit(action, *args, **kwargs)
        self._origins[future] = origin
        return future

    def outcome(self, future: Future):
        """The result of a background write (waiting for it if need be), or None after telling the problem.
        Told once: a second call for the same write returns its result without a second signal."""
        first = future not in self._taken_in
        self._taken_in.add(future)
        origin = self._origins.pop(future, "")
        try:
            result = future.result()
        except NotesReadOnly as error:
            if first:
                self.read_only_reason = str(error)
                self.problem.emit(str(error))
            return None
        except NotesError as error:
            if first:
                self.problem.emit(str(error))
            return None
        if first:
            self._tell(result, origin)
        return result

    def close(self) -> None:
        """Wait for background writes, then close the notes file."""
        self._writer.shutdown(wait=True)
        self.store.close()

    def delete(self, uuid: str, origin: str = "") -> NotesChange | None:
        return self._write(origin, self.store.delete, uuid)

    def restore(self, uuid: str, origin: str = "") -> NotesChange | None:
        return self._write(origin, self.store.restore, uuid)

    def toggle_bookmark(self, target: Target, origin: str = "") -> NotesChange | None:
        return self._write(origin, self.store.toggle_bookmark, target)

    def empty_trash(self, origin: str = "") -> NotesChange | None:
        return self._write(origin, self.store.empty_trash)

    def undo(self) -> NotesChange | None:
        return self._write("undo", self.store.undo)


# -- shared by the panes that show notes ------------------------------------------------------

_TEXT_CACHE: dict[tuple[str, str, str], str] = {}


def entry_text(content, entry_id: str, name_form: str = "english") -> str:
    """The entry's text exactly as the reader lays it out (QTextDocument raw text).

    Passages are quoted from, and anchored in, this text, so a highlight made in the reader is found
    again by the notes pane and after the content is rebuilt.
    """
    key = (content.content_version, entry_id, name_form)
    if key not in _TEXT_CACHE:
        from PySide6.QtGui import QTextDocument

        from desktop_app.content.render import entry_document

        entry = content.entry(entry_id)
        document = QTextDocument()
        if entry is not None:
            document.setMarkdown(entry_document(content, entry, name_form))
        _TEXT_CACHE[key] = document.toRawText()
    return _TEXT_CACHE[key]


TOOLTIP_CHARS = 600  # a tooltip is a glance: a 10 MB note must not become a screen-high window


def plain_tooltip(text: str) -> str:
    """Someone's text (a note, perhaps from an imported pack) as a tooltip that shows it as typed.

    Qt renders a tooltip as HTML when it looks like HTML, and an <img> in it would read any local file;
    escaped inside a <p>, every character is shown as it is and nothing is loaded. Long text is cut short.
    """
    if len(text) > TOOLTIP_CHARS:
        text = text[:TOOLTIP_CHARS].rstrip() + "…"
    return f"<p style='white-space:pre-wrap'>{html.escape(text)}</p>" if text else ""
