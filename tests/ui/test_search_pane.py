"""The search pane: typing searches without blocking, results grouped by kind, keyboard to open."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from desktop_app.ui.panes.search import HTML_ROLE, SearchPane
from desktop_app.ui.settings import Settings
from desktop_app.ui.state import AppState


@pytest.fixture
def pane(qtbot, content):
    widget = SearchPane(content, AppState(), Settings())
    qtbot.addWidget(widget)
    widget.resize(320, 600)
    widget.show()
    yield widget
    widget.shutdown()


def type_and_wait(qtbot, pane: SearchPane, text: str) -> None:
    pane.field.setText(text)
    qtbot.waitUntil(lambda: pane.results.topLevelItemCount() > 0 or "Nothing" in pane.status.text(), timeout=3000)


def group_labels(pane: SearchPane) -> list[str]:
    return [pane.results.topLevelItem(i).text(0) for i in range(pane.results.topLevelItemCount())]


def test_typing_shushi_finds_shusha_first(qtbot, pane: SearchPane) -> None:
    type_and_wait(qtbot, pane, "shushi")
    assert group_labels(pane)[0].startswith("Places")
    first = pane.results.topLevelItem(0).child(0)
    assert first.text(0) == "Shusha"
    assert "<b><u>" in first.data(0, HTML_ROLE)  # the match is highlighted


def test_results_are_grouped_by_kind(qtbot, pane: SearchPane) -> None:
    type_and_wait(qtbot, pane, "ceasefire")
    labels = group_labels(pane)
    assert any(label.startswith("Events") for label in labels)
    assert any(label.startswith("Topics") for label in labels)


def test_enter_opens_the_first_result(qtbot, pane: SearchPane) -> None:
    type_and_wait(qtbot, pane, "karvachar")
    qtbot.keyClick(pane.field, Qt.Key.Key_Return)
    assert pane.state.entry_id == "kalbajar"


def test_arrow_keys_move_into_results_and_enter_opens(qtbot, pane: SearchPane) -> None:
    type_and_wait(qtbot, pane, "aliyev")
    qtbot.keyClick(pane.field, Qt.Key.Key_Down)
    assert pane.results.hasFocus()
    first = pane.results.currentItem()
    qtbot.keyClick(pane.results, Qt.Key.Key_Down)
    second = pane.results.currentItem()
    assert second is not first
    qtbot.keyClick(pane.results, Qt.Key.Key_Return)
    assert pane.state.entry_id == second.data(0, Qt.ItemDataRole.UserRole + 1).entry_id


def test_opening_a_timeline_event_result_sets_date_and_event(qtbot, pane: SearchPane) -> None:
    type_and_wait(qtbot, pane, "Agbend")
    events = [r for r in pane.last_results if r.source_table == "event"]
    assert events
    event = pane.content.event(events[0].ref)
    for i in range(pane.results.topLevelItemCount()):
        group = pane.results.topLevelItem(i)
        for j in range(group.childCount()):
            if group.child(j).data(0, Qt.ItemDataRole.UserRole + 1).event_id == event.id:
                pane._open_item(group.child(j))
    assert pane.state.event_id == event.id
    assert pane.state.date.isoformat() == event.first_day
    assert pane.state.entry_id == event.entry_id


def test_nothing_found_says_so(qtbot, pane: SearchPane) -> None:
    type_and_wait(qtbot, pane, "qqqxxyyzz")
    assert "Nothing found" in pane.status.text()


def test_clearing_the_field_returns_to_the_browse_tree(qtbot, pane: SearchPane) -> None:
    type_and_wait(qtbot, pane, "ganja")
    pane.field.clear()
    assert pane.pages.currentWidget() is pane.browse


def test_odd_syntax_does_not_break_the_pane(qtbot, pane: SearchPane) -> None:
    type_and_wait(qtbot, pane, '"(ganja AND')
    assert any(label.startswith("Places") for label in group_labels(pane))


def test_browse_tree_lists_every_kind_and_opens_entries(pane: SearchPane) -> None:
    labels = [pane.browse.topLevelItem(i).text(0) for i in range(pane.browse.topLevelItemCount())]
    assert [label.split(" (")[0] for label in labels] == [
        "Topics", "Events", "Places", "People", "Organisations", "Weapons"]
    people = pane.browse.topLevelItem(3)
    names = [people.child(i).text(0) for i in range(people.childCount())]
    assert "Nikol Pashinyan" in names
    pane._open_item(people.child(names.index("Nikol Pashinyan")))
    assert pane.state.entry_id == "nikol-pashinyan"
