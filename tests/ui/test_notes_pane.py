"""Notes in the window: highlight from a selection, notes listed beside the entry, autosave, notes in
search, notes from the timeline, map and chart, trash and undo."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QTextCursor

from desktop_app.notes.model import Target
from desktop_app.ui.main_window import MainWindow
from desktop_app.ui.notes import NotesModel
from desktop_app.ui.panes.notes import AUTOSAVE_MS


@pytest.fixture
def window(qtbot, content, tmp_path: Path):
    notes = NotesModel.open(tmp_path / "notes.sqlite")
    win = MainWindow(content, notes=notes)
    qtbot.addWidget(win)
    win.show()
    win.state.set_entry("shusha")
    yield win
    win.close()


def select_text(window: MainWindow, phrase: str) -> None:
    browser = window.reader.browser
    text = browser.document().toRawText()
    start = text.index(phrase)
    cursor = browser.textCursor()
    cursor.setPosition(start)
    cursor.setPosition(start + len(phrase), QTextCursor.MoveMode.KeepAnchor)
    browser.setTextCursor(cursor)


def test_highlight_from_selection_is_drawn_and_listed(window: MainWindow) -> None:
    select_text(window, "second-largest town")
    window.reader.highlight_action.trigger()
    assert window.reader.highlighted_count == 1
    listed = window.notes.store.notes(entry_id="shusha")
    assert len(listed) == 1 and listed[0].target.quote.exact == "second-largest town"
    assert len(window.notes_pane.model.texts()) == 1
    assert "second-largest town" in window.notes_pane.model.texts()[0]


def test_highlight_survives_reopening_the_entry(window: MainWindow) -> None:
    select_text(window, "second-largest town")
    window.reader.highlight_action.trigger()
    window.state.set_entry("ganja")
    assert window.reader.highlighted_count == 0
    window.state.set_entry("shusha")
    assert window.reader.highlighted_count == 1


def test_add_note_on_selection_opens_the_editor_and_autosaves(window: MainWindow, qtbot) -> None:
    select_text(window, "second-largest town")
    window.reader.note_action.trigger()
    pane = window.notes_pane
    assert pane.editor.isEnabled()
    pane.editor.setPlainText("Compare with the 1992 fighting.")
    qtbot.wait(AUTOSAVE_MS + 300)
    note = window.notes.store.notes(entry_id="shusha")[0]
    assert note.body == "Compare with the 1992 fighting."
    assert note.target.kind == "passage"


def test_typing_then_quitting_at_once_keeps_the_text(qtbot, content, tmp_path: Path) -> None:
    path = tmp_path / "notes.sqlite"
    win = MainWindow(content, notes=NotesModel.open(path))
    qtbot.addWidget(win)
    win.show()
    win.state.request_note(Target("entry", "ganja"))
    win.notes_pane.editor.setPlainText("typed just before quitting")
    win.close()  # no wait for the autosave timer
    from desktop_app.notes.store import NotesStore

    again = NotesStore(path)
    assert [n.body for n in again.notes()] == ["typed just before quitting"]
    again.close()


def test_notes_appear_in_search(window: MainWindow, qtbot) -> None:
    window.state.request_note(Target("entry", "ganja"))
    window.notes_pane.editor.setPlainText("ask the class about the airport claim")
    window.notes_pane.flush()
    window.search.field.setText("airport claim")
    qtbot.waitUntil(lambda: window.search.results.topLevelItemCount() > 0, timeout=3000)
    assert window.search.results.topLevelItem(0).text(0).startswith("Your notes")
    window.search._open_item(window.search.results.topLevelItem(0).child(0))
    assert window.state.entry_id == "ganja"


def test_notes_from_timeline_map_and_chart(window: MainWindow) -> None:
    event = window.content.events_between("2020-11-08", "2020-11-08")[0]
    window.state.request_note(Target("event", event.id))
    window.state.request_note(Target("place", "jabrayil"))
    figure = window.content.figures(claimant="sohr")[0]
    window.state.request_note(Target("figure", figure.id))
    kinds = {n.target.kind for n in window.notes.store.notes()}
    assert kinds == {"event", "place", "figure"}
    assert window.notes_pane.scope_key() == "all"
    assert len(window.notes_pane.model.texts()) == 3


def test_delete_goes_to_trash_and_undo_brings_it_back(window: MainWindow) -> None:
    window.state.request_note(Target("entry", "shusha"))
    window.notes_pane.editor.setPlainText("keep me")
    window.notes_pane.flush()
    window.notes_pane.delete_current()
    assert window.notes.store.notes() == []
    assert len(window.notes.store.trash()) == 1
    window.undo_note_change()
    assert [n.body for n in window.notes.store.notes()] == ["keep me"]


def test_reading_list_bookmark(window: MainWindow) -> None:
    window.notes_pane.bookmark_action.trigger()
    assert window.notes.store.is_bookmarked(Target("entry", "shusha"))
    window.notes_pane.set_scope("bookmarks")
    assert len(window.notes_pane.model.texts()) == 1


def test_export_markdown_study_sheet_and_json_round_trip(window: MainWindow, tmp_path: Path) -> None:
    select_text(window, "second-largest town")
    window.reader.note_action.trigger()
    window.notes_pane.editor.setPlainText("Why did both sides value it?")
    window.notes_pane.flush()
    sheet = tmp_path / "sheet.md"
    assert window.export_notes(sheet, "md") == 1
    text = sheet.read_text(encoding="utf-8")
    assert "Shusha" in text and "> " in text and "second-largest town" in text and "Why did both sides" in text
    exported = tmp_path / "notes.json"
    window.export_notes(exported, "json")
    report = window.import_notes(exported)
    assert report.added == 0 and report.updated == 0 and report.unchanged == 1


def tag_choices(window: MainWindow) -> list[str]:
    """What the tag filter offers once the user opens it."""
    box = window.notes_pane.tag
    box.showPopup()
    box.hidePopup()
    return [box.itemText(i) for i in range(box.count())]


def test_tag_filter_offers_the_tags_with_counts_and_filters_the_list(window: MainWindow) -> None:
    pane, store = window.notes_pane, window.notes.store
    window.notes.add("note", Target("entry", "shusha"), body="Ask about the plateau", tags=["essay", "map"])
    window.notes.add("note", Target("entry", "shusha"), body="Dates to check", tags=["essay"])
    window.notes.add("note", Target("entry", "shusha"), body="No tag here")
    assert tag_choices(window) == ["All tags", "#essay (2)", "#map (1)"]
    pane.tag.setCurrentIndex(pane.tag.findData("map"))
    assert [shown_text(tip) for tip in pane.model.tooltips()] == ["Ask about the plateau"]
    # A tag added later is offered the next time the filter is opened.
    window.notes.add("note", Target("entry", "shusha"), body="Later", tags=["timeline"])
    assert "#timeline (1)" in tag_choices(window)
    # When the last note carrying the chosen tag goes, the filter goes back to all tags.
    [tagged] = [n for n in store.notes() if "map" in n.tags]
    window.notes.delete(tagged.uuid)
    assert pane.tag.currentText() == "All tags" and len(pane.model.texts()) == 3


def shown_text(tooltip: str) -> str:
    """What a person reads in a tooltip (Qt lays out rich text the way a QTextDocument does)."""
    from PySide6.QtGui import QTextDocument

    document = QTextDocument()
    document.setHtml(tooltip)
    return document.toPlainText()


def test_a_note_s_tooltip_shows_its_text_as_typed_and_loads_nothing(window: MainWindow) -> None:
    """A note from someone else's pack is text: markup in it is shown, not obeyed, and a long one is cut."""
    from PySide6.QtGui import QTextDocument

    body = '<img src="file:///dev/zero"> <b>bold?</b>\n  <table><tr><td>cell</td></tr></table> & more'
    window.notes.add("note", Target("entry", "shusha"), body=body)
    window.notes.add("note", Target("entry", "shusha"), body="x" * 100_000)
    window.notes_pane.set_scope("all")
    tips = window.notes_pane.model.tooltips()
    assert body in [shown_text(tip) for tip in tips]
    document = QTextDocument()
    document.setHtml(next(tip for tip in tips if "dev/zero" in tip))
    assert "<img" not in document.toHtml()  # no image, only its text
    assert max(len(shown_text(tip)) for tip in tips) <= 601


