"""A study sheet and a PDF through the menus, by keyboard: write a note on the entry, then File > Notes >
Export All Notes as Markdown (Alt+F, N, M) and File > Export Entry as PDF (Alt+F, D), answering the print
options and the file dialogs with keys; the files on disk have the note and the entry's title."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QMessageBox

from desktop_app.ui.printing import PrintOptionsDialog
from tests.journeys.conftest import Answer, Person, press, type_path
from tests.ui.pdf_text import page_texts, squeeze

TITLE = "Second Nagorno-Karabakh War"  # the entry the app opens on
NOTE = "Forty-four days: check the dates against the timeline."


def write_entry_note(person: Person) -> None:
    person.press("Ctrl+0")  # the reader, then Add Note to Entry by its key
    person.press("Ctrl+Shift+E")
    person.wait_until(lambda: person.window.notes_pane.editor.hasFocus())
    person.type(NOTE)
    person.pause()


def test_a_study_sheet_in_markdown_through_the_file_menu(person: Person, tmp_path: Path) -> None:
    write_entry_note(person)
    sheet = tmp_path / "study-sheet.md"

    person.press("Alt+F")  # File
    person.press("N")  # Notes
    dialogs = person.expect_dialogs(Answer("Export Notes", type_path(sheet), QFileDialog))
    person.press("M")  # Export All Notes as Markdown...
    dialogs.check()

    assert sheet.exists(), "no Markdown file was written"
    text = sheet.read_text(encoding="utf-8")
    assert NOTE in text
    assert TITLE in text
    person.press("Ctrl+0")  # the keyboard is back in the window
    assert person.window.reader.browser.hasFocus()


def test_the_entry_as_a_pdf_through_the_file_menu(person: Person, tmp_path: Path) -> None:
    write_entry_note(person)
    pdf = tmp_path / "overview.pdf"

    person.press("Alt+F")  # File
    dialogs = person.expect_dialogs(
        Answer("Export Entry as PDF", press("Return"), PrintOptionsDialog),  # the options as they are
        Answer("Export Entry as PDF", type_path(pdf), QFileDialog),
    )
    person.press("D")  # Export Entry as PDF...
    dialogs.check()

    assert pdf.exists(), "no PDF was written"
    assert pdf.read_bytes().startswith(b"%PDF")
    text = squeeze(" ".join(page_texts(pdf)))
    assert squeeze(TITLE) in text
    assert squeeze(NOTE) in text  # "Your notes and highlights" is on by default


def test_export_asks_about_the_trash_and_leaves_it_out_by_default(person: Person, tmp_path: Path) -> None:
    """A note moved to the trash (Delete in the list): Export All Notes asks whether to take the trash along;
    Enter keeps the default, leaving it out, and the sheet has the live note only."""
    write_entry_note(person)
    person.press("Ctrl+Shift+E")  # a second note on the entry, then into the trash with Delete
    person.wait_until(lambda: person.window.notes_pane.editor.hasFocus())
    person.type("A note for the trash.")
    person.pause()
    person.press("Ctrl+5")
    person.wait_until(lambda: person.window.notes_pane.list.hasFocus())
    person.press("Delete")
    person.pause()
    sheet = tmp_path / "without-trash.md"

    person.press("Alt+F")
    person.press("N")
    dialogs = person.expect_dialogs(Answer("Export Notes", press("Return"), QMessageBox),  # Leave Out the Trash
                                    Answer("Export Notes", type_path(sheet), QFileDialog))
    person.press("M")
    dialogs.check()

    text = sheet.read_text(encoding="utf-8")
    assert NOTE in text and "A note for the trash." not in text
    assert "the 1 in the trash left out" in person.window.statusBar().currentMessage()
