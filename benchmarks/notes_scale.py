"""Notes at scale in the real window: how long it takes to come up, to list "All notes", to filter them a
keystroke at a time, to open a note of a million characters and to save an edit of it.

    QT_QPA_PLATFORM=offscreen python benchmarks/notes_scale.py
    DISPLAY=:99 python benchmarks/notes_scale.py --platform xcb --notes 0 10000 100000 --repeats 5

Each notes file holds --notes ordinary notes (default none and 100,000: notes, highlights of real passages
and bookmarks spread over the content's entries and events, with tags, bodies of one to three sentences)
plus one note of exactly 1,000,000 characters on the entry the window opens on, the newest of all. That note
comes in two forms: about 20,000 short lines ("lines"), and one single line ("line"). The files are built
once with NotesStore.merge into $FORTYFOURDAYS_BENCH_DATA/notes-scale/ and reused while they are current.

Each run is a new process started as `python -m desktop_app --data-dir <folder>` is, on a fresh copy of the
notes file closed cleanly by the app's own code, with today's backup already made and no saved layout (as
startup.py does). Inside it, all on the GUI thread and each step timed until QApplication.processEvents()
has returned:

1. window up: from the start of MainWindow's construction (the notes file is opened in it) to the end of
   the window's first painted frame; 100,000 notes against none (target: within 1.5x);
2. "All notes": the scope combo set to it, first from the start-up list ("Notes on this entry"), then again
   after going back;
3. filter: each keystroke of a few words typed a letter at a time into the filter, All notes listed;
4. the 1 MB note opened: the list filtered by a word only that note has, then its row made current;
5. autosave: one character typed over the last one of the note (it stays at 1,000,000 characters, the most a
   note may hold) and the pane's flush(), which saves it; ten times. Step 5 needs the note editable: a note
   with a paragraph too long to edit is shown in part, read-only, and has no step 5.

The list is driven through QAbstractItemView alone (its model, indexes and current index), so the script
works whether the notes list is a QListWidget or a QListView over a model that fetches rows as it goes.
Prints medians with quartiles or tail percentiles; never passes or fails.
"""

from __future__ import annotations

import compileall
import json
import os
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date, datetime, timedelta
from pathlib import Path

from common import (
    REPO,
    arguments,
    content_counts,
    content_path,
    data_root,
    header,
    percentile,
    require,
    spread,
    upgrade_notes,
)

GENERATOR_VERSION = 1
DEFAULT_NOTES = (0, 100_000)
VARIANTS = {"lines": "1 MB note of ~20,000 short lines", "line": "1 MB note of one single line"}
LONG_CHARS = 1_000_000
LONG_LINE = 50  # characters per line with its newline: 20,000 lines
LONG_UUID = "4c0a9c1e-0000-4000-8000-0000000f0001"
LONG_WORD = "quokkamegabyte"  # only the long note has it: filtering by it lists that note alone
PHRASES = ("shusha ceasefire", "drones", "lachin corridor")  # typed into the filter, a letter at a time
EDITS = 10
TOGGLES = 3
START = datetime(2025, 9, 1, 8)  # "All notes" shown again after going back to the entry's notes


# -- the notes files -------------------------------------------------------------------------

def _words_from_content() -> tuple[dict[str, str], dict[str, list[str]], list[str], list[str]]:
    """The entries' plain texts, their sentences, the entry ids with sentences, the event ids."""
    from generate import CONTENT_DIR, _sentences

    from desktop_app.build.loader import read_sources
    from desktop_app.content.links import plain_text

    real = read_sources(CONTENT_DIR)
    titles = {e.id: e.fields["title"] for e in real.entries}
    texts = {e.id: plain_text(e.body, titles.__getitem__) for e in real.entries}
    sentences = {ident: _sentences(text) for ident, text in texts.items()}
    return texts, sentences, sorted(i for i in texts if sentences[i]), [r["id"] for r in real.tables["events.csv"]]


def moment(minutes: int) -> str:
    """A note's time: `minutes` after the first note's."""
    return (START + timedelta(minutes=minutes)).strftime("%Y-%m-%dT%H:%M:%SZ")


