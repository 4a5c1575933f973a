"""Timeline pane: every dated event on a zoomable date axis, one lane per category.

Point events are markers, periods are bars. A draggable line is the shared current date. Clicking an
event selects it and opens its entry (through AppState); the current entry's events are ringed. Where
everything goes is the view-model's (`desktop_app.views.timeline`); this pane puts its plot, header and
keys together and keeps them in step with AppState.
"""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pyqtgraph as pg
from PySide6.QtCore import QEvent, QPointF, QSize
from PySide6.QtGui import QAction, QResizeEvent
from PySide6.QtWidgets import QVBoxLayout, QWidget

from desktop_app.content import ContentDatabase
from desktop_app.content.models import Event
from desktop_app.i18n import translate
from desktop_app.notes.model import Target
from desktop_app.ui.announcer import Announcer
from desktop_app.ui.panes.base import Pane
from desktop_app.ui.panes.timeline import export
from desktop_app.ui.panes.timeline.header import TimelineHeader
from desktop_app.ui.panes.timeline.input import TimelineKeys, TimelineMouse
from desktop_app.ui.panes.timeline.plot import TimelinePlot, lane_colour
from desktop_app.ui.settings import NAME_FORM, TIMELINE_HIDDEN_LANES, TIMELINE_TABLE, Settings
from desktop_app.ui.state import WAR_END, WAR_START, AppState
from desktop_app.ui.table_switch import TableSwitch
from desktop_app.views.spoken import timeline_spoken
from desktop_app.views.tables import Table, event_table, first_row_on_or_after
from desktop_app.views.timeline import Range, TimelineModel, date_label
from desktop_app.views.timeline_layout import day_at, day_middle


