"""Write validated content sources into a fresh SQLite database with sqlite-utils.

The output depends only on the sources: rows go in sorted order, nothing records the time of the
build, and the file is written next to the target and moved into place only when complete.
"""

from __future__ import annotations

import hashlib
import os
import tempfile
from pathlib import Path

import sqlite_utils

from desktop_app.builder.loader import ContentSources, EntrySource
from desktop_app.content.dates import parse_partial_date
from desktop_app.content.links import link_targets, plain_text, resolve_links
from desktop_app.content.schema import NAME_SEPARATOR, SCHEMA_VERSION
from desktop_app.content.textfold import fold

ARTICLE_CREDIT = (
    'Based on the Wikipedia article "Second Nagorno-Karabakh War" (revision of 21 November 2023), '
    "by Wikipedia contributors, licensed under CC BY-SA 4.0 "
    "(https://creativecommons.org/licenses/by-sa/4.0/). The text of this app is our own rewording; "
    "it is shared under the same licence."
)


def content_version(files: list[Path], content_dir: Path) -> str:
    digest = hashlib.sha256()
    for path in sorted(files):
        digest.update(path.relative_to(content_dir).as_posix().encode())
        digest.update(path.read_bytes() if path.exists() else b"")
    return digest.hexdigest()[:12]


def _date_columns(text: str, prefix: str) -> dict[str, object]:
    if not text:
        return {f"{prefix}": None, f"{prefix}_precision": None}
    parsed = parse_partial_date(text)
    return {prefix: parsed.text, f"{prefix}_precision": parsed.precision}


def _number(text: str) -> float | int | None:
    if not text:
        return None
    value = float(text)
    return int(value) if value.is_integer() else value


def _create_schema(db: sqlite_utils.Database) -> None:
    db["meta"].create({"key": str, "value": str}, pk="key")
    db["sources"].create(
        {"id": str, "name": str, "kind": str, "side": str, "entry_id": str, "description": str}, pk="id"
    )
    db["entries"].create(
        {
            "id": str, "title": str, "kind": str, "summary": str, "body": str, "plain_text": str,
            "sensitive": int, "date": str, "date_precision": str, "end_date": str,
            "end_date_precision": str, "sort_key": str,
        },
        pk="id",
        not_null={"title", "kind", "summary", "body"},
    )
    db["entry_aliases"].create(
        {"entry_id": str, "alias": str}, pk=("entry_id", "alias"), foreign_keys=[("entry_id", "entries", "id")]
    )
    db["entry_links"].create(
        {"from_id": str, "to_id": str, "kind": str},
        pk=("from_id", "to_id", "kind"),
        foreign_keys=[("from_id", "entries", "id"), ("to_id", "entries", "id")],
    )
    db["entry_sources"].create(
        {"entry_id": str, "source_id": str, "position": int},
        pk=("entry_id", "source_id"),
        foreign_keys=[("entry_id", "entries", "id"), ("source_id", "sources", "id")],
    )
    db["places"].create(
        {
            "id": str, "name": str, "type": str, "lat": float, "lon": float, "precision": str,
            "country": str, "district_id": str, "entry_id": str,
        },
        pk="id",
        foreign_keys=[("district_id", "places", "id"), ("entry_id", "entries", "id")],
    )
    db["place_names"].create(
        {"place_id": str, "name": str, "usage": str},
        pk=("place_id", "name", "usage"),
        foreign_keys=[("place_id", "places", "id")],
    )
    db["entry_places"].create(
        {"entry_id": str, "place_id": str},
        pk=("entry_id", "place_id"),
        foreign_keys=[("entry_id", "entries", "id"), ("place_id", "places", "id")],
    )
    db["events"].create(
        {
            "id": str, "date": str, "date_precision": str, "end_date": str, "end_date_precision": str,
            "first_day": str, "last_day": str, "lane": str, "title": str, "summary": str,
            "place_id": str, "entry_id": str, "source_id": str,
        },
        pk="id",
        foreign_keys=[("place_id", "places", "id"), ("entry_id", "entries", "id"), ("source_id", "sources", "id")],
        not_null={"date", "first_day", "last_day", "lane", "title", "entry_id", "source_id"},
    )
    db["figures"].create(
        {
            "id": str, "label": str, "side": str, "grp": str, "category": str, "item": str, "status": str,
            "value": float, "low": float, "high": float, "qualifier": str, "claimant_id": str,
            "as_of": str, "as_of_precision": str, "scope": str, "entry_id": str, "place_id": str, "note": str,
        },
        pk="id",
        foreign_keys=[("claimant_id", "sources", "id"), ("entry_id", "entries", "id"), ("place_id", "places", "id")],
        not_null={"label", "side", "category", "claimant_id", "entry_id"},
    )
    db["control"].create(
        {"area_id": str, "date": str, "holder": str, "change": str, "claimant_id": str, "note": str},
        pk=("area_id", "date"),
        foreign_keys=[("area_id", "places", "id"), ("claimant_id", "sources", "id")],
    )
    db["search_docs"].create(
        {
            "rowid": int, "grp": str, "source_table": str, "ref": str, "entry_id": str, "title": str,
            "names": str, "body": str, "title_folded": str, "names_folded": str, "body_folded": str,
        },
        pk="rowid",
    )
    db.execute(
        "CREATE VIRTUAL TABLE search_index USING fts5("
        "title, names, body, content='', tokenize='unicode61 remove_diacritics 2', prefix='2 3 4')"
    )
    # Titles weigh most, then other names and aliases, then the text.
    db.execute("INSERT INTO search_index (search_index, rank) VALUES ('rank', 'bm25(10.0, 5.0, 1.0)')")


