"""The user's notes, highlights and bookmarks in their own SQLite file (no Qt).

Every write is one transaction (BEGIN IMMEDIATE ... COMMIT), the file is in WAL mode with a busy
timeout, so two running copies of the app can both read and write it; a crash or a killed process
leaves every committed note in place. A folder that cannot be written still opens: the notes are read
from an in-memory copy, `read_only` is True and every write raises NotesReadOnly with a plain message.
Deleting moves a note to the trash; undo reverts the last change made through this store object.

Over 400 lines because the store is the notes file's one reader and writer: its queries and writes share
one lock, one transaction discipline and one undo list.
"""

from __future__ import annotations

import os
import re
import sqlite3
import threading
import uuid as uuidlib
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import closing, contextmanager, suppress
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from pathlib import Path

from desktop_app.content.search import query_terms
from desktop_app.i18n import QT_TRANSLATE_NOOP, number, translate
from desktop_app.notes import index, migrations
from desktop_app.notes.model import (
    COLOURS,
    MAX_NOTE_CHARS,
    MAX_POSITION,
    NOTE_KINDS,
    TARGET_KINDS,
    Note,
    NoteHit,
    NotesChange,
    Target,
    TextQuote,
)

BUSY_TIMEOUT_MS = 5000
# Matching notes search() ranks, as many as the content search ranks: BM25 costs about a microsecond and a
# half a match, and with tens of thousands of notes a common word matches thousands. Beyond that it lists
# the newest first.
RANK_AT_MOST = 2000
UNDO_LIMIT = 100
TIME_FORMAT = "%Y-%m-%dT%H:%M:%SZ"
_SURROGATE = re.compile("[\ud800-\udfff]")  # in a Python str, only ever a lone one

# SQLite result codes that mean "this file or folder cannot be written" (permissions, read-only
# medium, disk full, the folder refuses the journal files).
_CANNOT_WRITE = {sqlite3.SQLITE_PERM, sqlite3.SQLITE_READONLY, sqlite3.SQLITE_IOERR, sqlite3.SQLITE_FULL,
                 sqlite3.SQLITE_CANTOPEN}
_BUSY = {sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED}
_DAMAGED = {sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB}


class NotesError(Exception):
    """Something is wrong with the notes; the message says which file, what happened, what to do."""


class NotesReadOnly(NotesError):
    """The notes cannot be written (read-only folder or file, disk full); reading still works."""


class NotesUnreadable(NotesError):
    """The notes file is damaged, or is not a 44 Days notes file at all (desktop_app.notes.recovery moves
    it aside and starts a new one). `detail` is what was found wrong, in a few words."""

    def __init__(self, message: str, detail: str = "") -> None:
        super().__init__(message)
        self.detail = detail or message


class NoteTooLong(NotesError):
    """A note's text is over MAX_NOTE_CHARS; nothing was saved."""


class NotesTooNew(NotesError):
    """The notes file was saved by a newer version of 44 Days; it must be left as it is."""


class _CannotWrite(Exception):
    """Internal: opening for writing failed in a way that still allows reading."""


def format_time(moment: datetime) -> str:
    """ISO 8601 UTC to the second, e.g. 2026-11-25T08:47:43Z (naive times are taken as UTC)."""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC).strftime(TIME_FORMAT)


def _code(error: sqlite3.Error) -> int:
    return (getattr(error, "sqlite_errorcode", None) or 0) & 0xFF


def clean_tags(tags: Iterable[str] | str) -> tuple[str, ...]:
    """Tags as stored: trimmed, inner spaces collapsed, no leading '#', each once (ignoring case).

    A single string is read as a comma-separated list, the way a tag field is typed.
    """
    if isinstance(tags, str):
        tags = tags.split(",")
    seen: dict[str, str] = {}
    for raw in tags:
        tag = storable(" ".join(str(raw).split()).lstrip("#").strip())
        if tag and tag.casefold() not in seen:
            seen[tag.casefold()] = tag
    return tuple(seen.values())


def check_target(target: Target) -> None:
    if target.kind not in TARGET_KINDS:
        raise ValueError(f"unknown target kind {target.kind!r}; expected one of {', '.join(TARGET_KINDS)}")
    if not isinstance(target.id, str) or not target.id:
        raise ValueError("a target needs a non-empty id")
    if target.kind == "passage":
        quote = target.quote
        if not isinstance(quote, TextQuote) or not quote.exact:
            raise ValueError("a passage target needs a TextQuote with the quoted text")
        if quote.entry_id != target.id:
            raise ValueError(f"the quote is from entry {quote.entry_id!r} but the target is entry {target.id!r}")
    elif target.quote is not None:
        raise ValueError(f"only a passage has a quote, not a {target.kind}")


def tag_key(tag: str) -> str:
    """How a tag is matched: as clean_tags stores it, ignoring case."""
    return " ".join(tag.split()).lstrip("#").strip().casefold()


