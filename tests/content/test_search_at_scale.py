"""With far more content than bundled, a keystroke ranks at most RANK_AT_MOST matches: then only the
documents whose names match are ranked, and when even those are too many the titles starting with what was
typed are listed. The limit is lowered here so the bundled content exceeds it (benchmarks/search.py runs the
real one against content 1000 times larger)."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from desktop_app.content import ContentDatabase
from desktop_app.content import search as search_module
from desktop_app.notes import store as store_module
from desktop_app.notes.model import Target
from desktop_app.notes.store import NotesStore


def titles(results) -> list[str]:
    return [r.title.text for r in results]


def test_too_many_matches_rank_the_name_matches_only(content: ContentDatabase, monkeypatch) -> None:
    full = content.search("stepanakert", limit=60)
    monkeypatch.setattr(search_module, "RANK_AT_MOST", 20)  # "stepanakert" matches more, its names fewer
    names = content.search("stepanakert", limit=60)
    assert titles(names)[0] == "Stepanakert" == titles(full)[0]
    assert len(names) < len(full)
    assert all("stepanakert" in (r.title.text + " " + r.snippet.text).lower() for r in names)


def test_too_many_name_matches_list_the_titles_starting_with_the_text(content: ContentDatabase,
                                                                      monkeypatch) -> None:
    monkeypatch.setattr(search_module, "RANK_AT_MOST", 2)
    results = content.search("sh", limit=60)
    assert results and all(r.title.text.lower().startswith("sh") for r in results)
    assert "Shusha" in titles(results)
    assert all(r.title.marks for r in results)  # still marked


@pytest.mark.parametrize("limit", [1, 3])
def test_many_matching_notes_come_newest_first(tmp_path: Path, monkeypatch, limit: int) -> None:
    times = iter(datetime(2026, 1, 1, 9, minute, tzinfo=UTC) for minute in range(60))
    with NotesStore(tmp_path / "notes.sqlite", clock=lambda: next(times)) as store:
        for i in range(6):
            store.add("note", Target("entry", "shusha"), body=f"Shusha note {i}")
        monkeypatch.setattr(store_module, "RANK_AT_MOST", limit)
        hits = store.search("shusha", limit=4)
        assert [h.note.body for h in hits] == [f"Shusha note {i}" for i in (5, 4, 3, 2)]
        assert all(h.marks for h in hits)


def test_results_do_not_depend_on_the_documents_kept_from_earlier_keystrokes(content: ContentDatabase,
                                                                            monkeypatch) -> None:
    typed = ["sh", "shu", "shusha", "drone", "drone s", "ceasefire", "stepanakrt", "g", "shusha"]
    expected = [content.search(text, limit=60) for text in typed]
    monkeypatch.setattr(search_module, "DOCUMENTS_KEPT", 30)  # fewer than one keystroke's candidates
    with ContentDatabase(content.path) as fresh:
        assert [fresh.search(text, limit=60) for text in typed] == expected
