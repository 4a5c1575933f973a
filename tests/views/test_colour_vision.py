"""Who held a place (the map) and what became of equipment (the chart's Oryx stacks) are told by colour: the
colours must stay apart for a reader with any of the common colour-vision deficiencies, not only for normal
vision."""

from __future__ import annotations

from desktop_app.ui import theme
from desktop_app.views.colour_vision import DEFICIENCIES, MIN_DISTANCE, closest_pairs, distance


def too_close(colours: dict) -> dict:
    """The pairs of `colours` (QColors by meaning) that look alike in normal vision or a deficiency."""
    palette = {name: (colour.red(), colour.green(), colour.blue()) for name, colour in colours.items()}
    return {deficiency or "normal vision": pair for deficiency, pair in closest_pairs(palette).items()
            if pair[0] < MIN_DISTANCE}


def test_the_map_control_colours_stay_apart_under_every_simulated_deficiency() -> None:
    assert not too_close(theme.CONTROL_COLOURS), too_close(theme.CONTROL_COLOURS)


def test_the_chart_equipment_status_colours_stay_apart_under_every_simulated_deficiency() -> None:
    """Oryx's stacked bars tell destroyed, damaged, captured, abandoned and captured-later-lost by colour."""
    assert not too_close(theme.STATUS_COLOURS), too_close(theme.STATUS_COLOURS)


def test_the_simulation_tells_apart_what_each_deficiency_confuses() -> None:
    """The measure itself: red and green, far apart in normal vision, fall together without red or green
    cones; blue and yellow stay apart there, and it is tritanopia that brings blue and green together."""
    red, green = (200, 60, 40), (80, 140, 40)
    assert distance(red, green) > 50
    assert distance(red, green, "protanopia") < distance(red, green) / 2
    assert distance(red, green, "deuteranopia") < distance(red, green) / 2
    assert distance((0, 114, 178), (240, 228, 66), "deuteranopia") > 40
    assert set(DEFICIENCIES) == {"protanopia", "deuteranopia", "tritanopia"}
