"""The user's notes: on the current entry, all of them, the reading list, the trash; and an editor
that saves as you type.

Over 400 lines because the editor's rules (autosave on the writer thread, the size limits, a note changed
in another window) all act on the one note being edited; the list is in notes_list.py.
"""

from __future__ import annotations

import html
from concurrent.futures import Future

from PySide6.QtCore import (
    QEvent,
    QModelIndex,
    QObject,
    QSignalBlocker,
    Qt,
    QTimer,
)
from PySide6.QtGui import QAction, QKeySequence, QTextOption
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from desktop_app.content import ContentDatabase
from desktop_app.i18n import QT_TRANSLATE_NOOP, number, translate
from desktop_app.notes.anchoring import anchor
from desktop_app.notes.model import COLOURS, MAX_NOTE_CHARS, Note, NotesChange, Target
from desktop_app.notes.store import NoteListing, NotesError
from desktop_app.ui.notes import NotesModel, entry_text, plain_tooltip
from desktop_app.ui.panes.base import Pane
from desktop_app.ui.panes.notes_list import UUID_ROLE, NotesListModel, TagFilter
from desktop_app.ui.settings import NAME_FORM, Settings
from desktop_app.ui.state import AppState
from desktop_app.views.navigation import target_title

AUTOSAVE_MS = 400
SCOPES = (("entry", QT_TRANSLATE_NOOP("NotesPane", "Notes on this entry")),
          ("all", QT_TRANSLATE_NOOP("NotesPane", "All notes")),
          ("bookmarks", QT_TRANSLATE_NOOP("NotesPane", "Reading list")),
          #: a list of notes: the notes moved to the trash (a noun)
          ("trash", QT_TRANSLATE_NOOP("NotesPane", "Trash")))
# The names of a note's colours (the keys of notes.model.COLOURS) in the colour box.
COLOUR_LABELS = {"yellow": QT_TRANSLATE_NOOP("NotesPane", "Yellow"), "green": QT_TRANSLATE_NOOP("NotesPane", "Green"),
                 "blue": QT_TRANSLATE_NOOP("NotesPane", "Blue"), "pink": QT_TRANSLATE_NOOP("NotesPane", "Pink"),
                 "orange": QT_TRANSLATE_NOOP("NotesPane", "Orange")}
KIND_MARKS = {"note": "✎", "highlight": "▍", "bookmark": "★"}
# Qt lays out a paragraph whole on every keystroke in it (about 0.2 ms per thousand characters here): a
# note with a longer paragraph is shown in part, read-only, so that the window stays responsive.
MAX_EDITABLE_PARAGRAPH = 100_000


def longest_paragraph(text: str) -> int:
    return max((len(line) for line in text.split("\n")), default=0)


def _tags(text: str) -> list[str]:
    return [t.strip().lstrip("#") for t in text.replace(";", ",").split(",") if t.strip().lstrip("#")]