def ordinary_notes(count: int, scale: int) -> list:
    """`count` notes on the content at `scale`, made as generate.write_notes makes them: 20% highlights of real
    passages (half with a comment), bookmarks (each entry once), the rest notes on entries and events."""
    from generate import TAGS, copy_id

    from desktop_app.notes.model import Note, Target, TextQuote

    texts, sentences, ids, events = _words_from_content()
    rng = random.Random(4400 + count)
    notes: list[Note] = []
    bookmarked: set[tuple[str, int]] = set()
    for i in range(count):
        k = rng.randrange(scale)
        base = rng.choice(ids)
        stamp = moment(7 * i)
        tags = tuple(rng.sample(TAGS, rng.choice((0, 1, 1, 2, 3))))
        roll = rng.random()
        uuid = f"{i:08d}-0000-4000-8000-{count:012d}"
        body = " ".join(rng.sample(sentences[base], min(len(sentences[base]), rng.randint(1, 3))))
        if roll < 0.2:
            text = texts[base]
            at = rng.randrange(0, max(1, len(text) - 120))
            exact = text[at:at + rng.randint(20, 110)].strip() or text[:40]
            after = at + len(exact)
            quote = TextQuote(copy_id(base, k), exact, text[max(0, at - 32):at], text[after:after + 32])
            note = Note(uuid, "highlight", Target("passage", copy_id(base, k), quote),
                        body if rng.random() < 0.5 else "", tags, rng.choice(("yellow", "green", "blue")), stamp, stamp)
        elif roll < 0.27 and (base, k) not in bookmarked:
            bookmarked.add((base, k))
            note = Note(uuid, "bookmark", Target("entry", copy_id(base, k)), "", (), "yellow", stamp, stamp,
                        position=len(bookmarked))
        else:
            target = Target("event", copy_id(rng.choice(events), k)) if roll > 0.9 else \
                Target("entry", copy_id(base, k))
            note = Note(uuid, "note", target, body, tags, "yellow", stamp, stamp)
        notes.append(note)
    return notes


def long_body(variant: str) -> str:
    """Exactly LONG_CHARS characters of the content's words, starting with LONG_WORD and ending in a letter:
    lines of LONG_LINE characters (newline included), or one single line."""
    _texts, sentences, ids, _events = _words_from_content()
    words = " ".join(s for i in ids for s in sentences[i]).split()
    parts, size, line, n = [LONG_WORD], len(LONG_WORD), len(LONG_WORD), 0
    while size < LONG_CHARS + LONG_LINE:
        word = words[n % len(words)]
        n += 1
        if variant == "lines" and line + 1 + len(word) > LONG_LINE - 1:
            parts.append("\n" + word)
            line = len(word)
        else:
            parts.append(" " + word)
            line += 1 + len(word)
        size += 1 + len(word)
    body = "".join(parts)[:LONG_CHARS - 1].rstrip() + "x"
    return body + "x" * (LONG_CHARS - len(body))  # a line cut short above is filled to the exact size


def long_note(variant: str, count: int):
    from desktop_app.notes.model import Note, Target
    from desktop_app.ui.main_window import OVERVIEW_ENTRY

    # changed after every other note: the first row of "All notes"
    return Note(LONG_UUID, "note", Target("entry", OVERVIEW_ENTRY), long_body(variant), ("essay",), "yellow",
                moment(-60), moment(7 * count + 60))


def notes_file(scale: int, count: int, variant: str) -> Path:
    """The notes file for `count` notes plus the long note in `variant`, built unless it is there and current."""
    from desktop_app.notes.migrations import CURRENT_VERSION
    from desktop_app.notes.store import NotesStore

    folder = data_root() / "notes-scale" / f"x{scale}-{count}-{variant}"
    path, stamp_file = folder / "notes.sqlite", folder / "stamp.json"
    wanted = {"generator": GENERATOR_VERSION, "scale": scale, "count": count, "variant": variant,
              "content": content_path(scale).stat().st_mtime}
    if stamp_file.exists() and path.exists() and json.loads(stamp_file.read_text()) == wanted:
        upgrade_notes(path)
        return path
    folder.mkdir(parents=True, exist_ok=True)
    stamp_file.unlink(missing_ok=True)
    for extra in ("", "-wal", "-shm", "-closed"):
        path.with_name(path.name + extra).unlink(missing_ok=True)
    began = time.perf_counter()
    print(f"{path}: writing {count:,} notes and the long note ({variant}) ...", file=sys.stderr, flush=True)
    with NotesStore(path) as store:
        store.merge([*ordinary_notes(count, scale), long_note(variant, count)], "benchmark notes")
    print(f"{path}: written in {time.perf_counter() - began:.0f} s (notes schema {CURRENT_VERSION})",
          file=sys.stderr, flush=True)
    stamp_file.write_text(json.dumps(wanted))
    return path


# -- one run, in a process of its own --------------------------------------------------------

