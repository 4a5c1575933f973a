"""Far more content than bundled stays quick to draw: the map draws at most MAX_DRAWN places (those in view,
the most important first, the selected one always), the chart at most MAX_BARS_PER_SIDE bars per side (saying
how many it leaves out; the CSV has them all), the browse tree reads only the rows it draws.

The limits are lowered here so the bundled content exceeds them; benchmarks/ runs the real limits against
content 100 and 1000 times larger."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint

from desktop_app.ui.panes import search as search_module
from desktop_app.ui.panes.casualties import CasualtiesPane
from desktop_app.ui.panes.map import MapPane
from desktop_app.ui.panes.search import SearchPane
from desktop_app.ui.settings import Settings
from desktop_app.ui.state import AppState
from desktop_app.views.chart import sections as chart_sections_module
from desktop_app.views.map import places as map_places
from tests.ui.test_map_at_scale import drawn, make_pane


@pytest.fixture
def small_map(qtbot, content, monkeypatch) -> MapPane:
    monkeypatch.setattr(map_places, "MAX_DRAWN", 8)
    return make_pane(qtbot, content)


def near_view(pane: MapPane, place_id: str) -> bool:
    """In the view or within a quarter of a view of it (drawn ahead of a pan)."""
    rect = pane.visible_scene_rect()
    rect.adjust(-rect.width() / 4, -rect.height() / 4, rect.width() / 4, rect.height() / 4)
    return rect.contains(pane.marks[place_id].scene_pos)


def test_a_crowded_map_draws_the_most_important_places_in_view(small_map: MapPane) -> None:
    shown = drawn(small_map)
    assert 0 < len(shown) <= 8
    assert "stepanakert" in shown  # the city first
    assert all(small_map.marks[p].place.type in ("city", "town") for p in shown)  # villages and sites wait
    assert all(near_view(small_map, p) for p in shown)


def test_the_selected_place_is_always_drawn_and_named(small_map: MapPane) -> None:
    small_map.state.select_place("azokh")  # a village, far down the order
    assert "azokh" in drawn(small_map) and small_map.label_visible("azokh")
    assert len(drawn(small_map)) <= 8


def test_panning_a_crowded_map_draws_the_places_that_come_into_view(small_map: MapPane, qtbot) -> None:
    before = drawn(small_map)
    small_map.pan_pixels(-700, 0)  # westwards: Armenia comes into view
    qtbot.waitUntil(lambda: drawn(small_map) != before, timeout=2000)
    assert all(near_view(small_map, p) for p in drawn(small_map))
    rect = small_map.view.viewport().rect()
    assert any(rect.contains(small_map.marker_view_pos(p)) for p in drawn(small_map) - before)


def test_a_place_not_drawn_yet_still_answers_for_its_colour_name_and_tooltip(small_map: MapPane) -> None:
    hidden = next(p for p in small_map.marks if p not in drawn(small_map) and small_map.marks[p].marker is None)
    assert small_map.label_text(hidden)
    assert small_map.marks[hidden].place.name in small_map.tooltip(hidden)
    small_map.marker_brush(hidden)  # no error for a place without items
    assert small_map.place_at(QPoint(-50, -50)) is None


def test_a_chart_with_too_many_bars_says_what_it_leaves_out(qtbot, content, monkeypatch, tmp_path: Path) -> None:
    monkeypatch.setattr(chart_sections_module, "MAX_BARS_PER_SIDE", 3)
    pane = CasualtiesPane(content, AppState(), Settings())
    qtbot.addWidget(pane)
    pane.set_view("military")
    sides = {}
    for bar in pane.bars():
        key = (bar.section.key, bar.row.side)
        sides[key] = sides.get(key, 0) + 1
    assert max(sides.values()) == 3
    shown = {f.id for bar in pane.bars() for f in bar.row.figures}
    every = {f.id for section in pane.sections() for row in section.rows for f in row.figures}
    left_out = len(every - shown)
    assert left_out > 0
    header = pane.text_blocks()[0]
    assert f"{left_out} smaller figures are not drawn" in header and "Export data as CSV" in header
    assert pane.export_csv(tmp_path / "all.csv") == len(every)
    with open(tmp_path / "all.csv", encoding="utf-8-sig") as handle:
        assert {row["id"] for row in csv.DictReader(handle)} == every


def test_a_big_browse_group_is_listed_when_opened(qtbot, content, monkeypatch) -> None:
    """The browse tree reads only the rows it draws, a page at a time, and keeps a few pages."""
    monkeypatch.setattr(search_module, "PAGE_ROWS", 4)
    monkeypatch.setattr(search_module, "PAGES_KEPT", 3)
    pane = SearchPane(content, AppState(), Settings(), None)
    qtbot.addWidget(pane)
    pane.resize(320, 300)
    pane.show()
    qtbot.waitExposed(pane)
    model = pane.browse.model()
    groups = {model.index(i, 0).data().split(" (")[0]: model.index(i, 0) for i in range(model.rowCount())}
    topics = groups["Topics"]
    count = int(topics.data().split("(")[1].rstrip(")"))
    assert count == len(content.entries(kind="topic")) > 3 * 4
    assert model.rows_held() == 0  # nothing read before a group is opened
    pane.browse.expand(topics)
    qtbot.waitUntil(lambda: model.rows_held() > 0)
    assert model.rowCount(topics) == count and model.rows_held() <= 3 * 4
    assert [model.index(i, 0, topics).data() for i in range(count)] == [e.title for e in content.entries(kind="topic")]
    pane.shutdown()
