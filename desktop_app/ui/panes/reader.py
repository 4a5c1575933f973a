"""The entry reader: the entry as a document, link navigation, history, find and text size.

Over 400 lines because the reader is one text view and everything it does acts on that one document:
links, history, find, highlights and the sensitive-content notice.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QEvent, QObject, Qt, QUrl, Signal
from PySide6.QtGui import QAction, QColor, QDesktopServices, QKeySequence, QTextCharFormat, QTextDocument
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QStyle,
    QTextBrowser,
    QTextEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.content import ContentDatabase
from desktop_app.content.dates import parse_partial_date
from desktop_app.content.links import ENTRY_SCHEME
from desktop_app.content.render import PLACE_SCHEME, entry_document
from desktop_app.i18n import translate
from desktop_app.notes.anchoring import anchor, make_quote
from desktop_app.notes.model import NotesChange, Target
from desktop_app.ui.notes import NotesModel
from desktop_app.ui.panes.base import Pane
from desktop_app.ui.settings import (
    NAME_FORM,
    READER_TEXT_SIZE,
    SENSITIVE_NOTICE,
    SENSITIVE_REVEAL,
    TEXT_SCALE,
    Settings,
)
from desktop_app.ui.state import AppState
from desktop_app.views.navigation import Destination

MIN_TEXT_SIZE, MAX_TEXT_SIZE = 7, 32
# Translucent, so highlighted text stays readable on light and dark backgrounds.
HIGHLIGHT_COLOURS = {
    "yellow": QColor(255, 215, 0, 110), "green": QColor(80, 200, 120, 110), "blue": QColor(80, 160, 255, 110),
    "pink": QColor(255, 105, 180, 110), "orange": QColor(255, 150, 40, 110),
}


class _FindBar(QFrame):
    """Find in page: Enter finds the next match, Shift+Enter the previous, Escape closes."""

    def __init__(self, browser: QTextBrowser, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.browser = browser
        self.field = QLineEdit(self, placeholderText=translate("ReaderPane", "Find in this entry"))
        self.field.setAccessibleName(translate("ReaderPane", "Find in entry"))
        self.field.setClearButtonEnabled(True)
        self.status = QLabel(self)
        #: a button of the find bar: go to the previous match of the text looked for
        previous = QToolButton(self, text=translate("ReaderPane", "Previous"),
                               #: the tooltip of the find bar's Previous button; "Shift+Enter" names the keys
                               toolTip=translate("ReaderPane", "Previous match (Shift+Enter)"))
        #: a button of the find bar: go to the next match of the text looked for
        following = QToolButton(self, text=translate("ReaderPane", "Next"),
                                #: the tooltip of the find bar's Next button; "Enter" names the key
                                toolTip=translate("ReaderPane", "Next match (Enter)"))
        #: a button of the find bar: close the bar (a verb)
        close = QToolButton(self, text=translate("ReaderPane", "Close"),
                            #: the tooltip of the find bar's Close button; "Escape" names the key
                            toolTip=translate("ReaderPane", "Close (Escape)"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 2, 4, 2)
        for widget in (self.field, previous, following, self.status, close):
            layout.addWidget(widget)
        layout.setStretch(0, 1)
        self.field.textChanged.connect(lambda: self.find(from_start=True))
        self.field.returnPressed.connect(self.find)
        previous.clicked.connect(lambda: self.find(backward=True))
        following.clicked.connect(self.find)
        close.clicked.connect(self.close_bar)
        self.hide()

    def open_bar(self) -> None:
        self.show()
        self.field.setFocus()
        self.field.selectAll()

    def close_bar(self) -> None:
        self.hide()
        self.browser.setFocus()

    def keyPressEvent(self, event) -> None:  # noqa: N802 (Qt naming)
        if event.key() == Qt.Key.Key_Escape:
            self.close_bar()
        elif event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and (
            event.modifiers() & Qt.KeyboardModifier.ShiftModifier
        ):
            self.find(backward=True)
        else:
            super().keyPressEvent(event)

    def find(self, backward: bool = False, from_start: bool = False) -> bool:
        text = self.field.text()
        if not text:
            self.status.clear()
            return False
        if from_start:
            cursor = self.browser.textCursor()
            cursor.movePosition(cursor.MoveOperation.Start)
            self.browser.setTextCursor(cursor)
        flags = QTextDocument.FindFlag.FindBackward if backward else QTextDocument.FindFlag(0)
        found = self.browser.find(text, flags)
        if not found:  # wrap around once
            cursor = self.browser.textCursor()
            cursor.movePosition(cursor.MoveOperation.End if backward else cursor.MoveOperation.Start)
            self.browser.setTextCursor(cursor)
            found = self.browser.find(text, flags)
        #: the find bar's answer when the text looked for is not in the entry
        self.status.setText("" if found else translate("ReaderPane", "Not found"))
        return found


class _EntryText(QTextBrowser):
    """The entry's text. Tab moves on to the next control instead of through every link (an entry can have a
    hundred); the links are reached with Go > Links in This Entry. Shift+arrows select, as with a browser's
    caret, so a passage can be highlighted or noted without the mouse."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTextInteractionFlags(self.textInteractionFlags() | Qt.TextInteractionFlag.TextSelectableByKeyboard)

    def focusNextPrevChild(self, next: bool) -> bool:  # noqa: N802, A002 (Qt API)
        return QWidget.focusNextPrevChild(self, next)

    def loadResource(self, kind: int, name: QUrl) -> object:  # noqa: N802 (Qt API)
        """Only the app's own resources (Qt's ":/" files): never a local file, a device or the network,
        whatever an entry's text names (QTextBrowser would otherwise read any file: path)."""
        if name.scheme() == "qrc" or (not name.scheme() and name.path().startswith(":/")):
            return super().loadResource(kind, name)
        return None


