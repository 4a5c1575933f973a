"""The notes pane's list: a list of notes read a page at a time, kept up to date row by row from each
change to the notes, and the tag filter above it."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QAbstractListModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import QComboBox, QWidget

from desktop_app.notes.model import Note, NotesChange
from desktop_app.notes.store import NoteListing

UUID_ROLE = Qt.ItemDataRole.UserRole + 1
PAGE_ROWS = 200
ROW_UPDATE_LIMIT = 100  # a change touching more notes than this (an import) reads the list again


class TagFilter(QComboBox):
    """The tag filter. Counting every tag reads every note's tags (a third of a second with a hundred
    thousand notes), so the list is brought up to date only when it is about to be used: on focus or when
    it opens, not after every autosave."""

    def __init__(self, load: Callable[[], None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.load = load
        self.stale = True

    def refresh_if_stale(self) -> None:
        if self.stale:
            self.stale = False
            self.load()

    def showPopup(self) -> None:  # noqa: N802 (Qt API)
        self.refresh_if_stale()
        super().showPopup()

    def focusInEvent(self, event: QFocusEvent) -> None:  # noqa: N802 (Qt API): arrow keys choose without a popup
        self.refresh_if_stale()
        super().focusInEvent(event)


class NotesListModel(QAbstractListModel):
    """The notes of one list (a NoteListing), read a page at a time as the view scrolls to them.

    A row keeps only what is shown (its text, its tooltip), never a whole note: a list can hold a
    hundred thousand notes, and a note a million characters.
    """

    def __init__(self, describe: Callable[[Note], tuple[str, str]], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._describe = describe  # note -> (item text, tooltip)
        self._listing: NoteListing | None = None
        self._rows: list[tuple[str, str, str]] = []  # uuid, text, tooltip
        self._last: Note | None = None  # the last note read, where the next page starts
        self._more = False
        self.empty_text = ""

    def show_listing(self, listing: NoteListing | None, empty_text: str) -> None:
        self.beginResetModel()
        self._listing, self.empty_text = listing, empty_text
        self._rows, self._last, self._more = [], None, listing is not None
        self._read_page()
        self.endResetModel()

    def _read_page(self) -> int:
        if self._listing is None or not self._more:
            return 0
        notes = self._listing.page(self._last, PAGE_ROWS)
        self._more = len(notes) == PAGE_ROWS
        if notes:
            self._last = notes[-1]
        self._rows += [(note.uuid, *self._describe(note)) for note in notes]
        return len(notes)

    def apply(self, change: NotesChange) -> bool:
        """Update the rows of the notes `change` touched, leaving every other row (and the view's place)
        alone; False when the list must be read again instead (an import, an undo, a restored backup)."""
        listing = self._listing
        if listing is None or change.whole or len(change.uuids) > ROW_UPDATE_LIMIT:
            return False
        listed = listing.holding(change.uuids)
        arriving: list[Note] = []
        for uuid in change.uuids:
            row, note = self.row_of(uuid), change.after.get(uuid)
            if row is None:
                if uuid in listed and note is not None:
                    arriving.append(note)
            elif uuid in listed and note is not None:
                self._rows[row] = (uuid, *self._describe(note))
                self.dataChanged.emit(self.index(row, 0), self.index(row, 0))
            elif len(self._rows) == 1:
                return False  # the list becomes empty: its hint takes the row
            else:
                self.beginRemoveRows(QModelIndex(), row, row)
                del self._rows[row]
                self.endRemoveRows()
        if not arriving:
            return True
        if not self._rows:
            return False
        if change.action in ("add", "edit", "delete") and listing.newest_first:
            # Just written, so newest of all: they go first (the pages still to come are older).
            arriving.sort(key=lambda n: (n.deleted or "", n.updated), reverse=True)
            self.beginInsertRows(QModelIndex(), 0, len(arriving) - 1)
            self._rows[:0] = [(note.uuid, *self._describe(note)) for note in arriving]
            self.endInsertRows()
            return True
        if change.action == "bookmark" and not listing.newest_first:
            if not self._more:  # the reading list is read to its end: the new bookmark is its last
                start = len(self._rows)
                self.beginInsertRows(QModelIndex(), start, start + len(arriving) - 1)
                self._rows += [(note.uuid, *self._describe(note)) for note in arriving]
                self.endInsertRows()
            return True  # otherwise it comes with the last page
        return False

    def has_notes(self) -> bool:
        return bool(self._rows)

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        if parent.isValid():
            return 0
        return len(self._rows) if self._rows else (1 if self.empty_text else 0)

    def canFetchMore(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> bool:  # noqa: B008, N802
        return not parent.isValid() and self._more

    def fetchMore(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> None:  # noqa: B008, N802
        if parent.isValid() or not self._more:
            return
        start = len(self._rows)
        notes = self._listing.page(self._last, PAGE_ROWS) if self._listing is not None else []
        self._more = len(notes) == PAGE_ROWS
        if not notes:
            return
        self._last = notes[-1]
        self.beginInsertRows(QModelIndex(), start, start + len(notes) - 1)
        self._rows += [(note.uuid, *self._describe(note)) for note in notes]
        self.endInsertRows()

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not self._rows:  # the hint in an empty list cannot be chosen
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        if not self._rows:
            return self.empty_text if role == Qt.ItemDataRole.DisplayRole else None
        uuid, text, tip = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return text
        if role == Qt.ItemDataRole.ToolTipRole:
            return tip
        if role == UUID_ROLE:
            return uuid
        return None

    def row_of(self, uuid: str | None) -> int | None:
        """The row of the note, among those read so far."""
        return next((i for i, row in enumerate(self._rows) if row[0] == uuid), None) if uuid else None

    def uuid_at(self, row: int) -> str | None:
        return self._rows[row][0] if 0 <= row < len(self._rows) else None

    def texts(self) -> list[str]:
        """What the list shows, row by row (the rows read so far)."""
        return [text for _uuid, text, _tip in self._rows]

    def tooltips(self) -> list[str]:
        return [tip for _uuid, _text, tip in self._rows]