def storable(text: str) -> str:
    """Text as it can be stored: a lone UTF-16 surrogate (pasted from a broken source) becomes U+FFFD."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return _SURROGATE.sub("\ufffd", text)
    return text


def _check_body(body: str) -> str:
    if len(body) > MAX_NOTE_CHARS:
        length = len(body)
        #: {limit} is the most characters a note can hold, "1,000,000"
        raise NoteTooLong(translate("NotesStore", "This note is %Ln character(s) long; a note can hold at most "
                                    "{limit}. It was not saved: shorten it, or split it into several notes.", None,
                                    length).format(limit=number(MAX_NOTE_CHARS)))
    return storable(body)


def _check_note_fields(kind: str, colour: str) -> None:
    if kind not in NOTE_KINDS:
        raise ValueError(f"unknown note kind {kind!r}; expected one of {', '.join(NOTE_KINDS)}")
    if colour not in COLOURS:
        raise ValueError(f"unknown colour {colour!r}; expected one of {', '.join(COLOURS)}")


# What a note with neither text nor passage is called in an undo message, by its target's kind (TARGET_KINDS).
_TARGET_NAMES = {
    #: names a note in an undo message ("Undid: new bookmark 'entry shusha'"); {id} is the entry's id, as "shusha"
    "entry": QT_TRANSLATE_NOOP("NotesStore", "entry {id}"),
    #: names a note in an undo message; {id} is the event's id, as "shusha-falls"
    "event": QT_TRANSLATE_NOOP("NotesStore", "event {id}"),
    #: names a note in an undo message; {id} is the place's id, as "shusha"
    "place": QT_TRANSLATE_NOOP("NotesStore", "place {id}"),
    #: names a note in an undo message; {id} is the id of a figure (a number of the casualty chart)
    "figure": QT_TRANSLATE_NOOP("NotesStore", "figure {id}"),
    #: names a note in an undo message; {id} is the id of the entry whose passage (part of its text) it is on
    "passage": QT_TRANSLATE_NOOP("NotesStore", "passage {id}"),
}
# What an undo message calls a change to one note, by the change and then the note's kind (NOTE_KINDS): each a
# whole phrase, as it follows "Undid:" and "Could not undo the".
_CHANGES = {
    "new": {
        #: in an undo message ("Undid: new note 'Shusha fell…'"); {text} is the note's first words
        "note": QT_TRANSLATE_NOOP("NotesStore", "new note '{text}'"),
        #: in an undo message; a highlight is a passage of an entry marked in colour; {text} is its first words
        "highlight": QT_TRANSLATE_NOOP("NotesStore", "new highlight '{text}'"),
        #: in an undo message; a bookmark puts an entry (an event, a place...) on the reading list; {text} is
        #: its first words
        "bookmark": QT_TRANSLATE_NOOP("NotesStore", "new bookmark '{text}'"),
    },
    "edit": {
        #: in an undo message ("Undid: edit of note 'Shusha fell…'"); {text} is the note's first words
        "note": QT_TRANSLATE_NOOP("NotesStore", "edit of note '{text}'"),
        #: in an undo message; {text} is the highlight's first words
        "highlight": QT_TRANSLATE_NOOP("NotesStore", "edit of highlight '{text}'"),
        #: in an undo message; {text} is the bookmark's first words
        "bookmark": QT_TRANSLATE_NOOP("NotesStore", "edit of bookmark '{text}'"),
    },
    "delete": {
        #: in an undo message (the note was moved to the trash); {text} is the note's first words
        "note": QT_TRANSLATE_NOOP("NotesStore", "deletion of note '{text}'"),
        #: in an undo message (the highlight was moved to the trash); {text} is its first words
        "highlight": QT_TRANSLATE_NOOP("NotesStore", "deletion of highlight '{text}'"),
        #: in an undo message (the bookmark was moved to the trash); {text} is its first words
        "bookmark": QT_TRANSLATE_NOOP("NotesStore", "deletion of bookmark '{text}'"),
    },
    "restore": {
        #: in an undo message (the note was brought back from the trash); {text} is the note's first words
        "note": QT_TRANSLATE_NOOP("NotesStore", "restore of note '{text}'"),
        #: in an undo message (the highlight was brought back from the trash); {text} is its first words
        "highlight": QT_TRANSLATE_NOOP("NotesStore", "restore of highlight '{text}'"),
        #: in an undo message (the bookmark was brought back from the trash); {text} is its first words
        "bookmark": QT_TRANSLATE_NOOP("NotesStore", "restore of bookmark '{text}'"),
    },
    "unbookmark": {
        #: in an undo message; {text} is the bookmark's first words
        "bookmark": QT_TRANSLATE_NOOP("NotesStore", "removal of bookmark '{text}' from the reading list"),
    },
}


def _label_text(note: Note) -> str:
    """A short way to name a note in an undo message: its first words, or its passage."""
    quote = note.target.quote.exact if note.target.quote else ""
    start = note.body or quote
    if not start:
        name = _TARGET_NAMES.get(note.target.kind, "")
        start = (translate("NotesStore", name).format(id=note.target.id) if name else
                 f"{note.target.kind} {note.target.id}")
    start = start[:200]  # a note can be 1 MB
    text = " ".join(start.split()).lstrip("#*>-_ ")
    if len(text) > 25:
        cut = text[:26]
        text = (cut.rsplit(" ", 1)[0] if " " in cut else text[:25]).rstrip(" ,.;:") + "…"
    return text


def _described(change: str, note: Note) -> str:
    """The undo message's name for `change` (a key of _CHANGES) made to `note`."""
    phrases = _CHANGES[change]
    phrase = phrases.get(note.kind) or next(iter(phrases.values()))
    return translate("NotesStore", phrase).format(text=_label_text(note))


_COLUMNS = ("n.id, n.uuid, n.kind, n.target_kind, n.target_id, n.quote_exact, n.quote_prefix, n.quote_suffix,"
            " n.body, n.colour, n.position, n.created, n.updated, n.author, n.imported, n.deleted")


def _note(row: Sequence, tags: Iterable[str]) -> Note:
    (_, uuid, kind, target_kind, target_id, exact, prefix, suffix, body, colour, position, created, updated,
     author, imported, deleted) = row
    quote = TextQuote(target_id, exact, prefix or "", suffix or "") if target_kind == "passage" and exact else None
    return Note(uuid, kind, Target(target_kind, target_id, quote), body, tuple(tags), colour, created, updated,
                author, bool(imported), position, deleted)


def _select(conn: sqlite3.Connection, where: str, args: Sequence, order: str = "n.id") -> list[Note]:
    rows = conn.execute(f"SELECT {_COLUMNS} FROM notes AS n WHERE {where} ORDER BY {order}", args).fetchall()
    if not rows:
        return []
    tags: dict[int, list[str]] = {}
    for note_id, tag in conn.execute(
        f"SELECT t.note_id, t.tag FROM note_tags AS t JOIN notes AS n ON n.id = t.note_id WHERE {where}"
        " ORDER BY t.note_id, t.ord", args
    ):
        tags.setdefault(note_id, []).append(tag)
    return [_note(row, tags.get(row[0], ())) for row in rows]


def _select_limited(conn: sqlite3.Connection, where: str, args: Sequence, order: str,
                    source: str = "notes AS n") -> list[Note]:
    """_select for a page: the tags are read for the notes found, not for every note matching `where`."""
    rows = conn.execute(f"SELECT {_COLUMNS} FROM {source} WHERE {where} ORDER BY {order}", args).fetchall()
    tags: dict[int, list[str]] = {}
    ids = [row[0] for row in rows]
    for start in range(0, len(ids), 500):
        chunk = ids[start:start + 500]
        for note_id, tag in conn.execute(
            f"SELECT note_id, tag FROM note_tags WHERE note_id IN ({', '.join('?' for _ in chunk)})"
            " ORDER BY note_id, ord", chunk
        ):
            tags.setdefault(note_id, []).append(tag)
    return [_note(row, tags.get(row[0], ())) for row in rows]


def _load(conn: sqlite3.Connection, uuid: str) -> Note | None:
    found = _select(conn, "n.uuid = ?", (uuid,))
    return found[0] if found else None


