"""A drawn view as an ordinary table: what "Show as Table" puts in place of the timeline, the map or the chart.

A plain QTableView over the rows of `desktop_app.views.tables`, so screen readers, the keyboard, sorting,
copying and printing work as in any table. A filter field narrows the rows by any text in them; the pane may narrow them
further by group (the timeline's lanes shown). Moving to a row says which thing is chosen (`chosen`), Enter or
a double-click opens it (`opened`); the pane turns both into what choosing the drawn item does.
"""

from __future__ import annotations

import html
from collections.abc import Callable, Iterator
from contextlib import contextmanager

from PySide6.QtCore import (
    QAbstractTableModel,
    QItemSelectionModel,
    QModelIndex,
    QPersistentModelIndex,
    QPoint,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QContextMenuEvent,
    QGuiApplication,
    QKeyEvent,
    QKeySequence,
    QShowEvent,
    QTextDocument,
)
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop_app.i18n import translate
from desktop_app.views.tables import Row, Table

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
MAX_FILTER_CHARS = 200  # a pasted page in the filter field does not freeze the window
MAX_COLUMN_CHARS = 40  # the widest a column opens (the person may widen it)

Index = QModelIndex | QPersistentModelIndex


class RowsModel(QAbstractTableModel):
    """A `Table` for Qt's item views: the cells' text, and their sort keys under SORT_ROLE."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.table = Table((), ())

    def set_table(self, table: Table) -> None:
        """Show `table`. The same rows with new words (who held each place on another date) change in place, so
        the row the person is on, the sorting and what a screen reader holds stay as they were."""
        same_rows = [r.key for r in table.rows] == [r.key for r in self.table.rows] and \
            table.columns == self.table.columns
        if same_rows:
            self.table = table
            if table.rows:
                self.dataChanged.emit(self.index(0, 0), self.index(len(table.rows) - 1, len(table.columns) - 1))
            return
        self.beginResetModel()
        self.table = table
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008 (Qt API)
        return 0 if parent.isValid() else len(self.table.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008 (Qt API)
        return 0 if parent.isValid() else len(self.table.columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        row = self.table.rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return row.cells[index.column()]
        if role == SORT_ROLE:
            return row.sort[index.column()]
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802 (Qt API)
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self.table.columns):
                return self.table.columns[section]
            if orientation == Qt.Orientation.Vertical:
                return str(section + 1)
        return None


class RowsFilter(QSortFilterProxyModel):
    """Sorts by the rows' sort keys (dates as dates, figures as numbers); keeps the rows whose text holds the
    filter's words and whose group the pane shows."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._words: list[str] = []
        self.shows_group: Callable[[str], bool] = lambda _group: True

    def set_words(self, text: str) -> None:
        with self._filter_change():
            self._words = text[:MAX_FILTER_CHARS].casefold().split()

    def regroup(self) -> None:
        """The groups shown changed (see `shows_group`)."""
        with self._filter_change():
            pass

    @contextmanager
    def _filter_change(self) -> Iterator[None]:
        # Qt 6.10 replaced invalidateFilter() with a begin/end pair; 6.8 and 6.9 have only the former.
        if hasattr(self, "beginFilterChange"):
            self.beginFilterChange()
            yield
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            yield
            self.invalidateFilter()

    def row(self, source_row: int) -> Row:
        model = self.sourceModel()
        assert isinstance(model, RowsModel)
        return model.table.rows[source_row]

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:  # noqa: N802 (Qt API)
        row = self.row(source_row)
        if not self.shows_group(row.group):
            return False
        text = " ".join(row.cells).casefold()
        return all(word in text for word in self._words)

    def lessThan(self, left: Index, right: Index) -> bool:  # noqa: N802 (Qt API)
        return self.row(left.row()).sort[left.column()] < self.row(right.row()).sort[right.column()]


