"""A category of the chart (SectionItem: its title, side headings and axis) and its bars (BarItem: one row,
its label line and the bar below it). Where they go comes from `desktop_app.views.chart.geometry`; these
items cut the labels to the width with the fonts and paint."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetricsF, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QGraphicsItem

from desktop_app.content import Figure
from desktop_app.i18n import number
from desktop_app.ui import theme
from desktop_app.ui.panes.casualties.blocks import Colours, Fonts
from desktop_app.views.chart import ChartRow, ChartSection, bar_pieces, row_height, section_layout, total_mark
from desktop_app.views.chart.geometry import BAR_PX, MARGIN_PX, RIGHT_PX, tick_values


class BarItem(QGraphicsItem):
    """One row of a category: the label line and the bar below it; the whole row is the hover and click target
    (the chart's view finds the bar under the pointer and tells the pane).

    In the item's own coordinates x is pixels from the start of the bar (value 0) and y pixels from the top
    of the row; `bar_rect` takes values.
    """

    def __init__(self, row: ChartRow, section: ChartSection, top: float, x_max: float, colours: Colours,
                 fonts: Fonts, text_parts: tuple[str, str], tooltip: Callable[[BarItem], str] | None = None,
                 scale: float = 1.0) -> None:
        super().__init__()
        self.row = row
        self.section = section
        self.top = top
        self.x_max = x_max
        self.height = row_height(row, scale)
        self.text_px = self.height - BAR_PX - 6
        self.text_parts = text_parts
        self._colours = colours
        self._fonts = fonts
        self._tooltip = tooltip
        self._tip: str | None = None
        self.current = False  # chosen with the keyboard
        self.marked = False  # discussed by the entry open in the reader
        self._unit = 1.0  # pixels per unit of value
        self._rect = QRectF()
        self._texts: list[tuple[QPointF, str, QFont, QColor]] | None = []
        self._pieces = [(p.x0, p.x1, p.figure, self._brush(p.paint, p.figure)) for p in bar_pieces(row)]
        self._mark = total_mark(row)
        self.setPos(MARGIN_PX, top)

    def _brush(self, paint: str, figure: Figure) -> QBrush:
        colours = self._colours
        if paint == "status":
            return QBrush(theme.STATUS_COLOURS.get(figure.status or "", colours.muted))
        if paint == "total-only":  # a total with no breakdown: hatched, in no status colour
            return QBrush(colours.muted, Qt.BrushStyle.BDiagPattern)
        colour = colours.claimants.get(figure.claimant_id, colours.muted)
        if paint == "claimant-light":
            colour = QColor(colour)
            colour.setAlpha(90)
        return QBrush(colour)

    # geometry: (x0, x1, figure, brush) for each painted piece, in values
    def pieces(self) -> list[tuple[float, float, Figure, QBrush]]:
        return list(self._pieces)

    def set_width(self, width: float) -> None:
        """Lay the row out `width` pixels wide: the bars to scale, the label cut to fit."""
        self.prepareGeometryChange()
        self._unit = width / (self.x_max or 1.0)
        self._rect = QRectF(0, 0, width, self.height)
        self._texts = None  # cut to the new width when next drawn or asked for: most rows are scrolled away

    def _fitted(self) -> list[tuple[QPointF, str, QFont, QColor]]:
        if self._texts is None:
            self._fit_text(self._rect.width())
        return self._texts

    def _fit_text(self, width: float) -> None:
        head, tail = self.text_parts
        fonts, colours = self._fonts, self._colours
        bold, plain = QFontMetricsF(fonts.bold), QFontMetricsF(fonts.label)
        ascent = max(bold.ascent(), plain.ascent()) + 1
        elide = Qt.TextElideMode.ElideRight
        if self.row.is_stack:  # the breakdown has a line of its own
            head = bold.elidedText(head, elide, max(width, 40))
            tail = plain.elidedText(tail, elide, max(width, 40))
            self._texts = [(QPointF(0, ascent), head, fonts.bold, colours.text)]
            if tail:
                self._texts.append((QPointF(0, ascent + bold.height()), tail, fonts.label, colours.muted))
            return
        room = width - bold.horizontalAdvance(head + " — ")
        tail = plain.elidedText(tail, elide, max(room, 0))
        if room < 0:  # a very narrow pane: even the claimant and value must be cut
            head = bold.elidedText(head, elide, max(width, 40))
        self._texts = [(QPointF(0, ascent), head, fonts.bold, colours.text)]
        if tail:
            self._texts.append((QPointF(bold.horizontalAdvance(head), ascent), " — " + tail, fonts.label,
                                colours.muted))

    def visible_text(self) -> str:
        """The label as drawn (cut to the width)."""
        texts = self._fitted()
        return "\n".join(text for _at, text, _font, _colour in texts) if self.row.is_stack else \
            "".join(text for _at, text, _font, _colour in texts)

    def label_colours(self) -> list[QColor]:
        return [colour for _at, _text, _font, colour in self._fitted()]

    def text_rect(self) -> QRectF:
        """Where the label is drawn, in the row's coordinates."""
        rect = QRectF()
        for at, text, font, _colour in self._fitted():
            metrics = QFontMetricsF(font)
            rect = rect.united(QRectF(at.x(), at.y() - metrics.ascent(), metrics.horizontalAdvance(text),
                                      metrics.height()))
        return rect

    def boundingRect(self) -> QRectF:  # noqa: N802 (Qt API)
        return self._rect.adjusted(-3, 0, 3, 2)

    def shape(self) -> QPainterPath:
        path = QPainterPath()
        path.addRect(self._rect)
        return path

    def bar_rect(self, x0: float, x1: float) -> QRectF:
        return QRectF(x0 * self._unit, self.text_px, (x1 - x0) * self._unit, BAR_PX)

    def paint(self, painter: QPainter, *args) -> None:
        if self.current:
            band = QColor(self._colours.highlight)
            band.setAlpha(60)
            painter.fillRect(self._rect, band)
        for at, text, font, colour in self._fitted():
            painter.setFont(font)
            painter.setPen(colour)
            painter.drawText(at, text)
        pixel = 1.0 / self._unit if self._unit else 0.0  # value of one pixel
        painter.setPen(QPen(self._colours.background, 1))
        for x0, x1, _figure, brush in self._pieces:
            # a figure of 1 next to one of 7,630 still gets a visible sliver
            painter.setBrush(brush)
            painter.drawRect(self.bar_rect(x0, max(x1, x0 + 2 * pixel)))
        bar_top = self.text_px
        if self._mark is not None:  # Oryx's total differs from the sum of its statuses: mark where it lies
            painter.setPen(QPen(self._colours.text, 2))
            x = self._mark * self._unit
            painter.drawLine(QPointF(x, bar_top - 2), QPointF(x, bar_top + BAR_PX + 2))
        if self.marked:
            painter.setPen(QPen(self._colours.highlight, 2))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            end = max(self.row.extent, 2 * pixel)
            painter.drawRect(self.bar_rect(0, end).adjusted(0, -1, 0, 1))

    def figure_at(self, x: float) -> Figure:
        """The figure at value `x` (the piece of a stack under the pointer)."""
        for x0, x1, figure, _brush in self._pieces:
            if x0 <= x <= x1:
                return figure
        return self.row.main

    def toolTip(self) -> str:  # noqa: N802 (Qt API): written when first asked for, not for every bar drawn
        if self._tip is None:
            self._tip = self._tooltip(self) if self._tooltip else ""
        return self._tip

    def figure_at_point(self, point: QPointF) -> Figure:
        """The figure under `point`, in the row's coordinates."""
        return self.figure_at(point.x() / (self._unit or 1.0))


class SectionItem(QGraphicsItem):
    """One category (or item of equipment): its title, a heading per side, its bars and an axis below them."""

    def __init__(self, section: ChartSection, colours: Colours, fonts: Fonts, scale: float) -> None:
        super().__init__()
        self.section = section
        self._colours = colours
        self._fonts = fonts
        layout = section_layout(section, scale)
        self.x_max = layout.x_max
        self.title_px = layout.title_px
        self.headings = list(layout.headings)
        self.row_tops = layout.row_tops
        self.rows_px = layout.rows_px
        self.height = layout.height
        self.bars: list[BarItem] = []
        self._width = 0.0
        self._ticks: list[tuple[float, str]] = []
        self._bounds = QRectF()

    def add_rows(self, make_bar: Callable[[ChartRow, float], BarItem]) -> list[BarItem]:
        for row, top in zip(self.section.rows, self.row_tops, strict=True):
            bar = make_bar(row, top)
            bar.setParentItem(self)
            self.bars.append(bar)
        return self.bars

    def set_width(self, width: float) -> None:
        self.prepareGeometryChange()
        self._width = width
        plot = max(width - MARGIN_PX - RIGHT_PX, 20.0)
        for bar in self.bars:
            bar.set_width(plot)
        metrics = QFontMetricsF(self._fonts.label)
        widest = metrics.horizontalAdvance(number(round(self.x_max)))
        unit = plot / self.x_max
        self._ticks = [(MARGIN_PX + value * unit, number(round(value)))
                       for value in tick_values(self.x_max, plot, widest + 8 * metrics.averageCharWidth())]
        self._bounds = QRectF(0, 0, width, self.height)

    def boundingRect(self) -> QRectF:  # noqa: N802 (Qt API)
        return self._bounds

    def paint(self, painter: QPainter, *args) -> None:
        colours, fonts = self._colours, self._fonts
        painter.setPen(colours.text)
        painter.setFont(fonts.section)
        title = QFontMetricsF(fonts.section)
        painter.drawText(QPointF(MARGIN_PX, (self.title_px - title.height()) / 2 + title.ascent()), self.section.title)
        painter.setFont(fonts.bold)
        bold = QFontMetricsF(fonts.bold)
        for y, text in self.headings:
            painter.drawText(QPointF(MARGIN_PX, y + 2 + bold.ascent()), text)
        axis_y = self.rows_px + 2
        painter.setPen(colours.muted)
        painter.drawLine(QPointF(MARGIN_PX, axis_y), QPointF(self._width - RIGHT_PX, axis_y))
        painter.setFont(fonts.label)
        plain = QFontMetricsF(fonts.label)
        for x, text in self._ticks:
            painter.setPen(colours.muted)
            painter.drawLine(QPointF(x, axis_y), QPointF(x, axis_y + 5))
            painter.setPen(colours.text)
            half = plain.horizontalAdvance(text) / 2
            left = min(x - half, self._width - 2 * half - 3)  # the last label stays inside the chart
            painter.drawText(QPointF(left, axis_y + 7 + plain.ascent()), text)
