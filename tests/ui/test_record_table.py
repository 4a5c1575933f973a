"""A drawn pane as a table (Show as Table): the filter field, sorting as the values sort (not as text), copying
whole rows, and moving to a row as the way to choose it."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication, QMenu

from desktop_app.ui.record_table import MAX_FILTER_CHARS, RecordTable
from desktop_app.views.tables import Row, Table
from tests.ui.pdf_text import page_texts, squeeze

FIGURES = Table(("Claimant", "Figure"), (
    Row("a", ("Ministry", "900"), (("ministry",), (900,))),
    Row("b", ("Agency", "1,000"), (("agency",), (1000,))),
    Row("c", ("Observatory", "about 50"), (("observatory",), (50,))),
))


@pytest.fixture
def table(qtbot) -> RecordTable:
    widget = RecordTable("Figures")
    qtbot.addWidget(widget)
    widget.resize(500, 300)
    widget.show()
    qtbot.waitExposed(widget)
    widget.set_table(FIGURES)
    return widget


def shown_cells(table: RecordTable, column: int) -> list[str]:
    rows = table.rows
    return [rows.index(r, column).data() for r in range(rows.rowCount())]


def test_typing_in_the_filter_narrows_the_rows_and_says_how_many(table: RecordTable, qtbot) -> None:
    assert table.count.text() == "3 of 3"
    qtbot.keyClicks(table.filter, "agency")
    assert shown_cells(table, 0) == ["Agency"] and table.count.text() == "1 of 3"
    table.filter.clear()
    qtbot.keyClicks(table.filter, "about 50")  # every word, in any cell
    assert shown_cells(table, 0) == ["Observatory"]
    table.filter.setText("x" * 10_000)  # a pasted page: cut to the field's limit, and nothing matches
    assert len(table.filter.text()) == MAX_FILTER_CHARS and table.rows.rowCount() == 0


def test_a_column_sorts_by_value_and_the_picture_order_comes_back(table: RecordTable, qtbot) -> None:
    assert [table.key_at(table.rows.index(r, 0)) for r in range(3)] == ["a", "b", "c"]  # the picture's order
    header = table.view.horizontalHeader()
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton,
                     pos=QPoint(header.sectionViewportPosition(1) + 5, header.height() // 2))
    assert shown_cells(table, 1) == ["about 50", "900", "1,000"]  # by size: text order would put 1,000 first

    # From the keyboard: the context menu on a cell of the column
    table.view.setFocus()
    table.view.setCurrentIndex(table.rows.index(0, 1))

    def choose(text: str) -> None:
        menu = QApplication.activePopupWidget()
        assert isinstance(menu, QMenu), "no menu opened"
        next(a for a in menu.actions() if a.text().startswith(text)).trigger()
        menu.close()

    QTimer.singleShot(200, lambda: choose("Sort by “Figure”, Descending"))
    qtbot.keyClick(table.view, Qt.Key.Key_Menu)
    qtbot.wait(300)
    assert shown_cells(table, 1) == ["1,000", "900", "about 50"]
    QTimer.singleShot(200, lambda: choose("In the Picture's Order"))
    qtbot.keyClick(table.view, Qt.Key.Key_Menu)
    qtbot.wait(300)
    assert shown_cells(table, 0) == ["Ministry", "Agency", "Observatory"]


def test_copy_takes_the_selected_rows_with_the_column_titles(table: RecordTable, qtbot) -> None:
    table.view.setFocus()
    qtbot.keyClick(table.view, Qt.Key.Key_Home, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(table.view, Qt.Key.Key_Down, Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClick(table.view, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.clipboard().text() == "Claimant\tFigure\nMinistry\t900\nAgency\t1,000\n"


def test_moving_to_a_row_chooses_it_but_the_pane_showing_a_row_does_not(table: RecordTable, qtbot) -> None:
    chosen: list[str] = []
    table.chosen.connect(chosen.append)
    assert table.show_key("b")
    assert table.current_key() == "b" and chosen == []
    table.view.setFocus()
    qtbot.keyClick(table.view, Qt.Key.Key_Down)
    assert chosen == ["c"]
    with qtbot.waitSignal(table.opened) as opened:
        qtbot.keyClick(table.view, Qt.Key.Key_Return)
    assert opened.args == ["c"]


def test_print_rows_puts_the_chosen_rows_on_paper_as_plain_text(table: RecordTable, tmp_path) -> None:
    """Printing gives the table's name and rows, the cells escaped: text from the content is never markup."""
    table.set_table(Table(("Claimant", "Figure"), (*FIGURES.rows, Row("d", ("<b>Bold</b> & co", "7"), (("b",), (7,))))))
    table.view.selectRow(3)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "rows.pdf"))
    table.view.document().print_(printer)
    text = squeeze(" ".join(page_texts(tmp_path / "rows.pdf")))
    assert squeeze("Figures Claimant Figure <b>Bold</b> & co 7") in text
    assert "Ministry" not in text  # only the row selected
