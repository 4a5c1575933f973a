"""How tests/notes/data/notes-v2.sqlite was made: schema versions 1 and 2, and notes written as version 2
stored them (the trash, imported notes, tags in their own table, the full-text index without prefixes).

The committed file stands for a notes file saved by the second schema; tests open a copy of it and check
it migrates. It was made once with

    python -c "from pathlib import Path; from tests.notes.make_v2_fixture import make_v2_fixture; \
make_v2_fixture(Path('tests/notes/data/notes-v2.sqlite'))"

and is not remade by the tests (migrations 1 and 2 must never change, and the file proves it).
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from desktop_app.notes import index, migrations

# The rows exactly as version 2 stored them, in id order; tags in order.
V2_ROWS = [
    {"uuid": "6a1f0c2d-1e2f-4a3b-8c4d-5e6f7a8b9c01", "kind": "note", "target_kind": "entry", "target_id": "shusha",
     "quote_exact": None, "quote_prefix": None, "quote_suffix": None,
     "body": "Shusha (Shushi) fell on 8 November; the **ceasefire** followed two days later.",
     "colour": "yellow", "position": 0, "created": "2025-04-01T09:00:00Z", "updated": "2025-04-02T10:30:00Z",
     "author": "", "imported": 0, "deleted": None, "tags": ["ceasefire", "Şuşa"]},
    {"uuid": "6a1f0c2d-1e2f-4a3b-8c4d-5e6f7a8b9c02", "kind": "highlight", "target_kind": "passage",
     "target_id": "ganja", "quote_exact": "Gəncə was struck", "quote_prefix": "In October 2020 ",
     "quote_suffix": " by missiles fired", "body": "", "colour": "pink", "position": 0,
     "created": "2025-04-03T11:00:00Z", "updated": "2025-04-03T11:00:00Z",
     "author": "", "imported": 0, "deleted": None, "tags": []},
    {"uuid": "6a1f0c2d-1e2f-4a3b-8c4d-5e6f7a8b9c03", "kind": "bookmark", "target_kind": "entry", "target_id": "lachin",
     "quote_exact": None, "quote_prefix": None, "quote_suffix": None, "body": "", "colour": "yellow",
     "position": 0, "created": "2025-04-04T08:00:00Z", "updated": "2025-04-04T08:00:00Z",
     "author": "", "imported": 0, "deleted": None, "tags": []},
    {"uuid": "6a1f0c2d-1e2f-4a3b-8c4d-5e6f7a8b9c04", "kind": "bookmark", "target_kind": "event",
     "target_id": "ev-ceasefire-10-nov", "quote_exact": None, "quote_prefix": None, "quote_suffix": None,
     "body": "", "colour": "yellow", "position": 1, "created": "2025-04-04T08:05:00Z",
     "updated": "2025-04-04T08:05:00Z", "author": "", "imported": 0, "deleted": None, "tags": []},
    {"uuid": "6a1f0c2d-1e2f-4a3b-8c4d-5e6f7a8b9c05", "kind": "note", "target_kind": "place",
     "target_id": "stepanakert", "quote_exact": None, "quote_prefix": None, "quote_suffix": None,
     "body": "Also written Xankəndi.", "colour": "blue", "position": 0,
     "created": "2025-04-05T12:00:00Z", "updated": "2025-04-06T12:00:00Z",
     "author": "", "imported": 0, "deleted": None, "tags": ["names", "places"]},
    {"uuid": "6a1f0c2d-1e2f-4a3b-8c4d-5e6f7a8b9c06", "kind": "note", "target_kind": "figure", "target_id": "fig-17",
     "quote_exact": None, "quote_prefix": None, "quote_suffix": None,
     "body": "Two claimants, two numbers.", "colour": "green", "position": 0,
     "created": "2025-04-07T07:00:00Z", "updated": "2025-04-07T07:00:00Z",
     "author": "Ms. Aliyeva", "imported": 1, "deleted": None, "tags": ["casualties"]},
    {"uuid": "6a1f0c2d-1e2f-4a3b-8c4d-5e6f7a8b9c07", "kind": "note", "target_kind": "entry", "target_id": "hadrut",
     "quote_exact": None, "quote_prefix": None, "quote_suffix": None,
     "body": "Hadrut was taken first; check the date.", "colour": "orange", "position": 0,
     "created": "2025-04-08T07:00:00Z", "updated": "2025-04-08T07:00:00Z",
     "author": "", "imported": 0, "deleted": "2025-04-09T07:00:00Z", "tags": ["check"]},
    {"uuid": "6a1f0c2d-1e2f-4a3b-8c4d-5e6f7a8b9c08", "kind": "note", "target_kind": "entry", "target_id": "shusha",
     "quote_exact": None, "quote_prefix": None, "quote_suffix": None,
     "body": "Ceasefire terms: compare the two statements.", "colour": "yellow", "position": 0,
     "created": "2025-04-10T07:00:00Z", "updated": "2025-04-10T07:00:00Z",
     "author": "", "imported": 0, "deleted": None, "tags": []},
]


def make_v2_fixture(path: Path) -> None:
    """Write a version-2 notes file at `path` (replacing any file there)."""
    path.unlink(missing_ok=True)
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        conn.execute("BEGIN")
        migrations.migrate(conn, to_version=2)
        columns = [c for c in V2_ROWS[0] if c != "tags"]
        for note_id, row in enumerate(V2_ROWS, start=1):
            conn.execute(
                f"INSERT INTO notes (id, {', '.join(columns)}) VALUES (?, {', '.join('?' for _ in columns)})",
                [note_id, *(row[c] for c in columns)],
            )
            conn.executemany("INSERT INTO note_tags (note_id, ord, tag, tag_key) VALUES (?, ?, ?, ?)",
                             [(note_id, i, tag, tag.casefold()) for i, tag in enumerate(row["tags"])])
            # As version 2 wrote it: folded text, no prefix indexes (the table migration 2 made).
            index.put(conn, note_id, row["body"], row["quote_exact"] or "", row["tags"])
        conn.execute("COMMIT")
        conn.execute("VACUUM")
    finally:
        conn.close()
