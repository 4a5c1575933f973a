"""Search as you type: realistic queries typed letter by letter through the app's own search code, side by side
with a raw ranked FTS5 query for the same keystroke.

Each keystroke runs what the search pane runs: ContentDatabase.search(text, limit=60, snippets=12) (ranked,
with marked snippets for the rows the results list shows first; the others are built as they scroll into
view) and NotesStore.search(text, limit=20) over the user's notes. Next to it runs the raw query, what any
ranked search of the index costs at least:

    SELECT rowid, rank FROM search_index WHERE search_index MATCH ? ORDER BY rank LIMIT 60

with the MATCH expression the app builds for the keystroke (desktop_app.content.search.match_expression:
each word typed quoted, the longer ones as prefixes, e.g. '"lachin"* "co"*'). It reads the index only: no
names, no text, no re-ranking. (The app does not always run that expression: for a lone letter it lists the
titles starting with it, and with far more content than bundled it narrows a prefix that matches more than
RANK_AT_MOST documents to the names, or lists titles; the raw query always ranks every match.)

Prints p50 and p95 per keystroke of each and the ratio of the app's to the raw query's, the app's search with
every snippet built (snippets=None), the notes search, and the two searches together, at every scale; every
query is typed `--repeats` times on one connection, and the first round is also given alone (documents not
ranked before, their names read from the database). Then names typed with mistakes, letter by letter (content
search only: the notes search does not guess), and the first such search on a new connection, which reads the
words of every name once. The notes are searched in a copy of the scale's notes file in a temporary folder,
opened the way the app opens it (an older schema is migrated on opening, which must never happen to the
generated file).

    python benchmarks/search.py --scales 1 100 1000
"""

from __future__ import annotations

import sqlite3
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path

from common import arguments, content_counts, header, notes_count, percentile, require

from desktop_app.content import ContentDatabase
from desktop_app.content.search import match_expression, query_terms
from desktop_app.notes.store import NotesStore

# What students and teachers type: names in several spellings, topics, weapons, a few two-word phrases.
QUERIES = (
    "shusha", "shushi", "khankendi", "stepanakert", "gence", "lachin corridor", "ceasefire agreement",
    "drone strikes", "bayraktar tb2", "t-72", "prisoners of war", "white phosphorus", "aliyev", "pashinyan",
    "hadrut", "cluster munitions", "minsk group", "karvachar", "displaced civilians", "oryx",
)
# Names typed with a mistake or two: the keystrokes that match nothing look for close matches.
MISTYPED = ("stepanakrt", "shusa", "ilham alieyv", "karabkh", "ganca", "pashinain", "lachin corridr", "khankendy")
CONTENT_LIMIT = 60  # desktop_app.views.search_results.RESULT_LIMIT
# Results given their snippet at once. At 1366 x 768 the results list is 284 px high once the search pane
# has taken its room from the notes: 3 to 5 results with today's wrapped snippets, about 8 two-line rows;
# 12 is the most a list of two-line rows could show, so the figure is not flattered.
SNIPPETS_SHOWN = 12
NOTES_LIMIT = 20
RAW_QUERY = "SELECT rowid, rank FROM search_index WHERE search_index MATCH ? ORDER BY rank LIMIT ?"
LABELS = {
    "raw": "raw ranked FTS5 query", "content": f"content search, {SNIPPETS_SHOWN} snippets",
    "first round": "  the first round only", "one letter": "  1st letter", "longer": "  2+ letters",
    "every snippet": f"content, all {CONTENT_LIMIT} snippets", "notes": "notes search",
    "both": "content + notes search",
}


def keystrokes(query: str) -> list[str]:
    return [query[:i] for i in range(1, len(query) + 1)]


def summary(label: str, values: Sequence[float]) -> str:
    return (f"{label:30s} p50 {percentile(values, 50) * 1000:7.2f} ms   p95 {percentile(values, 95) * 1000:7.2f} ms"
            f"   max {max(values) * 1000:7.2f} ms   ({len(values)} keystrokes)")


def run(scale: int, repeats: int) -> dict[str, list[float]]:
    content_file, notes_file = require(scale)
    print(f"## {scale}x: {content_counts(content_file)}; {notes_count(notes_file):,} notes", flush=True)
    times: dict[str, list[float]] = {key: [] for key in LABELS}
    with ContentDatabase(content_file) as other:  # warm the page cache once, as a running app would be
        for q in QUERIES:
            other.search(q, limit=CONTENT_LIMIT)
    index = sqlite3.connect(f"{content_file.resolve().as_uri()}?mode=ro", uri=True)  # for the raw query
    with tempfile.TemporaryDirectory() as folder, ContentDatabase(content_file) as content, \
            opened_copy(notes_file, Path(folder)) as notes:
        rounds: list[list[float]] = []
        for round_number in range(repeats):
            rounds.append([])
            for query in QUERIES:
                for text in keystrokes(query):
                    t0 = time.perf_counter()
                    index.execute(RAW_QUERY, [match_expression(query_terms(text)), CONTENT_LIMIT]).fetchall()
                    t1 = time.perf_counter()
                    content.search(text, limit=CONTENT_LIMIT, snippets=SNIPPETS_SHOWN)
                    t2 = time.perf_counter()
                    notes.search(text, limit=NOTES_LIMIT)
                    t3 = time.perf_counter()
                    content.search(text, limit=CONTENT_LIMIT)
                    t4 = time.perf_counter()
                    times["raw"].append(t1 - t0)
                    times["content"].append(t2 - t1)
                    times["notes"].append(t3 - t2)
                    times["both"].append(t3 - t1)
                    times["every snippet"].append(t4 - t3)
                    times["one letter" if len(text) == 1 else "longer"].append(t2 - t1)
                    if round_number == 0:
                        times["first round"].append(t2 - t1)
                    rounds[-1].append(t3 - t1)
        slowest = max((min(content_time(content, t) for _ in range(3)), t) for q in QUERIES
                      for t in keystrokes(q))
    index.close()
    for key, values in times.items():
        print(summary(LABELS[key], values))
    app, raw_times = times["content"], times["raw"]
    print(f"content search / raw query: p50 {percentile(app, 50) / percentile(raw_times, 50):.2f}x,"
          f" p95 {percentile(app, 95) / percentile(raw_times, 95):.2f}x")
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
            content.search(q, limit=CONTENT_LIMIT, snippets=SNIPPETS_SHOWN)
        for _ in range(repeats):
            for query in MISTYPED:
                for text in keystrokes(query):
                    t0 = time.perf_counter()
                    results = content.search(text, limit=CONTENT_LIMIT, snippets=SNIPPETS_SHOWN)
                    every.append(time.perf_counter() - t0)
                    if results and results[0].approximate:
                        close.append(every[-1])
    print(summary("mistyped, every key", every))
    print(summary("mistyped, close only", close))
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
    content.search(text, limit=CONTENT_LIMIT, snippets=SNIPPETS_SHOWN)
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
