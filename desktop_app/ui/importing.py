"""Bringing in a notes file someone handed over (a teacher pack, a reading list, a student's notes): from
File > Import, from the desktop (a double-clicked .44days file, a second launch) or dropped on the window.

Every way in goes the same three steps: the file is checked on the notes thread (with a progress window
that can cancel), a preview says what it brings and asks, and only then is it imported, in one
transaction. Nothing is written before the person says Import.
"""

from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import Future
from pathlib import Path

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox, QProgressDialog, QWidget

from desktop_app.app_links import FILE_SUFFIX
from desktop_app.notes import exchange
from desktop_app.notes.store import NotesError
from desktop_app.ui import messages
from desktop_app.ui.notes import BackgroundImport, NotesModel

FILE_FILTER = f"44 Days notes (*{FILE_SUFFIX} *.json);;All files (*)"


class NotesImporter(QObject):
    def __init__(self, window: QWidget, notes: NotesModel, before_import: Callable[[], None],
                 status: Callable[[str], None]) -> None:
        super().__init__(window)
        self._window, self._notes = window, notes
        self._before_import = before_import  # saves the note being edited first
        self._status = status
        self.job: BackgroundImport | None = None  # the check or import under way, if any
        self._waiting: list[Path] = []  # files asked for while another is being imported
        self._closed = False  # the window is closing: no more questions

    @property
    def busy(self) -> bool:
        return self.job is not None

    def choose_and_import(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self._window, "Import Notes", "", FILE_FILTER)
        if path:
            self.import_file(Path(path))

    def import_file(self, path: Path) -> None:
        """Check `path`, show what it brings, and import it if the person agrees."""
        if self.busy:
            self._waiting.append(path)
            return
        try:
            size = path.stat().st_size
            if size > exchange.MAX_FILE_BYTES:
                raise exchange.ImportFailed([exchange.ImportProblem(
                    None, "file", f"is {size / 2**20:,.0f} MB; a notes file can be at most "
                    f"{exchange.MAX_FILE_BYTES // 2**20} MB")])
            data = path.read_bytes()
        except exchange.ImportFailed as failure:
            self._failed(path, failure)
            return self._next()
        except OSError as error:
            messages.warn(self._window, "Nothing was imported", f"{path} cannot be read: "
                          f"{error.strerror or error}. Your notes are unchanged.")
            return self._next()
        self._run(path, data, preview=True)

    def cancel(self) -> None:
        """Quitting mid-import: nothing imported, and no wait for it to end."""
        self._waiting.clear()
        self._closed = True
        if self.job is not None:
            self.job.cancel()

    def _run(self, path: Path, data: bytes, *, preview: bool) -> None:
        if not preview:
            self._before_import()
        progress = QProgressDialog(f"Checking {path.name}…" if preview else f"Importing notes from {path.name}…",
                                   "Cancel", 0, 0, self._window)
        progress.setWindowTitle("Import Notes")
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(400)  # a small file is done before the window would show
        progress.setAutoClose(False)
        progress.setAutoReset(False)
        job = self.job = self._notes.import_later(data, progress, preview=preview)

        def show(doing: str, done: int, total: int) -> None:
            progress.setLabelText(f"{doing} {path.name}: {done:,} of {total:,} notes…" if total else
                                  f"{doing} {path.name}…")
            progress.setMaximum(total)
            progress.setValue(done)

        job.progressed.connect(show)
        progress.canceled.connect(job.cancel)
        job.finished.connect(lambda future: self._finished(path, data, job, future, progress))
        job.start()

    def _finished(self, path: Path, data: bytes, job: BackgroundImport, future: Future,
                  progress: QProgressDialog) -> None:
        self.job = None
        progress.reset()  # stops its timer too: otherwise a quick job's window would still pop up later
        progress.close()
        progress.deleteLater()
        try:
            future.result()  # its problems are told here, in the import's own words
        except exchange.ImportFailed as failure:
            self._failed(path, failure)
            return self._next()
        except exchange.ImportCancelled as cancelled:
            self._status(str(cancelled))
            return self._next()
        except NotesError as error:
            messages.warn(self._window, "Nothing was imported", f"{path.name} cannot be imported: {error}")
            return self._next()
        if job.preview:
            if not self._closed:  # a check that ended as the window closed asks nothing
                self._confirm(path, data, future.result())
            return
        report = self._notes.outcome(future)
        if report is not None:
            messages.inform(self._window, "Notes imported", f"From {path.name}: added {report.added:,}, updated "
                            f"{report.updated:,}, already there {report.unchanged:,}.")
        self._next()

    def _confirm(self, path: Path, data: bytes, preview: exchange.ImportPreview) -> None:
        if self._notes.read_only_reason:
            messages.warn(self._window, "Nothing was imported", self._notes.read_only_reason)
            return self._next()
        if not preview.total:
            messages.inform(self._window, "Nothing to import", f"{path.name} holds no notes.")
            return self._next()
        choice = messages.ask(self._window, "Import Notes?", f"{path.name}\n\n{preview.describe()}\n\n"
                              "Import them into your notes? Your own notes stay as they are.",
                              [("&Import", QMessageBox.ButtonRole.AcceptRole)])
        if choice == 0:
            self._run(path, data, preview=False)
        else:
            self._status(f"Nothing was imported from {path.name}.")
            self._next()

    def _failed(self, path: Path, failure: exchange.ImportFailed) -> None:
        problems = "\n".join(f"• {p}" for p in failure.problems[:20])
        bad = failure.bad_notes
        which = ""
        if bad:
            shown = ", ".join(str(n) for n in bad[:10]) + (" and more" if len(bad) > 10 else "")
            which = f"Notes with problems (counting from 1): {shown}.\n\n"
        more = f"\n… and {len(failure.problems) - 20} more problems" if len(failure.problems) > 20 else ""
        messages.warn(self._window, "Nothing was imported",
                      f"{path.name} cannot be imported; your notes are unchanged.\n\n{which}{problems}{more}")

    def _next(self) -> None:
        if self._waiting and not self.busy:
            self.import_file(self._waiting.pop(0))
