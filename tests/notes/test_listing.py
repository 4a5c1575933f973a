"""The notes pane's lists read a page at a time: every note of a list comes once, in the list's order,
whatever the page size, with the filters applied, also when a filter matches many notes."""

from __future__ import annotations

import pytest

from desktop_app.notes import store as store_module
from desktop_app.notes.model import Target
from desktop_app.notes.store import NoteListing, NotesStore


def read_all(listing: NoteListing, size: int) -> list[str]:
    uuids, last = [], None
    while True:
        page = listing.page(last, size)
        uuids += [note.uuid for note in page]
        if len(page) < size:
            return uuids
        last = page[-1]


@pytest.fixture
def many(store: NotesStore) -> NotesStore:
    for i in range(60):
        entry = ("shusha", "ganja", "lachin")[i % 3]
        note = store.add("note", Target("entry", entry), f"note {i} about {'drones' if i % 2 else 'roads'}",
                         tags=["even"] if i % 2 == 0 else []).note
        if i % 7 == 0:
            store.toggle_bookmark(Target("entry", f"entry-{i}"))
        if i % 5 == 0:
            store.delete(note.uuid)
    return store


@pytest.mark.parametrize("size", [1, 7, 200])
def test_each_list_pages_through_every_note_once_in_its_order(many: NotesStore, size: int) -> None:
    assert read_all(many.listing("all"), size) == [n.uuid for n in many.notes()]
    assert read_all(many.listing("entry", entry_id="ganja"), size) == [n.uuid for n in many.notes(entry_id="ganja")]
    assert read_all(many.listing("bookmarks"), size) == [n.uuid for n in many.bookmarks()]
    assert read_all(many.listing("trash"), size) == [n.uuid for n in many.trash()]
    assert read_all(many.listing("all", tag="#Even"), size) == [n.uuid for n in many.notes(tag="even")]
    assert read_all(many.listing("all", text="drone"), size) == [n.uuid for n in many.notes(text="drone")]


def test_a_filter_matching_many_notes_lists_each_of_them_newest_first(many: NotesStore, monkeypatch) -> None:
    monkeypatch.setattr(store_module, "DENSE_MATCHES", 3)
    found = read_all(many.listing("all", text="note"), 4)
    expected = many.notes(text="note")
    assert sorted(found) == sorted(n.uuid for n in expected) and len(found) == len(set(found))
    assert found == [n.uuid for n in sorted(expected, key=lambda n: n.created, reverse=True)]
    assert read_all(many.listing("trash", text="drones"), 2) == [
        n.uuid for n in sorted(many.trash(), key=lambda n: n.created, reverse=True) if "drones" in n.body]


def test_an_unknown_list_is_refused(many: NotesStore) -> None:
    with pytest.raises(ValueError, match="unknown list"):
        many.listing("everything")


def test_the_reader_reads_only_the_passages_of_its_entry_however_many_notes_the_entry_has(store: NotesStore) -> None:
    from desktop_app.notes.model import TextQuote

    for i in range(50):
        store.add("note", Target("entry", "shusha"), f"whole-entry note {i}")
    quote = TextQuote("shusha", "the town fell", "", "")
    kept = store.add("highlight", Target("passage", "shusha", quote)).note
    gone = store.add("note", Target("passage", "shusha", quote), "trashed").note
    store.delete(gone.uuid)
    store.add("highlight", Target("passage", "ganja", TextQuote("ganja", "struck", "", "")))
    assert [n.uuid for n in store.passages("shusha")] == [kept.uuid]
