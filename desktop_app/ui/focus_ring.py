"""A ring in the highlight colour around a graphics view while it has the keyboard focus.

The timeline, the map and the chart take arrow keys; someone moving through the window with Tab must see
which of them the keys now move. Qt draws no focus frame around a QGraphicsView, so the views draw it.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QPoint, QRectF, Qt
from PySide6.QtGui import QFocusEvent, QPainter, QPalette, QPen
from PySide6.QtWidgets import QAbstractScrollArea, QApplication, QGraphicsView, QWidget

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


class FocusHalo(QWidget):
    """The same ring around the list or text area that has the keyboard focus (the reader, the notes list
    and editor, the search lists): the platform style draws none around them, so someone moving with Tab
    or F6 could not tell where the keys go. One halo for the window, moved to whichever has the focus;
    it takes no clicks."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.target: QWidget | None = None
        self.hide()
        QApplication.instance().focusChanged.connect(self._focus_changed)

    @staticmethod
    def wants_halo(widget: QWidget | None) -> bool:
        # Graphics views draw their own ring (FocusRing); line edits and buttons get one from the style.
        return isinstance(widget, QAbstractScrollArea) and not isinstance(widget, QGraphicsView)

    def _focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        if self.target is not None:
            self.target.removeEventFilter(self)
        self.target = new if self.wants_halo(new) and new.window() is self.window() else None
        if self.target is None:
            self.hide()
            return
        self.target.installEventFilter(self)
        self._follow()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt API)
        if watched is self.target and event.type() in (QEvent.Type.Move, QEvent.Type.Resize, QEvent.Type.Show,
                                                      QEvent.Type.Hide):
            self._follow()
        return super().eventFilter(watched, event)

    def _follow(self) -> None:
        target = self.target
        if target is None or not target.isVisible():
            self.hide()
            return
        shown = target.visibleRegion().boundingRect()  # a field scrolled partly out of its pane: only what shows
        if shown.isEmpty():
            self.hide()
            return
        self.setGeometry(shown.translated(target.mapTo(self.window(), QPoint(0, 0))))
        self.show()
        self.raise_()

    def paintEvent(self, _event) -> None:  # noqa: N802 (Qt API)
        painter = QPainter(self)
        pen = QPen(self.palette().color(QPalette.ColorRole.Highlight), RING_PX)
        pen.setJoinStyle(Qt.PenJoinStyle.MiterJoin)
        painter.setPen(pen)
        inset = RING_PX / 2
        painter.drawRect(QRectF(self.rect()).adjusted(inset, inset, -inset, -inset))
