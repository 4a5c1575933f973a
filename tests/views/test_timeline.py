"""What the timeline draws and what is under the pointer, on the bundled content, without Qt: the events
in view (merged only when a lane is crowded), exact hit tests, the tooltip's words, hidden lanes, rings.
(Stepping through the events and moving the view: test_timeline_navigation.py.)"""

from __future__ import annotations

from datetime import date

import numpy as np
import pytest

from desktop_app.content import ContentDatabase
from desktop_app.content.models import Event
from desktop_app.views.bars import merge_bars
from desktop_app.views.labels import LANE_LABELS, lane_label
from desktop_app.views.timeline import MIN_BAR_PIXELS, Pixels, Range, TimelineModel, extent
from desktop_app.views.timeline_layout import BAR_HEIGHT, day_seconds

WAR = (date(2020, 9, 27), date(2020, 11, 10))
GANJA_STRIKES = "2020-10-04-2020-10-17-ganja-strikes"  # a period, at Ganja, in the civilian-harm lane
GUTERRES = "2020-10-guterres-statement"  # known only to the month
TWO_DAYS = "2020-10-27-2020-10-28-barda-attacks"  # a period of two days
FAR_OUT = "2016-04-four-day-war"  # 2016, years before the war
AT_SHUSHA = "2020-10-29-five-km-from-shusha"


@pytest.fixture
def model(content: ContentDatabase) -> TimelineModel:
    return TimelineModel(content, WAR)


def every_event(content: ContentDatabase) -> list[Event]:
    return content.events_between(date(1, 1, 1), date(9999, 12, 31))


def screen(model: TimelineModel, view: Range, width: int = 1000, height: int = 300) -> Pixels:
    """A plot of `width` x `height` pixels showing `view` and every lane."""
    return Pixels((view[1] - view[0]) / width, model.height / height, model.marker_size(height))


def test_lanes_come_in_display_order_named_and_one_below_the_other(model: TimelineModel) -> None:
    lanes = list(model.lanes.values())
    assert [lane.key for lane in lanes][:len(LANE_LABELS)] == list(LANE_LABELS)
    assert all(lane.label == lane_label(lane.key) for lane in lanes)
    assert lanes[0].top == 0 and lanes[-1].bottom == model.height
    assert all(upper.bottom == lower.top for upper, lower in zip(lanes, lanes[1:], strict=False))


def test_every_event_is_drawn_inside_its_lane_and_its_days(model: TimelineModel, content: ContentDatabase) -> None:
    for event in every_event(content):
        x, y = model.position_of(event.id)
        lane = model.lanes[event.lane]
        start, end = extent(event)
        assert lane.top < y < lane.bottom and start <= x <= end, event.id
    with pytest.raises(KeyError):
        model.position_of("no-such-event")


def test_in_the_44_days_every_event_of_the_war_is_drawn_one_by_one(model: TimelineModel,
                                                                    content: ContentDatabase) -> None:
    view = model.war_range()
    drawings = {key: model.drawing(key, view, screen(model, view)) for key in model.lanes}
    assert all(sum(d.counts) > 0 for d in drawings.values())  # every lane has something in the war
    assert all(d.exact is not None for d in drawings.values())  # nothing merged
    for event in content.events_between(*WAR):
        drawn = drawings[event.lane]
        x, _y = model.position_of(event.id)
        if event.is_period:
            assert extent(event)[0] in drawn.x0, event.id
        elif event.date_precision == "day":
            assert x in drawn.x, event.id
    before = model.drawing("military", view, screen(model, view))
    assert model.position_of(FAR_OUT)[0] not in before.x0  # 2016: far out of view


