"""Search as you type, results grouped by kind, close matches for a mistyped name, and a browse tree of
every entry by kind.

Searches run on a background reader (`ui/background.py`) with its own read-only connection, content and
notes in one go, so typing never waits for the database; a result that arrives after the query has
changed is dropped. What the list shows is worked out there (`views/search_results.py`). The browse tree
holds no entries: its model knows how many there are of each kind and reads the rows the view draws, a
page at a time (a few pages are kept), so a kind with tens of thousands of entries opens and scrolls at
once.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable
from functools import partial

from PySide6.QtCore import (
    QAbstractItemModel,
    QMimeData,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRectF,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QAbstractTextDocumentLayout, QPalette, QTextDocument
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLabel,
    QLineEdit,
    QStackedWidget,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeView,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop_app.content import ContentDatabase, EntrySummary, SearchResult
from desktop_app.i18n import translate
from desktop_app.notes.model import Target
from desktop_app.ui.background import BackgroundReader
from desktop_app.ui.link_drag import MIME_TYPES, link_mime
from desktop_app.ui.notes import NotesModel, plain_tooltip
from desktop_app.ui.panes.base import Pane
from desktop_app.ui.settings import NAME_FORM, Settings
from desktop_app.ui.state import AppState
from desktop_app.views.navigation import entry_target
from desktop_app.views.search_results import (
    GROUPS,
    ResultGroup,
    ResultRow,
    SearchAnswer,
    counted,
    group_label,
    search_answer,
    with_snippet,
)

DEBOUNCE_MS = 60
TARGET_ROLE = Qt.ItemDataRole.UserRole + 1
HTML_ROLE = Qt.ItemDataRole.UserRole + 2
ROW_ROLE = Qt.ItemDataRole.UserRole + 4  # a result's ResultRow
# A row not drawn yet is measured with a typical snippet in place of its own: the view asks every row's
# height to lay the list out, and drawing is what builds a snippet.
TYPICAL_SNIPPET = " ".join(["snippet"] * 24)
KIND_ROLE = Qt.ItemDataRole.UserRole + 3
PAGE_ROWS = 200  # browse rows read from the database at a time
PAGES_KEPT = 16  # pages of browse rows kept in memory (the least recently drawn go first)


def _row_html(row: ResultRow, for_size: bool = False) -> str:
    snippet = row.snippet_markup if row.snippet_markup is not None else (TYPICAL_SNIPPET if for_size else "")
    return f"{row.title_markup}<br><small>{snippet}</small>"


class _HtmlDelegate(QStyledItemDelegate):
    """Paints an item's rich text (title and snippet with the matches marked). A result row drawn for the
    first time has its snippet built then (a fraction of a millisecond), not with every keystroke's answer."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.complete: Callable[[ResultRow], ResultRow] = lambda row: row  # the pane sets it per answer

    def _markup(self, index: QModelIndex, for_size: bool) -> str | None:
        row = index.data(ROW_ROLE)
        if row is None:
            return index.data(HTML_ROLE)
        if row.snippet_markup is None and not for_size:
            row = self.complete(row)
            # Kept on the item after this paint (not during it), which also gives the row its real height.
            QTimer.singleShot(0, self, partial(self._keep, QPersistentModelIndex(index), row))
        return _row_html(row, for_size)

    @staticmethod
    def _keep(at: QPersistentModelIndex, row: ResultRow) -> None:
        if at.isValid():  # not cleared for a newer query meanwhile
            model = at.model()
            model.setData(model.index(at.row(), 0, at.parent()), row.tooltip, Qt.ItemDataRole.ToolTipRole)
            model.setData(model.index(at.row(), 0, at.parent()), _row_html(row), HTML_ROLE)
            model.setData(model.index(at.row(), 0, at.parent()), row, ROW_ROLE)

    def _document(self, option: QStyleOptionViewItem, index: QModelIndex, for_size: bool = False
                  ) -> QTextDocument | None:
        markup = self._markup(index, for_size)
        if not markup:
            return None
        document = QTextDocument()
        document.setDefaultFont(option.font)
        document.setHtml(markup)
        document.setTextWidth(max(100, option.rect.width() - 8))
        return document

    def paint(self, painter, option, index) -> None:
        document = self._document(option, index)
        if document is None:
            super().paint(painter, option, index)
            return
        self.initStyleOption(option, index)
        option.text = ""
        style = option.widget.style() if option.widget else None
        if style:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter, option.widget)
        context = QAbstractTextDocumentLayout.PaintContext()
        role = (QPalette.ColorRole.HighlightedText if option.state & QStyle.StateFlag.State_Selected
                else QPalette.ColorRole.Text)
        context.palette.setColor(QPalette.ColorRole.Text, option.palette.color(role))
        painter.save()
        painter.translate(option.rect.left() + 4, option.rect.top() + 2)
        painter.setClipRect(QRectF(0, 0, option.rect.width() - 4, option.rect.height() - 2))
        document.documentLayout().draw(painter, context)
        painter.restore()

    def sizeHint(self, option, index) -> QSize:  # noqa: N802 (Qt naming)
        # The option's rect is not laid out yet here: wrap to the width the view will give the item.
        view = option.widget
        if view is not None:
            option.rect.setWidth(view.viewport().width() - view.indentation() * 2)
        document = self._document(option, index, for_size=True)
        if document is None:
            return super().sizeHint(option, index)
        return QSize(int(document.idealWidth()), int(document.size().height()) + 4)


