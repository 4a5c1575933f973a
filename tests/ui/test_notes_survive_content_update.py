"""A note on a passage stays attached when the app is updated with new content."""

from __future__ import annotations

import shutil
from pathlib import Path

from PySide6.QtGui import QTextCursor

from desktop_app.builder import build_database
from desktop_app.content import ContentDatabase
from desktop_app.ui.main_window import MainWindow
from desktop_app.ui.notes import NotesModel
from tests.conftest import CONTENT, DATABASE


def test_highlight_reattaches_after_the_content_is_rebuilt_with_edits(qtbot, tmp_path: Path) -> None:
    notes_file = tmp_path / "data" / "notes.sqlite"
    phrase = "historically and culturally"

    # Version 1 of the app: the user highlights a passage and writes a note, then quits.
    first = MainWindow(ContentDatabase(DATABASE), notes=NotesModel.open(notes_file))
    qtbot.addWidget(first)
    first.show()
    first.state.set_entry("shusha")
    browser = first.reader.browser
    start = browser.document().toRawText().index(phrase)
    cursor = browser.textCursor()
    cursor.setPosition(start)
    cursor.setPosition(start + len(phrase), QTextCursor.MoveMode.KeepAnchor)
    browser.setTextCursor(cursor)
    first.reader.note_action.trigger()
    first.notes_pane.editor.setPlainText("why does it matter to both sides?")
    first.close()

    # Version 2: the content was edited (a sentence added before the passage) and rebuilt.
    content = tmp_path / "content"
    shutil.copytree(CONTENT, content)
    entry = content / "entries" / "shusha.md"
    text = entry.read_text(encoding="utf-8")
    body_start = text.index("---", 3) + 4
    entry.write_text(text[:body_start] + "A new opening sentence was added here.\n\n" + text[body_start:],
                     encoding="utf-8")
    new_database = tmp_path / "database.sqlite"
    build_database(content, new_database)
    updated = ContentDatabase(new_database)
    assert updated.content_version != ContentDatabase(DATABASE).content_version

    second = MainWindow(updated, notes=NotesModel.open(notes_file))
    qtbot.addWidget(second)
    second.show()
    second.state.set_entry("shusha")
    assert "A new opening sentence" in second.reader.browser.toPlainText()
    assert second.reader.highlighted_count == 1
    [note] = second.notes.store.notes(entry_id="shusha")
    assert note.body == "why does it matter to both sides?"
    assert "(passage not found" not in second.notes_pane.model.texts()[0]
    second.close()
