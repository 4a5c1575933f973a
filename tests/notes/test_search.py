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


def test_one_letter_lists_the_notes_that_start_with_it_newest_first(store: NotesStore) -> None:
    # As in the content search, one letter picks out what starts with it, not every word containing it.
    store.add("note", Target("entry", "shusha"), body="Shusha fell on 8 November")
    store.add("note", Target("entry", "lachin"), body="The corridor stays open", tags=["shusha"])
    store.add("highlight", Target("passage", "ganja", TextQuote("ganja", "Şəmkir and Gəncə", "", "")))
    store.add("bookmark", Target("entry", "agdam"), tags=["Stalemate"])  # no text: its tags
    newest = store.add("note", Target("entry", "hadrut"), body="  **Surrounded** by 9 October").note  # Markdown first
    trashed = store.add("note", Target("entry", "fizuli"), body="Shelling of the town").note
    store.delete(trashed.uuid)

    found = [h.note.target.id for h in store.search("s")]
    assert found == ["hadrut", "agdam", "ganja", "shusha"]  # not "lachin", whose text starts with "The"
    assert [h.note.target.id for h in store.search("S", limit=2)] == ["hadrut", "agdam"]
    top = store.search("s")[0]
    assert [top.snippet[a:b] for a, b in top.marks] == ["Surrounded"]
    assert [h.note.target.id for h in store.search("ş")] == found  # folded like the text
    # Fewer than asked for: then the notes where the letter is a word of its own, newest first.
    store.add("note", Target("entry", "t-72"), body="The T 72 tanks")
    store.add("note", Target("entry", "hadrut"), body="Armenian և is a word of one letter")
    assert [h.note.target.id for h in store.search("և")] == ["hadrut"]
    store.add("note", Target("entry", "road"), body="Road with a T 72 column")
    assert [h.note.target.id for h in store.search("t")] == ["t-72", "lachin", "road"]
    assert [h.note.target.id for h in store.search("t", limit=2)] == ["t-72", "lachin"]
    assert [h.note.target.id for h in store.search("s", limit=3)] == ["hadrut", "agdam", "ganja"]
    # Two letters match every word again, and the list filter keeps any word starting with the letter.
    assert {h.note.target.id for h in store.search("sh")} == {"shusha", "lachin"}
    assert {n.target.id for n in store.notes(text="s")} == {"shusha", "lachin", "ganja", "agdam", "hadrut"}
    # An edit that changes the first word moves the note; restoring from the trash brings it back.
    store.update(newest.uuid, body="Taken on 9 October")
    store.restore(trashed.uuid)
    assert [h.note.target.id for h in store.search("s")] == ["fizuli", "agdam", "ganja", "shusha"]
    assert [h.note.target.id for h in store.search("t")] == ["hadrut", "t-72", "lachin", "road"]


def test_many_matches_are_listed_newest_first(store: NotesStore, monkeypatch) -> None:
    from desktop_app.notes import store as store_module

    for i in range(6):
        store.add("note", Target("entry", "shusha"), body=f"note {i}: " + "shusha " * (6 - i))
    ranked = [h.note.body for h in store.search("shusha", limit=3)]
    assert ranked[0].startswith("note 0")  # ranked: the note that says it most
    monkeypatch.setattr(store_module, "RANK_AT_MOST", 4)
    assert [h.note.body[:6] for h in store.search("shusha", limit=3)] == ["note 5", "note 4", "note 3"]
