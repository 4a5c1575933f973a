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
    row = next(r for r in places.rows if r.target.id == "shusha")
    assert row.text.startswith("Shushi")
    assert "Shusha" in row.tooltip
    other = next(g for g in azerbaijani.groups if g.label.startswith("Places"))
    assert next(r for r in other.rows if r.target.id == "shusha").text.startswith("Şuşa")


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


def test_only_the_rows_shown_first_come_with_their_snippet_and_the_rest_match_when_built(content) -> None:
    from desktop_app.views.search_results import SHOWN_FIRST, search_answer, with_snippet

    answer = search_answer(content, None, "ceasefire", "english")
    rows = [row for group in answer.groups for row in group.rows]
    assert len(rows) > SHOWN_FIRST
    assert all(row.snippet_markup for row in rows[:SHOWN_FIRST])
    assert all(row.snippet_markup is None for row in rows[SHOWN_FIRST:])
    eager = {row.target: row for group in search_answer_with_every_snippet(content, "ceasefire") for row in group}
    for row in rows[SHOWN_FIRST:]:
        built = with_snippet(content, row, "ceasefire")
        assert (built.snippet_markup, built.tooltip) == (eager[row.target].snippet_markup, eager[row.target].tooltip)


def search_answer_with_every_snippet(content, query: str):
    """The rows as they are when every snippet is built with the answer (SHOWN_FIRST as large as the list)."""
    import desktop_app.views.search_results as module

    shown, module.SHOWN_FIRST = module.SHOWN_FIRST, 10_000
    try:
        return [group.rows for group in module.search_answer(content, None, query, "english").groups]
    finally:
        module.SHOWN_FIRST = shown
