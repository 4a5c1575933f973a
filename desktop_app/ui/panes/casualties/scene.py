"""The chart on screen: one QGraphicsScene of light items laid out by hand, top to bottom (a text block for
the header, the Oryx legend, one SectionItem per category with a BarItem per row, the footer), and the view
that shows it and turns the pointer into bars hovered, clicked and right-clicked.

A pane keeps each view's scene once drawn (`Drawing`); a resize only lays the same items out again.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QFrame, QGraphicsScene, QGraphicsView, QToolTip

from desktop_app.content import Figure
from desktop_app.ui.focus_ring import FocusRing
from desktop_app.ui.panes.casualties.bars import BarItem, SectionItem
from desktop_app.ui.panes.casualties.blocks import Colours, Fonts, LegendItem, TextBlock
from desktop_app.views.chart import ChartPicture, ChartRow, ChartSection, row_text


class ChartScene(QGraphicsScene):
    """Shows a bar's tooltip, written only when the pointer first rests on the bar."""

    def helpEvent(self, event) -> None:  # noqa: N802 (Qt API)
        for item in self.items(event.scenePos()):
            if isinstance(item, BarItem):
                QToolTip.showText(event.screenPos(), item.toolTip(), event.widget())
                event.accept()
                return
        super().helpEvent(event)


class ChartView(FocusRing, QGraphicsView):
    """The chart as tall as its rows (the scroll area around it scrolls). Tells the pane when its width changes
    and which bar the pointer is on, is clicked or right-clicked (found by the position in the view)."""

    def __init__(self, on_resize: Callable[[], None], on_hover: Callable[[BarItem | None], None],
                 on_click: Callable[[BarItem, Figure], None], on_menu: Callable[[Figure, QPoint], None]) -> None:
        super().__init__()
        self._on_resize = on_resize
        self._on_hover = on_hover
        self._on_click = on_click
        self._on_menu = on_menu
        self._hovered: BarItem | None = None
        self._pressed: BarItem | None = None
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.MinimalViewportUpdate)

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt API)
        super().resizeEvent(event)
        self._on_resize()

    def wheelEvent(self, event) -> None:  # noqa: N802 (Qt API): the scroll area around the chart scrolls
        event.ignore()

    def bar_at(self, point: QPoint) -> BarItem | None:
        return next((item for item in self.items(point) if isinstance(item, BarItem)), None)

    def _figure_at(self, bar: BarItem, point: QPoint) -> Figure:
        return bar.figure_at_point(bar.mapFromScene(self.mapToScene(point)))

    def mouseMoveEvent(self, event) -> None:  # noqa: N802 (Qt API)
        super().mouseMoveEvent(event)
        bar = self.bar_at(event.position().toPoint())
        if bar is not self._hovered:
            self._hovered = bar
            self._on_hover(bar)

    def leaveEvent(self, event) -> None:  # noqa: N802 (Qt API)
        super().leaveEvent(event)
        if self._hovered is not None:
            self._hovered = None
            self._on_hover(None)

    def setScene(self, scene: QGraphicsScene) -> None:  # noqa: N802 (Qt API)
        self._hovered = self._pressed = None
        super().setScene(scene)
        self.viewport().setMouseTracking(True)  # to say which bar the pointer is on

    def mousePressEvent(self, event) -> None:  # noqa: N802 (Qt API)
        super().mousePressEvent(event)
        left = event.button() == Qt.MouseButton.LeftButton
        self._pressed = self.bar_at(event.position().toPoint()) if left else None

    def mouseReleaseEvent(self, event) -> None:  # noqa: N802 (Qt API)
        super().mouseReleaseEvent(event)
        point = event.position().toPoint()
        pressed, self._pressed = self._pressed, None
        if event.button() == Qt.MouseButton.LeftButton and pressed is not None and self.bar_at(point) is pressed:
            self._on_click(pressed, self._figure_at(pressed, point))

    def contextMenuEvent(self, event) -> None:  # noqa: N802 (Qt API)
        bar = self.bar_at(event.pos())
        if bar is None:
            super().contextMenuEvent(event)
            return
        event.accept()
        self._on_menu(self._figure_at(bar, event.pos()), event.globalPos())


@dataclass
class Drawing:
    """One view of the chart, drawn: kept by the pane and shown again when the view is chosen again."""

    scene: ChartScene
    picture: ChartPicture  # what it shows
    header: TextBlock
    blocks: list  # the header, the legend, a notice, the SectionItems and the footer, top to bottom
    bars: list[BarItem]
    width: float = -1.0
    height: int = 0

    def layout(self, width: float) -> None:
        y = 4.0
        for block in self.blocks:
            block.set_width(width)
            block.setPos(0, y)
            y += block.height
        self.width = width
        self.height = int(math.ceil(y + 4))
        self.scene.setSceneRect(0, 0, width, self.height)

    def set_header(self, picture: ChartPicture, colours: Colours, fonts: Fonts) -> None:
        """New header text (the date followed moved on); the chart is laid out again by the caller."""
        self.picture = picture
        self.header.set_lines(header_lines(picture, colours, fonts))
        self.width = -1.0


def header_lines(picture: ChartPicture, colours: Colours, fonts: Fonts) -> list:
    lines = [(picture.title, fonts.title, colours.text)]
    if picture.date_line:
        lines.append((picture.date_line, fonts.bold, colours.text))
    return lines + [(line, fonts.label, colours.muted) for line in picture.header]


def draw(picture: ChartPicture, colours: Colours, fonts: Fonts, scale: float,
         tooltip: Callable[[BarItem], str]) -> Drawing:
    """The scene of a chart: its blocks top to bottom, and its bars in order."""
    header = TextBlock(header_lines(picture, colours, fonts))
    blocks: list = [header]
    if picture.legend:
        blocks.append(LegendItem(colours, fonts.label))
    if picture.notice:
        blocks.append(TextBlock([(picture.notice, fonts.label, colours.muted)]))
    bars: list[BarItem] = []

    def make_bar(row: ChartRow, section: ChartSection, x_max: float, top: float) -> BarItem:
        return BarItem(row, section, top, x_max, colours, fonts, row_text(row, picture.scope), tooltip, scale)

    for section in picture.sections:
        item = SectionItem(section, colours, fonts, scale)
        bars += item.add_rows(lambda row, top, s=section, x=item.x_max: make_bar(row, s, x, top))
        blocks.append(item)
    blocks.append(TextBlock([(line, fonts.small, colours.muted) for line in picture.footer]))
    scene = ChartScene()
    for block in blocks:
        scene.addItem(block)
    return Drawing(scene, picture, header, blocks, bars)
