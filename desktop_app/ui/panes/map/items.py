"""The map's scene items for places: a label drawn once into an image, and a place's marker with its label."""

from __future__ import annotations

import math
from collections import OrderedDict
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QImage, QPainter, QPainterPath, QPolygonF, QTransform
from PySide6.QtWidgets import QGraphicsItem, QGraphicsPathItem, QStyleOptionGraphicsItem, QWidget

from desktop_app.views.map.places import MapPlace

LABEL_IMAGE_CACHE = 1500  # labels drawn once into an image each, the most recently used kept
HALO_RADIUS = 1.5  # pixels of background colour around each letter
# The halo is the text drawn in the background colour moved this far in eight directions: it looks as a
# stroked outline of the letters does, at a tenth of the cost (a zoom step draws tens of new labels).
HALO_OFFSETS = tuple(QPointF(HALO_RADIUS * math.cos(k * math.pi / 4), HALO_RADIUS * math.sin(k * math.pi / 4))
                     for k in range(8))

_label_images: OrderedDict[tuple, QImage] = OrderedDict()  # (text, font, colours, pixel ratio) -> drawn label
_scratch: dict[float, QImage] = {}  # pixel ratio -> the image labels are first drawn on
_TRANSLATE = QTransform.TransformationType.TxTranslate.value  # on screen: moved, never scaled


class LabelItem(QGraphicsItem):
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
        self._look: tuple | None = None  # text, font and colours: which drawn image shows the label
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
        self._look = None
        self.update()

    def set_colours(self, colour: QColor, halo: QColor) -> None:
        self.colour, self.halo = colour, halo
        self._look = None
        self.update()

    @property
    def size(self) -> QSize:
        return self._size

    def boundingRect(self) -> QRectF:  # noqa: N802 (Qt naming)
        return QRectF(0, 0, self._size.width(), self._size.height())

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        if widget is None or painter.worldTransform().type().value > _TRANSLATE:
            self._draw(painter)  # not on screen (an image being saved): drawn as text, at any size
            return
        painter.drawImage(QPointF(0, 0), self.image(widget.devicePixelRatioF()))

    def image(self, ratio: float) -> QImage:
        """The label drawn for a screen of this pixel ratio: the first time it is asked for, or ahead of that."""
        if self._look is None:
            self._look = (self.text, self.font.key(), self.colour.rgba(), self.halo.rgba())
        key = (self._look, ratio)
        image = _label_images.get(key)
        if image is not None:
            _label_images.move_to_end(key)
            return image
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
        return image

    def _draw(self, painter: QPainter) -> None:
        baseline = QPointF(self.PAD, self.PAD + self._ascent)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setFont(self.font)
        painter.setPen(self.halo)
        for offset in HALO_OFFSETS:
            painter.drawText(baseline + offset, self.text)
        painter.setPen(self.colour)
        painter.drawText(baseline, self.text)


@dataclass(eq=False)
class PlaceMark(MapPlace):
    """A place as the map draws it: the view-model's MapPlace with its marker (an empty path for areas) and
    label as the marker's child, made the first time the place is drawn (MapScene.materialize)."""

    marker: QGraphicsPathItem | None = None
    label: LabelItem | None = None
    offset: tuple[float, float] = (0.0, 0.0)  # pixels, to part markers drawn at the same spot
    # What the last layout did, so the next one touches only what changes.
    label_at: tuple[float, float] | None = None
    label_shown: bool = True
    z: float = 10.0
    path_made: bool = False
    shape: str = "circle"  # for its holder (views.map.control.marker_shape); sites are diamonds whoever holds them

    def __post_init__(self) -> None:
        super().__post_init__()
        self.scene_pos = QPointF(self.x, self.y)

    def set_offset(self, offset: tuple[float, float]) -> None:
        if self.path_made and offset == self.offset:
            return
        self.offset = offset
        if self.marker is None:
            return
        self.path_made = True
        path = QPainterPath()  # areas keep it empty
        at = QPointF(*offset)
        if self.site:
            r = self.radius * 1.25
            path.addPolygon(QPolygonF([at + QPointF(0, -r), at + QPointF(r, 0), at + QPointF(0, r),
                                       at + QPointF(-r, 0), at + QPointF(0, -r)]))
        elif not self.area:
            add_shape(path, self.shape, at, self.radius)
        self.marker.setPath(path)

    def set_shape(self, shape: str) -> None:
        if shape != self.shape:
            self.shape = shape
            self.path_made = False
            self.set_offset(self.offset)


def add_shape(path: QPainterPath, shape: str, at: QPointF, r: float) -> None:
    """A marker of `shape` (views.map.control.MARKER_SHAPES) of about radius `r`, centred on `at`; the square
    and triangles a little larger, so that each covers about the area of the circle."""
    if shape == "square":
        side = r * 1.75
        path.addRect(QRectF(at.x() - side / 2, at.y() - side / 2, side, side))
    elif shape in ("triangle-up", "triangle-down"):
        t = r * 1.45 * (1 if shape == "triangle-up" else -1)
        path.addPolygon(QPolygonF([at + QPointF(0, -t), at + QPointF(t * 0.95, t * 0.7),
                                   at + QPointF(-t * 0.95, t * 0.7), at + QPointF(0, -t)]))
    else:
        path.addEllipse(at, r, r)
