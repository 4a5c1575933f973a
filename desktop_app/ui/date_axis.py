"""A date axis that writes months in the interface language.

pyqtgraph's DateAxisItem writes its labels with strftime, which follows the C locale ("Oct" in every
language). This one keeps its choice of ticks and writes each month name through desktop_app.i18n.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pyqtgraph as pg

from desktop_app import i18n

_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)


class LocalDateAxis(pg.DateAxisItem):
    def __init__(self, **kwargs) -> None:
        super().__init__(orientation="bottom", utcOffset=0, **kwargs)

    def tickStrings(self, values, scale, spacing):  # noqa: N802 (pyqtgraph's name)
        spec = next((s for s in self.zoomLevel.tickSpecs if s.spacing == spacing), None)
        if spec is None or spec.format not in ("%b", "%a %d"):
            return super().tickStrings(values, scale, spacing)  # years, days, hours: digits only
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
