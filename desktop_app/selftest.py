"""`44days --self-test`: an installed or bundled copy of the app checks itself, without a screen.

It opens the content database, runs the searches the README promises, loads the map geometry and the
icon, checks Qt's sorting and case mapping (ICU, whose data the bundle slims), builds the main window with
every pane offscreen and paints each pane once, writes a note and reads it back from disk, and checks that
the licence texts are there (in a bundle: for every module in use). Everything
the app would write goes to a temporary data folder that is removed afterwards, so the user's own notes
and settings are never touched. It prints one line per check and returns 0 when all pass, 1 with the
reason at the first one that fails. A windowed Windows build has no console, so there the report goes
to 44days-self-test.txt in the current folder.
"""

from __future__ import annotations

import os
import sys
import tempfile
import traceback
from collections.abc import Callable
from pathlib import Path
from typing import TextIO

from desktop_app import APP_NAME, __version__, paths

# What a user types, and the entry that must be among the first results (README, "The content").
SEARCHES = (("shushi", "shusha"), ("Khankendi", "stepanakert"), ("gence", "ganja"))
TOP_RESULTS = 3
NOTE_MARKER = "selftestmarker"
REPORT_FILE = "44days-self-test.txt"  # in the current folder, where there is no console to print to


class CheckFailed(Exception):
    """A check did not pass; the message says what was expected and what happened."""


def where_running() -> str:
    if getattr(sys, "frozen", False):
        return f"standalone bundle at {paths.app_dir()}"
    package = Path(__file__).resolve().parent
    if (package / "data" / paths.DATABASE_NAME).exists():
        return f"installed package at {package}"
    return f"source checkout at {paths.repository_root()}"