def test_crowded_lanes_are_merged_but_every_event_stays_findable(model: TimelineModel) -> None:
    model.MAX_DRAWN_PER_LANE = 5
    view = model.whole_range()
    pixels = screen(model, view)
    information, military = model.lanes["information"], model.lanes["military"]
    markers = model.drawing("information", view, pixels)
    assert markers.exact is None and 0 < markers.counts[0] < information.points.size
    nearest = np.abs(information.px[:, None] - markers.x[None, :]).min(axis=1)
    assert np.all(nearest <= 3 * pixels.width)  # each event within half a merged marker's bin
    bars = model.drawing("military", view, pixels)
    assert 0 < bars.counts[1] < military.bars.size
    row = np.floor(bars.y0 / pixels.height)
    for x0, x1, y0 in zip(military.bx0, military.bx1, military.by0, strict=True):  # no period left out
        assert np.any((bars.x0 <= x0) & (bars.x1 >= x1) & (row == np.floor(y0 / pixels.height)))
    # Hover still finds the real event, not the merged marker.
    where = model.position_of(GUTERRES)
    assert model.number_of(GUTERRES) in model.numbers_at(*where, pixels)
    assert "Guterres" in model.tooltip_at(*where, pixels, "english")


def test_merging_joins_close_bars_of_one_pixel_row_only() -> None:
    x0, x1 = np.array([0.0, 11.0, 30.0, 5.0]), np.array([10.0, 20.0, 40.0, 15.0])
    y0 = np.array([0.2, 0.4, 0.2, 5.0])  # the last on another pixel row
    merged = sorted(zip(*(a.tolist() for a in merge_bars(x0, x1, y0, gap=2.0, pixel_h=1.0)), strict=True))
    assert merged == [(0.0, 20.0, 0.2), (5.0, 15.0, 5.0), (30.0, 40.0, 0.2)]
    empty = np.empty(0)
    assert all(a.size == 0 for a in merge_bars(empty, empty, empty, 2.0, 1.0))


def test_a_few_days_period_stays_visible_and_hoverable_zoomed_out(model: TimelineModel) -> None:
    view = model.whole_range()
    pixels = screen(model, view)
    assert (day_seconds(date(2020, 10, 29)) - day_seconds(date(2020, 10, 27))) / pixels.width < 1  # under a pixel
    bars = model.drawing("civilian-harm", view, pixels)
    start = bars.x0 == day_seconds(date(2020, 10, 27))
    widths = (bars.x1[start] - bars.x0[start]) / pixels.width
    assert widths.size == 1 and round(widths[0], 6) >= MIN_BAR_PIXELS
    where = model.position_of(TWO_DAYS)
    assert TWO_DAYS in [e.id for e in model.events_at(*where, pixels)]
    # Zoomed out it shares its pixel with the Ganja strikes; over the war's weeks its tooltip is its own.
    assert "27 – 28 October 2020" in model.tooltip_at(*where, screen(model, model.war_range()), "english")


def test_markers_grow_with_the_rows_within_readable_limits(model: TimelineModel) -> None:
    sizes = [model.marker_size(height) for height in (50, 200, 300, 400, 2000)]
    assert sizes == sorted(sizes) and sizes[0] == 7 and sizes[-1] == 12


def test_the_pointer_finds_the_nearest_event_first_and_nothing_over_empty_space(model: TimelineModel,
                                                                               content: ContentDatabase) -> None:
    view = model.war_range()
    pixels = screen(model, view)
    for event in content.events_between(*WAR):
        if not event.is_period and event.date_precision == "day":
            assert model.numbers_at(*model.position_of(event.id), pixels)[0] == model.number_of(event.id)
    assert model.event_at(*model.position_of(GANJA_STRIKES), pixels).id == GANJA_STRIKES
    empty = (day_seconds(date(2020, 11, 2)), model.lanes["diplomacy"].top + 0.05)
    assert model.numbers_at(*empty, pixels) == [] and model.event_at(*empty, pixels) is None
    assert model.tooltip_at(*empty, pixels, "english") == ""
    assert model.numbers_at(day_seconds(date(2020, 10, 1)), model.height + 1, pixels) == []  # below the lanes


def test_several_events_under_the_pointer_are_counted_and_part_on_zooming_in(model: TimelineModel,
                                                                             content: ContentDatabase) -> None:
    view = model.whole_range()
    pixels = screen(model, view)
    crowded = next(e for e in every_event(content) if len(model.numbers_at(*model.position_of(e.id), pixels)) > 2)
    where = model.position_of(crowded.id)
    found = model.numbers_at(*where, pixels)
    tip = model.tooltip_at(*where, pixels, "english").splitlines()
    assert tip[-1] == f"and {len(found) - 1} more here: zoom in to tell them apart"
    assert tip[1] == content.events_numbered(found[:1])[0].title
    close = model.clamped(where[0] - 1, where[0] + 1)  # the closest zoom
    assert len(model.numbers_at(*where, screen(model, close))) < len(found)


