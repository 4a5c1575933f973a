"""Two copies of the app on one notes file, editing the same note: neither version is lost, and the one
who saves second learns that the note had changed (NotesStore.save_edit)."""

from __future__ import annotations

from pathlib import Path

from desktop_app.notes.model import Target
from desktop_app.notes.store import NotesStore
from tests.notes.test_durability import check_file


def test_an_edit_made_on_an_old_copy_keeps_the_newer_version_too(notes_path: Path, clock) -> None:
    with NotesStore(notes_path, clock=clock) as laptop, NotesStore(notes_path, clock=clock) as lab:
        note = laptop.add("note", Target("entry", "shusha"), body="draft", tags=["essay"]).note
        seen_in_lab = lab.get(note.uuid)
        laptop.save_edit(note, body="laptop version", tags=["essay"], colour="yellow")

        change = lab.save_edit(seen_in_lab, body="lab version", tags=["essay", "lab"], colour="green")
        saved, kept = change.note, change.kept

        assert saved.uuid == note.uuid and saved.body == "lab version"
        assert kept is not None and kept.uuid != note.uuid
        assert (kept.body, kept.tags, kept.target) == ("laptop version", ("essay",), note.target)
        assert sorted(n.body for n in laptop.notes()) == ["lab version", "laptop version"]
        assert lab.undo().message.startswith("Undid")  # one undo takes back both: the edit and the kept copy
        assert [n.body for n in lab.notes()] == ["laptop version"]
    check_file(notes_path)


def test_a_note_trashed_elsewhere_comes_back_with_the_edit(notes_path: Path, clock) -> None:
    with NotesStore(notes_path, clock=clock) as laptop, NotesStore(notes_path, clock=clock) as lab:
        note = laptop.add("note", Target("entry", "lachin"), body="draft").note
        lab.delete(note.uuid)
        change = laptop.save_edit(note, body="still writing", tags=[], colour="yellow")
        saved, kept = change.note, change.kept
        assert saved.deleted is None and laptop.get(note.uuid).body == "still writing"
        assert kept is not None and kept.deleted is not None and kept.body == "draft"
        assert [n.body for n in lab.trash()] == ["draft"]


def test_saving_on_top_of_ones_own_save_is_no_conflict(notes_path: Path, clock) -> None:
    with NotesStore(notes_path, clock=clock) as store:
        base = store.add("note", Target("entry", "ganja"), body="one").note
        for text in ("one, two", "one, two, three"):
            change = store.save_edit(base, body=text, tags=[], colour="yellow")
            base, kept = change.note, change.kept
            assert kept is None
        change = store.save_edit(base, body="one, two, three", tags=[], colour="yellow")
        unchanged, kept = change.note, change.kept
        assert kept is None and unchanged == base
        assert [n.body for n in store.notes()] == ["one, two, three"]
