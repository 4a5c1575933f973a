"""The timeline's plot: paints what the view-model gives, in the palette's colours.

Each lane is one ScatterPlotItem (markers) and one BarGraphItem (bars), refilled after every zoom or pan
with only what the view-model draws in view; every other lane has a shaded band. Rings go around the
current entry's events and the selected event, and the draggable line is the current date.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QPalette, QPen
from PySide6.QtWidgets import QWidget

from desktop_app.i18n import translate
from desktop_app.ui import theme
from desktop_app.ui.date_axis import LocalDateAxis
from desktop_app.ui.focus_ring import FocusRing
from desktop_app.views.timeline import MIN_SPAN_DAYS, LaneDrawing, Marks, Pixels, Range, TimelineModel
from desktop_app.views.timeline_layout import BAR_HEIGHT, DAY

# Rings around the current entry's and the selected event: pixels added to the marker size, and rows
# added above and below a bar.
ENTRY_RING_GROW, ENTRY_BOX_PAD = 7, 0.12
SELECTED_RING_GROW, SELECTED_BOX_PAD = 13, 0.25


class LaneItems:
    """The drawn items of one lane, in its colour."""

    def __init__(self, colour: QColor) -> None:
        self.colour = colour
        self.scatter = pg.ScatterPlotItem(pxMode=True, hoverable=False)
        self.bar_item = pg.BarGraphItem(x0=np.empty(0), x1=np.empty(0), y0=np.empty(0), height=BAR_HEIGHT)
        self.band: pg.LinearRegionItem | None = None
        # Marker pen and brush by "date known to the day", set from the palette.
        self.styles: dict[bool, tuple[QPen, QBrush]] = {}
        self.drawn = (0, 0)  # markers and bars

    def paint(self, drawing: LaneDrawing | None) -> None:
        shown = drawing is not None
        self.scatter.setVisible(shown)
        self.bar_item.setVisible(shown)
        if drawing is None:
            self.drawn = (0, 0)
            return
        if drawing.exact is None:  # merged markers
            pen, brush = self.styles[True]
            self.scatter.setData(x=drawing.x, y=drawing.y, size=drawing.size, pen=pen, brush=brush, symbol="o")
        else:
            pens = [self.styles[bool(e)][0] for e in drawing.exact]
            brushes = [self.styles[bool(e)][1] for e in drawing.exact]
            self.scatter.setData(x=drawing.x, y=drawing.y, size=drawing.size, pen=pens, brush=brushes, symbol="o")
        self.bar_item.setOpts(x0=drawing.x0, x1=drawing.x1, y0=drawing.y0, height=BAR_HEIGHT)
        self.drawn = drawing.counts


class TimelinePlot(FocusRing, pg.PlotWidget):
    """The lanes, the rings and the date line on a date axis; ringed while it has the keyboard focus."""

    def __init__(self, model: TimelineModel, parent: QWidget) -> None:
        super().__init__(parent, axisItems={"bottom": LocalDateAxis()})
        self.model = model
        self.setAccessibleName(translate("TimelinePlot", "Timeline of events"))
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMinimumHeight(120)
        item = self.getPlotItem()
        item.hideButtons()
        item.setMenuEnabled(False)
        self.view: pg.ViewBox = item.getViewBox()
        self.view.invertY(True)  # first lane on top
        self.view.setMouseEnabled(x=True, y=False)
        self.view.disableAutoRange()
        height, (low, high) = model.height, model.bounds
        self.view.setYRange(0, height, padding=0)
        self.view.setLimits(xMin=low, xMax=high, minXRange=MIN_SPAN_DAYS * DAY, maxXRange=high - low,
                            yMin=0, yMax=height, minYRange=height, maxYRange=height)
        left = item.getAxis("left")
        left.setTicks([[(lane.centre, lane.label) for lane in model.lanes.values()], []])
        self.fit_lane_names()

        self.lanes: dict[str, LaneItems] = {}
        for i, lane in enumerate(model.lanes.values()):
            items = self.lanes[lane.key] = LaneItems(lane_colour(lane.key))
            if i % 2:  # alternate shading tells the lanes apart without a grid
                items.band = pg.LinearRegionItem((lane.top, lane.bottom), orientation="horizontal", movable=False)
                items.band.setZValue(-10)
                for line in items.band.lines:
                    line.setPen(pg.mkPen(None))
                self.view.addItem(items.band, ignoreBounds=True)
            items.bar_item.setZValue(1)
            items.scatter.setZValue(2)
            # No item takes part in auto-ranging (the range is always set by hand): skips bounds work.
            self.view.addItem(items.bar_item, ignoreBounds=True)
            self.view.addItem(items.scatter, ignoreBounds=True)

        # Rings: the current entry's events, and the selected event.
        self.entry_rings = pg.ScatterPlotItem(pxMode=True, hoverable=False)
        self.entry_boxes = pg.BarGraphItem(x0=np.empty(0), x1=np.empty(0), y0=np.empty(0), height=0)
        self.selected_ring = pg.ScatterPlotItem(pxMode=True, hoverable=False)
        self.selected_box = pg.BarGraphItem(x0=np.empty(0), x1=np.empty(0), y0=np.empty(0), height=0)
        for z, overlay in enumerate((self.entry_boxes, self.entry_rings, self.selected_box, self.selected_ring)):
            overlay.setZValue(3 + z)
            self.view.addItem(overlay, ignoreBounds=True)
        self._ring_size = 0.0

        self.cursor = pg.InfiniteLine(angle=90, movable=True)
        self.cursor.setZValue(10)
        self.cursor.setBounds(model.bounds)
        #: the tooltip of the vertical line that marks the current date; Shift+Left/Right are keys
        self.cursor.setToolTip(translate("TimelinePlot", "The current date: drag it, or press Shift+Left/Right"))
        self.view.addItem(self.cursor, ignoreBounds=True)

        self.view.sigXRangeChanged.connect(self.redraw)
        self.view.sigResized.connect(self.redraw)

    # -- the range and the screen -------------------------------------------------------------
    def view_range(self) -> Range:
        (x_min, x_max), _y = self.view.viewRange()
        return x_min, x_max

    def set_view_range(self, view: Range) -> None:
        self.view.setXRange(*view, padding=0)

    def pixels(self) -> Pixels:
        """The screen as the view stands, for hit tests."""
        pixel_w, pixel_h = self.view.viewPixelSize()
        return Pixels(pixel_w, pixel_h, self.model.marker_size(self.view.height()))

    # -- painting -----------------------------------------------------------------------------
    def redraw(self, *_: object) -> None:
        """Fill each lane's items with what the view-model draws in view."""
        view = self.view_range()
        size = self.model.marker_size(self.view.height())
        # The y range is always every lane: no need to ask the view box (viewPixelSize is slow).
        pixels = Pixels((view[1] - view[0]) / max(1.0, self.view.width()),
                        self.model.height / max(1.0, self.view.height()), size)
        for key, items in self.lanes.items():
            items.paint(self.model.drawing(key, view, pixels))
        if size != self._ring_size:  # rings are in data coordinates: only a resize changes them
            self.update_marks()

    def update_marks(self) -> None:
        """Ring the current entry's events and the selected event (in lanes that are shown)."""
        size = self._ring_size = self.model.marker_size(self.view.height())
        for marks, rings, boxes, grow, pad in (
            (self.model.entry_marks(), self.entry_rings, self.entry_boxes, ENTRY_RING_GROW, ENTRY_BOX_PAD),
            (self.model.selected_marks(), self.selected_ring, self.selected_box, SELECTED_RING_GROW,
             SELECTED_BOX_PAD),
        ):
            self._ring(marks, rings, boxes, size + grow, pad)

    @staticmethod
    def _ring(marks: Marks, rings: pg.ScatterPlotItem, boxes: pg.BarGraphItem, size: float, pad: float) -> None:
        rings.setData(x=marks.x, y=marks.y, size=size, symbol="o")
        boxes.setOpts(x0=marks.x0, x1=marks.x1, y0=marks.y0 - pad, height=BAR_HEIGHT + 2 * pad)

    def drawn_counts(self) -> dict[str, tuple[int, int]]:
        """Markers and bars actually drawn per lane, after culling, merging and hiding."""
        return {key: items.drawn for key, items in self.lanes.items()}

    def fit_lane_names(self) -> None:
        """The lane axis as wide as its longest name in the current font: pyqtgraph leaves out a tick label
        that does not fit, and lane names are longer in some languages ("Ущерб мирному населению")."""
        metrics = self.fontMetrics()
        longest = max((metrics.horizontalAdvance(lane.label) for lane in self.model.lanes.values()), default=0)
        self.getPlotItem().getAxis("left").setWidth(max(96, longest + 16))

    # -- colours ------------------------------------------------------------------------------
    def apply_palette(self, pal: QPalette) -> None:
        text = pal.color(QPalette.ColorRole.Text)
        base = pal.color(QPalette.ColorRole.Base)
        highlight = pal.color(QPalette.ColorRole.Highlight)
        self.setBackground(base)
        for name in ("left", "bottom"):
            axis = self.getPlotItem().getAxis(name)
            axis.setPen(pg.mkPen(text))
            axis.setTextPen(pg.mkPen(text))
        band = pal.color(QPalette.ColorRole.AlternateBase)
        if band == base:  # some styles give no alternate colour: mix a little text in
            band = mix(base, text, 0.06)
        for items in self.lanes.values():
            if items.band is not None:
                items.band.setBrush(pg.mkBrush(band))
            items.bar_item.setOpts(brush=pg.mkBrush(items.colour), pen=pg.mkPen(base, width=1))
            # Filled marker: exact day. Hollow marker: only the month or the year is known.
            items.styles = {
                True: (pg.mkPen(base, width=1), pg.mkBrush(items.colour)),
                False: (pg.mkPen(items.colour, width=2), pg.mkBrush(base)),
            }
        no_brush = QBrush(Qt.BrushStyle.NoBrush)
        self.entry_rings.setPen(pg.mkPen(highlight, width=2.5))
        self.entry_rings.setBrush(no_brush)
        self.entry_boxes.setOpts(pen=pg.mkPen(highlight, width=2.5), brush=no_brush)
        self.selected_ring.setPen(pg.mkPen(text, width=2.5))
        self.selected_ring.setBrush(no_brush)
        self.selected_box.setOpts(pen=pg.mkPen(text, width=2.5, style=Qt.PenStyle.DashLine), brush=no_brush)
        self.cursor.setPen(pg.mkPen(text, width=2))
        self.cursor.setHoverPen(pg.mkPen(highlight, width=4))
        self.redraw()
        self.update_marks()


def lane_colour(key: str) -> QColor:
    return theme.LANE_COLOURS.get(key, QColor(128, 128, 128))  # grey: a lane the theme has no colour for


def mix(a: QColor, b: QColor, t: float) -> QColor:
    return QColor(round(a.red() + (b.red() - a.red()) * t), round(a.green() + (b.green() - a.green()) * t),
                  round(a.blue() + (b.blue() - a.blue()) * t))
