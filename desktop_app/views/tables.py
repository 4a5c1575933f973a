"""The drawn views as tables, Qt-free: the rows a "Show as Table" lists beside the timeline, the map and the
casualty chart.

Each table is made from the same view-model as the picture it stands for (the timeline's lanes, the map's
control on the date shown, the chart's sections), so the table and the picture never disagree. A row carries
the id of what it stands for, so choosing it moves the panes as choosing the drawn item does, and a sort key
per cell, so dates sort by date and figures by size rather than as text.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date

from desktop_app.content import Event, Place
from desktop_app.content.dates import format_date_range, format_partial_date
from desktop_app.i18n import QT_TRANSLATE_NOOP, translate
from desktop_app.views.chart.kinds import as_of_text, magnitude
from desktop_app.views.chart.sections import ChartRow, ChartSection
from desktop_app.views.labels import SIDE_ORDER, control_label, no_record_label, side_label
from desktop_app.views.map.model import MapModel
from desktop_app.views.map.text import type_label
from desktop_app.views.timeline import TimelineModel

SortKey = tuple[object, ...]


@dataclass(frozen=True)
class Row:
    """One line of a table: the id of what it stands for, its cells' text, and a sort key per cell."""

    key: str
    cells: tuple[str, ...]
    sort: tuple[SortKey, ...]
    group: str = ""  # what the table's own filter narrows by (a timeline lane)


@dataclass(frozen=True)
class Table:
    """A view as a table: the column titles and the rows, in the picture's order."""

    columns: tuple[str, ...]
    rows: tuple[Row, ...]

    def index_of(self, key: str) -> int | None:
        for i, row in enumerate(self.rows):
            if row.key == key:
                return i
        return None


def _text_key(text: str) -> SortKey:
    return (text.casefold(),)


# -- the timeline -------------------------------------------------------------------------------------
EVENT_COLUMNS = (
    #: a column of the timeline's table: when the event happened
    QT_TRANSLATE_NOOP("Tables", "Date"),
    #: a column of the timeline's table: the event's lane (Military, Diplomacy...)
    QT_TRANSLATE_NOOP("Tables", "Lane"),
    #: a column of the timeline's table: what happened
    QT_TRANSLATE_NOOP("Tables", "Event"),
    #: a column of the timeline's table: where it happened
    QT_TRANSLATE_NOOP("Tables", "Place"),
    #: a column of the timeline's table: who states it (a government, an agency, an article)
    QT_TRANSLATE_NOOP("Tables", "Source"),
)


def event_table(model: TimelineModel, name_form: str) -> Table:
    """Every event on the timeline, in date order: date, lane, title, place (in `name_form`) and source."""
    content = model.content
    lanes = list(model.lanes)
    first, last = content.event_span()
    events: list[Event] = content.events_between(first, last, lanes) if first else []
    places = {p.id: p for p in content.places()}
    sources = {s.id: s.name for s in content.sources()}
    rows = []
    for event in events:
        place = places.get(event.place_id or "")
        place_name = place.label(name_form) if place is not None else ""
        source = sources.get(event.source_id, event.source_id)
        rows.append(Row(
            event.id,
            (format_date_range(event.date, event.end_date), model.lanes[event.lane].label, event.title, place_name,
             source),
            ((event.first_day, event.id), (lanes.index(event.lane), event.first_day),
             _text_key(event.title), _text_key(place_name), _text_key(source)),
            group=event.lane))
    return Table(tuple(translate("Tables", c) for c in EVENT_COLUMNS), tuple(rows))


def first_row_on_or_after(table: Table, day: date) -> int | None:
    """The first event of `day` or after it (the row a table following the date shows); None past the end."""
    iso = day.isoformat()
    for i, row in enumerate(table.rows):
        if str(row.sort[0][0]) >= iso:
            return i
    return None


# -- the map ------------------------------------------------------------------------------------------
PLACE_COLUMNS = (
    #: a column of the map's table: the place's name, in the chosen name form
    QT_TRANSLATE_NOOP("Tables", "Place"),
    #: a column of the map's table: who held the place on the date shown, as the map colours it
    QT_TRANSLATE_NOOP("Tables", "Held by"),
    #: a column of the map's table: since when that side held it
    QT_TRANSLATE_NOOP("Tables", "Since"),
    #: a column of the map's table: the source that reports who held it
    QT_TRANSLATE_NOOP("Tables", "According to"),
    #: a column of the map's table: the kind of place (town, village, district...)
    QT_TRANSLATE_NOOP("Tables", "Kind"),
    #: a column of the map's table: the place's other names (the other sides' usages, other spellings)
    QT_TRANSLATE_NOOP("Tables", "Other names"),
)


