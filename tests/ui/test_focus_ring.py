"""The views that take arrow keys (timeline, map, casualty chart) show a ring while they have the keyboard focus."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette

from desktop_app.ui.panes.casualties import CasualtiesPane
from desktop_app.ui.panes.map import MapPane
from desktop_app.ui.panes.timeline import TimelinePane
from desktop_app.ui.settings import Settings
from desktop_app.ui.state import AppState


def ring_pixels(view) -> int:
    """Pixels along the top and left edge of the view drawn in the highlight colour."""
    highlight = view.palette().color(QPalette.ColorRole.Highlight).rgb()
    image = view.viewport().grab().toImage()
    edge = [(x, 0) for x in range(0, image.width(), 7)] + [(0, y) for y in range(0, image.height(), 7)]
    return sum(image.pixelColor(x, y).rgb() == highlight for x, y in edge)


@pytest.mark.parametrize("make", [lambda c: (p := TimelinePane(c, AppState(), Settings()), p.plot),
                                  lambda c: (p := MapPane(c, AppState(), Settings()), p.view),
                                  lambda c: (p := CasualtiesPane(c, AppState(), Settings()), p.chart)],
                         ids=["timeline", "map", "chart"])
def test_a_ring_shows_while_the_view_has_the_keyboard_focus(make, qtbot, content) -> None:
    pane, view = make(content)
    qtbot.addWidget(pane)
    pane.resize(900, 400)
    pane.show()
    qtbot.waitExposed(pane)
    pane.activateWindow()
    assert ring_pixels(view) == 0
    view.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(view.hasFocus)
    assert ring_pixels(view) > 20
    view.clearFocus()
    assert ring_pixels(view) == 0
