"""The main window: assembles the panes around the shared state, builds the menus, keeps the layout.

It knows every pane; the panes know only the state, the settings and the content. Over 400 lines because
it builds every menu and dialog of the window (export, import, backups, help); each of those is short.
"""

from __future__ import annotations

import html
from datetime import UTC, date, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, Qt, QTimer
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QDockWidget,
    QFileDialog,
    QInputDialog,
    QMainWindow,
    QMenu,
    QMessageBox,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from desktop_app import APP_NAME, __version__
from desktop_app.app_links import FILE_SUFFIX
from desktop_app.content import ContentDatabase
from desktop_app.i18n import QT_TRANSLATE_NOOP, number, translate
from desktop_app.licensing import licence_location, versions_in_use
from desktop_app.notes import backup, exchange
from desktop_app.notes.model import Target
from desktop_app.notes.store import NotesError
from desktop_app.paths import NOTES_NAME, user_data_dir
from desktop_app.ui import messages
from desktop_app.ui.appearance import Appearance
from desktop_app.ui.arrangement import PaneArrangement
from desktop_app.ui.editing import EditActions
from desktop_app.ui.focus_ring import FocusHalo
from desktop_app.ui.importing import NotesImporter
from desktop_app.ui.language import language_defaults
from desktop_app.ui.language_menu import LanguageMenu, notice_once, show_content_language
from desktop_app.ui.notes import NotesModel
from desktop_app.ui.opening import Opener
from desktop_app.ui.panes.base import Pane
from desktop_app.ui.panes.map import MapPane
from desktop_app.ui.panes.notes import NotesPane
from desktop_app.ui.panes.reader import ReaderPane
from desktop_app.ui.panes.search import SearchPane
from desktop_app.ui.preload import Preload
from desktop_app.ui.printing import EntryPrinter, on_paper
from desktop_app.ui.settings import LAST_DATE, LAST_ENTRY, NAME_FORM, SENSITIVE_NOTICE, TEXT_SCALE, Settings
from desktop_app.ui.state import WAR_END, WAR_START, AppState
from desktop_app.views.navigation import Destination, destination_of, target_title

if TYPE_CHECKING:  # imported when built: they need pyqtgraph and numpy, a quarter of a second to import
    from desktop_app.ui.panes.casualties import CasualtiesPane
    from desktop_app.ui.panes.timeline import TimelinePane
    from desktop_app.views.timeline import TimelineModel

OVERVIEW_ENTRY = "second-nagorno-karabakh-war"
GEOMETRY_KEY = "window/geometry"
LAYOUT_KEY = "window/layout"
# View > Place Names: which form of the place names the map and the lists show (translated in the menu).
NAME_FORM_LABELS = (
    #: View > Place Names: the place names as English texts usually write them
    ("english", QT_TRANSLATE_NOOP("MainWindow", "&English Usage")),
    #: View > Place Names: the place names as Armenian sources write them
    ("armenian", QT_TRANSLATE_NOOP("MainWindow", "&Armenian Usage")),
    #: View > Place Names: the place names as Azerbaijani sources write them
    ("azerbaijani", QT_TRANSLATE_NOOP("MainWindow", "A&zerbaijani Usage")),
    #: View > Place Names: the place names as Russian sources write them (in Cyrillic)
    ("russian", QT_TRANSLATE_NOOP("MainWindow", "&Russian Usage")),
    #: View > Place Names: every form of a place's name side by side
    ("both", QT_TRANSLATE_NOOP("MainWindow", "All &Forms")),
)


def notes_file_filter() -> str:
    """The file types of notes files, for the Save dialogs (the description translated, the patterns not)."""
    #: a file type in the Save dialog: the app's own notes files
    description = translate("MainWindow", "44 Days notes")
    return f"{description} (*{FILE_SUFFIX});;JSON (*.json)"


def with_suffix(path: str, suffix: str) -> str:
    """A name typed without an extension gets the file type's, so the file opens in 44 Days when clicked."""
    return path if Path(path).suffix else path + suffix