def _other_names(place: Place, shown: str) -> str:
    """Every name of the place that the chosen form does not show, each once."""
    written = set(shown.split(" / "))
    return ", ".join(n for n in dict.fromkeys([place.name, *(n.name for n in place.names)]) if n not in written)


def place_table(model: MapModel, places: Iterable[Place], name_form: str) -> Table:
    """Places with who held each on the map's date (`model` moved to it), since when and per whom, then their
    kind and other names; places the content records no holder for say so. In name order, as the chosen form
    writes them. What a reader asks first comes first: a narrow pane shows those columns."""
    rows = []
    for place in places:
        shown = place.label(name_form)
        record = model.record(place.id)
        if record is not None:
            holder, since = control_label(record.holder), format_partial_date(record.date)
            claimant = model.sources.get(record.claimant_id, record.claimant_id)
            since_key: SortKey = (record.date,)
        else:
            holder, since, claimant, since_key = no_record_label(), "", "", ("",)
        kind, others = type_label(place.type), _other_names(place, shown)
        rows.append(Row(
            place.id, (shown, holder, since, claimant, kind, others),
            (_text_key(shown), _text_key(holder), since_key, _text_key(claimant), _text_key(kind), _text_key(others))))
    rows.sort(key=lambda r: r.sort[0])
    return Table(tuple(translate("Tables", c) for c in PLACE_COLUMNS), tuple(rows))


# -- the casualty chart -------------------------------------------------------------------------------
FIGURE_COLUMNS = (
    #: a column of the casualty chart's table: who gives the figure (a government, an agency, Oryx...)
    QT_TRANSLATE_NOOP("Tables", "Claimant"),
    #: a column of the casualty chart's table: the number, or the range of numbers, given
    QT_TRANSLATE_NOOP("Tables", "Figure"),
    #: a column of the casualty chart's table: whose losses the figure counts
    QT_TRANSLATE_NOOP("Tables", "Side"),
    #: a column of the casualty chart's table: what the figure counts (Killed, Tanks...), the chart's section
    QT_TRANSLATE_NOOP("Tables", "Counts"),
    #: a column of the casualty chart's table: the date the figure was given
    QT_TRANSLATE_NOOP("Tables", "As of"),
    #: a column of the casualty chart's table: the figure's own description ("Armenian servicemen killed")
    QT_TRANSLATE_NOOP("Tables", "Description"),
    #: a column of the casualty chart's table: the entry that discusses the figure
    QT_TRANSLATE_NOOP("Tables", "Entry"),
)


def figure_table(sections: Sequence[ChartSection], entry_title: Callable[[str], str]) -> Table:
    """Every figure of the chart's sections, in the chart's order: who gives it and the value or range as given
    (first: a narrow pane shows those), whose losses and what it counts (the chart's section), as of when, its
    description and the entry that discusses it."""
    rows = []
    for s, section in enumerate(sections):
        for row in section.rows:
            for figure in row.figures:
                side = side_label(figure.side)
                side_rank = SIDE_ORDER.index(figure.side) if figure.side in SIDE_ORDER else len(SIDE_ORDER)
                as_of = format_partial_date(figure.as_of) if figure.as_of else as_of_text(figure)  # "date not given"
                title = entry_title(figure.entry_id)
                rows.append(Row(
                    figure.id,
                    (figure.claimant_name, figure.display_value, side, section.title, as_of, figure.label, title),
                    (_text_key(figure.claimant_name), (magnitude(figure),), (side_rank,), (s,), (figure.as_of or "",),
                     _text_key(figure.label), _text_key(title))))
    return Table(tuple(translate("Tables", c) for c in FIGURE_COLUMNS), tuple(rows))


def row_of(sections: Sequence[ChartSection], figure_id: str) -> tuple[ChartSection, ChartRow] | None:
    """The section and bar a figure is in (a row chosen in the table is told about as its bar is)."""
    for section in sections:
        for row in section.rows:
            if any(f.id == figure_id for f in row.figures):
                return section, row
    return None
