"""What a screen reader gets from 44 Days, read from outside the app through AT-SPI, as Orca reads it.

Run by tools/screen-reader-check (which starts Xvfb, a D-Bus session, the AT-SPI bus and the app); it needs
Debian's python3-pyatspi, so it runs with the system Python (/usr/bin/python3), not the project's virtualenv.
For each drawn pane it presses the keys a person presses (with xdotool), and prints, before and after a
keyboard selection: the object that has the keyboard (its role, name and description) and what the app
announced. Then the same panes as tables (Ctrl+T): the row the keyboard is on, cell by cell.

The keyboard focus is read by walking the tree at each step; announcements come as AT-SPI events, which the
bus sometimes delivers a few steps late: each is printed under the step in which it arrived.
"""

from __future__ import annotations

import subprocess
import sys
import time

import pyatspi
from gi.repository import GLib

SETTLE_S = 1.2  # longer than the app's quiet time before it speaks (desktop_app/ui/announcer.py)

# (what the person does, the keys) in order. "type:TEXT" types TEXT; "KEY*N" presses KEY N times.
STEPS: list[tuple[str, list[str]]] = [
    # The drawn panes, before and after a keyboard selection.
    ("Timeline: go to the pane (Ctrl+2)", ["ctrl+2"]),
    ("Timeline: next event (Ctrl+Right)", ["ctrl+Right"]),
    ("Timeline: next day (Shift+Right)", ["shift+Right"]),
    ("Map: go to the pane (Ctrl+3)", ["ctrl+3"]),
    ("Map: next place to the east (Ctrl+Right)", ["ctrl+Right"]),
    ("Casualties: go to the pane (Ctrl+4)", ["ctrl+4"]),
    ("Casualties: next bar (Down)", ["Down"]),
    # The same panes as tables: the event of 8 November, who held Shusha on 1 and on 9 November, both sides'
    # military tolls with their claimants.
    ("Timeline as a table (Ctrl+2, Ctrl+T), filtered on '8 November Shusha', first row",
     ["ctrl+2", "ctrl+t", "shift+Tab", "ctrl+a", "type:8 November Shusha", "Tab", "ctrl+Home"]),
    ("Back to 1 November (Shift+Left 7 times); the map as a table (Ctrl+3, Ctrl+T), filtered on 'Shusha'",
     ["shift+Left*7", "ctrl+3", "ctrl+t", "shift+Tab", "ctrl+a", "type:Shusha", "Tab", "ctrl+Home"]),
    ("On to 9 November (Ctrl+2, Shift+Right 8 times), back to the map's table (Ctrl+3)",
     ["ctrl+2", "shift+Right*8", "ctrl+3"]),
    ("Casualties as a table (Ctrl+4, Ctrl+T), first row", ["ctrl+4", "ctrl+t", "ctrl+Home"]),
    *[("Casualties table: next row (Down)", ["Down"])] * 8,
]


class Listener:
    """What the app announced since the last step (AT-SPI's object:announcement events)."""

    def __init__(self) -> None:
        self.announced: list[str] = []
        pyatspi.Registry.registerEventListener(self.on_announcement, "object:announcement")

    def on_announcement(self, event) -> None:
        self.announced.append(str(event.any_data))


def the_app():
    """44 Days on the accessibility bus: the application with a frame titled "... 44 Days"."""
    desktop = pyatspi.Registry.getDesktop(0)
    for app in desktop:
        if app is not None and any(frame is not None and "44 Days" in (frame.name or "") for frame in app):
            return app
    raise SystemExit("44 Days is not on the accessibility bus (started with QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1?)")


def fresh(acc):
    """`acc` as the app describes it now (AT-SPI clients keep what they were told before)."""
    acc.clearCache()
    return acc


def focused(acc):
    """The object with the keyboard focus under `acc`, as a screen reader finds it (the innermost one: Qt also
    marks a widget focused whose focus goes to a child); for a table, its current row's first cell (tables are
    not walked cell by cell)."""
    states = fresh(acc).getState()
    role = acc.getRole()
    if role == pyatspi.ROLE_TABLE:
        if not states.contains(pyatspi.STATE_FOCUSED):
            return None
        rows = acc.queryTable().getSelectedRows()
        return acc.queryTable().getAccessibleAt(rows[0], 0) if rows else acc
    if role in (pyatspi.ROLE_PAGE_TAB_LIST, pyatspi.ROLE_MENU_BAR):
        return None  # Qt marks the current tab of the dock tabs as focused, whether or not it has the keyboard
    if not states.contains(pyatspi.STATE_SHOWING) and role != pyatspi.ROLE_APPLICATION:
        return None
    here = states.contains(pyatspi.STATE_FOCUSED)
    for child in acc:
        if child is not None:
            found = focused(child)
            if found is not None:
                # a drawn view's unnamed viewport says it has the focus too: the view is what is read
                unnamed = not found.name and found.getRole() != pyatspi.ROLE_TABLE_CELL
                return acc if here and unnamed and acc.name else found
    return acc if here else None


def describe(acc) -> list[str]:
    """What a screen reader says for an object: role, name, description; for a table cell, its whole row with
    the column titles."""
    fresh(acc)
    lines = [f"  {acc.getRoleName()}: {acc.name!r}"]
    if acc.description:
        lines += [f"    {line}" for line in acc.description.splitlines()]
    if acc.getRole() == pyatspi.ROLE_TABLE_CELL and acc.parent is not None:
        table = acc.parent.queryTable()
        row = table.getRowAtIndex(acc.getIndexInParent())
        cells = [fresh(table.getAccessibleAt(row, c)).name for c in range(table.nColumns)]
        heads = [(table.getColumnHeader(c).name if table.getColumnHeader(c) else "") for c in range(table.nColumns)]
        lines.append(f"    row {row + 1} of {table.nRows}: " + " | ".join(
            f"{h}: {c}" for h, c in zip(heads, cells, strict=False)))
    return lines


def press(keys: list[str]) -> None:
    for key in keys:
        if key.startswith("type:"):
            subprocess.run(["xdotool", "type", "--delay", "60", key[5:]], check=True)
        else:
            name, _, times = key.partition("*")
            for _ in range(int(times or 1)):
                subprocess.run(["xdotool", "key", name], check=True)
                time.sleep(0.05)
        time.sleep(0.3)


def main() -> int:
    listener = Listener()
    app = the_app()
    steps = iter(STEPS)
    first = [True]

    def step() -> bool:
        if not first[0]:
            acc = focused(app)
            for line in describe(acc) if acc is not None else ["  (nothing has the keyboard)"]:
                print(line)
            for words in listener.announced:
                print("  announced: " + words.replace("\n", " / "))
            sys.stdout.flush()
        first[0] = False
        listener.announced.clear()
        try:
            title, keys = next(steps)
        except StopIteration:
            pyatspi.Registry.stop()
            return False
        print(f"\n{title}")
        press(keys)
        return True

    GLib.timeout_add(int(SETTLE_S * 1000), step)
    GLib.timeout_add_seconds(180, lambda: pyatspi.Registry.stop())  # never hang a CI machine
    pyatspi.Registry.start()  # runs the steps and the listeners until the last step stops it
    return 0


if __name__ == "__main__":
    sys.exit(main())
