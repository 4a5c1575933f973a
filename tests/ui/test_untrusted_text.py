"""Text from someone else's notes (tests/data/hostile) in every place the app shows note text: the notes list
and its tooltips, the search results, the printed entry, message boxes. Everywhere it reads exactly as typed,
and none of it is taken as markup: no image, table or style is made from it and no file is read."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QMessageBox

from desktop_app.notes import exchange
from desktop_app.notes.model import Target
from desktop_app.notes.store import NotesStore
from desktop_app.ui import messages
from desktop_app.ui.main_window import MainWindow
from desktop_app.ui.notes import TOOLTIP_CHARS, NotesModel
from desktop_app.ui.panes.search import HTML_ROLE
from desktop_app.ui.printing import EntryPrint, export_pdf
from tests.ui.pdf_text import page_texts, squeeze

HOSTILE = Path(__file__).resolve().parents[1] / "data" / "hostile"
MARKUP = ['<img src="file:///dev/zero">', "<b>bold</b>", '<a href="javascript:alert(1)">',
          "<style>*{font-size:400px}</style>"]


def rendered(markup: str) -> QTextDocument:
    document = QTextDocument()
    document.setHtml(markup)
    return document


def has_image(document: QTextDocument) -> bool:
    block = document.begin()
    while block.isValid():
        iterator = block.begin()
        while not iterator.atEnd():
            if iterator.fragment().charFormat().isImageFormat():
                return True
            iterator += 1
        block = block.next()
    return False


@pytest.fixture
def window(qtbot, content, tmp_path: Path) -> MainWindow:
    store = NotesStore(tmp_path / "notes.sqlite")
    for name in ("html_bodies.json", "device_paths_pack.json"):
        exchange.import_json(store, (HOSTILE / name).read_bytes())
    for body in MARKUP:  # on a real entry too, for the printed page
        store.add("note", Target("entry", "shusha"), body=body)
    shown = MainWindow(content, notes=NotesModel(store))
    qtbot.addWidget(shown)
    shown.show()
    yield shown
    shown.close()
    shown.notes.close()


def test_the_notes_list_and_its_tooltips_show_each_note_as_typed(window: MainWindow) -> None:
    pane = window.notes_pane
    pane.set_scope("all")
    bodies = {note.uuid: note.body for note in window.notes.store.notes()}
    model = pane.list.model()
    assert model.rowCount() == len(bodies)
    for row in range(model.rowCount()):
        index = model.index(row, 0)
        body = bodies[index.data(Qt.ItemDataRole.UserRole + 1)]
        if not body:
            continue
        tip = index.data(Qt.ItemDataRole.ToolTipRole)
        document = rendered(tip)
        assert document.toPlainText() == (body if len(body) <= TOOLTIP_CHARS else body[:TOOLTIP_CHARS] + "…")
        assert not has_image(document) and "<img" not in tip and "<style" not in tip
        first_line = body.strip().splitlines()[0][:100]
        assert first_line in index.data()  # the row's text is plain text with the body's start


def test_search_results_show_note_markup_as_text(window: MainWindow, qtbot) -> None:
    window.search.field.setText("img")
    qtbot.waitUntil(lambda: window.search.results.topLevelItemCount() > 0, timeout=5000)
    group = window.search.results.topLevelItem(0)
    assert group.text(0).startswith("Your notes")
    for i in range(group.childCount()):
        child = group.child(i)
        markup = child.data(0, HTML_ROLE)
        assert "<img" not in markup.replace("<b><u>img</u></b>", "")
        assert not has_image(rendered(markup)) and not has_image(rendered(child.toolTip(0)))
    shown = " ".join(rendered(group.child(i).data(0, HTML_ROLE)).toPlainText() for i in range(group.childCount()))
    assert 'src="file:///dev/zero"' in shown  # the markup is there to read, as text


def test_the_printed_entry_shows_note_markup_as_text(window: MainWindow, content, tmp_path: Path) -> None:
    path = tmp_path / "shusha.pdf"
    notes = window.notes.store.notes(entry_id="shusha")
    export_pdf(EntryPrint(content, content.entry("shusha"), notes=notes), path, "A4")
    text = squeeze(" ".join(page_texts(path)))
    for markup in MARKUP:
        assert squeeze(markup) in text


def test_the_reader_loads_nothing_from_files_devices_or_the_network(window: MainWindow) -> None:
    browser = window.reader.browser
    for address in ("file:///dev/zero", "file:///etc/passwd", "https://example.org/x.png", "/dev/zero", "x.png"):
        assert browser.loadResource(QTextDocument.ResourceType.ImageResource.value, QUrl(address)) is None


def test_a_message_quoting_a_file_is_plain_text(monkeypatch) -> None:
    shown: list[tuple[Qt.TextFormat, str]] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append((box.textFormat(), box.text())) or 0)
    messages.warn(None, "Nothing was imported", 'notes[0].kind: is the text "<img src=\'file:///dev/zero\'>"')
    messages.inform(None, "Long", "x" * 100_000)
    assert shown[0] == (Qt.TextFormat.PlainText, 'notes[0].kind: is the text "<img src=\'file:///dev/zero\'>"')
    assert shown[1][0] == Qt.TextFormat.PlainText and len(shown[1][1]) <= messages.MAX_MESSAGE_CHARS + 1


def test_an_import_that_fails_names_the_bad_notes_in_plain_words(window: MainWindow, tmp_path: Path,
                                                                 monkeypatch, qtbot) -> None:
    shown: list[str] = []
    monkeypatch.setattr(messages, "warn", lambda parent, title, text: shown.append(text))
    document = json.loads((HOSTILE / "html_bodies.json").read_text(encoding="utf-8"))
    document["notes"][2]["position"] = 10**30
    document["notes"][5]["created"] = "0001-01-01T00:00:00+14:00"
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(document, indent=2), encoding="utf-8")
    before = window.notes.store.notes(include_deleted=True)
    window.import_in_background(bad)
    qtbot.waitUntil(lambda: bool(shown), timeout=10_000)
    assert "Notes with problems (counting from 1): 3, 6." in shown[0]
    assert "notes[2].position" in shown[0] and "notes[5].created" in shown[0]
    assert window.notes.store.notes(include_deleted=True) == before


def test_closing_the_window_during_a_long_import_cancels_it_and_imports_nothing(window: MainWindow, tmp_path: Path,
                                                                                qtbot) -> None:
    store = window.notes.store
    before = store.notes(include_deleted=True)
    template = json.loads((HOSTILE / "html_bodies.json").read_text(encoding="utf-8"))["notes"][0]
    notes = [{**template, "uuid": f"00000000-0000-4000-8000-{i:012d}", "body": f"note {i}"} for i in range(60_000)]
    big = tmp_path / "big.json"
    big.write_text(json.dumps({"format": "44days-notes", "version": 1, "notes": notes}, indent=1), encoding="utf-8")
    window.import_in_background(big)
    qtbot.wait(300)  # under way: reading and checking take seconds
    window.close()
    window.notes.close()  # what quitting does: waits for the writer, which stops at once
    with NotesStore(store.path) as again:
        assert again.notes(include_deleted=True) == before
