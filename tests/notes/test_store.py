"""The notes store as the user meets it: writing notes, the reading list, the trash, undo, bad files."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from desktop_app.notes.model import Note, Target, TextQuote
from desktop_app.notes.store import NotesError, NotesReadOnly, NotesStore

SHUSHA = Target("entry", "shusha")
PASSAGE = Target("passage", "shusha", TextQuote("shusha", "the town fell", "On 8 November ", " after days"))


# -- notes ------------------------------------------------------------------------------------------

def test_a_new_note_has_its_fields_and_survives_reopening(notes_path: Path, clock) -> None:
    with NotesStore(notes_path, clock=clock) as store:
        note = store.add("note", PASSAGE, body="Check **both** claims", tags=["ceasefire", "Shusha"],
                         colour="green").note
    assert len(note.uuid) == 36 and note.created == note.updated == "2026-03-01T09:00:01Z"
    with NotesStore(notes_path) as reopened:
        assert reopened.get(note.uuid) == note
        assert reopened.get(note.uuid).target.quote.prefix == "On 8 November "


def test_editing_changes_the_text_and_the_updated_time_only(store: NotesStore) -> None:
    note = store.add("note", SHUSHA, body="first").note
    edited = store.update(note.uuid, body="second", tags="a, b").note
    assert (edited.body, edited.tags, edited.colour) == ("second", ("a", "b"), "yellow")
    assert edited.created == note.created and edited.updated > note.updated
    assert store.get(note.uuid) == edited
    # Saving the same text again (an autosave) is no change at all.
    assert store.update(note.uuid, body="second").note == edited


def test_tags_are_cleaned_and_counted(store: NotesStore) -> None:
    store.add("note", SHUSHA, tags=[" #Ceasefire ", "ceasefire", "war  crimes", ""])
    store.add("note", Target("place", "lachin"), tags=["CEASEFIRE", "corridor"])
    gone = store.add("note", SHUSHA, tags=["trashed"]).note
    store.delete(gone.uuid)
    assert store.get(store.notes()[1].uuid).tags == ("Ceasefire", "war crimes")
    assert dict(store.tags()) == {"Ceasefire": 2, "corridor": 1, "war crimes": 1}
    assert [t for t, _ in store.tags()] == ["Ceasefire", "corridor", "war crimes"]
    assert len(store.notes(tag="ceasefire")) == 2


def test_tags_match_whatever_their_case_in_any_script(store: NotesStore) -> None:
    store.add("note", SHUSHA, tags=["Şuşa"])
    store.add("note", SHUSHA, tags=["şuşa", "ŞUŞA"])
    assert store.tags() == [("Şuşa", 2)]
    assert len(store.notes(tag="ŞUŞA")) == 2


def test_listing_filters_and_order(store: NotesStore) -> None:
    on_entry = store.add("note", SHUSHA, body="entry").note
    on_passage = store.add("highlight", PASSAGE).note
    on_event = store.add("note", Target("event", "ev-8-nov"), body="event").note
    other_entry = store.add("note", Target("entry", "lachin"), body="other").note
    store.update(on_entry.uuid, body="entry, edited")  # now the most recently updated
    assert [n.uuid for n in store.notes()] == [on_entry.uuid, other_entry.uuid, on_event.uuid, on_passage.uuid]
    assert {n.uuid for n in store.notes(entry_id="shusha")} == {on_entry.uuid, on_passage.uuid}
    assert [n.uuid for n in store.notes(kind="highlight")] == [on_passage.uuid]
    assert [n.uuid for n in store.notes(target=Target("event", "ev-8-nov"))] == [on_event.uuid]
    assert [n.uuid for n in store.notes(target=PASSAGE)] == [on_passage.uuid]


def test_programming_errors_are_refused_before_anything_is_written(store: NotesStore) -> None:
    with pytest.raises(ValueError, match="unknown note kind"):
        store.add("sticky", SHUSHA)
    with pytest.raises(ValueError, match="colour"):
        store.add("note", SHUSHA, colour="purple")
    with pytest.raises(ValueError, match="quote"):
        store.add("note", Target("passage", "lachin", TextQuote("shusha", "x")))
    with pytest.raises(ValueError, match="target kind"):
        store.add("note", Target("battle", "x"))
    with pytest.raises(NotesError, match="no longer exists"):
        store.update("00000000-0000-4000-8000-000000000000", body="x")
    assert store.notes(include_deleted=True) == []


# -- the reading list -------------------------------------------------------------------------------

def test_bookmarks_keep_their_order_and_can_be_moved(notes_path: Path, store: NotesStore) -> None:
    targets = [Target("entry", "shusha"), Target("event", "ev-1"), Target("place", "lachin"), Target("entry", "agdam")]
    for target in targets:
        assert store.toggle_bookmark(target).note is not None
    assert [b.target for b in store.bookmarks()] == targets
    store.move_bookmark(store.bookmarks()[3].uuid, 0)
    store.move_bookmark(store.bookmarks()[1].uuid, 2)
    expected = [targets[3], targets[1], targets[0], targets[2]]
    assert [b.target for b in store.bookmarks()] == expected
    with NotesStore(notes_path) as reopened:
        assert [b.target for b in reopened.bookmarks()] == expected


def test_toggling_a_bookmark_takes_it_off_and_puts_it_back_at_the_end(store: NotesStore) -> None:
    store.toggle_bookmark(SHUSHA)
    store.toggle_bookmark(Target("entry", "lachin"))
    assert store.is_bookmarked(SHUSHA)
    assert store.toggle_bookmark(SHUSHA).note is None
    assert not store.is_bookmarked(SHUSHA)
    assert [b.target.id for b in store.bookmarks()] == ["lachin"]
    store.toggle_bookmark(SHUSHA)
    assert [b.target.id for b in store.bookmarks()] == ["lachin", "shusha"]
    assert store.notes(kind="note") == []  # bookmarks are not listed as notes


# -- trash and undo ---------------------------------------------------------------------------------

def test_deleting_moves_to_the_trash_and_restore_brings_it_back(store: NotesStore) -> None:
    keep = store.add("note", SHUSHA, body="keep").note
    note = store.add("note", SHUSHA, body="to the trash").note
    store.delete(note.uuid)
    assert [n.uuid for n in store.notes()] == [keep.uuid]
    assert [n.uuid for n in store.trash()] == [note.uuid]
    assert store.get(note.uuid).deleted is not None
    restored = store.restore(note.uuid).note
    assert restored == note and restored.deleted is None
    assert store.trash() == []


def test_emptying_the_trash_removes_only_the_trash(store: NotesStore) -> None:
    keep = store.add("note", SHUSHA, body="keep").note
    for body in ("a", "b"):
        store.delete(store.add("note", SHUSHA, body=body).note.uuid)
    assert len(store.empty_trash().uuids) == 2
    assert store.trash() == [] and [n.uuid for n in store.notes(include_deleted=True)] == [keep.uuid]


def test_undo_reverts_add_edit_delete_and_restore_in_turn(store: NotesStore) -> None:
    assert not store.can_undo() and store.undo().message == ""
    note = store.add("note", SHUSHA, body="Shusha fell on 8 November").note
    edited = store.update(note.uuid, body="Shusha fell on 8 November 2020", colour="pink").note
    store.delete(note.uuid)
    store.restore(note.uuid)
    assert store.undo().message == "Undid: restore of note 'Shusha fell on 8 November…'"
    assert store.get(note.uuid).deleted is not None
    assert store.undo().message.startswith("Undid: deletion of note")
    assert store.get(note.uuid) == edited
    assert store.undo().message.startswith("Undid: edit of note")
    assert store.get(note.uuid) == note
    assert store.undo().message.startswith("Undid: new note")
    assert store.get(note.uuid) is None and not store.can_undo()


def test_undo_brings_back_an_emptied_trash_and_a_bookmark(store: NotesStore) -> None:
    notes = [store.add("note", SHUSHA, body=b).note for b in ("a", "b")]
    for note in notes:
        store.delete(note.uuid)
    store.empty_trash()
    assert store.undo().message.startswith("Undid: emptying of the trash")
    assert {n.uuid for n in store.trash()} == {n.uuid for n in notes}
    store.toggle_bookmark(SHUSHA)
    store.toggle_bookmark(SHUSHA)
    store.undo()
    assert store.is_bookmarked(SHUSHA)


def test_undo_leaves_alone_a_note_changed_in_another_window(notes_path: Path, store: NotesStore) -> None:
    note = store.add("note", SHUSHA, body="mine").note
    store.update(note.uuid, body="mine, edited")
    with NotesStore(notes_path) as other:
        other.update(note.uuid, body="edited elsewhere")
    message = store.undo().message
    assert message.startswith("Could not undo")
    assert store.get(note.uuid).body == "edited elsewhere"


def test_a_write_that_fails_halfway_leaves_nothing_half_written(store: NotesStore, monkeypatch) -> None:
    from desktop_app.notes import index

    kept = store.add("note", SHUSHA, body="before").note
    document = [store.get(kept.uuid)]
    real_put, calls = index.put, []

    def failing_put(*args) -> None:
        calls.append(args)
        if len(calls) == 2:
            raise sqlite3.OperationalError("disk I/O error")
        real_put(*args)

    monkeypatch.setattr(index, "put", failing_put)
    newcomers = [
        Note(f"00000000-0000-4000-8000-00000000000{i}", "note", SHUSHA, f"imported {i}", (), "yellow",
             "2026-01-01T00:00:00Z", "2026-01-01T00:00:00Z") for i in range(3)
    ]
    with pytest.raises(NotesError, match="Nothing was changed"):
        store.merge(newcomers)
    assert len(calls) == 2  # the first note was written inside the transaction, then rolled back
    monkeypatch.undo()
    assert store.notes(include_deleted=True) == document
    assert store.undo().message.startswith("Undid: new note")  # the failed merge left no undo step


# -- files that cannot be used ----------------------------------------------------------------------

def test_a_file_that_is_not_a_notes_database_is_refused_and_left_alone(tmp_path: Path) -> None:
    other = tmp_path / "other.sqlite"
    with sqlite3.connect(other) as conn:
        conn.execute("CREATE TABLE accounts (name TEXT)")
    conn.close()
    before = other.read_bytes()
    with pytest.raises(NotesError, match="not a 44 Days notes file"):
        NotesStore(other)
    assert other.read_bytes() == before
    garbage = tmp_path / "garbage.sqlite"
    garbage.write_bytes(b"these are not the notes you are looking for" * 100)
    with pytest.raises(NotesError, match="not a 44 Days notes file, or it is damaged"):
        NotesStore(garbage)


def test_a_file_from_a_newer_version_is_refused(notes_path: Path) -> None:
    NotesStore(notes_path).close()
    with sqlite3.connect(notes_path) as conn:
        conn.execute("PRAGMA user_version = 99")
    conn.close()
    with pytest.raises(NotesError, match="newer version of 44 Days"):
        NotesStore(notes_path)


def test_a_folder_that_cannot_be_made_gives_read_only_notes(tmp_path: Path) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the data folder should be")
    store = NotesStore(blocker / "notes.sqlite")
    assert store.read_only and store.notes() == [] and store.search("x") == []
    with pytest.raises(NotesReadOnly, match="cannot be saved") as raised:
        store.add("note", SHUSHA, body="lost?")
    assert str(blocker) in str(raised.value)
    assert blocker.read_text() == "a file where the data folder should be"