def _put(conn: sqlite3.Connection, note: Note) -> None:
    """Insert or replace one note with its tags and its search index row."""
    quote = note.target.quote
    conn.execute(
        "INSERT INTO notes (uuid, kind, target_kind, target_id, quote_exact, quote_prefix, quote_suffix, body,"
        " colour, position, created, updated, author, imported, deleted, initial)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
        " ON CONFLICT (uuid) DO UPDATE SET kind = excluded.kind, target_kind = excluded.target_kind,"
        " target_id = excluded.target_id, quote_exact = excluded.quote_exact,"
        " quote_prefix = excluded.quote_prefix, quote_suffix = excluded.quote_suffix, body = excluded.body,"
        " colour = excluded.colour, position = excluded.position, created = excluded.created,"
        " updated = excluded.updated, author = excluded.author, imported = excluded.imported,"
        " deleted = excluded.deleted, initial = excluded.initial",
        (note.uuid, note.kind, note.target.kind, note.target.id, quote.exact if quote else None,
         quote.prefix if quote else None, quote.suffix if quote else None, note.body, note.colour,
         note.position, note.created, note.updated, note.author, int(note.imported), note.deleted,
         index.initial(note.body, quote.exact if quote else "", note.tags)),
    )
    note_id = conn.execute("SELECT id FROM notes WHERE uuid = ?", (note.uuid,)).fetchone()[0]
    conn.execute("DELETE FROM note_tags WHERE note_id = ?", (note_id,))
    conn.executemany("INSERT INTO note_tags (note_id, ord, tag, tag_key) VALUES (?, ?, ?, ?)",
                     [(note_id, i, tag, tag.casefold()) for i, tag in enumerate(note.tags)])
    index.put(conn, note_id, note.body, quote.exact if quote else "", note.tags)


def _remove(conn: sqlite3.Connection, uuid: str) -> None:
    row = conn.execute("SELECT id FROM notes WHERE uuid = ?", (uuid,)).fetchone()
    if row is not None:
        index.remove(conn, row[0])
        conn.execute("DELETE FROM note_tags WHERE note_id = ?", (row[0],))
        conn.execute("DELETE FROM notes WHERE id = ?", (row[0],))


def _changed_at(note: Note) -> str:
    """When a note last changed: edited (`updated`) or moved to the trash (`deleted`)."""
    return max(note.updated, note.deleted or "")


def _target_clause(target: Target) -> tuple[str, list[str]]:
    clause, args = "n.target_kind = ? AND n.target_id = ?", [target.kind, target.id]
    if target.quote is not None:
        clause += " AND n.quote_exact = ? AND n.quote_prefix = ? AND n.quote_suffix = ?"
        args += [target.quote.exact, target.quote.prefix, target.quote.suffix]
    return clause, args


def _connect(database: str, uri: bool = False) -> sqlite3.Connection:
    conn = sqlite3.connect(database, uri=uri, timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None,
                           check_same_thread=False)
    conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    conn.execute("PRAGMA foreign_keys = ON")
    return conn


def _check_notes_file(conn: sqlite3.Connection, path: Path) -> int:
    """The file's schema version; NotesError if it is not a notes file or is newer than this app."""
    try:
        app_id = conn.execute("PRAGMA application_id").fetchone()[0]
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        tables = conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]
    except sqlite3.DatabaseError as error:
        if _code(error) in _CANNOT_WRITE | _BUSY:
            raise
        #: {path} is the notes file; {error} is SQLite's own description of the problem, in English
        raise NotesUnreadable(translate(
            "NotesStore", "{path} is not a 44 Days notes file, or it is damaged ({error}). Move it aside and start "
            "44 Days again to begin a new notes file, or restore one of your backups.").format(path=path, error=error),
            str(error)) from None
    empty = app_id == 0 and version == 0 and tables == 0
    if app_id != migrations.APPLICATION_ID and not empty:
        #: {path} is the notes file; --data-dir is the command-line option, not translated
        raise NotesUnreadable(translate(
            "NotesStore", "{path} is not a 44 Days notes file (it is some other SQLite database). Move it aside, or "
            "choose another data folder with --data-dir.").format(path=path),
            #: what is wrong with the notes file, put in brackets inside a longer message: "(it is some other
            #: SQLite database)"
            translate("NotesStore", "it is some other SQLite database"))
    if version > migrations.CURRENT_VERSION:
        #: {path} is the notes file; {version} and {latest} are numbers of versions of the notes file's layout
        raise NotesTooNew(translate(
            "NotesStore", "{path} was saved by a newer version of 44 Days (notes schema {version}; this version "
            "reads up to {latest}). Update 44 Days to open it; the file was not changed.").format(
            path=path, version=version, latest=migrations.CURRENT_VERSION))
    try:
        wrong = migrations.shape_problem(conn, version)
    except sqlite3.DatabaseError as error:
        if _code(error) in _CANNOT_WRITE | _BUSY:
            raise
        wrong = str(error)
    if wrong:  # the right header over the wrong tables: as good as damaged
        #: {path} is the notes file; {problem} says what is missing from it, "its notes_fts table is missing"
        raise NotesUnreadable(translate("NotesStore", "{path} is not a complete 44 Days notes file ({problem}).")
                              .format(path=path, problem=wrong),
                              #: put in brackets inside a longer message; {problem} says what is missing from the
                              #: notes file ("its notes_fts table is missing"), {version} is the number of its layout
                              translate("NotesStore", "{problem} for a notes file of version {version}")
                              .format(problem=wrong, version=version))
    return version


def check_file(path: Path, full: bool = True) -> bool:
    """Read every page of the notes file at `path` once, through a read-only connection that cannot change
    it (a writable one would replay the -wal file into a damaged file on closing, and delete the -wal).
    With `full` False only its first pages are read (that it is a notes file, and its version).

    NotesUnreadable if the file is damaged or not a notes file, NotesTooNew if a newer version wrote it.
    A missing file, or one that cannot be opened read-only here, passes: opening the store will tell.
    Returns whether the file was read as asked and found sound (True for a missing file).
    """
    path = Path(path)
    if not path.exists():
        return True
    conn = _connect_read_only(path)
    if conn is None:
        return False
    try:
        _check_notes_file(conn, path)
        found = [row[0] for row in conn.execute("PRAGMA quick_check")] if full else ["ok"]
    except sqlite3.DatabaseError as error:
        if _code(error) in _DAMAGED:
            raise NotesUnreadable(_damaged(path, error), str(error)) from None
        return False
    finally:
        conn.close()
    if found != ["ok"]:
        raise NotesUnreadable(_damaged(path, found[0]), found[0])
    return True


def _damaged(path: Path, error: object) -> str:
    #: {path} is the notes file; {error} is SQLite's own description of the damage, in English
    return translate("NotesStore", "Your notes file {path} is damaged ({error}).").format(path=path, error=error)


def needs_upgrade(path: Path) -> bool:
    """Whether the notes file at `path` was written by an older version of the app, so that opening it will
    upgrade it (once; seconds for a very large file). Reads only; a missing or unreadable file says no."""
    try:
        conn = _connect_read_only(Path(path)) if Path(path).exists() else None
    except OSError:  # a folder that cannot be entered: opening the notes will say so
        return False
    if conn is None:
        return False
    with suppress(sqlite3.DatabaseError), closing(conn):
        return 0 < conn.execute("PRAGMA user_version").fetchone()[0] < migrations.CURRENT_VERSION
    return False


def _connect_read_only(path: Path) -> sqlite3.Connection | None:
    """A connection that cannot change the file (None where it cannot be opened read-only)."""
    try:
        return sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    except sqlite3.Error:
        return None


def _migrate(conn: sqlite3.Connection, begin: str) -> None:
    conn.execute(begin)
    try:
        migrations.migrate(conn)
        conn.execute("COMMIT")
    except BaseException:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise


