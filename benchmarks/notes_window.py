"""The window with many notes and a long one: how long it takes to come up, and what a filter keystroke, opening
a one-megabyte note and its autosave cost the GUI thread.

Each run starts a fresh process (the app's real main window, offscreen unless --platform says otherwise) on a
data folder holding no notes, or 100,000 notes plus one of 1,000,000 characters (written once into
$FORTYFOURDAYS_BENCH_DATA/notes-window/). Prints medians and spreads; never passes or fails.
Targets (issue 11): window up within 1.5x the empty figure; every filter keystroke and autosave under 50 ms
on the GUI thread.
"""

from __future__ import annotations

import json
import os
import random
import shutil
import subprocess
import sys
import tempfile
import uuid
from pathlib import Path

from common import REPO, arguments, data_root, header, percentile, spread

NOTES = 100_000
LONG_NOTE_WORD = "zanzibarlongnote"  # a word only the long note has, to filter the list down to it
WORDS = ["shusha", "ganja", "drone", "ceasefire", "lachin", "artillery", "hadrut", "fizuli", "jabrayil", "corridor",
         "town", "road", "village", "mountain"]

CHILD = r'''
import json, statistics, sys, time
started = time.perf_counter()
from PySide6.QtCore import QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
app = QApplication([])
from desktop_app.content import ContentDatabase
from desktop_app.paths import bundled_database_path
from desktop_app.ui.main_window import MainWindow

def settle(seconds):
    end = time.perf_counter() + seconds
    while time.perf_counter() < end:
        app.processEvents()

def timed(action):
    began = time.perf_counter()
    action()
    app.processEvents()
    return (time.perf_counter() - began) * 1000

window = MainWindow(ContentDatabase(bundled_database_path()))
window.resize(1366, 768)
window.show()
painted = []
QTimer.singleShot(0, lambda: painted.append(time.perf_counter() - started))
while not painted:
    app.processEvents()
out = {"first_paint": painted[0]}
if sys.argv[1] == "edit":
    settle(1.5)  # the panes built after the first frame
    pane = window.notes_pane
    out["all_notes"] = timed(lambda: pane.set_scope("all"))
    keys = []
    for word in ("shusha ganja", "road town", "village"):
        pane.filter.clear()
        app.processEvents()
        for char in word:
            keys.append(timed(lambda: QTest.keyClick(pane.filter, char)))
    out["filter"] = keys
    pane.filter.setText(sys.argv[2])
    app.processEvents()
    out["open_long"] = timed(lambda: pane.list.setCurrentIndex(pane.list.model().index(0, 0)))
    starts, finishes = [], []
    for _ in range(10):
        QTest.keyClick(pane.editor, "x")
        app.processEvents()
        starts.append(timed(pane._autosave.timeout.emit))  # what the autosave timer does, on the GUI thread
        while pane._pending is not None and not pane._pending.done():
            time.sleep(0.002)  # the writer thread saves; the GUI thread is free meanwhile
        time.sleep(0.01)
        finishes.append(timed(lambda: None))  # taking in the saved note: list, reader, status
    out["autosave_start"], out["autosave_done"] = starts, finishes
    out["close"] = timed(window.close)
print("RESULT " + json.dumps(out), flush=True)
window.notes.close()
'''


def folder(kind: str) -> Path:
    """A data folder with no notes ("empty") or with NOTES notes and a long one ("full")."""
    from desktop_app.notes.model import Note, Target
    from desktop_app.notes.store import NotesStore

    path = data_root() / "notes-window" / kind
    notes_file = path / "notes.sqlite"
    if kind == "empty" or notes_file.exists():
        path.mkdir(parents=True, exist_ok=True)
        return path
    random.seed(11)
    entries = ["shusha", "ganja", "lachin", "hadrut", "fuzuli", "second-nagorno-karabakh-war"]
    notes = []
    for i in range(NOTES):
        at = f"2026-{1 + i % 12:02d}-{1 + i % 28:02d}T{i % 24:02d}:{i % 60:02d}:{i // 60 % 60:02d}Z"
        body = " ".join(random.choice(WORDS) for _ in range(random.randint(3, 60)))
        notes.append(Note(str(uuid.UUID(int=random.getrandbits(128))), "note", Target("entry", random.choice(entries)),
                          body, (random.choice(WORDS),), "yellow", at, at))
    with NotesStore(notes_file) as store:
        store.merge(notes, "benchmark notes")
        long_body = f"{LONG_NOTE_WORD} " + "some words of a long note, one line of many\n" * 22_700
        store.add("note", Target("entry", "shusha"), long_body[:1_000_000])
    return path


def run(kind: str, platform: str, edit: bool = False) -> dict:
    """One start of the app. Starts to time the first paint use the data folder itself, as a user's app
    does (closed cleanly the time before, so the notes file is not read through); a start that edits the
    long note works on a fresh copy."""
    with tempfile.TemporaryDirectory(dir=data_root()) as scratch:
        data = folder(kind)
        if edit:
            data = Path(scratch) / "data"
            shutil.copytree(folder(kind), data)
        env = {**os.environ, "QT_QPA_PLATFORM": platform, "FORTYFOURDAYS_DATA_DIR": str(data)}
        done = subprocess.run([sys.executable, "-c", CHILD, "edit" if edit else "paint", LONG_NOTE_WORD], cwd=REPO,
                              env=env, capture_output=True, text=True, timeout=600)
    line = next((x for x in done.stdout.splitlines() if x.startswith("RESULT ")), None)
    if line is None:
        raise SystemExit(f"the {kind} run failed:\n{done.stderr}")
    return json.loads(line[7:])


def main(argv: list[str]) -> int:
    parser = arguments(__doc__ or "", repeats=5)
    parser.add_argument("--platform", default="offscreen", help="Qt platform (offscreen, xcb)")
    options = parser.parse_args(argv)
    header("Notes at scale in the window")
    print(f"notes: {NOTES:,} plus one of 1,000,000 characters; platform {options.platform}")
    for kind in ("empty", "full"):
        run(kind, options.platform)  # once first: the notes file upgraded and checked, as after an install
    empty = [run("empty", options.platform)["first_paint"] for _ in range(options.repeats)]
    full = [run("full", options.platform)["first_paint"] for _ in range(options.repeats)]
    runs = [run("full", options.platform, edit=True) for _ in range(options.repeats)]
    print(f"window up, no notes:       {spread(empty, 's', 1, 2)}")
    print(f"window up, {NOTES:,} notes: {spread(full, 's', 1, 2)}  "
          f"(x{sorted(full)[len(full) // 2] / sorted(empty)[len(empty) // 2]:.2f})")
    for key, label in (("all_notes", "'All notes' listed"), ("filter", "filter, per keystroke"),
                       ("open_long", "the 1 MB note opened"), ("autosave_start", "autosave, handed to the writer"),
                       ("autosave_done", "autosave, saved note taken in"), ("close", "window closed")):
        values = [v for r in runs for v in (r[key] if isinstance(r[key], list) else [r[key]])]
        print(f"{label + ':':32} {spread(values, 'ms', 1, 1)}, p95 {percentile(values, 95):.1f} ms")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
