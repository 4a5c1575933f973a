"""The search pane: typing searches without blocking, results grouped by kind, keyboard to open."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QModelIndex, Qt

from desktop_app.notes.model import Target
from desktop_app.ui.panes import search as search_module
from desktop_app.ui.panes.search import HTML_ROLE, ROW_ROLE, TARGET_ROLE, SearchPane
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
            if group.child(j).data(0, Qt.ItemDataRole.UserRole + 1) == Target("event", event.id):
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


def browse_rows(pane: SearchPane, parent: QModelIndex = QModelIndex()) -> list[QModelIndex]:  # noqa: B008
    model = pane.browse.model()
    return [model.index(i, 0, parent) for i in range(model.rowCount(parent))]


def click(qtbot, pane: SearchPane, index: QModelIndex) -> None:
    pane.browse.scrollTo(index)
    qtbot.mouseClick(pane.browse.viewport(), Qt.MouseButton.LeftButton,
                     pos=pane.browse.visualRect(index).center())


def test_browse_tree_lists_every_kind_and_opens_entries(qtbot, pane: SearchPane) -> None:
    groups = browse_rows(pane)
    assert [g.data().split(" (")[0] for g in groups] == [
        "Topics", "Events", "Places", "People", "Organisations", "Weapons"]
    people = groups[3]
    assert people.data() == f"People ({len(pane.content.entries(kind='person'))})"
    click(qtbot, pane, people)  # a click opens the group
    assert pane.browse.isExpanded(people)
    names = [row.data() for row in browse_rows(pane, people)]
    assert names == [e.title for e in pane.content.entries(kind="person")]  # in the same order
    assert "Nikol Pashinyan" in names
    click(qtbot, pane, browse_rows(pane, people)[names.index("Nikol Pashinyan")])
    assert pane.state.entry_id == "nikol-pashinyan"
    click(qtbot, pane, people)  # and closes it again
    assert not pane.browse.isExpanded(people)


def test_browse_keyboard_down_from_the_field_then_enter_opens(qtbot, pane: SearchPane) -> None:
    pane.field.setFocus()
    qtbot.keyClick(pane.field, Qt.Key.Key_Down)
    assert pane.browse.hasFocus()
    first_topic = pane.content.entries(kind="topic")[0]
    assert pane.browse.currentIndex().data() == first_topic.title
    qtbot.keyClick(pane.browse, Qt.Key.Key_Down)
    qtbot.keyClick(pane.browse, Qt.Key.Key_Return)
    assert pane.state.entry_id == pane.content.entries(kind="topic")[1].id
    assert pane.browse.currentIndex().data(Qt.ItemDataRole.ToolTipRole) == pane.content.entries(kind="topic")[1].summary


def test_a_long_browse_group_scrolls_to_its_last_entry_and_opens_it(qtbot, content, monkeypatch) -> None:
    """Far more content than bundled: rows are read a page at a time as they are drawn (pages lowered here
    so the bundled topics fill many), the list still scrolls to the end and the keys still open entries."""
    monkeypatch.setattr(search_module, "PAGE_ROWS", 5)
    monkeypatch.setattr(search_module, "PAGES_KEPT", 3)
    widget = SearchPane(content, AppState(), Settings())
    qtbot.addWidget(widget)
    widget.resize(320, 300)
    widget.show()
    qtbot.waitExposed(widget)
    topics = content.entries(kind="topic")
    assert len(topics) > 8 * 5
    group = browse_rows(widget)[0]
    click(qtbot, widget, group)
    bar = widget.browse.verticalScrollBar()
    bar.setValue(bar.maximum())  # dragged to the bottom: the end of the topics, then the closed groups
    last = browse_rows(widget, group)[-1]
    assert last.data() == topics[-1].title
    assert widget.browse.viewport().rect().contains(widget.browse.visualRect(last).center())
    qtbot.mouseClick(widget.browse.viewport(), Qt.MouseButton.LeftButton, pos=widget.browse.visualRect(last).center())
    assert widget.state.entry_id == topics[-1].id
    assert widget.browse.model().rows_held() <= 3 * 5  # only the pages drawn last are kept
    qtbot.keyClick(widget.browse, Qt.Key.Key_Up)
    qtbot.keyClick(widget.browse, Qt.Key.Key_Return)
    assert widget.state.entry_id == topics[-2].id
    bar.setValue(0)
    qtbot.keyClick(widget.browse, Qt.Key.Key_Home)  # the first group, then its first topic: read again
    qtbot.keyClick(widget.browse, Qt.Key.Key_Down)
    qtbot.keyClick(widget.browse, Qt.Key.Key_Return)
    assert widget.state.entry_id == topics[0].id
    widget.shutdown()


def test_a_mistyped_name_asks_did_you_mean_and_enter_opens_it(qtbot, pane: SearchPane) -> None:
    type_and_wait(qtbot, pane, "stepanakrt")
    assert pane.status.text() == "Did you mean “Stepanakert”?"
    assert group_labels(pane)[-1].startswith("Close matches")
    assert pane.results.topLevelItem(0).child(0).text(0) == "Stepanakert"
    qtbot.keyClick(pane.field, Qt.Key.Key_Return)
    assert pane.state.entry_id == "stepanakert"


def test_a_close_match_found_by_another_name_form_shows_that_form(qtbot, pane: SearchPane) -> None:
    type_and_wait(qtbot, pane, "sussa")  # close to "Şuşa", not to the title "Shusha"
    assert pane.status.text() == "Did you mean “Şuşa”?"
    first = pane.results.topLevelItem(0).child(0)
    assert first.text(0) == "Shusha — “Şuşa”"
    assert "<i>“Şuşa”</i>" in first.data(0, HTML_ROLE)


def test_arrow_keys_and_enter_open_a_close_match(qtbot, pane: SearchPane) -> None:
    type_and_wait(qtbot, pane, "shusa")
    assert group_labels(pane) == [f"Close matches ({len(pane.last_results)})"]
    qtbot.keyClick(pane.field, Qt.Key.Key_Down)
    assert pane.results.hasFocus()
    assert pane.results.currentItem().text(0) == "Shusha"
    qtbot.keyClick(pane.results, Qt.Key.Key_Down)
    second = pane.results.currentItem()
    qtbot.keyClick(pane.results, Qt.Key.Key_Return)
    assert pane.state.entry_id == pane.last_results[1].entry_id == second.data(0, TARGET_ROLE).id
    assert pane.state.entry_id != "shusha"


def test_one_word_of_two_mistyped_still_opens_the_person(qtbot, pane: SearchPane) -> None:
    type_and_wait(qtbot, pane, "ilham alieyv")
    assert pane.status.text() == "Did you mean “Ilham Aliyev”?"
    qtbot.keyClick(pane.field, Qt.Key.Key_Return)
    assert pane.state.entry_id == "ilham-aliyev"


@pytest.mark.parametrize("text", ["stepanakert", "while"])
def test_a_correct_word_asks_nothing(qtbot, pane: SearchPane, text: str) -> None:
    type_and_wait(qtbot, pane, text)  # "while" is in the articles, and no mistake for "White phosphorus"
    assert pane.status.text().endswith(" results")
    assert not any(label.startswith("Close matches") for label in group_labels(pane))


def test_a_row_far_down_gets_its_snippet_when_it_is_scrolled_to(qtbot, pane: SearchPane) -> None:
    pane.resize(360, 500)
    pane.show()
    qtbot.waitExposed(pane)
    type_and_wait(qtbot, pane, "ceasefire")
    items = [pane.results.topLevelItem(i).child(j) for i in range(pane.results.topLevelItemCount())
             for j in range(pane.results.topLevelItem(i).childCount())]
    last = items[-1]
    assert last.data(0, ROW_ROLE).snippet_markup is None  # not read while it is out of sight
    pane.results.setFocus()
    qtbot.keyClick(pane.results, Qt.Key.Key_End)
    qtbot.waitUntil(lambda: last.data(0, ROW_ROLE).snippet_markup is not None, timeout=3000)  # drawn, so read
    assert last.data(0, ROW_ROLE).snippet_markup in last.data(0, HTML_ROLE)  # and what is drawn shows it
    assert last.toolTip(0)  # the snippet's text, as for the rows shown at once
