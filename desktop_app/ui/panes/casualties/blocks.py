"""The colours and fonts a chart is drawn with, and its plain blocks: lines of text (header, notice, footer)
and the Oryx legend. Each block lays itself out to the chart's width and says how tall it is."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetricsF, QPainter, QPalette, QPen
from PySide6.QtWidgets import QGraphicsItem

from desktop_app.ui import theme
from desktop_app.views.chart import oryx_legend
from desktop_app.views.chart.geometry import BLOCK_GAP_PX, MARGIN_PX, RIGHT_PX

WRAP = int(Qt.AlignmentFlag.AlignLeft.value | Qt.AlignmentFlag.AlignTop.value | Qt.TextFlag.TextWordWrap.value)


@dataclass
class Colours:
    text: QColor
    muted: QColor
    background: QColor
    highlight: QColor
    claimants: dict[str, QColor]

    @classmethod
    def of(cls, palette: QPalette, claimant_index: dict[str, int]) -> Colours:
        """The palette's colours, and each claimant's colour from its index in the theme's claimant colours."""
        return cls(
            text=palette.color(QPalette.ColorRole.Text),
            muted=palette.color(QPalette.ColorRole.PlaceholderText),
            background=palette.color(QPalette.ColorRole.Base),
            highlight=palette.color(QPalette.ColorRole.Highlight),
            claimants={c: theme.claimant_colour(i) for c, i in claimant_index.items()},
        )


@dataclass
class Fonts:
    label: QFont  # the tail of a bar's label, tick labels
    bold: QFont  # the head of a bar's label, side headings, the date followed
    title: QFont  # the chart's title
    section: QFont  # a category's title
    small: QFont  # the footer

    @classmethod
    def of(cls, base: QFont, scale: float) -> Fonts:
        def font(points: float | None, bold: bool) -> QFont:
            out = QFont(base)
            if points is not None:
                out.setPointSizeF(points)
            out.setBold(bold)
            return out

        return cls(font(None, False), font(None, True), font(12 * scale, True), font(11 * scale, True),
                   font(8 * scale, False))


class TextBlock(QGraphicsItem):
    """Lines of plain text, each in its own font and colour, wrapped to the chart's width."""

    def __init__(self, lines: Sequence[tuple[str, QFont, QColor]]) -> None:
        super().__init__()
        self.lines = list(lines)
        self._rects: list[QRectF] = []
        self.height = 0.0
        self._bounds = QRectF()

    @property
    def text(self) -> str:
        return "\n".join(text for text, _font, _colour in self.lines)

    def set_lines(self, lines: Sequence[tuple[str, QFont, QColor]]) -> None:
        """New text, laid out when the chart is next laid out."""
        self.lines = list(lines)
        self.update()

    def set_width(self, width: float) -> None:
        room = max(width - MARGIN_PX - RIGHT_PX, 40.0)
        self._rects = []
        y = 0.0
        for text, font, _colour in self.lines:
            rect = QFontMetricsF(font).boundingRect(QRectF(0, 0, room, 1e6), WRAP, text)
            self._rects.append(QRectF(MARGIN_PX, y, room, rect.height()))
            y += rect.height()
        self.prepareGeometryChange()
        self.height = y + BLOCK_GAP_PX
        self._bounds = QRectF(0, 0, width, y)

    def boundingRect(self) -> QRectF:  # noqa: N802 (Qt API)
        return self._bounds

    def paint(self, painter: QPainter, *args) -> None:
        for (text, font, colour), rect in zip(self.lines, self._rects, strict=False):
            painter.setFont(font)
            painter.setPen(colour)
            painter.drawText(rect, WRAP, text)


class LegendItem(QGraphicsItem):
    """The Oryx legend: a swatch per status, the hatched "total only" swatch and the mark for Oryx's own total,
    flowing onto as many lines as the width needs."""

    def __init__(self, colours: Colours, font: QFont) -> None:
        super().__init__()
        self._colours = colours
        self._font = font
        self.entries = oryx_legend()
        self._placed: list[tuple[QPointF, tuple[str, str, str]]] = []
        self.height = 0.0
        self._bounds = QRectF()

    @property
    def text(self) -> str:
        return ", ".join(text for _kind, _status, text in self.entries)

    def set_width(self, width: float) -> None:
        metrics = QFontMetricsF(self._font)
        line = metrics.height()
        x, y = float(MARGIN_PX), 0.0
        self._placed = []
        for entry in self.entries:
            kind, _status, text = entry
            if kind == "hatched" and x > MARGIN_PX:  # what is not a status starts a line of its own
                x, y = MARGIN_PX, y + line
            advance = line + metrics.horizontalAdvance(text) + line
            if x > MARGIN_PX and x + advance - line > width - RIGHT_PX:
                x, y = MARGIN_PX, y + line
            self._placed.append((QPointF(x, y), entry))
            x += advance
        self.prepareGeometryChange()
        self.height = y + line + BLOCK_GAP_PX
        self._bounds = QRectF(0, 0, width, y + line)

    def boundingRect(self) -> QRectF:  # noqa: N802 (Qt API)
        return self._bounds

    def paint(self, painter: QPainter, *args) -> None:
        metrics = QFontMetricsF(self._font)
        line = metrics.height()
        side = round(line * 0.6)
        painter.setFont(self._font)
        for at, (kind, status, text) in self._placed:
            box = QRectF(at.x(), at.y() + (line - side) / 2, side, side)
            if kind == "swatch":
                painter.fillRect(box, theme.STATUS_COLOURS.get(status, self._colours.muted))
            elif kind == "hatched":
                painter.setPen(self._colours.muted)
                painter.setBrush(QBrush(self._colours.muted, Qt.BrushStyle.BDiagPattern))
                painter.drawRect(box)
            else:
                pen = QPen(self._colours.text, 2)
                painter.setPen(pen)
                painter.drawLine(QPointF(box.center().x(), box.top() - 2), QPointF(box.center().x(), box.bottom() + 2))
            painter.setPen(self._colours.text if kind == "swatch" else self._colours.muted)
            painter.drawText(QRectF(at.x() + side + 5, at.y(), 1e4, line),
                             int(Qt.AlignmentFlag.AlignLeft.value | Qt.AlignmentFlag.AlignVCenter.value), text)
