"""Every write to the notes says what it changed, so the panes update only what they show of it."""

from __future__ import annotations

from desktop_app.notes import exchange
from desktop_app.notes.anchoring import make_quote
from desktop_app.notes.model import Target
from desktop_app.notes.store import NotesStore

SHUSHA = Target("entry", "shusha")
TEXT = "Azerbaijani forces entered Shusha on 8 November 2020."


def test_an_edit_names_the_note_and_its_entry_and_nothing_else(store: NotesStore) -> None:
    note = store.add("note", SHUSHA, body="draft").note
    store.add("note", Target("entry", "lachin"), body="another entry")
    change = store.update(note.uuid, body="final")
    assert change.action == "edit" and change.uuids == {note.uuid}
    assert change.before[note.uuid].body == "draft" and change.after[note.uuid].body == "final"
    assert change.entry_ids == {"shusha"} and change.touches_entry("shusha") and not change.touches_entry("lachin")
    # A note on the entry as a whole marks nothing in its text: the reader has nothing to redraw.
    assert not change.touches_passages_of("shusha")


def test_a_highlight_touches_the_passages_of_its_entry(store: NotesStore) -> None:
    quote = make_quote("shusha", TEXT, TEXT.index("Shusha"), TEXT.index(" on"))
    change = store.add("highlight", Target("passage", "shusha", quote))
    assert change.action == "add" and change.note is not None and change.uuids == {change.note.uuid}
    assert change.touches_passages_of("shusha") and not change.touches_passages_of("lachin")


def test_saving_what_is_already_saved_changes_nothing(store: NotesStore) -> None:
    note = store.add("note", SHUSHA, body="same").note
    change = store.save_edit(note, body="same", tags=(), colour=note.colour)
    assert change.empty and change.note == note


def test_trash_undo_and_emptying_say_which_notes_went_and_came_back(store: NotesStore) -> None:
    kept = store.add("note", SHUSHA, body="kept").note
    gone = store.add("note", SHUSHA, body="gone").note
    deleted = store.delete(gone.uuid)
    assert deleted.action == "delete" and deleted.after[gone.uuid].deleted is not None
    undone = store.undo()
    assert undone.action == "undo" and undone.uuids == {gone.uuid} and undone.after[gone.uuid].deleted is None
    store.delete(gone.uuid)
    emptied = store.empty_trash()
    assert emptied.uuids == {gone.uuid} and emptied.after[gone.uuid] is None and kept.uuid not in emptied.uuids


def test_taking_a_bookmark_off_the_reading_list_names_it(store: NotesStore) -> None:
    mark = store.toggle_bookmark(SHUSHA)
    assert mark.action == "bookmark" and mark.note is not None
    off = store.toggle_bookmark(SHUSHA)
    assert off.action == "unbookmark" and off.note is None and off.uuids == {mark.note.uuid}


def test_an_import_reports_every_note_it_brought(store: NotesStore, tmp_path) -> None:
    with NotesStore(tmp_path / "other.sqlite") as other:
        made = [other.add("note", Target("entry", e), body=e).note for e in ("agdam", "hadrut", "lachin")]
        text = exchange.export_json(other, made)
    report = exchange.import_json(store, text)
    assert report.change is not None and report.change.action == "import"
    assert report.change.uuids == {n.uuid for n in made} and report.change.counts == (3, 0, 0)
    assert exchange.import_json(store, text).change.empty  # the same file again changes nothing