def entry_links(document: QTextDocument) -> list[tuple[str, str]]:
    """(link text, address) for every link in the document, in reading order."""
    links: list[tuple[str, str]] = []
    last_end = -1  # where the previous link fragment ended: a link split into fragments is joined up
    block = document.begin()
    while block.isValid():
        iterator = block.begin()
        while not iterator.atEnd():
            fragment = iterator.fragment()
            char_format = fragment.charFormat()
            href = char_format.anchorHref() if char_format.isAnchor() else ""
            if href:
                text = fragment.text()
                if links and links[-1][1] == href and fragment.position() == last_end:
                    text = links.pop()[0] + text
                links.append((text, href))
                last_end = fragment.position() + fragment.length()
            iterator += 1
        block = block.next()
    # Each place once, where it is first linked: a list to choose from, not a copy of the text.
    first = {href: " ".join(text.split()) for text, href in reversed(links)}
    return [(first[href], href) for href in dict.fromkeys(href for _text, href in links)]


class LinkList(QDialog):
    """Every link in the entry as a list to type into and choose from: with Tab leaving the text, this is
    how the keyboard reaches the links (as a browser's link list does)."""

    def __init__(self, links: list[tuple[str, str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("ReaderPane", "Links in This Entry"))
        self.chosen = ""
        self.filter = QLineEdit(self, placeholderText=translate("ReaderPane", "Type to filter the links"))
        #: the accessible name of the field that narrows the list of links (filter is a verb)
        self.filter.setAccessibleName(translate("ReaderPane", "Filter links"))
        self.list = QListWidget(self)
        #: the accessible name of the list of the entry's links (a noun)
        self.list.setAccessibleName(translate("ReaderPane", "Links"))
        for text, href in links:
            item = QListWidgetItem(text or href, self.list)
            item.setData(Qt.ItemDataRole.UserRole, href)
        layout = QVBoxLayout(self)
        layout.addWidget(self.filter)
        layout.addWidget(self.list)
        self.resize(420, 480)
        self.filter.textChanged.connect(self._filter)
        self.filter.installEventFilter(self)
        self.list.itemActivated.connect(self._choose)
        self.filter.returnPressed.connect(lambda: self._choose(self.list.currentItem()))
        self.list.setCurrentRow(0)

    def _filter(self, text: str) -> None:
        needle = text.strip().casefold()
        first = None
        for row in range(self.list.count()):
            item = self.list.item(row)
            hidden = bool(needle) and needle not in item.text().casefold()
            item.setHidden(hidden)
            if not hidden and first is None:
                first = item
        self.list.setCurrentItem(first)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt naming)
        # Up and Down from the filter field move through the list, as in a launcher.
        if watched is self.filter and event.type() == QEvent.Type.KeyPress and event.key() in (
            Qt.Key.Key_Up, Qt.Key.Key_Down
        ):
            QApplication.sendEvent(self.list, event)
            return True
        return super().eventFilter(watched, event)

    def _choose(self, item: QListWidgetItem | None) -> None:
        if item is not None and not item.isHidden():
            self.chosen = item.data(Qt.ItemDataRole.UserRole)
            self.accept()


class _SensitiveNotice(QFrame):
    """Shown instead of the text of an entry marked sensitive, until the reader asks for the text."""

    reveal = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAccessibleName(translate("ReaderPane", "Sensitive content notice"))
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.button = QPushButton(translate("ReaderPane", "Show the text"), self)
        self.button.setAccessibleName(translate("ReaderPane", "Show the text of this entry"))
        self.always = QCheckBox(translate("ReaderPane", "Do not show this notice again"), self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.message)
        row = QHBoxLayout()
        row.addWidget(self.button)
        row.addWidget(self.always)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addStretch(1)
        self.button.clicked.connect(self.reveal)

    def show_for(self, title: str, locked_reason: str = "", can_reveal: bool = True) -> None:
        """`locked_reason`: why the notice cannot be turned off (a classroom lock); `can_reveal`: whether
        the text may be shown at all."""
        notice = translate("ReaderPane", "This entry describes killings or the abuse of prisoners as documented by "
                                         "investigators and journalists. It is written factually, without graphic "
                                         "detail, but some readers may find it distressing.")
        text = f"<h2>{html.escape(title)}</h2><p>{notice}</p>"
        if not can_reveal:
            #: keep the tags <b> and </b> around the part of the sentence to stress; a school or a teacher set
            #: this computer so that the text of such entries is never shown
            locked = translate("ReaderPane", "<b>The text of this entry is not shown on this computer</b> "
                                             "(a classroom setting).")
            text += f"<p>{locked}</p>"
        self.message.setText(text)
        self.message.setToolTip(locked_reason)
        self.button.setVisible(can_reveal)
        self.always.setChecked(False)
        self.always.setVisible(not locked_reason)
        self.show()


class ReaderPane(Pane):
    def __init__(self, content: ContentDatabase, state: AppState, settings: Settings,
                 notes: NotesModel | None = None, parent: QWidget | None = None) -> None:
        super().__init__(content, state, settings, notes, parent)
        self.history: list[str] = []
        self.history_index = -1
        self._revealed: set[str] = set()
        self._stale = False  # laid out in an earlier theme's colours while hidden
        self.highlighted_count = 0

        self.browser = _EntryText(self)
        self.browser.setAccessibleName("Entry text")
        self.browser.setOpenLinks(False)
        self.browser.anchorClicked.connect(self.follow_link)
        self.browser.viewport().installEventFilter(self)
        self.browser.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.browser.customContextMenuRequested.connect(self._context_menu)
        self.notice = _SensitiveNotice(self)
        self.notice.reveal.connect(self._reveal)
        self.notice.hide()
        self.find_bar = _FindBar(self.browser, self)

        style = self.style()
        #: go back to the entry read before (a verb, as in a web browser)
        self.back_action = QAction(style.standardIcon(QStyle.StandardPixmap.SP_ArrowBack),
                                   translate("ReaderPane", "&Back"), self)
        self.back_action.setShortcuts(QKeySequence.keyBindings(QKeySequence.StandardKey.Back))
        self.back_action.triggered.connect(self.go_back)
        #: go forward again to the entry read after this one (a verb, as in a web browser)
        self.forward_action = QAction(style.standardIcon(QStyle.StandardPixmap.SP_ArrowForward),
                                      translate("ReaderPane", "&Forward"), self)
        self.forward_action.setShortcuts(QKeySequence.keyBindings(QKeySequence.StandardKey.Forward))
        self.forward_action.triggered.connect(self.go_forward)
        self.find_action = QAction(translate("ReaderPane", "&Find in Entry..."), self,
                                   shortcut=QKeySequence.StandardKey.Find)
        self.find_action.triggered.connect(self.find_bar.open_bar)
        self.find_next_action = QAction(translate("ReaderPane", "Find &Next"), self,
                                        shortcut=QKeySequence.StandardKey.FindNext)
        self.find_next_action.triggered.connect(lambda: self._find_again(backward=False))
        self.find_previous_action = QAction(translate("ReaderPane", "Find Pre&vious"), self,
                                            shortcut=QKeySequence.StandardKey.FindPrevious)
        self.find_previous_action.triggered.connect(lambda: self._find_again(backward=True))
        self.links_action = QAction(translate("ReaderPane", "&Links in This Entry..."), self,
                                    shortcut=QKeySequence("Ctrl+L"))
        self.links_action.triggered.connect(self.choose_link)
        self.zoom_in_action = QAction(translate("ReaderPane", "&Larger Text"), self,
                                      shortcut=QKeySequence.StandardKey.ZoomIn)
        self.zoom_in_action.triggered.connect(lambda: self.change_text_size(+1))
        self.zoom_out_action = QAction(translate("ReaderPane", "&Smaller Text"), self,
                                       shortcut=QKeySequence.StandardKey.ZoomOut)
        self.zoom_out_action.triggered.connect(lambda: self.change_text_size(-1))
        self.highlight_action = QAction(translate("ReaderPane", "&Highlight Selection"), self,
                                        shortcut=QKeySequence("Ctrl+Shift+H"))
        self.highlight_action.triggered.connect(self.highlight_selection)
        self.note_action = QAction(translate("ReaderPane", "Add Note to &Selection..."), self,
                                   shortcut=QKeySequence("Ctrl+Shift+N"))
        self.note_action.triggered.connect(self.note_selection)
        self.entry_note_action = QAction(translate("ReaderPane", "Add Note to &Entry..."), self,
                                         shortcut=QKeySequence("Ctrl+Shift+E"))
        self.entry_note_action.triggered.connect(self.note_entry)
        # An entry with dates (a battle, a phase of the campaign) can set the map and the timeline to them.
        self.dates_action = QAction(translate("ReaderPane", "Show Entry's &Dates on the Map"), self,
                                    shortcut=QKeySequence("Ctrl+Shift+D"))
        self.dates_action.setToolTip(translate("ReaderPane",
                                               "Set the map and the timeline to this entry's first day (Ctrl+Shift+D)"))
        self.dates_action.triggered.connect(self.show_dates)
        self.dates_action.setEnabled(False)
        for action in self.all_actions():
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            self.addAction(action)

        toolbar = QHBoxLayout()
        toolbar.setContentsMargins(4, 2, 4, 0)
        #: the accessible name of the button that goes back to the entry read before (a verb)
        back = translate("ReaderPane", "Back")
        #: the accessible name of the button that goes forward again to the entry read after this one (a verb)
        forward = translate("ReaderPane", "Forward")
        for action, name in ((self.back_action, back), (self.forward_action, forward)):
            button = QToolButton(self)
            button.setDefaultAction(action)
            button.setAccessibleName(name)
            toolbar.addWidget(button)
        self.location = QLabel(self)
        self.location.setAccessibleName(translate("ReaderPane", "Current entry"))
        toolbar.addWidget(self.location, 1)
        self.dates_button = QToolButton(self)
        self.dates_button.setDefaultAction(self.dates_action)
        self.dates_button.setAccessibleName(translate("ReaderPane", "Show the entry's dates on the map"))
        toolbar.addWidget(self.dates_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addLayout(toolbar)
        layout.addWidget(self.notice, 1)
        layout.addWidget(self.browser, 1)
        layout.addWidget(self.find_bar)

        self._apply_text_size()
        state.entry_changed.connect(self._show_entry)
        settings.changed.connect(self._setting_changed)
        if notes is not None:
            notes.changed.connect(self._notes_changed)
        self._update_history_actions()

    def all_actions(self) -> list[QAction]:
        return [self.back_action, self.forward_action, self.find_action, self.find_next_action,
                self.find_previous_action, self.links_action, self.zoom_in_action, self.zoom_out_action,
                self.highlight_action, self.note_action, self.entry_note_action, self.dates_action]

    def focus_target(self) -> QWidget:
        return self.notice.button if self.text_hidden_by_notice else self.browser

    def tab_stops(self) -> list[QWidget]:
        """As laid out: the history buttons, the notice or the text, then the find bar (when open)."""
        top = [w for w in self.findChildren(QToolButton) if w.parent() is self]
        notice = [self.notice.button, self.notice.always]
        find_bar = [w for w in super().tab_stops() if self.find_bar.isAncestorOf(w)]
        return [*top, *notice, self.browser, *find_bar]

    def key_help(self) -> list[tuple[str, str]]:
        # The keys stay as the keyboard names them; what they do is translated (Keyboard Shortcuts, Help menu).
        return [("Tab / Shift+Tab", translate("ReaderPane", "leave the entry text for the next / previous control")),
                #: keys: Shift held down with the arrow keys
                (translate("ReaderPane", "Shift+arrows"),
                 translate("ReaderPane", "select text (to highlight it or add a note)"))]

    # -- navigation ---------------------------------------------------------------------------
    def choose_link(self) -> None:
        """A list of the entry's links; the one chosen is followed."""
        if self.text_hidden_by_notice:
            return
        chooser = LinkList(entry_links(self.browser.document()), self)
        if chooser.exec() and chooser.chosen:
            self.follow_link(QUrl(chooser.chosen))

    def follow_link(self, url: QUrl) -> None:
        scheme = url.scheme()
        if scheme == ENTRY_SCHEME:
            self.state.set_entry(url.path())
        elif scheme == PLACE_SCHEME:
            place = self.content.place(url.path())
            if place is not None:
                self.state.select_place(place.id)
                self.state.set_entry(place.entry_id)
        elif scheme in ("http", "https"):
            QDesktopServices.openUrl(url)

    def show_dates(self) -> None:
        """The map and the timeline go to the entry's first day (and its first place), and the map is shown."""
        entry = self.content.entry(self.state.entry_id) if self.state.entry_id else None
        if entry is None or not entry.date:
            return
        day = parse_partial_date(entry.date).first_day
        # The place of the entry's event on that day, else of its first event with one, else its first place.
        events = sorted(self.content.events_for_entry(entry.id), key=lambda e: e.first_day != day.isoformat())
        place = next((e.place_id for e in events if e.place_id), entry.place_ids[0] if entry.place_ids else "")
        self.state.go_to(Destination(day=day, place_id=place))
        self.state.request_pane("map")

    def _show_entry(self, entry_id: str) -> None:
        entry = self.content.entry(entry_id)
        if entry is None:
            #: {id} is the id of an entry the content does not have, in quotes ('lachin')
            self.location.setText(translate("ReaderPane", "No entry called {id}").format(id=repr(entry_id)))
            return
        if not (0 <= self.history_index < len(self.history) and self.history[self.history_index] == entry_id):
            del self.history[self.history_index + 1:]
            self.history.append(entry_id)
            self.history_index = len(self.history) - 1
        self._update_history_actions()
        self.location.setText(entry.title)
        self.dates_action.setEnabled(bool(entry.date))
        self.dates_button.setVisible(bool(entry.date))
        self.browser.setMarkdown(entry_document(self.content, entry, str(self.settings.get(NAME_FORM))))
        self.draw_highlights()
        self.find_bar.status.clear()
        hide_text = entry.sensitive and self.settings.get(SENSITIVE_NOTICE) and entry.id not in self._revealed
        self.browser.setVisible(not hide_text)
        if hide_text:
            self.notice.show_for(entry.title, self.settings.locked_reason(SENSITIVE_NOTICE),
                                 bool(self.settings.get(SENSITIVE_REVEAL)))
        else:
            self.notice.hide()

    def refresh(self) -> None:
        """Lay the current entry out again (names, notice or colours changed), keeping the reading position."""
        if not self.state.entry_id:
            return
        scroll = self.browser.verticalScrollBar().value()
        self._show_entry(self.state.entry_id)
        self.browser.verticalScrollBar().setValue(scroll)

    def _setting_changed(self, key: str) -> None:
        if key in (NAME_FORM.key, SENSITIVE_NOTICE.key):
            self.refresh()
        elif key in (READER_TEXT_SIZE.key, TEXT_SCALE.key):
            self._apply_text_size()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt naming)
        super().changeEvent(event)
        # Link colours are fixed when the text is laid out: lay it out again in the new theme's colours
        # (a reader not on screen does it when it is shown).
        if event.type() == QEvent.Type.PaletteChange and hasattr(self, "notice"):
            if self.isVisible():
                self.refresh()
            else:
                self._stale = True

    def showEvent(self, event) -> None:  # noqa: N802 (Qt naming)
        super().showEvent(event)
        if self._stale:
            self._stale = False
            self.refresh()

    def _reveal(self) -> None:
        if not self.settings.get(SENSITIVE_REVEAL):
            return
        if self.notice.always.isChecked():
            self.settings.set(SENSITIVE_NOTICE, False)
        self._revealed.add(self.state.entry_id)
        self.notice.hide()
        self.browser.show()
        self.browser.setFocus()

    @property
    def text_hidden_by_notice(self) -> bool:
        return self.notice.isVisibleTo(self)

    def go_back(self) -> None:
        if self.history_index > 0:
            self.history_index -= 1
            self.state.set_entry(self.history[self.history_index])

    def go_forward(self) -> None:
        if self.history_index < len(self.history) - 1:
            self.history_index += 1
            self.state.set_entry(self.history[self.history_index])

    def _update_history_actions(self) -> None:
        self.back_action.setEnabled(self.history_index > 0)
        self.forward_action.setEnabled(self.history_index < len(self.history) - 1)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt naming)
        # The mouse's back and forward buttons move through the history, as in a web browser.
        if event.type() == QEvent.Type.MouseButtonPress:
            if event.button() == Qt.MouseButton.BackButton:
                self.go_back()
                return True
            if event.button() == Qt.MouseButton.ForwardButton:
                self.go_forward()
                return True
        return super().eventFilter(watched, event)

    def _find_again(self, backward: bool) -> None:
        if not self.find_bar.field.text():
            self.find_bar.open_bar()  # nothing to find yet: ask what
            return
        self.find_bar.find(backward=backward)

    # -- text size ----------------------------------------------------------------------------
    def change_text_size(self, step: int) -> None:
        size = max(MIN_TEXT_SIZE, min(MAX_TEXT_SIZE, self.settings.get(READER_TEXT_SIZE) + step))
        self.settings.set(READER_TEXT_SIZE, size)
        self._apply_text_size()

    def text_point_size(self) -> float:
        """The reader's own size (Ctrl++ / Ctrl+-) times the text size chosen for the whole app."""
        return round(self.settings.get(READER_TEXT_SIZE) * self.settings.get(TEXT_SCALE) / 100, 1)

    def _apply_text_size(self) -> None:
        font = self.browser.font()
        font.setPointSizeF(self.text_point_size())
        self.browser.setFont(font)
        self.browser.document().setDefaultFont(font)

    # -- highlights and notes -----------------------------------------------------------------
    def _selection(self) -> tuple[int, int] | None:
        cursor = self.browser.textCursor()
        if not cursor.hasSelection() or not self.state.entry_id:
            return None
        return cursor.selectionStart(), cursor.selectionEnd()

    def _quote_target(self) -> Target | None:
        selection = self._selection()
        if selection is None:
            return None
        text = self.browser.document().toRawText()
        return Target("passage", self.state.entry_id, make_quote(self.state.entry_id, text, *selection))

    def highlight_selection(self) -> None:
        target = self._quote_target()
        if target is not None and self.notes is not None:
            self.notes.add("highlight", target, origin="reader")

    def note_selection(self) -> None:
        target = self._quote_target()
        if target is not None:
            self.state.request_note(target)

    def note_entry(self) -> None:
        if self.state.entry_id:
            self.state.request_note(Target("entry", self.state.entry_id))

    def _notes_changed(self, change: NotesChange) -> None:
        if self.state.entry_id and change.touches_passages_of(self.state.entry_id):
            self.draw_highlights()

    def draw_highlights(self) -> None:
        """Mark every passage note of this entry where its quote is found in the text shown now."""
        selections = []
        if self.notes is not None and self.state.entry_id:
            text = self.browser.document().toRawText()
            for note in self.notes.store.passages(self.state.entry_id):
                quote = note.target.quote
                if quote is None:
                    continue
                place = anchor(text, quote)
                if place.detached:
                    continue
                selection = QTextEdit.ExtraSelection()
                cursor = self.browser.textCursor()
                cursor.setPosition(place.start)
                cursor.setPosition(place.end, cursor.MoveMode.KeepAnchor)
                selection.cursor = cursor
                char_format = QTextCharFormat()
                char_format.setBackground(HIGHLIGHT_COLOURS.get(note.colour, HIGHLIGHT_COLOURS["yellow"]))
                if note.body.strip():
                    char_format.setUnderlineStyle(QTextCharFormat.UnderlineStyle.DotLine)
                selection.format = char_format
                selections.append(selection)
        self.highlighted_count = len(selections)
        self.browser.setExtraSelections(selections)

    def _context_menu(self, pos) -> None:
        menu = self.browser.createStandardContextMenu(pos)
        if self.notes is not None:
            menu.addSeparator()
            has_selection = self._selection() is not None and not self.notes.read_only
            for action in (self.highlight_action, self.note_action):
                action.setEnabled(has_selection)
                menu.addAction(action)
            menu.addAction(self.entry_note_action)
        menu.exec(self.browser.viewport().mapToGlobal(pos))
        self.highlight_action.setEnabled(True)
        self.note_action.setEnabled(True)
