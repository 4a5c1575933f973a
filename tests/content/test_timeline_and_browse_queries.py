"""The queries behind the browse list and the timeline at scale: pages of entries, events as numbers."""

from __future__ import annotations

from datetime import date

from desktop_app.content import ContentDatabase
from desktop_app.content.schema import ENTRY_KINDS


def test_entry_counts_and_pages_give_every_entry_in_order(content: ContentDatabase) -> None:
    counts = content.entry_counts()
    assert sum(counts.values()) == len(content.entries())
    for kind in ENTRY_KINDS:
        every = content.entries(kind=kind)
        assert counts.get(kind, 0) == len(every)
        pages = [content.entries_page(kind, offset, 7) for offset in range(0, len(every) + 7, 7)]
        assert [e for page in pages for e in page] == every
    assert content.entries_page("topic", 10_000, 5) == []


def test_event_days_describe_every_event_in_date_order(content: ContentDatabase) -> None:
    lanes = content.event_lanes()
    assert lanes == sorted({e.lane for e in content.events_between(date(1, 1, 1), date(9999, 12, 31))})
    rows = list(content.event_days(lanes[1:]))  # the first lane left out: its events say -1
    events = content.events_numbered(n for n, *_rest in rows)
    assert len(events) == len(rows) == len(content.events_between(date(1, 1, 1), date(9999, 12, 31)))
    assert [(e.first_day, e.last_day, e.id) for e in events] == sorted((e.first_day, e.last_day, e.id) for e in events)
    epoch = date(1970, 1, 1)
    for (number, lane, first, last, exact, period), event in zip(rows, events, strict=True):
        assert lane == (lanes[1:].index(event.lane) if event.lane in lanes[1:] else -1)
        assert epoch.toordinal() + first == date.fromisoformat(event.first_day).toordinal()
        assert epoch.toordinal() + last == date.fromisoformat(event.last_day).toordinal()
        assert bool(exact) == (event.date_precision == "day") and bool(period) == event.is_period
        assert content.event_numbers([event.id, "no-such-event"]) == {event.id: number}
