"""The map's scene: the region drawn from real geometry, the places' markers and labels, the selection.

The geometry is built once: the countries and districts of resources/map/region.geojson, and a marker and
label for each place, made when the place is first drawn. A date change only swaps the brushes of what
changed hands (district tooltips are rewritten with them; a marker's is written when pointed at). Markers
and labels keep their pixel size at every zoom; each layout touches only the items that change.
"""

from __future__ import annotations

import html
from collections.abc import Iterable

from PySide6.QtCore import QObject, QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QPainterPath, QPalette, QPen, QPolygonF
from PySide6.QtWidgets import QGraphicsEllipseItem, QGraphicsItem, QGraphicsPathItem, QGraphicsRectItem, QGraphicsScene

from desktop_app.content.geometry import MapFeature, RegionMap
from desktop_app.ui import theme
from desktop_app.ui.panes.map.items import LabelItem, PlaceMark
from desktop_app.views.map import projection
from desktop_app.views.map.control import marker_shape
from desktop_app.views.map.layout import Layout
from desktop_app.views.map.model import MapModel
from desktop_app.views.map.places import POINT_STYLES
from desktop_app.views.map.text import COUNTRY_LABELS, country_name

FILL_ALPHA = 150  # district fills let the borders and the land show through
NO_HOLDER_COLOUR = QColor(128, 128, 128)


def scene_point(lon: float, lat: float) -> QPointF:
    """Where a longitude and latitude are in the map's scene."""
    return QPointF(*projection.project(lon, lat))


def scene_rect(lon0: float, lat0: float, lon1: float, lat1: float) -> QRectF:
    x0, y0, x1, y1 = projection.scene_box(lon0, lat0, lon1, lat1)
    return QRectF(QPointF(x0, y0), QPointF(x1, y1))


def mix(a: QColor, b: QColor, t: float) -> QColor:
    """`a` moved a fraction `t` towards `b`."""
    return QColor(
        round(a.red() + (b.red() - a.red()) * t),
        round(a.green() + (b.green() - a.green()) * t),
        round(a.blue() + (b.blue() - a.blue()) * t),
    )


def holder_colour(holder: str) -> QColor:
    return theme.CONTROL_COLOURS.get(holder, NO_HOLDER_COLOUR)


def label_font(base: QFont, variant: str) -> QFont:
    """The font of a kind of label (`label_variant`): areas in italics, cities in bold, villages and sites
    smaller."""
    font = QFont(base)
    if variant == "area":
        font.setItalic(True)
        font.setPointSizeF(max(7.0, base.pointSizeF() - 0.5))
    elif variant == "city":
        font.setBold(True)
    elif variant == "minor":
        font.setPointSizeF(max(7.0, base.pointSizeF() - 1.0))
    return font


def label_variant(mark: PlaceMark) -> str:
    if mark.area:
        return "area"
    if mark.place.type == "city":
        return "city"
    return "minor" if mark.priority > 2 else "plain"


def _path(feature: MapFeature) -> QPainterPath:
    path = QPainterPath()
    path.setFillRule(Qt.FillRule.OddEvenFill)  # holes (Stepanakert in Khojaly) stay open
    for polygon in feature.polygons:
        for ring in polygon:
            path.addPolygon(QPolygonF([scene_point(lon, lat) for lon, lat in ring]))
            path.closeSubpath()
    return path


