"""The map with far more places than bundled (a copy of the content database with thousands of towns added):
it reads only the places the view asks for, a place far from the first view appears when the view is moved
there, zooming in draws places that had no room before, and labels never overlap."""

from __future__ import annotations

import random
import shutil
import sqlite3
from pathlib import Path

import pytest
from PySide6.QtCore import QRectF

from desktop_app.content import ContentDatabase
from desktop_app.ui.panes import map as map_module
from desktop_app.ui.panes.map import MapPane, project
from desktop_app.ui.settings import Settings
from desktop_app.ui.state import AppState
from desktop_app.views.map import places as map_places
from desktop_app.views.map.places import MAX_DRAWN
from tests.conftest import DATABASE

TOWNS = 4000
FAR = ("farland", 50.5, 38.3)  # a city in the far south-east corner of the map, far from the conflict zone


@pytest.fixture(scope="module")
def crowded(tmp_path_factory) -> ContentDatabase:
    """The bundled content with TOWNS towns spread over the map and one far-away city."""
    path = Path(tmp_path_factory.mktemp("crowded")) / "database.sqlite"
    shutil.copyfile(DATABASE, path)
    rng = random.Random(44)
    conn = sqlite3.connect(path)
    entry = conn.execute("SELECT entry_id FROM places LIMIT 1").fetchone()[0]
    rows = [(f"town-{k}", f"Town {k}", "town", round(rng.uniform(38.0, 42.0), 4), round(rng.uniform(43.2, 50.8), 4))
            for k in range(TOWNS)]  # id, name, type, lat, lon
    rows.append((FAR[0], "Farland", "city", FAR[2], FAR[1]))
    conn.executemany("INSERT INTO places (id, name, type, lat, lon, precision, country, district_id, entry_id)"
                     " VALUES (?, ?, ?, ?, ?, 'town', 'AZ', NULL, ?)", [(*r, entry) for r in rows])
    conn.executemany("INSERT INTO place_names (place_id, name, usage) VALUES (?, ?, 'english')",
                     [(r[0], r[1]) for r in rows])
    conn.commit()
    conn.close()
    with ContentDatabase(path) as db:
        yield db


def make_pane(qtbot, content: ContentDatabase) -> MapPane:
    pane = MapPane(content, AppState(), Settings())
    qtbot.addWidget(pane)
    pane.resize(800, 600)
    pane.show()
    qtbot.waitExposed(pane)
    return pane


def drawn(pane: MapPane) -> set[str]:
    return {m.place.id for m in pane.marks.values() if m.marker is not None and m.marker.isVisible()}


def label_rects(pane: MapPane) -> dict[str, QRectF]:
    """Where each visible label is on screen, in view pixels."""
    rects = {}
    for place_id in drawn(pane):
        mark = pane.marks[place_id]
        if mark.label.isVisible():
            at = pane.view.mapFromScene(mark.scene_pos)
            rects[place_id] = QRectF(at.x() + mark.label.pos().x(), at.y() + mark.label.pos().y(),
                                     mark.label.boundingRect().width(), mark.label.boundingRect().height())
    return rects


def overlapping(rects: dict[str, QRectF]) -> list[tuple[str, str]]:
    # a pixel of slack: positions on screen are rounded to whole pixels
    shrunk = {k: r.adjusted(1, 1, -1, -1) for k, r in rects.items()}
    keys = sorted(shrunk)
    return [(a, b) for i, a in enumerate(keys) for b in keys[i + 1:] if shrunk[a].intersects(shrunk[b])]


def settle(qtbot) -> None:
    qtbot.wait(map_module.RELAYOUT_MS * 3)


def test_only_the_places_the_view_asks_for_are_read(qtbot, crowded: ContentDatabase) -> None:
    pane = make_pane(qtbot, crowded)
    assert 0 < len(drawn(pane)) <= MAX_DRAWN
    assert len(pane.marks) < TOWNS / 2  # not every place on the map
    assert FAR[0] not in pane.marks


def test_a_place_far_from_the_first_view_appears_when_the_view_moves_there(qtbot, crowded: ContentDatabase) -> None:
    pane = make_pane(qtbot, crowded)
    assert FAR[0] not in drawn(pane)
    pane.view.centerOn(project(FAR[1], FAR[2]))
    qtbot.waitUntil(lambda: FAR[0] in drawn(pane), timeout=3000)
    assert pane.view.viewport().rect().contains(pane.marker_view_pos(FAR[0]))
    assert pane.label_visible(FAR[0]) and pane.label_text(FAR[0]) == "Farland"
    assert "Farland" in pane.tooltip(FAR[0])


def test_zooming_in_on_a_crowded_map_draws_places_that_had_no_room(qtbot, crowded: ContentDatabase) -> None:
    pane = make_pane(qtbot, crowded)
    before = drawn(pane)
    for _ in range(4):
        pane.zoom_by(1.4)
    settle(qtbot)
    after = drawn(pane)
    assert len(after) <= MAX_DRAWN
    rect = pane.view.viewport().rect()
    new_in_view = [p for p in after - before if rect.contains(pane.marker_view_pos(p))]
    assert len(new_in_view) > 10


@pytest.mark.parametrize("which", ["bundled", "crowded"])
def test_labels_never_overlap_after_zooming(qtbot, content: ContentDatabase, crowded: ContentDatabase,
                                            which: str) -> None:
    pane = make_pane(qtbot, content if which == "bundled" else crowded)
    for factor in (1.4, 1.4, 1.4, 1 / 1.4, 1 / 1.4, 1 / 1.4, 1 / 1.4, 1 / 1.4, 1.4, 1.4):
        pane.zoom_by(factor)
        qtbot.wait(5)
        assert not overlapping(label_rects(pane))  # not even while the wheel turns
    settle(qtbot)
    rects = label_rects(pane)
    assert len(rects) >= 10
    assert not overlapping(rects)


def test_places_read_long_ago_are_forgotten_and_read_again_when_asked_for(qtbot, crowded, monkeypatch) -> None:
    monkeypatch.setattr(map_places, "MARK_CACHE", 600)
    pane = make_pane(qtbot, crowded)
    first = sorted(drawn(pane))[0]
    for lon, lat in ((44.0, 41.5), (50.0, 41.5), (50.0, 38.5), (44.0, 38.5), (47.0, 40.0)):
        pane.view.centerOn(project(lon, lat))
        settle(qtbot)
        assert len(pane.marks) <= 600
        assert 0 < len(drawn(pane)) <= MAX_DRAWN
    pane.state.select_place(first)  # read again if it was forgotten, drawn and named
    assert first in drawn(pane) and pane.label_visible(first)
    assert pane.view.viewport().rect().contains(pane.marker_view_pos(first))
