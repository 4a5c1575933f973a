"""A toll's announced figures over time, under the bars while the chart follows the date: a small pyqtgraph
plot with one step line per claimant's toll and a marker at each dated figure, the date line, and the
claimants named in a legend below; a line of text instead when the toll has fewer than two dated figures.

Moving the date (Play steps every 150 ms) moves the date line, and the steps' ends when it passes the last
figure; the lines and markers are made again only when another toll is chosen. Days are placed as on the
timeline (`views.timeline_layout`).
"""

from __future__ import annotations

import html
from collections.abc import Sequence
from datetime import date

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from desktop_app.content import Figure
from desktop_app.i18n import translate
from desktop_app.ui.date_axis import LocalDateAxis
from desktop_app.views.chart import TollSeries, first_toll_with_series, no_series_text, toll_series
from desktop_app.views.chart.dated import no_toll_text
from desktop_app.views.timeline_layout import EPOCH, day_middle, day_seconds

PLOT_MIN_PX = 80  # the plot's least height, enough to read a step


class SeriesPlot(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = QLabel(self)
        #: the name, for screen readers, of the line above the plot of a toll's figures over time (a toll: how
        #: many were killed, wounded... as one claimant counts them)
        self.title.setAccessibleName(translate("CasualtiesSeries", "Toll over time"))
        self.title.setWordWrap(True)
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.title.setToolTip(translate("CasualtiesSeries", "Choose a bar with the arrow keys or a click to see its "
                                        "toll over time"))
        self.plot = pg.PlotWidget(self, axisItems={"bottom": LocalDateAxis()})
        self.plot.setMinimumHeight(PLOT_MIN_PX)
        self.plot.setMenuEnabled(False)
        self.plot.setMouseEnabled(x=False, y=False)
        self.plot.hideButtons()
        #: the name, for screen readers, of the plot of a toll's announced figures over time
        self.plot.setAccessibleName(translate("CasualtiesSeries", "Announced figures over time"))
        self.plot.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.date_line = pg.InfiniteLine(angle=90, movable=False)
        self.date_line.setZValue(10)
        self.plot.addItem(self.date_line)
        self.legend = QLabel(self)
        #: the name, for screen readers, of the legend under the plot: who gives the figures drawn
        self.legend.setAccessibleName(translate("CasualtiesSeries", "Claimants in the plot"))
        self.legend.setWordWrap(True)
        self.legend.setTextFormat(Qt.TextFormat.RichText)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.title)
        layout.addWidget(self.plot)
        layout.addWidget(self.legend)
        self.toll: TollSeries | None = None
        self._chosen: tuple | None = None  # (view, scope, the section and side chosen or None) shown
        self._items: list[pg.GraphicsObject] = []  # step lines and markers of the toll shown
        self._curves: list[pg.PlotCurveItem] = []  # a step line per series
        self._day = EPOCH
        self.apply_palette()

    def show_chosen(self, figures: Sequence[Figure], view: str, scope: str, chosen: tuple[str, str] | None,
                    colours: dict[str, QColor], day: date) -> None:
        """The toll of the bar chosen, `chosen` (its section and side), or else the first of the chart's tolls
        that has figures over time, among `figures` (every figure of the view and period); drawn again only
        when another toll is chosen."""
        if (view, scope, chosen) == self._chosen:
            self.set_day(day)
            return
        self._chosen = (view, scope, chosen)
        chosen = chosen or first_toll_with_series(figures, view)
        if chosen is None:
            self.show_toll(None, no_toll_text(), colours, day)
            return
        key, side = chosen
        self.show_toll(toll_series(figures, view, key, side), no_series_text(key, side, view), colours, day)

    def show_toll(self, toll: TollSeries | None, no_series: str, colours: dict[str, QColor], day: date) -> None:
        """Draw `toll` (or say `no_series`), each claimant in its colour, with the date line at `day`."""
        self.toll = toll
        for item in self._items:
            self.plot.removeItem(item)
        self._items, self._curves = [], []
        self.plot.setVisible(toll is not None)
        self.legend.setVisible(toll is not None)
        if toll is None:
            self.title.setText(no_series)
            return
        #: above the plot of a toll over time: {toll} is the toll ("Killed · Azerbaijan")
        self.title.setText(translate("CasualtiesSeries", "{toll}: announced figures over time, by claimant").format(
            toll=toll.title))
        muted = self.palette().color(QPalette.ColorRole.PlaceholderText)
        for series in toll.series:
            colour = colours.get(series.claimant_id, muted)
            curve = pg.PlotCurveItem(pen=pg.mkPen(colour, width=2))
            markers = pg.ScatterPlotItem(pxMode=True, size=8, brush=pg.mkBrush(colour), pen=pg.mkPen(colour),
                                         hoverable=True, tip=lambda x, y, data: data)
            markers.setData([{"pos": (day_seconds(p.day), p.value), "data": p.text} for p in series.points])
            for item in (curve, markers):
                self.plot.addItem(item)
                self._items.append(item)
            self._curves.append(curve)
        self.legend.setText("   ".join(
            f"<span style='color:{colours.get(claimant_id, muted).name()}'>━━</span>&nbsp;{html.escape(name)}"
            for claimant_id, name in toll.claimants))
        self.set_day(day, force=True)

    def set_day(self, day: date, force: bool = False) -> None:
        """Move the date line to `day` (and the steps' ends with it, when the day is past the last figure)."""
        if day == self._day and not force:
            return
        self._day = day
        self.date_line.setValue(day_middle(day))  # as on the timeline: the day's figures are left of it
        toll = self.toll
        if toll is None:
            return
        start, end = toll.span(day)
        for series, curve in zip(toll.series, self._curves, strict=True):
            corners = series.steps(end)
            curve.setData(np.array([day_seconds(d) for d, _value in corners]), np.array([v for _d, v in corners]))
        self.plot.setXRange(day_seconds(start), day_seconds(end), padding=0)
        top = max(p.value for s in toll.series for p in s.points)
        self.plot.setYRange(0, max(top * 1.1, 1.0), padding=0)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt API)
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:  # dark or light mode switched
            self.apply_palette()

    def apply_palette(self) -> None:
        palette = self.palette()
        text = palette.color(QPalette.ColorRole.Text)
        self.plot.setBackground(palette.color(QPalette.ColorRole.Base))
        for name in ("bottom", "left"):
            axis = self.plot.getAxis(name)
            axis.setPen(pg.mkPen(text))
            axis.setTextPen(pg.mkPen(text))
        self.date_line.setPen(pg.mkPen(text, width=2, style=Qt.PenStyle.DashLine))
