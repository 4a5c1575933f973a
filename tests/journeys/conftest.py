"""Journeys: the real main window, driven only through keys and the mouse, checked by what a person sees.

See README.md in this folder for how to write one.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtCore import QElapsedTimer, QPoint, Qt, QTimer, QTranslator
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QDialog, QProgressDialog, QWidget

from desktop_app.notes.model import Note
from desktop_app.notes.store import NotesStore
from desktop_app.paths import user_data_dir
from desktop_app.ui.announcer import SETTLE_MS
from desktop_app.ui.language import apply_chosen_language, remove_language
from desktop_app.ui.main_window import MainWindow
from desktop_app.ui.panes.map import PLAY_INTERVAL_MS, RELAYOUT_MS
from desktop_app.ui.panes.notes import AUTOSAVE_MS
from desktop_app.ui.panes.search import DEBOUNCE_MS

# A person's pause: longer than every timer in the app (autosave, search debounce, map relayout, Play, what the
# panes tell screen readers), so whatever a timer does has happened before the next key.
PAUSE_MS = max(AUTOSAVE_MS, DEBOUNCE_MS, RELAYOUT_MS, PLAY_INTERVAL_MS, SETTLE_MS) + 400
KEY_DELAY_MS = 15  # between the keys of one burst of typing

# The window sizes every journey runs at: a common school laptop and a full HD screen.
WINDOW_SIZES = {"1366x768": (1366, 768), "1920x1080": (1920, 1080)}


@pytest.fixture(params=list(WINDOW_SIZES), ids=list(WINDOW_SIZES))
def window_size(request: pytest.FixtureRequest) -> tuple[int, int]:
    return WINDOW_SIZES[request.param]


@dataclass
class Person:
    """What a person at the keyboard and mouse can do, and nothing else."""

    qtbot: object
    window: MainWindow

    # -- time ---------------------------------------------------------------------------------
    def pause(self, ms: int = PAUSE_MS) -> None:
        self.qtbot.wait(ms)

    def wait_until(self, condition: Callable[[], object], timeout: int = 5000) -> None:
        """Wait as a person waits for the screen to change (fails if it does not within `timeout`)."""
        self.qtbot.waitUntil(lambda: bool(condition()), timeout=timeout)

    # -- keyboard -----------------------------------------------------------------------------
    @staticmethod
    def focused() -> QWidget:
        # Keys go to an open menu first (Alt+F, then letters and arrows), as they do on a real screen.
        widget = QApplication.activePopupWidget() or QApplication.focusWidget()
        assert widget is not None, "nothing has the keyboard focus"
        return widget

    def type(self, text: str) -> None:
        """Type into whatever has the focus, a key at a time."""
        for char in text:
            self.qtbot.keyClicks(self.focused(), char)
            self.qtbot.wait(KEY_DELAY_MS)

    def press(self, keys: str) -> None:
        """Press a key combination as written in menus ("Ctrl+Shift+E", "F6", "Return", "Alt+Left")
        on whatever has the focus; shortcuts fire as they do for a real key press."""
        sequence = QKeySequence(keys)
        assert sequence.count() == 1, f"not one key combination: {keys!r}"
        combination = sequence[0]
        self.qtbot.keyClick(self.focused(), combination.key(), combination.keyboardModifiers())
        self.qtbot.wait(KEY_DELAY_MS * 2)

    # -- mouse --------------------------------------------------------------------------------
    def click(self, widget: QWidget, pos: QPoint | None = None, button=Qt.MouseButton.LeftButton) -> None:
        self.qtbot.mouseClick(widget, button, pos=pos if pos is not None else widget.rect().center())
        self.qtbot.wait(KEY_DELAY_MS * 2)

    def double_click(self, widget: QWidget, pos: QPoint | None = None) -> None:
        self.qtbot.mouseDClick(widget, Qt.MouseButton.LeftButton,
                               pos=pos if pos is not None else widget.rect().center())
        self.qtbot.wait(KEY_DELAY_MS * 2)

    def drag(self, widget: QWidget, start: QPoint, end: QPoint, steps: int = 8) -> None:
        """Press at `start`, move in steps, release at `end` (all in `widget`'s coordinates)."""
        self.qtbot.mousePress(widget, Qt.MouseButton.LeftButton, pos=start)
        for i in range(1, steps + 1):
            point = start + (end - start) * (i / steps)
            self.qtbot.mouseMove(widget, point)
            self.qtbot.wait(10)
        self.qtbot.mouseRelease(widget, Qt.MouseButton.LeftButton, pos=end)
        self.qtbot.wait(KEY_DELAY_MS * 2)


    # -- dialogs ------------------------------------------------------------------------------
    def expect_dialogs(self, *answers: Answer, timeout_ms: int = 5000) -> Dialogs:
        """Call before the key that opens them: the modal dialogs that will open, in order, and the keys the
        person gives each (within `timeout_ms` in all). Then press the key, then `check()` what came back."""
        return Dialogs(self, list(answers), timeout_ms).start()


@dataclass
class Answer:
    """A dialog a person expects, known by its window title and kind, and what they do in it."""

    title: str
    keys: Callable[[Person], None]
    kind: type[QWidget] = QDialog


def type_path(path: Path) -> Callable[[Person], None]:
    """A file dialog's answer: select what is in its name field, type the whole path, press Enter."""

    def keys(person: Person) -> None:
        person.press("Ctrl+A")
        person.type(str(path))
        person.pause(300)  # the dialog's completer catches up, as it does for a person
        person.press("Return")

    return keys


def press(*keys: str) -> Callable[[Person], None]:
    """A dialog's answer: these keys, one after the other."""

    def answer(person: Person) -> None:
        for key in keys:
            person.press(key)

    return answer


class Dialogs:
    """Answers the modal dialogs a key press opens. A dialog runs its own event loop inside the press, so the
    answers are given from a timer that looks for the dialog on screen: each expected dialog, in order, gets
    the person's keys; any other dialog (an error message, say) is closed with Escape and reported by check().
    Progress dialogs are only watched."""

    POLL_MS = 50
    GRACE_MS = 500  # after the last expected dialog, how long an unexpected one is still looked for

    def __init__(self, person: Person, answers: list[Answer], timeout_ms: int = 5000) -> None:
        self.person = person
        self.waiting = answers
        self.answered: list[str] = []
        self.unexpected: list[str] = []
        self._last: QWidget | None = None
        self._busy = False
        self._timeout_ms = timeout_ms
        self._done_at: int | None = None
        self._clock = QElapsedTimer()
        self._timer = QTimer()
        self._timer.setInterval(self.POLL_MS)
        self._timer.timeout.connect(self._poll)

    def start(self) -> Dialogs:
        self._clock.start()
        self._timer.start()
        return self

    def _poll(self) -> None:
        if self._busy:  # the answer's own key presses run the event loop: this timer fires inside them
            return
        modal = QApplication.activeModalWidget()
        if (modal is not None and modal is not self._last and modal.isVisible()
                and not isinstance(modal, QProgressDialog)):
            self._busy = True
            try:
                self._answer(modal)
            finally:
                self._busy = False
            return
        elapsed = self._clock.elapsed()
        if self.waiting:
            if elapsed > self._timeout_ms:
                self._timer.stop()
        elif self._done_at is None:
            self._done_at = elapsed
        elif elapsed - self._done_at > self.GRACE_MS:
            self._timer.stop()

    def _answer(self, modal: QWidget) -> None:
        self._last = modal
        # A dialog made right after this one is deleted can get its address, and with it this very Python
        # wrapper: forget it when it goes, or the next dialog would look already answered.
        modal.destroyed.connect(self._forget)
        title = modal.windowTitle()
        expected = self.waiting[0] if self.waiting else None
        if QApplication.activeWindow() is not modal:
            # A dialog opened from a background job's signal is not made active by the offscreen platform;
            # a window manager would give it the keyboard. Do what it does.
            modal.activateWindow()
            self.person.wait_until(lambda: QApplication.activeWindow() is modal, timeout=3000)
        if expected is not None and title == expected.title and isinstance(modal, expected.kind):
            self.waiting.pop(0)
            self.answered.append(title)
            expected.keys(self.person)
            return
        text = modal.text() if callable(getattr(modal, "text", None)) else ""  # a message box says why
        self.unexpected.append(f"{type(modal).__name__} {title!r} {text}".strip())
        self.person.qtbot.keyClick(modal.focusWidget() or modal, Qt.Key.Key_Escape)

    def _forget(self, *_destroyed: object) -> None:
        self._last = None

    def check(self) -> None:
        """Every expected dialog opened and was answered, and no other dialog came up."""
        self.person.wait_until(lambda: not self._timer.isActive(), timeout=self._timeout_ms + 2000)
        # On a real screen the window manager gives the keyboard back to the main window when its dialog
        # closes; the offscreen platform leaves no window active. Do what the window manager does.
        if QApplication.activeWindow() is None and QApplication.activeModalWidget() is None:
            self.person.window.activateWindow()
            self.person.wait_until(lambda: QApplication.activeWindow() is self.person.window, timeout=3000)
        assert not self.unexpected, f"dialogs nobody expected: {self.unexpected}"
        assert not self.waiting, f"dialogs that never opened: {[a.title for a in self.waiting]}"


class App:
    """Starts the app as a user does (their data folder, their settings) and closes it as they do."""

    def __init__(self, qtbot, content, size: tuple[int, int]) -> None:
        self.qtbot = qtbot
        self.content = content
        self.size = size
        self.window: MainWindow | None = None
        self.translators: list[QTranslator] = []

    def start(self) -> Person:
        # As the app starts: the language first (FORTYFOURDAYS_LANGUAGE, else View > Language), then the window.
        self.translators = apply_chosen_language(QApplication.instance())
        window = MainWindow(self.content)
        self.qtbot.addWidget(window)
        window.resize(*self.size)
        window.show()
        self.qtbot.waitExposed(window)

        def has_the_keyboard() -> bool:
            """The window, or a box it opened over itself at start; when such a box has closed, the window
            gets the keyboard back as a window manager gives it (the offscreen platform does not)."""
            box = QApplication.activeModalWidget()
            if QApplication.activeWindow() is None and box is None:
                window.activateWindow()
            return QApplication.activeWindow() is window or (box is not None and box.parent() is window)

        window.activateWindow()
        self.qtbot.waitUntil(has_the_keyboard, timeout=3000)
        self.window = window
        person = Person(self.qtbot, window)
        person.pause()  # the panes built after the first frame are there, as they are for a person
        return person

    def quit(self, person: Person) -> None:
        """Ctrl+Q, as a person quits; the window must really close."""
        window = self.window
        assert window is not None
        person.press("Ctrl+Q")
        self.qtbot.waitUntil(lambda: not window.isVisible(), timeout=3000)
        window.notes.close()
        self.window = None
        remove_language(QApplication.instance(), self.translators)

    def restart(self, person: Person) -> Person:
        self.quit(person)
        return self.start()

    @staticmethod
    def notes_on_disk() -> list[Note]:
        """The notes file as a later run of the app finds it (read after the window closed)."""
        store = NotesStore(user_data_dir() / "notes.sqlite")
        try:
            return store.notes()
        finally:
            store.close()


@pytest.fixture
def app(qtbot, content, window_size) -> Iterator[App]:
    assert os.environ.get("FORTYFOURDAYS_DATA_DIR"), "journeys must run in a scratch data folder"
    running = App(qtbot, content, window_size)
    yield running
    if running.window is not None:
        running.window.close()
        running.window.notes.close()
    remove_language(QApplication.instance(), running.translators)


@pytest.fixture
def person(app: App) -> Person:
    return app.start()


def data_folder() -> Path:
    return user_data_dir()
