"""What every pane is given by the main window, and nothing more."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QWidget

from desktop_app.notes.model import Target
from desktop_app.views.navigation import destination_of

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

    def go_to(self, target: Target) -> None:
        """Open `target` (an entry, event, place, figure or a note's target) in every pane: the one verb
        for navigation, whichever pane it starts from."""
        self.state.go_to(destination_of(self.content, target))

    def focus_target(self) -> QWidget:
        """The widget that takes the keyboard when the user goes to this pane (Ctrl+0...5, F6)."""
        return self

    def tab_stops(self) -> list[QWidget]:
        """The widgets Tab stops at in this pane, in order: by default those that take Tab, in the order
        they were made (the panes make them in layout order, top to bottom)."""
        return [w for w in self.findChildren(QWidget) if w.focusPolicy() & Qt.FocusPolicy.TabFocus]

    def key_help(self) -> list[tuple[str, str]]:
        """(keys, what they do) for keys the pane handles itself while it has the focus, for Help >
        Keyboard Shortcuts; the pane's own actions with shortcuts are listed from the actions."""
        return []


def plain_text(rich_text: str) -> str:
    """Rich text (a legend, a chart's details) as words for a screen reader: no tags read out, entities
    decoded, a line for each <br>."""
    doc = QTextDocument()
    doc.setHtml(rich_text)
    return doc.toPlainText().replace("\u00a0", " ").replace("\u2028", "\n")