CHILD = r'''
import json, os, resource, sys, time, traceback
PARAMS = json.loads(sys.argv[1])
from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt, QTimer
from PySide6.QtGui import QTextCursor
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget
from desktop_app.app import main
from desktop_app.ui.main_window import MainWindow

TIMES, OUT = {}, {}

def settle(seconds):
    end = time.perf_counter() + seconds
    app = QApplication.instance()
    while time.perf_counter() < end:
        app.processEvents()
        time.sleep(0.002)

def timed(action):
    """GUI-thread time of the action and of the events it left behind (ms)."""
    began = time.perf_counter()
    action()
    QApplication.processEvents()
    return (time.perf_counter() - began) * 1000

def uuid_roles():
    try:
        from desktop_app.ui.panes import notes as pane_module
        roles = [getattr(pane_module, "UUID_ROLE")]
    except (ImportError, AttributeError):
        roles = []
    return roles + [Qt.ItemDataRole.UserRole, Qt.ItemDataRole.UserRole + 1]

def find_row(view, uuid, word, limit=1000):
    """The row of the note in the view: by its uuid in an item role, else by its word in the row's text;
    rows are fetched as a scrolling user would make them be, up to `limit`."""
    model, roles = view.model(), uuid_roles()
    row = 0
    while row < min(model.rowCount(), limit) or (row < limit and model.canFetchMore(QModelIndex())):
        if row >= model.rowCount():
            model.fetchMore(QModelIndex())
            if row >= model.rowCount():
                break
            continue
        index = model.index(row, 0)
        if any(index.data(role) == uuid for role in roles) or word in str(index.data() or ""):
            return row
        row += 1
    return None

def steps(window):
    app = QApplication.instance()
    settle(PARAMS["settle"])  # the panes built after the first frame, the search warming up
    pane = window.notes_pane
    view, combo, field, editor = pane.list, pane.scope, pane.filter, pane.editor
    OUT["start_rows"] = view.model().rowCount()
    everything = combo.findData("all")
    if everything < 0:
        everything = combo.findText("All notes")
    start_scope = combo.currentIndex()
    # 2. "All notes"
    OUT["all_first"] = timed(lambda: combo.setCurrentIndex(everything))
    OUT["all_rows"] = view.model().rowCount()
    OUT["all_again"] = []
    for _ in range(PARAMS["toggles"]):
        combo.setCurrentIndex(start_scope)
        app.processEvents()
        OUT["all_again"].append(timed(lambda: combo.setCurrentIndex(everything)))
    # 3. filter, a keystroke at a time
    field.setFocus()
    OUT["keys"], OUT["cleared"], OUT["matched"] = [], [], []
    for phrase in PARAMS["phrases"]:
        if field.text():
            OUT["cleared"].append(timed(field.clear))
        for char in phrase:
            OUT["keys"].append(timed(lambda: QTest.keyClick(field, char)))
        OUT["matched"].append(view.model().rowCount())
    OUT["cleared"].append(timed(field.clear))
    # 4. the long note opened
    OUT["filtered_to_long"] = timed(lambda: field.setText(PARAMS["word"]))
    row = find_row(view, PARAMS["uuid"], PARAMS["word"])
    if row is None:
        raise SystemExit(f"the long note is not in the list filtered by {PARAMS['word']!r}")
    OUT["long_row"] = row
    OUT["open"] = timed(lambda: view.setCurrentIndex(view.model().index(row, 0)))
    OUT["editor_chars"] = editor.document().characterCount() - 1
    OUT["editor_blocks"] = editor.blockCount()
    OUT["editable"] = editor.isEnabled() and not editor.isReadOnly()
    # 5. an edit of it saved
    OUT["typed"], OUT["flush"], OUT["after_flush"], OUT["saved"] = [], [], [], []
    if OUT["editable"]:
        editor.setFocus()
        for _ in range(PARAMS["edits"]):
            cursor = editor.textCursor()
            cursor.movePosition(QTextCursor.MoveOperation.End)
            cursor.movePosition(QTextCursor.MoveOperation.Left, QTextCursor.MoveMode.KeepAnchor)
            editor.setTextCursor(cursor)
            char = "y" if cursor.selectedText() == "x" else "x"
            OUT["typed"].append(timed(lambda: QTest.keyClick(editor, char)))
            began = time.perf_counter()
            pane.flush()
            OUT["flush"].append((time.perf_counter() - began) * 1000)
            OUT["after_flush"].append(timed(lambda: None))
            OUT["saved"].append(pane.saved.text())
        stored = window.notes.store.get(PARAMS["uuid"])
        OUT["stored_ok"] = stored is not None and len(stored.body) == PARAMS["chars"] and stored.body[-1] == char
    OUT["rss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024

class FirstPaint(QObject):
    """Notes the end of the window's first painted frame (startup.py's probe), then runs the steps."""
    def __init__(self, window):
        super().__init__()
        self.window, self.started = window, False
        QApplication.instance().installEventFilter(self)

    def eventFilter(self, watched, event):
        if (not self.started and event.type() == QEvent.Type.Paint and isinstance(watched, QWidget)
                and watched.window() is self.window):
            self.started = True
            QTimer.singleShot(0, self.first_frame_done)  # runs once this frame's paints are all done
        return False

    def first_frame_done(self):
        TIMES["first_paint"] = time.perf_counter()
        QApplication.instance().removeEventFilter(self)
        try:
            if not PARAMS["window_only"]:
                steps(self.window)
            OUT.update({k: (v - TIMES["construct"]) * 1000 for k, v in TIMES.items() if k != "construct"})
            print("RESULT " + json.dumps(OUT), flush=True)
            code = 0
        except BaseException:
            traceback.print_exc()
            code = 1
        self.window.notes.close()
        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(code)

_init, _show = MainWindow.__init__, MainWindow.show

def init(self, *args, **kwargs):
    TIMES["construct"] = time.perf_counter()
    _init(self, *args, **kwargs)
    TIMES["constructed"] = time.perf_counter()

def show(self):
    self._first_paint = FirstPaint(self)
    TIMES["shown"] = time.perf_counter()
    _show(self)

MainWindow.__init__, MainWindow.show = init, show
sys.exit(main(["--data-dir", PARAMS["data"], "--database", PARAMS["database"]]))
'''