class MapScene(QGraphicsScene):
    """The region's sea, countries and districts, the places drawn (`drawn`, made once: `live`), the
    selection's highlight and ring. `model` says who holds what and what tooltips say."""

    def __init__(self, region: RegionMap, model: MapModel, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self.box = scene_rect(*region.bbox)
        self.setSceneRect(self.box)
        self.land = QColor()
        self._marker_pen = QPen()
        self._label_colours = (QColor(), QColor(), QColor())  # area label, place label, halo
        self.live: dict[PlaceMark, None] = {}  # places with scene items
        self._font = QFont()  # the pane's
        self._fonts: dict[str, QFont] = {}  # label variant -> its font, made from the pane's
        self.drawn: set[PlaceMark] = set()  # places visible

        self._sea = QGraphicsRectItem(self.box)
        self._sea.setZValue(0)
        self.addItem(self._sea)
        self._country_fills: dict[str, QGraphicsPathItem] = {}
        self._country_borders: list[QGraphicsPathItem] = []
        for feature in region.countries():
            path = _path(feature)
            fill = self.addPath(path)
            fill.setZValue(1)
            fill.setToolTip(feature.name)
            self._country_fills[feature.id or feature.name] = fill
            border = self.addPath(path)
            border.setZValue(6)
            border.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
            self._country_borders.append(border)

        # Districts: the ones with a place id are filled by control; the rest are thin context outlines.
        self.areas: dict[str, QGraphicsPathItem] = {}  # place id -> polygon
        self.hatches: dict[str, list[QGraphicsPathItem]] = {}  # place id -> the lines over its fill
        self._context: list[QGraphicsPathItem] = []
        for feature in region.districts():
            item = self.addPath(_path(feature))
            if feature.id:
                place = model.area_places.get(feature.id)
                # the two city polygons (Stepanakert, Shusha) lie on the edges of districts: draw them above
                item.setZValue(3 if place is not None and place.type in POINT_STYLES else 2)
                self.areas[feature.id] = item
            else:
                item.setZValue(1.5)
                item.setToolTip(html.escape(feature.name))
                self._context.append(item)

        self._highlight = QGraphicsPathItem()
        self._highlight.setZValue(7)
        self._highlight.setBrush(Qt.BrushStyle.NoBrush)
        self._highlight.hide()
        self.addItem(self._highlight)

        self.country_labels: list[tuple[LabelItem, QPointF]] = []
        for code, (lon, lat) in COUNTRY_LABELS.items():
            label = LabelItem()
            label.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIgnoresTransformations)
            label.setZValue(8)
            self.addItem(label)
            self.country_labels.append((label, scene_point(lon, lat)))
            label.setData(0, code)

        self._ring = QGraphicsEllipseItem(-9, -9, 18, 18)
        self._ring.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIgnoresTransformations)
        self._ring.setZValue(12)
        self._ring.setBrush(Qt.BrushStyle.NoBrush)
        self._ring.hide()
        self.addItem(self._ring)

    # -- colours ------------------------------------------------------------------------------
    def apply_palette(self, pal: QPalette, font: QFont) -> None:
        """Colours from the palette; the country names and, from now on, place labels in `font`'s family."""
        self._font = font
        self._fonts.clear()
        base, text = pal.color(QPalette.ColorRole.Base), pal.color(QPalette.ColorRole.Text)
        window, mid = pal.color(QPalette.ColorRole.Window), pal.color(QPalette.ColorRole.Mid)
        self.land = base
        self.setBackgroundBrush(window)
        self._sea.setBrush(mix(base, QColor(70, 130, 200), 0.22))
        self._sea.setPen(QPen(Qt.PenStyle.NoPen))
        neighbour = mix(base, mid, 0.3)
        for code, item in self._country_fills.items():
            item.setBrush(base if code in ("AZ", "AM") else neighbour)
            item.setPen(QPen(Qt.PenStyle.NoPen))
        border = QPen(mix(mid, text, 0.35), 1.3)
        border.setCosmetic(True)
        for item in self._country_borders:
            item.setPen(border)
            item.setBrush(Qt.BrushStyle.NoBrush)
        context = QPen(mix(base, text, 0.22), 0.6)
        context.setCosmetic(True)
        for item in self._context:
            item.setPen(context)
            item.setBrush(Qt.BrushStyle.NoBrush)
        mapped = QPen(mix(base, text, 0.45), 0.9)
        mapped.setCosmetic(True)
        for item in self.areas.values():
            item.setPen(mapped)
        highlight = QPen(pal.color(QPalette.ColorRole.Highlight), 2.5)
        highlight.setCosmetic(True)
        self._highlight.setPen(highlight)
        self._ring.setPen(QPen(pal.color(QPalette.ColorRole.Highlight), 2.5))
        self._marker_pen = QPen(text, 1.0)
        self._label_colours = (mix(text, base, 0.3), text, base)
        for mark in self.live:
            self._style(mark)
        country_font = QFont(font)
        country_font.setLetterSpacing(QFont.SpacingType.PercentageSpacing, 130)
        country_font.setPointSizeF(max(7.0, font.pointSizeF() - 0.5))
        for label, pos in self.country_labels:
            label.set_colours(mix(base, text, 0.45), base)
            label.set_text(country_name(label.data(0)), country_font)
            label.setPos(pos)
        self.recolour()

    def _style(self, mark: PlaceMark) -> None:
        area_colour, colour, halo = self._label_colours
        mark.marker.setPen(self._marker_pen)
        mark.label.set_colours(area_colour if mark.area else colour, halo)

    def recolour(self, only: set[str] | None = None) -> None:
        """Brushes and tooltips for the control records in force on the date shown (`only` these places)."""
        model = self.model
        for area_id, item in self.areas.items():
            if only is not None and area_id not in only:
                continue
            holder = model.holder(area_id)
            if holder is None:
                item.setBrush(Qt.BrushStyle.NoBrush)
            else:
                colour = QColor(holder_colour(holder))
                colour.setAlpha(FILL_ALPHA)
                item.setBrush(colour)
            self._hatch(area_id, holder)
            place = model.area_places.get(area_id)
            if place is not None:
                item.setToolTip(model.tooltip(place))
        by_id = model.places.by_id
        live = self.live if only is None else [by_id[p] for p in only if p in by_id]
        for mark in live:  # places not drawn yet get their colour and shape when they are
            if mark.marker is not None:
                mark.marker.setBrush(self.marker_colour(mark.place.id))
                mark.set_shape(marker_shape(model.holder(mark.place.id)))

    def _hatch(self, area_id: str, holder: str | None) -> None:
        """Line an area in its holder's pattern (theme.CONTROL_PATTERNS): child items over the fill, made the
        first time they are needed, then restyled, shown or hidden."""
        patterns = theme.CONTROL_PATTERNS.get(holder or "", ())
        lines_items = self.hatches.setdefault(area_id, [])
        area = self.areas[area_id]
        while len(lines_items) < len(patterns):
            lines = QGraphicsPathItem(area.path(), area)  # a child: drawn over the fill, under the labels
            lines.setPen(QPen(Qt.PenStyle.NoPen))
            lines.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
            lines_items.append(lines)
        for i, lines in enumerate(lines_items):
            if i < len(patterns):
                side, style = patterns[i]
                # Qt's pattern brushes are cosmetic: the lines keep their spacing in pixels at every zoom.
                lines.setBrush(QBrush(holder_colour(side), style))
            lines.setVisible(i < len(patterns))

    def hatched(self, area_id: str) -> list[QBrush]:
        """The lines drawn over an area's fill now: its holder's pattern (none without a holder)."""
        return [lines.brush() for lines in self.hatches.get(area_id, []) if lines.isVisible()]

    def marker_colour(self, place_id: str) -> QColor:
        holder = self.model.holder(place_id)
        return holder_colour(holder) if holder is not None else self.land

    # -- places -------------------------------------------------------------------------------
    def set_label(self, mark: PlaceMark, form: str) -> None:
        """A place's label in the name form (a NAME_FORM setting) and the pane's font; where it may go."""
        variant = label_variant(mark)
        font = self._fonts.get(variant)
        if font is None:
            font = self._fonts[variant] = label_font(self._font, variant)
        mark.label.set_text(mark.place.label(form), font)
        mark.label_at = None
        mark.set_label_size(mark.label.width, mark.label.height)

    def materialize(self, mark: PlaceMark, form: str) -> None:
        """The marker and label items of a place, made the first time it is drawn (or made ready for the next
        zoom step), hidden until it is."""
        if mark.marker is not None:
            return
        marker = QGraphicsPathItem()
        marker.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIgnoresTransformations)
        marker.setPos(mark.scene_pos)
        marker.setZValue(10)
        marker.setData(0, mark.place.id)
        marker.setVisible(False)
        mark.marker, mark.label = marker, LabelItem(marker)
        mark.shape = marker_shape(self.model.holder(mark.place.id))
        mark.path_made = False
        mark.set_offset(mark.offset)
        self._style(mark)
        self.set_label(mark, form)
        marker.setBrush(self.marker_colour(mark.place.id))
        self.addItem(marker)
        self.live[mark] = None

    def forget(self, marks: Iterable[PlaceMark]) -> None:
        """Drop the items of places the view-model no longer holds."""
        for mark in marks:
            if mark.marker is not None:
                self.removeItem(mark.marker)
                del self.live[mark]

    def draw(self, shown: list[PlaceMark], form: str) -> None:
        """Make visible exactly the places `shown` (their items made if need be)."""
        now = set(shown)
        for mark in self.drawn - now:
            mark.marker.setVisible(False)
        for mark in shown:
            if mark not in self.drawn:
                self.materialize(mark, form)
                mark.marker.setVisible(True)
        self.drawn = now

    def fixed_labels(self) -> list[tuple[float, float, float, float]]:
        """The country names as labels must not cover them: scene x, y and pixel width, height."""
        return [(pos.x(), pos.y(), label.width, label.height) for label, pos in self.country_labels]

    def arrange(self, shown: list[PlaceMark], layout: Layout, selected: str) -> None:
        """Move markers and labels where the layout puts them, touching only what changed."""
        offsets, labels = layout.offsets, layout.labels
        for mark in shown:
            offset = offsets.get(mark)
            if offset is not None:
                mark.set_offset(offset)
            at = labels.get(mark)
            if at is not None and at != mark.label_at:
                mark.label.setPos(*at)
                mark.label_at = at
            if (at is not None) != mark.label_shown:
                mark.label_shown = at is not None
                mark.label.setVisible(mark.label_shown)
            z = 11.0 if mark.place.id == selected else 10.0
            if z != mark.z:
                mark.z = z
                mark.marker.setZValue(z)

    def mark_selection(self, place_id: str, mark: PlaceMark | None) -> None:
        """Outline the selected district, or ring the selected place's marker."""
        area = self.areas.get(place_id)
        if area is not None and (mark is None or mark.area):
            self._highlight.setPath(area.path())
            self._highlight.show()
        else:
            self._highlight.hide()
        if mark is not None and not mark.area:
            self._ring.setPos(mark.scene_pos)
            self._ring.setRect(QRectF(mark.offset[0] - 9, mark.offset[1] - 9, 18, 18))
            self._ring.show()
        else:
            self._ring.hide()
