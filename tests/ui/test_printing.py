"""Print and PDF export of an entry: page size for A4 and Letter, the entry's text, the user's notes and
highlights, the map and chart images, progress page by page, and the File menu's commands."""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest
from PySide6.QtGui import QImage, QKeySequence, QPageSize
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QDialog, QFileDialog

from desktop_app.notes.anchoring import make_quote
from desktop_app.notes.model import Target
from desktop_app.notes.store import NotesStore
from desktop_app.ui.main_window import MainWindow
from desktop_app.ui.notes import entry_text
from desktop_app.ui.printing import EntryPrint, PrintOptions, PrintOptionsDialog, export_pdf
from desktop_app.ui.settings import Settings
from tests.ui.pdf_text import own_page_texts, page_sizes, page_texts, squeeze

pytestmark = pytest.mark.usefixtures("qapp")  # fonts and PDF writing need the application
ENTRY = "shusha"
POINTS = {"A4": QPageSize(QPageSize.PageSizeId.A4).sizePoints(),
          "Letter": QPageSize(QPageSize.PageSizeId.Letter).sizePoints()}


def passage(content, entry_id: str, starts: str, length: int) -> Target:
    text = entry_text(content, entry_id)
    at = text.index(starts)
    return Target("passage", entry_id, make_quote(entry_id, text, at, at + length))


@pytest.fixture
def store(tmp_path, content):
    notes = NotesStore(tmp_path / "notes.sqlite")
    notes.add("highlight", passage(content, ENTRY, "about 15 km", 16), colour="green")
    notes.add("note", passage(content, ENTRY, "Before the war it was", 40),
              body="Compare with the map on 8 November.\nAsk the class why.", tags=["essay"])
    notes.add("note", Target("entry", ENTRY), body="Whole-entry note for the worksheet.")
    yield notes
    notes.close()


def said(text: str, *phrases: str) -> bool:
    """Every phrase is on the page (whitespace and line-end hyphens do not count)."""
    flat = squeeze(text).replace("-", "")
    return all(squeeze(p).replace("-", "") in flat for p in phrases)


def assert_paper(path: Path, paper: str) -> None:
    expected = POINTS[paper]
    sizes = page_sizes(path)
    assert sizes and all(abs(w - expected.width()) < 1 and abs(h - expected.height()) < 1 for w, h in sizes)


@pytest.mark.parametrize("paper", ["A4", "Letter"])
def test_pdf_with_notes_has_the_entry_the_marks_and_the_notes(paper, content, store, tmp_path) -> None:
    path = tmp_path / f"shusha-{paper}.pdf"
    job = EntryPrint(content, content.entry(ENTRY), notes=store.notes(entry_id=ENTRY))
    pages = export_pdf(job, path, paper)
    assert_paper(path, paper)
    texts = page_texts(path)
    assert len(texts) == pages >= 2
    first, everything = texts[0], " ".join(texts)
    assert said(first, "Shusha", "Places: Shusha", "lies about 15 km from")
    assert said(first, "second-largest✎1")  # the note's mark right after its passage
    assert said(everything, "Your notes", "✎1", "“Before the war it was the second-largest",
                "Compare with the map on 8 November.", "Ask the class why.", "#essay",
                "✎2", "On the whole entry", "Whole-entry note for the worksheet.",
                "Highlighted passages", "“about 15 km from”")
    # Notes come after the entry's own text, and every page says where it belongs.
    assert squeeze(everything).index("Sources") < squeeze(everything).index("Yournotes")
    for number, text in enumerate(texts, start=1):
        assert said(text, "Shusha — 44 Days", f"Page {number} of {pages}")


