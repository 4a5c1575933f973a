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
from desktop_app.i18n import number, translate
from desktop_app.notes import exchange
from desktop_app.notes.store import NotesError
from desktop_app.ui import messages
from desktop_app.ui.notes import BackgroundImport, NotesModel


def file_filter() -> str:
    """The file types of the Open dialog (the descriptions translated, the patterns not)."""
    #: a file type in the Open dialog: the app's own notes files
    notes = translate("Importing", "44 Days notes")
    #: a file type in the Open dialog: any file
    anything = translate("Importing", "All files")
    return f"{notes} (*{FILE_SUFFIX} *.json);;{anything} (*)"


def progress_text(doing: str, name: str, done: int, total: int) -> str:
    """What the progress window says: `doing` is the import's step ("Reading", "Checking" or "Importing", see
    exchange.Progress), `name` the file's name, `done` of `total` notes (total 0: not known yet)."""
    if total and doing != "Reading":  # the file is read whole, before its notes are counted
        if doing == "Checking":
            #: an import's progress; {file} is the file's name, {done} how many of its notes are checked so far
            text = translate("Importing", "Checking {file}: {done} of %Ln notes…", None, total)
        else:
            #: an import's progress; {file} is the file's name, {done} how many of its notes are imported so far
            text = translate("Importing", "Importing {file}: {done} of %Ln notes…", None, total)
        return text.format(file=name, done=number(done))
    if doing == "Reading":
        #: an import's progress; {file} is the file's name
        return translate("Importing", "Reading {file}…").format(file=name)
    if doing == "Checking":
        #: an import's progress; {file} is the file's name
        return translate("Importing", "Checking {file}…").format(file=name)
    #: an import's progress; {file} is the file's name
    return translate("Importing", "Importing {file}…").format(file=name)


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
        #: the title of the Open dialog (a verb phrase, as the menu command File > Notes > Import Notes...)
        path, _ = QFileDialog.getOpenFileName(self._window, translate("Importing", "Import Notes"), "", file_filter())
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
                raise exchange.ImportFailed([exchange.too_large(size)])
            data = path.read_bytes()
        except exchange.ImportFailed as failure:
            self._failed(path, failure)
            return self._next()
        except OSError as error:
            #: {path} is the file, {error} the system's own description of the problem
            text = translate("Importing", "{path} cannot be read: {error}. Your notes are unchanged.")
            messages.warn(self._window, _nothing_imported(), text.format(path=path, error=error.strerror or error))
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
        if preview:
            #: an import's progress; {file} is the file's name
            label = translate("Importing", "Checking {file}…").format(file=path.name)
        else:
            #: an import's progress; {file} is the file's name
            label = translate("Importing", "Importing notes from {file}…").format(file=path.name)
        #: the button of the progress window (a verb): stop the import
        progress = QProgressDialog(label, translate("Importing", "Cancel"), 0, 0, self._window)
        #: the title of the progress window (a verb phrase, as the menu command File > Notes > Import Notes...)
        progress.setWindowTitle(translate("Importing", "Import Notes"))
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(400)  # a small file is done before the window would show
        progress.setAutoClose(False)
        progress.setAutoReset(False)
        job = self.job = self._notes.import_later(data, progress, preview=preview)

        def show(doing: str, done: int, total: int) -> None:
            progress.setLabelText(progress_text(doing, path.name, done, total))
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
            #: {file} is the file's name; {error} says what went wrong, in sentences of its own
            text = translate("Importing", "{file} cannot be imported: {error}").format(file=path.name, error=error)
            messages.warn(self._window, _nothing_imported(), text)
            return self._next()
        if job.preview:
            if not self._closed:  # a check that ended as the window closed asks nothing
                self._confirm(path, data, future.result())
            return
        report = self._notes.outcome(future)
        if report is not None:
            #: how an import went; {file} is the file's name, {added}, {updated} and {unchanged} how many notes
            #: were added, updated, and were there already as they are
            text = translate("Importing", "From {file}: added {added}, updated {updated}, already there {unchanged}.")
            #: the title of the message that says how an import went
            messages.inform(self._window, translate("Importing", "Notes imported"), text.format(
                file=path.name, added=number(report.added), updated=number(report.updated),
                unchanged=number(report.unchanged)))
        self._next()

    def _confirm(self, path: Path, data: bytes, preview: exchange.ImportPreview) -> None:
        if self._notes.read_only_reason:
            messages.warn(self._window, _nothing_imported(), self._notes.read_only_reason)
            return self._next()
        if not preview.total:
            #: {file} is the file's name
            text = translate("Importing", "{file} holds no notes.").format(file=path.name)
            #: the title of the message that says a notes file holds nothing to import
            messages.inform(self._window, translate("Importing", "Nothing to import"), text)
            return self._next()
        #: asked after what a notes file brings is said
        question = translate("Importing", "Import them into your notes? Your own notes stay as they are.")
        #: the title of the question whether to import a notes file
        choice = messages.ask(self._window, translate("Importing", "Import Notes?"),
                              f"{path.name}\n\n{preview.describe()}\n\n{question}",
                              #: a button (a verb): import the notes file
                              [(translate("Importing", "&Import"), QMessageBox.ButtonRole.AcceptRole)])
        if choice == 0:
            self._run(path, data, preview=False)
        else:
            #: in the status bar; {file} is the file's name
            self._status(translate("Importing", "Nothing was imported from {file}.").format(file=path.name))
            self._next()

    def _failed(self, path: Path, failure: exchange.ImportFailed) -> None:
        problems = "\n".join(f"• {p}" for p in failure.problems[:20])
        bad = failure.bad_notes
        which = ""
        if bad:
            shown = ", ".join(str(n) for n in bad[:10])
            if len(bad) > 10:
                #: {numbers} are the numbers of the first ten notes of the file that have problems, "1, 4, 9"
                which = translate("Importing", "Notes with problems (counting from 1): {numbers} and more.")
            else:
                #: {numbers} are the numbers of the notes of the file that have problems, "1, 4, 9"
                which = translate("Importing", "Notes with problems (counting from 1): {numbers}.")
            which = which.format(numbers=shown) + "\n\n"
        more = ""
        if len(failure.problems) > 20:
            count = len(failure.problems) - 20
            #: after a list of the first 20 problems of a notes file
            more = "\n" + translate("Importing", "… and %n more problems", None, count)
        #: {file} is the file's name; the problems found in it follow
        said = translate("Importing", "{file} cannot be imported; your notes are unchanged.").format(file=path.name)
        messages.warn(self._window, _nothing_imported(), f"{said}\n\n{which}{problems}{more}")

    def _next(self) -> None:
        if self._waiting and not self.busy:
            self.import_file(self._waiting.pop(0))


def _nothing_imported() -> str:
    #: the title of the messages that say why a notes file was not imported
    return translate("Importing", "Nothing was imported")
