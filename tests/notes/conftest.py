from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from desktop_app.notes.store import NotesStore


class Clock:
    """A clock that moves one second on each reading, so every change has its own time."""

    def __init__(self, start: datetime = datetime(2026, 3, 1, 9, 0, 0, tzinfo=UTC)) -> None:
        self.now = start

    def __call__(self) -> datetime:
        self.now += timedelta(seconds=1)
        return self.now

    def advance(self, **delta: float) -> None:
        self.now += timedelta(**delta)


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def notes_path(tmp_path: Path) -> Path:
    return tmp_path / "data" / "notes.sqlite"


@pytest.fixture
def store(notes_path: Path, clock: Clock):
    with NotesStore(notes_path, clock=clock) as opened:
        yield opened
