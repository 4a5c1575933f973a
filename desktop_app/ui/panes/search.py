"""Search as you type, results grouped by kind, close matches for a mistyped name, and a browse tree of
every entry by kind.

Searches run on a worker thread with its own read-only connection, so typing never waits for the
database; a result that arrives after the query has changed is dropped. The browse tree holds no entries:
its model knows how many there are of each kind and reads the rows the view draws, a page at a time
(a few pages are kept), so a kind with tens of thousands of entries opens and scrolls at once.
"""

from __future__ import annotations

import html
from collections import OrderedDict
from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import (
    QAbstractItemModel,
    QMetaObject,
    QModelIndex,
    QObject,
    QRectF,
    QSize,
    Qt,
    QThread,
    QTimer,
    Signal,
    Slot,
)
from PySide6.QtGui import QAbstractTextDocumentLayout, QPalette, QTextDocument
from PySide6.QtWidgets import (
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

from desktop_app.content import ContentDatabase, EntrySummary, SearchResult, Snippet
from desktop_app.content.search import mark
from desktop_app.content.textfold import fold
from desktop_app.notes.model import NoteHit
from desktop_app.notes.model import Target as NoteTarget
from desktop_app.ui.notes import NotesModel, open_target, plain_tooltip, target_title
from desktop_app.ui.panes.base import Pane
from desktop_app.ui.settings import NAME_FORM, Settings
from desktop_app.ui.state import AppState

GROUPS = (
    ("topic", "Topics"), ("event", "Events"), ("place", "Places"), ("person", "People"),
    ("organisation", "Organisations"), ("weapon", "Weapons"),
)
DEBOUNCE_MS = 60
RESULT_LIMIT = 60
TARGET_ROLE = Qt.ItemDataRole.UserRole + 1
HTML_ROLE = Qt.ItemDataRole.UserRole + 2
KIND_ROLE = Qt.ItemDataRole.UserRole + 3
PAGE_ROWS = 200  # browse rows read from the database at a time
PAGES_KEPT = 16  # pages of browse rows kept in memory (the least recently drawn go first)


@dataclass(frozen=True)
class Target:
    """What opening a result or browse item selects."""

    entry_id: str
    place_id: str = ""
    event_id: str = ""
    note_target: NoteTarget | None = None  # for the user's own notes


def _marked_html(snippet: Snippet) -> str:
    out, last = [], 0
    for start, end in snippet.marks:
        out += [html.escape(snippet.text[last:start]), "<b><u>", html.escape(snippet.text[start:end]), "</u></b>"]
        last = end
    out.append(html.escape(snippet.text[last:]))
    return "".join(out)


class _SearchWorker(QObject):
    finished = Signal(int, str, list)  # generation, query, results

    def __init__(self, database_path) -> None:
        super().__init__()
        self.database_path = database_path
        self._content: ContentDatabase | None = None

    @Slot(int, str)
    def run(self, generation: int, query: str) -> None:
        if self._content is None:  # opened on the worker thread, used only there
            self._content = ContentDatabase(self.database_path)
        self.finished.emit(generation, query, self._content.search(query, limit=RESULT_LIMIT))

    @Slot()
    def close(self) -> None:
        if self._content is not None:
            self._content.close()
            self._content = None


class _HtmlDelegate(QStyledItemDelegate):
    """Paints an item's rich text (title and snippet with the matches marked)."""

    def _document(self, option: QStyleOptionViewItem, index: QModelIndex) -> QTextDocument | None:
        markup = index.data(HTML_ROLE)
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
        document = self._document(option, index)
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
        self.groups = [(kind, label, counts.get(kind, 0)) for kind, label in GROUPS]
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
            return self.groups[parent.row()][2]
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
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

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
            kind, label, count = self.groups[index.row()]
            if role == Qt.ItemDataRole.DisplayRole:
                return f"{label} ({count:,})"
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
        return Target(entry.id) if role == TARGET_ROLE else entry.kind


class SearchPane(Pane):
    search_requested = Signal(int, str)
    # True while results are listed instead of the browse tree: the window gives the pane more room then.
    results_shown = Signal(bool)

    def __init__(self, content: ContentDatabase, state: AppState, settings: Settings,
                 notes: NotesModel | None = None, parent: QWidget | None = None) -> None:
        super().__init__(content, state, settings, notes, parent)
        self._generation = 0
        self.last_results: list[SearchResult] = []

        self.field = QLineEdit(self, placeholderText="Search entries, events, places (Ctrl+K)")
        self.field.setAccessibleName("Search")
        self.field.setClearButtonEnabled(True)
        self.field.installEventFilter(self)
        self.status = QLabel(self)
        self.status.setAccessibleName("Search status")
        self.results = QTreeWidget(self)
        self.results.setAccessibleName("Search results")
        self.results.setHeaderHidden(True)
        self.results.setItemDelegate(_HtmlDelegate(self.results))
        self.results.setWordWrap(True)
        self.results.setUniformRowHeights(False)
        self.results.viewport().installEventFilter(self)
        self.browse = QTreeView(self)
        self.browse.setAccessibleName("Browse entries by kind")
        self.browse.setHeaderHidden(True)
        self.browse.setUniformRowHeights(True)  # one line each: the view lays out a long group at once
        self.browse.setModel(_BrowseModel(content, self.browse))
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

        self._thread = QThread(self)
        self._worker = _SearchWorker(content.path)
        self._worker.moveToThread(self._thread)
        self.search_requested.connect(self._worker.run)
        self._worker.finished.connect(self._show_results)
        self._thread.finished.connect(self._worker.deleteLater)
        self._thread.start()
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
        self._generation += 1  # anything still on its way is for an older query
        if not text.strip():
            self._debounce.stop()
            self.pages.setCurrentWidget(self.browse)
            self.status.clear()
            self.results.clear()
            self.last_results = []
            return
        self._debounce.start()

    def _setting_changed(self, key: str) -> None:
        if key == NAME_FORM.key and self.field.text().strip():
            self._generation += 1
            self._start_search()  # the results again, with the places named in the new form

    def _start_search(self) -> None:
        self.search_requested.emit(self._generation, self.field.text())

    def _show_results(self, generation: int, query: str, results: list[SearchResult]) -> None:
        if generation != self._generation:
            return
        self.last_results = results
        # The user's notes are few and local: searched here, shown as their own group at the top.
        note_hits = self.notes.store.search(query, limit=20) if self.notes is not None else []
        self.results.clear()
        self.pages.setCurrentWidget(self.results)
        exact = [result for result in results if not result.approximate]
        close = [result for result in results if result.approximate]
        total = len(exact) + len(note_hits)
        if not total and not close:
            self.status.setText(f"Nothing found for “{query.strip()}”")
            return
        found = f"{total:,} result{'s' if total != 1 else ''}" if total else ""
        # Close matches: names a typing mistake away from what was typed, the nearest named here.
        guess = f"Did you mean “{close[0].suggestion}”?" if close else ""
        self.status.setText(" · ".join(part for part in (found, guess) if part))
        if note_hits:
            self._add_note_group(note_hits)
        grouped: dict[str, list[SearchResult]] = {}
        for result in exact:
            grouped.setdefault(result.group, []).append(result)
        # Groups appear in the order of their best result; close matches last, in their own group.
        for group in grouped:
            label = dict(GROUPS).get(group, group.title())
            self._add_result_group(f"{label} ({len(grouped[group]):,})", grouped[group], query)
        if close:
            self._add_result_group(f"Close matches ({len(close):,})", close, query)
        first = self.results.topLevelItem(0).child(0)
        self.results.setCurrentItem(first)

    def _add_result_group(self, label: str, results: list[SearchResult], query: str) -> None:
        parent = QTreeWidgetItem(self.results, [label])
        parent.setFlags(Qt.ItemFlag.ItemIsEnabled)
        for result in results:
            # A close match is marked where it holds the name it was found by, not what was typed.
            title, other_forms = self._title(result, result.suggestion if result.approximate else query)
            text, markup = title.text, _marked_html(title)
            if result.approximate and fold(result.suggestion) not in fold(title.text):
                # Found by another of its names: show which, as the title may not hold it ("Shusha" for "sussa").
                text += f" — “{result.suggestion}”"
                markup += f" — <i>“{html.escape(result.suggestion)}”</i>"
            item = QTreeWidgetItem(parent, [text])
            item.setData(0, HTML_ROLE, f"{markup}<br><small>{_marked_html(result.snippet)}</small>")
            item.setData(0, TARGET_ROLE, self._target(result))
            item.setToolTip(0, f"{other_forms}\n\n{result.snippet.text}" if other_forms else result.snippet.text)
        parent.setExpanded(True)

    def _title(self, result: SearchResult, query: str) -> tuple[Snippet, str]:
        """A result's title, a place's in the chosen name form, and the place's other forms ("" if none)."""
        if result.group != "place":
            return result.title, ""
        place = self.content.place(result.ref if result.source_table == "place" else result.entry_id)
        if place is None or (result.source_table == "entry" and result.title.text != place.name):
            return result.title, ""  # an entry about something at a place (a church), not the place itself
        form = str(self.settings.get(NAME_FORM))
        label = place.label(form)
        title = result.title if label == result.title.text else mark(label, query)
        return title, place.other_forms(form)

    def _add_note_group(self, hits: list[NoteHit]) -> None:
        parent = QTreeWidgetItem(self.results, [f"Your notes ({len(hits):,})"])
        parent.setFlags(Qt.ItemFlag.ItemIsEnabled)
        for hit in hits:
            title = target_title(self.content, hit.note.target, str(self.settings.get(NAME_FORM)))
            item = QTreeWidgetItem(parent, [title])
            snippet = _marked_html(Snippet(hit.snippet, hit.marks)) if hit.snippet else html.escape(hit.note.body[:160])
            item.setData(0, HTML_ROLE, f"✎ {html.escape(title)}<br><small>{snippet}</small>")
            item.setData(0, TARGET_ROLE, Target("", note_target=hit.note.target))
            item.setToolTip(0, plain_tooltip(hit.note.body))
        parent.setExpanded(True)

    def _target(self, result: SearchResult) -> Target:
        if result.source_table == "place":
            return Target(result.entry_id, place_id=result.ref)
        if result.source_table == "event":
            return Target(result.entry_id, event_id=result.ref)
        return Target(result.entry_id)

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
            self._open_target(target)

    def _open_index(self, index: QModelIndex) -> None:
        """A browse row clicked or activated: a group opens or closes, an entry opens."""
        target: Target | None = index.data(TARGET_ROLE)
        if target is None:
            self.browse.setExpanded(index, not self.browse.isExpanded(index))
        else:
            self._open_target(target)

    def _open_target(self, target: Target) -> None:
        if target.note_target is not None:
            open_target(self.content, self.state, target.note_target)
            return
        if target.event_id:
            event = self.content.event(target.event_id)
            if event is not None:
                self.state.select_event(event.id)
                self.state.set_date(date.fromisoformat(event.first_day))
                if event.place_id:
                    self.state.select_place(event.place_id)
        place_id = target.place_id
        if not place_id and self.content.place(target.entry_id) is not None:
            place_id = target.entry_id  # an entry about a place: show that place on the map too
        if place_id:
            self.state.select_place(place_id)
        self.state.set_entry(target.entry_id)

    def shutdown(self) -> None:
        """Close the worker's connection and stop its thread; the owner calls this before quitting."""
        if self._thread.isRunning():
            QMetaObject.invokeMethod(self._worker, "close", Qt.ConnectionType.BlockingQueuedConnection)
            self._thread.quit()
            self._thread.wait(2000)
