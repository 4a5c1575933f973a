"""The timeline's date axis: month names in the interface language, and day numbers that never run into a
month's name, at any text size."""

from __future__ import annotations

from datetime import UTC, datetime

import pyqtgraph as pg
from PySide6.QtGui import QFont, QFontMetricsF

from desktop_app.ui.date_axis import LocalDateAxis


def seconds(year: int, month: int, day: int) -> float:
    return datetime(year, month, day, tzinfo=UTC).timestamp()


def axis_over(first: float, last: float, width: int, point_size: float) -> tuple[LocalDateAxis, pg.PlotWidget]:
    axis = LocalDateAxis()
    plot = pg.PlotWidget(axisItems={"bottom": axis})
    font = QFont(plot.font())
    font.setPointSizeF(point_size)
    axis.setStyle(tickFont=font)
    plot.resize(width, 200)
    plot.setXRange(first, last, padding=0)
    plot.show()
    return axis, plot


def test_day_numbers_next_to_a_month_name_are_left_out_with_large_text(qtbot) -> None:
    axis, plot = axis_over(seconds(2020, 9, 20), seconds(2020, 10, 12), 600, 24)
    qtbot.addWidget(plot)
    qtbot.wait(50)
    days = [seconds(2020, 9, d) for d in (28, 29, 30)] + [seconds(2020, 10, d) for d in (2, 3, 5, 8)]
    strings = dict(zip(days, axis.tickStrings(days, 1, 86400), strict=True))
    assert strings[seconds(2020, 9, 30)] == "" and strings[seconds(2020, 10, 2)] == ""  # beside "Oct"
    assert strings[seconds(2020, 10, 8)] == "08"  # clear of it
    # what is kept has room: the nearest kept number is at least half its width and half a month name away
    metrics = QFontMetricsF(axis.style["tickFont"])
    per_second = axis.width() / (axis.range[1] - axis.range[0])
    month_start = seconds(2020, 10, 1)
    for value, text in strings.items():
        if text:
            assert abs(value - month_start) * per_second >= (metrics.horizontalAdvance(text)
                                                              + metrics.horizontalAdvance("Oct")) / 2


def test_with_room_to_spare_every_day_number_stays(qtbot) -> None:
    axis, plot = axis_over(seconds(2020, 9, 27), seconds(2020, 10, 4), 1600, 9)
    qtbot.addWidget(plot)
    qtbot.wait(50)
    days = [seconds(2020, 9, 30), seconds(2020, 10, 2)]
    assert all(axis.tickStrings(days, 1, 86400))