def _snapshot(path: Path, missing_ok: bool) -> sqlite3.Connection:
    """An in-memory copy of the notes file at `path`, migrated to the current schema."""
    memory = _connect(":memory:")
    if path.exists():
        last_error: sqlite3.Error | None = None
        # Reading a WAL file needs its -shm file; in a read-only folder that cannot be created, and
        # immutable=1 reads the file as it stands.
        for options in ("mode=ro", "mode=ro&immutable=1"):
            source = None
            try:
                source = sqlite3.connect(f"{path.resolve().as_uri()}?{options}", uri=True)
                _check_notes_file(source, path)
                source.backup(memory)
                last_error = None
                break
            except sqlite3.Error as error:
                last_error = error
            except BaseException:
                memory.close()
                raise
            finally:
                if source is not None:
                    source.close()
        if last_error is not None:
            memory.close()
            if _code(last_error) in _DAMAGED:
                raise NotesUnreadable(_damaged(path, last_error), str(last_error))
            #: {path} is the notes file; {error} is SQLite's own description of the problem, in English
            raise NotesError(translate("NotesStore", "Your notes file {path} cannot be read ({error}). Check its "
                                       "permissions.").format(path=path, error=last_error))
    elif not missing_ok:
        memory.close()
        #: {path} is where the notes file was looked for
        raise NotesError(translate("NotesStore", "There is no notes file at {path}.").format(path=path))
    _check_notes_file(memory, path)
    _migrate(memory, "BEGIN")
    return memory


LIST_SCOPES = ("all", "entry", "bookmarks", "trash")
# A notes-list filter matching more notes than this walks the list in order instead of reading every match.
DENSE_MATCHES = 2_000


@dataclass(frozen=True)
class NoteListing:
    """One list of notes in a fixed order, read a page at a time after a given note (keyset paging), so
    that showing the top of a list of 100,000 notes reads a page of them, not all of them."""

    store: NotesStore
    source: str  # the FROM clause: the notes, or the full-text index joined to them
    where: str
    args: tuple
    order_column: str
    direction: str  # "ASC" or "DESC"

    def page(self, after: Note | None = None, limit: int = 200) -> list[Note]:
        """Up to `limit` notes that follow `after` (the last note of the previous page), or the first ones."""
        where, args = self.where, list(self.args)
        if after is not None:
            if self.order_column == "notes_fts.rowid":
                where += " AND notes_fts.rowid < (SELECT id FROM notes WHERE uuid = ?)"
                args.append(after.uuid)
            else:
                key = {"n.position": after.position, "n.deleted": after.deleted, "n.updated": after.updated}[
                    self.order_column]
                beyond = ">" if self.direction == "ASC" else "<"
                where += (f" AND ({self.order_column} {beyond} ? OR ({self.order_column} = ? AND n.id {beyond}"
                          " (SELECT id FROM notes WHERE uuid = ?)))")
                args += [key, key, after.uuid]
        order = (f"{self.order_column} {self.direction}" if self.order_column == "notes_fts.rowid" else
                 f"{self.order_column} {self.direction}, n.id {self.direction}") + f" LIMIT {int(limit)}"
        with self.store._reading() as conn:
            return _select_limited(conn, where, args, order, self.source)

    def holding(self, uuids: Iterable[str]) -> set[str]:
        """Which of these notes the list holds (to update a list in place after a change)."""
        uuids = list(uuids)
        if not uuids:
            return set()
        where = f"{self.where} AND n.uuid IN ({', '.join('?' for _ in uuids)})"
        with self.store._reading() as conn:
            return {row[0] for row in conn.execute(f"SELECT n.uuid FROM {self.source} WHERE {where}",
                                                   [*self.args, *uuids])}

    @property
    def newest_first(self) -> bool:
        """Whether a note just written (created, edited or moved to the trash) comes first in this list."""
        return self.direction == "DESC" and self.order_column in ("n.updated", "n.deleted")


@dataclass(frozen=True)
class _Change:
    """One undoable change: each touched note before and after (None: did not exist)."""

    description: str
    before: dict[str, Note | None]
    after: dict[str, Note | None]


