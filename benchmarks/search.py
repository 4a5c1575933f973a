"""Search as you type: realistic queries typed letter by letter through the app's own search code.

Each keystroke runs what the search pane runs: ContentDatabase.search(text, limit=60) (ranked, with
marked snippets) and NotesStore.search(text, limit=20) over the user's notes. Prints p50 and p95 per
keystroke for each, and for the two together, at every scale; every query is typed `--repeats` times.
Then names typed with mistakes, letter by letter (content search only: the notes search does not guess), and
the first such search on a new connection, which reads the words of every name once.
The notes are searched in a copy of the scale's notes file in a temporary folder, opened the way the app
opens it (an older schema is migrated on opening, which must never happen to the generated file).

    python benchmarks/search.py --scales 1 100 1000
"""

from __future__ import annotations

import sqlite3
import tempfile
import time
from pathlib import Path

from common import arguments, content_counts, header, notes_count, percentile, require

from desktop_app.content import ContentDatabase
from desktop_app.notes.store import NotesStore

# What students and teachers type: names in several spellings, topics, weapons, a few two-word phrases.
QUERIES = (
    "shusha", "shushi", "khankendi", "stepanakert", "gence", "lachin corridor", "ceasefire agreement",
    "drone strikes", "bayraktar tb2", "t-72", "prisoners of war", "white phosphorus", "aliyev", "pashinyan",
    "hadrut", "cluster munitions", "minsk group", "karvachar", "displaced civilians", "oryx",
)
# Names typed with a mistake or two: the keystrokes that match nothing look for close matches.
MISTYPED = ("stepanakrt", "shusa", "ilham alieyv", "karabkh", "ganca", "pashinain", "lachin corridr", "khankendy")
CONTENT_LIMIT = 60  # desktop_app.ui.panes.search.RESULT_LIMIT
NOTES_LIMIT = 20


def keystrokes(query: str) -> list[str]:
    return [query[:i] for i in range(1, len(query) + 1)]


def run(scale: int, repeats: int) -> dict[str, list[float]]:
    content_file, notes_file = require(scale)
    print(f"## {scale}x: {content_counts(content_file)}; {notes_count(notes_file):,} notes", flush=True)
    times: dict[str, list[float]] = {"content": [], "notes": [], "both": [], "one letter": [], "longer": []}
    with tempfile.TemporaryDirectory() as folder, ContentDatabase(content_file) as content, \
            opened_copy(notes_file, Path(folder)) as notes:
        for q in QUERIES:  # warm the page cache once, as a running app would be
            content.search(q, limit=CONTENT_LIMIT)
        rounds: list[list[float]] = []
        for _ in range(repeats):
            rounds.append([])
            for query in QUERIES:
                for text in keystrokes(query):
                    t0 = time.perf_counter()
                    content.search(text, limit=CONTENT_LIMIT)
                    t1 = time.perf_counter()
                    notes.search(text, limit=NOTES_LIMIT)
                    t2 = time.perf_counter()
                    times["content"].append(t1 - t0)
                    times["notes"].append(t2 - t1)
                    times["both"].append(t2 - t0)
                    rounds[-1].append(t2 - t0)
                    times["one letter" if len(text) == 1 else "longer"].append(t1 - t0)
        slowest = max((min(content_time(content, t) for _ in range(3)), t) for q in QUERIES
                       for t in keystrokes(q))
    for key, values in times.items():
        label = {"content": "content search", "notes": "notes search", "both": "both (one keystroke)",
                 "one letter": "content, 1st letter", "longer": "content, 2+ letters"}[key]
        print(f"{label:22s} p50 {percentile(values, 50) * 1000:7.2f} ms   p95 {percentile(values, 95) * 1000:7.2f} ms"
              f"   max {max(values) * 1000:7.2f} ms   ({len(values)} keystrokes)")
    per_round = [percentile(r, 95) * 1000 for r in rounds]
    print(f"p95 of both, per round: {min(per_round):.2f}-{max(per_round):.2f} ms over {len(rounds)} rounds")
    print(f"slowest keystroke: {slowest[1]!r} {slowest[0] * 1000:.1f} ms", flush=True)
    mistyped(content_file, repeats)
    return times


def mistyped(content_file: Path, repeats: int) -> None:
    """Names typed with mistakes, letter by letter, on a connection that has read the names already; and the
    first close-match search on new connections (the page cache warm, as in a running app)."""
    firsts = []
    for _ in range(3):
        with ContentDatabase(content_file) as content:
            firsts.append(content_time(content, MISTYPED[0]))
    every: list[float] = []
    close: list[float] = []  # the keystrokes that found only close matches
    with ContentDatabase(content_file) as content:
        for q in MISTYPED:
            content.search(q, limit=CONTENT_LIMIT)
        for _ in range(repeats):
            for query in MISTYPED:
                for text in keystrokes(query):
                    t0 = time.perf_counter()
                    results = content.search(text, limit=CONTENT_LIMIT)
                    every.append(time.perf_counter() - t0)
                    if results and results[0].approximate:
                        close.append(every[-1])
    for label, values in (("mistyped, every key", every), ("mistyped, close only", close)):
        print(f"{label:22s} p50 {percentile(values, 50) * 1000:7.2f} ms   p95 {percentile(values, 95) * 1000:7.2f} ms"
              f"   max {max(values) * 1000:7.2f} ms   ({len(values)} keystrokes)")
    print(f"first close match on a new connection (reads every name): {min(firsts) * 1000:.1f}-"
          f"{max(firsts) * 1000:.1f} ms over {len(firsts)} connections\n", flush=True)


def opened_copy(notes_file: Path, folder: Path) -> NotesStore:
    """The notes file copied into `folder` (through a read-only connection, -wal and all) and opened there."""
    copy = folder / "notes.sqlite"
    source = sqlite3.connect(f"{notes_file.resolve().as_uri()}?mode=ro", uri=True)
    target = sqlite3.connect(copy)
    try:
        source.backup(target)
    finally:
        source.close()
        target.close()
    began = time.perf_counter()
    store = NotesStore(copy)
    print(f"notes file copied and opened (migrated if older) in {time.perf_counter() - began:.2f} s", flush=True)
    return store


def content_time(content: ContentDatabase, text: str) -> float:
    t0 = time.perf_counter()
    content.search(text, limit=CONTENT_LIMIT)
    return time.perf_counter() - t0


def main() -> None:
    args = arguments(__doc__.splitlines()[0], repeats=5).parse_args()
    header("Search as you type")
    print(f"{len(QUERIES)} queries, {sum(len(q) for q in QUERIES)} keystrokes each round: {', '.join(QUERIES)}")
    print(f"mistyped: {', '.join(MISTYPED)}\n")
    for scale in args.scales:
        run(scale, args.repeats)


if __name__ == "__main__":
    main()
