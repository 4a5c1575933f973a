"""Without looking at a picture: a person with a screen reader, keyboard only, finds the event of 8 November,
learns who held Shusha on 1 and on 9 November, and reads both sides' military tolls with their claimants. What
they get is read from the accessibility tree (QAccessible), as a screen reader reads it: the focused row of a
table, the table's cells, a pane's description."""

from __future__ import annotations

from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QApplication, QTableView, QWidget

from tests.journeys.conftest import Person


def focused_row(person: Person) -> list[str]:
    """The cells of the row the screen reader is on: the focused table's focused cell and its neighbours."""
    view = QApplication.focusWidget()
    assert isinstance(view, QTableView), f"the keyboard is not in a table but in {view!r}"
    return table_rows(view)[view.currentIndex().row()]


def table_rows(view: QWidget) -> list[list[str]]:
    """A table's rows as the accessibility tree gives them (header cells left out)."""
    table = QAccessible.queryAccessibleInterface(view)
    rows: dict[int, dict[int, str]] = {}
    for i in range(table.childCount()):
        child = table.child(i)
        if child.role() != QAccessible.Role.Cell:
            continue
        cell = child.tableCellInterface()
        rows.setdefault(cell.rowIndex(), {})[cell.columnIndex()] = child.text(QAccessible.Text.Name)
    return [[cells[c] for c in sorted(cells)] for _r, cells in sorted(rows.items())]


def column_titles(view: QWidget) -> list[str]:
    table = QAccessible.queryAccessibleInterface(view)
    return [table.child(i).text(QAccessible.Text.Name) for i in range(table.childCount())
            if table.child(i).role() == QAccessible.Role.ColumnHeader]


def filter_to(person: Person, words: str) -> None:
    """From the table: Shift+Tab to its filter field, type, Tab back to the rows, Ctrl+Home to the first."""
    person.press("Shift+Tab")
    person.type(words)
    person.pause()
    person.press("Tab")
    person.press("Ctrl+Home")
    person.pause()


def test_the_war_by_keyboard_and_screen_reader_alone(person: Person) -> None:
    window = person.window

    # The timeline, as a table: the event of 8 November.
    person.press("Ctrl+2")
    person.press("Ctrl+T")
    person.pause()
    filter_to(person, "8 November Shusha")
    assert focused_row(person)[:3] == ["8 November 2020", "Military", "Azerbaijani forces take Shusha"]
    assert window.windowTitle().startswith("Capture of Shusha") or "Shusha" in window.windowTitle()
    timeline = QAccessible.queryAccessibleInterface(window.timeline.plot).text(QAccessible.Text.Description)
    assert "Selected event: 8 November 2020, Military: Azerbaijani forces take Shusha." in timeline

    # Back to 1 November: the date moves by keys in the timeline, its table too.
    for _ in range(7):
        person.press("Shift+Left")
    person.pause()

    # The map, as a table: who held Shusha on that date.
    person.press("Ctrl+3")
    person.press("Ctrl+T")
    person.pause()
    filter_to(person, "Shusha")
    view = QApplication.focusWidget()
    assert column_titles(view) == ["Place", "Held by", "Since", "According to", "Kind", "Other names"]
    row = focused_row(person)
    assert row[0] == "Shusha"
    assert row[1:3] == ["Held by Armenia / Artsakh", "12 May 1994"] and row[3]
    described = QAccessible.queryAccessibleInterface(window.map.view).text(QAccessible.Text.Description)
    assert described.startswith("Control on 1 November 2020.\nSelected place: Shusha: Held by Armenia / Artsakh")

    # On to 9 November from the map's table: the timeline's keys, then back to the same row.
    person.press("Ctrl+2")
    for _ in range(8):
        person.press("Shift+Right")
    person.pause()
    person.press("Ctrl+3")
    person.pause()
    row = focused_row(person)
    assert row[0] == "Shusha" and row[1:3] == ["Held by Azerbaijan", "8 November 2020"]

    # The chart, as a table: both sides' military tolls, each with who gives it.
    person.press("Ctrl+4")
    person.press("Ctrl+T")
    person.pause()
    view = QApplication.focusWidget()
    assert isinstance(view, QTableView)
    assert column_titles(view)[:4] == ["Claimant", "Figure", "Side", "Counts"]
    killed = [r for r in table_rows(view) if r[3] == "Killed"]
    by_side = {side: [r for r in killed if r[2] == side] for side in ("Armenia / Artsakh", "Azerbaijan")}
    for side, rows in by_side.items():
        assert rows, f"no military toll for {side} in the chart's table"
        assert all(r[0] and r[1] for r in rows)  # a claimant and a figure on every row
    claimants = {r[0] for rows in by_side.values() for r in rows}
    assert len(claimants) >= 2  # more than one voice: the figures disagree, and the table says whose each is