class RowsView(QTableView):
    """The table itself; Copy takes whole rows."""

    def rows(self) -> RowsFilter:
        model = self.model()
        assert isinstance(model, RowsFilter)
        return model

    def copy_text(self) -> str:
        """The selected rows (or every row shown, if none is selected) as tab-separated text, with the column
        titles on the first line: pasted into a spreadsheet or a document, it stays a table."""
        source = self.rows().sourceModel()
        assert isinstance(source, RowsModel)
        lines = ["\t".join(source.table.columns)]
        lines += ["\t".join(" ".join(c.split()) for c in cells) for cells in self.chosen_rows()]
        return "\n".join(lines) + "\n"

    def copy_rows(self) -> None:
        QGuiApplication.clipboard().setText(self.copy_text())

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:  # noqa: N802 (Qt API)
        """Right-click, or the Menu key / Shift+F10: sort by the current column (what clicking its title does,
        for the keyboard too), back to the picture's order, or copy the rows."""
        by_key = event.reason() == QContextMenuEvent.Reason.Keyboard
        column = self.currentIndex().column() if by_key and self.currentIndex().isValid() else \
            self.columnAt(event.pos().x())
        menu = QMenu(self)
        if column >= 0:
            title = str(self.model().headerData(column, Qt.Orientation.Horizontal))
            #: a command in a table's right-click menu: sort the rows by a column, smallest (or A, or earliest)
            #: first; {column} is the column's title
            menu.addAction(translate("RecordTable", "Sort by “{column}”, Ascending").format(column=title),
                           lambda: self.sortByColumn(column, Qt.SortOrder.AscendingOrder))
            #: a command in a table's right-click menu: sort the rows by a column, largest (or Z, or latest) first
            menu.addAction(translate("RecordTable", "Sort by “{column}”, Descending").format(column=title),
                           lambda: self.sortByColumn(column, Qt.SortOrder.DescendingOrder))
        #: a command in a table's right-click menu: put the rows back in the order the picture shows them
        menu.addAction(translate("RecordTable", "In the Picture's Order"), self.unsort)
        menu.addSeparator()
        #: a command in a table's right-click menu: copy the selected rows (or all) as a table
        menu.addAction(translate("RecordTable", "Copy Rows"), self.copy_rows)
        #: a command in a table's right-click menu: print the selected rows (or all) as a table
        menu.addAction(translate("RecordTable", "Print Rows..."), self.ask_print)
        menu.exec(event.globalPos())

    def chosen_rows(self) -> list[tuple[str, ...]]:
        """The cells of the selected rows, or of every row shown if none is selected, top to bottom."""
        rows = self.rows()
        selected = sorted({i.row() for i in self.selectionModel().selectedRows()})
        return [rows.row(rows.mapToSource(rows.index(r, 0)).row()).cells for r in selected or range(rows.rowCount())]

    def document(self) -> QTextDocument:
        """The chosen rows as a printable table, headed by the table's name (every text escaped)."""
        source = self.rows().sourceModel()
        assert isinstance(source, RowsModel)
        head = "".join(f"<th align='left'>{html.escape(c)}</th>" for c in source.table.columns)
        body = "".join("<tr>" + "".join(f"<td>{html.escape(c)}</td>" for c in cells) + "</tr>"
                       for cells in self.chosen_rows())
        doc = QTextDocument()
        doc.setHtml(f"<h3>{html.escape(self.accessibleName())}</h3>"
                    f"<table border='1' cellspacing='0' cellpadding='3'><thead><tr>{head}</tr></thead>{body}</table>")
        return doc

    def ask_print(self) -> None:
        printer = QPrinter()
        dialog = QPrintDialog(printer, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.document().print_(printer)

    def unsort(self) -> None:
        self.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.rows().sort(-1)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt API)
        # The Menu key and Shift+F10 open the menu at the current cell, wherever the mouse is.
        menu_key = event.key() == Qt.Key.Key_Menu or (
            event.key() == Qt.Key.Key_F10 and event.modifiers() == Qt.KeyboardModifier.ShiftModifier)
        if menu_key:
            at = self.visualRect(self.currentIndex()).center() if self.currentIndex().isValid() else QPoint(0, 0)
            self.contextMenuEvent(QContextMenuEvent(QContextMenuEvent.Reason.Keyboard, at,
                                                    self.viewport().mapToGlobal(at)))
            event.accept()
            return
        # Qt's own Copy takes the current cell alone.
        if event.matches(QKeySequence.StandardKey.Copy):
            self.copy_rows()
            event.accept()
            return
        super().keyPressEvent(event)


