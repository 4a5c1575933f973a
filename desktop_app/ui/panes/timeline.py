"""Timeline pane: every dated event on a zoomable date axis, one lane per category.

Point events are markers, periods are bars. A draggable line is the shared current date. Clicking an
event selects it and opens its entry (through AppState); the current entry's events are ringed.

Drawing stays cheap as the content grows: each lane is one ScatterPlotItem and one BarGraphItem, and
after every zoom or pan they are filled with only the events in view; when a lane has more events in
view than MAX_DRAWN_PER_LANE, markers are merged per few pixels and touching bars per row. Hover and
click hit-test the real events (binary search per lane), never the drawn items, so they stay exact.

Memory stays small as the content grows: the pane holds each event as a few numbers in numpy arrays (its
number in the database, lane, days and where it is drawn) and reads an event's text only when it is
hovered, clicked or stepped to.
"""

from __future__ import annotations

import heapq
import math
from datetime import date, timedelta

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QEvent, QObject, QPointF, Qt
from PySide6.QtGui import (
    QAction,
    QBrush,
    QColor,
    QHelpEvent,
    QIcon,
    QKeySequence,
    QPainter,
    QPalette,
    QPen,
    QPixmap,
    QResizeEvent,
)
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QMenu,
    QToolButton,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from desktop_app.content import ContentDatabase
from desktop_app.content.dates import format_date_range, format_day
from desktop_app.content.models import Event
from desktop_app.notes.model import Target as NoteTarget
from desktop_app.ui import theme
from desktop_app.ui.focus_ring import FocusRing
from desktop_app.ui.panes.base import Pane
from desktop_app.ui.settings import NAME_FORM, TIMELINE_HIDDEN_LANES, Settings
from desktop_app.ui.state import WAR_END, WAR_START, AppState
from desktop_app.views.labels import lane_label

DAY = 86400.0
_EPOCH = date(1970, 1, 1)

MIN_SPAN_DAYS = 3  # the closest zoom: a few days fill the width
POINT_ROWS = 5  # most markers stacked on one day before the stack is squeezed
BAR_ROWS = 4  # most rows of overlapping bars per lane before the rows are squeezed
BAR_HEIGHT = 0.6  # in lane row units; a row is BAR_STEP high
BAR_STEP = 0.8
LANE_PAD = 0.3
ZOOM_STEP = 1.5
PAN_STEP = 0.2  # of the visible width
MIN_BAR_PIXELS = 3

HELP = (
    "Timeline of events. Drag to pan, wheel to zoom; +/- zoom, Left/Right pan, Home shows the 44 days, "
    "End shows 1988–2022, Shift+Left/Right move the date, Ctrl+Left/Right go to the previous/next event. "
    "Hollow markers: date known only to the month or year."
)
# What the pane keeps of every event (see ContentDatabase.event_days), in date order.
_EVENT_DAYS = np.dtype([("number", "i8"), ("lane", "i2"), ("d0", "i4"), ("d1", "i4"), ("exact", "?"),
                        ("period", "?")])


# -- dates ------------------------------------------------------------------------------------------
def day_seconds(day: date) -> float:
    """Start of a day as seconds since the epoch (UTC: the axis counts whole days, no time zones)."""
    return (day - _EPOCH).days * DAY


def day_at(x: float) -> date:
    """The day that contains the time `x` (seconds since the epoch)."""
    return _EPOCH + timedelta(days=math.floor(x / DAY))


class _Plot(FocusRing, pg.PlotWidget):
    """The plot, ringed while it has the keyboard focus."""


