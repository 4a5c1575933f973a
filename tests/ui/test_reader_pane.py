"""The reader: an entry as a document with its places, figures, see-also and sources; links, history,
find, text size and the notice before sensitive entries."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, QPointF, Qt, QUrl
from PySide6.QtGui import QMouseEvent

from desktop_app.ui.panes.reader import ReaderPane
from desktop_app.ui.settings import READER_TEXT_SIZE, SENSITIVE_NOTICE, Settings
from desktop_app.ui.state import AppState


@pytest.fixture
def reader(qtbot, content):
    state = AppState()
    pane = ReaderPane(content, state, Settings())
    qtbot.addWidget(pane)
    pane.resize(800, 600)
    pane.show()
    state.set_entry("second-nagorno-karabakh-war")
    return pane


def text(pane: ReaderPane) -> str:
    return pane.browser.toPlainText()


def test_shows_title_kind_text_and_sources(reader: ReaderPane) -> None:
    shown = text(reader)
    assert shown.startswith("Second Nagorno-Karabakh War")
    assert "Topic · 27 September – 10 November 2020" in shown
    assert "Sources" in shown and "CC BY-SA 4.0" in shown
    assert "See also" in shown


def test_places_and_figures_with_claimants(reader: ReaderPane) -> None:
    reader.state.set_entry("armenian-military-casualties")
    shown = text(reader)
    assert "Figures discussed here" in shown
    assert "3,825" in shown and "Government of Armenia" in shown
    reader.state.set_entry("shusha")
    assert "Places:" in text(reader) and "Shushi" in text(reader)


def test_entry_links_navigate_and_history_goes_back_and_forward(reader: ReaderPane) -> None:
    reader.follow_link(QUrl("entry:shusha"))
    assert reader.state.entry_id == "shusha"
    reader.follow_link(QUrl("entry:stepanakert"))
    assert reader.back_action.isEnabled() and not reader.forward_action.isEnabled()
    reader.back_action.trigger()
    assert reader.state.entry_id == "shusha"
    reader.back_action.trigger()
    assert reader.state.entry_id == "second-nagorno-karabakh-war"
    assert not reader.back_action.isEnabled()
    reader.forward_action.trigger()
    assert reader.state.entry_id == "shusha"
    assert "Shushi" in text(reader)


def test_alt_left_and_mouse_back_button(reader: ReaderPane, qtbot) -> None:
    reader.follow_link(QUrl("entry:ganja"))
    assert reader.back_action.shortcuts(), "Back needs a keyboard shortcut (Alt+Left)"
    event = QMouseEvent(QEvent.Type.MouseButtonPress, QPointF(10, 10), QPointF(10, 10),
                        Qt.MouseButton.BackButton, Qt.MouseButton.BackButton, Qt.KeyboardModifier.NoModifier)
    reader.eventFilter(reader.browser.viewport(), event)
    assert reader.state.entry_id == "second-nagorno-karabakh-war"


def test_place_links_select_the_place(reader: ReaderPane) -> None:
    reader.follow_link(QUrl("place:shusha-district"))
    assert reader.state.place_id == "shusha-district"
    assert reader.state.entry_id == "shusha"


def test_find_in_page(reader: ReaderPane) -> None:
    reader.find_action.trigger()
    assert reader.find_bar.isVisible()
    reader.find_bar.field.setText("Bishkek")
    assert reader.browser.textCursor().selectedText() == "Bishkek"
    reader.find_bar.field.setText("zzzz-not-there")
    assert reader.find_bar.status.text() == "Not found"


def test_text_size_changes_and_is_remembered(reader: ReaderPane, content) -> None:
    before = reader.browser.font().pointSize()
    reader.zoom_in_action.trigger()
    assert reader.browser.font().pointSize() == before + 1
    assert Settings().get(READER_TEXT_SIZE) == before + 1
    again = ReaderPane(content, AppState(), Settings())
    assert again.browser.font().pointSize() == before + 1
    again.deleteLater()


def test_sensitive_entry_shows_notice_first(reader: ReaderPane) -> None:
    reader.state.set_entry("hadrut-execution-videos")
    assert reader.text_hidden_by_notice and not reader.browser.isVisible()
    reader.notice.button.click()
    assert reader.browser.isVisible() and not reader.text_hidden_by_notice
    assert "Bellingcat" in text(reader)


def test_notice_can_be_turned_off(reader: ReaderPane) -> None:
    reader.settings.set(SENSITIVE_NOTICE, False)
    reader.state.set_entry("beheadings-of-armenian-civilians")
    assert not reader.text_hidden_by_notice and reader.browser.isVisible()


def test_do_not_show_again_turns_the_setting_off(reader: ReaderPane) -> None:
    reader.state.set_entry("treatment-of-armenian-prisoners")
    reader.notice.always.setChecked(True)
    reader.notice.button.click()
    assert reader.settings.get(SENSITIVE_NOTICE) is False
