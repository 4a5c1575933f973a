"""A date axis that writes months in the interface language, and whose labels never run into each other.

pyqtgraph's DateAxisItem writes its labels with strftime, which follows the C locale ("Oct" in every
language). This one keeps its choice of ticks and writes each month name through desktop_app.i18n. Its day
numbers are left out where they would touch a month's name ("30" beside "Oct"): pyqtgraph spaces the ticks
for its own font size, not for large text.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pyqtgraph as pg
from PySide6.QtGui import QFontMetricsF

from desktop_app import i18n

_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)


class LocalDateAxis(pg.DateAxisItem):
    def __init__(self, **kwargs) -> None:
        super().__init__(orientation="bottom", utcOffset=0, **kwargs)

    def tickStrings(self, values, scale, spacing):  # noqa: N802 (pyqtgraph's name)
        spec = next((s for s in self.zoomLevel.tickSpecs if s.spacing == spacing), None)
        if spec is None or spec.format not in ("%b", "%a %d"):
            strings = super().tickStrings(values, scale, spacing)  # years, days, hours: digits only
            return self._clear_of_months(values, strings) if spec is not None and spec.format == "%d" else strings
        strings = []
        for value in values:
            try:
                moment = _EPOCH + timedelta(seconds=float(value))
            except (OverflowError, ValueError):
                strings.append("")
                continue
            month = i18n.short_month_name(moment.month)
            strings.append(month if spec.format == "%b" else f"{moment.day} {month}")
        return strings

    def _clear_of_months(self, values, strings: list[str]) -> list[str]:
        """Day numbers, with those too close to a month's first day (where its name is written) left out."""
        low, high = self.range
        if high <= low or self.width() <= 0:
            return strings
        pixels_per_second = self.width() / (high - low)
        metrics = QFontMetricsF(self.style["tickFont"] or self.font())
        month_width = max(metrics.horizontalAdvance(i18n.short_month_name(m)) for m in range(1, 13))
        kept = []
        for value, text in zip(values, strings, strict=False):
            try:
                moment = _EPOCH + timedelta(seconds=float(value))
            except (OverflowError, ValueError):
                kept.append(text)
                continue
            this_month = datetime(moment.year, moment.month, 1, tzinfo=UTC)
            next_month = datetime(moment.year + moment.month // 12, moment.month % 12 + 1, 1, tzinfo=UTC)
            seconds = min(abs((moment - this_month).total_seconds()), abs((next_month - moment).total_seconds()))
            room = (metrics.horizontalAdvance(text) + month_width) / 2 + metrics.averageCharWidth()
            kept.append("" if 0 < seconds * pixels_per_second < room else text)
        return kept
