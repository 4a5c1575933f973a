"""Main window. For now it shows the reader alone; the linked panes arrive with the next issue."""

from __future__ import annotations

from PySide6.QtCore import QUrl
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMessageBox, QTextBrowser

from desktop_app import APP_NAME, __version__
from desktop_app.content import ContentDatabase
from desktop_app.content.links import ENTRY_SCHEME

OVERVIEW_ENTRY = "second-nagorno-karabakh-war"


class MainWindow(QMainWindow):
    def __init__(self, content: ContentDatabase) -> None:
        super().__init__()
        self.content = content
        self.current_entry_id: str | None = None
        self.setWindowTitle(APP_NAME)
        self.resize(1000, 720)

        self.reader = QTextBrowser(self)
        self.reader.setAccessibleName("Entry reader")
        self.reader.setOpenLinks(False)
        self.reader.anchorClicked.connect(self._follow_link)
        self.setCentralWidget(self.reader)

        file_menu = self.menuBar().addMenu("&File")
        quit_action = QAction("&Quit", self, shortcut=QKeySequence.StandardKey.Quit, triggered=self.close)
        file_menu.addAction(quit_action)
        go_menu = self.menuBar().addMenu("&Go")
        go_menu.addAction(QAction("&Overview", self, triggered=lambda: self.open_entry(OVERVIEW_ENTRY)))
        help_menu = self.menuBar().addMenu("&Help")
        help_menu.addAction(QAction(f"&About {APP_NAME}", self, triggered=self.show_about))

        self.open_entry(OVERVIEW_ENTRY)

    def open_entry(self, entry_id: str) -> bool:
        entry = self.content.entry(entry_id)
        if entry is None:
            self.statusBar().showMessage(f"No entry called {entry_id!r}", 5000)
            return False
        self.current_entry_id = entry.id
        self.reader.setMarkdown(f"# {entry.title}\n\n{self.content.entry_markdown(entry)}")
        self.setWindowTitle(f"{entry.title} — {APP_NAME}")
        return True

    def _follow_link(self, url: QUrl) -> None:
        if url.scheme() == ENTRY_SCHEME:
            self.open_entry(url.path())

    def about_text(self) -> str:
        meta = self.content.meta
        return (
            f"<h3>{APP_NAME} {__version__}</h3>"
            "<p>An offline reference and study tool on the 2020 Second Nagorno-Karabakh War "
            "(the 44-Day War).</p>"
            f"<p>Content version {self.content.content_version}.</p>"
            f"<p>{meta.get('article_credit', '')}</p>"
        )

    def show_about(self) -> None:
        QMessageBox.about(self, f"About {APP_NAME}", self.about_text())