def test_the_tooltip_says_date_title_place_and_lane(model: TimelineModel, content: ContentDatabase) -> None:
    pixels = screen(model, model.war_range())
    month = model.tooltip_at(*model.position_of(GUTERRES), pixels, "english")
    assert month.startswith("October 2020\n") and "Guterres condemns attacks on populated areas" in month
    assert "1 October" not in month  # no invented precision
    ganja = model.tooltip_at(*model.position_of(GANJA_STRIKES), pixels, "english").splitlines()
    assert ganja[0] == "4 – 17 October 2020" and ganja[1] == content.event(GANJA_STRIKES).title
    assert ganja[2].startswith("Place: Ganja") and ganja[3] == "Civilian harm · click to open"
    war = model.tooltip_at(*model.position_of("2020-09-27-2020-11-10-war"), pixels, "english")
    assert war.startswith("27 September – 10 November 2020\n")  # the year said once
    shusha = model.position_of(AT_SHUSHA)
    assert "Place: Shusha (Armenian usage: Shushi; Azerbaijani usage: Şuşa)" in model.tooltip_at(
        *shusha, pixels, "english")
    assert "Place: Şuşa (English usage: Shusha; Armenian usage: Shushi)" in model.tooltip_at(
        *shusha, pixels, "azerbaijani")
    both = next(line for line in model.tooltip_at(*shusha, pixels, "both").splitlines() if line.startswith("Place"))
    assert "Shusha" in both and "Şuşa" in both and "(" not in both  # every form shown: nothing to add


def test_a_hidden_lane_is_not_drawn_found_or_ringed(model: TimelineModel, content: ContentDatabase) -> None:
    view = model.war_range()
    pixels = screen(model, view)
    politics = next(e for e in content.events_between(*WAR) if e.lane == "politics" and not e.is_period)
    where = model.position_of(politics.id)
    assert model.numbers_at(*where, pixels)
    assert model.set_lane_visible("politics", False) and not model.set_lane_visible("politics", False)
    assert not model.lane_visible("politics") and model.drawing("politics", view, pixels) is None
    assert model.drawing("military", view, pixels) is not None  # the others untouched
    assert model.numbers_at(*where, pixels) == []
    model.set_entry(politics.entry_id)
    assert politics.id not in model.highlighted_event_ids()
    model.select_event(politics.id)
    assert model.selected_marks().x.size == 0
    assert model.set_lane_visible("politics", True) and model.numbers_at(*where, pixels)


def test_rings_mark_the_current_entry_events_and_the_selected_one(model: TimelineModel,
                                                                  content: ContentDatabase) -> None:
    entry = "missile-strikes-on-ganja"
    events = model.set_entry(entry)
    assert events == content.events_for_entry(entry) and len(events) > 1
    assert model.highlighted_event_ids() == {e.id for e in events}
    marks = model.entry_marks()
    ringed = set(zip(marks.x, marks.y, strict=True)) | {
        ((x0 + x1) / 2, y0 + BAR_HEIGHT / 2) for x0, x1, y0 in zip(marks.x0, marks.x1, marks.y0, strict=True)}
    assert ringed == {model.position_of(e.id) for e in events}
    for lane in {e.lane for e in events}:
        model.set_lane_visible(lane, False)
    assert model.highlighted_event_ids() == set() and model.entry_marks().x.size + model.entry_marks().x0.size == 0
    model.set_entry("naming-of-the-war")  # an entry with no events
    assert model.highlighted_event_ids() == set()

    assert model.selected_marks().x.size == 0  # nothing selected
    model.select_event(GUTERRES)
    selected = model.selected_marks()
    assert (selected.x.tolist(), selected.y.tolist()) == ([model.position_of(GUTERRES)[0]],
                                                          [model.position_of(GUTERRES)[1]])
    model.select_event("")
    assert model.selected_marks().x.size == 0
