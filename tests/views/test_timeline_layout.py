"""Where the timeline puts each event, on small hand-made lanes: days on the x axis, markers stacked on their
day, periods packed into rows below them, everything inside its lane."""

from __future__ import annotations

from datetime import date, timedelta

import numpy as np

from desktop_app.views.timeline_layout import (
    BAR_HEIGHT,
    DAY,
    EPOCH,
    EVENT_DAYS,
    LANE_PAD,
    POINT_ROWS,
    Lane,
    day_at,
    day_middle,
    day_seconds,
    pack_rows,
)

OCT_9 = date(2020, 10, 9)


def lane_of(*events: tuple[int, date, date, bool, bool], top: float = 0.0) -> Lane:
    """A lane laid out from `top` with events given as (number, first day, last day, known to the day, period)."""
    rows = np.array([(n, 0, (first - EPOCH).days, (last - EPOCH).days, exact, period)
                     for n, first, last, exact, period in events], dtype=EVENT_DAYS)
    rows = rows[np.lexsort((rows["number"], rows["d1"], rows["d0"]))]  # date order, as the content gives them
    lane = Lane("military", "Military")
    lane.layout(rows, np.arange(rows.size), top)
    return lane


def on_day(number: int, day: date = OCT_9) -> tuple[int, date, date, bool, bool]:
    return number, day, day, True, False


def period(number: int, first: date, days: int) -> tuple[int, date, date, bool, bool]:
    return number, first, first + timedelta(days=days - 1), True, True


def test_a_day_on_the_axis_runs_from_its_midnight_to_the_next() -> None:
    for day in (OCT_9, date(1969, 12, 31), date(1988, 2, 20)):
        start = day_seconds(day)
        assert day_at(start) == day and day_at(start + DAY - 1) == day
        assert day_at(start - 1) == day - timedelta(days=1)
        assert day_at(day_middle(day)) == day and start < day_middle(day) < start + DAY
    assert day_seconds(OCT_9 + timedelta(days=1)) - day_seconds(OCT_9) == DAY


def test_overlapping_intervals_never_share_a_row_and_use_as_few_rows_as_can_be() -> None:
    rng = np.random.default_rng(44)
    starts = np.sort(rng.integers(0, 1000, 300)).astype(float)
    ends = starts + rng.integers(1, 120, 300)
    rows = pack_rows(starts, ends)
    for row in np.unique(rows):
        mine = rows == row
        assert np.all(starts[mine][1:] >= ends[mine][:-1])  # each starts once the one before has ended
    most_at_once = max(int(np.sum((starts <= t) & (ends > t))) for t in starts)
    assert rows.max() + 1 == most_at_once
    # Touching is not overlapping: a period starting as another ends takes its row.
    assert list(pack_rows(np.array([0.0, 10.0]), np.array([10.0, 20.0]))) == [0, 0]


def test_events_of_one_day_are_stacked_at_its_middle_without_overlapping() -> None:
    lane = lane_of(on_day(1), on_day(2), on_day(3), on_day(4, OCT_9 + timedelta(days=1)))
    same_day = lane.px == day_middle(OCT_9)
    assert same_day.sum() == 3
    assert sorted(np.diff(np.sort(lane.py[same_day]))) == [1.0, 1.0]  # a row apart
    assert lane.py[~same_day][0] == lane.py[same_day].max()  # alone on its day: on the bottom row
    assert np.all((lane.top < lane.py) & (lane.py < lane.bottom))


def test_a_crowded_day_is_squeezed_into_the_marker_rows() -> None:
    lane = lane_of(*(on_day(n) for n in range(20)))
    ys = np.sort(lane.py)
    assert np.all(np.diff(ys) > 0)  # still one above the other
    assert ys[0] >= lane.top + LANE_PAD - 1e-9 and ys[-1] - ys[0] <= POINT_ROWS - 1 + 1e-9
    assert ys[-1] < lane.bottom


def test_a_date_known_to_the_month_sits_mid_month_and_says_so() -> None:
    october = (7, date(2020, 10, 1), date(2020, 10, 31), False, False)
    lane = lane_of(october, on_day(8))
    month = lane.points == 7
    assert lane.px[month][0] == (day_seconds(date(2020, 10, 1)) + day_seconds(date(2020, 11, 1))) / 2
    assert list(lane.exact[month]) == [False] and list(lane.exact[~month]) == [True]


def test_periods_are_bars_below_the_markers_with_overlapping_ones_apart() -> None:
    lane = lane_of(on_day(1), period(2, OCT_9, 10), period(3, OCT_9 + timedelta(days=3), 2),
                   period(4, OCT_9 + timedelta(days=10), 5))
    assert list(lane.points) == [1] and sorted(lane.bars) == [2, 3, 4]
    bar = {int(n): i for i, n in enumerate(lane.bars)}
    assert lane.bx0[bar[2]] == day_seconds(OCT_9)
    assert lane.bx1[bar[2]] == day_seconds(OCT_9 + timedelta(days=10))  # the end of its last day
    assert lane.by0[bar[3]] != lane.by0[bar[2]]  # overlaps it
    assert lane.by0[bar[4]] == lane.by0[bar[2]]  # starts the day after it ends: the same row
    assert np.all(lane.by0 > lane.py.max()) and np.all(lane.by0 + BAR_HEIGHT <= lane.bottom)


def test_many_overlapping_periods_are_squeezed_into_the_lane() -> None:
    lane = lane_of(*(period(n, OCT_9 + timedelta(days=n), 30) for n in range(12)))
    assert np.unique(lane.by0).size == 12
    assert np.all(lane.by0 >= lane.top) and np.all(lane.by0 + BAR_HEIGHT <= lane.bottom)


def test_lanes_follow_one_another_and_a_sparse_one_is_tall_enough_for_its_name() -> None:
    crowded = lane_of(*(on_day(n) for n in range(3)), period(9, OCT_9, 4), top=0.0)
    sparse = lane_of(on_day(10), top=crowded.bottom)
    empty = lane_of(top=sparse.bottom)
    assert sparse.top == crowded.bottom and empty.top == sparse.bottom
    assert sparse.bottom - sparse.top >= 2 and empty.bottom - empty.top >= 2
    assert crowded.centre == (crowded.top + crowded.bottom) / 2
