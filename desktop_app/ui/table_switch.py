"""A drawn view and its table in one place: the "Show as Table" command of the timeline, the map and the chart.

The pane gives the picture and a function that makes the table's rows (from the same view-model); the switch
shows one or the other, remembers the choice, and gives the keyboard to what is shown.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QStackedWidget, QToolButton, QWidget

from desktop_app.i18n import translate
from desktop_app.ui.record_table import RecordTable
from desktop_app.ui.settings import Option, Settings
from desktop_app.views.tables import Table


class TableSwitch(QStackedWidget):
    """A drawn view and its table in one place, and the checkable "Show as Table" command that switches them
    (Ctrl+T while the pane has the keyboard; remembered in `setting`).

    The table's rows are made by `make_table` when it is first shown and again on `refresh()` while shown;
    refreshed while hidden, it is remade when next shown."""

    switched = Signal(bool)  # True: the table shows

    def __init__(self, picture: QWidget, table_name: str, make_table: Callable[[], Table], settings: Settings,
                 setting: Option, pane: QWidget) -> None:
        super().__init__(pane)
        self.picture = picture
        self.table = RecordTable(table_name, self)
        self._make_table = make_table
        self._stale = True
        self._settings, self._setting, self._pane = settings, setting, pane
        self.addWidget(picture)
        self.addWidget(self.table)
        #: a command of the timeline, the map and the casualty chart (checkable): list what the picture shows in an
        #: ordinary table, which screen readers, the keyboard and copying work with
        self.action = QAction(translate("RecordTable", "Show as &Table"), pane, checkable=True)
        self.action.setShortcut(QKeySequence("Ctrl+T"))
        self.action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.action.setToolTip(translate("RecordTable", "List what the picture shows in a table (Ctrl+T)"))
        pane.addAction(self.action)
        #: the short text of the button that shows a picture (timeline, map, chart) as a table
        self.action.setIconText(translate("RecordTable", "Table"))
        self.button = QToolButton(pane)
        self.button.setDefaultAction(self.action)
        self.button.setAccessibleName(translate("RecordTable", "Show as Table"))
        self.action.toggled.connect(self._show_table)
        if settings.get(setting):
            self.action.setChecked(True)

    def showing_table(self) -> bool:
        return self.currentWidget() is self.table

    def refresh(self) -> None:
        """What the table lists changed: remade now if it shows, else when it is next shown."""
        self._stale = True
        if self.showing_table():
            self._rebuild()

    def _rebuild(self) -> None:
        self._stale = False
        self.table.set_table(self._make_table())

    def _show_table(self, on: bool) -> None:
        focus = QApplication.focusWidget()
        had_focus = focus is not None and self._pane.isAncestorOf(focus)
        if on and self._stale:
            self._rebuild()
        if on and not self.table.current_key():
            self.table.show_first()  # the keyboard lands on a row, not on a table with no row current
        self.setCurrentWidget(self.table if on else self.picture)
        self._settings.set(self._setting, on)
        if had_focus:
            (self.table.view if on else self.picture).setFocus(Qt.FocusReason.OtherFocusReason)
        self.switched.emit(on)
