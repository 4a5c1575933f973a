"""Searching your own notes: as you type, whatever the diacritics, whatever you type."""

from __future__ import annotations

import pytest

from desktop_app.notes.model import Target, TextQuote
from desktop_app.notes.store import NotesStore


@pytest.fixture
def filled(store: NotesStore) -> NotesStore:
    store.add("note", Target("entry", "ganja"), body="Missiles hit Gəncə in October", tags=["strikes"])
    store.add("note", Target("entry", "shusha"), body="Ceasefire came two days after Shusha fell", tags=["ceasefire"])
    store.add("highlight", Target("passage", "stepanakert",
                                  TextQuote("stepanakert", "Xankəndi in Azerbaijani usage", "known as ", ".")))
    store.add("note", Target("place", "naxcivan"), body="NAXÇIVAN is an exclave", tags=["Geography"])
    return store


def bodies(hits) -> list[str]:
    return [h.note.body or h.note.target.quote.exact for h in hits]


@pytest.mark.parametrize("typed", ["c", "ce", "cease", "ceasef", "Ceasefire"])
def test_words_are_found_while_typing(filled: NotesStore, typed: str) -> None:
    assert "Ceasefire came two days after Shusha fell" in bodies(filled.search(typed))


@pytest.mark.parametrize(("typed", "expected"), [
    ("gence", "Missiles hit Gəncə in October"),
    ("GƏNCƏ", "Missiles hit Gəncə in October"),
    ("xankendi", "Xankəndi in Azerbaijani usage"),  # in the quoted passage
    ("naxcivan", "NAXÇIVAN is an exclave"),
    ("geog", "NAXÇIVAN is an exclave"),  # in a tag
    ("shusha ceasefire", "Ceasefire came two days after Shusha fell"),
])
def test_diacritics_and_case_do_not_matter(filled: NotesStore, typed: str, expected: str) -> None:
    assert bodies(filled.search(typed)) == [expected]


def test_hits_mark_the_matched_words(filled: NotesStore) -> None:
    hit = filled.search("gence")[0]
    assert [hit.snippet[s:e] for s, e in hit.marks] == ["Gəncə"]


@pytest.mark.parametrize("typed", ['"shusha', "shusha*", "-shusha", "(shusha)", "shusha\"", "^shusha", "shusha:"])
def test_query_syntax_is_read_as_plain_words(filled: NotesStore, typed: str) -> None:
    assert bodies(filled.search(typed)) == ["Ceasefire came two days after Shusha fell"]


@pytest.mark.parametrize("typed", ['"', "AND", "OR NOT", "*", "-", "NEAR(a b)", "a:b", "{}", "'", "\\", "\x00"])
def test_odd_input_is_safe(filled: NotesStore, typed: str) -> None:
    # None of these words starts a word in the notes, and none of them is read as query syntax.
    assert filled.search(typed) == []
    has_words = any(c.isalnum() for c in typed)
    assert len(filled.notes(text=typed)) == (0 if has_words else 4)


def test_nothing_typed_finds_nothing(filled: NotesStore) -> None:
    assert filled.search("") == [] and filled.search("  ") == [] and filled.search("?!") == []


def test_notes_in_the_trash_are_not_found_until_restored(filled: NotesStore) -> None:
    note = filled.search("gence")[0].note
    filled.delete(note.uuid)
    assert filled.search("gence") == []
    assert [n.uuid for n in filled.notes(text="gence", include_deleted=True)] == [note.uuid]
    filled.restore(note.uuid)
    assert [h.note.uuid for h in filled.search("gence")] == [note.uuid]


def test_an_edited_note_is_found_by_its_new_words_only(filled: NotesStore) -> None:
    note = filled.search("gence")[0].note
    filled.update(note.uuid, body="Ballistic missiles struck the city", tags=["cities"])
    assert filled.search("gence") == [] and filled.search("strikes") == []
    assert [h.note.uuid for h in filled.search("ballistic")] == [note.uuid]
    assert [h.note.uuid for h in filled.search("citi")] == [note.uuid]


def test_text_filter_of_the_list(filled: NotesStore) -> None:
    assert [n.body for n in filled.notes(text="excl")] == ["NAXÇIVAN is an exclave"]
    assert len(filled.notes(text="  ")) == 4  # nothing typed filters nothing
