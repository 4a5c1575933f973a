"""Partial ISO dates (YYYY, YYYY-MM, YYYY-MM-DD) as used throughout the content."""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date

from desktop_app import i18n

_PATTERN = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")


@dataclass(frozen=True)
class PartialDate:
    """A date known to the day, the month or only the year."""

    text: str
    precision: str  # "day", "month" or "year"
    first_day: date
    last_day: date

    def __str__(self) -> str:
        return self.text


def parse_partial_date(text: str) -> PartialDate:
    """Parse `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; raise ValueError with a readable message."""
    match = _PATTERN.match(text.strip())
    if not match:
        raise ValueError(f"date {text!r} is not YYYY, YYYY-MM or YYYY-MM-DD")
    year = int(match.group(1))
    month = int(match.group(2)) if match.group(2) else None
    day = int(match.group(3)) if match.group(3) else None
    try:
        if day is not None and month is not None:
            exact = date(year, month, day)
            return PartialDate(text.strip(), "day", exact, exact)
        if month is not None:
            last = calendar.monthrange(year, month)[1]
            return PartialDate(text.strip(), "month", date(year, month, 1), date(year, month, last))
    except ValueError as error:
        raise ValueError(f"date {text!r} does not exist ({error})") from None
    return PartialDate(text.strip(), "year", date(year, 1, 1), date(year, 12, 31))


def format_day(day: date) -> str:
    """"9 October 2020", in the interface language."""
    return i18n.day(day)


def format_partial_date(text: str | None) -> str:
    """A human date at its own precision: "9 October 2020", "October 2020" or "2020"."""
    if not text:
        return ""
    parsed = parse_partial_date(text)
    first = parsed.first_day
    if parsed.precision == "day":
        return format_day(first)
    if parsed.precision == "month":
        return i18n.month_year(first.year, first.month)
    return str(first.year)


def format_date_range(start: str | None, end: str | None) -> str:
    """A period, the shared year said once: "27 September – 10 November 2020", "1–3 October 2020"."""
    if not start:
        return ""
    if not end:
        return format_partial_date(start)
    first, last = parse_partial_date(start), parse_partial_date(end)
    if first.precision == last.precision == "day" and first.first_day.year == last.first_day.year:
        a, b = first.first_day, last.first_day
        if a.month == b.month:
            return f"{a.day} – {format_day(b)}"
        return f"{i18n.day_month(a)} – {format_day(b)}"
    return f"{format_partial_date(start)} – {format_partial_date(end)}"
