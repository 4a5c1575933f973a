"""What a screen reader is told about the timeline and the map, without a display: the state in words and what
is announced after a change (the panes hand these to Qt accessibility: tests/ui/test_accessibility.py)."""

from __future__ import annotations

import subprocess
import sys
from datetime import date

import pytest

from desktop_app.content import ContentDatabase
from desktop_app.content.geometry import load_region
from desktop_app.views.map import MapModel
from desktop_app.views.spoken import holding_words, map_spoken, place_words, timeline_spoken
from tests.conftest import REPO

SHUSHA_TAKEN = "2020-11-08-shusha-capture"


@pytest.fixture(scope="module")
def model(content: ContentDatabase) -> MapModel:
    return MapModel(content, load_region())


def test_the_words_load_no_qt() -> None:
    code = ("import sys, desktop_app.views.spoken;"
            "print(sorted(m for m in sys.modules if m.split('.')[0] in ('PySide6', 'shiboken6', 'pyqtgraph')))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=REPO).stdout
    assert out.strip() == "[]"


def test_the_timeline_says_its_date_lanes_and_selected_event(content: ContentDatabase) -> None:
    event = content.event(SHUSHA_TAKEN)
    place = content.place(event.place_id)
    state, said = timeline_spoken({"event", "date"}, date(2020, 11, 8), ["Military", "Diplomacy"], event, place,
                                  "both")
    assert state.splitlines() == [
        "Date: 8 November 2020.",
        "Lanes shown: Military, Diplomacy.",
        "Selected event: 8 November 2020, Military: Azerbaijani forces take Shusha. Place: Shusha / Shushi / Şuşa.",
    ]
    # the event names its own date: the date is not said twice
    assert said == "Selected event: 8 November 2020, Military: Azerbaijani forces take Shusha. " \
                   "Place: Shusha / Shushi / Şuşa."


def test_the_timeline_says_the_date_alone_when_only_the_date_moved(content: ContentDatabase) -> None:
    state, said = timeline_spoken({"date"}, date(2020, 10, 2), ["Military"], None, None, "english")
    assert said == "Date: 2 October 2020."
    assert "No event selected: Ctrl+Right and Ctrl+Left" in state
    assert timeline_spoken({"lanes"}, date(2020, 10, 2), [], None, None, "english")[1] == "Lanes shown: none."
    assert timeline_spoken(set(), date(2020, 10, 2), [], None, None, "english")[1] == ""


def test_the_map_says_who_held_shusha_on_each_date_and_per_whom(content: ContentDatabase, model: MapModel) -> None:
    shusha = content.place("shusha")

    def said_on(day: date) -> str:
        model.move_to(day)
        holding = holding_words(model.record("shusha"), model.control.has_records("shusha"), model.sources)
        return map_spoken({"date"}, day, place_words(shusha, "english", holding))[1]

    source = model.sources["wikipedia-article"]
    assert said_on(date(2020, 11, 1)) == ("Control on 1 November 2020. Shusha: Held by Armenia / Artsakh since "
                                          f"12 May 1994 (baseline), according to {source}.")
    assert said_on(date(2020, 11, 9)) == ("Control on 9 November 2020. Shusha: Held by Azerbaijan since "
                                          f"8 November 2020 (captured), according to {source}.")


def test_the_map_says_the_place_in_the_chosen_name_form_and_when_none_is_chosen(content: ContentDatabase) -> None:
    shusha = content.place("shusha")
    assert place_words(shusha, "armenian", "x").startswith("Shushi: ")
    assert place_words(shusha, "azerbaijani", "x").startswith("Şuşa: ")
    state, said = map_spoken({"place"}, date(2020, 10, 1), "")
    assert said == ""
    assert state.splitlines()[0] == "Control on 1 October 2020."
    assert "No place selected" in state.splitlines()[1]


def test_a_place_with_no_record_at_all_says_so(model: MapModel) -> None:
    assert holding_words(None, False, model.sources) == "No control records for this place"
    assert holding_words(None, True, model.sources) == "No control record on this date"