class NotesStore:
    """The notes file at `path`: notes, highlights and bookmarks, their trash, undo and search."""

    # True for the empty stand-in of a file that cannot be read or must not be touched: nothing of the
    # user's notes is shown while it stands in.
    stand_in = False

    def __init__(self, path: Path, clock: Callable[[], datetime] | None = None) -> None:
        self.path = Path(path)
        self._clock = clock or (lambda: datetime.now(UTC))
        self._lock = threading.RLock()
        self._undo: list[_Change] = []
        self.read_only = False
        self.read_only_reason = ""
        self.damage_seen = False  # SQLite reported the file damaged while this store used it
        self.after_close: Callable[[], None] | None = None  # run once by close(), unless damage was seen
        try:
            self._conn = self._open_writable()
        except _CannotWrite as reason:
            self._conn = _snapshot(self.path, missing_ok=True)
            self.read_only = True
            self.read_only_reason = str(reason)

    @classmethod
    def snapshot(cls, path: Path, clock: Callable[[], datetime] | None = None) -> NotesStore:
        """A read-only, in-memory copy of the notes file at `path` (a backup, say); the file is not changed.

        Raises NotesError if there is no such file or it is not a notes file.
        """
        return cls._in_memory(path, clock, _snapshot(Path(path), missing_ok=False))

    @classmethod
    def empty(cls, path: Path, clock: Callable[[], datetime] | None = None) -> NotesStore:
        """A read-only store with no notes, standing in for the file at `path`, which is not touched."""
        memory = _connect(":memory:")
        _migrate(memory, "BEGIN")
        store = cls._in_memory(path, clock, memory)
        store.stand_in = True
        return store

    @classmethod
    def _in_memory(cls, path: Path, clock: Callable[[], datetime] | None, conn: sqlite3.Connection) -> NotesStore:
        store = cls.__new__(cls)
        store.path = Path(path)
        store._clock = clock or (lambda: datetime.now(UTC))
        store._lock = threading.RLock()
        store._undo = []
        store._conn = conn
        store.damage_seen = False
        store.after_close = None
        store.read_only = True
        #: why the notes cannot be saved, put after "Your notes cannot be saved:"; {path} is the notes file
        store.read_only_reason = translate("NotesStore", "{path} is open as a read-only copy").format(path=store.path)
        return store

    def _open_writable(self) -> sqlite3.Connection:
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            #: why the notes cannot be saved, put after "Your notes cannot be saved:"; {folder} is the notes'
            #: folder, {error} the system's own description of the problem
            raise _CannotWrite(translate("NotesStore", "the folder {folder} cannot be created ({error})")
                               .format(folder=self.path.parent, error=error.strerror)) from None
        # SQLite quietly opens a file it may not write read-only, and says so only at the first write.
        if self.path.exists() and not os.access(self.path, os.W_OK):
            #: why the notes cannot be saved, put after "Your notes cannot be saved:"; {path} is the notes file
            raise _CannotWrite(translate("NotesStore", "{path} is a read-only file").format(path=self.path))
        try:
            conn = _connect(str(self.path))
        except sqlite3.Error as error:
            #: why the notes cannot be saved, put after "Your notes cannot be saved:"; {path} is the notes file,
            #: {error} SQLite's own description of the problem, in English
            raise _CannotWrite(translate("NotesStore", "{path} cannot be opened for writing ({error})")
                               .format(path=self.path, error=error)) from None
        try:
            _check_notes_file(conn, self.path)
            conn.execute("PRAGMA journal_mode = WAL")
            # A commit is on disk before the app says so: a crash or power cut loses no saved note.
            conn.execute("PRAGMA synchronous = FULL")
            # Also proves the file can be written: BEGIN IMMEDIATE fails on a read-only file.
            _migrate(conn, "BEGIN IMMEDIATE")
        except sqlite3.Error as error:
            conn.close()
            if _code(error) in _CANNOT_WRITE:
                raise _CannotWrite(self._cannot_write(error)) from None
            raise self._error(error) from None
        except BaseException:
            conn.close()
            raise
        return conn

    def close(self) -> None:
        with self._lock:
            self._conn.close()
            then, self.after_close = self.after_close, None
        if then is not None and not self.damage_seen:
            then()

    def __enter__(self) -> NotesStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- transactions ---------------------------------------------------------------------------

    def now(self) -> str:
        """The store clock's current time as the notes record it."""
        return format_time(self._clock())

    def _read_only_error(self, detail: str = "") -> NotesReadOnly:
        reason = detail or self.read_only_reason
        #: {reason} says why, as a clause of its own ("/home/ana/notes.sqlite is a read-only file"), or
        #: sentences; --data-dir is the command-line option, not translated
        return NotesReadOnly(translate(
            "NotesStore", "Your notes cannot be saved: {reason}. Nothing was changed and your notes can still be "
            "read. Check the folder's permissions and free disk space, or start 44 Days with --data-dir pointing at "
            "a folder you can write to.").format(reason=reason))

    def _cannot_write(self, error: sqlite3.Error) -> str:
        #: why the notes cannot be saved, put after "Your notes cannot be saved:"; {path} is the notes file,
        #: {error} SQLite's own description of the problem, in English
        return translate("NotesStore", "{path} cannot be written ({error})").format(path=self.path, error=error)

    def _error(self, error: sqlite3.Error) -> NotesError:
        code = _code(error)
        if code in _CANNOT_WRITE:
            return self._read_only_error(self._cannot_write(error))
        if code in _BUSY:
            seconds = BUSY_TIMEOUT_MS // 1000
            #: {path} is the notes file
            return NotesError(translate(
                "NotesStore", "Your notes file {path} is busy: another copy of 44 Days kept it locked for more than "
                "%n second(s). Nothing was changed; try again.", None, seconds).format(path=self.path))
        if code in _DAMAGED:
            self.damage_seen = True
            #: {path} is the notes file; {error} is SQLite's own description of the damage, in English
            return NotesUnreadable(translate("NotesStore", "Your notes file {path} is damaged ({error}). Nothing was "
                                             "changed.").format(path=self.path, error=error), str(error))
        #: {path} is the notes file; {error} is SQLite's own description of the problem, in English
        return NotesError(translate("NotesStore", "Your notes file {path} could not be used ({error}). Nothing was "
                                    "changed.").format(path=self.path, error=error))

    @contextmanager
    def _writing(self) -> Iterator[sqlite3.Connection]:
        """One write transaction; any failure rolls it back whole and raises NotesError."""
        if self.read_only:
            raise self._read_only_error()
        with self._lock:
            conn = self._conn
            try:
                conn.execute("BEGIN IMMEDIATE")
            except sqlite3.Error as error:
                raise self._error(error) from None
            try:
                yield conn
                conn.execute("COMMIT")
            except BaseException as error:
                if conn.in_transaction:
                    # If even the rollback fails the transaction is gone; the original error matters.
                    with suppress(sqlite3.Error):
                        conn.execute("ROLLBACK")
                if isinstance(error, sqlite3.Error):
                    raise self._error(error) from None
                raise

    @contextmanager
    def _reading(self) -> Iterator[sqlite3.Connection]:
        """One read transaction, so several queries see the same state of the file."""
        with self._lock:
            conn = self._conn
            if conn.in_transaction:
                yield conn
                return
            try:
                conn.execute("BEGIN")
                try:
                    yield conn
                finally:
                    conn.execute("COMMIT")
            except sqlite3.Error as error:
                raise self._error(error) from None

    def _record(self, action: str, description: str, before: dict[str, Note | None], after: dict[str, Note | None],
                **details) -> NotesChange:
        """Remember the change for undo; the record of it that the write returns."""
        if before != after:
            with self._lock:
                self._undo.append(_Change(description, before, after))
                del self._undo[:-UNDO_LIMIT]
        return NotesChange(action, before, after, **details)

    def check_integrity(self) -> None:
        """Read every page of the file once (SQLite's quick_check); NotesUnreadable if any is damaged."""
        try:
            with self._lock:
                found = [row[0] for row in self._conn.execute("PRAGMA quick_check").fetchall()]
        except sqlite3.DatabaseError as error:
            self.damage_seen = True
            raise NotesUnreadable(_damaged(self.path, error), str(error)) from None
        if found != ["ok"]:
            self.damage_seen = True
            raise NotesUnreadable(_damaged(self.path, found[0]), found[0])

    def data_version(self) -> int:
        """Changes whenever another connection (another copy of the app) commits to the file."""
        with self._lock:
            return self._conn.execute("PRAGMA data_version").fetchone()[0]

    # -- notes, highlights, bookmarks ----------------------------------------------------------

    def _new(self, conn: sqlite3.Connection, kind: str, target: Target, body: str, tags: Iterable[str] | str,
             colour: str) -> Note:
        now = self.now()
        position = 0
        if kind == "bookmark":
            last = conn.execute("SELECT max(position) FROM notes WHERE kind = 'bookmark' AND deleted IS NULL")
            top = last.fetchone()[0]
            if top is not None and top >= MAX_POSITION:  # a file from an older version may have gone that far
                top = self._renumber_reading_list(conn)
            position = 0 if top is None else top + 1
        note = Note(str(uuidlib.uuid4()), kind, target, _check_body(body), clean_tags(tags), colour, now, now,
                    position=position)
        _put(conn, note)
        return note

    def _renumber_reading_list(self, conn: sqlite3.Connection) -> int | None:
        """Number the reading list 0, 1, 2 ... in its order; returns the last position (None if empty)."""
        marks = _select(conn, "n.kind = 'bookmark' AND n.deleted IS NULL", (), "n.position, n.id")
        for position, note in enumerate(marks):
            if note.position != position:
                _put(conn, replace(note, position=position))
        return len(marks) - 1 if marks else None

    def add(self, kind: str, target: Target, body: str = "", tags: Iterable[str] = (),
            colour: str = "yellow") -> NotesChange:
        """A new note; the change's `note` is it."""
        _check_note_fields(kind, colour)
        check_target(target)
        with self._writing() as conn:
            note = self._new(conn, kind, target, body, tags, colour)
        return self._record("add", _described("new", note), {note.uuid: None}, {note.uuid: note}, note=note)

    def update(self, uuid: str, *, body: str | None = None, tags: Iterable[str] | None = None,
               colour: str | None = None) -> NotesChange:
        """Change what is given of a note; the change's `note` is the note as it now is."""
        if colour is not None:
            _check_note_fields("note", colour)
        with self._writing() as conn:
            old = self._existing(conn, uuid)
            new = replace(old, body=old.body if body is None else _check_body(body),
                          tags=old.tags if tags is None else clean_tags(tags),
                          colour=old.colour if colour is None else colour)
            if new == old:
                return NotesChange("edit", note=old)
            new = replace(new, updated=self.now())
            _put(conn, new)
        return self._record("edit", _described("edit", old), {uuid: old}, {uuid: new}, note=new)

    def save_edit(self, base: Note, *, body: str, tags: Iterable[str] | str, colour: str) -> NotesChange:
        """Save an edit of `base`, the note as it was when the editor showed it; the change's `note` is the
        saved note.

        If the note has changed since (saved or trashed in another window, or in another copy of the app
        running on the same file), neither version is lost: the edit is saved, and the other version is
        kept as a note of its own on the same target (the change's `kept`, None when there was no such
        change).
        """
        _check_note_fields("note", colour)
        with self._writing() as conn:
            current = self._existing(conn, base.uuid)
            new = replace(current, body=_check_body(body), tags=clean_tags(tags), colour=colour, deleted=None)
            if new == current:
                return NotesChange("edit", note=current)
            now = self.now()
            new = replace(new, updated=now)
            _put(conn, new)
            kept = None
            fields = ("body", "tags", "colour", "deleted")
            if any(getattr(current, f) != getattr(base, f) for f in fields):
                kept = replace(current, uuid=str(uuidlib.uuid4()), kind="note" if current.kind == "bookmark" else
                               current.kind, position=0, updated=now)
                _put(conn, kept)
        after: dict[str, Note | None] = {base.uuid: new}
        before: dict[str, Note | None] = {base.uuid: current}
        if kept is not None:
            before[kept.uuid], after[kept.uuid] = None, kept
        return self._record("edit", _described("edit", current), before, after, note=new, kept=kept)

    def _existing(self, conn: sqlite3.Connection, uuid: str) -> Note:
        note = _load(conn, uuid)
        if note is None:
            raise NotesError(translate("NotesStore", "That note no longer exists; it may have been removed in "
                                       "another window."))
        return note

    def get(self, uuid: str) -> Note | None:
        with self._reading() as conn:
            return _load(conn, uuid)

    def holding(self, uuids: Iterable[str]) -> set[str]:
        """Which of these notes the store holds, in the trash or not (an import preview counts them)."""
        uuids, found = list(uuids), set()
        with self._reading() as conn:
            for start in range(0, len(uuids), 500):  # well under SQLite's limit on bound values
                chunk = uuids[start:start + 500]
                found.update(row[0] for row in conn.execute(
                    f"SELECT uuid FROM notes WHERE uuid IN ({', '.join('?' for _ in chunk)})", chunk))
        return found

    def listing(self, scope: str, *, entry_id: str | None = None, tag: str | None = None,
                text: str | None = None) -> NoteListing:
        """The notes of a list in the notes pane, to be read a page at a time (see NoteListing).

        `scope`: "all" (live notes, newest change first), "entry" (those on `entry_id` or its passages),
        "bookmarks" (the reading list, in its order) or "trash" (most recently deleted first). `tag` and
        `text` narrow it as notes() does.
        """
        if scope not in LIST_SCOPES:
            raise ValueError(f"unknown list {scope!r}; expected one of {', '.join(LIST_SCOPES)}")
        clauses, args = ["n.deleted IS NOT NULL" if scope == "trash" else "n.deleted IS NULL"], []
        if scope == "bookmarks":
            clauses.append("n.kind = 'bookmark'")
        if scope == "entry":
            clauses.append("n.target_kind IN ('entry', 'passage') AND n.target_id = ?")
            args.append(entry_id or "")
        if tag:
            clauses.append("n.id IN (SELECT note_id FROM note_tags WHERE tag_key = ?)")
            args.append(tag_key(tag))
        expression = index.match_expression(text) if text else None
        order = {"bookmarks": ("n.position", "ASC"), "trash": ("n.deleted", "DESC")}.get(scope, ("n.updated", "DESC"))
        source = "notes AS n"
        if expression:
            with self._reading() as conn:
                many = conn.execute(
                    "SELECT count(*) FROM (SELECT rowid FROM notes_fts WHERE notes_fts MATCH ? LIMIT ?)",
                    (expression, DENSE_MATCHES + 1)).fetchone()[0] > DENSE_MATCHES
            if many:
                # Too many matches to put in order on a keystroke: the newest notes first, read from the
                # index in its own order, a page at a time (as the notes search does).
                source = "notes_fts JOIN notes AS n ON n.id = notes_fts.rowid"
                clauses.append("notes_fts MATCH ?")
                order = ("notes_fts.rowid", "DESC")
            else:
                clauses.append("n.id IN (SELECT rowid FROM notes_fts WHERE notes_fts MATCH ?)")
            args.append(expression)
        return NoteListing(self, source, " AND ".join(clauses), tuple(args), *order)

    def passages(self, entry_id: str) -> list[Note]:
        """The live notes and highlights on passages of the entry (what the reader marks in its text); the
        notes on the entry as a whole are not read, however many there are."""
        with self._reading() as conn:
            return _select_limited(conn, "n.target_kind = 'passage' AND n.target_id = ? AND n.deleted IS NULL",
                                   (entry_id,), "n.id")

    def notes(self, *, kind: str | None = None, tag: str | None = None, text: str | None = None,
              entry_id: str | None = None, target: Target | None = None,
              include_deleted: bool = False) -> list[Note]:
        """Matching notes, most recently updated first (bookmarks: in reading-list order).

        `entry_id`: notes on that entry or on a passage of it. `text`: the same full-text rules as
        search(); text without any word in it filters nothing.
        """
        clauses, args = ["1"], []
        if not include_deleted:
            clauses.append("n.deleted IS NULL")
        if kind is not None:
            clauses.append("n.kind = ?")
            args.append(kind)
        if tag is not None:
            clauses.append("n.id IN (SELECT note_id FROM note_tags WHERE tag_key = ?)")
            args.append(tag_key(tag))
        if entry_id is not None:
            clauses.append("n.target_kind IN ('entry', 'passage') AND n.target_id = ?")
            args.append(entry_id)
        if target is not None:
            clause, target_args = _target_clause(target)
            clauses.append(clause)
            args += target_args
        expression = index.match_expression(text) if text else None
        if expression:
            clauses.append("n.id IN (SELECT rowid FROM notes_fts WHERE notes_fts MATCH ?)")
            args.append(expression)
        order = "n.position, n.id" if kind == "bookmark" else "n.updated DESC, n.id DESC"
        with self._reading() as conn:
            return _select(conn, " AND ".join(clauses), args, order)

    def tags(self) -> list[tuple[str, int]]:
        """Each tag of the live notes with how many notes carry it, by name (ignoring case)."""
        with self._reading() as conn:
            # Spelled as on the oldest note that has it (SQLite takes the bare column from the min() row).
            rows = conn.execute(
                "SELECT t.tag, min(t.note_id), count(DISTINCT t.note_id) FROM note_tags AS t JOIN notes AS n"
                " ON n.id = t.note_id WHERE n.deleted IS NULL GROUP BY t.tag_key"
            ).fetchall()
        return sorted(((tag, count) for tag, _, count in rows), key=lambda row: (row[0].casefold(), row[0]))

    def bookmarks(self) -> list[Note]:
        return self.notes(kind="bookmark")

    def is_bookmarked(self, target: Target) -> bool:
        return bool(self.notes(kind="bookmark", target=target))

    def toggle_bookmark(self, target: Target) -> NotesChange:
        """Put `target` on the reading list (at the end; the change's `note` is the bookmark), or take it off
        (to the trash)."""
        check_target(target)
        with self._writing() as conn:
            clause, args = _target_clause(target)
            marked = _select(conn, f"n.kind = 'bookmark' AND n.deleted IS NULL AND {clause}", args)
            if marked:
                now = self.now()
                before = {note.uuid: note for note in marked}
                after = {note.uuid: replace(note, deleted=now) for note in marked}
                for note in after.values():
                    _put(conn, note)
                new = None
            else:
                new = self._new(conn, "bookmark", target, "", (), "yellow")
        if new is None:
            return self._record("unbookmark", _described("unbookmark", marked[0]), before, after)
        return self._record("bookmark", _described("new", new), {new.uuid: None}, {new.uuid: new}, note=new)

    def move_bookmark(self, uuid: str, new_position: int) -> NotesChange:
        """Move a bookmark to index `new_position` of the reading list (0 is the top)."""
        with self._writing() as conn:
            marks = _select(conn, "n.kind = 'bookmark' AND n.deleted IS NULL", (), "n.position, n.id")
            at = next((i for i, note in enumerate(marks) if note.uuid == uuid), None)
            if at is None:
                raise NotesError(translate("NotesStore", "That bookmark is no longer on the reading list."))
            marks.insert(max(0, min(new_position, len(marks) - 1)), marks.pop(at))
            before, after = {}, {}
            for position, note in enumerate(marks):
                if note.position != position:
                    before[note.uuid] = note
                    after[note.uuid] = replace(note, position=position)
                    _put(conn, after[note.uuid])
        #: what an undo message calls moving a bookmark up or down the reading list
        return self._record("reorder", translate("NotesStore", "reordering of the reading list"), before, after)

    # -- trash and undo ------------------------------------------------------------------------

    def delete(self, uuid: str) -> NotesChange:
        """Move a note to the trash (restore() brings it back)."""
        with self._writing() as conn:
            old = self._existing(conn, uuid)
            if old.deleted is not None:
                return NotesChange("delete", note=old)
            new = replace(old, deleted=self.now())
            _put(conn, new)
        return self._record("delete", _described("delete", old), {uuid: old}, {uuid: new}, note=new)

    def restore(self, uuid: str) -> NotesChange:
        """Bring a note back from the trash; the change's `note` is it."""
        with self._writing() as conn:
            old = self._existing(conn, uuid)
            if old.deleted is None:
                return NotesChange("restore", note=old)
            new = replace(old, deleted=None)
            _put(conn, new)
        return self._record("restore", _described("restore", old), {uuid: old}, {uuid: new}, note=new)

    def trash(self) -> list[Note]:
        """Notes in the trash, most recently deleted first."""
        with self._reading() as conn:
            return _select(conn, "n.deleted IS NOT NULL", (), "n.deleted DESC, n.id DESC")

    def empty_trash(self) -> NotesChange:
        """Remove the notes in the trash for good (undo still brings them back)."""
        with self._writing() as conn:
            gone = _select(conn, "n.deleted IS NOT NULL", ())
            for note in gone:
                _remove(conn, note.uuid)
        count = len(gone)
        #: what an undo message calls emptying the trash
        emptied = translate("NotesStore", "emptying of the trash (%n notes)", None, count)
        return self._record("empty-trash", emptied, {n.uuid: n for n in gone},
                            dict.fromkeys((n.uuid for n in gone), None))

    def can_undo(self) -> bool:
        return bool(self._undo)

    def undo(self) -> NotesChange:
        """Revert the last change made through this store object; the change's `message` says what was
        undone ("" when there was nothing to undo).

        A change that another window (or copy of the app) has since altered is not undone.
        """
        if not self._undo:
            return NotesChange("undo")
        change = self._undo.pop()
        try:
            with self._writing() as conn:
                if any(_load(conn, uuid) != note for uuid, note in change.after.items()):
                    #: {change} is what was done, a phrase of its own such as "new note 'Shusha fell…'" or
                    #: "emptying of the trash (3 notes)"
                    message = translate("NotesStore", "Could not undo the {change}: it was changed in another "
                                        "window since.").format(change=change.description)
                    return NotesChange("undo", message=message)
                for uuid, note in change.before.items():
                    if note is None:
                        _remove(conn, uuid)
                    else:
                        _put(conn, note)
        except NotesError:
            self._undo.append(change)  # nothing was written; the user can try again
            raise
        #: {change} is what was undone, a phrase of its own such as "new note 'Shusha fell…'" or "emptying of the
        #: trash (3 notes)"
        message = translate("NotesStore", "Undid: {change}").format(change=change.description)
        return NotesChange("undo", dict(change.after), dict(change.before), message=message)

    # -- search --------------------------------------------------------------------------------

    def search(self, text: str, limit: int = 50) -> list[NoteHit]:
        """The live notes matching `text` (body, passage, tags), best first, with marked snippets.

        A single letter, like a single letter in the content search, lists the notes whose text starts
        with it (body, else quoted passage, else tags), most recently changed first: almost every note
        has some word starting with any letter, and the notes that begin with it are what the letter
        picks out. If they are fewer than `limit`, the notes where it stands as a word of its own ("t 72",
        Armenian "և") follow, newest first. notes(text=...), the filter of the notes list, still keeps
        every note with a word starting with the letter.
        """
        expression = index.match_expression(text)
        pattern = index.word_pattern(text)
        if expression is None or pattern is None or limit <= 0:
            return []
        terms = query_terms(text)
        with self._reading() as conn:
            if len(terms) == 1 and len(terms[0]) == 1:
                uuids = [row[0] for row in conn.execute(
                    "SELECT uuid FROM notes INDEXED BY notes_by_initial WHERE initial = ? AND deleted IS NULL"
                    " ORDER BY updated DESC, id DESC LIMIT ?", (terms[0], limit))]
                if len(uuids) < limit:  # all of those are listed: the others have another initial
                    uuids += [row[0] for row in conn.execute(
                        "SELECT n.uuid FROM notes_fts JOIN notes AS n ON n.id = notes_fts.rowid"
                        " WHERE notes_fts MATCH ? AND n.deleted IS NULL AND n.initial <> ?"
                        " ORDER BY notes_fts.rowid DESC LIMIT ?",
                        (f'"{terms[0]}"', terms[0], limit - len(uuids)))]
            else:
                many = conn.execute(
                    "SELECT count(*) FROM (SELECT rowid FROM notes_fts WHERE notes_fts MATCH ? LIMIT ?)",
                    (expression, RANK_AT_MOST + 1)).fetchone()[0] > RANK_AT_MOST
                # Too many to rank on a keystroke: the newest matching notes come first instead.
                order = "notes_fts.rowid DESC" if many else "bm25(notes_fts, 4.0, 2.0, 1.0), n.updated DESC, n.id DESC"
                uuids = [row[0] for row in conn.execute(
                    "SELECT n.uuid FROM notes_fts JOIN notes AS n ON n.id = notes_fts.rowid"
                    f" WHERE notes_fts MATCH ? AND n.deleted IS NULL ORDER BY {order} LIMIT ?",
                    (expression, limit),
                )]
            found = {note.uuid: note for note in _select(
                conn, f"n.uuid IN ({', '.join('?' for _ in uuids)})", uuids)} if uuids else {}
        hits = []
        for uuid in uuids:
            note = found[uuid]
            quote = note.target.quote.exact if note.target.quote else ""
            fields = [field for field in (note.body, quote, ", ".join(note.tags)) if field]
            for field in fields:
                excerpt, marks = index.snippet(field, pattern)
                if marks:
                    break
            else:
                excerpt, marks = index.snippet(fields[0], pattern) if fields else ("", ())
            hits.append(NoteHit(note, excerpt, marks))
        return hits

    # -- whole-store operations (import, restore, backup) --------------------------------------

    def merge(self, notes: Iterable[Note], description: str = "import",
              progress: Callable[[int, int], None] | None = None) -> NotesChange:
        """Merge notes by uuid in one transaction; the change's `counts` are (added, updated, unchanged).
        `description` says what the undo message calls it: "import" or "teacher pack import".

        A new note is added (a new bookmark goes to the end of the reading list, or is skipped when its
        target is already on it); a known one is replaced only if it was changed later (edited, or
        moved to the trash) than the copy here. The local reading-list position is kept. Merging the
        same notes twice changes nothing. `progress(done, total)` is told how far it has got; an exception
        raised by it rolls the whole merge back.
        """
        notes = list(notes)
        for note in notes:
            _check_note_fields(note.kind, note.colour)
            check_target(note.target)
        added = updated = unchanged = 0
        before: dict[str, Note | None] = {}
        after: dict[str, Note | None] = {}
        with self._writing() as conn:
            current = {note.uuid: note for note in _select(conn, "1", ())}
            live_marks = [n for n in current.values() if n.kind == "bookmark" and n.deleted is None]
            marked = {n.target for n in live_marks}
            incoming = [n.position for n in notes if n.kind == "bookmark" and n.uuid not in current]
            offset = 0
            if live_marks and incoming:
                offset = max(n.position for n in live_marks) + 1 - min(incoming)
            for done, note in enumerate(notes):
                if progress is not None and done % 500 == 0:
                    progress(done, len(notes))  # may raise to stop: the transaction is rolled back whole
                old = current.get(note.uuid)
                if old is None:
                    if note.kind == "bookmark":
                        if note.deleted is None and note.target in marked:
                            unchanged += 1
                            continue
                        note = replace(note, position=note.position + offset)
                        if note.deleted is None:
                            marked.add(note.target)
                    _put(conn, note)
                    before[note.uuid], after[note.uuid] = None, note
                    current[note.uuid] = note
                    added += 1
                    continue
                note = replace(note, position=old.position)
                if note == old or _changed_at(note) <= _changed_at(old):
                    unchanged += 1
                    continue
                _put(conn, note)
                before.setdefault(note.uuid, old)
                after[note.uuid] = current[note.uuid] = note
                updated += 1
        count = added + updated
        if description == "teacher pack import":
            #: what an undo message calls importing a teacher pack (a reading list with notes, from a teacher)
            described = translate("NotesStore", "teacher pack import of %n notes", None, count)
        else:
            #: what an undo message calls importing a notes file
            described = translate("NotesStore", "import of %n notes", None, count)
        return self._record("import", described, before, after, counts=(added, updated, unchanged))

    def replace_all(self, notes: Iterable[Note], description: str | None = None) -> NotesChange:
        """Make the store hold exactly `notes` (trash included), in one transaction; undoable. `description` is
        what the undo message calls it (default: a restore from a backup)."""
        if description is None:
            #: what an undo message calls replacing the notes with a backup's
            description = translate("NotesStore", "restore from a backup")
        notes = list(notes)
        with self._writing() as conn:
            current = _select(conn, "1", ())
            before: dict[str, Note | None] = {n.uuid: n for n in current}
            after: dict[str, Note | None] = dict.fromkeys(before, None)
            after.update({n.uuid: n for n in notes})
            for note in current:
                if after[note.uuid] is None:
                    _remove(conn, note.uuid)
            for note in notes:
                before.setdefault(note.uuid, None)
                if before[note.uuid] != note:
                    _put(conn, note)
        return self._record("replace", description, before, after, whole=True)

    def backup_to(self, destination: Path) -> Path:
        """Write a consistent copy of the whole notes file to `destination` (SQLite's backup API).

        The copy appears whole or not at all (written beside it, then renamed). OSError if it cannot
        be written.
        """
        destination = Path(destination)
        destination.parent.mkdir(parents=True, exist_ok=True)
        partial = destination.with_name(f".{destination.name}.partial")
        partial.unlink(missing_ok=True)
        try:
            with self._lock:
                out = sqlite3.connect(partial)
                try:
                    self._conn.backup(out)
                    # A backup is one self-contained file, not a WAL database needing its -shm.
                    out.execute("PRAGMA journal_mode = DELETE")
                finally:
                    out.close()
            os.replace(partial, destination)
        except sqlite3.Error as error:
            partial.unlink(missing_ok=True)
            #: {path} is the backup file; {error} is SQLite's own description of the problem, in English
            raise OSError(translate("NotesStore", "The backup {path} could not be written ({error}).")
                          .format(path=destination, error=error)) from None
        except BaseException:
            partial.unlink(missing_ok=True)
            raise
        return destination