def run_once(notes: Path, database: Path, platform: str, window_only: bool = False) -> dict:
    """One start of the app on a fresh copy of `notes` (a run edits the long note)."""
    from desktop_app.notes.recovery import open_notes

    data_root().mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="44days-notes-scale-", dir=data_root()) as folder:
        data = Path(folder)
        shutil.copyfile(notes, data / "notes.sqlite")
        open_notes(data / "notes.sqlite").store.close()  # closed cleanly last time, as on most starts
        (data / "backups").mkdir()
        (data / "backups" / f"notes-{date.today().isoformat()}.sqlite").write_bytes(b"")
        params = {"data": str(data), "database": str(database), "settle": 1.5, "toggles": TOGGLES,
                  "phrases": PHRASES, "word": LONG_WORD, "uuid": LONG_UUID, "chars": LONG_CHARS, "edits": EDITS,
                  "window_only": window_only}
        env = {**os.environ, "QT_QPA_PLATFORM": platform}
        done = subprocess.run([sys.executable, "-c", CHILD, json.dumps(params)], cwd=REPO, env=env,
                              capture_output=True, text=True, timeout=600)
    line = next((x for x in done.stdout.splitlines() if x.startswith("RESULT ")), None)
    if done.returncode != 0 or line is None:
        raise RuntimeError(f"a run on {notes} failed ({done.returncode}):\n{done.stdout}\n{done.stderr}")
    return json.loads(line[7:])


# -- the report ------------------------------------------------------------------------------

def tail(values: list[float]) -> str:
    """p50, p95 and max of times in ms."""
    if not values:
        return "n/a"
    return (f"p50 {percentile(values, 50):7.1f} ms   p95 {percentile(values, 95):7.1f} ms   "
            f"max {max(values):7.1f} ms   (n={len(values)})")