class RecordTable(QWidget):
    """A filter field, a line saying how many rows show, and the table."""

    chosen = Signal(str)  # the key of the row moved to
    opened = Signal(str)  # the key of the row opened (Enter, double-click)

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        """`name`: the table's name for screen readers ("Events", "Places on the map"...)."""
        super().__init__(parent)
        self._choosing = False  # a row made current by the pane, not by the person: not chosen again
        self._unsized = False  # rows came while hidden: the columns are sized when the table is first shown
        self.filter = QLineEdit(self)
        self.filter.setMaxLength(MAX_FILTER_CHARS)
        self.filter.setClearButtonEnabled(True)
        #: the placeholder of the field above a table that narrows its rows to those holding the words typed
        self.filter.setPlaceholderText(translate("RecordTable", "Filter rows"))
        #: the accessible name of the field that narrows a table's rows; {table} is the table's name
        self.filter.setAccessibleName(translate("RecordTable", "Filter {table}").format(table=name))
        self.count = QLabel(self)
        self.model = RowsModel(self)
        self.rows = RowsFilter(self)
        self.rows.setSourceModel(self.model)
        self.rows.setSortRole(SORT_ROLE)
        self.view = RowsView(self)
        self.setFocusProxy(self.view)  # shown in place of the picture that had the keyboard, the rows take it
        self.view.setAccessibleName(name)
        self.view.setModel(self.rows)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setTabKeyNavigation(False)  # Tab leaves the table, as it leaves every other widget
        self.view.setWordWrap(False)
        self.view.setSortingEnabled(True)
        self.view.unsort()  # the picture's order until the person sorts by a column
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.verticalHeader().hide()
        self.view.selectionModel().currentRowChanged.connect(self._on_current_row)
        self.view.activated.connect(lambda index: self.opened.emit(self.key_at(index)))
        self.filter.textChanged.connect(self._on_filter)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 2, 4, 2)
        layout.setSpacing(2)
        top = QHBoxLayout()
        top.addWidget(self.filter, 1)
        top.addWidget(self.count)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)

    # -- rows ---------------------------------------------------------------------------------
    def set_table(self, table: Table) -> None:
        """Show `table`, keeping the row that was current (by key) current."""
        current, first = self.current_key(), not self.model.table.rows
        self.model.set_table(table)
        if first:
            self._unsized = True
            if self.isVisible():
                self._size_columns()
        if current and current != self.current_key():
            self.show_key(current)
        self._count()

    def _size_columns(self) -> None:
        """Each column as wide as its text, up to MAX_COLUMN_CHARS; a row stays one line (a longer text is cut
        with "...", and read whole by screen readers and copied whole). The columns a reader asks about first
        come first, so a narrow pane shows them."""
        self._unsized = False
        self.view.resizeColumnsToContents()
        widest = self.fontMetrics().averageCharWidth() * MAX_COLUMN_CHARS
        for column in range(self.model.columnCount()):
            self.view.setColumnWidth(column, min(self.view.columnWidth(column), widest))

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt API)
        super().showEvent(event)
        if self._unsized:
            self._size_columns()

    def regroup(self) -> None:
        self.rows.regroup()
        self._count()

    def key_at(self, index: QModelIndex) -> str:
        return self.rows.row(self.rows.mapToSource(index).row()).key if index.isValid() else ""

    def current_key(self) -> str:
        return self.key_at(self.view.currentIndex())

    def shown_keys(self) -> list[str]:
        """The keys of the rows shown, top to bottom."""
        return [self.key_at(self.rows.index(r, 0)) for r in range(self.rows.rowCount())]

    def show_key(self, key: str) -> bool:
        """Make the row of `key` current and bring it into view, without it counting as chosen; False if no row
        shown has that key."""
        at = self.model.table.index_of(key)
        index = self.rows.mapFromSource(self.model.index(at, 0)) if at is not None else QModelIndex()
        if not index.isValid():
            return False
        self._choosing = True
        try:
            self.view.selectionModel().setCurrentIndex(
                index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
        finally:
            self._choosing = False
        self.view.scrollTo(index)
        return True

    def show_first(self) -> None:
        """Make the first row shown current (not chosen: nothing else moves)."""
        if self.rows.rowCount():
            self.show_key(self.key_at(self.rows.index(0, 0)))

    def scroll_to_source_row(self, source_row: int) -> None:
        """Bring a row into view (as the date moves) without making it current."""
        index = self.rows.mapFromSource(self.model.index(source_row, 0))
        if index.isValid():
            self.view.scrollTo(index, QAbstractItemView.ScrollHint.PositionAtTop)

    def _on_current_row(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if not self._choosing and current.isValid():
            self.chosen.emit(self.key_at(current))

    def _on_filter(self, text: str) -> None:
        self.rows.set_words(text)
        self._count()

    def _count(self) -> None:
        shown, total = self.rows.rowCount(), self.model.rowCount()
        #: beside a table's filter field: %Ln is how many rows the filter leaves, {total} how many rows there are
        self.count.setText(translate("RecordTable", "%Ln of {total}", None, shown).format(total=total))