@pytest.mark.parametrize("paper", ["A4", "Letter"])
def test_pdf_without_notes_is_the_entry_alone(paper, content, tmp_path) -> None:
    path = tmp_path / "plain.pdf"
    pages = export_pdf(EntryPrint(content, content.entry(ENTRY)), path, paper)
    assert_paper(path, paper)
    everything = " ".join(page_texts(path))
    assert pages == len(page_texts(path))
    assert said(everything, "Shusha", "Before the war", "See also", "Sources", "CC BY-SA 4.0")
    assert "notes" not in everything.lower().replace("footnotes", "") and "✎" not in everything


def test_a_pdf_handout_links_back_into_the_app(content, tmp_path) -> None:
    """Printed: the line under the title says how to open the entry; in the PDF, it and every link to
    another entry or a place are fortyfourdays:// links that open the app."""
    path = tmp_path / "handout.pdf"
    export_pdf(EntryPrint(content, content.entry(ENTRY)), path, "A4")
    assert said(page_texts(path)[0], f"Open in 44 Days: fortyfourdays://entry/{ENTRY}")
    uris = set(re.findall(rb"/URI \((fortyfourdays://[^)]+)\)", path.read_bytes()))
    assert f"fortyfourdays://entry/{ENTRY}".encode() in uris
    assert any(u.startswith(b"fortyfourdays://place/") for u in uris)
    assert not re.search(rb"/URI \((entry|place):", path.read_bytes())  # no link only the app's reader knows


def test_letter_and_a4_lay_the_same_entry_out_differently(content, tmp_path) -> None:
    entry = content.entry("second-nagorno-karabakh-war")
    a4 = export_pdf(EntryPrint(content, entry), tmp_path / "a4.pdf", "A4")
    letter = export_pdf(EntryPrint(content, entry), tmp_path / "letter.pdf", "Letter")
    assert a4 > 1 and letter > 1
    # Letter is shorter: the same text needs at least as many pages, and the page breaks fall elsewhere.
    assert letter >= a4
    a4_first, letter_first = page_texts(tmp_path / "a4.pdf")[0], page_texts(tmp_path / "letter.pdf")[0]
    assert squeeze(a4_first) != squeeze(letter_first)


def test_our_own_pdf_reader_agrees_with_pdftotext(content, store, tmp_path) -> None:
    """The fallback used where poppler-utils is missing reads the same words (when pdftotext is here)."""
    path = tmp_path / "agree.pdf"
    export_pdf(EntryPrint(content, content.entry(ENTRY), notes=store.notes(entry_id=ENTRY)), path, "A4")
    own = own_page_texts(path)
    assert said(own[0], "Shusha", "Places: Shusha", "second-largest✎1")
    assert said(" ".join(own), "Your notes", "Whole-entry note for the worksheet.")
    assert [squeeze(t).replace("-", "") for t in own] == [squeeze(t).replace("-", "") for t in page_texts(path)]


def test_progress_is_reported_page_by_page_and_cancel_stops(content, tmp_path) -> None:
    entry = content.entry("second-nagorno-karabakh-war")
    seen: list[tuple[int, int]] = []
    pages = export_pdf(EntryPrint(content, entry), tmp_path / "all.pdf", "A4", lambda d, t: seen.append((d, t)) or True)
    assert seen == [(page, pages) for page in range(1, pages + 1)]
    done = export_pdf(EntryPrint(content, entry), tmp_path / "cut.pdf", "A4", lambda d, t: False)
    assert done == 1 < pages and len(page_sizes(tmp_path / "cut.pdf")) == 1


def test_map_and_chart_images_come_on_pages_of_their_own(content, tmp_path) -> None:
    image = QImage(800, 600, QImage.Format.Format_RGB32)
    image.fill(0x3366AA)
    plain = export_pdf(EntryPrint(content, content.entry(ENTRY)), tmp_path / "plain.pdf", "A4")
    job = EntryPrint(content, content.entry(ENTRY), map_image=image, chart_image=image, map_caption="Map credit line")
    pages = export_pdf(job, tmp_path / "images.pdf", "A4")
    assert pages == plain + 2
    texts = page_texts(tmp_path / "images.pdf")
    assert squeeze(texts[-2]).startswith("Map") and said(texts[-2], "Map credit line")
    assert squeeze(texts[-1]).startswith("Casualtyfigures")
    assert (tmp_path / "images.pdf").read_bytes().count(b"/Subtype /Image") >= 1


