"""A teacher pack from someone else, full of markup that would read files if it were rendered: imported through
File > Notes > Import Notes (Alt+F, N, I) by keyboard, its preview read (the pack's title and author shown
as typed) and confirmed with Enter, then each note hovered with the mouse and opened with
the arrow keys. The tooltips and the editor show every note exactly as typed; a FIFO and a device named in
the notes are never opened (the FIFO would hang the window, /dev/zero would exhaust its memory); a note too
long to lay out is shown in part; the study sheet exported afterwards carries no live markup."""

from __future__ import annotations

import json
import os
import uuid
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QToolTip

from desktop_app.ui.main_window import OVERVIEW_ENTRY
from desktop_app.ui.notes import TOOLTIP_CHARS
from desktop_app.ui.panes.notes import MAX_EDITABLE_PARAGRAPH
from tests.journeys.conftest import Answer, Person, press, type_path

TIME = "2026-11-20T10:00:00Z"


def hostile_bodies(folder: Path) -> list[str]:
    fifo = folder / "a-fifo"
    os.mkfifo(fifo)
    return [
        f'<img src="file://{fifo}">',
        '<img src="file:///dev/zero"> and <b>bold</b>',
        "<table>" + "".join(f"<tr><td>row {i}</td></tr>\n" for i in range(3000)) + "</table>",
        '<img width=400 src="https://example.org/x.png"> <a href="javascript:alert(1)">click</a>',
        "<style>*{font-size:400px}</style>![x](file:///etc/passwd)",
        "one paragraph far too long to lay out " * ((MAX_EDITABLE_PARAGRAPH // 38) + 100),
    ]


def write_pack(folder: Path, bodies: list[str]) -> Path:
    notes = [{"uuid": str(uuid.UUID(int=i + 1)), "kind": "note", "target": {"kind": "entry", "id": OVERVIEW_ENTRY},
              "body": body, "tags": ["<img src=x>"], "colour": "yellow", "created": TIME,
              "updated": f"2026-11-20T10:00:{59 - i:02d}Z"}  # the first body is the newest, listed first
             for i, body in enumerate(bodies)]
    pack = folder / "pack.json"
    pack.write_text(json.dumps({"format": "44days-notes", "version": 1, "exported": TIME,
                                "pack": {"title": "<b>Reading</b>", "author": "<i>Teacher</i>"},
                                "notes": notes}, indent=2), encoding="utf-8")
    return pack


def shown_as_typed(tooltip: str) -> str:
    document = QTextDocument()
    document.setHtml(tooltip)
    return document.toPlainText()


def hover_tooltip(person: Person, row: int) -> str:
    """Rest the pointer on a row of the notes list until its tooltip shows; the tooltip's text."""
    notes_list = person.window.notes_pane.list
    shown = notes_list.visualRect(notes_list.model().index(row, 0)).intersected(notes_list.viewport().rect())
    assert not shown.isEmpty(), f"row {row} is not in sight"
    centre = shown.center()
    before = QToolTip.text() if QToolTip.isVisible() else None
    person.qtbot.mouseMove(notes_list.viewport(), centre + QPoint(1, 0))
    person.qtbot.mouseMove(notes_list.viewport(), centre)
    person.wait_until(lambda: QToolTip.isVisible() and QToolTip.text() != before, timeout=4000)
    return QToolTip.text()


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs a FIFO")
def test_a_hostile_pack_imports_and_every_note_reads_as_plain_text(person: Person, tmp_path: Path) -> None:
    window = person.window
    bodies = hostile_bodies(tmp_path)
    pack = write_pack(tmp_path, bodies)

    person.press("Alt+F")  # File
    person.press("N")  # Notes
    preview: list[str] = []

    def read_and_import(person: Person) -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox) and box.textFormat() == Qt.TextFormat.PlainText
        preview.append(box.text())
        person.press("Return")  # Import, the default button

    dialogs = person.expect_dialogs(Answer("Import Notes", type_path(pack), QFileDialog),
                                    Answer("Import Notes?", read_and_import, QMessageBox),
                                    Answer("Notes imported", press("Return"), QMessageBox), timeout_ms=30_000)
    person.press("I")  # Import Notes...
    dialogs.check()
    assert "Reading list “<b>Reading</b>” by <i>Teacher</i>." in preview[0]
    assert f"It holds {len(bodies)} notes, on 1 entry." in preview[0]

    pane = window.notes_pane
    person.wait_until(lambda: pane.list.model().rowCount() == len(bodies))
    person.press("Ctrl+5")  # the notes list
    person.wait_until(lambda: pane.list.hasFocus())
    person.press("Home")
    for row, body in enumerate(bodies):
        if row:
            person.press("Down")  # the next note: the list scrolls to it, the editor opens it
        person.pause(150)
        if len(body) > MAX_EDITABLE_PARAGRAPH:
            assert pane.editor.toPlainText() == body[:MAX_EDITABLE_PARAGRAPH] + "…"
            assert not pane.editor.isEnabled() and "Shown in part" in pane.editor_notice.text()
            assert pane.editor_notice.isVisible()
        else:
            assert pane.editor.toPlainText() == body
            assert pane.editor.isEnabled()
        tip = hover_tooltip(person, row)
        expected = body if len(body) <= TOOLTIP_CHARS else body[:TOOLTIP_CHARS].rstrip() + "…"
        assert shown_as_typed(tip) == expected, row  # every character shown, none obeyed
        assert "<img" not in tip and "<table" not in tip

    sheet = tmp_path / "sheet.md"
    person.press("Alt+F")
    person.press("N")
    dialogs = person.expect_dialogs(Answer("Export Notes", type_path(sheet), QFileDialog))
    person.press("M")  # Export All Notes as Markdown...
    dialogs.check()
    text = sheet.read_text(encoding="utf-8")
    assert "\\<img" in text and "<img" not in text.replace("\\<img", "")  # shown, never loaded by a viewer
    assert "!\\[" not in text.replace("\\![", "")
