"""The chart in its scroll area: shows a drawn chart laid out to the pane's width, keeps the bar chosen with
the arrow keys (or a click) in sight, outlines the bars of the open entry, and tells the pane which bar is
chosen, pointed at, opened or right-clicked."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QPoint, Qt, QTimer
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QScrollArea, QWidget

from desktop_app.content import Figure
from desktop_app.i18n import translate
from desktop_app.ui.panes.casualties.bars import BarItem
from desktop_app.ui.panes.casualties.scene import ChartView, Drawing
from desktop_app.views.chart.geometry import ROW_PX

PAGE_BARS = 8  # bars moved by Page Up and Page Down


class ChartArea(QScrollArea):
    def __init__(self, on_chosen: Callable[[BarItem | None], None], on_hover: Callable[[BarItem | None], None],
                 on_open: Callable[[Figure], None], on_menu: Callable[[Figure, QPoint], None],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._on_chosen = on_chosen
        self._on_open = on_open
        self.drawing: Drawing | None = None  # the chart shown
        self.bars: list[BarItem] = []  # its bars, top to bottom
        self.current = -1  # the bar chosen, -1 for none
        self.chart = ChartView(self.fit_width, on_hover, self._clicked, on_menu)
        #: the casualty chart's name for screen readers
        self.chart.setAccessibleName(translate("CasualtiesDisplay", "Casualty chart"))
        self.chart.setToolTip(translate("CasualtiesDisplay", "Point at a bar to see its figure; arrow keys choose a "
                                        "bar, Enter opens its entry"))
        self.chart.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.chart.installEventFilter(self)
        self.setWidgetResizable(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setWidget(self.chart)
        #: the name, for screen readers, of the scrolled area that holds the casualty chart
        self.setAccessibleName(translate("CasualtiesDisplay", "Casualty chart area"))

    def current_bar(self) -> BarItem | None:
        return self.bars[self.current] if 0 <= self.current < len(self.bars) else None

    def show_drawing(self, drawing: Drawing, background: QColor, entry_id: str, keep_place: bool) -> None:
        """Show a chart. A new chart starts at its top with no bar chosen; with `keep_place` (the same chart
        as of another day) it stays where it was scrolled to, and the bar chosen stays chosen if still drawn."""
        chosen = self.current_bar().row.figures if keep_place and self.current_bar() else None
        if self.current_bar() is not None:
            self.current_bar().current = False
        self.current = -1
        self.drawing, self.bars = drawing, drawing.bars
        self.chart.setBackgroundBrush(background)
        self.chart.setScene(drawing.scene)
        self.fit_width()
        self.mark_entry(entry_id)
        # Whatever the pointer's bar said while the chart was put in place, the details now say this:
        again = next((i for i, bar in enumerate(self.bars) if bar.row.figures == chosen), -1)
        if again >= 0:
            self.choose(again)
        else:
            self._on_chosen(None)
        if not keep_place:
            self.verticalScrollBar().setValue(0)

    def fit_width(self) -> None:
        """Lay the chart shown out to the width of the pane (when first shown, and after a resize)."""
        drawing = self.drawing
        if drawing is None:
            return
        width = self.chart.width()
        if width != drawing.width:
            drawing.layout(width)
        if self.chart.height() != drawing.height:
            self.chart.setFixedHeight(drawing.height)

    def mark_entry(self, entry_id: str) -> None:
        """Outline the bars of figures the entry discusses."""
        for bar in self.bars:
            marked = bool(entry_id) and any(f.entry_id == entry_id for f in bar.row.figures)
            if marked != bar.marked:
                bar.marked = marked
                bar.update()

    def choose(self, index: int) -> None:
        if not self.bars:
            return
        index = max(0, min(index, len(self.bars) - 1))
        previous = self.current_bar()
        if previous is not None:
            previous.current = False
            previous.update()
        self.current = index
        bar = self.bars[index]
        bar.current = True
        bar.update()
        self._on_chosen(bar)
        self._keep_in_sight()
        # and again once the pane is laid out anew: the details under the chart may have taken more lines
        QTimer.singleShot(0, self, self._keep_in_sight)

    def _keep_in_sight(self) -> None:
        bar = self.current_bar()
        if bar is not None:
            rect = self.chart.mapFromScene(bar.mapToScene(bar.boundingRect()).boundingRect()).boundingRect()
            self.ensureVisible(rect.center().x(), rect.center().y(), 10, ROW_PX)

    def _clicked(self, bar: BarItem, figure: Figure) -> None:
        self.choose(self.bars.index(bar))
        self._on_open(figure)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt API)
        if watched is self.chart and event.type() == QEvent.Type.KeyPress and self.bars:
            key = event.key()
            step = {Qt.Key.Key_Down: 1, Qt.Key.Key_Up: -1, Qt.Key.Key_PageDown: PAGE_BARS,
                    Qt.Key.Key_PageUp: -PAGE_BARS}
            if key in step:
                self.choose(self.current + step[key] if self.current >= 0 else 0)
                return True
            if key in (Qt.Key.Key_Home, Qt.Key.Key_End):
                self.choose(0 if key == Qt.Key.Key_Home else len(self.bars) - 1)
                return True
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space) and self.current_bar():
                self._on_open(self.current_bar().row.main)
                return True
        if watched is self.chart and event.type() == QEvent.Type.FocusIn and self.current < 0 and self.bars:
            self.choose(0)
        return super().eventFilter(watched, event)
