"""The bundled database holds the content the app promises, complete and attributed."""

from __future__ import annotations

import sqlite3

import pytest

from tests.conftest import DATABASE


@pytest.fixture(scope="module")
def db() -> sqlite3.Connection:
    conn = sqlite3.connect(f"file:{DATABASE}?mode=ro", uri=True)
    yield conn
    conn.close()


def count(db: sqlite3.Connection, sql: str) -> int:
    return db.execute(sql).fetchone()[0]


def test_at_least_100_entries_of_every_kind(db: sqlite3.Connection) -> None:
    assert count(db, "SELECT count(*) FROM entries") >= 100
    kinds = {row[0] for row in db.execute("SELECT DISTINCT kind FROM entries")}
    assert kinds == {"topic", "event", "place", "person", "organisation", "weapon"}


def test_at_least_100_events_dense_over_the_war(db: sqlite3.Connection) -> None:
    assert count(db, "SELECT count(*) FROM events") >= 100
    assert count(db, "SELECT count(*) FROM events WHERE first_day BETWEEN '2020-09-27' AND '2020-11-10'") >= 50
    first, last = db.execute("SELECT min(first_day), max(last_day) FROM events").fetchone()
    assert first.startswith("1988") and last.startswith("2022")
    lanes = {row[0] for row in db.execute("SELECT DISTINCT lane FROM events")}
    assert lanes == {"military", "civilian-harm", "diplomacy", "politics", "information"}


def test_every_event_has_a_source_and_an_entry(db: sqlite3.Connection) -> None:
    assert count(db, "SELECT count(*) FROM events WHERE source_id IS NULL OR entry_id IS NULL") == 0


def test_at_least_40_places_with_coordinates(db: sqlite3.Connection) -> None:
    assert count(db, "SELECT count(*) FROM places WHERE lat IS NOT NULL AND lon IS NOT NULL") >= 40
    # The conflict zone: every place marked as in Azerbaijan or Armenia lies within the region.
    outside = db.execute(
        "SELECT id FROM places WHERE country IN ('AZ', 'AM')"
        " AND NOT (lat BETWEEN 38.3 AND 42 AND lon BETWEEN 43.4 AND 50.5)"
    ).fetchall()
    assert outside == []


@pytest.mark.parametrize(
    ("place", "forms"),
    [
        ("shusha", {"Shushi"}), ("stepanakert", {"Khankendi"}), ("kalbajar", {"Karvachar"}),
        ("lachin", {"Berdzor"}), ("agdam", {"Akna"}), ("tartar", {"Terter"}), ("fuzuli", {"Füzuli", "Fizuli"}),
        ("jabrayil", {"Jabrail", "Jrakan"}), ("qubadli", {"Kashunik"}), ("zangilan", {"Kovsakan"}),
        ("ganja", {"Gandzak"}),
    ],
)
def test_disputed_places_carry_both_sides_names(db: sqlite3.Connection, place: str, forms: set[str]) -> None:
    names = {row[0] for row in db.execute("SELECT name FROM place_names WHERE place_id = ?", [place])}
    assert forms <= names


def test_at_least_70_figures_each_with_a_claimant(db: sqlite3.Connection) -> None:
    assert count(db, "SELECT count(*) FROM figures") >= 70
    assert count(db, "SELECT count(*) FROM figures WHERE claimant_id IS NULL OR claimant_id = ''") == 0


def test_oryx_counts_keep_their_split(db: sqlite3.Connection) -> None:
    statuses = {row[0] for row in db.execute("SELECT DISTINCT status FROM figures WHERE claimant_id = 'oryx'")}
    assert {"destroyed", "damaged", "captured", "abandoned", "total"} <= statuses


@pytest.mark.parametrize(
    "area", ["jabrayil", "fuzuli", "hadrut", "zangilan", "qubadli", "agbend", "shusha", "agdam-district",
             "kalbajar-district", "lachin-district"],
)
def test_every_stated_capture_and_handover_is_recorded(db: sqlite3.Connection, area: str) -> None:
    changes = db.execute(
        "SELECT change, claimant_id FROM control WHERE area_id = ? AND change IN ('captured', 'handed-over')", [area]
    ).fetchall()
    assert changes and all(claimant for _, claimant in changes)


def test_sources_are_records_that_figures_and_events_point_to(db: sqlite3.Connection) -> None:
    assert count(db, "SELECT count(*) FROM figures WHERE claimant_id NOT IN (SELECT id FROM sources)") == 0
    assert count(db, "SELECT count(*) FROM events WHERE source_id NOT IN (SELECT id FROM sources)") == 0
    assert db.execute("PRAGMA foreign_key_check").fetchall() == []


def test_meta_credits_the_article_and_its_licence(db: sqlite3.Connection) -> None:
    meta = dict(db.execute("SELECT key, value FROM meta"))
    assert "Second Nagorno-Karabakh War" in meta["article_credit"] and "CC BY-SA 4.0" in meta["article_credit"]
    assert meta["content_version"] and meta["schema_version"] == "1"


def test_every_entry_cites_the_article(db: sqlite3.Connection) -> None:
    missing = db.execute(
        "SELECT id FROM entries"
        " WHERE id NOT IN (SELECT entry_id FROM entry_sources WHERE source_id = 'wikipedia-article')"
    ).fetchall()
    assert missing == []