class _BrowseModel(QAbstractItemModel):
    """Every entry by kind: a row per kind, its entries below it, read from the database as they are drawn.

    A group's row count comes from one count per kind; the rows themselves are read PAGE_ROWS at a time
    when the view first asks for one of them, and only the PAGES_KEPT most recently used pages are kept.
    """

    _TOP = 0  # internal id of a group row; an entry row's is its group's number + 1

    def __init__(self, content: ContentDatabase, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.content = content
        counts = content.entry_counts()
        self.groups = [(kind, counts.get(kind, 0)) for kind, _label in GROUPS]
        self._pages: OrderedDict[tuple[int, int], list[EntrySummary]] = OrderedDict()

    # -- structure ----------------------------------------------------------------------------
    def index(self, row: int, column: int = 0, parent: QModelIndex = QModelIndex()) -> QModelIndex:  # noqa: B008
        if column != 0 or row < 0 or row >= self.rowCount(parent):
            return QModelIndex()
        group = parent.row() + 1 if parent.isValid() else self._TOP
        return self.createIndex(row, 0, group)

    def parent(self, index: QModelIndex = QModelIndex()) -> QModelIndex:  # noqa: B008 (Qt overloads parent())
        if not index.isValid() or index.internalId() == self._TOP:
            return QModelIndex()
        return self.createIndex(index.internalId() - 1, 0, self._TOP)

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: N802, B008 (Qt naming)
        if not parent.isValid():
            return len(self.groups)
        if parent.internalId() == self._TOP and parent.column() == 0:
            return self.groups[parent.row()][1]
        return 0

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: N802, B008 (Qt naming)
        return 1

    def hasChildren(self, parent: QModelIndex = QModelIndex()) -> bool:  # noqa: N802, B008 (Qt naming)
        return self.rowCount(parent) > 0

    def flags(self, index: QModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        if index.internalId() == self._TOP:
            return Qt.ItemFlag.ItemIsEnabled  # a group opens and closes; only entries are selected
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsDragEnabled

    def mimeTypes(self) -> list[str]:  # noqa: N802 (Qt naming)
        return MIME_TYPES

    def mimeData(self, indexes: list[QModelIndex]) -> QMimeData | None:  # noqa: N802 (Qt naming)
        """An entry dragged out of the tree: its link and title (see ui/link_drag)."""
        entries = [e for e in (self.entry(i) for i in indexes) if e is not None]
        return link_mime([(Target("entry", e.id), e.title) for e in entries])

    # -- content ------------------------------------------------------------------------------
    def entry(self, index: QModelIndex) -> EntrySummary | None:
        """The entry on an entry row (None on a group row)."""
        if not index.isValid() or index.internalId() == self._TOP:
            return None
        group, row = index.internalId() - 1, index.row()
        key = (group, row // PAGE_ROWS)
        page = self._pages.get(key)
        if page is None:
            page = self.content.entries_page(self.groups[group][0], key[1] * PAGE_ROWS, PAGE_ROWS)
            self._pages[key] = page
            while len(self._pages) > PAGES_KEPT:
                self._pages.popitem(last=False)
        else:
            self._pages.move_to_end(key)
        offset = row % PAGE_ROWS
        return page[offset] if offset < len(page) else None

    def rows_held(self) -> int:
        """Entry rows read and kept in memory."""
        return sum(len(page) for page in self._pages.values())

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        if index.internalId() == self._TOP:
            kind, count = self.groups[index.row()]
            if role == Qt.ItemDataRole.DisplayRole:
                return counted(group_label(kind), count)
            return kind if role == KIND_ROLE else None
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole, TARGET_ROLE, KIND_ROLE):
            return None
        entry = self.entry(index)
        if entry is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return entry.title
        if role == Qt.ItemDataRole.ToolTipRole:
            return entry.summary
        return Target("entry", entry.id) if role == TARGET_ROLE else entry.kind


class _ResultsTree(QTreeWidget):
    def mimeTypes(self) -> list[str]:  # noqa: N802 (Qt naming)
        return MIME_TYPES

    def mimeData(self, items: list[QTreeWidgetItem]) -> QMimeData | None:  # noqa: N802 (Qt naming)
        """A result dragged out of the list: its link and title (see ui/link_drag)."""
        rows = [item.data(0, ROW_ROLE) for item in items]
        return link_mime([(row.target, row.text) for row in rows if isinstance(row, ResultRow)])


class SearchPane(Pane):
    # True while results are listed instead of the browse tree: the window gives the pane more room then.
    results_shown = Signal(bool)

    def __init__(self, content: ContentDatabase, state: AppState, settings: Settings,
                 notes: NotesModel | None = None, parent: QWidget | None = None) -> None:
        super().__init__(content, state, settings, notes, parent)
        self.last_results: tuple[SearchResult, ...] = ()

        self.field = QLineEdit(self, placeholderText=translate("SearchPane", "Search entries, events, places (Ctrl+K)"))
        #: the accessible name of the search field (a noun)
        self.field.setAccessibleName(translate("SearchPane", "Search"))
        self.field.setClearButtonEnabled(True)
        self.field.installEventFilter(self)
        self.status = QLabel(self)
        self.status.setAccessibleName(translate("SearchPane", "Search status"))
        self.results = _ResultsTree(self)
        self.results.setDragEnabled(True)  # a result dragged out is a link to it
        self.results.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)
        self.results.setAccessibleName(translate("SearchPane", "Search results"))
        self.results.setHeaderHidden(True)
        self._delegate = _HtmlDelegate(self.results)
        self.results.setItemDelegate(self._delegate)
        self.results.setWordWrap(True)
        self.results.setUniformRowHeights(False)
        self.results.viewport().installEventFilter(self)
        self.browse = QTreeView(self)
        self.browse.setAccessibleName(translate("SearchPane", "Browse entries by kind"))
        self.browse.setHeaderHidden(True)
        self.browse.setUniformRowHeights(True)  # one line each: the view lays out a long group at once
        self.browse.setModel(_BrowseModel(content, self.browse))
        self.browse.setDragEnabled(True)  # an entry dragged out is a link to it
        self.browse.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)
        self.pages = QStackedWidget(self)
        self.pages.addWidget(self.browse)
        self.pages.addWidget(self.results)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.field)
        layout.addWidget(self.status)
        layout.addWidget(self.pages, 1)

        self.pages.currentChanged.connect(self._page_changed)
        self.results.itemActivated.connect(self._open_item)
        self.results.itemClicked.connect(self._open_item)
        self.browse.activated.connect(self._open_index)
        self.browse.clicked.connect(self._open_index)

        self._debounce = QTimer(self, singleShot=True, interval=DEBOUNCE_MS)
        self._debounce.timeout.connect(self._start_search)
        self.field.textChanged.connect(self._text_changed)
        self.field.returnPressed.connect(self._open_first_result)

        self._reader = BackgroundReader(content.path, "search", self)
        settings.changed.connect(self._setting_changed)

    # -- typing and results -------------------------------------------------------------------
    def focus_target(self) -> QWidget:
        return self.field

    def _page_changed(self, index: int) -> None:
        self.results_shown.emit(self.pages.widget(index) is self.results)

    def focus_field(self) -> None:
        self.field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.field.selectAll()

    def _text_changed(self, text: str) -> None:
        if not text.strip():
            self._debounce.stop()
            self._reader.submit(lambda _content: None, key="search")  # whatever is on its way is dropped
            self.pages.setCurrentWidget(self.browse)
            self.status.clear()
            self.results.clear()
            self.last_results = ()
            return
        self._debounce.start()

    def _setting_changed(self, key: str) -> None:
        if key == NAME_FORM.key and self.field.text().strip():
            self._start_search()  # the results again, with the places named in the new form

    def _start_search(self) -> None:
        query, form = self.field.text(), str(self.settings.get(NAME_FORM))
        store = self.notes.store if self.notes is not None else None
        self._reader.submit(lambda content: search_answer(content, store, query, form), self._show_results,
                            key="search")

    def _show_results(self, answer: SearchAnswer) -> None:
        self.last_results = answer.results
        self.results.clear()
        self.pages.setCurrentWidget(self.results)
        self.status.setText(answer.status)
        self._delegate.complete = lambda row: with_snippet(self.content, row, answer.query)
        for group in answer.groups:
            self._add_group(group)
        if answer.groups:
            self.results.setCurrentItem(self.results.topLevelItem(0).child(0))

    def _add_group(self, group: ResultGroup) -> None:
        parent = QTreeWidgetItem(self.results, [group.label])
        parent.setFlags(Qt.ItemFlag.ItemIsEnabled)
        for row in group.rows:
            item = QTreeWidgetItem(parent, [row.text])
            item.setData(0, ROW_ROLE, row)
            if row.snippet_markup is not None:
                item.setData(0, HTML_ROLE, _row_html(row))
            item.setData(0, TARGET_ROLE, row.target)
            # A note is someone's text (perhaps from a pack): shown as typed; the content's own text is ours.
            item.setToolTip(0, plain_tooltip(row.tooltip) if row.is_note else row.tooltip)
        parent.setExpanded(True)

    def _open_first_result(self) -> None:
        item = self.results.currentItem()
        if item is not None and item.data(0, TARGET_ROLE):
            self._open_item(item)

    def eventFilter(self, watched: QObject, event) -> bool:  # noqa: N802 (Qt naming)
        if watched is self.results.viewport() and event.type() == event.Type.Resize:
            self.results.doItemsLayout()  # rich-text rows rewrap to the new width
        # Down arrow from the field moves into the list, as in a launcher.
        if watched is self.field and event.type() == event.Type.KeyPress and event.key() == Qt.Key.Key_Down:
            tree = self.pages.currentWidget()
            had_current = tree.currentIndex().isValid()  # (taking focus makes the first group current)
            tree.setFocus()
            model = tree.model()
            if not had_current and model.rowCount():
                top = model.index(0, 0)
                tree.setCurrentIndex(model.index(0, 0, top) if model.rowCount(top) else top)
            return True
        return super().eventFilter(watched, event)

    # -- opening ------------------------------------------------------------------------------
    def _open_item(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        target: Target | None = item.data(0, TARGET_ROLE)
        if target is None:
            item.setExpanded(not item.isExpanded())
        else:
            self.go_to(entry_target(self.content, target.id) if target.kind == "entry" else target)

    def _open_index(self, index: QModelIndex) -> None:
        """A browse row clicked or activated: a group opens or closes, an entry opens."""
        target: Target | None = index.data(TARGET_ROLE)
        if target is None:
            self.browse.setExpanded(index, not self.browse.isExpanded(index))
        else:
            self.go_to(entry_target(self.content, target.id))

    def shutdown(self) -> None:
        """Close the background reader's connection and stop its thread; the owner calls this before quitting."""
        self._reader.shutdown()