def test_text_pasted_past_the_size_limit_is_not_saved_and_the_editor_says_why(window: MainWindow, qtbot) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    from desktop_app.notes.model import MAX_NOTE_CHARS

    window.notes_pane.new_note(Target("entry", "shusha"))
    pane = window.notes_pane
    qtbot.keyClicks(pane.editor, "kept")
    qtbot.wait(AUTOSAVE_MS + 300)
    QApplication.clipboard().setText("word\n" * (MAX_NOTE_CHARS // 5 + 1))
    qtbot.keyClick(pane.editor, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: pane.saved.text() == "Not saved", timeout=5000)
    assert pane.editor_notice.isVisible() and "a note holds at most 1,000,000" in pane.editor_notice.text()
    assert [n.body for n in window.notes.store.notes(entry_id="shusha")] == ["kept"]
    qtbot.keyClick(pane.editor, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # undo the paste: it saves
    qtbot.keyClicks(pane.editor, "!")
    qtbot.waitUntil(lambda: pane.saved.text() == "Saved", timeout=5000)
    assert not pane.editor_notice.isVisible()
    assert [n.body for n in window.notes.store.notes(entry_id="shusha")] == ["kept!"]


def test_the_notes_list_reads_a_hundred_thousand_notes_a_page_at_a_time(qtbot, content, tmp_path: Path) -> None:
    from desktop_app.notes.model import Note
    from desktop_app.notes.store import NotesStore
    from desktop_app.ui.panes.notes_list import PAGE_ROWS

    with NotesStore(tmp_path / "notes.sqlite") as store:
        store.merge([Note(f"00000000-0000-4000-8000-{i:012d}", "note", Target("entry", "shusha"), f"note number {i}",
                          (), "yellow", "2026-01-01T00:00:00Z", f"2026-01-01T{i // 3600 % 24:02d}:{i // 60 % 60:02d}:"
                          f"{i % 60:02d}Z") for i in range(100_000)])
    window = MainWindow(content, notes=NotesModel.open(tmp_path / "notes.sqlite"))
    qtbot.addWidget(window)
    window.show()
    pane = window.notes_pane
    pane.set_scope("all")
    model = pane.list.model()
    assert model.rowCount() == PAGE_ROWS  # the newest first, not all hundred thousand
    assert model.index(0, 0).data().endswith("note number 86399")
    pane.list.scrollToBottom()
    qtbot.waitUntil(lambda: model.rowCount() > PAGE_ROWS, timeout=5000)  # more as the list scrolls
    pane.filter.setText("99999")
    assert [model.index(r, 0).data().splitlines()[1] for r in range(model.rowCount())] == ["note number 99999"]
    window.close()
    window.notes.close()