def _create_indexes(db: sqlite_utils.Database) -> None:
    db["events"].create_index(["first_day", "last_day"])
    db["events"].create_index(["lane", "first_day"])
    db["events"].create_index(["entry_id"])
    db["events"].create_index(["place_id"])
    db["figures"].create_index(["category", "side"])
    db["figures"].create_index(["claimant_id"])
    db["figures"].create_index(["entry_id"])
    db["control"].create_index(["date"])
    db["entry_links"].create_index(["to_id"])
    db["place_names"].create_index(["name"])
    db["places"].create_index(["entry_id"])
    db["entries"].create_index(["kind", "sort_key"])
    db["search_docs"].create_index(["title_folded"])


def _entry_rows(entries: list[EntrySource]) -> tuple[list[dict], dict[str, str]]:
    titles = {e.id: e.fields["title"] for e in entries}
    rows = []
    for entry in sorted(entries, key=lambda e: e.id):
        fields = entry.fields
        rows.append(
            {
                "id": entry.id,
                "title": fields["title"],
                "kind": fields["kind"],
                "summary": fields["summary"],
                "body": resolve_links(entry.body, titles.__getitem__),
                "plain_text": plain_text(entry.body, titles.__getitem__),
                "sensitive": 1 if fields.get("sensitive") == "true" else 0,
                **_date_columns(fields.get("date", ""), "date"),
                **_date_columns(fields.get("end_date", ""), "end_date"),
                "sort_key": fold(fields["title"]),
            }
        )
    return rows, titles


def write_database(sources: ContentSources, content_dir: Path, target: Path) -> None:
    """Write the database for already validated `sources` to `target`, atomically."""
    target = target.resolve()
    handle, temp_name = tempfile.mkstemp(prefix=".build-", suffix=".sqlite", dir=target.parent)
    os.close(handle)
    temp = Path(temp_name)
    try:
        db = sqlite_utils.Database(temp)
        # A scratch file until the rename below: no rollback journal and no sync per transaction (a 100x
        # benchmark build spent most of its time in them); one fsync before the rename makes it durable.
        db.execute("PRAGMA journal_mode = OFF")
        db.execute("PRAGMA synchronous = OFF")
        _fill(db, sources, content_dir)
        db.conn.commit()
        db.execute("VACUUM")
        db.close()
        temp.chmod(0o644)  # mkstemp makes the file private; the database is meant to be read by all
        with temp.open("rb") as written:
            os.fsync(written.fileno())
        os.replace(temp, target)
    finally:
        temp.unlink(missing_ok=True)


