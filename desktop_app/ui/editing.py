"""The Edit menu's Undo, Redo, Cut, Copy, Paste and Select All: they act on whichever text the keyboard is in
(Copy and Select All also on a table: its rows).

A text field handles these keys itself while it has the focus (Qt lets it claim them first), so the
actions matter for the menu and for the focus outside text: there Undo undoes the last change to the
notes (a note moved to the trash, say).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QComboBox, QLineEdit, QPlainTextEdit, QTextEdit, QWidget

from desktop_app.i18n import translate
from desktop_app.ui.record_table import RowsView

TextWidget = QLineEdit | QTextEdit | QPlainTextEdit


def focused_text() -> TextWidget | None:
    """The text field or text area with the keyboard focus, if any (an editable combo box's field too)."""
    widget = QApplication.focusWidget()
    if isinstance(widget, QComboBox) and widget.isEditable():
        widget = widget.lineEdit()
    return widget if isinstance(widget, QLineEdit | QTextEdit | QPlainTextEdit) else None


def focused_table() -> RowsView | None:
    """The table with the keyboard focus, if any (a drawn pane shown as a table)."""
    widget = QApplication.focusWidget()
    return widget if isinstance(widget, RowsView) else None


def _can_undo(widget: TextWidget) -> bool:
    if isinstance(widget, QLineEdit):
        return widget.isUndoAvailable()
    return not widget.isReadOnly() and widget.document().isUndoAvailable()


def _can_redo(widget: TextWidget) -> bool:
    if isinstance(widget, QLineEdit):
        return widget.isRedoAvailable()
    return not widget.isReadOnly() and widget.document().isRedoAvailable()


def _has_selection(widget: TextWidget) -> bool:
    return widget.hasSelectedText() if isinstance(widget, QLineEdit) else widget.textCursor().hasSelection()


class EditActions(QObject):
    """Undo, Redo, Cut, Copy, Paste, Select All with the platform's keys, for the focused text.

    Undo with the focus outside text that can undo asks for `undo_elsewhere` (the window undoes the last
    notes change); `can_undo_elsewhere` says whether there is one. `report` carries a short message.
    (Signals, not callbacks into the window: the window owns this object and must not be held by it.)
    """

    undo_elsewhere = Signal()
    report = Signal(str)

    def __init__(self, window: QWidget, can_undo_elsewhere: Callable[[], bool]) -> None:
        super().__init__(window)
        self.can_undo_elsewhere = can_undo_elsewhere

        def action(text: str, key: QKeySequence.StandardKey, slot: Callable[[], None]) -> QAction:
            act = QAction(text, window)
            act.setShortcuts(QKeySequence.keyBindings(key))
            act.triggered.connect(slot)
            window.addAction(act)
            return act

        #: Edit menu, a verb: undo the last change
        self.undo_action = action(translate("Editing", "&Undo"), QKeySequence.StandardKey.Undo, self.undo)
        #: Edit menu, a verb: redo the change just undone
        self.redo_action = action(translate("Editing", "&Redo"), QKeySequence.StandardKey.Redo, self.redo)
        #: Edit menu, a verb: cut the selected text
        self.cut_action = action(translate("Editing", "Cu&t"), QKeySequence.StandardKey.Cut, self.cut)
        #: Edit menu, a verb: copy the selected text
        self.copy_action = action(translate("Editing", "&Copy"), QKeySequence.StandardKey.Copy, self.copy)
        #: Edit menu, a verb: paste the copied text
        self.paste_action = action(translate("Editing", "&Paste"), QKeySequence.StandardKey.Paste, self.paste)
        #: Edit menu: select all the text of the field
        self.select_all_action = action(translate("Editing", "Select &All"), QKeySequence.StandardKey.SelectAll,
                                        self.select_all)

    def actions(self) -> list[QAction | None]:
        """In menu order; None is a separator."""
        return [self.undo_action, self.redo_action, None, self.cut_action, self.copy_action, self.paste_action,
                None, self.select_all_action]

    def add_to(self, menu) -> None:
        for act in self.actions():
            if act is None:
                menu.addSeparator()
            else:
                menu.addAction(act)
        menu.aboutToShow.connect(self.describe)
        menu.aboutToHide.connect(self.enable_all)

    # -- what the menu shows ------------------------------------------------------------------
    def describe(self) -> None:
        """Grey out what cannot be done now and name what Undo would undo (while the menu is open)."""
        text = focused_text()
        text_undo = text is not None and _can_undo(text)
        other_undo = self.can_undo_elsewhere()
        if text_undo:
            #: Edit menu, while the keyboard is in a text field: undo what was typed there
            self.undo_action.setText(translate("Editing", "&Undo Typing"))
        elif other_undo:
            #: Edit menu: undo the last change to the notes (a note moved to the trash, say)
            self.undo_action.setText(translate("Editing", "&Undo Note Change"))
        else:
            #: Edit menu, a verb: undo the last change
            self.undo_action.setText(translate("Editing", "&Undo"))
        self.undo_action.setEnabled(text_undo or other_undo)
        self.redo_action.setEnabled(text is not None and _can_redo(text))
        selected = text is not None and _has_selection(text)
        self.cut_action.setEnabled(selected and not text.isReadOnly())
        self.copy_action.setEnabled(selected or focused_table() is not None)
        self.paste_action.setEnabled(text is not None and not text.isReadOnly()
                                     and bool(QApplication.clipboard().text()))
        self.select_all_action.setEnabled(text is not None or focused_table() is not None)

    def enable_all(self) -> None:
        """Once the menu closes the keys must work wherever the focus goes next: each action checks then."""
        for act in self.actions():
            if act is not None:
                act.setEnabled(True)
        #: Edit menu, a verb: undo the last change
        self.undo_action.setText(translate("Editing", "&Undo"))

    # -- doing it -----------------------------------------------------------------------------
    def undo(self) -> None:
        text = focused_text()
        if text is not None and _can_undo(text):
            text.undo()
        else:
            self.undo_elsewhere.emit()

    def redo(self) -> None:
        text = focused_text()
        if text is not None and _can_redo(text):
            text.redo()
        else:
            #: in the status bar, after Edit > Redo when there is nothing to redo
            self.report.emit(translate("Editing", "Nothing to redo"))

    def cut(self) -> None:
        text = focused_text()
        if text is not None and not text.isReadOnly():
            text.cut()

    def copy(self) -> None:
        text, table = focused_text(), focused_table()
        if text is not None:
            text.copy()
        elif table is not None:
            table.copy_rows()

    def paste(self) -> None:
        text = focused_text()
        if text is not None and not text.isReadOnly():
            text.paste()

    def select_all(self) -> None:
        text, table = focused_text(), focused_table()
        if text is not None:
            text.selectAll()
        elif table is not None:
            table.selectAll()
