"""Opening what comes from outside the window: `fortyfourdays://` links and notes files, from the command line, a
second launch (ui/single_instance), the desktop or a drop. Links move every pane through the shared state;
files go through the importer's preview. Whatever cannot be opened is said in one plain message."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QEvent, QMimeData, QObject, Qt
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QFileOpenEvent
from PySide6.QtWidgets import QWidget

from desktop_app.app_links import FILE_SUFFIXES, LINK_IN_TEXT, MAX_LINK_CHARS, AppLink, is_link, open_request, shown
from desktop_app.content import ContentDatabase
from desktop_app.i18n import QT_TRANSLATE_NOOP, translate
from desktop_app.notes.model import Target
from desktop_app.ui import messages
from desktop_app.ui.importing import NotesImporter
from desktop_app.ui.notes import NotesModel
from desktop_app.ui.state import AppState
from desktop_app.views.navigation import destination_of, entry_target

# What a link names that this edition of the content does not hold, by the link's kind: {link} is the link,
# {id} what it names.
_MISSING = {
    #: a link to an entry that the content does not have; {link} is the link ("fortyfourdays://entry/shusha"),
    #: {id} the entry's id in it ("shusha")
    "entry": QT_TRANSLATE_NOOP("Opening", "“{link}” names an entry (“{id}”) that is not in this edition of the "
                                          "content."),
    #: a link to an event that the content does not have; {link} is the link, {id} the event's id in it
    "event": QT_TRANSLATE_NOOP("Opening", "“{link}” names an event (“{id}”) that is not in this edition of the "
                                          "content."),
    #: a link to a place that the content does not have; {link} is the link, {id} the place's id in it
    "place": QT_TRANSLATE_NOOP("Opening", "“{link}” names a place (“{id}”) that is not in this edition of the "
                                          "content."),
    #: a link to a figure (a number of the casualty chart) that the content does not have; {link} is the link,
    #: {id} the figure's id in it
    "figure": QT_TRANSLATE_NOOP("Opening", "“{link}” names a figure (“{id}”) that is not in this edition of the "
                                           "content."),
}


class Opener(QObject):
    def __init__(self, window: QWidget, content: ContentDatabase, state: AppState, notes: NotesModel,
                 importer: NotesImporter) -> None:
        super().__init__(window)
        self._window, self._content, self._state = window, content, state
        self._notes, self._importer = notes, importer
        window.setAcceptDrops(True)  # panes that take no drop of their own pass theirs up to the window
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt API)
        if watched is self._window and event.type() in (QEvent.Type.DragEnter, QEvent.Type.DragMove):
            assert isinstance(event, QDragEnterEvent)  # DragMove is one too
            if dropped_operands(event.mimeData()):
                event.acceptProposedAction()
                return True
        elif watched is self._window and event.type() == QEvent.Type.Drop:
            assert isinstance(event, QDropEvent)
            operands = dropped_operands(event.mimeData())
            if operands:
                event.acceptProposedAction()
                self.open(operands)
                return True
        return super().eventFilter(watched, event)

    def open(self, operands: list[str], cwd: str | Path | None = None) -> None:
        """Open links and files named as on a command line (relative paths against `cwd`)."""
        request = open_request(operands, Path(cwd) if cwd else None)
        self._come_forward()  # a second launch with nothing to open still brings the window up
        if not request:
            return
        problems = list(request.problems)
        for link in request.links:
            problem = self.follow(link)
            if problem:
                problems.append(problem)
        if problems:
            # The title names no number: one link, or several.
            if len(problems) == 1:
                #: the title of the message saying why a link could not be opened
                title = translate("Opening", "Link not opened")
            else:
                #: the title of the message saying why several links could not be opened
                title = translate("Opening", "Links not opened")
            messages.warn(self._window, title, "\n\n".join(problems))
        for path in request.files:
            self._importer.import_file(path)

    def follow(self, link: AppLink) -> str:
        """Show what `link` names in every pane; a message if this content or these notes do not hold it."""
        if link.kind == "note":
            note = self._notes.store.get(link.ident)
            if note is None:
                #: {link} is a link to one of the user's notes, "fortyfourdays://note/…"
                return translate("Opening", "“{link}” names a note that is not in your notes: it may have been "
                                 "emptied from the trash, or it is in someone else's notes (ask them to export it for "
                                 "you).").format(link=link.url)
            self._state.go_to(destination_of(self._content, note.target))
            self._state.request_pane("notes")
            self._state.open_note(note.uuid)
            return ""
        if link.kind == "entry":
            if self._content.entry(link.ident) is None:
                return translate("Opening", _MISSING["entry"]).format(link=link.url, id=shown(link.ident))
            target = entry_target(self._content, link.ident)
        else:
            target = Target(link.kind, link.ident)
            exists = {"event": self._content.event, "place": self._content.place, "figure": self._content.figure}
            if exists[link.kind](link.ident) is None:
                return translate("Opening", _MISSING[link.kind]).format(link=link.url, id=shown(link.ident))
        self._state.go_to(destination_of(self._content, target))
        if link.kind == "place":
            self._state.request_pane("map")
        return ""

    def _come_forward(self) -> None:
        window = self._window
        if window.isMinimized():
            window.setWindowState(window.windowState() & ~Qt.WindowState.WindowMinimized)
        window.show()
        window.raise_()
        window.activateWindow()


class FileOpenEvents(QObject):
    """macOS hands the files and links opened from Finder or a browser to the app as QFileOpenEvents, also
    at launch, before the window exists: they are kept until a window takes them (`deliver_to`)."""

    def __init__(self, app: QObject, listen: bool = sys.platform == "darwin") -> None:
        super().__init__(app)
        self._pending: list[str] = []
        self._opener: Opener | None = None
        # Only macOS sends them. A filter on the whole application sees every event of every widget, in
        # Python: elsewhere it would cost time for nothing.
        self._app = app if listen else None
        if self._app is not None:
            self._app.installEventFilter(self)

    def close(self) -> None:
        """Stop listening (tests start main() again in the same process)."""
        if self._app is not None:
            self._app.removeEventFilter(self)
            self._app = None

    def deliver_to(self, opener: Opener) -> None:
        self._opener = opener
        pending, self._pending = self._pending, []
        if pending:
            opener.open(pending)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt API)
        if event.type() == QEvent.Type.FileOpen:
            assert isinstance(event, QFileOpenEvent)
            operand = event.file() or event.url().toString()
            if self._opener is not None:
                self._opener.open([operand])
            else:
                self._pending.append(operand)
            return True
        return super().eventFilter(watched, event)


def dropped_operands(mime: QMimeData) -> list[str]:
    """The notes files and links in a drop; nothing for any other file or text. Links may come as URLs or
    inside text ("Title <fortyfourdays://entry/...>", as dragged out of the app or a study sheet)."""
    files = [url.toLocalFile() for url in mime.urls() if url.isLocalFile()
             and url.toLocalFile().casefold().endswith(FILE_SUFFIXES)]
    links = [url.toString() for url in mime.urls() if is_link(url.toString())]
    links += [link for link in LINK_IN_TEXT.findall(mime.text()[:MAX_LINK_CHARS * 10]) if link not in links]
    return files + links