def _fill(db: sqlite_utils.Database, sources: ContentSources, content_dir: Path) -> None:
    _create_schema(db)
    tables = sources.tables
    entry_rows, titles = _entry_rows(sources.entries)
    entries = sorted(sources.entries, key=lambda e: e.id)

    db["meta"].insert_all(
        [
            {"key": "schema_version", "value": str(SCHEMA_VERSION)},
            {"key": "content_version", "value": content_version(sources.input_files, content_dir)},
            {"key": "title", "value": "44 Days: the 2020 Second Nagorno-Karabakh War"},
            {"key": "article_title", "value": "Second Nagorno-Karabakh War"},
            {"key": "article_revision", "value": "2023-11-21"},
            {"key": "article_licence", "value": "CC BY-SA 4.0"},
            {"key": "article_credit", "value": ARTICLE_CREDIT},
        ]
    )
    db["sources"].insert_all(
        {
            "id": r["id"], "name": r["name"], "kind": r["kind"], "side": r["side"],
            "entry_id": r["entry"] or None, "description": r["description"],
        }
        for r in sorted(tables["sources.csv"], key=lambda r: r["id"])
    )
    db["entries"].insert_all(entry_rows)
    db["entry_aliases"].insert_all(
        ({"entry_id": e.id, "alias": alias} for e in entries for alias in sorted(set(e.lists.get("aliases", [])))),
    )
    links = set()
    for entry in entries:
        links.update((entry.id, target, "body") for target in link_targets(entry.body) if target != entry.id)
        links.update((entry.id, target, "related") for target in entry.lists.get("related", []) if target != entry.id)
    db["entry_links"].insert_all({"from_id": f, "to_id": t, "kind": k} for f, t, k in sorted(links))
    db["entry_sources"].insert_all(
        {"entry_id": e.id, "source_id": s, "position": i}
        for e in entries
        for i, s in enumerate(dict.fromkeys(e.lists["sources"]))
    )

    places = sorted(tables["places.csv"], key=lambda r: r["id"])
    db["places"].insert_all(
        {
            "id": r["id"], "name": r["name"], "type": r["type"], "lat": float(r["lat"]),
            "lon": float(r["lon"]), "precision": r["precision"], "country": r["country"],
            "district_id": r["district"] or None, "entry_id": r["entry"],
        }
        for r in places
    )
    names: dict[str, list[tuple[str, str]]] = {}
    for r in places:
        found = [(r["name"], "english")]
        for column, usage in (("name_armenian", "armenian"), ("name_azerbaijani", "azerbaijani"),
                              ("name_russian", "russian")):
            found += [(n.strip(), usage) for n in r[column].split("|") if n.strip()]
        found += [(n.strip(), "other") for n in r["other_names"].split("|") if n.strip()]
        names[r["id"]] = list(dict.fromkeys(found))
    db["place_names"].insert_all(
        {"place_id": pid, "name": n, "usage": u} for pid in sorted(names) for n, u in sorted(set(names[pid]))
    )
    db["entry_places"].insert_all(
        {"entry_id": e.id, "place_id": p} for e in entries for p in sorted(set(e.lists.get("places", [])))
    )

    event_rows = []
    for r in sorted(tables["events.csv"], key=lambda r: (parse_partial_date(r["date"]).first_day, r["id"])):
        start = parse_partial_date(r["date"])
        end = parse_partial_date(r["end_date"]) if r["end_date"] else start
        event_rows.append(
            {
                "id": r["id"], **_date_columns(r["date"], "date"), **_date_columns(r["end_date"], "end_date"),
                "first_day": start.first_day.isoformat(), "last_day": end.last_day.isoformat(),
                "lane": r["lane"], "title": r["title"], "summary": r["summary"],
                "place_id": r["place"] or None, "entry_id": r["entry"], "source_id": r["source"],
            }
        )
    db["events"].insert_all(event_rows)
    db["figures"].insert_all(
        {
            "id": r["id"], "label": r["label"], "side": r["side"], "grp": r["group"] or None,
            "category": r["category"], "item": r["item"] or None, "status": r["status"] or None,
            "value": _number(r["value"]), "low": _number(r["low"]), "high": _number(r["high"]),
            "qualifier": r["qualifier"], "claimant_id": r["claimant"],
            **_date_columns(r["as_of"], "as_of"), "scope": r["scope"], "entry_id": r["entry"],
            "place_id": r["place"] or None, "note": r["note"] or None,
        }
        for r in sorted(tables["figures.csv"], key=lambda r: r["id"])
    )
    db["control"].insert_all(
        {
            "area_id": r["area"], "date": parse_partial_date(r["date"]).text,  # see ControlRecord.date
            "holder": r["holder"], "change": r["change"], "claimant_id": r["claimant"], "note": r["note"] or None,
        }
        for r in sorted(tables["control.csv"], key=lambda r: (r["area"], r["date"]))
    )
    _fill_search(db, entries, entry_rows, places, names, event_rows)
    _create_indexes(db)


def _fill_search(db, entries, entry_rows, places, names, event_rows) -> None:
    """One search document per entry, timeline event and place without an entry of its own."""
    docs = []
    merged: dict[str, list[str]] = {}
    for r in places:
        if r["id"] == r["entry"]:
            merged.setdefault(r["entry"], []).extend(n for n, _ in names[r["id"]])
    kinds = {e.id: e.fields["kind"] for e in entries}
    for entry, row in zip(entries, entry_rows, strict=True):
        alias_names = [*entry.lists.get("aliases", []), *merged.get(entry.id, [])]
        alias_names = [n for n in dict.fromkeys(alias_names) if n != row["title"]]
        docs.append((kinds[entry.id], "entry", entry.id, entry.id, row["title"], NAME_SEPARATOR.join(alias_names),
                     row["plain_text"]))
    for event in event_rows:
        docs.append(("event", "event", event["id"], event["entry_id"], event["title"], "", event["summary"]))
    for r in places:
        if r["id"] == r["entry"]:
            continue
        other = [n for n, _ in names[r["id"]] if n != r["name"]]
        docs.append(("place", "place", r["id"], r["entry"], r["name"], NAME_SEPARATOR.join(other), ""))
    for rowid, (grp, table, ref, entry_id, title, doc_names, body) in enumerate(docs, start=1):
        db.execute(
            "INSERT INTO search_docs (rowid, grp, source_table, ref, entry_id, title, names, body, title_folded,"
            " names_folded, body_folded) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [rowid, grp, table, ref, entry_id, title, doc_names, body, fold(title), fold(doc_names), fold(body)],
        )
        db.execute(
            "INSERT INTO search_index (rowid, title, names, body) VALUES (?, ?, ?, ?)",
            [rowid, fold(title), fold(doc_names), fold(body)],
        )