# -- layout -----------------------------------------------------------------------------------------
class _Lane:
    """One category: its events laid out in rows, its drawn items and its place on the y axis."""

    def __init__(self, key: str, label: str, colour: QColor) -> None:
        self.key, self.label, self.colour = key, label, colour
        self.top = self.bottom = 0.0
        self.points = np.empty(0, dtype=np.int64)  # event numbers, sorted by x
        self.px = np.empty(0)
        self.py = np.empty(0)
        self.exact = np.empty(0, dtype=bool)
        self.bars = np.empty(0, dtype=np.int64)  # event numbers, by first day, last day and id
        self.bx0 = np.empty(0)
        self.bx1 = np.empty(0)
        self.by0 = np.empty(0)
        self.scatter = pg.ScatterPlotItem(pxMode=True, hoverable=False)
        self.bar_item = pg.BarGraphItem(x0=np.empty(0), x1=np.empty(0), y0=np.empty(0), height=BAR_HEIGHT)
        self.band: pg.LinearRegionItem | None = None
        # Marker pen and brush by "date known to the day", set from the palette.
        self.styles: dict[bool, tuple[QPen, QBrush]] = {}
        self.drawn_points = 0
        self.drawn_bars = 0

    @property
    def centre(self) -> float:
        return (self.top + self.bottom) / 2

    def layout(self, days: np.ndarray, ranks: np.ndarray, top: float) -> float:
        """Place this lane's events (rows of _EVENT_DAYS in date order, `ranks` their places in that order)
        from y = `top` downwards; return the y where the next lane starts."""
        self.top = top
        points, point_ranks = days[~days["period"]], ranks[~days["period"]]
        # Markers sit in the middle of the days the date may mean: mid-day, mid-month or mid-year.
        px = (points["d0"] * DAY + (points["d1"] + 1.0) * DAY) / 2
        order = np.lexsort((point_ranks, points["d0"], px))  # by x, then first day, then id
        points, px = points[order], px[order]
        bars = days[days["period"]]  # already by first day, last day and id
        # Bars go in the bottom of the lane, packed into rows so that overlapping periods stay apart.
        x0 = bars["d0"] * DAY
        x1 = (bars["d1"] + 1.0) * DAY
        rows = _pack_rows(x0, x1)
        n_rows = int(rows.max()) + 1 if rows.size else 0
        # Markers on the same day are stacked upwards from the bottom of the marker zone.
        day = np.floor(px / DAY)
        starts = np.flatnonzero(np.r_[True, day[1:] != day[:-1]]) if day.size else np.empty(0, dtype=int)
        counts = np.diff(np.r_[starts, day.size])
        stack = np.repeat(counts, counts)  # markers on each marker's day
        seen = np.arange(day.size) - np.repeat(starts, counts)  # markers before it on its day
        point_rows = max(1, min(POINT_ROWS, int(counts.max()) if counts.size else 1))
        bar_rows = min(BAR_ROWS, n_rows)
        height = 2 * LANE_PAD + point_rows + (0.2 + BAR_STEP * bar_rows if bar_rows else 0.0)
        # Keep even a sparse lane tall enough to read its label.
        height = max(height, 2.0)
        self.bottom = top + height

        base = top + LANE_PAD + point_rows - 0.5
        step = np.where(stack <= point_rows, 1.0, (point_rows - 1) / np.maximum(stack - 1, 1))  # squeeze
        self.points = points["number"].copy()
        self.px = px
        self.py = base - seen * step
        self.exact = points["exact"].copy()

        bar_top = top + LANE_PAD + point_rows + 0.2
        step = BAR_STEP if n_rows <= BAR_ROWS else BAR_STEP * (BAR_ROWS - 1) / max(1, n_rows - 1)
        self.bars = bars["number"].copy()
        self.bx0, self.bx1 = x0, x1
        self.by0 = bar_top + rows * step
        return self.bottom


def _pack_rows(x0: np.ndarray, x1: np.ndarray) -> np.ndarray:
    """Row for each interval (sorted by start) so that intervals in a row never overlap; lowest row first."""
    rows = np.zeros(len(x0), dtype=int)
    busy: list[tuple[float, int]] = []  # (end, row) of intervals still running
    free: list[int] = []
    count = 0
    for i, (start, end) in enumerate(zip(x0, x1, strict=True)):
        while busy and busy[0][0] <= start:
            heapq.heappush(free, heapq.heappop(busy)[1])
        if free:
            row = heapq.heappop(free)
        else:
            row, count = count, count + 1
        rows[i] = row
        heapq.heappush(busy, (end, row))
    return rows