class MainWindow(QMainWindow):
    def __init__(
        self, content: ContentDatabase, settings: Settings | None = None, notes: NotesModel | None = None
    ) -> None:
        super().__init__()
        self.content = content
        self.settings = settings if settings is not None else Settings(parent=self, defaults=language_defaults())
        self.notes = notes if notes is not None else NotesModel.open(user_data_dir() / NOTES_NAME, self)
        self.state = AppState(self)
        # Theme, contrast and text size for the whole application, before any pane is drawn.
        self.appearance = Appearance(QApplication.instance(), self.settings, self)
        self.setWindowTitle(APP_NAME)
        available = self.screen().availableGeometry()
        self.resize(min(1400, available.width()), min(900, available.height()))
        self.setDockNestingEnabled(True)

        self.reader = ReaderPane(content, self.state, self.settings, self.notes, self)
        self.setCentralWidget(self.reader)
        self.search = SearchPane(content, self.state, self.settings, self.notes, self)
        self.notes_pane = NotesPane(content, self.state, self.settings, self.notes, self)
        self.map = MapPane(content, self.state, self.settings, self)
        # The timeline is built once pyqtgraph has been imported after the window's first frame (on a thread:
        # ui/preload.py), the chart when first shown (or either when asked for): the window appears and
        # answers without waiting for pyqtgraph. Until then their docks hold an empty stand-in.
        self._timeline: TimelinePane | None = None
        self._casualties: CasualtiesPane | None = None
        # pyqtgraph imported, and the timeline's view-model made, on a thread once the window is up
        self._plotting = Preload(then=self._timeline_model, parent=self)
        self._plotting.done.connect(lambda: self.timeline)
        #: a pane's title (and its entry in the View menu)
        self.search_dock = self._dock(translate("MainWindow", "Search and Browse"),
                                      translate("MainWindow", "Search and Browse pane"),
                                      "search", self.search, Qt.DockWidgetArea.LeftDockWidgetArea)
        #: a pane's title (and its entry in the View menu)
        self.timeline_dock = self._dock(translate("MainWindow", "Timeline"), translate("MainWindow", "Timeline pane"),
                                        "timeline", QWidget(self), Qt.DockWidgetArea.BottomDockWidgetArea)
        #: a pane's title (and its entry in the View menu), a noun
        self.map_dock = self._dock(translate("MainWindow", "Map"), translate("MainWindow", "Map pane"),
                                   "map", self.map, Qt.DockWidgetArea.RightDockWidgetArea)
        #: a pane's title (and its entry in the View menu): the chart of the losses each side claimed
        self.casualties_dock = self._dock(translate("MainWindow", "Casualties"),
                                          translate("MainWindow", "Casualties pane"),
                                          "casualties", QWidget(self), Qt.DockWidgetArea.RightDockWidgetArea)
        self.casualties_dock.visibilityChanged.connect(lambda shown: self.casualties if shown else None)
        #: a pane's title (and its entry in the View menu): the user's own notes
        self.notes_dock = self._dock(translate("MainWindow", "Notes"), translate("MainWindow", "Notes pane"),
                                     "notes", self.notes_pane, Qt.DockWidgetArea.LeftDockWidgetArea)
        self.splitDockWidget(self.search_dock, self.notes_dock, Qt.Orientation.Vertical)
        self.tabifyDockWidget(self.map_dock, self.casualties_dock)
        self.map_dock.raise_()
        self.resizeDocks([self.search_dock, self.map_dock], [300, 520], Qt.Orientation.Horizontal)
        self.resizeDocks([self.timeline_dock], [260], Qt.Orientation.Vertical)
        self.resizeDocks([self.search_dock, self.notes_dock], [1, 1], Qt.Orientation.Vertical)  # browse half
        self.arrangement = PaneArrangement(self, [self.search_dock, self.notes_dock],
                                           [self.map_dock, self.casualties_dock], self.timeline_dock)
        self._fit_on_show = False  # set when no layout of the user's is restored: fitted once the size is known
        self.printer = EntryPrinter(content, self.state, self.settings, self.notes, self,
                                    map_image=on_paper(lambda: self.map),
                                    chart_image=on_paper(lambda: self.casualties),
                                    map_caption=self.map.credit_text(), before=self.notes_pane.flush)
        self.importer = NotesImporter(self, self.notes, before_import=self.notes_pane.flush,
                                      status=lambda message: self.statusBar().showMessage(message, 8000))
        self.opener = Opener(self, content, self.state, self.notes, self.importer)  # links, files, drops

        self._build_menus()
        self._order_tab_stops()
        self.focus_halo = FocusHalo(self)
        self._left_column_before: list[int] | None = None  # search and notes heights before results took room
        self.search.results_shown.connect(self._give_search_room)
        self.state.entry_changed.connect(self._entry_changed)
        self.state.note_requested.connect(self._make_room_for_note)
        self.state.pane_requested.connect(self._show_requested_pane)
        self.settings.changed.connect(self._text_size_changed)
        self.notes.problem.connect(lambda message: self.statusBar().showMessage(message, 10000))
        self._restore_session()
        self._backup_notes()
        if self.notes.recovery_message:  # shown over the window, once it is up
            QTimer.singleShot(0, self._show_notes_recovery)
        # The first start in a language other than English says, once, that the content is in English.
        QTimer.singleShot(0, self, lambda: notice_once(self.settings, self))

    # -- the panes built after the first frame ------------------------------------------------
    def _timeline_model(self) -> TimelineModel:
        """The timeline's view-model, made on the preload thread with a connection of its own."""
        from desktop_app.views.timeline import TimelineModel

        return TimelineModel(ContentDatabase(self.content.path), (WAR_START, WAR_END))

    @property
    def timeline(self) -> TimelinePane:
        if self._timeline is None:
            from desktop_app.ui.panes.timeline import TimelinePane

            model = self._plotting.result if self._plotting.finished.is_set() else None
            if model is not None:  # from now on it reads through the window's connection
                made_with, model.content = model.content, self.content
                made_with.close()
            self._timeline = TimelinePane(self.content, self.state, self.settings, self, model=model)
            self._replace_stand_in(self.timeline_dock, self._timeline)
            QTimer.singleShot(0, self, self._order_tab_stops)  # not inside the paint or show that built it
        return self._timeline

    @property
    def casualties(self) -> CasualtiesPane:
        if self._casualties is None:
            from desktop_app.ui.panes.casualties import CasualtiesPane

            self._casualties = CasualtiesPane(self.content, self.state, self.settings, self)
            self._replace_stand_in(self.casualties_dock, self._casualties)
            QTimer.singleShot(0, self, self._order_tab_stops)  # not inside the paint or show that built it
        return self._casualties

    @staticmethod
    def _replace_stand_in(dock: QDockWidget, pane: QWidget) -> None:
        stand_in = dock.widget()
        dock.setWidget(pane)
        stand_in.deleteLater()

    def paintEvent(self, event) -> None:  # noqa: N802 (Qt naming)
        super().paintEvent(event)
        if self._timeline is None:  # the first frame is being drawn: the timeline comes once pyqtgraph is in
            QTimer.singleShot(0, self._plotting.start)  # after this frame: the import must not slow it

    def _dock(self, title: str, accessible_name: str, name: str, pane: QWidget,
              area: Qt.DockWidgetArea) -> QDockWidget:
        dock = QDockWidget(title, self)
        dock.setObjectName(f"{name}-dock")  # saveState() needs stable names
        dock.setAccessibleName(accessible_name)
        dock.setWidget(pane)
        self.addDockWidget(area, dock)
        return dock

    # -- menus --------------------------------------------------------------------------------
    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(translate("MainWindow", "&File"))
        for action in self.printer.actions():
            file_menu.addAction(action)
        file_menu.addSeparator()
        for action in self.map.menu_actions():
            file_menu.addAction(action)
        # The chart is built when first shown; its export commands (and their keys) are here from the start.
        self.chart_png_action = QAction(translate("MainWindow", "Export Chart as PN&G..."), self,
                                        shortcut=QKeySequence("Ctrl+Shift+G"),
                                        triggered=lambda: self.casualties.export_png_action.trigger())
        self.chart_png_action.setToolTip(translate("MainWindow", "Save the casualty chart shown as a PNG image"))
        self.chart_csv_action = QAction(translate("MainWindow", "Export Chart Data as &CSV..."), self,
                                        shortcut=QKeySequence("Ctrl+Shift+C"),
                                        triggered=lambda: self.casualties.export_csv_action.trigger())
        #: claimants: the governments, armies and others whose figures the chart shows
        self.chart_csv_action.setToolTip(translate(
            "MainWindow", "Save the figures in the chart, with their claimants, as a CSV table"))
        # The timeline is built once pyqtgraph is in; its image command is here from the start, like the chart's.
        self.timeline_png_action = QAction(translate("MainWindow", "Save &Timeline Image..."), self,
                                           shortcut=QKeySequence("Ctrl+Shift+T"),
                                           triggered=lambda: self.timeline.ask_save_image())
        self.timeline_png_action.setToolTip(translate(
            "MainWindow", "Save the timeline as shown, with a caption, as a PNG image"))
        file_menu.addAction(self.timeline_png_action)
        file_menu.addAction(self.chart_png_action)
        file_menu.addAction(self.chart_csv_action)
        file_menu.addSeparator()
        #: File > Notes: the submenu of commands on the user's notes (a noun)
        notes_menu = file_menu.addMenu(translate("MainWindow", "&Notes"))
        notes_menu.addAction(QAction(translate("MainWindow", "Export All Notes as &Markdown..."), self,
                                     triggered=lambda: self._export_dialog("md", entry_only=False)))
        notes_menu.addAction(QAction(translate("MainWindow", "Export This Entry's Notes as M&arkdown..."), self,
                                     triggered=lambda: self._export_dialog("md", entry_only=True)))
        notes_menu.addAction(QAction(translate("MainWindow", "Export All Notes as 44 Days File (&JSON)..."), self,
                                     triggered=lambda: self._export_dialog("json", entry_only=False)))
        #: a teacher pack: a notes file with a reading list, made by a teacher for the students to import
        notes_menu.addAction(QAction(translate("MainWindow", "Export Reading List as &Teacher Pack..."), self,
                                     triggered=self._teacher_pack_dialog))
        notes_menu.addSeparator()
        notes_menu.addAction(QAction(translate("MainWindow", "&Import Notes..."), self,
                                     triggered=self.importer.choose_and_import))
        notes_menu.addAction(QAction(translate("MainWindow", "&Restore Notes from Backup..."), self,
                                     triggered=self._restore_dialog))
        file_menu.addSeparator()
        #: File menu, a verb: close the window and end the app
        quit_action = QAction(translate("MainWindow", "&Quit"), self, triggered=self.close)
        # Qt has Ctrl+Q as Quit only on some desktops (none on Windows): everywhere here.
        quit_action.setShortcuts(QKeySequence.keyBindings(QKeySequence.StandardKey.Quit) or [QKeySequence("Ctrl+Q")])
        file_menu.addAction(quit_action)

        self.editing = EditActions(self, self.notes.store.can_undo)
        self.editing.undo_elsewhere.connect(self.undo_note_change)
        self.editing.report.connect(self.show_status)
        #: the Edit menu (a menu name)
        edit_menu = bar.addMenu(translate("MainWindow", "&Edit"))
        self.editing.add_to(edit_menu)
        edit_menu.addSeparator()
        for action in (self.reader.find_action, self.reader.find_next_action, self.reader.find_previous_action):
            edit_menu.addAction(action)
        edit_menu.addSeparator()
        for action in (self.reader.highlight_action, self.reader.note_action, self.reader.entry_note_action,
                       *self.notes_pane.menu_actions()):
            edit_menu.addAction(action)

        #: the Go menu: going to an entry, a pane, back and forward (a menu name)
        go_menu = bar.addMenu(translate("MainWindow", "&Go"))
        go_menu.addAction(self.reader.back_action)
        go_menu.addAction(self.reader.forward_action)
        go_menu.addSeparator()
        #: Go menu: go to the overview entry of the war (a noun)
        overview = QAction(translate("MainWindow", "&Overview"), self, shortcut=QKeySequence("Alt+Home"),
                           triggered=lambda: self.state.set_entry(OVERVIEW_ENTRY))
        #: Go menu, a verb: put the keyboard in the search field
        focus_search = QAction(translate("MainWindow", "&Search..."), self, shortcut=QKeySequence("Ctrl+K"),
                               triggered=self.focus_search)
        go_menu.addAction(overview)
        go_menu.addAction(focus_search)
        go_menu.addAction(self.reader.links_action)
        go_menu.addAction(self.reader.dates_action)
        go_menu.addSeparator()
        #: Go > Pane: the submenu that gives one of the panes the keyboard (a noun)
        panes_menu = go_menu.addMenu(translate("MainWindow", "&Pane"))
        for key, (label, dock) in enumerate(self._panes_by_key()):
            panes_menu.addAction(QAction(label, self, shortcut=QKeySequence(f"Ctrl+{key}"),
                                         triggered=lambda _checked=False, d=dock: self.go_to_pane(d)))
        panes_menu.addSeparator()
        panes_menu.addAction(QAction(translate("MainWindow", "&Next Pane"), self, shortcut=QKeySequence("F6"),
                                     triggered=lambda: self.cycle_panes(1)))
        panes_menu.addAction(QAction(translate("MainWindow", "&Previous Pane"), self, shortcut=QKeySequence("Shift+F6"),
                                     triggered=lambda: self.cycle_panes(-1)))

        #: the View menu (a menu name)
        view_menu = bar.addMenu(translate("MainWindow", "&View"))
        for dock in (self.search_dock, self.timeline_dock, self.map_dock, self.casualties_dock, self.notes_dock):
            view_menu.addAction(dock.toggleViewAction())  # shows or hides; Go > Pane (Ctrl+0...5) goes there
        #: View menu, a verb: put the panes back where they were at the first start
        view_menu.addAction(QAction(translate("MainWindow", "&Reset Layout"), self, triggered=self.reset_layout))
        view_menu.addSeparator()
        view_menu.addAction(self.reader.zoom_in_action)
        view_menu.addAction(self.reader.zoom_out_action)
        self.appearance.add_to_menu(view_menu)
        view_menu.addSeparator()
        #: View > Place Names: how place names are written (English, Armenian or Azerbaijani usage)
        names_menu = QMenu(translate("MainWindow", "Place &Names"), self)
        group = QActionGroup(self)
        current = self.settings.get(NAME_FORM)
        for form, label in NAME_FORM_LABELS:
            action = QAction(translate("MainWindow", label), self, checkable=True, checked=form == current)
            action.triggered.connect(lambda _checked=False, f=form: self.settings.set(NAME_FORM, f))
            group.addAction(action)
            names_menu.addAction(action)
        view_menu.addMenu(names_menu)
        self.language_menu = LanguageMenu(self.settings, self)
        view_menu.addMenu(self.language_menu)
        #: View menu, a checkbox: show a warning notice before the text of entries about killings or abuse
        notice = QAction(translate("MainWindow", "Notice &Before Sensitive Entries"), self, checkable=True,
                         checked=self.settings.get(SENSITIVE_NOTICE))
        notice.toggled.connect(lambda on: self.settings.set(SENSITIVE_NOTICE, on))
        locked = self.settings.locked_reason(SENSITIVE_NOTICE)
        notice.setEnabled(not locked)  # a teacher's classroom.ini keeps the notice on
        notice.setToolTip(locked or translate(
            "MainWindow", "Show a short notice before the text of entries about killings or abuse"))
        view_menu.setToolTipsVisible(True)
        self.notice_action = notice
        self.settings.changed.connect(
            lambda key: notice.setChecked(self.settings.get(SENSITIVE_NOTICE)) if key == SENSITIVE_NOTICE.key else None
        )
        view_menu.addAction(notice)

        #: the Help menu (a menu name)
        help_menu = bar.addMenu(translate("MainWindow", "&Help"))
        shortcuts_action = QAction(translate("MainWindow", "&Keyboard Shortcuts"), self, triggered=self.show_shortcuts)
        shortcuts_action.setShortcuts(QKeySequence.keyBindings(QKeySequence.StandardKey.HelpContents)
                                      or [QKeySequence("F1")])  # some desktops give Qt no Help key
        help_menu.addAction(shortcuts_action)
        #: Help menu: says the content (entries, events, figures) is in English whatever the interface language
        help_menu.addAction(QAction(translate("MainWindow", "Language of the &Content"), self,
                                    triggered=lambda: show_content_language(self)))
        #: Help menu: {app} is the app's name, "44 Days"
        help_menu.addAction(QAction(translate("MainWindow", "&About {app}").format(app=APP_NAME), self,
                                    triggered=self.show_about))
        #: Help menu: Qt is the toolkit the app is built with (a name, not translated)
        help_menu.addAction(QAction(translate("MainWindow", "About &Qt"), self, triggered=QApplication.aboutQt))

    # -- going from pane to pane --------------------------------------------------------------
    def _panes_by_key(self) -> list[tuple[str, QDockWidget | None]]:
        """Go > Pane, in the order of Ctrl+0...5 (None: the reader, which is always there)."""
        return [
            #: Go > Pane: the pane that shows the entry being read (a noun)
            (translate("MainWindow", "&Reader"), None),
            #: Go > Pane: a pane's name
            (translate("MainWindow", "S&earch and Browse"), self.search_dock),
            #: Go > Pane: a pane's name
            (translate("MainWindow", "&Timeline"), self.timeline_dock),
            #: Go > Pane: a pane's name (a noun)
            (translate("MainWindow", "&Map"), self.map_dock),
            #: Go > Pane: a pane's name: the chart of the losses each side claimed
            (translate("MainWindow", "&Casualties"), self.casualties_dock),
            #: Go > Pane: a pane's name: the user's own notes
            (translate("MainWindow", "N&otes"), self.notes_dock),
        ]

    def _reading_order(self) -> list[QDockWidget | None]:
        """The panes as the eye reads the window (None: the reader): the left column, the reader, the
        right column, the timeline along the bottom. F6 and Tab go round in this order."""
        return [self.search_dock, self.notes_dock, None, self.map_dock, self.casualties_dock, self.timeline_dock]

    def _built_pane(self, dock: QDockWidget | None) -> Pane | None:
        """The pane in a dock, or None while it is still a stand-in (the timeline and chart are built late)."""
        if dock is None:
            return self.reader
        pane = dock.widget()
        return pane if isinstance(pane, Pane) else None

    def _pane(self, dock: QDockWidget | None) -> Pane:
        """The pane in a dock, building the timeline or chart if it is not built yet."""
        if dock is self.timeline_dock:
            return self.timeline
        if dock is self.casualties_dock:
            return self.casualties
        pane = self._built_pane(dock)
        assert pane is not None
        return pane

    def go_to_pane(self, dock: QDockWidget | None) -> None:
        """Show the pane (if it was closed or behind a tab) and give it the keyboard."""
        pane = self._pane(dock)
        if dock is not None:
            self._show_dock(dock)
        pane.focus_target().setFocus(Qt.FocusReason.ShortcutFocusReason)

    def current_pane_index(self) -> int:
        """Where the keyboard is, as an index into the reading order (-1: in none of the panes)."""
        focused = QApplication.focusWidget()
        for index, dock in enumerate(self._reading_order()):
            pane = self._built_pane(dock)
            if focused is not None and pane is not None and (focused is pane or pane.isAncestorOf(focused)):
                return index
        return -1

    def cycle_panes(self, step: int) -> None:
        """F6 / Shift+F6: the next or previous pane that is open (on screen or behind a tab), round the window."""
        order = self._reading_order()
        here = self.current_pane_index()
        start = here if here >= 0 else (-1 if step > 0 else 0)
        for offset in range(1, len(order) + 1):
            dock = order[(start + step * offset) % len(order)]
            if dock is None or dock.toggleViewAction().isChecked():
                self.go_to_pane(dock)
                return

    def _order_tab_stops(self) -> None:
        """Tab goes through the panes in reading order (Qt's own order follows the order the widgets were
        made in, which put the reader 28th). Done again as each late pane is built."""
        stops: list[QWidget] = []
        for dock in self._reading_order():
            pane = self._built_pane(dock)
            if pane is not None:
                stops += [w for w in pane.tab_stops() if w not in stops]
        for before, after in zip(stops, stops[1:], strict=False):
            if before.window() is after.window():  # a floating pane is a window of its own
                QWidget.setTabOrder(before, after)

    def show_status(self, message: str) -> None:
        self.statusBar().showMessage(message, 5000)

    def _give_search_room(self, shown: bool) -> None:
        """While results are listed, the search pane takes most of the column it shares with the notes (at
        1366 x 768 it would otherwise show about two results); when the query is cleared, the column is as
        it was."""
        search, notes = self.search_dock, self.notes_dock
        shared = (not search.isFloating() and not notes.isFloating() and search.isVisible() and notes.isVisible()
                  and self.dockWidgetArea(search) == self.dockWidgetArea(notes)
                  and abs(search.x() - notes.x()) < 4 and search.y() != notes.y())
        if shown and shared and self._left_column_before is None:
            self._left_column_before = [search.height(), notes.height()]
            total = sum(self._left_column_before)
            self.resizeDocks([search, notes], [total * 3 // 4, total // 4], Qt.Orientation.Vertical)
        elif not shown and self._left_column_before is not None:
            if shared:
                self.resizeDocks([search, notes], self._left_column_before, Qt.Orientation.Vertical)
            self._left_column_before = None

    def _make_room_for_note(self, _target: object) -> None:
        """A new note is being written: the notes pane is shown, with its room back from the search results."""
        self._show_dock(self.notes_dock)
        self._give_search_room(False)

    def focus_search(self) -> None:
        self._show_dock(self.search_dock)
        self.search.focus_field()

    def _show_requested_pane(self, name: str) -> None:
        docks = {"search": self.search_dock, "timeline": self.timeline_dock, "map": self.map_dock,
                 "casualties": self.casualties_dock, "notes": self.notes_dock}
        if name in docks:
            self._show_dock(docks[name])

    @staticmethod
    def _show_dock(dock: QDockWidget) -> None:
        dock.show()
        dock.raise_()

    def reset_layout(self) -> None:
        """The panes where they go at the first start: three columns, or one side column with large text."""
        for dock in (self.search_dock, self.timeline_dock, self.map_dock, self.casualties_dock, self.notes_dock):
            dock.show()
        self.arrangement.fit(reset=True)
        if not self.arrangement.large_text:
            self.map_dock.raise_()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt naming)
        super().showEvent(event)
        if self._fit_on_show:  # the first start: the arrangement for this screen's size and the text size
            self._fit_on_show = False
            self.arrangement.fit_soon()

    def _text_size_changed(self, key: str) -> None:
        if key == TEXT_SCALE.key:
            self.arrangement.fit_soon()

    # -- notes: undo, backups, export and import ----------------------------------------------
    def undo_note_change(self) -> None:
        self.notes_pane.flush()
        change = self.notes.undo() if self.notes.store.can_undo() else None
        #: in the status bar, after Edit > Undo when there is nothing to undo
        self.show_status(change.message if change is not None and change.message else translate(
            "MainWindow", "Nothing to undo"))

    def backup_folder(self) -> Path:
        return self.notes.store.path.parent / "backups"

    def _backup_notes(self) -> None:
        # Not right after a damaged notes file was replaced: the good backups must not be pushed out by
        # copies of the new, empty file before the user had a chance to restore one.
        if self.notes.read_only or self.notes.recovery_message:
            return
        try:
            backup.backup_if_due(self.notes.store, self.backup_folder(), datetime.now(UTC))
        except OSError as error:
            #: in the status bar; {error} is the system's own description of the problem
            self.statusBar().showMessage(translate(
                "MainWindow", "Could not write the daily backup of your notes: {error}").format(error=error), 10000)

    def _show_notes_recovery(self) -> None:
        self.statusBar().showMessage(self.notes.recovery_message, 60000)
        #: the title of the message shown when the notes file was damaged and had to be replaced
        messages.warn(self, translate("MainWindow", "Your notes"), self.notes.recovery_message)

    def _entry_title(self, target: Target) -> str:
        entry_id = destination_of(self.content, target).entry_id
        entry = self.content.entry(entry_id) if entry_id else None
        return entry.title if entry else target_title(self.content, target)

    def export_notes(self, path: Path, kind: str, entry_only: bool = False, include_trash: bool = False) -> int:
        """Write the notes (all, or the current entry's; with the trash or not) as Markdown or JSON; returns
        how many. OSError if the file cannot be written (nothing is left half-written)."""
        self.notes_pane.flush()
        store = self.notes.store
        entry_id = self.state.entry_id if entry_only else None
        chosen = store.notes(entry_id=entry_id, include_deleted=include_trash)
        if kind == "md":
            text = exchange.export_markdown(
                store, chosen, self._entry_title, entry_of=lambda t: destination_of(self.content, t).entry_id or None,
                names=lambda t: target_title(self.content, t),
            )
        else:
            text = exchange.export_json(store, chosen)
        exchange.write_whole(path, text)
        return len(chosen)

    def import_notes(self, path: Path) -> exchange.ImportReport:
        return self.notes.import_now(path.read_bytes())

    def _trash_count(self, entry_only: bool) -> int:
        entry_id = self.state.entry_id if entry_only else None
        live = len(self.notes.store.notes(entry_id=entry_id))
        return len(self.notes.store.notes(entry_id=entry_id, include_deleted=True)) - live

    def _export_dialog(self, kind: str, entry_only: bool) -> None:
        self.notes_pane.flush()
        in_trash = self._trash_count(entry_only)
        include_trash = False
        if in_trash:
            choice = messages.ask(
                #: the title of the dialogs that export the notes (a verb phrase, as the menu commands)
                self, translate("MainWindow", "Export Notes"),
                #: %Ln is how many of the notes to export are in the trash (deleted, not yet gone for good)
                translate("MainWindow", "%Ln of these notes are in the trash. Export them too? "
                                        "(Notes from the trash are marked as such.)", None, in_trash),
                #: a button: export the notes without those in the trash
                [(translate("MainWindow", "Leave Out the Trash"), QMessageBox.ButtonRole.AcceptRole),
                 #: a button: export the notes in the trash too
                 (translate("MainWindow", "Include the Trash"), QMessageBox.ButtonRole.AcceptRole)])
            if choice is None:
                return
            include_trash = choice == 1
        suffix = "Markdown (*.md)" if kind == "md" else notes_file_filter()
        name = "notes.md" if kind == "md" else f"notes{FILE_SUFFIX}"
        #: the title of the dialogs that export the notes (a verb phrase, as the menu commands)
        path, _ = QFileDialog.getSaveFileName(self, translate("MainWindow", "Export Notes"), name, suffix)
        if not path:
            return
        path = with_suffix(path, ".md" if kind == "md" else FILE_SUFFIX)
        try:
            count = self.export_notes(Path(path), kind, entry_only, include_trash)
        except OSError as error:
            #: {path} is the file chosen, {error} the system's own description of the problem
            text = translate("MainWindow", "{path} could not be written: {error}. Nothing was written there; your "
                                           "notes are unchanged. Choose another folder.")
            messages.warn(self, translate("MainWindow", "Notes not exported"),
                          text.format(path=path, error=error.strerror or error))
            return
        if in_trash and include_trash:
            #: in the status bar; %Ln is how many notes were exported, {path} the file written
            done = translate("MainWindow", "Exported %Ln notes (with the trash) to {path}", None, count)
        elif in_trash:
            #: in the status bar; %Ln is how many notes were exported, {trash} how many in the trash were not,
            #: {path} the file written
            done = translate("MainWindow", "Exported %Ln notes (the {trash} in the trash left out) to {path}",
                             None, count)
        else:
            #: in the status bar; %Ln is how many notes were exported, {path} the file written
            done = translate("MainWindow", "Exported %Ln notes to {path}", None, count)
        self.statusBar().showMessage(done.format(path=path, trash=number(in_trash)), 8000)

    def _teacher_pack_dialog(self) -> None:
        #: a dialog's title: a notes file with a reading list, made by a teacher for the students to import
        title, ok = QInputDialog.getText(self, translate("MainWindow", "Teacher Pack"),
                                         translate("MainWindow", "Title of the reading list:"))
        if not ok:
            return
        author, ok = QInputDialog.getText(self, translate("MainWindow", "Teacher Pack"),
                                          translate("MainWindow", "Your name (shown on the student's notes):"))
        if not ok:
            return
        path, _ = QFileDialog.getSaveFileName(self, translate("MainWindow", "Export Teacher Pack"),
                                              f"reading-list{FILE_SUFFIX}", notes_file_filter())
        if path:
            path = with_suffix(path, FILE_SUFFIX)
            self.notes_pane.flush()
            try:
                exchange.write_whole(Path(path), exchange.export_teacher_pack(self.notes.store, title, author))
            except OSError as error:
                #: {path} is the file chosen, {error} the system's own description of the problem
                text = translate("MainWindow", "{path} could not be written: {error}. Choose another folder.")
                messages.warn(self, translate("MainWindow", "Teacher pack not written"),
                              text.format(path=path, error=error.strerror or error))
                return
            #: in the status bar; {path} is the file written
            self.statusBar().showMessage(translate("MainWindow", "Wrote the teacher pack to {path}").format(path=path),
                                         8000)

    def import_in_background(self, path: Path) -> None:
        """Check a notes file, show what it brings, import it on the person's word (see ui/importing)."""
        self.importer.import_file(path)

    def _restore_dialog(self) -> None:
        found = backup.list_backups(self.backup_folder())
        if not found:
            #: {folder} is the folder where the app keeps its daily backups of the notes
            text = translate("MainWindow", "There are no backups in {folder} yet.").format(folder=self.backup_folder())
            messages.inform(self, translate("MainWindow", "No backups"), text)
            return
        names = [p.name for p in found]
        name, ok = QInputDialog.getItem(self, translate("MainWindow", "Restore Notes from Backup"),
                                        translate("MainWindow", "Replace your notes with this backup (your current "
                                                                "notes are backed up first):"), names, 0, False)
        if ok:
            self.notes_pane.flush()
            try:
                self.notes.restore_backup(found[names.index(name)])
            except (OSError, NotesError) as error:
                #: {error} is a sentence saying what went wrong (already translated, or the system's own words)
                text = translate("MainWindow", "Your notes are unchanged. {error}").format(error=error)
                messages.warn(self, translate("MainWindow", "Notes not restored"), text)
                return
            #: in the status bar; {name} is the backup's file name (it holds its date)
            self.statusBar().showMessage(translate("MainWindow", "Restored your notes from {name}").format(name=name),
                                         8000)

    # -- help ---------------------------------------------------------------------------------
    def shortcut_rows(self) -> list[tuple[str, str, str]]:
        """(where, command, keys): every menu command that has keys, then the keys each pane takes while it
        has the focus, read from the actions themselves (and the panes' own key lists)."""
        rows: list[tuple[str, str, str]] = []
        in_menus: set[QAction] = set()

        def keys_of(action: QAction) -> str:
            # The first two: some desktops add keys no keyboard in a classroom has (F14, "Undo").
            return ", ".join(k.toString(QKeySequence.SequenceFormat.NativeText) for k in action.shortcuts()[:2])

        def walk(menu: QMenu, prefix: str) -> None:
            for action in menu.actions():
                if action.menu():
                    walk(action.menu(), f"{prefix}{action.text().replace('&', '')} > ")
                elif action.shortcuts():
                    in_menus.add(action)
                    rows.append((menus, prefix + action.text().replace("&", ""), keys_of(action)))

        #: Help > Keyboard Shortcuts: the heading of the keys of the menu commands
        menus = translate("MainWindow", "Menus")
        for action in self.menuBar().actions():
            walk(action.menu(), f"{action.text().replace('&', '')} > ")
        headings = self._shortcut_headings()
        for dock in self._reading_order():
            pane = self._pane(dock)
            where = headings[dock]
            for action in pane.findChildren(QAction):
                if action.shortcuts() and action not in in_menus:
                    rows.append((where, action.text().replace("&", ""), keys_of(action)))
            rows += [(where, what, keys) for keys, what in pane.key_help()]
        return rows

    def _shortcut_headings(self) -> dict[QDockWidget | None, str]:
        """Help > Keyboard Shortcuts: the heading of each pane's keys (None: the reader)."""
        return {
            #: Help > Keyboard Shortcuts: the heading of the keys that work while the reader has the keyboard
            None: translate("MainWindow", "In the reader"),
            #: Help > Keyboard Shortcuts: the heading of the keys that work in the Search and Browse pane
            self.search_dock: translate("MainWindow", "In the search and browse pane"),
            #: Help > Keyboard Shortcuts: the heading of the keys that work in the Timeline pane
            self.timeline_dock: translate("MainWindow", "In the timeline pane"),
            #: Help > Keyboard Shortcuts: the heading of the keys that work in the Map pane
            self.map_dock: translate("MainWindow", "In the map pane"),
            #: Help > Keyboard Shortcuts: the heading of the keys that work in the Casualties pane
            self.casualties_dock: translate("MainWindow", "In the casualties pane"),
            #: Help > Keyboard Shortcuts: the heading of the keys that work in the Notes pane
            self.notes_dock: translate("MainWindow", "In the notes pane"),
        }

    def shortcuts_html(self) -> str:
        parts, section = [], ""
        for where, command, keys in self.shortcut_rows():
            if where != section:
                section = where
                parts.append(f"<tr><td colspan='2'><br><b>{html.escape(where)}</b></td></tr>")
            parts.append(f"<tr><td>{html.escape(command)}</td><td><b>{html.escape(keys)}</b></td></tr>")
        return f"<table cellpadding='2'>{''.join(parts)}</table>"

    def show_shortcuts(self) -> None:
        """The list in a window that fits the screen and scrolls (it is longer than a laptop screen is high)."""
        dialog = QDialog(self)
        dialog.setWindowTitle(translate("MainWindow", "Keyboard Shortcuts"))
        text = QTextBrowser(dialog)
        text.setAccessibleName(translate("MainWindow", "Keyboard shortcuts"))
        text.setOpenLinks(False)
        text.setHtml(self.shortcuts_html())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, dialog)
        buttons.rejected.connect(dialog.reject)
        layout = QVBoxLayout(dialog)
        layout.addWidget(text)
        layout.addWidget(buttons)
        screen = self.screen().availableGeometry()
        dialog.resize(min(640, screen.width() - 40), min(720, screen.height() - 80))
        text.setFocus()
        dialog.exec()

    def about_text(self) -> str:
        meta = self.content.meta
        import PySide6
        from PySide6.QtCore import qVersion

        versions = ", ".join(f"{name} {version}" for name, version in [
            ("Qt", qVersion()), ("PySide6", PySide6.__version__), *versions_in_use()])
        #: the About box: what the app is
        summary = translate("MainWindow", "An offline reference and study tool on the 2020 Second Nagorno-Karabakh "
                                          "War (the 44-Day War).")
        #: the About box: {version} is the version of the content (the entries, events, figures and map)
        content_version = translate("MainWindow", "Content version {version}.").format(
            version=self.content.content_version)
        #: the About box: keep the names of the libraries and of their licences as they are
        built_with = translate("MainWindow", "Application code: MIT licence. Built with Qt for Python (PySide6, "
                                             "LGPL v3), pyqtgraph (MIT), numpy (BSD), sqlite-utils (Apache 2.0) and "
                                             "platformdirs (MIT).")
        #: the About box: {versions} lists the libraries in use with their versions ("Qt 6.8.1, PySide6 6.8.1, ...")
        in_use = translate("MainWindow", "In use: {versions}.").format(versions=html.escape(versions))
        #: the About box: {folder} is the folder that holds the licence texts
        licences = translate("MainWindow", "The licence texts of everything in this copy are in {folder}.").format(
            folder=html.escape(str(licence_location())))
        return (
            f"<h3>{APP_NAME} {__version__}</h3>"
            f"<p>{summary}</p>"
            f"<p>{content_version}</p>"
            f"<p>{meta.get('article_credit', '')}</p>"
            f"<p>{self.map.credit_text()}</p>"
            f"<p>{built_with}</p>"
            f"<p>{in_use}</p>"
            f"<p>{licences}</p>"
        )

    def show_about(self) -> None:
        #: the About box's title; {app} is the app's name, "44 Days"
        QMessageBox.about(self, translate("MainWindow", "About {app}").format(app=APP_NAME), self.about_text())

    # -- session ------------------------------------------------------------------------------
    def _entry_changed(self, entry_id: str) -> None:
        entry = self.content.entry(entry_id)
        self.setWindowTitle(f"{entry.title} — {APP_NAME}" if entry else APP_NAME)

    def _restore_session(self) -> None:
        qsettings = self.settings.qsettings
        geometry = qsettings.value(GEOMETRY_KEY)
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)
        layout = qsettings.value(LAYOUT_KEY)
        if isinstance(layout, QByteArray):
            self.restoreState(layout)
        else:
            self._fit_on_show = True
        entry_id = self.settings.get(LAST_ENTRY)
        if not entry_id or self.content.entry(entry_id) is None:
            entry_id = OVERVIEW_ENTRY
        try:
            day = date.fromisoformat(self.settings.get(LAST_DATE))
        except ValueError:
            day = WAR_START
        self.state.go_to(Destination(entry_id, day=day))

    def save_session(self) -> None:
        qsettings = self.settings.qsettings
        qsettings.setValue(GEOMETRY_KEY, self.saveGeometry())
        qsettings.setValue(LAYOUT_KEY, self.saveState())
        self.settings.set(LAST_ENTRY, self.state.entry_id)
        self.settings.set(LAST_DATE, self.state.date.isoformat())
        qsettings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt naming)
        self.importer.cancel()  # quitting mid-import: nothing imported, and no wait for it to end
        self.notes_pane.flush()
        self.save_session()
        self.search.shutdown()
        self.map.shutdown()
        if self._casualties is not None:
            self._casualties.shutdown()  # its background reader's connection
        super().closeEvent(event)
