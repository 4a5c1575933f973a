"""Where the panes go for the text size: three columns while they fit, one side column when the text is large.

At the usual text size the window has three columns (search and notes on the left, the reader in the middle,
the map and the chart on the right) and the timeline along the bottom. With large text (View > Text Size at
150 or 200 % on a laptop screen) three columns leave each pane too narrow to read: words are cut and buttons
pushed off. Then the search and notes panes join the map and the chart as tabs of one side column, which
takes a share of the width, and the timeline gets the height its lane names need. Where three columns still
fit (a wide screen), the side columns widen with the text. Measured in lines of text,
not pixels, so the same rule holds at every screen size and text size.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtWidgets import QApplication, QDockWidget, QMainWindow, QTabBar

# Widths in text line heights: each side column of the three needs this much to show its panes' rows whole
# (the notes pane's buttons, the map's date row), and the reader about as much again between them.
LEFT_LINES, RIGHT_LINES = 17, 30
ROOMY_LINES = 70  # window width below which three columns do not fit
SIDE_SHARE = 0.46  # of the window's width, for the side column in the large-text arrangement
TIMELINE_LINES = 11  # the timeline's height in the large-text arrangement, in text line heights


def three_columns_fit(window_width: int, line_height: float) -> bool:
    return window_width >= ROOMY_LINES * line_height


class PaneArrangement(QObject):
    """Puts the window's docks in the arrangement that suits its width and text size (`fit`), or back in the
    three-column one it was built with (`default`)."""

    def __init__(self, window: QMainWindow, side: list[QDockWidget], tabbed: list[QDockWidget],
                 timeline: QDockWidget) -> None:
        """`side`: the docks that join the side column with large text (search, notes), the first raised;
        `tabbed`: those already there (map, chart); `timeline`: the bottom dock."""
        super().__init__(window)
        self._window, self._side, self._tabbed, self._timeline = window, side, tabbed, timeline
        self._default = window.saveState()
        self.large_text = False

    def fit(self, reset: bool = False) -> None:
        """The arrangement for the window's width and font: one side column when three columns do not fit;
        else three columns, as built, if the panes were in one side column or `reset` (View > Reset Layout),
        and otherwise left as the person arranged them."""
        # Restoring a layout hides and shows docks: the keyboard stays where it was, its pane brought to the front.
        focus = QApplication.focusWidget()
        self._arrange(reset)
        if focus is None:
            return
        for dock in (*self._side, *self._tabbed):
            if dock.isAncestorOf(focus) and not focus.isVisible():
                dock.raise_()
        if focus.isVisible() and QApplication.focusWidget() is not focus:
            focus.setFocus(Qt.FocusReason.OtherFocusReason)

    def _arrange(self, reset: bool = False) -> None:
        line = self._window.fontMetrics().height()
        # in one side column now: arranged so here, or restored so from the last run
        was_large = self.large_text or self._side[0] in self._window.tabifiedDockWidgets(self._tabbed[0])
        self.large_text = not three_columns_fit(self._window.width(), line)
        if not self.large_text:
            if reset or was_large:
                self._window.restoreState(self._default)
            # larger text in three columns: the side columns widen to hold it (never narrowed here)
            for dock, lines in ((self._side[0], LEFT_LINES), (self._tabbed[0], RIGHT_LINES)):
                if dock.width() < lines * line:
                    self._window.resizeDocks([dock], [round(lines * line)], Qt.Orientation.Horizontal)
            return
        self._window.restoreState(self._default)
        first = self._tabbed[0]
        for dock in self._side:
            self._window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)
            self._window.tabifyDockWidget(first, dock)
        width = round(self._window.width() * SIDE_SHARE)
        self._window.resizeDocks([first], [width], Qt.Orientation.Horizontal)
        self._window.resizeDocks([self._timeline], [round(line * TIMELINE_LINES)], Qt.Orientation.Vertical)
        self._side[0].raise_()  # search first, as in the three columns
        self.whole_tab_names()

    def whole_tab_names(self) -> None:
        """The tabs of docked panes say their whole names, with scroll arrows when they do not all fit (Qt would
        cut them to "Casual..." and "N...")."""
        for bar in self._window.findChildren(QTabBar):
            if bar.parent() is self._window:
                bar.setElideMode(Qt.TextElideMode.ElideNone)
                bar.setUsesScrollButtons(True)

    def fit_soon(self) -> None:
        """Fit once the new font has reached every widget (after a text size change)."""
        QTimer.singleShot(0, self, self.fit)