class SelfTest:
    def __init__(self, database: Path, data_dir: Path, out: TextIO) -> None:
        self.database = database
        self.data_dir = data_dir
        self.out = out
        self.content = None
        self.app = None
        self.window = None
        self.qt_messages: list[str] = []
        self._previous_handler = None

    def say(self, line: str) -> None:
        print(line, file=self.out, flush=True)

    # -- the checks, in order; each returns a one-line summary or raises CheckFailed ----------
    def check_database(self) -> str:
        from desktop_app.content import ContentDatabase, ContentError

        try:
            self.content = ContentDatabase(self.database)
        except ContentError as error:
            raise CheckFailed(str(error)) from None
        entries, places = self.content.entries(), self.content.places()
        events = self.content.events_between(*self.content.event_span())
        if not entries or not places or not events:
            raise CheckFailed(f"{self.database} opened but holds {len(entries)} entries, {len(places)} places "
                              f"and {len(events)} events")
        return (f"{self.database} (content {self.content.content_version}): {len(entries)} entries, "
                f"{len(events)} events, {len(places)} places")

    def check_search(self) -> str:
        found = []
        for query, expected in SEARCHES:
            results = self.content.search(query, limit=TOP_RESULTS)
            ids = [r.entry_id for r in results]
            if expected not in ids:
                raise CheckFailed(f"searching {query!r} should find {expected!r} first, found {ids or 'nothing'}")
            found.append(f"{query!r} -> {expected}")
        return ", ".join(found)

    def check_resources(self) -> str:
        from desktop_app.content.geometry import load_region, region_path

        path = region_path()
        if not path.is_file():
            raise CheckFailed(f"the map geometry {path} is missing")
        region = load_region(path)
        if not region.districts():
            raise CheckFailed(f"the map geometry {path} holds no districts")
        icons = sorted((paths.resources_dir() / "icons").glob("44days-*.png"))
        if not icons:
            raise CheckFailed(f"no app icon in {paths.resources_dir() / 'icons'}")
        return f"{paths.resources_dir()}: map with {len(region.districts())} districts, icon in {len(icons)} sizes"

    def check_text(self) -> str:
        """Qt's ICU (the bundle carries a cut-down copy of its data): file dialogs sort names with QCollator
        and case mapping follows the language."""
        from PySide6.QtCore import QCollator, QLocale

        names = ["Aghdam", "Ağdam"]
        english = sorted(names, key=QCollator(QLocale("en_US")).sortKey)  # ğ sorts as a g with a mark
        azerbaijani = sorted(names, key=QCollator(QLocale("az_AZ")).sortKey)  # ğ is a letter after g
        if english != ["Ağdam", "Aghdam"] or azerbaijani != ["Aghdam", "Ağdam"]:
            raise CheckFailed(f"sorting is wrong (English {english}, Azerbaijani {azerbaijani}): "
                              "the ICU data is missing or incomplete")
        upper = QLocale("az_AZ").toUpper("istiqlal")
        if upper != "İSTİQLAL":
            raise CheckFailed(f"Azerbaijani upper case of 'istiqlal' gave {upper!r}, not 'İSTİQLAL'")
        return "sorting in English and Azerbaijani, Azerbaijani upper case (ICU)"

    def check_window(self) -> str:
        from PySide6 import __version__ as pyside_version
        from PySide6.QtCore import QtMsgType, qInstallMessageHandler, qVersion
        from PySide6.QtWidgets import QApplication, QDockWidget

        from desktop_app.ui.icon import app_icon
        from desktop_app.ui.main_window import MainWindow

        def keep(kind: QtMsgType, _context: object, message: str) -> None:
            if "propagateSizeHints" not in message:  # the offscreen platform's harmless chatter
                self.qt_messages.append(message)

        self._previous_handler = qInstallMessageHandler(keep)
        self.app = QApplication.instance() or QApplication(sys.argv[:1])
        if app_icon().isNull():
            raise CheckFailed("the app icon did not load")
        self.window = MainWindow(self.content)
        self.window.show()
        self._settle()
        # A person sees the timeline a moment after the first frame, once pyqtgraph is in (imported on a
        # thread); the check asks for it now rather than waiting for that.
        self.window.timeline  # noqa: B018 (the property builds the pane)
        self._settle()
        painted = []
        for dock in [None, *self.window.findChildren(QDockWidget)]:
            if dock is None:
                title, widget = "Reader", self.window.centralWidget()
            else:  # shown first: a pane may be built only when its dock is first shown
                dock.show()
                dock.raise_()
                self._settle()
                title, widget = dock.windowTitle(), dock.widget()
            image = widget.grab().toImage()
            if image.isNull() or image.width() < 50 or image.height() < 50:
                raise CheckFailed(f"the {title} pane has no room to paint ({image.width()}x{image.height()})")
            if _colours(image) < 3:
                raise CheckFailed(f"the {title} pane painted nothing but its background")
            painted.append(f"{title} {image.width()}x{image.height()}")
        platform = QApplication.platformName()
        return f"PySide6 {pyside_version}, Qt {qVersion()} ({platform}); painted " + ", ".join(painted)

    def check_notes(self) -> str:
        from desktop_app.notes.model import Target
        from desktop_app.notes.store import NotesStore

        notes = self.window.notes
        problems: list[str] = []
        notes.problem.connect(problems.append)
        entry_id = self.window.state.entry_id
        note = notes.add("note", Target("entry", entry_id), body=f"Written by the {NOTE_MARKER} check",
                         tags=("self-test",)).note
        if note is None:
            raise CheckFailed(f"could not write a note in {self.data_dir}: {'; '.join(problems) or 'no reason given'}")
        path = notes.store.path
        self._close_window()
        if path.parent != self.data_dir:
            raise CheckFailed(f"notes went to {path}, not to the data folder {self.data_dir}")
        with NotesStore(path) as reopened:
            again = reopened.get(note.uuid)
            hits = [hit.note.uuid for hit in reopened.search(NOTE_MARKER)]
        if again is None or again.body != note.body:
            raise CheckFailed(f"the note written to {path} was not there when the file was opened again")
        if note.uuid not in hits:
            raise CheckFailed(f"the note written to {path} is not found by searching the notes")
        return f"wrote a note on {entry_id!r} to {path}, read it back and found it by search"

    def check_licences(self) -> str:
        """The licence texts that go with this copy; in a bundle, its folder covers every module in use
        (by now the window and every pane have been built, so everything the app uses is loaded)."""
        from desktop_app.licensing import LicencesIncomplete, check_licences

        try:
            return check_licences(list(sys.modules))
        except LicencesIncomplete as failure:
            raise CheckFailed(str(failure)) from None

    # -- helpers ------------------------------------------------------------------------------
    def _settle(self) -> None:
        for _ in range(5):
            self.app.processEvents()

    def _close_window(self) -> None:
        """Close as a user would (saves the session, stops the search thread), then let the files go."""
        if self.window is None:
            return
        from PySide6.QtCore import QCoreApplication, QEvent

        window, self.window = self.window, None
        window.close()
        window.notes.close()
        window.deleteLater()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)

    def run(self) -> bool:
        self.say(f"{APP_NAME} {__version__} self-test")
        self.say(f"  running from   {where_running()}")
        self.say(f"  data folder    {self.data_dir} (temporary)")
        checks: list[tuple[str, Callable[[], str]]] = [
            ("database", self.check_database), ("search", self.check_search), ("resources", self.check_resources),
            ("text", self.check_text), ("window", self.check_window), ("notes", self.check_notes),
            ("licences", self.check_licences),
        ]
        try:
            for number, (name, check) in enumerate(checks):
                try:
                    summary = check()
                except CheckFailed as failure:
                    reason = str(failure)
                except Exception as error:  # an unexpected crash is a failure with its place in the code
                    frame = traceback.extract_tb(error.__traceback__)[-1]
                    reason = f"{type(error).__name__}: {error} (at {Path(frame.filename).name}:{frame.lineno})"
                else:
                    self.say(f"  ok      {name:<10}{summary}")
                    continue
                self.say(f"  FAILED  {name:<10}{reason}")
                for message in self.qt_messages[-5:]:
                    self.say(f"          Qt said: {message}")
                not_run = [n for n, _ in checks[number + 1:]]
                self.say(f"self-test FAILED at {name}" + (f"; not run: {', '.join(not_run)}" if not_run else ""))
                return False
        finally:
            self._close_window()
            if self.content is not None:
                self.content.close()
            if self.app is not None:
                from PySide6.QtCore import qInstallMessageHandler

                qInstallMessageHandler(self._previous_handler)
        self.say(f"self-test passed: {len(checks)} of {len(checks)} checks")
        return True


