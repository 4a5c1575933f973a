"""How tests/notes/data/notes-v1.sqlite was made: schema version 1 alone, and a few notes in it.

The committed file stands for a notes file saved by the first release; tests open a copy of it and
check it migrates. It was made once with

    python -c "from pathlib import Path; from tests.notes.make_v1_fixture import make_v1_fixture; \
make_v1_fixture(Path('tests/notes/data/notes-v1.sqlite'))"

and is not remade by the tests (migration 1 must never change, and the file proves it).
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from desktop_app.notes import migrations

# The rows exactly as version 1 stored them: tags are one comma-separated text.
V1_ROWS = [
    {"uuid": "0b7c3f5e-2a1d-4c8e-9f60-1d2e3f4a5b6c", "kind": "note", "target_kind": "entry", "target_id": "shusha",
     "quote_exact": None, "quote_prefix": None, "quote_suffix": None,
     "body": "Shusha (Shushi) was **taken on 8 November**.\n\n- check the date\n- compare claims",
     "tags": "ceasefire, Shusha , ,shusha", "colour": "yellow", "position": 0,
     "created": "2024-03-01T09:00:00Z", "updated": "2024-03-02T10:30:00Z"},
    {"uuid": "1c8d4a6f-3b2e-4d9f-8a71-2e3f4a5b6c7d", "kind": "highlight", "target_kind": "passage",
     "target_id": "ganja", "quote_exact": "Gəncə was struck", "quote_prefix": "In October 2020 ",
     "quote_suffix": " by missiles fired", "body": "", "tags": "", "colour": "pink", "position": 0,
     "created": "2024-03-03T11:00:00Z", "updated": "2024-03-03T11:00:00Z"},
    {"uuid": "2d9e5b7a-4c3f-4eaf-9b82-3f4a5b6c7d8e", "kind": "bookmark", "target_kind": "entry", "target_id": "lachin",
     "quote_exact": None, "quote_prefix": None, "quote_suffix": None, "body": "", "tags": "", "colour": "yellow",
     "position": 0, "created": "2024-03-04T08:00:00Z", "updated": "2024-03-04T08:00:00Z"},
    {"uuid": "3eaf6c8b-5d4a-4fb0-8c93-4a5b6c7d8e9f", "kind": "bookmark", "target_kind": "event",
     "target_id": "ev-ceasefire-10-nov", "quote_exact": None, "quote_prefix": None, "quote_suffix": None,
     "body": "", "tags": "", "colour": "yellow", "position": 1,
     "created": "2024-03-04T08:05:00Z", "updated": "2024-03-04T08:05:00Z"},
    {"uuid": "4fb07d9c-6e5b-40c1-9da4-5b6c7d8e9fa0", "kind": "note", "target_kind": "place",
     "target_id": "stepanakert", "quote_exact": None, "quote_prefix": None, "quote_suffix": None,
     "body": "Also written Xankəndi.", "tags": "names,places", "colour": "blue", "position": 0,
     "created": "2024-03-05T12:00:00Z", "updated": "2024-03-06T12:00:00Z"},
    {"uuid": "50c18eab-7f6c-41d2-8eb5-6c7d8e9fa0b1", "kind": "note", "target_kind": "figure", "target_id": "fig-17",
     "quote_exact": None, "quote_prefix": None, "quote_suffix": None,
     "body": "Two claimants, two numbers.", "tags": "casualties", "colour": "green", "position": 0,
     "created": "2024-03-07T07:00:00Z", "updated": "2024-03-07T07:00:00Z"},
]


def make_v1_fixture(path: Path) -> None:
    """Write a version-1 notes file at `path` (replacing any file there)."""
    path.unlink(missing_ok=True)
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        conn.execute("BEGIN")
        migrations.migrate(conn, to_version=1)
        columns = list(V1_ROWS[0])
        conn.executemany(
            f"INSERT INTO notes ({', '.join(columns)}) VALUES ({', '.join('?' for _ in columns)})",
            [[row[c] for c in columns] for row in V1_ROWS],
        )
        conn.execute("COMMIT")
        conn.execute("VACUUM")
    finally:
        conn.close()
