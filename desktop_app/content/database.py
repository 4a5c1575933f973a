"""Read-only access to the bundled content database (no Qt).

Over 400 lines because it holds one short query per thing the app reads (entry, event, place, figure,
control record, counts, pages), all on one connection; search itself is in content/search.py.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from functools import cached_property
from pathlib import Path

from desktop_app.content import search as _search
from desktop_app.content.models import (
    ControlRecord,
    Entry,
    EntrySummary,
    Event,
    Figure,
    Place,
    PlaceName,
    SearchResult,
    Snippet,
    Source,
)
from desktop_app.content.schema import SCHEMA_VERSION
from desktop_app.i18n import translate

_CHUNK = 500  # ids or numbers per IN (...) query
_NAME_ORDER = ("CASE usage WHEN 'english' THEN 0 WHEN 'armenian' THEN 1 WHEN 'azerbaijani' THEN 2 "
               "WHEN 'russian' THEN 3 ELSE 4 END")  # a place's names, English first


@dataclass(frozen=True)
class FigureKind:
    """A kind of figure, for the figure queries that count and rank: the figures whose category, group and
    claimant are each one of those listed (None: any), and whose claimant is none of `not_claimants`.

    One declaration read two ways: `matches` tests a figure in Python, `condition` is the same test in SQL,
    so a chart's kinds (e.g. `desktop_app.views.chart.VIEW_KINDS`) choose the same figures either way."""

    categories: tuple[str, ...] | None = None
    groups: tuple[str, ...] | None = None
    claimants: tuple[str, ...] | None = None
    not_claimants: tuple[str, ...] = ()

    def _lists(self) -> tuple[tuple[str, str, tuple[str, ...] | None], ...]:
        """(SQL column, Figure attribute, the values allowed) of each list."""
        return (("f.category", "category", self.categories), ("f.grp", "group", self.groups),
                ("f.claimant_id", "claimant_id", self.claimants))

    def matches(self, figure: Figure) -> bool:
        """Whether the figure is of this kind: `condition` in Python (a missing group is in no list)."""
        for _column, attribute, values in self._lists():
            value = getattr(figure, attribute)
            if values is not None and (value is None or value not in values):
                return False
        return figure.claimant_id not in self.not_claimants

    def condition(self) -> tuple[str, list[str]]:
        """The SQL condition on `figures f` (true or false, never NULL) and its arguments."""
        parts, args = ["1"], []
        for column, _attribute, values in self._lists():
            if values is not None:
                parts.append(f"({column} IS NOT NULL AND {column} IN ({', '.join('?' for _ in values)}))")
                args += values
        if self.not_claimants:
            parts.append(f"f.claimant_id NOT IN ({', '.join('?' for _ in self.not_claimants)})")
            args += self.not_claimants
        return " AND ".join(parts), args


def kind_of(figure: Figure, kinds: Mapping[str, FigureKind]) -> str | None:
    """The name of the first of `kinds` the figure is of (None for none): `_kind_case` in Python."""
    return next((name for name, kind in kinds.items() if kind.matches(figure)), None)


def _kind_case(kinds: Sequence[FigureKind]) -> tuple[str, list[str]]:
    """SQL giving the position in `kinds` of the first kind a figure is of (-1 for none)."""
    whens, args = [], []
    for i, kind in enumerate(kinds):
        condition, more = kind.condition()
        whens.append(f"WHEN {condition} THEN {i}")
        args += more
    return (f"CASE {' '.join(whens)} ELSE -1 END" if whens else "-1"), args


class ContentError(Exception):
    """The content database cannot be used; the message says which file and what to do."""


def _connect_read_only(path: Path) -> sqlite3.Connection:
    if not path.is_file():
        raise ContentError(
            #: {path} is the content database's file; {command} is a command typed in a terminal, kept as is
            translate("ContentDatabase", "The content database {path} is missing. Reinstall 44 Days, or rebuild it "
                                         "from a source checkout with: {command}").format(
                path=path, command="python -m desktop_app.builder")
        )
    uri = f"{path.resolve().as_uri()}?mode=ro&immutable=1"
    try:
        conn = sqlite3.connect(uri, uri=True, check_same_thread=False)
        conn.row_factory = sqlite3.Row
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlite3.DatabaseError as error:
        raise ContentError(
            #: {path} is the content database's file, {error} the system's own description of the damage
            translate("ContentDatabase", "The content database {path} is damaged or not a database ({error}). "
                                         "Reinstall 44 Days to restore it.").format(path=path, error=error)
        ) from None
    return conn