def _colours(image, samples: int = 48) -> int:
    """How many distinct colours a grid of samples across the image finds (1 means it is blank)."""
    seen = set()
    for i in range(samples):
        for j in range(samples):
            seen.add(image.pixel(i * (image.width() - 1) // (samples - 1), j * (image.height() - 1) // (samples - 1)))
    return len(seen)


def run_self_test(database: Path | None = None, out: TextIO | None = None) -> int:
    """Run every check with a temporary data folder; 0 if all pass, 1 otherwise."""
    if out is None and sys.stdout is None:  # a windowed Windows build has no console: report to a file
        with open(REPORT_FILE, "w", encoding="utf-8") as report:
            return run_self_test(database, report)
    # Before Qt starts: no screen is needed, and nothing the checks write may reach the user's folders.
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    saved = {name: os.environ.get(name) for name in (paths.DATA_DIR_ENV, paths.PORTABLE_ENV)}
    with tempfile.TemporaryDirectory(prefix="44days-self-test-", ignore_cleanup_errors=True) as folder:
        os.environ[paths.DATA_DIR_ENV] = folder
        os.environ.pop(paths.PORTABLE_ENV, None)
        try:
            test = SelfTest(database or paths.bundled_database_path(), Path(folder), out or sys.stdout)
            return 0 if test.run() else 1
        finally:
            for name, value in saved.items():
                if value is None:
                    os.environ.pop(name, None)
                else:
                    os.environ[name] = value
