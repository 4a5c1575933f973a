"""What every pane is given by the main window, and nothing more."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:
    from desktop_app.content import ContentDatabase
    from desktop_app.ui.notes import NotesModel
    from desktop_app.ui.settings import Settings
    from desktop_app.ui.state import AppState


class Pane(QWidget):
    """A pane: the content to show, the shared state (current entry, date, selection) through which the
    panes follow one another, the user's settings and, for the panes that show them, the user's notes.
    A pane never holds another pane."""

    def __init__(
        self,
        content: ContentDatabase,
        state: AppState,
        settings: Settings,
        notes: NotesModel | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.content = content
        self.state = state
        self.settings = settings
        self.notes = notes
