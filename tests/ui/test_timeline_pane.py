"""The timeline: opens on the 44 days, zooms and pans, and clicking an event drives the other panes."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QEvent, QPoint, QPointF, QSettings, Qt
from PySide6.QtGui import QColor, QHelpEvent, QPalette
from PySide6.QtWidgets import QApplication, QToolTip

from desktop_app.ui.panes.timeline import TimelinePane
from desktop_app.ui.settings import Settings
from desktop_app.ui.state import AppState
from desktop_app.views.timeline import TimelineModel
from desktop_app.views.timeline_layout import DAY, day_seconds

GANJA_STRIKES = "2020-10-04-2020-10-17-ganja-strikes"  # a period, with a place


@pytest.fixture
def settings(tmp_path) -> Settings:
    return Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))


@pytest.fixture
def state() -> AppState:
    return AppState()


@pytest.fixture
def pane(qtbot, content, state, settings) -> TimelinePane:
    widget = TimelinePane(content, state, settings)
    qtbot.addWidget(widget)
    widget.resize(1000, 340)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def viewport_point(pane: TimelinePane, view_pos: QPointF) -> QPoint:
    return pane.plot.mapFromScene(pane.view.mapViewToScene(view_pos))


def point_event(content, **where) -> str:
    """The id of a one-day event in the war that matches `where` (e.g. lane=...)."""
    for event in content.events_between(date(2020, 9, 27), date(2020, 11, 10)):
        if event.end_date is None and event.date_precision == "day" and all(
            getattr(event, k) == v for k, v in where.items()
        ) and event.place_id:
            return event.id
    raise AssertionError(f"no such event {where}")


def test_opens_on_the_war_span_with_the_date_line_on_the_current_date(pane, state) -> None:
    assert pane.visible_range() == (date(2020, 9, 27), date(2020, 11, 10))
    assert pane.cursor.value() // DAY == day_seconds(state.date) // DAY
    assert pane._date_label.text() == "Date: 27 September 2020"
    # Every lane has something drawn in the war span.
    assert all(points + bars > 0 for points, bars in pane.drawn_counts().values())


@pytest.mark.parametrize("kind", ["marker", "bar"])
def test_clicking_an_event_opens_its_entry_date_and_place(qtbot, pane, state, content, kind) -> None:
    event_id = point_event(content, lane="military") if kind == "marker" else GANJA_STRIKES
    event = content.event(event_id)
    with qtbot.waitSignal(state.entry_changed):
        qtbot.mouseClick(pane.plot.viewport(), Qt.MouseButton.LeftButton,
                         pos=viewport_point(pane, pane.position_of(event_id)))
    assert state.event_id == event_id
    assert state.entry_id == event.entry_id
    assert state.date == date.fromisoformat(event.first_day)
    assert state.place_id == event.place_id
    # The click was in view: the view did not jump away.
    assert pane.visible_range() == (date(2020, 9, 27), date(2020, 11, 10))


def test_clicking_empty_space_selects_nothing(qtbot, pane, state) -> None:
    diplomacy = pane.model.lanes["diplomacy"]
    empty = QPointF(day_seconds(date(2020, 11, 2)), diplomacy.top + 0.05)
    assert pane.events_at(empty) == []
    qtbot.mouseClick(pane.plot.viewport(), Qt.MouseButton.LeftButton, pos=viewport_point(pane, empty))
    assert state.event_id == "" and state.entry_id == ""


def test_hiding_a_lane_removes_its_events_and_is_remembered(qtbot, pane, state, content, settings) -> None:
    event_id = point_event(content, lane="politics")
    where = pane.position_of(event_id)
    assert pane.drawn_counts()["politics"][0] > 0 and pane.events_at(where)

    box = pane.lane_boxes["politics"]
    assert box.accessibleName() == "Show Politics events"
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))
    assert not pane.lane_visible("politics")
    assert pane.drawn_counts()["politics"] == (0, 0)
    assert pane.drawn_counts()["military"][0] > 0  # other lanes untouched
    assert pane.events_at(where) == []
    qtbot.mouseClick(pane.plot.viewport(), Qt.MouseButton.LeftButton, pos=viewport_point(pane, where))
    assert state.event_id == ""  # nothing to click on a hidden lane

    again = TimelinePane(content, AppState(), settings)
    qtbot.addWidget(again)
    assert not again.lane_visible("politics") and not again.lane_boxes["politics"].isChecked()

    box.setChecked(True)
    assert pane.drawn_counts()["politics"][0] > 0 and pane.events_at(where)


def test_date_line_follows_the_state_and_sets_it(qtbot, pane, state) -> None:
    state.set_date(date(2020, 10, 9))
    assert int(pane.cursor.value() // DAY) == int(day_seconds(date(2020, 10, 9)) // DAY)
    assert pane._date_label.text() == "Date: 9 October 2020"

    # Dragging the line sets the date: the next test.
    # A date far outside the view brings the view to it.
    state.set_date(date(1994, 5, 1))
    low, high = pane.visible_range()
    assert low <= date(1994, 5, 1) <= high


def test_dragging_the_date_line_with_the_mouse_sets_the_date(qtbot, pane, state) -> None:
    state.set_date(date(2020, 10, 9))
    y = pane.model.lanes["diplomacy"].top + 0.1
    start = viewport_point(pane, QPointF(pane.cursor.value(), y))
    end = viewport_point(pane, QPointF(day_seconds(date(2020, 10, 21)) + DAY / 2, y))
    viewport = pane.plot.viewport()
    qtbot.mousePress(viewport, Qt.MouseButton.LeftButton, pos=start)
    for step in range(1, 11):
        qtbot.mouseMove(viewport, start + (end - start) * step / 10)
    qtbot.mouseRelease(viewport, Qt.MouseButton.LeftButton, pos=end)
    assert state.date == date(2020, 10, 21)
    # Snapped to the middle of the day, and the view did not pan with the drag.
    assert pane.cursor.value() == day_seconds(date(2020, 10, 21)) + DAY / 2
    assert pane.visible_range() == (date(2020, 9, 27), date(2020, 11, 10))


def test_current_entry_rings_exactly_its_events(pane, state, content) -> None:
    assert pane.highlighted_event_ids() == set()
    for entry_id in ("missile-strikes-on-ganja", "official-statements-armenia"):
        state.set_entry(entry_id)
        expected = {e.id for e in content.events_for_entry(entry_id)}
        assert len(expected) > 1
        assert pane.highlighted_event_ids() == expected
        drawn = len(pane.plot.entry_rings.data) + pane.plot.entry_boxes.opts["x0"].size
        assert drawn == len(expected)
    state.set_entry("naming-of-the-war")  # an entry with no events
    assert pane.highlighted_event_ids() == set() and len(pane.plot.entry_rings.data) == 0


def test_entry_highlight_skips_hidden_lanes(pane, state, content) -> None:
    state.set_entry("missile-strikes-on-ganja")
    lanes = {e.lane for e in content.events_for_entry("missile-strikes-on-ganja")}
    for lane in lanes:
        pane.set_lane_visible(lane, False)
    assert pane.highlighted_event_ids() == set()
    assert len(pane.plot.entry_rings.data) == 0 and pane.plot.entry_boxes.opts["x0"].size == 0


def width_days(pane: TimelinePane) -> float:
    (low, high), _y = pane.view.viewRange()
    return (high - low) / DAY


def test_keyboard_zooms_pans_and_restores_spans(qtbot, pane) -> None:
    pane.plot.setFocus()
    full = width_days(pane)
    qtbot.keyClick(pane.plot, Qt.Key.Key_Plus)
    assert width_days(pane) == pytest.approx(full / 1.5)
    qtbot.keyClick(pane.plot, Qt.Key.Key_Minus)
    qtbot.keyClick(pane.plot, Qt.Key.Key_Minus)
    assert width_days(pane) == pytest.approx(full * 1.5)

    before = pane.visible_range()
    qtbot.keyClick(pane.plot, Qt.Key.Key_Right)
    assert pane.visible_range()[0] > before[0]
    qtbot.keyClick(pane.plot, Qt.Key.Key_Left)
    qtbot.keyClick(pane.plot, Qt.Key.Key_Left)
    assert pane.visible_range()[0] < before[0]

    qtbot.keyClick(pane.plot, Qt.Key.Key_End)
    low, high = pane.visible_range()
    assert low <= date(1988, 1, 1) and high >= date(2022, 9, 30)
    assert low >= date(1987, 1, 1) and high <= date(2023, 12, 31)  # no empty years either side
    qtbot.keyClick(pane.plot, Qt.Key.Key_Home)
    assert pane.visible_range() == (date(2020, 9, 27), date(2020, 11, 10))


def test_keyboard_moves_the_date_and_steps_through_events(qtbot, pane, state) -> None:
    pane.plot.setFocus()
    qtbot.keyClick(pane.plot, Qt.Key.Key_Right, Qt.KeyboardModifier.ShiftModifier)
    assert state.date == date(2020, 9, 28)
    qtbot.keyClick(pane.plot, Qt.Key.Key_Left, Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClick(pane.plot, Qt.Key.Key_Left, Qt.KeyboardModifier.ShiftModifier)
    assert state.date == date(2020, 9, 26)

    qtbot.keyClick(pane.plot, Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier)
    first = state.event_id
    assert first and pane.content.event(first).first_day >= "2020-09-26"
    assert state.entry_id == pane.content.event(first).entry_id
    qtbot.keyClick(pane.plot, Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier)
    event = pane.content.event
    assert state.event_id != first and event(state.event_id).first_day >= event(first).first_day
    qtbot.keyClick(pane.plot, Qt.Key.Key_Left, Qt.KeyboardModifier.ControlModifier)
    assert state.event_id == first


def test_hovering_a_marker_shows_its_date_and_title(qtbot, pane, content) -> None:
    # The tooltip's words are the view-model's (tests/views/test_timeline.py); a real tooltip event shows them.
    day_event = content.event(point_event(content, lane="diplomacy"))
    pos = viewport_point(pane, pane.position_of(day_event.id))
    viewport = pane.plot.viewport()
    QApplication.sendEvent(viewport, QHelpEvent(QEvent.Type.ToolTip, pos, viewport.mapToGlobal(pos)))
    assert day_event.title in QToolTip.text()
    d = date.fromisoformat(day_event.date)
    assert f"{d.day} " in QToolTip.text() and "2020" in QToolTip.text()


def test_selection_from_elsewhere_is_ringed_and_brought_into_view(pane, state) -> None:
    state.select_event("1993-unsc-resolutions")
    low, high = pane.visible_range()
    assert low <= date(1993, 6, 1) <= high
    ring = pane.plot.selected_ring.data
    assert len(ring) == 1 and ring[0]["x"] == pane.position_of("1993-unsc-resolutions").x()
    state.select_event("")
    assert len(pane.plot.selected_ring.data) == 0


def test_opening_an_entry_elsewhere_brings_its_events_into_view(pane, state) -> None:
    state.set_entry("four-day-war-2016")
    low, high = pane.visible_range()
    assert low <= date(2016, 4, 2) and high >= date(2016, 4, 5)


def test_crowded_lanes_are_merged_but_still_hit_exactly(pane, monkeypatch) -> None:
    pane.show_whole_span()
    points = len(pane.model.lanes["information"].points)
    assert pane.drawn_counts()["information"][0] == points  # few events: each drawn
    monkeypatch.setattr(TimelineModel, "MAX_DRAWN_PER_LANE", 5)
    pane.plot.redraw()
    drawn = pane.drawn_counts()["information"][0]
    assert 0 < drawn < points
    bars = len(pane.model.lanes["military"].bars)
    assert 0 < pane.drawn_counts()["military"][1] < bars  # touching war-long bars merged
    assert pane.tooltip_at(pane.position_of("2020-10-guterres-statement"))  # hover finds a real event


def test_colours_follow_the_palette(pane) -> None:
    dark = QPalette()
    dark.setColor(QPalette.ColorRole.Base, QColor(30, 30, 30))
    dark.setColor(QPalette.ColorRole.Text, QColor(230, 230, 230))
    pane.setPalette(dark)
    assert pane.plot.backgroundBrush().color() == QColor(30, 30, 30)
    assert pane.cursor.pen.color() == QColor(230, 230, 230)
    assert pane.plot.getPlotItem().getAxis("left").textPen().color() == QColor(230, 230, 230)


def test_a_few_days_period_stays_visible_and_hoverable_zoomed_out(pane) -> None:
    pane.show_whole_span()
    two_days = "2020-10-27-2020-10-28-barda-attacks"
    bar_item = pane.plot.lanes["civilian-harm"].bar_item
    x0, x1 = bar_item.opts["x0"], bar_item.opts["x1"]
    start = day_seconds(date(2020, 10, 27))
    widths = (x1[x0 == start] - start) / pane.view.viewPixelSize()[0]
    assert widths.size == 1 and widths[0] >= 3  # two days are under one pixel here
    assert two_days in [e.id for e in pane.events_at(pane.position_of(two_days))]
    pane.show_war_span()  # zoomed out it shares its pixel with the Ganja strikes; here its tooltip is its own
    assert "27 – 28 October 2020" in pane.tooltip_at(pane.position_of(two_days))


def test_panning_to_a_far_date_shows_and_opens_the_events_there(qtbot, pane, state, content) -> None:
    (low, high), _y = pane.view.viewRange()
    pane.pan((day_seconds(date(1991, 12, 9)) - low) / (high - low))  # as the Left key does, many times over
    start, end = pane.visible_range()
    assert start <= date(1991, 12, 10) <= end
    there = {e.id: e for e in content.events_between(start, end)}
    assert there and sum(p + b for p, b in pane.drawn_counts().values()) > 0
    (low, high), _y = pane.view.viewRange()
    event = next(e for e in there.values() if low < pane.position_of(e.id).x() < high)  # its centre in view
    where = pane.position_of(event.id)
    under = pane.events_at(where)
    assert event.id in {e.id for e in under} and {e.id for e in under} <= set(there)
    assert under[0].title in pane.tooltip_at(where)
    with qtbot.waitSignal(state.entry_changed):
        qtbot.mouseClick(pane.plot.viewport(), Qt.MouseButton.LeftButton, pos=viewport_point(pane, where))
    assert state.event_id in there and state.entry_id == there[state.event_id].entry_id



def test_the_civilian_harm_lane_says_its_count_follows_the_reporting(pane) -> None:
    tip = pane.lane_boxes["civilian-harm"].toolTip()
    assert "follows how much was reported" in tip and "not how much harm" in tip
    assert "reported" not in pane.lane_boxes["military"].toolTip()
