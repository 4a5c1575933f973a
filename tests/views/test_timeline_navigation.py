"""Where the timeline's view may go and which event comes next, on the bundled content, without Qt: the 44
days and the whole span, zoom limits, zooming about the date line, panning, following the date and bringing
events into view; stepping through the events in date order."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from desktop_app.content import ContentDatabase
from desktop_app.content.models import Event
from desktop_app.views.timeline import TimelineModel, date_label, extent
from desktop_app.views.timeline_layout import DAY, day_middle, day_seconds

WAR = (date(2020, 9, 27), date(2020, 11, 10))


@pytest.fixture
def model(content: ContentDatabase) -> TimelineModel:
    return TimelineModel(content, WAR)


def in_date_order(content: ContentDatabase) -> list[Event]:
    every = content.events_between(date(1, 1, 1), date(9999, 12, 31))
    return sorted(every, key=lambda e: (e.first_day, e.last_day, e.id))


def walk(model: TimelineModel, direction: int, day: date) -> list[str]:
    """The events one reaches stepping from `day` in `direction` until the end, the date following each."""
    walked: list[str] = []
    current = ""
    while (event := model.step(direction, day, current)) is not None:
        walked.append(event.id)
        day, current = date.fromisoformat(event.first_day), event.id
    return walked


def days_wide(view: tuple[float, float]) -> float:
    return (view[1] - view[0]) / DAY


def test_opens_on_the_44_days(model: TimelineModel) -> None:
    assert model.visible_days(model.war_range()) == WAR
    assert date_label(date(2020, 10, 9)) == "Date: 9 October 2020"


def test_the_whole_span_shows_every_event_with_no_empty_years(model: TimelineModel, content: ContentDatabase) -> None:
    low, high = model.visible_days(model.whole_range())
    first, last = (date.fromisoformat(day) for day in content.event_span())
    assert low <= first and high >= last
    assert (first - low).days < 365 and (high - last).days < 365


def test_zoom_stops_at_a_few_days_and_at_the_whole_span(model: TimelineModel) -> None:
    view = model.war_range()
    for _ in range(30):
        view = model.zoomed(view, 0.5, day_middle(date(2020, 10, 9)))
    assert days_wide(view) == pytest.approx(3)  # the closest zoom: three days fill the width
    low, high = model.visible_days(view)
    assert low <= date(2020, 10, 9) <= high
    for _ in range(30):
        view = model.zoomed(view, 2, day_middle(date(2020, 10, 9)))
    assert view == model.whole_range() and days_wide(view) < 36 * 366


def test_zoom_keeps_the_date_line_in_place_or_else_the_middle(model: TimelineModel) -> None:
    view = model.war_range()
    line = day_middle(date(2020, 10, 9))
    zoomed = model.zoomed(view, 1 / 1.5, line)
    assert days_wide(zoomed) == pytest.approx(days_wide(view) / 1.5)
    share = (line - view[0]) / (view[1] - view[0])
    assert (line - zoomed[0]) / (zoomed[1] - zoomed[0]) == pytest.approx(share)
    elsewhere = model.zoomed(view, 1.5, day_middle(date(1994, 5, 1)))  # the line out of view
    assert sum(elsewhere) / 2 == pytest.approx(sum(view) / 2)
    assert days_wide(elsewhere) == pytest.approx(days_wide(view) * 1.5)


def test_pan_moves_by_a_share_of_the_width_and_stops_at_the_ends(model: TimelineModel) -> None:
    view = model.war_range()
    later = model.panned(view, 0.2)
    assert later[0] - view[0] == pytest.approx(0.2 * (view[1] - view[0]))
    assert days_wide(later) == pytest.approx(days_wide(view))
    far = model.panned(view, -1000)
    assert far[0] == model.bounds[0] and days_wide(far) == pytest.approx(days_wide(view))
    assert model.panned(view, 1000)[1] == model.bounds[1]


def test_the_view_follows_the_date_line_only_when_it_leaves_the_view(model: TimelineModel) -> None:
    view = model.war_range()
    assert model.following(view, day_middle(date(2020, 10, 20))) is None
    followed = model.following(view, day_middle(date(1994, 5, 1)))
    low, high = model.visible_days(followed)
    assert low <= date(1994, 5, 1) <= high and days_wide(followed) == pytest.approx(days_wide(view))
    assert sum(followed) / 2 == pytest.approx(day_middle(date(1994, 5, 1)))


def test_an_event_is_brought_into_view_keeping_the_zoom_unless_it_is_wider(model: TimelineModel,
                                                                          content: ContentDatabase) -> None:
    view = model.war_range()
    assert model.showing(view, content.event("2020-10-guterres-statement")) is None  # in view already
    resolutions = content.event("1993-unsc-resolutions")
    shown = model.showing(view, resolutions)
    start, end = extent(resolutions)
    assert shown[0] <= start and end <= shown[1]
    assert days_wide(shown) == pytest.approx(365 * 1.1)  # a year: wider than the 44 days
    close = model.clamped(day_seconds(date(2016, 1, 1)), day_seconds(date(2016, 1, 4)))
    war = content.event("2020-09-27-2020-11-10-war")
    shown = model.showing(close, war)
    assert shown[0] <= extent(war)[0] and extent(war)[1] <= shown[1]
    one_day = next(e for e in content.events_between(*WAR) if e.date_precision == "day" and not e.is_period)
    shown = model.showing(close, one_day)
    assert days_wide(shown) == pytest.approx(days_wide(close))  # the zoom kept
    assert shown[0] <= extent(one_day)[0] and extent(one_day)[1] <= shown[1]


def test_an_entry_is_brought_into_view_unless_one_of_its_events_shows(model: TimelineModel) -> None:
    view = model.war_range()
    model.set_entry("four-day-war-2016")
    low, high = model.visible_days(model.showing_entry(view))
    assert low <= date(2016, 4, 2) and high >= date(2016, 4, 5)
    model.set_entry("missile-strikes-on-ganja")  # its events are in the war
    assert model.showing_entry(view) is None
    model.set_entry("naming-of-the-war")  # no events
    assert model.showing_entry(view) is None


def test_stepping_goes_through_every_event_in_date_order(model: TimelineModel, content: ContentDatabase) -> None:
    order = [e.id for e in in_date_order(content)]
    assert walk(model, 1, date(1900, 1, 1)) == order
    assert walk(model, -1, date(2100, 1, 1)) == order[::-1]


def test_stepping_goes_on_from_the_selected_event_or_else_from_the_date(model: TimelineModel,
                                                                         content: ContentDatabase) -> None:
    order = in_date_order(content)
    day = date(2020, 10, 11)
    after = next(i for i, e in enumerate(order) if e.first_day >= day.isoformat())
    assert model.step(1, day, "").id == order[after].id  # the first on or after the date
    assert model.step(-1, day, "").id == order[after - 1].id  # the last before it
    # Several events on one day: from the selected one, its neighbours in the order.
    i = next(i for i in range(1, len(order) - 1)
             if order[i - 1].first_day == order[i].first_day == order[i + 1].first_day)
    selected, its_day = order[i], date.fromisoformat(order[i].first_day)
    assert model.step(1, its_day, selected.id).id == order[i + 1].id
    assert model.step(-1, its_day, selected.id).id == order[i - 1].id
    # The date moved on since: the events left behind are not gone back to.
    week_on = its_day + timedelta(days=7)
    assert model.step(1, week_on, selected.id).id == next(e.id for e in order if e.first_day >= week_on.isoformat())
    assert model.step(1, date(2100, 1, 1), "") is None and model.step(-1, date(1900, 1, 1), "") is None


def test_stepping_skips_hidden_lanes(model: TimelineModel, content: ContentDatabase) -> None:
    model.set_lane_visible("politics", False)
    assert walk(model, 1, date(1900, 1, 1)) == [e.id for e in in_date_order(content) if e.lane != "politics"]
    # The selected event's lane hidden since: from its date, as if nothing were selected.
    shown = [e for e in in_date_order(content) if e.lane != "politics"]
    for politics in (e for e in in_date_order(content) if e.lane == "politics"):
        its_day = date.fromisoformat(politics.first_day)
        assert model.step(1, its_day, politics.id).id == next(e.id for e in shown if e.first_day >= politics.first_day)
        assert model.step(-1, its_day, politics.id).id == [e.id for e in shown if e.first_day < politics.first_day][-1]
    for key in model.lanes:
        model.set_lane_visible(key, False)
    assert model.step(1, date(1900, 1, 1), "") is None
