"""A notes file saved by the first schema opens in this version with every note intact."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from desktop_app.notes import exchange, migrations
from desktop_app.notes.model import Note, Target, TextQuote
from desktop_app.notes.store import NotesError, NotesStore, needs_upgrade
from tests.notes.make_v1_fixture import V1_ROWS, make_v1_fixture
from tests.notes.make_v2_fixture import V2_ROWS, make_v2_fixture

FIXTURE = Path(__file__).parent / "data" / "notes-v1.sqlite"

EXPECTED_TAGS = {
    "0b7c3f5e-2a1d-4c8e-9f60-1d2e3f4a5b6c": ("ceasefire", "Shusha"),  # "ceasefire, Shusha , ,shusha"
    "4fb07d9c-6e5b-40c1-9da4-5b6c7d8e9fa0": ("names", "places"),
    "50c18eab-7f6c-41d2-8eb5-6c7d8e9fa0b1": ("casualties",),
}


def expected_note(row: dict) -> Note:
    quote = None
    if row["target_kind"] == "passage":
        quote = TextQuote(row["target_id"], row["quote_exact"], row["quote_prefix"], row["quote_suffix"])
    return Note(row["uuid"], row["kind"], Target(row["target_kind"], row["target_id"], quote), row["body"],
                EXPECTED_TAGS.get(row["uuid"], ()), row["colour"], row["created"], row["updated"],
                position=row["position"])


@pytest.fixture
def v1_copy(tmp_path: Path) -> Path:
    copy = tmp_path / "notes.sqlite"
    shutil.copyfile(FIXTURE, copy)
    return copy


def _schema(path: Path) -> list[tuple]:
    conn = sqlite3.connect(path)
    try:
        return conn.execute("SELECT type, name, sql FROM sqlite_master ORDER BY name").fetchall() + [
            conn.execute("PRAGMA user_version").fetchone(), conn.execute("PRAGMA application_id").fetchone()]
    finally:
        conn.close()


def test_the_committed_file_is_what_migration_1_makes(tmp_path: Path) -> None:
    # Migration 1 must never change once released: the committed file is its witness.
    remade = tmp_path / "remade.sqlite"
    make_v1_fixture(remade)
    assert _schema(FIXTURE) == _schema(remade)
    assert _schema(FIXTURE)[-2] == (1,)


def test_every_note_of_a_version_1_file_survives_with_its_fields(v1_copy: Path) -> None:
    with NotesStore(v1_copy) as store:
        assert {n.uuid: n for n in store.notes(include_deleted=True)} == {
            row["uuid"]: expected_note(row) for row in V1_ROWS}
    conn = sqlite3.connect(v1_copy)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == migrations.CURRENT_VERSION
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    conn.close()


def test_the_new_features_work_on_a_migrated_file(v1_copy: Path) -> None:
    with NotesStore(v1_copy) as store:
        # Tags in their own table, the reading list in its old order, search over old notes.
        assert dict(store.tags()) == {"casualties": 1, "ceasefire": 1, "names": 1, "places": 1, "Shusha": 1}
        assert [b.target.id for b in store.bookmarks()] == ["lachin", "ev-ceasefire-10-nov"]
        assert [h.note.target.id for h in store.search("xankendi")] == ["stepanakert"]
        assert [h.note.kind for h in store.search("gence")] == ["highlight"]  # in the quoted passage
        # The trash and undo.
        store.delete("0b7c3f5e-2a1d-4c8e-9f60-1d2e3f4a5b6c")
        assert [n.target.id for n in store.trash()] == ["shusha"]
        store.undo()
        assert store.trash() == []
        # Imported notes with their author.
        pack = exchange.export_json(store, [store.add("note", Target("entry", "agdam"), body="from the teacher").note],
                                    pack={"title": "Week 1", "author": "Ms. Aliyeva"})
    with NotesStore(v1_copy.with_name("student.sqlite")) as student:
        exchange.import_json(student, pack)
        assert [(n.author, n.imported) for n in student.notes()] == [("Ms. Aliyeva", True)]


def test_a_migration_that_fails_leaves_the_old_file_as_it_was(v1_copy: Path, monkeypatch) -> None:
    def broken(conn: sqlite3.Connection) -> None:
        migrations._version_2(conn)
        conn.execute("INSERT INTO no_such_table VALUES (1)")

    monkeypatch.setattr(migrations, "MIGRATIONS", [migrations._version_1, broken])
    with pytest.raises(NotesError):
        NotesStore(v1_copy)
    conn = sqlite3.connect(v1_copy)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == 1
    assert conn.execute("SELECT count(*) FROM notes").fetchone()[0] == len(V1_ROWS)
    conn.close()
    monkeypatch.undo()
    with NotesStore(v1_copy) as store:  # and it still migrates later
        assert len(store.notes(include_deleted=True)) == len(V1_ROWS)


def test_a_version_1_file_in_a_read_only_place_is_read_through_an_upgraded_copy(v1_copy: Path) -> None:
    before = v1_copy.read_bytes()
    with NotesStore.snapshot(v1_copy) as store:
        assert store.read_only
        assert len(store.notes(include_deleted=True)) == len(V1_ROWS)
    assert v1_copy.read_bytes() == before


# -- version 2 -> 3: the full-text index with prefix indexes, and each note's first letter -------------

V2_FIXTURE = Path(__file__).parent / "data" / "notes-v2.sqlite"


def expected_v2_note(row: dict) -> Note:
    quote = None
    if row["target_kind"] == "passage":
        quote = TextQuote(row["target_id"], row["quote_exact"], row["quote_prefix"], row["quote_suffix"])
    return Note(row["uuid"], row["kind"], Target(row["target_kind"], row["target_id"], quote), row["body"],
                tuple(row["tags"]), row["colour"], row["created"], row["updated"], row["author"],
                bool(row["imported"]), row["position"], row["deleted"])


@pytest.fixture
def v2_copy(tmp_path: Path) -> Path:
    copy = tmp_path / "notes.sqlite"
    shutil.copyfile(V2_FIXTURE, copy)
    return copy


def test_the_committed_version_2_file_is_what_migrations_1_and_2_make(tmp_path: Path) -> None:
    remade = tmp_path / "remade.sqlite"
    make_v2_fixture(remade)
    assert _schema(V2_FIXTURE) == _schema(remade)
    assert _schema(V2_FIXTURE)[-2] == (2,)


def test_every_note_highlight_bookmark_and_tag_of_a_version_2_file_survives(v2_copy: Path) -> None:
    with NotesStore(v2_copy) as store:
        assert {n.uuid: n for n in store.notes(include_deleted=True)} == {
            row["uuid"]: expected_v2_note(row) for row in V2_ROWS}
        assert [b.target.id for b in store.bookmarks()] == ["lachin", "ev-ceasefire-10-nov"]
        assert dict(store.tags()) == {"casualties": 1, "ceasefire": 1, "names": 1, "places": 1, "Şuşa": 1}
        assert [n.body for n in store.trash()] == ["Hadrut was taken first; check the date."]
    conn = sqlite3.connect(v2_copy)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == migrations.CURRENT_VERSION == 4
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    conn.execute("INSERT INTO notes_fts (notes_fts) VALUES ('integrity-check')")  # raises if the index is off
    conn.close()


def test_a_migrated_version_2_file_has_the_schema_of_a_new_file(v2_copy: Path, tmp_path: Path) -> None:
    NotesStore(v2_copy).close()
    NotesStore(tmp_path / "new.sqlite").close()
    migrated, new = _schema(v2_copy), _schema(tmp_path / "new.sqlite")
    assert migrated == new
    assert "prefix = '1 2 3'" in dict((name, sql) for _, name, sql in new[:-2])["notes_fts"]


def test_search_works_on_a_migrated_version_2_file(v2_copy: Path) -> None:
    with NotesStore(v2_copy) as store:
        assert [h.note.kind for h in store.search("gence")] == ["highlight"]  # in the quoted passage
        assert [h.note.target.id for h in store.search("xank")] == ["stepanakert"]
        assert [h.note.target.id for h in store.search("suşa")] == ["shusha"]  # a tag, any diacritics
        assert store.search("hadrut") == []  # in the trash
        # One letter: the notes whose text starts with it, the most recently changed first.
        assert [h.note.body for h in store.search("c")] == ["Ceasefire terms: compare the two statements."]
        assert [h.note.body for h in store.search("t")] == ["Two claimants, two numbers."]
        assert [h.note.target.quote.exact for h in store.search("g")] == ["Gəncə was struck"]
        # A note written after the migration is found the same ways.
        store.add("note", Target("entry", "agdam"), body="Ağdam was returned on 20 November")
        assert [h.note.target.id for h in store.search("a")] == ["agdam", "stepanakert"]  # "Also written ..."
        assert [h.note.target.id for h in store.search("ag")] == ["agdam"]


def test_a_version_1_file_still_migrates_all_the_way(v1_copy: Path) -> None:
    with NotesStore(v1_copy) as store:
        assert len(store.notes(include_deleted=True)) == len(V1_ROWS)
        assert [h.note.target.id for h in store.search("s")] == ["shusha"]
        assert [h.note.target.id for h in store.search("a")] == ["stepanakert"]
    assert _schema(v1_copy)[-2] == (migrations.CURRENT_VERSION,)


def test_a_third_migration_that_fails_leaves_the_version_2_file_as_it_was(v2_copy: Path, monkeypatch) -> None:
    def broken(conn: sqlite3.Connection) -> None:
        migrations._version_3(conn)
        conn.execute("INSERT INTO no_such_table VALUES (1)")

    monkeypatch.setattr(migrations, "MIGRATIONS", [migrations._version_1, migrations._version_2, broken])
    with pytest.raises(NotesError):
        NotesStore(v2_copy)
    assert _schema(v2_copy) == _schema(V2_FIXTURE)  # version 2, the index as it was
    conn = sqlite3.connect(v2_copy)
    assert conn.execute("SELECT count(*) FROM notes").fetchone()[0] == len(V2_ROWS)
    conn.close()
    monkeypatch.undo()
    with NotesStore(v2_copy) as store:  # and it still migrates later
        assert len(store.notes(include_deleted=True)) == len(V2_ROWS)


def test_files_from_older_versions_are_told_apart_before_opening(tmp_path: Path) -> None:
    """The app shows a notice while it upgrades a large old file: it must know before it opens it."""
    for fixture in (FIXTURE, V2_FIXTURE):
        copy = tmp_path / fixture.name
        shutil.copyfile(fixture, copy)
        assert needs_upgrade(copy)
        NotesStore(copy).close()
        assert not needs_upgrade(copy)  # upgraded once, for good
    (tmp_path / "not-notes.sqlite").write_bytes(b"plain text, not a database" * 100)
    assert not needs_upgrade(tmp_path / "not-notes.sqlite")
    assert not needs_upgrade(tmp_path / "missing.sqlite")