class TimelinePane(Pane):
    """Events on a date axis; the draggable line is AppState's current date."""

    def __init__(
        self, content: ContentDatabase, state: AppState, settings: Settings, parent: QWidget | None = None,
        model: TimelineModel | None = None,
    ) -> None:
        """`model`: a view-model already made (off the GUI thread) on the same content; else made here."""
        super().__init__(content, state, settings, parent=parent)
        #: the pane's name for screen readers (a noun)
        self.setAccessibleName(translate("TimelinePane", "Timeline"))
        self._own_click = False  # a click here set the date: do not pan the view to it

        hidden = [k for k in str(settings.get(TIMELINE_HIDDEN_LANES)).split(",") if k]
        self.model = model if model is not None else TimelineModel(content, (WAR_START, WAR_END))
        for lane in set(hidden) & set(self.model.lanes):
            self.model.set_lane_visible(lane, False)

        # The header first: Tab goes through the widgets in the order they are made.
        self.header = TimelineHeader(
            [(lane.key, lane.label, lane_colour(lane.key)) for lane in self.model.lanes.values()],
            self.model.hidden, self)
        self._date_label = self.header.date_label
        self.lane_boxes = self.header.lane_boxes
        self.header.lane_toggled.connect(self.set_lane_visible)
        self.plot = TimelinePlot(self.model, self)
        self.view, self.cursor = self.plot.view, self.plot.cursor
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addLayout(self.header)
        #: the name, for screen readers, of the timeline shown as a table (a noun)
        self.switch = TableSwitch(self.plot, translate("TimelinePane", "Events"), self._table_rows, settings,
                                  TIMELINE_TABLE, self)
        self.table = self.switch.table
        self.table.rows.shows_group = self.model.lane_visible
        self.header.addWidget(self.switch.button)
        layout.addWidget(self.switch, 1)
        self.keys = TimelineKeys(self)
        self.mouse = TimelineMouse(self)
        self.cursor.sigDragged.connect(self._on_cursor_moved)  # the user's drags only, not the line following
        self.cursor.sigPositionChangeFinished.connect(self._snap_cursor)
        self.plot.apply_palette(self.palette())
        self.announcer = Announcer(self.plot, self, self._spoken)

        state.date_changed.connect(self._on_date_changed)
        state.entry_changed.connect(self._on_entry_changed)
        state.event_selected.connect(self._on_event_selected)
        settings.changed.connect(self._on_setting_changed)
        self.table.chosen.connect(self.activate_event)
        self.table.opened.connect(self.activate_event)  # Enter on a row made current by the pane: opened too
        self.switch.switched.connect(self._on_switched)

        self.show_war_span()
        self._move_cursor(state.date)
        self._date_label.setText(date_label(state.date))
        self.model.set_entry(state.entry_id)
        self.model.select_event(state.event_id)
        self.plot.update_marks()
        self.announcer.refresh()
        self._on_switched(self.switch.showing_table())

    def focus_target(self) -> QWidget:
        return self.table.view if self.switch.showing_table() else self.plot

    def menu_actions(self) -> list[QAction]:
        return self.keys.menu_actions()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt name)
        super().resizeEvent(event)
        self.header.fit(event.size().width())

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt name)
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange and hasattr(self, "plot"):
            self.plot.apply_palette(self.palette())
        if event.type() == QEvent.Type.FontChange and hasattr(self, "plot"):  # View > Text Size
            self.plot.fit_lane_names()

    # -- what is where ------------------------------------------------------------------------
    def position_of(self, event_id: str) -> QPointF:
        """Centre of the event's marker or bar, in view (time, lane) coordinates."""
        return QPointF(*self.model.position_of(event_id))

    def events_at(self, pos: QPointF) -> list[Event]:
        """Events drawn under a view position, nearest first (markers before the bars beneath them)."""
        return self.model.events_at(pos.x(), pos.y(), self.plot.pixels())

    def tooltip_at(self, pos: QPointF) -> str:
        """Date, title and lane of the event under `pos` (view coordinates); '' over empty space."""
        return self.model.tooltip_at(pos.x(), pos.y(), self.plot.pixels(), str(self.settings.get(NAME_FORM)))

    def highlighted_event_ids(self) -> set[str]:
        """Events ringed as belonging to the current entry (hidden lanes excluded)."""
        return self.model.highlighted_event_ids()

    def drawn_counts(self) -> dict[str, tuple[int, int]]:
        """Markers and bars actually drawn per lane, after culling, merging and hiding."""
        return self.plot.drawn_counts()

    # -- acting on events ---------------------------------------------------------------------
    def activate_event(self, event_id: str) -> None:
        """What a click on an event does: select it, open its entry, go to its date and place."""
        event = self.content.event(event_id)
        if event is None:
            raise KeyError(event_id)
        self._own_click = True
        try:
            self.go_to(Target("event", event.id))
        finally:
            self._own_click = False

    def step_event(self, direction: int) -> None:
        """Open the next (1) or previous (-1) event in date order, in the lanes shown (see TimelineModel.step),
        and bring it into view."""
        event = self.model.step(direction, self.state.date, self.state.event_id)
        if event is not None:
            self.activate_event(event.id)
            self._show(self.model.showing(self.plot.view_range(), event))

    def step_date(self, days: int) -> None:
        self.state.set_date(self.state.date + timedelta(days=days))

    def _on_event_selected(self, event_id: str) -> None:
        self.model.select_event(event_id)
        self.announcer.changed("event")
        if event_id and self.switch.showing_table():
            self.table.show_key(event_id)
        self.plot.update_marks()
        event = self.content.event(event_id) if event_id else None
        if event is not None and not self._own_click:
            self._show(self.model.showing(self.plot.view_range(), event))

    def _on_entry_changed(self, entry_id: str) -> None:
        self.model.set_entry(entry_id)
        self.plot.update_marks()
        if not self._own_click:
            self._show(self.model.showing_entry(self.plot.view_range()))

    # -- for screen readers -------------------------------------------------------------------
    def _spoken(self, changes: set[str]) -> tuple[str, str]:
        """The timeline in words, and what to announce after `changes` (see Announcer)."""
        event = self.content.event(self.state.event_id) if self.state.event_id else None
        place = self.content.place(event.place_id) if event is not None and event.place_id else None
        lanes = [lane.label for lane in self.model.lanes.values() if lane.key not in self.model.hidden]
        return timeline_spoken(changes, self.state.date, lanes, event, place, str(self.settings.get(NAME_FORM)))

    # -- as a table ---------------------------------------------------------------------------
    def _table_rows(self) -> Table:
        return event_table(self.model, str(self.settings.get(NAME_FORM)))

    def _on_switched(self, table: bool) -> None:
        # Zoom and scroll move the picture; with the table shown the arrow keys and Home/End are the table's.
        for act in self.keys.view_actions():
            act.setEnabled(not table)
        if table and not (self.state.event_id and self.table.show_key(self.state.event_id)):
            self._follow_in_table(self.state.date)

    def _follow_in_table(self, day: date) -> None:
        """Bring the first event of `day` or after into view in the table (the row chosen stays chosen)."""
        if self.switch.showing_table():
            row = first_row_on_or_after(self.table.model.table, day)
            if row is not None:
                self.table.scroll_to_source_row(row)

    def _on_setting_changed(self, key: str) -> None:
        if key == NAME_FORM.key:
            self.switch.refresh()

    # -- lanes --------------------------------------------------------------------------------
    def set_lane_visible(self, lane: str, visible: bool) -> None:
        if not self.model.set_lane_visible(lane, visible):
            return
        self.lane_boxes[lane].setChecked(visible)
        self.settings.set(TIMELINE_HIDDEN_LANES, ",".join(sorted(self.model.hidden)))
        self.plot.redraw()
        self.plot.update_marks()
        self.table.regroup()
        self.announcer.changed("lanes")

    def lane_visible(self, lane: str) -> bool:
        return self.model.lane_visible(lane)

    # -- as an image --------------------------------------------------------------------------
    def save_image(self, path: str | Path, size: QSize | tuple[int, int] | None = None) -> bool:
        """Write the timeline as shown, with its caption, to a PNG of `size` (default: as on screen)."""
        return export.render(self, QSize(*size) if isinstance(size, tuple) else size).save(str(path), "PNG")

    def ask_save_image(self) -> None:
        export.ask_and_save(self)

    # -- zoom, pan and the date line ----------------------------------------------------------
    def visible_range(self) -> tuple[date, date]:
        """First and last whole day in view."""
        return self.model.visible_days(self.plot.view_range())

    def _show(self, view: Range | None) -> None:
        if view is not None:
            self.plot.set_view_range(view)

    def show_war_span(self) -> None:
        self._show(self.model.war_range())

    def show_whole_span(self) -> None:
        self._show(self.model.whole_range())

    def zoom(self, factor: float) -> None:
        """Scale the visible time span by `factor` (<1 zooms in), about the date line when it is in view."""
        self._show(self.model.zoomed(self.plot.view_range(), factor, self.cursor.value()))

    def pan(self, fraction: float) -> None:
        self._show(self.model.panned(self.plot.view_range(), fraction))

    def _move_cursor(self, day: date) -> None:
        self.cursor.setValue(day_middle(day))

    def _on_cursor_moved(self, line: pg.InfiniteLine) -> None:
        day = day_at(line.value())
        self._date_label.setText(date_label(day))
        self.state.set_date(day)  # emits only when the day changes

    def _snap_cursor(self, line: pg.InfiniteLine) -> None:
        self._move_cursor(day_at(line.value()))

    def _on_date_changed(self, day: date) -> None:
        self._date_label.setText(date_label(day))
        self.announcer.changed("date")
        self._follow_in_table(day)
        if day_at(self.cursor.value()) != day:
            self._move_cursor(day)
        if not self._own_click:
            self._show(self.model.following(self.plot.view_range(), self.cursor.value()))
