"""Opening anything (a search result, an event, a place, a note's target) shows the same things in every
pane: one rule, checked here without a display."""

from __future__ import annotations

from datetime import date

from desktop_app.notes.model import Target, TextQuote
from desktop_app.views.navigation import Destination, destination_of, entry_target, target_title


def test_an_event_opens_its_entry_on_its_day_with_its_place_on_the_map(content) -> None:
    assert destination_of(content, Target("event", "2020-11-08-shusha-capture")) == Destination(
        "battle-of-shusha", "2020-11-08-shusha-capture", "shusha", date(2020, 11, 8))


def test_a_place_opens_its_entry_and_is_chosen_on_the_map(content) -> None:
    assert destination_of(content, Target("place", "shusha")) == Destination("shusha", place_id="shusha")


def test_a_passage_or_a_figure_opens_the_entry_it_belongs_to(content) -> None:
    quote = TextQuote("lachin", "the corridor")
    assert destination_of(content, Target("passage", "lachin", quote)) == Destination("lachin")
    assert destination_of(content, Target("figure", "adaclaim-mi24-2020-10-02")).entry_id == "equipment-loss-claims"


def test_something_no_longer_in_the_content_moves_nothing(content) -> None:
    for target in (Target("event", "no-such-event"), Target("place", "atlantis"), Target("figure", "gone")):
        assert destination_of(content, target) == Destination()


def test_an_entry_about_a_place_opens_as_that_place(content) -> None:
    assert entry_target(content, "ganja") == Target("place", "ganja")
    assert entry_target(content, "battle-of-shusha") == Target("entry", "battle-of-shusha")


def test_a_place_is_named_in_the_chosen_form(content) -> None:
    english = target_title(content, Target("place", "shusha"), "english")
    armenian = target_title(content, Target("place", "shusha"), "armenian")
    assert english != armenian and "Shushi" in armenian
    assert "no longer in the content" in target_title(content, Target("event", "no-such-event"))