class NotesPane(Pane):
    notes: NotesModel  # always given: this pane is the notes

    def __init__(self, content: ContentDatabase, state: AppState, settings: Settings, notes: NotesModel,
                 parent: QWidget | None = None) -> None:
        super().__init__(content, state, settings, notes, parent)
        self._current: str | None = None  # uuid in the editor
        self._base: Note | None = None  # that note as the editor loaded or last saved it

        self.scope = QComboBox(self)
        self.scope.setAccessibleName(translate("NotesPane", "Which notes to list"))
        for key, label in SCOPES:
            self.scope.addItem(translate("NotesPane", label), key)
        self.filter = QLineEdit(self, placeholderText=translate("NotesPane", "Filter notes"))
        self.filter.setAccessibleName(translate("NotesPane", "Filter notes by text"))
        self.filter.setClearButtonEnabled(True)
        self.tag = TagFilter(self._refresh_tags, self)
        self.tag.setAccessibleName(translate("NotesPane", "Filter notes by tag"))
        self.tag.addItem(translate("NotesPane", "All tags"), "")
        self.banner = QLabel(self)
        self.banner.setWordWrap(True)
        self.banner.setTextFormat(Qt.TextFormat.PlainText)  # it may quote a path or a file's text
        self.banner.setAccessibleName(translate("NotesPane", "Notes status"))
        self.banner.hide()
        self.model = NotesListModel(self._describe, self)
        self.list = QListView(self)
        self.list.setModel(self.model)
        #: the accessible name of the list of notes (a noun)
        self.list.setAccessibleName(translate("NotesPane", "Notes"))
        self.list.setWordWrap(True)
        self.list.setAlternatingRowColors(True)
        self.list.setVerticalScrollMode(QListView.ScrollMode.ScrollPerPixel)

        self.target_label = QLabel(self)
        self.target_label.setWordWrap(True)
        # Why the note in the editor cannot be edited or saved as it is: a line of its own, wrapped.
        self.editor_notice = QLabel(self)
        self.editor_notice.setWordWrap(True)
        self.editor_notice.setTextFormat(Qt.TextFormat.PlainText)
        self.editor_notice.setAccessibleName(translate("NotesPane", "Note editor notice"))
        self.editor_notice.hide()
        self.editor = QPlainTextEdit(
            self, placeholderText=translate("NotesPane", "Write your note (Markdown). It saves as you type."))
        self.editor.setAccessibleName(translate("NotesPane", "Note text"))
        self.editor.setTabChangesFocus(True)  # Tab moves on, as in every other field; a note needs no tabs
        # Break lines between words only: breaking "anywhere" costs Qt seconds on a long unbroken word.
        self.editor.setWordWrapMode(QTextOption.WrapMode.WordWrap)
        self.tags_field = QLineEdit(self, placeholderText=translate("NotesPane", "Tags, separated by commas"))
        self.tags_field.setAccessibleName(translate("NotesPane", "Note tags"))
        self.colour = QComboBox(self)
        self.colour.setAccessibleName(translate("NotesPane", "Note colour"))
        for colour in COLOURS:
            self.colour.addItem(translate("NotesPane", COLOUR_LABELS[colour]) if colour in COLOUR_LABELS
                                else colour.title(), colour)
        #: a button (a verb): show what the chosen note is attached to (an entry, an event, a place...)
        self.open_button = QPushButton(translate("NotesPane", "Open"), self,
                                       toolTip=translate("NotesPane", "Show what this note is attached to"))
        #: a button (a verb): move the chosen note to the trash
        self.delete_button = QPushButton(translate("NotesPane", "Move to Trash"), self)
        #: a button (a verb): take the chosen note out of the trash
        self.restore_button = QPushButton(translate("NotesPane", "Restore"), self)
        self.bookmark_button = QPushButton(translate("NotesPane", "Add Entry to Reading List"), self)
        #: {keys} is the keyboard shortcut, "Ctrl+D"
        self.bookmark_button.setToolTip(translate("NotesPane", "Bookmark the entry shown in the reader ({keys})")
                                        .format(keys="Ctrl+D"))
        self.saved = QLabel(self)
        self.saved.setAccessibleName(translate("NotesPane", "Save status"))
        self.saved.setTextFormat(Qt.TextFormat.PlainText)
        self.saved.setWordWrap(True)

        for combo in (self.scope, self.tag):
            # Narrower than its longest choice when the column is (longer languages): the text is elided and
            # the open list shows it whole, rather than the pane growing wider than its column.
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(6)
        top = QHBoxLayout()
        top.addWidget(self.scope, 2)  # the longer choices ("Notes on this entry"); tags are short
        top.addWidget(self.tag, 1)
        editor_box = QWidget(self)
        editor_layout = QVBoxLayout(editor_box)
        editor_layout.setContentsMargins(0, 0, 0, 0)
        editor_layout.addWidget(self.target_label)
        editor_layout.addWidget(self.editor_notice)
        editor_layout.addWidget(self.editor, 1)
        row = QHBoxLayout()
        row.addWidget(self.tags_field, 1)
        row.addWidget(self.colour)
        editor_layout.addLayout(row)
        buttons = QHBoxLayout()
        for widget in (self.open_button, self.delete_button, self.restore_button):
            buttons.addWidget(widget)
        buttons.addStretch(1)
        buttons.addWidget(self.saved)
        editor_layout.addLayout(buttons)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.list)
        splitter.addWidget(editor_box)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 1)
        # The pane scrolls rather than insisting on its full height, so the search results above it can
        # have the room while a query is typed on a small screen.
        body = QWidget(self)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(top)
        layout.addWidget(self.filter)
        layout.addWidget(self.banner)
        layout.addWidget(self.bookmark_button)
        layout.addWidget(splitter, 1)
        scroll = self._scroll = QScrollArea(self)
        scroll.setWidget(body)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        scroll.viewport().installEventFilter(self)
        QApplication.instance().focusChanged.connect(self._keep_focus_in_sight)

        self._autosave = QTimer(self, singleShot=True, interval=AUTOSAVE_MS)
        self._autosave.timeout.connect(self._autosave_now)
        self._pending: Future | None = None  # the autosave being written in the background
        notes.background_done.connect(self._background_saved)
        self.editor.textChanged.connect(self._edited)
        self.tags_field.textEdited.connect(self._edited)
        self.colour.activated.connect(self._edited)
        self.list.selectionModel().currentChanged.connect(self._selection_changed)
        self.list.activated.connect(lambda index: self._open(index.data(UUID_ROLE)))
        self.open_button.clicked.connect(lambda: self._open(self._current))
        self.delete_button.clicked.connect(self.delete_current)
        self.restore_button.clicked.connect(self.restore_current)
        self.bookmark_button.clicked.connect(self.toggle_bookmark)
        self.scope.currentIndexChanged.connect(self.refresh)
        self.tag.currentIndexChanged.connect(self.refresh)
        self.filter.textChanged.connect(self.refresh)
        state.entry_changed.connect(self._entry_changed)
        state.note_requested.connect(self.new_note)
        state.note_opened.connect(self.show_note)
        notes.changed.connect(self._notes_changed)
        settings.changed.connect(self._setting_changed)
        notes.problem.connect(self._show_problem)

        #: a menu command (a verb): add the entry shown to the reading list, or take it off
        self.bookmark_action = QAction(translate("NotesPane", "&Bookmark Entry"), self, shortcut=QKeySequence("Ctrl+D"))
        self.bookmark_action.triggered.connect(self.toggle_bookmark)
        # Delete in the list (not in the editor or a field, where it deletes text) trashes the chosen note.
        self.trash_action = QAction(translate("NotesPane", "&Move Note to Trash"), self,
                                    shortcut=QKeySequence.StandardKey.Delete)
        self.trash_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.trash_action.triggered.connect(self.delete_current)
        self.list.addAction(self.trash_action)
        self._show_problem(notes.read_only_reason)
        self._set_editor(None)
        self.refresh()

    def menu_actions(self) -> list[QAction]:
        return [self.bookmark_action, self.trash_action]

    # -- the field being typed in stays in sight when the pane is squeezed ----------------------
    def _keep_focus_in_sight(self, *_focus_change: QWidget | None) -> None:
        focused = QApplication.focusWidget()
        if focused is not None and self.isAncestorOf(focused):
            self._scroll.ensureWidgetVisible(focused, 0, 0)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt API)
        if watched is self._scroll.viewport() and event.type() == QEvent.Type.Resize:
            self._keep_focus_in_sight()
        return super().eventFilter(watched, event)

    def focus_target(self) -> QWidget:
        return self.list

    def tab_stops(self) -> list[QWidget]:
        return [self.scope, self.tag, self.filter, self.bookmark_button, self.list, self.editor, self.tags_field,
                self.colour, self.open_button, self.delete_button, self.restore_button]

    def key_help(self) -> list[tuple[str, str]]:
        # The keys stay as the keyboard names them; what they do is translated (Keyboard Shortcuts, Help menu).
        #: keys: the up and down arrow keys, pressed in the list of notes
        return [(translate("NotesPane", "↑ ↓ in the list"),
                 translate("NotesPane", "choose a note; it opens in the editor below")),
                #: keys: the Enter key, pressed in the list of notes
                (translate("NotesPane", "Enter in the list"),
                 translate("NotesPane", "show what the note is attached to")),
                ("Tab / Shift+Tab",
                 translate("NotesPane", "move between the list, the editor, the tags and the buttons"))]

    # -- listing ------------------------------------------------------------------------------
    def scope_key(self) -> str:
        return self.scope.currentData()

    def set_scope(self, key: str) -> None:
        self.scope.setCurrentIndex([k for k, _ in SCOPES].index(key))

    def _listing(self) -> NoteListing | None:
        scope = self.scope_key()
        if scope == "entry" and not self.state.entry_id:
            return None
        return self.notes.store.listing(scope, entry_id=self.state.entry_id, tag=self.tag.currentData() or None,
                                        text=self.filter.text().strip() or None)

    def refresh(self) -> None:
        """Read the list again from its top (a new scope, filter or tag)."""
        self.tag.stale = True
        if self.tag.currentData() or self.tag.hasFocus():  # a chosen tag may be gone: it must reset now
            self.tag.refresh_if_stale()
        keep = self._current
        try:
            listing = self._listing()
        except NotesError as error:
            self._show_problem(str(error))
            listing = None
        # The hint sits inside the empty list, where there is room for it; it cannot be selected.
        self.model.show_listing(listing, self._empty_text())
        self._select(keep)
        self._update_bookmark_button()

    def _notes_changed(self, change: NotesChange) -> None:
        """Show what a write changed: only the touched rows, unless the change is too wide for that."""
        if self._current is not None and self._current in change.uuids and change.after.get(self._current) is None:
            self._set_editor(None)  # the note in the editor is gone (an undone new note, an emptied trash)
        if change.whole or (self.tag.currentData() and change.action not in ("edit", "add")):
            self.refresh()
            return
        self.tag.stale = True
        if self.tag.hasFocus():
            self.tag.refresh_if_stale()
        if not self.model.apply(change):
            scrolled = self.list.verticalScrollBar().value()
            self.refresh()
            self.list.verticalScrollBar().setValue(scrolled)
            return
        if self.list.currentIndex().data(UUID_ROLE) != self._current:
            self._select(self._current)
        if self.state.entry_id and change.touches_entry(self.state.entry_id):
            self._update_bookmark_button()

    def _describe(self, note: Note) -> tuple[str, str]:
        """A row of the list: the note's text in short, and its tooltip (plain text, cut short)."""
        return self._item_text(note), plain_tooltip(note.body or self._target_tip(note.target))

    def _empty_text(self) -> str:
        if self.scope_key() == "entry":
            #: "Highlight" and "Add Note" are the commands of the reader's right-click menu: use their translations
            return translate("NotesPane", "No notes on this entry yet. Select text in the reader and choose Highlight "
                             "or Add Note (right-click), or right-click an event, a place or a bar to note it.")
        return translate("NotesPane", "Nothing here yet.")

    def _refresh_tags(self) -> None:
        current = self.tag.currentData()
        self.tag.blockSignals(True)
        self.tag.clear()
        self.tag.addItem(translate("NotesPane", "All tags"), "")
        for name, count in self.notes.store.tags():
            #: a choice of the tag filter: {tag} is a tag's name (after its "#"), {count} how many notes carry it
            self.tag.addItem(translate("NotesPane", "#{tag} ({count})").format(tag=name, count=number(count)), name)
        index = self.tag.findData(current)
        self.tag.setCurrentIndex(max(index, 0))
        self.tag.blockSignals(False)

    def _name_form(self) -> str:
        return str(self.settings.get(NAME_FORM))

    def _title(self, target: Target) -> str:
        return target_title(self.content, target, self._name_form())

    def _target_tip(self, target: Target) -> str:
        """The title, and for a place the name forms not shown."""
        place = self.content.place(target.id) if target.kind == "place" else None
        others = place.other_forms(self._name_form()) if place is not None else ""
        return f"{self._title(target)}\n{others}" if others else self._title(target)

    def _setting_changed(self, key: str) -> None:
        if key == NAME_FORM.key:
            self.refresh()
            if self._current is not None:
                note = self.notes.store.get(self._current)
                if note is not None:
                    self.target_label.setText(f"<b>{html.escape(self._title(note.target))}</b>")
                    self.target_label.setToolTip(self._target_tip(note.target))

    def _item_text(self, note: Note) -> str:
        lines = [f"{KIND_MARKS.get(note.kind, '')} {self._title(note.target)}"]
        quote = note.target.quote
        if quote is not None:
            detached = anchor(entry_text(self.content, quote.entry_id, self._name_form()), quote).detached
            shown = quote.exact if len(quote.exact) <= 160 else quote.exact[:157] + "…"
            #: {passage} is a passage of an entry quoted by a note or highlight: use your language's quotation marks
            quoted = translate("NotesPane", "“{passage}”").format(passage=shown)
            if detached:
                #: after a quoted passage that the entry's text no longer holds word for word
                quoted += "  " + translate("NotesPane", "(passage not found in the current text)")
            lines.append(quoted)
        head = note.body.lstrip()[:400]  # a note can be a million characters: only its start is shown
        if head:
            first = head.splitlines()[0].rstrip()
            lines.append(first if len(first) <= 120 else first[:117] + "…")
        if note.tags:
            lines.append(" ".join(f"#{t}" for t in note.tags))
        if note.imported:
            #: under a note from an imported file: {author} is the name of the person who wrote it
            lines.append(translate("NotesPane", "from {author}").format(author=note.author) if note.author
                         else translate("NotesPane", "from an imported file"))
        return "\n".join(lines)

    def _select(self, uuid: str | None) -> None:
        row = self.model.row_of(uuid)
        if row is not None:
            self.list.setCurrentIndex(self.model.index(row, 0))
            return
        if uuid is not None and self.notes.store.get(uuid) is None:
            self._set_editor(None)

    # -- editor -------------------------------------------------------------------------------
    def _selection_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        uuid = current.data(UUID_ROLE) if current.isValid() else None
        if uuid is not None and uuid == self._current:
            # The list was rebuilt around the note being edited (after an autosave, say): the editor keeps
            # its text, cursor, selection, scroll position and undo history.
            return
        self.flush()
        self._set_editor(self.notes.store.get(uuid) if uuid else None)

    def _set_editor(self, note: Note | None) -> None:
        self._finish_pending_save()
        self._current = note.uuid if note else None
        self._base = note
        long_paragraph = longest_paragraph(note.body) if note else 0
        too_long = long_paragraph > MAX_EDITABLE_PARAGRAPH
        editable = note is not None and note.deleted is None and not self.notes.read_only and not too_long
        for widget in (self.editor, self.tags_field, self.colour, self.delete_button):
            widget.setEnabled(editable)
        self.delete_button.setEnabled(note is not None and note.deleted is None and not self.notes.read_only)
        self.trash_action.setEnabled(self.delete_button.isEnabled())
        self.open_button.setEnabled(note is not None)
        self.restore_button.setVisible(note is not None and note.deleted is not None)
        self.delete_button.setVisible(note is None or note.deleted is None)
        body = note.body if note else ""
        if too_long:  # shown in part: laying out the whole paragraph would hold the window for seconds
            body = body[:MAX_EDITABLE_PARAGRAPH] + "…"
        with QSignalBlocker(self.editor):  # not an edit: nothing to save
            self.editor.setPlainText(body)
        self.tags_field.setText(", ".join(note.tags) if note else "")
        self.colour.setCurrentIndex(max(self.colour.findData(note.colour if note else "yellow"), 0))
        self.target_label.setText(f"<b>{html.escape(self._title(note.target))}</b>" if note else "")
        self.target_label.setToolTip(plain_tooltip(self._target_tip(note.target)) if note else "")
        self.saved.setToolTip("")
        self.saved.setText(translate("NotesPane", "Shown in part") if too_long else "")
        #: {length} is the length of the note's longest paragraph in characters, {limit} the editor's limit
        self._set_notice(translate("NotesPane", "Shown in part, read-only: one paragraph of this note is {length} "
                                   "characters long, and the editor takes up to {limit}. Export the notes to read it "
                                   "whole.").format(length=number(long_paragraph), limit=number(MAX_EDITABLE_PARAGRAPH))
                         if too_long else "")

    def _set_notice(self, text: str) -> None:
        self.editor_notice.setText(text)
        self.editor_notice.setVisible(bool(text))

    def _edited(self, *_args) -> None:
        if self._current is not None:
            self.saved.setText(translate("NotesPane", "Editing…"))
            self._autosave.start()

    def _edit_to_save(self) -> tuple[Note, str, list[str], str] | None:
        """(base, body, tags, colour) when the editor holds changes to save, else None."""
        note = self._base  # compared with what the editor started from, not with the file: another window
        if self._current is None or note is None or note.uuid != self._current or note.deleted is not None:
            return None  # may have changed it
        if not self.editor.isEnabled():
            return None
        body, tags, colour = self.editor.toPlainText(), _tags(self.tags_field.text()), self.colour.currentData()
        if (body, tuple(tags), colour) == (note.body, note.tags, note.colour):
            return None
        return note, body, tags, colour

    def _too_long(self, body: str) -> str:
        """Why the text cannot be saved as it is, or ""."""
        if len(body) > MAX_NOTE_CHARS:
            #: {length} is the note's length in characters, {limit} the most a note can hold
            return translate("NotesPane", "Not saved: the note is {length} characters long; a note holds at most "
                             "{limit}. Shorten it or split it, and it saves.").format(
                length=number(len(body)), limit=number(MAX_NOTE_CHARS))
        if longest_paragraph(body) > MAX_EDITABLE_PARAGRAPH:
            #: {limit} is the most characters a paragraph can have in the editor
            return translate("NotesPane", "Not saved: a paragraph is longer than {limit} characters. Break it into "
                             "lines, and it saves.").format(limit=number(MAX_EDITABLE_PARAGRAPH))
        return ""

    def _saveable_edit(self) -> tuple[Note, str, list[str], str] | None:
        """_edit_to_save, unless the text is past the limits: then the editor says why, and None."""
        edit = self._edit_to_save()
        if edit is None:
            return None
        if problem := self._too_long(edit[1]):
            self.saved.setText(translate("NotesPane", "Not saved"))
            self._set_notice(problem)
            return None
        self._set_notice("")
        return edit

    def _autosave_now(self) -> None:
        """The autosave: written by a background thread, so a long note never holds the window."""
        if self._pending is not None:  # one save at a time; this one follows when that is done
            self._autosave.start()
            return
        edit = self._saveable_edit()
        if edit is None:
            return
        base, body, tags, colour = edit
        self.saved.setText(translate("NotesPane", "Saving…"))
        self._pending = self.notes.save_edit_later(base, origin="editor", body=body, tags=tags, colour=colour)

    def _background_saved(self, future: Future) -> None:
        if future is self._pending:
            self._pending = None
            self._saved(self.notes.outcome(future))

    def _finish_pending_save(self) -> None:
        """Wait for the save in progress (a fraction of a second at most) and take in its outcome."""
        future, self._pending = self._pending, None
        if future is not None:
            self._saved(self.notes.outcome(future))

    def _saved(self, saved: NotesChange | None) -> None:
        if saved is None:  # the text stays in the editor; the next edit or close tries again
            self.saved.setText(translate("NotesPane", "Not saved: your text is still here"))
            self.saved.setToolTip(translate("NotesPane",
                                            "The notes file could not be written; see the message above the list."))
            return
        self.saved.setToolTip("")
        new, kept = saved.note, saved.kept
        if new is not None and self._base is not None and new.uuid == self._base.uuid:
            self._base = new
            # Typed meanwhile: saved by the next autosave.
            self.saved.setText(translate("NotesPane", "Editing…") if self._edit_to_save()
                               #: the state of the note in the editor: written to the notes file (not a command)
                               else translate("NotesPane", "Saved"))
        if kept is not None:
            warning = translate("NotesPane", "This note was also changed in another window or another copy of 44 Days. "
                                "Your text was saved, and the other version was kept as a separate note.")
            self.banner.setText(f"⚠ {warning}")
            self.banner.show()

    def flush(self) -> None:
        """Save what is in the editor now, and wait until it is written (close, quit, another note)."""
        self._autosave.stop()
        self._finish_pending_save()
        edit = self._saveable_edit()
        if edit is None:
            return
        base, body, tags, colour = edit
        self._saved(self.notes.save_edit(base, origin="editor", body=body, tags=tags, colour=colour))

    def new_note(self, target: Target) -> None:
        """Create a note on `target` and put the cursor in it (from the reader, timeline, map or chart)."""
        if self.notes.read_only:
            self._show_problem(self.notes.read_only_reason)
            return
        self.flush()
        added = self.notes.add("note", target, origin="notes-list")
        if added is None or added.note is None:
            return
        note = added.note
        if self.model.row_of(note.uuid) is None:
            self.filter.clear()  # the new note must be in sight, whatever was listed before
            self.tag.setCurrentIndex(0)
            self.set_scope("all")
        self._select(note.uuid)
        self._set_editor(note)
        self.editor.setFocus()

    def show_note(self, uuid: str) -> None:
        """Open one note in the editor and select it in a list that holds it (a link to it was followed)."""
        note = self.notes.store.get(uuid)
        if note is None:
            return
        self.flush()
        if self.model.row_of(uuid) is None:
            self.filter.clear()
            self.tag.setCurrentIndex(0)
            on_entry = note.target.entry_id is not None and note.target.entry_id == self.state.entry_id
            self.set_scope("trash" if note.deleted else "entry" if on_entry else "all")
        self._select(uuid)
        if self._current != uuid:  # further down a long list than has been read: the editor shows it anyway
            self._set_editor(note)

    def delete_current(self) -> None:
        if self._current is not None:
            uuid = self._current
            self.flush()
            self._set_editor(None)  # the note is in the trash: nothing typed now may look as if it were kept
            self.notes.delete(uuid, origin="notes-list")

    def restore_current(self) -> None:
        if self._current is not None:
            self.notes.restore(self._current, origin="notes-list")

    def toggle_bookmark(self) -> None:
        if self.state.entry_id:
            self.notes.toggle_bookmark(Target("entry", self.state.entry_id), origin="notes-list")

    def _update_bookmark_button(self) -> None:
        marked = bool(self.state.entry_id) and self.notes.store.is_bookmarked(Target("entry", self.state.entry_id))
        self.bookmark_button.setText(translate("NotesPane", "Remove Entry from Reading List") if marked
                                     else translate("NotesPane", "Add Entry to Reading List"))
        self.bookmark_button.setEnabled(bool(self.state.entry_id) and not self.notes.read_only)

    def _open(self, uuid: str | None) -> None:
        note = self.notes.store.get(uuid) if uuid else None
        if note is not None:
            self.go_to(note.target)

    def _entry_changed(self, _entry_id: str) -> None:
        if self.scope_key() == "entry":
            self.flush()
            self.refresh()
        else:
            self._update_bookmark_button()

    def _show_problem(self, message: str) -> None:
        if message:
            # An empty stand-in shows none of the notes: its message says why; otherwise they are there, unchangeable.
            if self.notes.store.stand_in:
                self.banner.setText(f"⚠ {message}")
            else:
                shown = translate("NotesPane", "Your notes are shown but cannot be changed now; nothing is lost.")
                self.banner.setText(f"⚠ {message} {shown}")
            self.banner.show()
        else:
            self.banner.hide()
