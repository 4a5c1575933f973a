"""The main window: assembles the panes around the shared state, builds the menus, keeps the layout.

It knows every pane; the panes know only the state, the settings and the content.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QByteArray, Qt
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence
from PySide6.QtWidgets import QDockWidget, QMainWindow, QMenu, QMessageBox, QWidget

from desktop_app import APP_NAME, __version__
from desktop_app.content import ContentDatabase
from desktop_app.ui.panes.casualties import CasualtiesPane
from desktop_app.ui.panes.map import MapPane
from desktop_app.ui.panes.reader import ReaderPane
from desktop_app.ui.panes.search import SearchPane
from desktop_app.ui.panes.timeline import TimelinePane
from desktop_app.ui.settings import LAST_DATE, LAST_ENTRY, NAME_FORM, SENSITIVE_NOTICE, Settings
from desktop_app.ui.state import WAR_START, AppState

OVERVIEW_ENTRY = "second-nagorno-karabakh-war"
GEOMETRY_KEY = "window/geometry"
LAYOUT_KEY = "window/layout"
NAME_FORM_LABELS = (
    ("english", "&English Usage"), ("armenian", "&Armenian Usage"), ("azerbaijani", "A&zerbaijani Usage"),
    ("both", "&All Forms"),
)


class MainWindow(QMainWindow):
    def __init__(self, content: ContentDatabase, settings: Settings | None = None) -> None:
        super().__init__()
        self.content = content
        self.settings = settings if settings is not None else Settings(parent=self)
        self.state = AppState(self)
        self.setWindowTitle(APP_NAME)
        available = self.screen().availableGeometry()
        self.resize(min(1400, available.width()), min(900, available.height()))
        self.setDockNestingEnabled(True)

        self.reader = ReaderPane(content, self.state, self.settings, self)
        self.setCentralWidget(self.reader)
        self.search = SearchPane(content, self.state, self.settings, self)
        self.timeline = TimelinePane(content, self.state, self.settings, self)
        self.map = MapPane(content, self.state, self.settings, self)
        self.casualties = CasualtiesPane(content, self.state, self.settings, self)
        self.search_dock = self._dock("Search and Browse", "search", self.search, Qt.DockWidgetArea.LeftDockWidgetArea)
        self.timeline_dock = self._dock("Timeline", "timeline", self.timeline, Qt.DockWidgetArea.BottomDockWidgetArea)
        self.map_dock = self._dock("Map", "map", self.map, Qt.DockWidgetArea.RightDockWidgetArea)
        self.casualties_dock = self._dock("Casualties", "casualties", self.casualties,
                                          Qt.DockWidgetArea.RightDockWidgetArea)
        self.tabifyDockWidget(self.map_dock, self.casualties_dock)
        self.map_dock.raise_()
        self.resizeDocks([self.search_dock, self.map_dock], [300, 520], Qt.Orientation.Horizontal)
        self.resizeDocks([self.timeline_dock], [260], Qt.Orientation.Vertical)
        self._default_layout = self.saveState()

        self._build_menus()
        self.state.entry_changed.connect(self._entry_changed)
        self._restore_session()

    def _dock(self, title: str, name: str, pane: QWidget, area: Qt.DockWidgetArea) -> QDockWidget:
        dock = QDockWidget(title, self)
        dock.setObjectName(f"{name}-dock")  # saveState() needs stable names
        dock.setAccessibleName(f"{title} pane")
        dock.setWidget(pane)
        self.addDockWidget(area, dock)
        return dock

    # -- menus --------------------------------------------------------------------------------
    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu("&File")
        export_actions = [a for pane in (self.map, self.casualties) for a in pane.menu_actions()]
        for action in export_actions:
            file_menu.addAction(action)
        file_menu.addSeparator()
        file_menu.addAction(QAction("&Quit", self, shortcut=QKeySequence.StandardKey.Quit, triggered=self.close))

        go_menu = bar.addMenu("&Go")
        go_menu.addAction(self.reader.back_action)
        go_menu.addAction(self.reader.forward_action)
        go_menu.addSeparator()
        overview = QAction("&Overview", self, shortcut=QKeySequence("Alt+Home"),
                           triggered=lambda: self.state.set_entry(OVERVIEW_ENTRY))
        focus_search = QAction("&Search...", self, shortcut=QKeySequence("Ctrl+K"), triggered=self.focus_search)
        go_menu.addAction(overview)
        go_menu.addAction(focus_search)
        go_menu.addSeparator()
        go_menu.addAction(self.reader.find_action)
        go_menu.addAction(self.reader.find_next_action)

        view_menu = bar.addMenu("&View")
        for dock, key in ((self.search_dock, "Ctrl+1"), (self.timeline_dock, "Ctrl+2"), (self.map_dock, "Ctrl+3"),
                          (self.casualties_dock, "Ctrl+4")):
            toggle = dock.toggleViewAction()
            toggle.setShortcut(QKeySequence(key))
            view_menu.addAction(toggle)
        view_menu.addAction(QAction("&Reset Layout", self, triggered=self.reset_layout))
        view_menu.addSeparator()
        view_menu.addAction(self.reader.zoom_in_action)
        view_menu.addAction(self.reader.zoom_out_action)
        view_menu.addSeparator()
        names_menu = QMenu("Place &Names", self)
        group = QActionGroup(self)
        current = self.settings.get(NAME_FORM)
        for form, label in NAME_FORM_LABELS:
            action = QAction(label, self, checkable=True, checked=form == current)
            action.triggered.connect(lambda _checked=False, f=form: self.settings.set(NAME_FORM, f))
            group.addAction(action)
            names_menu.addAction(action)
        view_menu.addMenu(names_menu)
        notice = QAction("&Notice Before Sensitive Entries", self, checkable=True,
                         checked=self.settings.get(SENSITIVE_NOTICE))
        notice.toggled.connect(lambda on: self.settings.set(SENSITIVE_NOTICE, on))
        self.settings.changed.connect(
            lambda key: notice.setChecked(self.settings.get(SENSITIVE_NOTICE)) if key == SENSITIVE_NOTICE.key else None
        )
        view_menu.addAction(notice)

        help_menu = bar.addMenu("&Help")
        help_menu.addAction(QAction("&Keyboard Shortcuts", self, shortcut=QKeySequence.StandardKey.HelpContents,
                                    triggered=self.show_shortcuts))
        help_menu.addAction(QAction(f"&About {APP_NAME}", self, triggered=self.show_about))

    def focus_search(self) -> None:
        self.search_dock.show()
        self.search_dock.raise_()
        self.search.focus_field()

    def reset_layout(self) -> None:
        self.restoreState(self._default_layout)
        for dock in (self.search_dock, self.timeline_dock, self.map_dock, self.casualties_dock):
            dock.show()
        self.map_dock.raise_()

    # -- help ---------------------------------------------------------------------------------
    def shortcut_rows(self) -> list[tuple[str, str]]:
        """(command, keys) for every menu command that has a shortcut."""
        rows = []

        def walk(menu: QMenu, prefix: str) -> None:
            for action in menu.actions():
                if action.menu():
                    walk(action.menu(), f"{prefix}{action.text().replace('&', '')} > ")
                elif action.shortcuts():
                    keys = ", ".join(k.toString(QKeySequence.SequenceFormat.NativeText) for k in action.shortcuts())
                    rows.append((prefix + action.text().replace("&", ""), keys))

        for action in self.menuBar().actions():
            walk(action.menu(), f"{action.text().replace('&', '')} > ")
        return rows

    def show_shortcuts(self) -> None:
        rows = "".join(f"<tr><td>{command}</td><td><b>{keys}</b></td></tr>" for command, keys in self.shortcut_rows())
        extra = (
            "<p>In the timeline: + and − zoom, ← and → pan, Shift+← and Shift+→ move the date by a day, "
            "Home shows the 44 days, End the whole span. In lists: arrow keys move, Enter opens.</p>"
        )
        QMessageBox.information(self, "Keyboard Shortcuts", f"<table cellpadding='3'>{rows}</table>{extra}")

    def about_text(self) -> str:
        meta = self.content.meta
        return (
            f"<h3>{APP_NAME} {__version__}</h3>"
            "<p>An offline reference and study tool on the 2020 Second Nagorno-Karabakh War "
            "(the 44-Day War).</p>"
            f"<p>Content version {self.content.content_version}.</p>"
            f"<p>{meta.get('article_credit', '')}</p>"
            f"<p>{self.map.credit_text()}</p>"
            "<p>Application code: MIT licence. Built with Qt for Python (PySide6, LGPL), pyqtgraph (MIT), "
            "sqlite-utils (Apache 2.0) and platformdirs (MIT).</p>"
        )

    def show_about(self) -> None:
        QMessageBox.about(self, f"About {APP_NAME}", self.about_text())

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
        entry_id = self.settings.get(LAST_ENTRY)
        if not entry_id or self.content.entry(entry_id) is None:
            entry_id = OVERVIEW_ENTRY
        try:
            day = date.fromisoformat(self.settings.get(LAST_DATE))
        except ValueError:
            day = WAR_START
        self.state.set_date(day)
        self.state.set_entry(entry_id)

    def save_session(self) -> None:
        qsettings = self.settings.qsettings
        qsettings.setValue(GEOMETRY_KEY, self.saveGeometry())
        qsettings.setValue(LAYOUT_KEY, self.saveState())
        self.settings.set(LAST_ENTRY, self.state.entry_id)
        self.settings.set(LAST_DATE, self.state.date.isoformat())
        qsettings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt naming)
        self.save_session()
        self.search.shutdown()
        super().closeEvent(event)