# -- in the window ------------------------------------------------------------------------------

@pytest.fixture
def window(qtbot, content):
    win = MainWindow(content)
    qtbot.addWidget(win)
    win.show()
    win.state.set_entry(ENTRY)
    yield win
    win.close()


def test_file_menu_has_print_and_pdf_export(window: MainWindow) -> None:
    file_menu = window.menuBar().actions()[0].menu()
    texts = [a.text().replace("&", "") for a in file_menu.actions()]
    assert "Print..." in texts and "Export Entry as PDF..." in texts
    assert window.printer.print_action.shortcut() == QKeySequence(QKeySequence.StandardKey.Print)


def test_window_exports_the_current_entry_with_notes_map_and_chart(window: MainWindow, content, tmp_path) -> None:
    window.notes.add("note", passage(content, ENTRY, "Before the war it was", 40), body="Mine, from the window.")
    path = tmp_path / "from-window.pdf"
    pages = window.printer.export_pdf(path, PrintOptions("Letter", include_notes=True, include_map=True,
                                                         include_chart=True))
    assert_paper(path, "Letter")
    texts = page_texts(path)
    assert len(texts) == pages
    assert said(" ".join(texts), "Your notes", "Mine, from the window.", "Natural Earth")
    assert squeeze(texts[-2]).startswith("Map") and squeeze(texts[-1]).startswith("Casualtyfigures")
    without = window.printer.export_pdf(tmp_path / "bare.pdf", PrintOptions("Letter", False, False, False))
    assert without == pages - 2 and not said(" ".join(page_texts(tmp_path / "bare.pdf")), "Your notes")


def test_print_goes_through_a_printer(window: MainWindow, tmp_path) -> None:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    pages = window.printer.print_to(printer, PrintOptions("A4", include_notes=False))
    assert pages >= 1 and len(page_sizes(tmp_path / "printed.pdf")) == pages
    assert_paper(tmp_path / "printed.pdf", "A4")
    assert said(page_texts(tmp_path / "printed.pdf")[0], "Shusha", "Places: Shusha")


def test_export_dialog_flow_writes_the_pdf_with_the_chosen_options(window: MainWindow, tmp_path, monkeypatch) -> None:
    def choose(dialog: PrintOptionsDialog) -> int:
        dialog.paper.setCurrentIndex(dialog.paper.findData("Letter"))
        dialog.map.setChecked(True)
        dialog.accept()
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(PrintOptionsDialog, "exec", choose)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(tmp_path / "chosen"), ""))
    window.printer.pdf_action.trigger()
    assert_paper(tmp_path / "chosen.pdf", "Letter")
    assert said(page_texts(tmp_path / "chosen.pdf")[-1], "Map")
    assert "Saved" in window.statusBar().currentMessage()
    # The choices are remembered for next time, also after a restart.
    again = PrintOptions.from_settings(Settings())
    assert again.paper == "Letter" and again.include_map


def test_entries_hidden_by_the_classroom_lock_are_not_printed(qtbot, content, tmp_path) -> None:
    Path(os.environ["FORTYFOURDAYS_DATA_DIR"], "classroom.ini").write_text("[classroom]\nsensitive = hidden\n")
    win = MainWindow(content, Settings())
    qtbot.addWidget(win)
    win.state.set_entry("hadrut-execution-videos")
    assert "not shown on this computer" in win.printer.refusal()
    with pytest.raises(ValueError):
        win.printer.export_pdf(tmp_path / "no.pdf", PrintOptions())
    assert not (tmp_path / "no.pdf").exists()
    win.state.set_entry(ENTRY)
    assert win.printer.refusal() == ""
    win.close()
