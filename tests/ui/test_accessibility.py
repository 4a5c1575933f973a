"""What a screen reader gets from the drawn panes, read through Qt accessibility (QAccessible) as assistive
technology reads it: each view's state in its accessible description, and one polite announcement per change,
from the pane that has the keyboard only, and not one per step while the date is dragged or a key held."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QWidget

from desktop_app.ui.announcer import SETTLE_MS
from desktop_app.ui.panes.casualties import CasualtiesPane
from desktop_app.ui.panes.map import MapPane
from desktop_app.ui.panes.timeline import TimelinePane
from desktop_app.ui.settings import Settings
from desktop_app.ui.state import AppState

SETTLED = SETTLE_MS + 200


def description(widget: QWidget) -> str:
    return QAccessible.queryAccessibleInterface(widget).text(QAccessible.Text.Description)


class Panes(QWidget):
    """The three drawn panes on one shared state, beside a field that can take the keyboard away from them."""

    def __init__(self, content, settings: Settings) -> None:
        super().__init__()
        self.state = AppState()
        self.elsewhere = QLineEdit(self)
        self.timeline = TimelinePane(content, self.state, settings, self)
        self.map = MapPane(content, self.state, settings, self)
        self.chart = CasualtiesPane(content, self.state, settings, self)
        layout = QHBoxLayout(self)
        for widget in (self.elsewhere, self.timeline, self.map, self.chart):
            layout.addWidget(widget)
        self.said: list[str] = []
        for pane in (self.timeline, self.map, self.chart):
            pane.announcer.announced.connect(self.said.append)


@pytest.fixture
def panes(qtbot, content, tmp_path) -> Panes:
    settings = Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    widget = Panes(content, settings)
    qtbot.addWidget(widget)
    widget.resize(1800, 600)
    widget.show()
    qtbot.waitExposed(widget)
    widget.activateWindow()
    return widget


def test_the_timeline_says_its_date_lanes_and_the_event_chosen_by_keyboard(panes: Panes, qtbot) -> None:
    timeline = panes.timeline
    for lane in ("information", "politics", "civilian-harm"):
        timeline.set_lane_visible(lane, False)
    panes.state.set_date(date(2020, 11, 8))
    timeline.plot.setFocus()
    qtbot.wait(SETTLED)
    panes.said.clear()
    qtbot.keyClick(timeline.plot, Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier)
    qtbot.wait(SETTLED)
    assert description(timeline.plot).splitlines() == [
        "Date: 8 November 2020.",
        "Lanes shown: Military, Diplomacy.",
        "Selected event: 8 November 2020, Military: Azerbaijani forces take Shusha. Place: Shusha.",
    ]
    # once, and without saying the date a second time
    assert panes.said == ["Selected event: 8 November 2020, Military: Azerbaijani forces take Shusha. Place: Shusha."]


def test_a_held_down_key_is_said_once_where_it_stops(panes: Panes, qtbot) -> None:
    timeline = panes.timeline
    timeline.plot.setFocus()
    qtbot.wait(SETTLED)
    panes.said.clear()
    for _ in range(12):  # faster than SETTLE_MS apart, as a key repeats
        qtbot.keyClick(timeline.plot, Qt.Key.Key_Right, Qt.KeyboardModifier.ShiftModifier)
        qtbot.wait(20)
    qtbot.wait(SETTLED)
    assert panes.said == ["Date: 9 October 2020."]
    assert description(timeline.plot).startswith("Date: 9 October 2020.")


def test_the_map_says_who_held_the_chosen_place_on_each_date(panes: Panes, qtbot) -> None:
    view = panes.map.view
    view.setFocus()
    panes.state.set_date(date(2020, 11, 1))
    panes.state.select_place("shusha")
    qtbot.wait(SETTLED)
    lines = description(view).splitlines()
    assert lines[0] == "Control on 1 November 2020."
    assert lines[1].startswith("Selected place: Shusha: Held by Armenia / Artsakh since 12 May 1994 (baseline), "
                               "according to ")
    panes.said.clear()
    panes.state.set_date(date(2020, 11, 9))
    qtbot.wait(SETTLED)
    assert len(panes.said) == 1
    assert panes.said[0].startswith("Control on 9 November 2020. Shusha: Held by Azerbaijan since 8 November 2020 "
                                    "(captured), according to ")


def test_only_the_pane_with_the_keyboard_speaks_but_every_pane_keeps_its_words(panes: Panes, qtbot) -> None:
    panes.elsewhere.setFocus()
    panes.state.select_place("shusha")
    qtbot.wait(SETTLED)
    panes.said.clear()
    panes.state.set_date(date(2020, 11, 9))
    qtbot.wait(SETTLED)
    assert panes.said == []
    assert description(panes.timeline.plot).startswith("Date: 9 November 2020.")
    assert "Shusha: Held by Azerbaijan" in description(panes.map.view)


def test_the_chart_says_the_bar_chosen_in_plain_words(panes: Panes, qtbot) -> None:
    chart = panes.chart.chart
    chart.setFocus()
    qtbot.wait(SETTLED)
    panes.said.clear()
    qtbot.keyClick(chart, Qt.Key.Key_Home)
    qtbot.wait(SETTLED)
    bar = panes.chart.current_bar()
    assert bar is not None
    figure = bar.row.main
    assert len(panes.said) == 1
    said = panes.said[0]
    assert figure.claimant_name in said and figure.display_value in said
    assert "<" not in said and "&amp;" not in said
    assert description(chart) == said
