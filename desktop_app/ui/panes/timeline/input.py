"""Keys and the mouse on the timeline, turned into calls on the pane.

Dragging and the wheel pan and zoom through pyqtgraph's own view box; everything else comes here: the
keyboard actions (shortcuts only while the timeline has the focus), hovering (the hand over an event, its
tooltip), clicking an event to open it and right-clicking it for a menu.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QPointF, Qt
from PySide6.QtGui import QAction, QHelpEvent, QKeySequence
from PySide6.QtWidgets import QMenu, QToolTip

from desktop_app.content.dates import format_date_range
from desktop_app.content.models import Event
from desktop_app.i18n import QT_TRANSLATE_NOOP, translate
from desktop_app.notes.model import Target as NoteTarget
from desktop_app.ui.state import WAR_END, WAR_START

if TYPE_CHECKING:
    from collections.abc import Callable

    from desktop_app.ui.panes.timeline.pane import TimelinePane

# The plot's tooltip over empty space (translated where it is set).
#: the timeline's tooltip over empty space. Left, Right, Home, End, Shift and Ctrl are keys (name them as
#: the keyboards of your language do); "the 44 days" are the days of the war; hollow markers are events
#: whose date is known only to the month or the year
HELP = QT_TRANSLATE_NOOP(
    "TimelineInput",
    "Timeline of events. Drag to pan, wheel to zoom; +/- zoom, Left/Right pan, Home shows the 44 days, "
    "End shows 1988–2022, Shift+Left/Right move the date, Ctrl+Left/Right go to the previous/next event. "
    "Hollow markers: date known only to the month or year.")
ZOOM_STEP = 1.5
PAN_STEP = 0.2  # of the visible width


class TimelineKeys:
    """The timeline's keyboard commands, as actions of the pane (also in the main window's menu)."""

    def __init__(self, pane: TimelinePane) -> None:
        def action(text: str, keys: list[str], slot: Callable[[], None], tip: str) -> QAction:
            act = QAction(text, pane)
            act.setShortcuts([QKeySequence(k) for k in keys])
            # Only while the timeline has focus, so the same keys stay free for the other panes.
            act.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            act.setToolTip(tip)
            act.triggered.connect(slot)
            pane.addAction(act)
            return act

        # Not Ctrl++ / Ctrl+-: those change the text size anywhere in the window.
        #: a command of the timeline (also in the main window's menu), a verb
        self.zoom_in = action(translate("TimelineInput", "Zoom &in"), ["+", "="], lambda: pane.zoom(1 / ZOOM_STEP),
                              translate("TimelineInput", "Show fewer days, in more detail"))
        #: a verb
        self.zoom_out = action(translate("TimelineInput", "Zoom &out"), ["-"], lambda: pane.zoom(ZOOM_STEP),
                               translate("TimelineInput", "Show more days"))
        #: a verb: move the timeline's view towards earlier dates
        self.pan_left = action(translate("TimelineInput", "Scroll &earlier"), ["Left"], lambda: pane.pan(-PAN_STEP),
                               translate("TimelineInput", "Scroll the timeline towards earlier dates"))
        #: a verb: move the timeline's view towards later dates
        self.pan_right = action(translate("TimelineInput", "Scroll &later"), ["Right"], lambda: pane.pan(PAN_STEP),
                                translate("TimelineInput", "Scroll the timeline towards later dates"))
        #: zoom the timeline to the 44 days of the war
        self.war = action(translate("TimelineInput", "Show the &44 days"), ["Home"], pane.show_war_span,
                          #: {dates} is the span of the war, "27 September – 10 November 2020"
                          translate("TimelineInput", "Show the war: {dates}").format(
                              dates=format_date_range(WAR_START.isoformat(), WAR_END.isoformat())))
        #: zoom the timeline out to every year that has events
        self.whole = action(translate("TimelineInput", "Show &all years"), ["End"], pane.show_whole_span,
                            translate("TimelineInput", "Show every event, 1988–2022"))
        #: move the current date one day back (not: show the previous day)
        self.previous_day = action(translate("TimelineInput", "&Previous day"), ["Shift+Left"],
                                   lambda: pane.step_date(-1),
                                   translate("TimelineInput", "Move the current date one day back"))
        #: move the current date one day on (not: show the next day)
        self.next_day = action(translate("TimelineInput", "&Next day"), ["Shift+Right"], lambda: pane.step_date(1),
                               translate("TimelineInput", "Move the current date one day on"))
        #: go to the event before the current one, in date order
        self.previous_event = action(translate("TimelineInput", "Previous e&vent"), ["Ctrl+Left"],
                                     lambda: pane.step_event(-1),
                                     translate("TimelineInput", "Select and open the event before the current one"))
        #: go to the event after the current one, in date order
        self.next_event = action(translate("TimelineInput", "Next ev&ent"), ["Ctrl+Right"],
                                 lambda: pane.step_event(1),
                                 translate("TimelineInput", "Select and open the event after the current one"))
        #: a button above the timeline that shows the war's 44 days (keep it short)
        war_text = translate("TimelineInput", "44 days")
        #: a button above the timeline that shows every year with events; keep it short (the years stay)
        whole_text = translate("TimelineInput", "1988–2022")
        for button, act, text in ((pane.header.war_button, self.war, war_text),
                                  (pane.header.whole_button, self.whole, whole_text)):
            # On the action, not the button: a button takes its action's text and tooltip again when the action
            # is greyed out (the timeline shown as a table).
            act.setIconText(text)
            #: a button's tooltip: {tip} says what it does, {shortcut} is its key (e.g. "Home")
            act.setToolTip(translate("TimelineInput", "{tip} ({shortcut})").format(
                tip=act.toolTip(), shortcut=act.shortcut().toString()))
            button.setDefaultAction(act)
            button.setAccessibleName(act.text().replace("&", ""))

    def view_actions(self) -> list[QAction]:
        """The commands that move the picture (zoom, scroll, the 44 days, all years)."""
        return [self.zoom_in, self.zoom_out, self.pan_left, self.pan_right, self.war, self.whole]

    def menu_actions(self) -> list[QAction]:
        return [self.zoom_in, self.zoom_out, self.war, self.whole, self.previous_day, self.next_day,
                self.previous_event, self.next_event]


class TimelineMouse(QObject):
    """Hover, tooltips and clicks on the plot's events (hit-tested by the view-model, never the drawn items)."""

    def __init__(self, pane: TimelinePane) -> None:
        super().__init__(pane)
        self.pane = pane
        plot = pane.plot
        plot.setToolTip(translate("TimelineInput", HELP))  # shown over empty space
        plot.scene().sigMouseClicked.connect(self._on_scene_clicked)
        plot.scene().sigMouseMoved.connect(self._on_mouse_moved)
        plot.viewport().installEventFilter(self)

    def _view_pos(self, viewport_pos: QPointF) -> QPointF:
        plot = self.pane.plot
        return plot.view.mapSceneToView(plot.mapToScene(viewport_pos.toPoint()))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt name)
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            text = self.pane.tooltip_at(self._view_pos(QPointF(event.pos())))
            if text:
                QToolTip.showText(event.globalPos(), text, self.pane.plot.viewport())
                return True
        return super().eventFilter(watched, event)

    def _on_mouse_moved(self, scene_pos: QPointF) -> None:
        plot = self.pane.plot
        where = plot.view.mapSceneToView(scene_pos)
        over = bool(self.pane.model.numbers_at(where.x(), where.y(), plot.pixels()))
        plot.viewport().setCursor(Qt.CursorShape.PointingHandCursor if over else Qt.CursorShape.ArrowCursor)

    def _on_scene_clicked(self, ev) -> None:  # pyqtgraph MouseClickEvent
        view = self.pane.plot.view
        if not view.sceneBoundingRect().contains(ev.scenePos()):
            return
        where = view.mapSceneToView(ev.scenePos())
        event = self.pane.model.event_at(where.x(), where.y(), self.pane.plot.pixels())
        if event is None:
            return
        ev.accept()
        if ev.button() == Qt.MouseButton.LeftButton:
            self.pane.activate_event(event.id)
        elif ev.button() == Qt.MouseButton.RightButton:
            self._event_menu(event).exec(ev.screenPos().toPoint())

    def _event_menu(self, event: Event) -> QMenu:
        """Right-click on an event: open it, or write a note on it."""
        menu = QMenu(self.pane)
        #: the menu of an event on the timeline, a verb: open the event (and its entry)
        menu.addAction(translate("TimelineInput", "Open"), lambda: self.pane.activate_event(event.id))
        menu.addAction(translate("TimelineInput", "Add Note to This Event..."),
                       lambda: self.pane.state.request_note(NoteTarget("event", event.id)))
        return menu
