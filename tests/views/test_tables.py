"""The drawn views as tables, without a display: the rows "Show as Table" lists beside the timeline, the map and
the casualty chart, made from the same view-models as the pictures."""

from __future__ import annotations

from datetime import date

import pytest

from desktop_app.content import ContentDatabase
from desktop_app.content.geometry import load_region
from desktop_app.views.chart import chart_sections, view_figures
from desktop_app.views.map import MapModel
from desktop_app.views.tables import event_table, figure_table, first_row_on_or_after, place_table
from desktop_app.views.timeline import TimelineModel


@pytest.fixture(scope="module")
def timeline(content: ContentDatabase) -> TimelineModel:
    return TimelineModel(content, (date(2020, 9, 27), date(2020, 11, 10)))


def test_the_events_table_lists_every_event_in_date_order_with_lane_place_and_source(
        content: ContentDatabase, timeline: TimelineModel) -> None:
    table = event_table(timeline, "both")
    assert table.columns == ("Date", "Lane", "Event", "Place", "Source")
    assert len(table.rows) == len(content.events_between("1900-01-01", "2100-01-01"))
    firsts = [row.sort[0] for row in table.rows]
    assert firsts == sorted(firsts)
    shusha = table.rows[table.index_of("2020-11-08-shusha-capture")]
    assert shusha.cells[:4] == ("8 November 2020", "Military", "Azerbaijani forces take Shusha",
                                "Shusha / Shushi / Şuşa")
    assert shusha.cells[4] == content.source(content.event("2020-11-08-shusha-capture").source_id).name
    assert shusha.group == "military"


def test_the_events_table_follows_the_date_to_the_first_event_of_the_day_or_after(timeline: TimelineModel) -> None:
    table = event_table(timeline, "english")
    row = first_row_on_or_after(table, date(2020, 11, 8))
    assert table.rows[row].cells[0] == "8 November 2020"
    assert all(r.sort[0][0] < "2020-11-08" for r in table.rows[:row])
    assert first_row_on_or_after(table, date(2100, 1, 1)) is None


def test_the_places_table_says_who_held_shusha_on_the_date_shown_since_when_and_per_whom(
        content: ContentDatabase) -> None:
    model = MapModel(content, load_region())
    places = content.places()

    def shusha_on(day: date) -> tuple[str, ...]:
        model.move_to(day)
        table = place_table(model, places, "english")
        return table.rows[table.index_of("shusha")].cells

    source = content.source("wikipedia-article").name
    name, *held, kind, others = shusha_on(date(2020, 11, 1))
    assert (name, kind) == ("Shusha", "Town")
    assert "Shushi" in others.split(", ") and "Şuşa" in others.split(", ")
    assert held == ["Held by Armenia / Artsakh", "12 May 1994", source]
    assert list(shusha_on(date(2020, 11, 9))[1:4]) == ["Held by Azerbaijan", "8 November 2020", source]


def test_the_places_table_names_places_in_the_chosen_form_and_lists_them_by_that_name(
        content: ContentDatabase) -> None:
    model = MapModel(content, load_region())
    model.move_to(date(2020, 10, 1))
    table = place_table(model, content.places(), "azerbaijani")
    row = table.rows[table.index_of("shusha")]
    assert row.cells[0] == "Şuşa" and "Shusha" in row.cells[5]
    names = [r.cells[0].casefold() for r in table.rows]
    assert names == sorted(names)
    moscow = table.rows[table.index_of("moscow")]
    assert moscow.cells[1:4] == ("No control record", "", "")


def test_the_figures_table_gives_both_sides_military_tolls_with_their_claimants(content: ContentDatabase) -> None:
    sections = chart_sections(view_figures(content, "military", "war"), "military", "war")
    table = figure_table(sections, lambda entry_id: f"entry {entry_id}")
    assert table.columns == ("Claimant", "Figure", "Side", "Counts", "As of", "Description", "Entry")
    figures = [f for s in sections for r in s.rows for f in r.figures]
    assert [row.key for row in table.rows] == [f.id for f in figures]  # the chart's order
    killed = [row for row in table.rows if row.cells[3] == "Killed"]
    sides = {row.cells[2] for row in killed}
    assert {"Armenia / Artsakh", "Azerbaijan"} <= sides
    for row in killed:
        figure = content.figure(row.key)
        assert row.cells[0] == figure.claimant_name and row.cells[1] == figure.display_value
        assert row.cells[5:] == (figure.label, f"entry {figure.entry_id}")


def test_figures_sort_by_size_and_dates_by_date_not_as_text(content: ContentDatabase) -> None:
    sections = chart_sections(view_figures(content, "military", "war"), "military", "war")
    table = figure_table(sections, lambda _id: "")
    by_size = sorted(table.rows, key=lambda r: r.sort[1])
    sizes = [content.figure(r.key) for r in by_size]
    magnitudes = [f.value if f.value is not None else (f.high or f.low or 0) for f in sizes]
    assert magnitudes == sorted(magnitudes)
    # "1,000" sorts after "900", which text order would not do
    assert any(a.cells[1] > b.cells[1] for a, b in zip(by_size, by_size[1:], strict=False))
