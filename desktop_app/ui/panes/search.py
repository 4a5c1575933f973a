"""Search as you type, results grouped by kind, and a browse tree of every entry by kind.

Searches run on a worker thread with its own read-only connection, so typing never waits for the
database; a result that arrives after the query has changed is dropped.
"""

from __future__ import annotations

import html
from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QMetaObject, QModelIndex, QObject, QRectF, QSize, Qt, QThread, QTimer, Signal, Slot
from PySide6.QtGui import QAbstractTextDocumentLayout, QPalette, QTextDocument
from PySide6.QtWidgets import (
    QLabel,
    QLineEdit,
    QStackedWidget,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop_app.content import ContentDatabase, SearchResult, Snippet
from desktop_app.content.search import mark
from desktop_app.notes.model import NoteHit
from desktop_app.notes.model import Target as NoteTarget
from desktop_app.ui.notes import NotesModel, open_target, target_title
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
LAZY_GROUP = 1000  # a browse group with more entries (far more content than bundled) is listed when opened


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


class SearchPane(QWidget):
    search_requested = Signal(int, str)

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
        self.browse = QTreeWidget(self)
        self.browse.setAccessibleName("Browse entries by kind")
        self.browse.setHeaderHidden(True)
        self.pages = QStackedWidget(self)
        self.pages.addWidget(self.browse)
        self.pages.addWidget(self.results)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.field)
        layout.addWidget(self.status)
        layout.addWidget(self.pages, 1)

        self._fill_browse_tree()
        for tree in (self.results, self.browse):
            tree.itemActivated.connect(self._open_item)
            tree.itemClicked.connect(self._open_item)

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
        total = len(results) + len(note_hits)
        if not total:
            self.status.setText(f"Nothing found for “{query.strip()}”")
            return
        self.status.setText(f"{total} result{'s' if total != 1 else ''}")
        if note_hits:
            self._add_note_group(note_hits)
        grouped: dict[str, list[SearchResult]] = {}
        for result in results:
            grouped.setdefault(result.group, []).append(result)
        # Groups appear in the order of their best result.
        for group in grouped:
            label = dict(GROUPS).get(group, group.title())
            parent = QTreeWidgetItem(self.results, [f"{label} ({len(grouped[group])})"])
            parent.setFlags(Qt.ItemFlag.ItemIsEnabled)
            for result in grouped[group]:
                title, other_forms = self._title(result, query)
                item = QTreeWidgetItem(parent, [title.text])
                markup = f"{_marked_html(title)}<br><small>{_marked_html(result.snippet)}</small>"
                item.setData(0, HTML_ROLE, markup)
                item.setData(0, TARGET_ROLE, self._target(result))
                item.setToolTip(0, f"{other_forms}\n\n{result.snippet.text}" if other_forms else result.snippet.text)
            parent.setExpanded(True)
        first = self.results.topLevelItem(0).child(0)
        self.results.setCurrentItem(first)

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
        parent = QTreeWidgetItem(self.results, [f"Your notes ({len(hits)})"])
        parent.setFlags(Qt.ItemFlag.ItemIsEnabled)
        for hit in hits:
            title = target_title(self.content, hit.note.target, str(self.settings.get(NAME_FORM)))
            item = QTreeWidgetItem(parent, [title])
            snippet = _marked_html(Snippet(hit.snippet, hit.marks)) if hit.snippet else html.escape(hit.note.body[:160])
            item.setData(0, HTML_ROLE, f"✎ {html.escape(title)}<br><small>{snippet}</small>")
            item.setData(0, TARGET_ROLE, Target("", note_target=hit.note.target))
            item.setToolTip(0, hit.note.body)
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
            tree.setFocus()
            if tree.currentItem() is None and tree.topLevelItemCount():
                top = tree.topLevelItem(0)
                tree.setCurrentItem(top.child(0) if top.childCount() else top)
            return True
        return super().eventFilter(watched, event)

    # -- opening ------------------------------------------------------------------------------
    def _open_item(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        target: Target | None = item.data(0, TARGET_ROLE)
        if target is None:
            item.setExpanded(not item.isExpanded())
            return
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

    # -- browse tree --------------------------------------------------------------------------
    def _fill_browse_tree(self) -> None:
        self._unfilled: dict[str, list] = {}  # kind -> entries of a big group, listed when it is opened
        for kind, label in GROUPS:
            entries = self.content.entries(kind=kind)
            parent = QTreeWidgetItem(self.browse, [f"{label} ({len(entries)})"])
            parent.setFlags(Qt.ItemFlag.ItemIsEnabled)
            parent.setData(0, KIND_ROLE, kind)
            if len(entries) > LAZY_GROUP:
                parent.setChildIndicatorPolicy(QTreeWidgetItem.ChildIndicatorPolicy.ShowIndicator)
                self._unfilled[kind] = entries
            else:
                self._fill_group(parent, entries)
        self.browse.itemExpanded.connect(self._group_opened)

    @staticmethod
    def _fill_group(parent: QTreeWidgetItem, entries: list) -> None:
        for entry in entries:
            item = QTreeWidgetItem(parent, [entry.title])
            item.setToolTip(0, entry.summary)
            item.setData(0, TARGET_ROLE, Target(entry.id))

    def _group_opened(self, parent: QTreeWidgetItem) -> None:
        entries = self._unfilled.pop(parent.data(0, KIND_ROLE), None)
        if entries is not None:
            self._fill_group(parent, entries)

    def shutdown(self) -> None:
        """Close the worker's connection and stop its thread; the owner calls this before quitting."""
        if self._thread.isRunning():
            QMetaObject.invokeMethod(self._worker, "close", Qt.ConnectionType.BlockingQueuedConnection)
            self._thread.quit()
            self._thread.wait(2000)
