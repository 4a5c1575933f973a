"""The map's view: wheel zoom, drag to pan, click to pick, keys; the pane does the rest."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QKeyEvent, QMouseEvent, QPainter, QResizeEvent, QWheelEvent
from PySide6.QtWidgets import QApplication, QFrame, QGraphicsView, QToolTip

from desktop_app.content import Place
from desktop_app.ui.focus_ring import FocusRing
from desktop_app.ui.panes.map.items import LabelItem, PlaceMark
from desktop_app.ui.panes.map.scene import MapScene
from desktop_app.views.map.layout import nearest_marker
from desktop_app.views.map.projection import ViewBox

if TYPE_CHECKING:
    from desktop_app.ui.panes.map.pane import MapPane

ZOOM_STEP = 1.4
PAN_STEP = 0.15  # of the view's size


class MapView(FocusRing, QGraphicsView):
    """Turns wheel, mouse and keys into the pane's zoom, pan, pick and play; says what it shows (`view_box`)
    and which place is under a point."""

    def __init__(self, pane: MapPane, scene: MapScene) -> None:
        super().__init__(scene, pane)
        self.pane = pane
        self.map_scene = scene
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

    def view_box(self) -> ViewBox:
        """The zoom and the scene box shown, in plain numbers for the view-model."""
        transform = self.transform()
        rect = self.mapToScene(self.viewport().rect()).boundingRect()
        return ViewBox(transform.m11(), transform.m22(), transform.dx(), transform.dy(),
                       (rect.left(), rect.top(), rect.right(), rect.bottom()))

    def marker_pos(self, mark: PlaceMark) -> QPoint:
        """Where a place's marker is drawn, in viewport pixels."""
        return self.mapFromScene(mark.scene_pos) + QPointF(*mark.offset).toPoint()

    def place_at(self, pos: QPoint) -> Place | None:
        """The place under a point of the view: a marker (within a few pixels), a label, then a polygon."""
        scene = self.map_scene
        markers = []
        for mark in scene.drawn:
            if not mark.area:
                at = self.marker_pos(mark)
                markers.append((mark, at.x(), at.y()))
        best = nearest_marker(markers, pos.x(), pos.y())
        if best is not None:
            return best.place
        for item in self.items(pos):
            if isinstance(item, LabelItem) and item.parentItem() is not None:
                mark = scene.model.places.get(item.parentItem().data(0))
                if mark is not None:
                    return mark.place
        scene_pos = self.mapToScene(pos)
        for area_id, item in sorted(scene.areas.items(), key=lambda kv: -kv[1].zValue()):
            if item.contains(scene_pos):
                place = scene.model.area_places.get(area_id)
                if place is not None:
                    return place
        return None

    def places_in_view(self) -> list[tuple[int, str]]:
        """(x in the viewport, id) of the places drawn in view that can be chosen: markers, and areas whose
        name is shown."""
        rect = self.viewport().rect()
        found = []
        for mark in self.map_scene.drawn:
            if mark.label.isVisible() or not mark.area:
                at = self.marker_pos(mark)
                if rect.contains(at):
                    found.append((at.x(), mark.place.id))
        return found

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
        shape = Qt.CursorShape.PointingHandCursor if self.place_at(pos) else Qt.CursorShape.ArrowCursor
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
            place = self.place_at(event.pos())
            if place is not None:
                QToolTip.showText(event.globalPos(), self.map_scene.model.tooltip(place), self.viewport())
                return True
        return super().viewportEvent(event)
