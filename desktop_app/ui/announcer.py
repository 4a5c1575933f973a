"""Telling screen readers what a drawn view shows, and what just changed in it.

A pane reports what changed ("date", "event", "place", ...); once changes stop for SETTLE_MS the announcer
asks the pane for its words (built by `desktop_app.views.spoken`), puts the state in the widget's accessible
description and announces the change politely. So dragging the date line across forty days says only the
day it stops on, and the words are built once, not on every step of the drag. Only the pane that has the
keyboard speaks: a date moved in the timeline is not announced again by the map.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent
from PySide6.QtWidgets import QApplication, QWidget

SETTLE_MS = 300  # quiet time before speaking: longer than between two steps of a drag or a held-down key

# (state, announcement) for the changes since the last time: the widget's description, and what to say ("": nothing)
Compose = Callable[[set[str]], tuple[str, str]]


class Announcer(QObject):
    """Keeps `widget`'s accessible description up to date and announces changes while `pane` has the keyboard."""

    announced = Signal(str)  # the words just given to screen readers

    def __init__(self, widget: QWidget, pane: QWidget, compose: Compose) -> None:
        super().__init__(widget)
        self._widget, self._pane, self._compose = widget, pane, compose
        self._changes: set[str] = set()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SETTLE_MS)
        self._timer.timeout.connect(self._speak)

    def changed(self, what: str) -> None:
        """Something the view shows changed: describe it (and say it) once changes settle."""
        self._changes.add(what)
        self._timer.start()

    def refresh(self) -> None:
        """Describe the view as it stands now, saying nothing (at start, after a language or name change)."""
        self._widget.setAccessibleDescription(self._compose(set())[0])

    def _speak(self) -> None:
        changes, self._changes = self._changes, set()
        state, words = self._compose(changes)
        if self._widget.accessibleDescription() != state:
            self._widget.setAccessibleDescription(state)
        focus = QApplication.focusWidget()
        if words and focus is not None and (focus is self._pane or self._pane.isAncestorOf(focus)):
            event = QAccessibleAnnouncementEvent(self._widget, words)
            event.setPoliteness(QAccessible.AnnouncementPoliteness.Polite)
            QAccessible.updateAccessibility(event)
            self.announced.emit(words)
