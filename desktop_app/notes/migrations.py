"""The notes database schema, one migration per version (PRAGMA user_version).

A migration is never edited once released: a file made by an old version of the app is brought up to
date by running the later migrations in order, all in the caller's one transaction. The committed
file tests/notes/data/notes-v1.sqlite was made by migration 1 alone and guards that path.

Version 1 (the first): one `notes` table; the target and its quoted passage in columns, tags as one
comma-separated text. Deleting removed the row.
Version 2: a stable integer id, tags in their own table (ordered), the trash (`deleted`), the author of
imported notes and the `imported` mark, and a full-text index over the user's notes (FTS5, unicode61
with diacritics removed, text folded by desktop_app.content.textfold.fold before indexing).
Version 3: the full-text index rebuilt with prefix indexes of one, two and three letters (a short prefix
no longer reads every word starting with it), and `initial`, the first letter of each note's text, with
an index of the live notes by first letter and time (a one-letter search lists them newest first).
Version 4: indexes for the notes pane's lists read a page at a time (the reading list by position, the
trash by time of deletion, an entry's notes by time).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable

from desktop_app.i18n import translate
from desktop_app.notes import index

# PRAGMA application_id "44DN": tells a notes file apart from any other SQLite file.
APPLICATION_ID = 0x3434444E


def _version_1(conn: sqlite3.Connection) -> None:
    conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    conn.execute(
        """
        CREATE TABLE notes (
            uuid TEXT PRIMARY KEY NOT NULL,
            kind TEXT NOT NULL,
            target_kind TEXT NOT NULL,
            target_id TEXT NOT NULL,
            quote_exact TEXT,
            quote_prefix TEXT,
            quote_suffix TEXT,
            body TEXT NOT NULL DEFAULT '',
            tags TEXT NOT NULL DEFAULT '',
            colour TEXT NOT NULL DEFAULT 'yellow',
            position INTEGER NOT NULL DEFAULT 0,
            created TEXT NOT NULL,
            updated TEXT NOT NULL
        )
        """
    )
    conn.execute("CREATE INDEX notes_by_target ON notes (target_kind, target_id)")


def _version_2(conn: sqlite3.Connection) -> None:
    # SQLite cannot add a primary key or drop a column everywhere we run, so the table is rebuilt
    # the documented way: rename, create, copy, drop.
    conn.execute("ALTER TABLE notes RENAME TO notes_v1")
    conn.execute("DROP INDEX IF EXISTS notes_by_target")
    conn.execute(
        """
        CREATE TABLE notes (
            id INTEGER PRIMARY KEY,
            uuid TEXT NOT NULL UNIQUE,
            kind TEXT NOT NULL CHECK (kind IN ('note', 'highlight', 'bookmark')),
            target_kind TEXT NOT NULL CHECK (target_kind IN ('entry', 'event', 'place', 'figure', 'passage')),
            target_id TEXT NOT NULL,
            quote_exact TEXT,
            quote_prefix TEXT,
            quote_suffix TEXT,
            body TEXT NOT NULL DEFAULT '',
            colour TEXT NOT NULL DEFAULT 'yellow',
            position INTEGER NOT NULL DEFAULT 0,
            created TEXT NOT NULL,
            updated TEXT NOT NULL,
            author TEXT NOT NULL DEFAULT '',
            imported INTEGER NOT NULL DEFAULT 0 CHECK (imported IN (0, 1)),
            deleted TEXT
        )
        """
    )
    conn.execute(
        """
        INSERT INTO notes (uuid, kind, target_kind, target_id, quote_exact, quote_prefix, quote_suffix,
                           body, colour, position, created, updated)
        SELECT uuid, kind, target_kind, target_id, quote_exact, quote_prefix, quote_suffix,
               body, colour, position, created, updated
        FROM notes_v1 ORDER BY created, uuid
        """
    )
    conn.execute("CREATE INDEX notes_by_target ON notes (target_kind, target_id)")
    conn.execute("CREATE INDEX notes_by_updated ON notes (updated)")
    conn.execute(
        """
        CREATE TABLE note_tags (
            note_id INTEGER NOT NULL REFERENCES notes (id) ON DELETE CASCADE,
            ord INTEGER NOT NULL,
            tag TEXT NOT NULL,
            tag_key TEXT NOT NULL,  -- tag.casefold(): tags match whatever their case, in any script
            PRIMARY KEY (note_id, ord)
        )
        """
    )
    conn.execute("CREATE INDEX note_tags_by_key ON note_tags (tag_key)")
    conn.execute(
        "CREATE VIRTUAL TABLE notes_fts USING fts5("
        "body, quote, tags, tokenize = 'unicode61 remove_diacritics 2')"
    )
    old_tags = dict(conn.execute("SELECT uuid, tags FROM notes_v1").fetchall())
    rows = conn.execute("SELECT id, uuid, body, quote_exact FROM notes").fetchall()
    for note_id, uuid, body, quote in rows:
        tags = split_v1_tags(old_tags[uuid])
        conn.executemany("INSERT INTO note_tags (note_id, ord, tag, tag_key) VALUES (?, ?, ?, ?)",
                         [(note_id, i, tag, tag.casefold()) for i, tag in enumerate(tags)])
        index.put(conn, note_id, body, quote or "", tags)
    conn.execute("DROP TABLE notes_v1")


def _version_3(conn: sqlite3.Connection) -> None:
    # An FTS5 table cannot be given prefix indexes afterwards: it is made again from its own text (already
    # folded), kept aside meanwhile so that the new index reuses the old one's pages and the file grows
    # only by the prefix indexes.
    conn.execute("CREATE TEMP TABLE notes_fts_text AS SELECT rowid AS id, body, quote, tags FROM notes_fts")
    conn.execute("DROP TABLE notes_fts")
    conn.execute(
        "CREATE VIRTUAL TABLE notes_fts USING fts5("
        "body, quote, tags, tokenize = 'unicode61 remove_diacritics 2', prefix = '1 2 3')"
    )
    conn.execute("INSERT INTO notes_fts (rowid, body, quote, tags)"
                 " SELECT id, body, quote, tags FROM temp.notes_fts_text")
    conn.execute("DROP TABLE temp.notes_fts_text")
    conn.execute("ALTER TABLE notes ADD COLUMN initial TEXT NOT NULL DEFAULT ''")
    tags: dict[int, list[str]] = {}
    for note_id, tag in conn.execute("SELECT note_id, tag FROM note_tags ORDER BY note_id, ord"):
        tags.setdefault(note_id, []).append(tag)
    conn.executemany(
        "UPDATE notes SET initial = ? WHERE id = ?",
        [(index.initial(body, quote or "", tags.get(note_id, ())), note_id)
         for note_id, body, quote in conn.execute("SELECT id, body, quote_exact FROM notes").fetchall()],
    )
    conn.execute("CREATE INDEX notes_by_initial ON notes (initial, updated) WHERE deleted IS NULL")


def _version_4(conn: sqlite3.Connection) -> None:
    # The notes pane reads its lists a page at a time: each list needs an index in its own order.
    conn.execute("CREATE INDEX notes_reading_list ON notes (position, id) WHERE kind = 'bookmark' AND deleted IS NULL")
    conn.execute("CREATE INDEX notes_in_trash ON notes (deleted, id) WHERE deleted IS NOT NULL")
    conn.execute("CREATE INDEX notes_by_entry ON notes (target_id, updated) WHERE target_kind IN ('entry', 'passage')")


def split_v1_tags(text: str) -> list[str]:
    """Version 1 kept tags as one text, "a, b, c"; each distinct non-empty one, in order."""
    seen: dict[str, str] = {}
    for part in text.split(","):
        tag = " ".join(part.split())
        if tag and tag.casefold() not in seen:
            seen[tag.casefold()] = tag
    return list(seen.values())


MIGRATIONS: list[Callable[[sqlite3.Connection], None]] = [_version_1, _version_2, _version_3, _version_4]
CURRENT_VERSION = len(MIGRATIONS)

_V1_COLUMNS = {"uuid", "kind", "target_kind", "target_id", "quote_exact", "quote_prefix", "quote_suffix", "body",
               "tags", "colour", "position", "created", "updated"}
_V2_COLUMNS = _V1_COLUMNS - {"tags"} | {"id", "author", "imported", "deleted"}
# The tables, and the columns of `notes`, that a file of each version has.
SHAPES: dict[int, tuple[set[str], set[str]]] = {
    1: ({"notes"}, _V1_COLUMNS),
    2: ({"notes", "note_tags", "notes_fts"}, _V2_COLUMNS),
    3: ({"notes", "note_tags", "notes_fts"}, _V2_COLUMNS | {"initial"}),
    4: ({"notes", "note_tags", "notes_fts"}, _V2_COLUMNS | {"initial"}),
}


def shape_problem(conn: sqlite3.Connection, version: int) -> str | None:
    """What is missing from a notes file of `version` (a table, a column), in a few words; None if nothing."""
    if version not in SHAPES:
        return None
    tables, columns = SHAPES[version]
    present = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    missing = sorted(tables - present)
    # Shown to the user inside a longer message. One name, or several: no number is shown, so no plural forms.
    if len(missing) == 1:
        #: what is wrong with the notes file, put in brackets inside a longer message; {table} is the name of a
        #: table of the notes file's database, as "notes_fts" (not translated)
        return translate("NotesMigrations", "its {table} table is missing").format(table=missing[0])
    if missing:
        #: what is wrong with the notes file, put in brackets inside a longer message; {tables} are names of
        #: tables of the notes file's database, as "note_tags, notes_fts" (not translated)
        return translate("NotesMigrations", "its {tables} tables are missing").format(tables=", ".join(missing))
    have = {row[1] for row in conn.execute("PRAGMA table_info(notes)")}
    missing = sorted(columns - have)
    if len(missing) == 1:
        #: what is wrong with the notes file, put in brackets inside a longer message; "notes" is the name of
        #: a table of the notes file's database and {column} the name of a column (neither is translated)
        return translate("NotesMigrations", "the notes table lacks the column {column}").format(column=missing[0])
    if missing:
        #: what is wrong with the notes file, put in brackets inside a longer message; "notes" is the name of
        #: a table of the notes file's database and {columns} names of columns (neither is translated)
        return translate("NotesMigrations", "the notes table lacks the columns {columns}").format(
            columns=", ".join(missing))
    return None


def migrate(conn: sqlite3.Connection, to_version: int = CURRENT_VERSION) -> int:
    """Run the migrations after the file's version up to `to_version`, inside the caller's transaction.

    Returns the version the file had before.
    """
    before = conn.execute("PRAGMA user_version").fetchone()[0]
    for version in range(before + 1, to_version + 1):
        MIGRATIONS[version - 1](conn)
        conn.execute(f"PRAGMA user_version = {version}")
    return before