def report(counts: list[int], runs: dict[int, list[dict]]) -> None:
    width = max(len(f"{c:,} notes") for c in counts) + 2

    def each(label: str, show) -> None:
        print(label)
        for count in counts:
            print(f"  {f'{count:,} notes':{width}s}{show(runs[count])}")

    def pooled(key: str):
        return lambda rs: [v for r in rs for v in (r[key] if isinstance(r[key], list) else [r[key]])]

    each("window up: MainWindow constructed to its first frame painted",
         lambda rs: spread([r["first_paint"] for r in rs], "ms", 1, 0))
    each("  of which constructing MainWindow", lambda rs: spread([r["constructed"] for r in rs], "ms", 1, 0))
    low, high = min(counts), max(counts)
    if low != high:
        paired = [h["first_paint"] / lo["first_paint"] for lo, h in zip(runs[low], runs[high], strict=True)]
        ratio = statistics.median(r["first_paint"] for r in runs[high]) / statistics.median(
            r["first_paint"] for r in runs[low])
        print(f"  {high:,} / {low:,} notes: {ratio:.2f}x of the medians (paired runs {min(paired):.2f}-"
              f"{max(paired):.2f}x; target: within 1.5x)")
    if "all_first" not in runs[high][0]:
        return
    each("rows in the list at start-up / under \"All notes\" (a list that reads rows as it scrolls has read these)",
         lambda rs: f"{rs[0]['start_rows']:,} / {rs[0]['all_rows']:,}")
    each("\"All notes\" chosen, first time", lambda rs: spread([r["all_first"] for r in rs], "ms", 1, 1))
    each("\"All notes\" chosen again", lambda rs: spread(pooled("all_again")(rs), "ms", 1, 1))
    each(f"filter keystroke ({' / '.join(PHRASES)}, letter by letter)", lambda rs: tail(pooled("keys")(rs)))
    each("  rows in the list after each phrase", lambda rs: " / ".join(f"{n:,}" for n in rs[0]["matched"]))
    each("filter cleared (\"All notes\" again)", lambda rs: tail(pooled("cleared")(rs)))
    each(f"list filtered to the 1 MB note ({LONG_WORD!r})", lambda rs: spread([r["filtered_to_long"] for r in rs],
                                                                              "ms", 1, 1))
    each("1 MB note opened (row made current)", lambda rs: spread([r["open"] for r in rs], "ms", 1, 1))
    each("  in the editor", lambda rs: (f"{rs[0]['editor_chars']:,} characters, {rs[0]['editor_blocks']:,} lines, "
                                        + ("editable" if rs[0]["editable"] else "read-only (shown in part)")))
    if not any(r["editable"] for rs in runs.values() for r in rs):
        print("autosave: n/a (the note is shown in part, read-only: nothing to type or save)")
    else:
        each("keystroke in the 1 MB note", lambda rs: tail(pooled("typed")(rs)))
        each("autosave: flush() after the keystroke", lambda rs: tail(pooled("flush")(rs)))
        each("  events left after flush()", lambda rs: tail(pooled("after_flush")(rs)))
        each("  save status / stored", lambda rs: f"{rs[0]['saved'][-1] if rs[0]['saved'] else '-'} / "
             f"{'ok' if all(r.get('stored_ok') for r in rs) else 'NOT SAVED'}")
    each("peak RSS", lambda rs: spread([r["rss_mb"] for r in rs], "MB", 1, 0))


def main() -> None:
    parser = arguments(__doc__.splitlines()[0], repeats=7)
    parser.set_defaults(scales=[1])
    parser.add_argument("--notes", type=int, nargs="+", default=list(DEFAULT_NOTES),
                        help="ordinary notes in each file, beside the 1 MB note (default: 0 100000)")
    parser.add_argument("--variants", nargs="+", choices=list(VARIANTS), default=list(VARIANTS),
                        help="forms of the 1 MB note (default: both)")
    parser.add_argument("--platform", default="offscreen", help="Qt platform for the app (offscreen, xcb)")
    parser.add_argument("--window-only", action="store_true", help="step 1 only: the window coming up")
    args = parser.parse_args()
    os.environ["QT_QPA_PLATFORM"] = args.platform  # header() prints it; the children inherit it
    header("Notes at scale: the window, All notes, the filter, a 1 MB note and its autosave")
    compileall.compile_dir(REPO / "desktop_app", quiet=1)  # as startup.py: bytecode as an installed app has it
    counts = sorted(set(args.notes))
    for scale in args.scales:
        if scale != 1:
            require(scale)  # the synthetic content, generated first if need be
        database = content_path(scale)
        print(f"## {scale}x: {content_counts(database)}", flush=True)
        for variant in args.variants:
            files = {count: notes_file(scale, count, variant) for count in counts}
            print(f"### {' / '.join(f'{c:,}' for c in counts)} notes, each file with a {VARIANTS[variant]}; "
                  f"{args.repeats} runs each, alternating", flush=True)
            run_once(files[counts[-1]], database, args.platform, window_only=True)  # warms the disk cache
            runs: dict[int, list[dict]] = {count: [] for count in counts}
            began = time.perf_counter()
            for _ in range(args.repeats):
                for count in counts:
                    runs[count].append(run_once(files[count], database, args.platform, args.window_only))
            report(counts, runs)
            print(f"({time.perf_counter() - began:.0f} s)\n", flush=True)


if __name__ == "__main__":
    main()
