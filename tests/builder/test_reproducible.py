"""database.sqlite is exactly what the sources build: same sources, same database."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from desktop_app.builder import build_database
from tests.conftest import CONTENT, DATABASE


def dump(path: Path) -> list[str]:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return list(conn.iterdump())
    finally:
        conn.close()


def test_committed_database_matches_its_sources(tmp_path: Path) -> None:
    rebuilt = tmp_path / "rebuilt.sqlite"
    build_database(CONTENT, rebuilt)
    committed, fresh = dump(DATABASE), dump(rebuilt)
    differing = [line for line in set(committed) ^ set(fresh)][:5]
    assert committed == fresh, (
        "database.sqlite is out of date with resources/content; run `python -m desktop_app.builder`. "
        f"First differences: {differing}"
    )


def test_two_builds_are_byte_identical(tmp_path: Path) -> None:
    first, second = tmp_path / "one.sqlite", tmp_path / "two.sqlite"
    build_database(CONTENT, first)
    build_database(CONTENT, second)
    assert first.read_bytes() == second.read_bytes()