def _merge_bars(
    x0: np.ndarray, x1: np.ndarray, y0: np.ndarray, gap: float, pixel_h: float
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Merge bars drawn on the same pixel row that overlap or lie closer than `gap`, in one pass."""
    if x0.size == 0:
        return x0, x1, y0
    # Shift each pixel row far to the right of the one before, so one running maximum can merge all
    # rows at once without a Python loop per row.
    row = np.floor(y0 / pixel_h)
    shift = (row - row.min()) * 4 * (x1.max() - x0.min() + gap + 1)
    a, b = x0 + shift, x1 + shift
    order = np.argsort(a, kind="stable")
    a, b = a[order], b[order]
    reach = np.maximum.accumulate(b)
    starts = np.flatnonzero(np.r_[True, a[1:] > reach[:-1] + gap])
    ends = np.maximum.reduceat(b, starts)
    return x0[order][starts], x0[order][starts] + (ends - a[starts]), y0[order][starts]


# -- the pane ---------------------------------------------------------------------------------------
class TimelinePane(Pane):
    """Events on a date axis; the draggable line is AppState's current date."""

    MAX_DRAWN_PER_LANE = 600  # beyond this, a lane draws merged markers and bars (the bundled lanes hold < 150)

    def __init__(
        self, content: ContentDatabase, state: AppState, settings: Settings, parent: QWidget | None = None
    ) -> None:
        super().__init__(content, state, settings, parent=parent)
        self.setAccessibleName("Timeline")
        self._ring_size = 0.0
        self._syncing = False  # moving the date line to follow the state: do not echo it back
        self._own_click = False  # a click here set the date: do not pan the view to it
        self._entry_events: list[Event] = []  # the current entry's
        self._entry_numbers: list[int] = []  # their numbers
        self._selected: tuple[str, int | None] = ("", None)  # the selected event's id and number

        first, last = content.event_span()
        first_day = min(date.fromisoformat(first), WAR_START) if first else WAR_START
        last_day = max(date.fromisoformat(last), WAR_END) if last else WAR_END
        self._span = (day_seconds(first_day), day_seconds(last_day) + DAY)
        margin = (self._span[1] - self._span[0]) * 0.01
        self._bounds = (self._span[0] - margin, self._span[1] + margin)

        keys = list(theme.LANE_COLOURS) + sorted(set(content.event_lanes()) - set(theme.LANE_COLOURS))
        self.lanes: dict[str, _Lane] = {
            k: _Lane(k, lane_label(k),
                     theme.LANE_COLOURS.get(k, QColor(128, 128, 128)))
            for k in keys
        }
        self._lane_list = list(self.lanes.values())
        # Every event as numbers, by first day, last day and id (the order Ctrl+Left/Right step through).
        days = np.fromiter(content.event_days(keys), dtype=_EVENT_DAYS)
        self._order, self._order_lane, self._order_d0 = days["number"], days["lane"], days["d0"]
        ranks = np.arange(days.size)
        y = 0.0
        for code, lane in enumerate(self._lane_list):
            mine = days["lane"] == code
            y = lane.layout(days[mine], ranks[mine], y)
        self._height = y
        # Where each event is drawn, by event number: lane, marker (0) or bar (1), index into the lane's
        # arrays, and its place in the date order.
        drawn = [(lane.points, code, 0) for code, lane in enumerate(self._lane_list)] + [
            (lane.bars, code, 1) for code, lane in enumerate(self._lane_list)]
        numbers = np.concatenate([n for n, _c, _k in drawn])
        by_number = np.argsort(numbers, kind="stable")
        self._numbers = numbers[by_number]
        self._where_lane = np.concatenate([np.full(n.size, c, dtype=np.int16) for n, c, _k in drawn])[by_number]
        self._where_kind = np.concatenate([np.full(n.size, k, dtype=np.int8) for n, _c, k in drawn])[by_number]
        self._where_index = np.concatenate([np.arange(n.size, dtype=np.int32) for n, _c, _k in drawn])[by_number]
        self._where_rank = ranks[np.argsort(self._order, kind="stable")]
        hidden = {k for k in str(settings.get(TIMELINE_HIDDEN_LANES)).split(",") if k}
        self._hidden = hidden & set(self.lanes)

        self._build_widgets()
        self._build_plot()
        self._build_actions()
        self._apply_palette()

        state.date_changed.connect(self._on_date_changed)
        state.entry_changed.connect(self._on_entry_changed)
        state.event_selected.connect(self._on_event_selected)

        self.show_war_span()
        self._move_cursor(state.date)
        self._date_label.setText(f"Date: {format_day(state.date)}")
        self._set_entry_events(content.events_for_entry(state.entry_id))
        self._update_marks()

    # -- construction -------------------------------------------------------------------------
    def _build_widgets(self) -> None:
        self._date_label = QLabel(self)
        self._date_label.setAccessibleName("Current date")
        self._date_label.setToolTip("The current date, shared with the map and the other panes")
        font = self._date_label.font()
        font.setBold(True)
        self._date_label.setFont(font)

        header = QHBoxLayout()
        header.setContentsMargins(4, 2, 4, 0)
        header.addWidget(self._date_label)
        header.addSpacing(12)
        self.lane_boxes: dict[str, QCheckBox] = {}
        for lane in self.lanes.values():
            box = QCheckBox(lane.label, self)
            box.setIcon(_swatch(lane.colour))
            box.setChecked(lane.key not in self._hidden)
            box.setAccessibleName(f"Show {lane.label} events")
            box.setToolTip(f"Show or hide the {lane.label} lane")
            box.toggled.connect(lambda on, key=lane.key: self.set_lane_visible(key, on))
            box.setMinimumWidth(box.minimumSizeHint().width() - box.fontMetrics().horizontalAdvance(lane.label))
            self.lane_boxes[lane.key] = box
            header.addWidget(box)
        header.addStretch(1)
        self._war_button = QToolButton(self)
        self._whole_button = QToolButton(self)
        header.addWidget(self._war_button)
        header.addWidget(self._whole_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addLayout(header)
        self._header = header
        self._header_full_width = 0  # measured with the lane names shown, once the style is applied

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt name)
        super().resizeEvent(event)
        # Too narrow for the lane names: the legend keeps its colour swatches (the left axis still
        # names the lanes, and each box keeps its accessible name and tooltip).
        named = bool(next(iter(self.lane_boxes.values())).text())
        if named:
            self._header_full_width = self._header.sizeHint().width()
        compact = event.size().width() < self._header_full_width
        if compact == named:
            for key, box in self.lane_boxes.items():
                box.setText("" if compact else self.lanes[key].label)

    def _build_plot(self) -> None:
        self.axis = pg.DateAxisItem(orientation="bottom", utcOffset=0)
        self.plot = _Plot(self, axisItems={"bottom": self.axis})
        self.plot.setAccessibleName("Timeline of events")
        self.plot.setToolTip(HELP)
        self.plot.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.plot.setMinimumHeight(120)
        item = self.plot.getPlotItem()
        item.hideButtons()
        item.setMenuEnabled(False)
        self.view: pg.ViewBox = item.getViewBox()
        self.view.invertY(True)  # first lane on top
        self.view.setMouseEnabled(x=True, y=False)
        self.view.disableAutoRange()
        self.view.setYRange(0, self._height, padding=0)
        self.view.setLimits(
            xMin=self._bounds[0], xMax=self._bounds[1],
            minXRange=MIN_SPAN_DAYS * DAY, maxXRange=self._bounds[1] - self._bounds[0],
            yMin=0, yMax=self._height, minYRange=self._height, maxYRange=self._height,
        )
        left = item.getAxis("left")
        left.setTicks([[(lane.centre, lane.label) for lane in self.lanes.values()], []])
        left.setWidth(96)

        for i, lane in enumerate(self.lanes.values()):
            if i % 2:  # alternate shading tells the lanes apart without a grid
                lane.band = pg.LinearRegionItem((lane.top, lane.bottom), orientation="horizontal", movable=False)
                lane.band.setZValue(-10)
                for line in lane.band.lines:
                    line.setPen(pg.mkPen(None))
                self.view.addItem(lane.band, ignoreBounds=True)
            lane.bar_item.setZValue(1)
            lane.scatter.setZValue(2)
            # No item takes part in auto-ranging (the range is always set by hand): skips bounds work.
            self.view.addItem(lane.bar_item, ignoreBounds=True)
            self.view.addItem(lane.scatter, ignoreBounds=True)

        # Rings: the current entry's events, and the selected event.
        self._entry_rings = pg.ScatterPlotItem(pxMode=True, hoverable=False)
        self._entry_boxes = pg.BarGraphItem(x0=np.empty(0), x1=np.empty(0), y0=np.empty(0), height=0)
        self._selected_ring = pg.ScatterPlotItem(pxMode=True, hoverable=False)
        self._selected_box = pg.BarGraphItem(x0=np.empty(0), x1=np.empty(0), y0=np.empty(0), height=0)
        for z, overlay in enumerate((self._entry_boxes, self._entry_rings, self._selected_box, self._selected_ring)):
            overlay.setZValue(3 + z)
            self.view.addItem(overlay, ignoreBounds=True)

        self.cursor = pg.InfiniteLine(angle=90, movable=True)
        self.cursor.setZValue(10)
        self.cursor.setBounds(self._bounds)
        self.cursor.setToolTip("The current date: drag it, or press Shift+Left/Right")
        self.view.addItem(self.cursor, ignoreBounds=True)
        self.cursor.sigPositionChanged.connect(self._on_cursor_moved)
        self.cursor.sigPositionChangeFinished.connect(self._snap_cursor)

        self.view.sigXRangeChanged.connect(self._redraw)
        self.view.sigResized.connect(self._redraw)
        self.plot.scene().sigMouseClicked.connect(self._on_scene_clicked)
        self.plot.scene().sigMouseMoved.connect(self._on_mouse_moved)
        self.plot.viewport().installEventFilter(self)
        self.layout().addWidget(self.plot, 1)

    def _build_actions(self) -> None:
        def action(text: str, keys: list, slot, tip: str) -> QAction:
            act = QAction(text, self)
            act.setShortcuts([QKeySequence(k) for k in keys])
            # Only while the timeline has focus, so the same keys stay free for the other panes.
            act.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            act.setToolTip(tip)
            act.triggered.connect(slot)
            self.addAction(act)
            return act

        # Not Ctrl++ / Ctrl+-: those change the text size anywhere in the window.
        self.zoom_in_action = action("Zoom &in", ["+", "="],
                                     lambda: self.zoom(1 / ZOOM_STEP), "Show fewer days, in more detail")
        self.zoom_out_action = action("Zoom &out", ["-"],
                                      lambda: self.zoom(ZOOM_STEP), "Show more days")
        self.pan_left_action = action("Scroll &earlier", ["Left"], lambda: self.pan(-PAN_STEP),
                                      "Scroll the timeline towards earlier dates")
        self.pan_right_action = action("Scroll &later", ["Right"], lambda: self.pan(PAN_STEP),
                                       "Scroll the timeline towards later dates")
        self.war_action = action("Show the &44 days", ["Home"], self.show_war_span,
                                 "Show the war: 27 September – 10 November 2020")
        self.whole_action = action("Show &all years", ["End"], self.show_whole_span,
                                   "Show every event, 1988–2022")
        self.previous_day_action = action("&Previous day", ["Shift+Left"], lambda: self.step_date(-1),
                                          "Move the current date one day back")
        self.next_day_action = action("&Next day", ["Shift+Right"], lambda: self.step_date(1),
                                      "Move the current date one day on")
        self.previous_event_action = action("Previous e&vent", ["Ctrl+Left"], lambda: self.step_event(-1),
                                            "Select and open the event before the current one")
        self.next_event_action = action("Next ev&ent", ["Ctrl+Right"], lambda: self.step_event(1),
                                        "Select and open the event after the current one")
        for button, act, text in ((self._war_button, self.war_action, "44 days"),
                                  (self._whole_button, self.whole_action, "1988–2022")):
            button.setDefaultAction(act)
            button.setText(text)
            button.setAccessibleName(act.text().replace("&", ""))
            button.setToolTip(f"{act.toolTip()} ({act.shortcut().toString()})")

    def focus_target(self) -> QWidget:
        return self.plot

    def menu_actions(self) -> list[QAction]:
        return [self.zoom_in_action, self.zoom_out_action, self.war_action, self.whole_action,
                self.previous_day_action, self.next_day_action, self.previous_event_action,
                self.next_event_action]

    # -- colours ------------------------------------------------------------------------------
    def _apply_palette(self) -> None:
        pal = self.palette()
        text = pal.color(QPalette.ColorRole.Text)
        base = pal.color(QPalette.ColorRole.Base)
        highlight = pal.color(QPalette.ColorRole.Highlight)
        self.plot.setBackground(base)
        for name in ("left", "bottom"):
            axis = self.plot.getPlotItem().getAxis(name)
            axis.setPen(pg.mkPen(text))
            axis.setTextPen(pg.mkPen(text))
        band = pal.color(QPalette.ColorRole.AlternateBase)
        if band == base:  # some styles give no alternate colour: mix a little text in
            band = _mix(base, text, 0.06)
        for lane in self.lanes.values():
            if lane.band is not None:
                lane.band.setBrush(pg.mkBrush(band))
            lane.bar_item.setOpts(brush=pg.mkBrush(lane.colour), pen=pg.mkPen(base, width=1))
            # Filled marker: exact day. Hollow marker: only the month or the year is known.
            lane.styles = {
                True: (pg.mkPen(base, width=1), pg.mkBrush(lane.colour)),
                False: (pg.mkPen(lane.colour, width=2), pg.mkBrush(base)),
            }
        no_brush = QBrush(Qt.BrushStyle.NoBrush)
        self._entry_rings.setPen(pg.mkPen(highlight, width=2.5))
        self._entry_rings.setBrush(no_brush)
        self._entry_boxes.setOpts(pen=pg.mkPen(highlight, width=2.5), brush=no_brush)
        self._selected_ring.setPen(pg.mkPen(text, width=2.5))
        self._selected_ring.setBrush(no_brush)
        self._selected_box.setOpts(pen=pg.mkPen(text, width=2.5, style=Qt.PenStyle.DashLine), brush=no_brush)
        self.cursor.setPen(pg.mkPen(text, width=2))
        self.cursor.setHoverPen(pg.mkPen(highlight, width=4))
        self._redraw()
        self._update_marks()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt name)
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange and hasattr(self, "cursor"):
            self._apply_palette()

    # -- drawing ------------------------------------------------------------------------------
    def _marker_size(self) -> float:
        """Markers as large as a stacking row allows, within readable limits."""
        pixels_per_row = self.view.height() / self._height if self._height else 10
        return max(7.0, min(12.0, pixels_per_row * 1.1))

    def _redraw(self, *_: object) -> None:
        """Fill each lane's items with the events in view (merged when there are too many)."""
        if not hasattr(self, "view"):
            return
        (x_min, x_max), _y = self.view.viewRange()
        width = x_max - x_min
        pixel = width / max(1.0, self.view.width())
        size = self._marker_size()
        for lane in self.lanes.values():
            shown = lane.key not in self._hidden
            lane.scatter.setVisible(shown)
            lane.bar_item.setVisible(shown)
            if not shown:
                lane.drawn_points = lane.drawn_bars = 0
                continue
            # Markers: a binary search finds the ones in view (plus a marker's width either side).
            lo = np.searchsorted(lane.px, x_min - size * pixel, "left")
            hi = np.searchsorted(lane.px, x_max + size * pixel, "right")
            if hi - lo > self.MAX_DRAWN_PER_LANE:
                bin_width = 6 * pixel
                bins = np.floor(lane.px[lo:hi] / bin_width)
                keys, counts = np.unique(bins, return_counts=True)
                x = (keys + 0.5) * bin_width
                y = np.full(x.size, lane.py.max())
                sizes = np.minimum(size + 2 * np.log2(counts), 2 * size)
                pen, brush = lane.styles[True]
                lane.scatter.setData(x=x, y=y, size=sizes, pen=pen, brush=brush, symbol="o")
            else:
                exact = lane.exact[lo:hi]
                pens = [lane.styles[bool(e)][0] for e in exact]
                brushes = [lane.styles[bool(e)][1] for e in exact]
                lane.scatter.setData(x=lane.px[lo:hi], y=lane.py[lo:hi], size=size, pen=pens, brush=brushes,
                                     symbol="o")
            lane.drawn_points = len(lane.scatter.data)
            # Bars overlapping the view.
            mask = (lane.bx1 >= x_min) & (lane.bx0 <= x_max)
            x0, x1, y0 = lane.bx0[mask], lane.bx1[mask], lane.by0[mask]
            if x0.size > self.MAX_DRAWN_PER_LANE:
                x0, x1, y0 = _merge_bars(x0, x1, y0, 2 * pixel, self.view.viewPixelSize()[1])
            # A few days' period is narrower than a pixel when zoomed out: keep it visible.
            x1 = np.maximum(x1, x0 + MIN_BAR_PIXELS * pixel)
            lane.bar_item.setOpts(x0=x0, x1=x1, y0=y0, height=BAR_HEIGHT)
            lane.drawn_bars = int(x0.size)
        if size != self._ring_size:  # rings are in data coordinates: only a resize changes them
            self._update_marks()

    def _update_marks(self) -> None:
        """Ring the current entry's events and the selected event (in lanes that are shown)."""
        if not hasattr(self, "_entry_rings"):
            return
        size = self._ring_size = self._marker_size()
        selected = self.state.event_id
        if selected != self._selected[0]:
            self._selected = (selected, self.content.event_numbers([selected]).get(selected) if selected else None)
        for numbers, rings, boxes, grow, pad in (
            (self._entry_numbers, self._entry_rings, self._entry_boxes, 7, 0.12),
            ([self._selected[1]], self._selected_ring, self._selected_box, 13, 0.25),
        ):
            xs, ys, bx0, bx1, by0 = [], [], [], [], []
            for number in numbers:
                place = self._place_of(number)
                if place is None:
                    continue
                lane, kind, i = place
                if kind == "point":
                    xs.append(lane.px[i])
                    ys.append(lane.py[i])
                else:
                    bx0.append(lane.bx0[i])
                    bx1.append(lane.bx1[i])
                    by0.append(lane.by0[i] - pad)
            rings.setData(x=xs, y=ys, size=size + grow, symbol="o")
            boxes.setOpts(x0=np.array(bx0), x1=np.array(bx1), y0=np.array(by0), height=BAR_HEIGHT + 2 * pad)

    def _locate(self, number: int | None) -> tuple[_Lane, str, int] | None:
        """Where the event with this number is drawn: its lane, "point" or "bar", and index in the lane."""
        j = int(np.searchsorted(self._numbers, number)) if number is not None else self._numbers.size
        if j >= self._numbers.size or self._numbers[j] != number:
            return None
        return (self._lane_list[self._where_lane[j]], "bar" if self._where_kind[j] else "point",
                int(self._where_index[j]))

    def _place_of(self, number: int | None) -> tuple[_Lane, str, int] | None:
        place = self._locate(number)
        return None if place is None or place[0].key in self._hidden else place

    # -- what is where ------------------------------------------------------------------------
    def position_of(self, event_id: str) -> QPointF:
        """Centre of the event's marker or bar, in view (time, lane) coordinates."""
        place = self._locate(self.content.event_numbers([event_id]).get(event_id))
        if place is None:
            raise KeyError(event_id)
        lane, kind, i = place
        if kind == "bar":
            return QPointF((lane.bx0[i] + lane.bx1[i]) / 2, lane.by0[i] + BAR_HEIGHT / 2)
        return QPointF(lane.px[i], lane.py[i])

    def _numbers_at(self, pos: QPointF) -> list[int]:
        """Numbers of the events drawn under a view position, nearest first (markers before the bars beneath)."""
        lane = next((ln for ln in self.lanes.values() if ln.top <= pos.y() < ln.bottom), None)
        if lane is None or lane.key in self._hidden:
            return []
        pixel_w, pixel_h = self.view.viewPixelSize()
        radius = self._marker_size() / 2 + 2
        lo = np.searchsorted(lane.px, pos.x() - radius * pixel_w, "left")
        hi = np.searchsorted(lane.px, pos.x() + radius * pixel_w, "right")
        dx = (lane.px[lo:hi] - pos.x()) / pixel_w
        dy = (lane.py[lo:hi] - pos.y()) / pixel_h
        dist = np.hypot(dx, dy)
        near = np.flatnonzero(dist <= radius)
        found = [int(n) for n in lane.points[lo + near[np.argsort(dist[near], kind="stable")]]]
        slack_x, slack_y = 2 * pixel_w, 2 * pixel_h
        right = np.maximum(lane.bx1, lane.bx0 + MIN_BAR_PIXELS * pixel_w)  # as drawn
        hit = ((lane.bx0 - slack_x <= pos.x()) & (pos.x() <= right + slack_x)
               & (lane.by0 - slack_y <= pos.y()) & (pos.y() <= lane.by0 + BAR_HEIGHT + slack_y))
        found += [int(n) for n in lane.bars[hit]]
        return found

    def events_at(self, pos: QPointF) -> list[Event]:
        """Events drawn under a view position, nearest first (markers before the bars beneath them)."""
        return self.content.events_numbered(self._numbers_at(pos))

    def tooltip_at(self, pos: QPointF) -> str:
        """Date, title and lane of the event under `pos` (view coordinates); '' over empty space."""
        found = self._numbers_at(pos)
        if not found:
            return ""
        event = self.content.events_numbered(found[:1])[0]
        lines = [format_date_range(event.date, event.end_date), event.title]
        place = self.content.place(event.place_id) if event.place_id else None
        if place is not None:
            form = str(self.settings.get(NAME_FORM))
            others = place.other_forms(form)
            lines.append(f"Place: {place.label(form)}" + (f" ({others})" if others and form != "both" else ""))
        lines.append(f"{self.lanes[event.lane].label} · click to open")
        if len(found) > 1:
            lines.append(f"and {len(found) - 1} more here: zoom in to tell them apart")
        return "\n".join(lines)

    def _view_pos(self, viewport_pos: QPointF) -> QPointF:
        return self.view.mapSceneToView(self.plot.mapToScene(viewport_pos.toPoint()))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt name)
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            text = self.tooltip_at(self._view_pos(QPointF(event.pos())))
            if text:
                QToolTip.showText(event.globalPos(), text, self.plot.viewport())
                return True
        return super().eventFilter(watched, event)

    def _on_mouse_moved(self, scene_pos: QPointF) -> None:
        over = bool(self._numbers_at(self.view.mapSceneToView(scene_pos)))
        self.plot.viewport().setCursor(Qt.CursorShape.PointingHandCursor if over else Qt.CursorShape.ArrowCursor)

    def _on_scene_clicked(self, ev) -> None:  # pyqtgraph MouseClickEvent
        if not self.view.sceneBoundingRect().contains(ev.scenePos()):
            return
        found = self.content.events_numbered(self._numbers_at(self.view.mapSceneToView(ev.scenePos()))[:1])
        if not found:
            return
        ev.accept()
        if ev.button() == Qt.MouseButton.LeftButton:
            self.activate_event(found[0].id)
        elif ev.button() == Qt.MouseButton.RightButton:
            self._event_menu(found[0]).exec(ev.screenPos().toPoint())

    def _event_menu(self, event: Event) -> QMenu:
        """Right-click on an event: open it, or write a note on it."""
        menu = QMenu(self)
        menu.addAction("Open", lambda: self.activate_event(event.id))
        menu.addAction("Add Note to This Event...", lambda: self.state.request_note(NoteTarget("event", event.id)))
        return menu

    # -- acting on events ---------------------------------------------------------------------
    def activate_event(self, event_id: str) -> None:
        """What a click on an event does: select it, open its entry, go to its date and place."""
        event = self.content.event(event_id)
        if event is None:
            raise KeyError(event_id)
        self._own_click = True
        try:
            self.state.select_event(event.id)
            self.state.set_entry(event.entry_id)
            self.state.set_date(date.fromisoformat(event.first_day))
            if event.place_id:
                self.state.select_place(event.place_id)
        finally:
            self._own_click = False

    def step_event(self, direction: int) -> None:
        """Open the next (1) or previous (-1) event in date order, in the lanes shown: from the selected
        event while the date is still its date, else from the date (moved on since, the next event is the
        one after the new date, not the one after the event left behind)."""
        hidden = [code for code, lane in enumerate(self._lane_list) if lane.key in self._hidden]
        shown = np.flatnonzero(~np.isin(self._order_lane, hidden))  # places in the date order
        if not shown.size:
            return
        today = (self.state.date - _EPOCH).days
        current = self.state.event_id
        number = self.content.event_numbers([current]).get(current) if current else None
        place = self._locate(number)
        rank = self._where_rank[np.searchsorted(self._numbers, number)] if place is not None else None
        if place is not None and place[0].key not in self._hidden and self._order_d0[rank] == today:
            index = int(np.searchsorted(shown, rank)) + direction
        else:
            index = int(np.searchsorted(self._order_d0[shown], today, "left"))  # the first on or after today
            index = index if direction > 0 else index - 1
        if 0 <= index < shown.size:
            event = self.content.events_numbered([self._order[shown[index]]])[0]
            self.activate_event(event.id)
            self._ensure_visible(event)

    def step_date(self, days: int) -> None:
        self.state.set_date(self.state.date + timedelta(days=days))

    def _on_event_selected(self, event_id: str) -> None:
        self._update_marks()
        event = self.content.event(event_id) if event_id else None
        if event is not None and not self._own_click:
            self._ensure_visible(event)

    def _on_entry_changed(self, entry_id: str) -> None:
        events = self.content.events_for_entry(entry_id)
        self._set_entry_events(events)
        self._update_marks()
        (x_min, x_max), _y = self.view.viewRange()
        if events and not self._own_click and not any(self._overlaps(e, x_min, x_max) for e in events):
            self._ensure_visible(events[0])

    def _set_entry_events(self, events: list[Event]) -> None:
        self._entry_events = events
        numbers = self.content.event_numbers(e.id for e in events)
        self._entry_numbers = [numbers[e.id] for e in events if e.id in numbers]

    @staticmethod
    def _extent(event: Event) -> tuple[float, float]:
        return day_seconds(date.fromisoformat(event.first_day)), day_seconds(date.fromisoformat(event.last_day)) + DAY

    def _overlaps(self, event: Event, x_min: float, x_max: float) -> bool:
        start, end = self._extent(event)
        return start < x_max and end > x_min

    def _ensure_visible(self, event: Event) -> None:
        """Scroll so the event is in view, keeping the zoom unless the event is wider than the view."""
        (x_min, x_max), _y = self.view.viewRange()
        start, end = self._extent(event)
        if start >= x_min and end <= x_max:
            return
        width = max(x_max - x_min, (end - start) * 1.1)
        centre = (start + end) / 2
        self._set_x_range(centre - width / 2, centre + width / 2)

    def highlighted_event_ids(self) -> set[str]:
        """Events ringed as belonging to the current entry (hidden lanes excluded)."""
        return {e.id for e in self._entry_events if e.lane not in self._hidden}

    # -- lanes --------------------------------------------------------------------------------
    def set_lane_visible(self, lane: str, visible: bool) -> None:
        if visible == (lane not in self._hidden):
            return
        self._hidden.symmetric_difference_update({lane})
        self.lane_boxes[lane].setChecked(visible)
        self.settings.set(TIMELINE_HIDDEN_LANES, ",".join(sorted(self._hidden)))
        self._redraw()
        self._update_marks()

    def lane_visible(self, lane: str) -> bool:
        return lane not in self._hidden

    def drawn_counts(self) -> dict[str, tuple[int, int]]:
        """Markers and bars actually drawn per lane, after culling, merging and hiding."""
        return {k: (ln.drawn_points, ln.drawn_bars) for k, ln in self.lanes.items()}

    # -- zoom, pan and the date line ----------------------------------------------------------
    def visible_range(self) -> tuple[date, date]:
        """First and last whole day in view."""
        (x_min, x_max), _y = self.view.viewRange()
        return day_at(x_min + DAY / 2), day_at(x_max - DAY / 2)

    def _set_x_range(self, x_min: float, x_max: float) -> None:
        lo, hi = self._bounds
        width = min(max(x_max - x_min, MIN_SPAN_DAYS * DAY), hi - lo)
        x_min = min(max(x_min, lo), hi - width)
        self.view.setXRange(x_min, x_min + width, padding=0)

    def show_war_span(self) -> None:
        self._set_x_range(day_seconds(WAR_START), day_seconds(WAR_END) + DAY)

    def show_whole_span(self) -> None:
        self._set_x_range(*self._bounds)

    def zoom(self, factor: float) -> None:
        """Scale the visible time span by `factor` (<1 zooms in), about the date line when it is in view."""
        (x_min, x_max), _y = self.view.viewRange()
        centre = self.cursor.value()
        if not x_min <= centre <= x_max:
            centre = (x_min + x_max) / 2
        self._set_x_range(centre - (centre - x_min) * factor, centre + (x_max - centre) * factor)

    def pan(self, fraction: float) -> None:
        (x_min, x_max), _y = self.view.viewRange()
        shift = (x_max - x_min) * fraction
        self._set_x_range(x_min + shift, x_max + shift)

    def _move_cursor(self, day: date) -> None:
        self._syncing = True
        try:
            self.cursor.setValue(day_seconds(day) + DAY / 2)
        finally:
            self._syncing = False

    def _on_cursor_moved(self, line: pg.InfiniteLine) -> None:
        if self._syncing:
            return
        day = day_at(line.value())
        self._date_label.setText(f"Date: {format_day(day)}")
        self.state.set_date(day)  # emits only when the day changes

    def _snap_cursor(self, line: pg.InfiniteLine) -> None:
        self._move_cursor(day_at(line.value()))

    def _on_date_changed(self, day: date) -> None:
        self._date_label.setText(f"Date: {format_day(day)}")
        if day_at(self.cursor.value()) != day:
            self._move_cursor(day)
        (x_min, x_max), _y = self.view.viewRange()
        x = self.cursor.value()
        if not self._own_click and not x_min <= x <= x_max:
            width = x_max - x_min
            self._set_x_range(x - width / 2, x + width / 2)


def _swatch(colour: QColor) -> QIcon:
    pixmap = QPixmap(12, 12)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setBrush(colour)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.drawEllipse(1, 1, 10, 10)
    painter.end()
    return QIcon(pixmap)


def _mix(a: QColor, b: QColor, t: float) -> QColor:
    return QColor(round(a.red() + (b.red() - a.red()) * t), round(a.green() + (b.green() - a.green()) * t),
                  round(a.blue() + (b.blue() - a.blue()) * t))