class ContentDatabase:
    """Queries over `database.sqlite`, opened read-only."""

    def __init__(self, path: Path, cache_kib: int | None = None) -> None:
        """`cache_kib`: the most memory SQLite keeps of the file's pages for this connection (its default,
        2,000 KiB, when None); a connection used only for background reads needs less."""
        self.path = Path(path)
        self._conn = _connect_read_only(self.path)
        if cache_kib is not None:
            self._conn.execute(f"PRAGMA cache_size = {-int(cache_kib)}")
        try:
            meta = dict(self._conn.execute("SELECT key, value FROM meta").fetchall())
        except sqlite3.DatabaseError as error:
            self._conn.close()
            raise ContentError(
                #: {path} is the content database's file, {error} the system's own description of the damage
                translate("ContentDatabase", "The content database {path} is damaged or incomplete ({error}). "
                                             "Reinstall 44 Days to restore it.").format(path=self.path, error=error)
            ) from None
        version = int(meta.get("schema_version", "0") or 0)
        if version != SCHEMA_VERSION:
            self._conn.close()
            #: {path} is the content database's file; {version} and {expected} are the numbers of two versions
            #: of its layout: the one the file has and the one this version of the app reads
            problem = translate("ContentDatabase", "The content database {path} has schema version {version}, "
                                                   "but this version of 44 Days reads version {expected}.").format(
                path=self.path, version=version, expected=SCHEMA_VERSION)
            if version > SCHEMA_VERSION:  # made for a newer 44 Days
                remedy = translate("ContentDatabase", "Update 44 Days to read it.")
            else:
                remedy = translate("ContentDatabase", "Reinstall 44 Days to get matching content.")
            raise ContentError(f"{problem} {remedy}")
        self.meta: dict[str, str] = meta
        # The words of every name, read for the first search that has to tell a typing mistake from a name.
        self._name_words = _search.NameVocabulary(self._conn)

    def close(self) -> None:
        self._conn.close()

    def __enter__(self) -> ContentDatabase:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @property
    def content_version(self) -> str:
        return self.meta.get("content_version", "")

    # -- sources ------------------------------------------------------------------------------
    @staticmethod
    def _source(row: sqlite3.Row) -> Source:
        return Source(row["id"], row["name"], row["kind"], row["side"], row["description"], row["entry_id"])

    def source(self, source_id: str) -> Source | None:
        row = self._conn.execute("SELECT * FROM sources WHERE id = ?", [source_id]).fetchone()
        return self._source(row) if row else None

    def sources(self) -> list[Source]:
        return [self._source(r) for r in self._conn.execute("SELECT * FROM sources ORDER BY name")]

    # -- entries ------------------------------------------------------------------------------
    def entry(self, entry_id: str) -> Entry | None:
        row = self._conn.execute("SELECT * FROM entries WHERE id = ?", [entry_id]).fetchone()
        if row is None:
            return None
        aliases = tuple(
            r[0] for r in self._conn.execute("SELECT alias FROM entry_aliases WHERE entry_id = ? ORDER BY alias",
                                             [entry_id])
        )
        sources = tuple(
            self._source(r)
            for r in self._conn.execute(
                "SELECT s.* FROM entry_sources es JOIN sources s ON s.id = es.source_id"
                " WHERE es.entry_id = ? ORDER BY es.position",
                [entry_id],
            )
        )
        places = tuple(
            r[0] for r in self._conn.execute(
                "SELECT place_id FROM entry_places WHERE entry_id = ? ORDER BY place_id", [entry_id]
            )
        )
        return Entry(
            id=row["id"], title=row["title"], kind=row["kind"], summary=row["summary"], body=row["body"],
            sensitive=bool(row["sensitive"]), date=row["date"], end_date=row["end_date"], aliases=aliases,
            sources=sources, place_ids=places,
        )

    def entries(self, kind: str | None = None) -> list[EntrySummary]:
        sql = "SELECT id, title, kind, summary FROM entries"
        args: list[str] = []
        if kind is not None:
            sql += " WHERE kind = ?"
            args.append(kind)
        sql += " ORDER BY sort_key"
        return [EntrySummary(*r) for r in self._conn.execute(sql, args)]

    def entry_counts(self) -> dict[str, int]:
        """How many entries there are of each kind (kinds without entries are left out)."""
        return dict(self._conn.execute("SELECT kind, count(*) FROM entries GROUP BY kind").fetchall())

    def entries_page(self, kind: str, offset: int, limit: int) -> list[EntrySummary]:
        """Entries of one kind in the order of `entries(kind)`, at most `limit` from the `offset`-th on:
        a long list read a page at a time."""
        return self._summaries(
            "SELECT id, title, kind, summary FROM entries WHERE kind = ? ORDER BY sort_key, rowid LIMIT ? OFFSET ?",
            [kind, max(0, limit), max(0, offset)],
        )

    def _summaries(self, sql: str, args: list[str]) -> list[EntrySummary]:
        return [EntrySummary(*r) for r in self._conn.execute(sql, args)]

    def links_from(self, entry_id: str, kind: str | None = None) -> list[EntrySummary]:
        """Entries this entry links to: in its text (kind "body"), as related ("related"), or both."""
        kinds = ("body", "related") if kind is None else (kind,)
        return self._summaries(
            "SELECT DISTINCT e.id, e.title, e.kind, e.summary FROM entry_links l JOIN entries e ON e.id = l.to_id"
            f" WHERE l.from_id = ? AND l.kind IN ({', '.join('?' for _ in kinds)}) ORDER BY e.sort_key",
            [entry_id, *kinds],
        )

    def backlinks(self, entry_id: str) -> list[EntrySummary]:
        """Entries that link to this entry."""
        return self._summaries(
            "SELECT DISTINCT e.id, e.title, e.kind, e.summary FROM entry_links l"
            " JOIN entries e ON e.id = l.from_id WHERE l.to_id = ? ORDER BY e.sort_key",
            [entry_id],
        )

    def entry_markdown(self, entry: Entry) -> str:
        """The entry as one Markdown document, ending with its sources and the article credit."""
        lines = [entry.body.rstrip(), "", "## " + translate("ContentDatabase", "Sources"), ""]
        for source in entry.sources:
            name = f"[{source.name}](entry:{source.entry_id})" if source.entry_id else source.name
            lines.append(f"- {name}")
        lines += ["", f"*{self.meta.get('article_credit', '')}*"]
        return "\n".join(lines)

    # -- events -------------------------------------------------------------------------------
    @staticmethod
    def _event(row: sqlite3.Row) -> Event:
        return Event(
            row["id"], row["date"], row["date_precision"], row["end_date"], row["first_day"], row["last_day"],
            row["lane"], row["title"], row["summary"], row["place_id"], row["entry_id"], row["source_id"],
        )

    def events_between(
        self, start: date | str, end: date | str, lanes: Iterable[str] | None = None
    ) -> list[Event]:
        """Events that overlap the days from `start` to `end` inclusive, in date order."""
        sql = "SELECT * FROM events WHERE first_day <= ? AND last_day >= ?"
        args = [str(end), str(start)]
        if lanes is not None:
            lanes = list(lanes)
            sql += f" AND lane IN ({', '.join('?' for _ in lanes)})"
            args += lanes
        sql += " ORDER BY first_day, id"
        return [self._event(r) for r in self._conn.execute(sql, args)]

    def events_for_entry(self, entry_id: str) -> list[Event]:
        """The events an entry tells and, when the entry is about a place, the events at that place."""
        rows = self._conn.execute(
            "SELECT * FROM events WHERE entry_id = ? OR ("
            "  place_id IN (SELECT id FROM places WHERE entry_id = ?)"
            "  AND (SELECT kind FROM entries WHERE id = ?) = 'place'"
            ") ORDER BY first_day, id",
            [entry_id, entry_id, entry_id],
        )
        return [self._event(r) for r in rows]

    def event(self, event_id: str) -> Event | None:
        row = self._conn.execute("SELECT * FROM events WHERE id = ?", [event_id]).fetchone()
        return self._event(row) if row else None

    def event_span(self) -> tuple[str, str]:
        """First and last day covered by any event."""
        row = self._conn.execute("SELECT min(first_day), max(last_day) FROM events").fetchone()
        return row[0], row[1]

    # Far more events than bundled are held by the timeline as numbers, not as Event objects: each event
    # has a number (stable for this database), its days and lane; the text is read for the few in use.
    def event_lanes(self) -> list[str]:
        """Every lane that has events, by name."""
        return [r[0] for r in self._conn.execute("SELECT DISTINCT lane FROM events ORDER BY lane")]

    def event_days(self, lanes: Sequence[str]) -> Iterator[tuple[int, int, int, int, int, int]]:
        """Every event as (number, lane, first day, last day, day-precise, period), one tuple at a time (read
        as they are used), by first day, last day and id. `lane` is the position of the event's lane in
        `lanes` (-1 if not there), days count from 1970-01-01; "day-precise" is 1 when the date is known to
        the day, "period" 1 for an event with an end date (else 0)."""
        lanes = list(lanes)
        which = " ".join(f"WHEN ? THEN {i}" for i in range(len(lanes)))
        rows = self._conn.cursor()
        rows.row_factory = None  # plain tuples: a quarter of a million of them at 1000 times the content
        rows.execute(
            f"SELECT rowid, {f'CASE lane {which} ELSE -1 END' if lanes else '-1'},"
            " CAST(julianday(first_day) - 2440587.5 AS INTEGER), CAST(julianday(last_day) - 2440587.5 AS INTEGER),"
            " date_precision = 'day', end_date IS NOT NULL FROM events ORDER BY first_day, last_day, id",
            lanes,
        )
        return iter(rows)

    def _rows_in(self, query: str, values: Iterable) -> Iterator[sqlite3.Row]:
        """The rows of `query`, whose `{marks}` is the list of an IN (...), for all of `values` (each once),
        a chunk at a time: SQLite limits the parameters of one statement."""
        values = list(dict.fromkeys(values))
        for start in range(0, len(values), _CHUNK):
            chunk = values[start:start + _CHUNK]
            yield from self._conn.execute(query.format(marks=", ".join("?" * len(chunk))), chunk)

    def event_numbers(self, event_ids: Iterable[str]) -> dict[str, int]:
        """The number (as in `event_days`) of each of these events that exists."""
        return {r[0]: r[1] for r in self._rows_in("SELECT id, rowid FROM events WHERE id IN ({marks})", event_ids)}

    def events_numbered(self, numbers: Iterable[int]) -> list[Event]:
        """The events with these numbers (as in `event_days`), in the order given."""
        wanted = [int(n) for n in numbers]
        rows = {r["rowid"]: self._event(r)
                for r in self._rows_in("SELECT rowid, * FROM events WHERE rowid IN ({marks})", wanted)}
        return [rows[n] for n in wanted if n in rows]

    # -- places -------------------------------------------------------------------------------
    def _names(self, place_id: str | None = None) -> dict[str, list[PlaceName]]:
        """Every place's names (or one place's), in the order of usage."""
        names: dict[str, list[PlaceName]] = {}
        where = "" if place_id is None else " WHERE place_id = ?"
        query = f"SELECT place_id, name, usage FROM place_names{where} ORDER BY place_id, {_NAME_ORDER}, name"
        for row in self._conn.execute(query, [] if place_id is None else [place_id]):
            names.setdefault(row[0], []).append(PlaceName(row[1], row[2]))
        return names

    @staticmethod
    def _place(row: sqlite3.Row, names: list[PlaceName]) -> Place:
        return Place(
            row["id"], row["name"], row["type"], row["lat"], row["lon"], row["precision"], row["country"],
            row["district_id"], row["entry_id"], tuple(names),
        )

    def places(self, types: Iterable[str] | None = None) -> list[Place]:
        names = self._names()
        sql, args = "SELECT * FROM places", []
        if types is not None:
            types = list(types)
            sql += f" WHERE type IN ({', '.join('?' for _ in types)})"
            args = types
        return [self._place(r, names.get(r["id"], [])) for r in self._conn.execute(sql + " ORDER BY name", args)]

    def place_type_counts(self, box: tuple[float, float, float, float]) -> dict[str, int]:
        """How many places of each type lie inside `box` (lon0, lat0, lon1, lat1)."""
        rows = self._conn.execute(
            "SELECT type, count(*) FROM places WHERE lon BETWEEN ? AND ? AND lat BETWEEN ? AND ? GROUP BY type",
            [box[0], box[2], box[1], box[3]],
        )
        return {r[0]: r[1] for r in rows}

    def places_in_box(
        self, box: tuple[float, float, float, float], importance: dict[str, float], limit: int
    ) -> list[Place]:
        """Places inside `box` (lon0, lat0, lon1, lat1) of the types in `importance`, with their names: of each
        level of importance (the types with the same value), up to `limit`, the most important level first.
        Within a level the order is a fixed shuffle (a hash of the row), so a limited answer is spread over the
        box, and a smaller box inside it keeps the places the larger one gave. Uses only the places table's
        columns, so it works on every database of this schema version."""
        levels: dict[float, list[str]] = {}
        for kind, level in sorted(importance.items(), key=lambda kv: (kv[1], kv[0])):
            levels.setdefault(level, []).append(kind)
        if not levels or limit <= 0:
            return []
        parts, args = [], []
        for kinds in levels.values():
            parts.append(
                "SELECT * FROM (SELECT * FROM places WHERE lon BETWEEN ? AND ? AND lat BETWEEN ? AND ?"
                f" AND type IN ({', '.join('?' for _ in kinds)})"
                " ORDER BY (rowid * 2654435761) % 4294967291, id LIMIT ?)"
            )
            args += [box[0], box[2], box[1], box[3], *kinds, limit]
        rows = self._conn.execute(" UNION ALL ".join(parts), args).fetchall()
        names = self._names_of([r["id"] for r in rows])
        return [self._place(r, names.get(r["id"], [])) for r in rows]

    def _names_of(self, place_ids: list[str]) -> dict[str, list[PlaceName]]:
        """The names of these places, in the order of usage (as _names)."""
        names: dict[str, list[PlaceName]] = {}
        query = ("SELECT place_id, name, usage FROM place_names WHERE place_id IN ({marks})"
                 f" ORDER BY place_id, {_NAME_ORDER}, name")
        for row in self._rows_in(query, place_ids):
            names.setdefault(row[0], []).append(PlaceName(row[1], row[2]))
        return names

    def place(self, place_id: str) -> Place | None:
        row = self._conn.execute("SELECT * FROM places WHERE id = ?", [place_id]).fetchone()
        if row is None:
            return None
        return self._place(row, self._names(place_id).get(place_id, []))

    def find_place(self, name: str) -> Place | None:
        """A place by any of its names (case and diacritics as stored)."""
        row = self._conn.execute(
            "SELECT place_id FROM place_names WHERE name = ? COLLATE NOCASE LIMIT 1", [name]
        ).fetchone()
        return self.place(row[0]) if row else None

    # -- figures ------------------------------------------------------------------------------
    def figure(self, figure_id: str) -> Figure | None:
        return next((f for f in self._figures("f.id = ?", [figure_id])), None)

    def figures(
        self,
        side: str | None = None,
        category: str | None = None,
        claimant: str | None = None,
        group: str | None = None,
        entry_id: str | None = None,
    ) -> list[Figure]:
        conditions, args = [], []
        for column, value in (("f.side", side), ("f.category", category), ("f.claimant_id", claimant),
                              ("f.grp", group), ("f.entry_id", entry_id)):
            if value is not None:
                conditions.append(f"{column} = ?")
                args.append(value)
        return self._figures(" AND ".join(conditions), args)

    def _figures(self, condition: str, args: list) -> list[Figure]:
        where = f" WHERE {condition}" if condition else ""
        rows = self._conn.execute(
            "SELECT f.*, s.name AS claimant_name FROM figures f JOIN sources s ON s.id = f.claimant_id"
            f"{where} ORDER BY f.category, f.side, f.claimant_id, f.as_of, f.id",
            args,
        )
        return [self._figure(r) for r in rows]

    @staticmethod
    def _figure(r: sqlite3.Row) -> Figure:
        return Figure(
            r["id"], r["label"], r["side"], r["grp"], r["category"], r["item"], r["status"], r["value"],
            r["low"], r["high"], r["qualifier"], r["claimant_id"], r["claimant_name"], r["as_of"],
            r["scope"], r["entry_id"], r["place_id"], r["note"],
        )

    # With far more figures than bundled, a chart asks for the few it draws and for counts, not for all of
    # them. A figure is of the first of the `kinds` given that it matches (so a kind listed after others
    # takes only what they leave, and FigureKind() takes the rest).
    def figure_counts(self, kinds: Mapping[str, FigureKind]) -> dict[tuple[str | None, str | None, str], int]:
        """How many figures there are of each kind (its name in `kinds`; None for figures of none), period
        (scope) and claimant: {(kind, scope, claimant_id): count}, read in one pass."""
        names = list(kinds)
        case, args = _kind_case(list(kinds.values()))
        cursor = self._conn.cursor()
        cursor.row_factory = None
        rows = cursor.execute(f"SELECT {case}, f.scope, f.claimant_id, count(*) FROM figures f GROUP BY 1, 2, 3", args)
        return {(names[k] if k >= 0 else None, scope, claimant): n for k, scope, claimant, n in rows}

    def ranked_figures(
        self,
        kinds: Mapping[str, FigureKind],
        kind: str,
        scope: str | None = None,
        per: str = "category",
        limit: int | None = None,
        keep_first: Sequence[str] = (),
    ) -> list[Figure]:
        """The figures of `kind` (as in `figure_counts`) in period `scope` (None: every period), in the order of
        `figures()`. With a `limit`, only the largest of each part: the figures are split by `per` ("category",
        or "item", where no item counts as "") and side, and of each part come the `limit` first by value (the
        value, else the top of the range) from the largest, then claimant name, date (none first) and id;
        besides these, of each status in `keep_first`, the first figure of the part in the order of
        `figures()`. Only those figures are read."""
        if per not in ("category", "item"):
            raise ValueError(f"cannot rank figures per {per!r}")
        names = list(kinds)
        case, args = _kind_case(list(kinds.values()))
        where = f"({case}) = ?"
        args.append(names.index(kind))
        own, more = kinds[kind].condition()  # repeated, so that an index on the category can be used
        where += f" AND {own}"
        args += more
        if scope is not None:
            where += " AND f.scope = ?"
            args.append(scope)
        order = "ORDER BY f.category, f.side, f.claimant_id, f.as_of, f.id"
        if limit is None:
            rows = self._conn.execute(
                "SELECT f.*, s.name AS claimant_name FROM figures f JOIN sources s ON s.id = f.claimant_id"
                f" WHERE {where} {order}", args)
            return [self._figure(r) for r in rows]
        part = "coalesce(f.item, '')" if per == "item" else "f.category"
        kept = "0"
        if keep_first:
            kept = (f"(f.status IS NOT NULL AND f.status IN ({', '.join('?' for _ in keep_first)}) AND row_number()"
                    f" OVER (PARTITION BY {part}, f.side, f.status ORDER BY f.category, f.claimant_id, f.as_of, f.id)"
                    " = 1)")
            args = list(keep_first) + args
        # Only the row numbers and the sort keys are ranked; the whole rows are read for the few chosen.
        rows = self._conn.execute(
            "SELECT f.*, s.name AS claimant_name FROM ("
            "  SELECT r, kept, row_number() OVER (PARTITION BY part, side, kept"
            "    ORDER BY size DESC, name, dated, id) AS n FROM ("
            f"    SELECT f.rowid AS r, {part} AS part, f.side AS side, coalesce(f.value, f.high, f.low, 0.0) AS size,"
            f"      s.name AS name, coalesce(f.as_of, '') AS dated, f.id AS id, {kept} AS kept"
            f"    FROM figures f JOIN sources s ON s.id = f.claimant_id WHERE {where})"
            ") ranked JOIN figures f ON f.rowid = ranked.r JOIN sources s ON s.id = f.claimant_id"
            f" WHERE ranked.kept OR ranked.n <= ? {order}",
            [*args, limit],
        )
        return [self._figure(r) for r in rows]

    def figure_series(self, figure: Figure, limit: int) -> tuple[list[Figure], int]:
        """The other figures its claimant gave for the same side, category, group and item, in every period:
        the first `limit` in the order of `figures()`, and how many there are."""
        where = ("f.claimant_id = ? AND f.side = ? AND f.category = ? AND f.grp IS ? AND f.item IS ?"
                 " AND f.id != ?")
        args = [figure.claimant_id, figure.side, figure.category, figure.group, figure.item, figure.id]
        count = self._conn.execute(f"SELECT count(*) FROM figures f WHERE {where}", args).fetchone()[0]
        rows = self._conn.execute(
            "SELECT f.*, s.name AS claimant_name FROM figures f JOIN sources s ON s.id = f.claimant_id"
            f" WHERE {where} ORDER BY f.category, f.side, f.claimant_id, f.as_of, f.id LIMIT ?", [*args, limit])
        return [self._figure(r) for r in rows], count

    def entry_titles(self, entry_ids: Iterable[str]) -> dict[str, str]:
        """The title of each of these entries that exists."""
        return {r[0]: r[1] for r in self._rows_in("SELECT id, title FROM entries WHERE id IN ({marks})", entry_ids)}

    # -- territorial control ------------------------------------------------------------------
    def control_at(self, day: date | str) -> dict[str, ControlRecord]:
        """For every area with control records, the record in force on `day` (none before its first)."""
        rows = self._conn.execute(
            "SELECT c.* FROM control c JOIN ("
            "  SELECT area_id, max(date) AS date FROM control WHERE date <= ? GROUP BY area_id"
            ") latest ON latest.area_id = c.area_id AND latest.date = c.date ORDER BY c.area_id",
            [str(day)],
        )
        return {
            r["area_id"]: ControlRecord(r["area_id"], r["date"], r["holder"], r["change"], r["claimant_id"], r["note"])
            for r in rows
        }

    def control_records(self) -> list[ControlRecord]:
        """Every control record, by date then area (the map moves from day to day with them)."""
        cursor = self._conn.cursor()
        cursor.row_factory = None  # plain tuples: with scaled-up content, tens of thousands of rows
        rows = cursor.execute("SELECT area_id, date, holder, change, claimant_id, note FROM control"
                              " ORDER BY date, area_id")
        one = {}.setdefault  # one copy of each text that repeats (dates, holders, claimants, notes)
        return [ControlRecord(area, one(day, day), one(holder, holder), one(change, change), one(claimant, claimant),
                              one(note, note)) for area, day, holder, change, claimant, note in rows]

    def control_history(self, area_id: str) -> list[ControlRecord]:
        rows = self._conn.execute("SELECT * FROM control WHERE area_id = ? ORDER BY date", [area_id])
        return [ControlRecord(r["area_id"], r["date"], r["holder"], r["change"], r["claimant_id"], r["note"])
                for r in rows]

    # -- search -------------------------------------------------------------------------------
    def search(self, text: str, kinds: Iterable[str] | None = None, limit: int = 50,
               snippets: int | None = None) -> list[SearchResult]:
        """Ranked results for `text` (see desktop_app.content.search.search); only the first `snippets` (all when
        None) come with their snippet, the others with None until `snippet` builds it."""
        return _search.search(self._conn, text, kinds=kinds, limit=limit, snippets=snippets, names=self._name_words,
                              documents=self._search_documents)

    def snippet(self, result: SearchResult, text: str) -> Snippet:
        """The snippet of a result of `search(text)` that came without one, as it would have come with one."""
        return _search.snippet(self._conn, result, text, names=self._name_words)

    @cached_property
    def _search_documents(self) -> _search.SearchDocuments:
        """The names of the documents searched so far, kept for the next keystrokes (made by the first search)."""
        return _search.SearchDocuments(self._conn)
