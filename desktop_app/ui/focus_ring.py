"""A ring in the highlight colour around a graphics view while it has the keyboard focus.

The timeline, the map and the chart take arrow keys; someone moving through the window with Tab must see
which of them the keys now move. Qt draws no focus frame around a QGraphicsView, so the views draw it.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QFocusEvent, QPainter, QPalette, QPen

RING_PX = 2.0


class FocusRing:
    """Mix into a QGraphicsView subclass, before the Qt class: `class View(FocusRing, QGraphicsView)`."""

    def focusInEvent(self, event: QFocusEvent) -> None:  # noqa: N802 (Qt API)
        super().focusInEvent(event)
        self.viewport().update()

    def focusOutEvent(self, event: QFocusEvent) -> None:  # noqa: N802 (Qt API)
        super().focusOutEvent(event)
        self.viewport().update()

    def drawForeground(self, painter: QPainter, rect: QRectF) -> None:  # noqa: N802 (Qt API)
        super().drawForeground(painter, rect)
        if not self.hasFocus():
            return
        painter.save()
        painter.resetTransform()  # viewport pixels, whatever the view's zoom
        pen = QPen(self.palette().color(QPalette.ColorRole.Highlight), RING_PX)
        pen.setJoinStyle(Qt.PenJoinStyle.MiterJoin)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        inset = RING_PX / 2
        painter.drawRect(QRectF(self.viewport().rect()).adjusted(inset, inset, -inset, -inset))
        painter.restore()
