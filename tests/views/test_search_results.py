"""What the results list shows for a query, worked out without a display: groups, titles in the chosen
name form, the user's notes first, and where each row leads."""

from __future__ import annotations

from desktop_app.notes.model import Target
from desktop_app.notes.store import NotesStore
from desktop_app.views.search_results import search_answer


def test_places_are_listed_in_the_chosen_form_with_the_other_forms_in_the_tooltip(content) -> None:
    armenian = search_answer(content, None, "shusha", "armenian")
    azerbaijani = search_answer(content, None, "shusha", "azerbaijani")
    places = next(g for g in armenian.groups if g.label.startswith("Places"))
    row = next(r for r in places.rows if r.target == Target("place", "shusha"))
    assert row.text.startswith("Shushi")
    assert "Shusha" in row.tooltip
    other = next(g for g in azerbaijani.groups if g.label.startswith("Places"))
    assert next(r for r in other.rows if r.target == Target("place", "shusha")).text.startswith("Şuşa")


def test_the_user_s_notes_come_first_with_their_text_escaped(content, tmp_path) -> None:
    with NotesStore(tmp_path / "notes.sqlite") as notes:
        notes.add("note", Target("event", "2020-11-08-shusha-capture"), body="<b>Shusha</b> essay: compare claims")
        answer = search_answer(content, notes, "shusha", "english")
    first = answer.groups[0]
    assert first.label == "Your notes (1)"
    [row] = first.rows
    assert row.is_note and row.target == Target("event", "2020-11-08-shusha-capture")
    assert "<b>Shusha</b>" not in row.snippet_markup and "&lt;b&gt;" in row.snippet_markup
    assert answer.status.startswith(f"{1 + sum(len(g.rows) for g in answer.groups[1:])} results")


def test_a_mistyped_name_offers_the_close_matches_and_says_what_was_meant(content) -> None:
    answer = search_answer(content, None, "shusa", "english")
    assert [g.label.split(" (")[0] for g in answer.groups] == ["Close matches"]
    assert "Did you mean “Shusha”?" in answer.status


def test_nothing_found_says_so(content) -> None:
    answer = search_answer(content, None, "qqqzzzxx", "english")
    assert answer.groups == () and answer.status == "Nothing found for “qqqzzzxx”"
