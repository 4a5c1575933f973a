"""Export as a study sheet and as JSON, import with plain-words errors, teacher packs."""

from __future__ import annotations

import json
import uuid
from pathlib import Path

import pytest

from desktop_app.notes import exchange
from desktop_app.notes.exchange import ImportFailed, ImportProblem
from desktop_app.notes.model import Note, Target, TextQuote
from desktop_app.notes.store import NotesStore

TITLES = {"shusha": "Shusha", "lachin": "Lachin corridor", "ganja": "Missile strikes on Ganja",
          "ev-8-nov": "Shusha", "agdam": "Agdam"}


def titles(target: Target) -> str:
    return TITLES[target.id]


def passage(entry_id: str, exact: str, prefix: str = "", suffix: str = "") -> Target:
    return Target("passage", entry_id, TextQuote(entry_id, exact, prefix, suffix))


@pytest.fixture
def filled(store: NotesStore) -> NotesStore:
    store.add("note", Target("entry", "shusha"), body="Compare **both** sides' claims.", tags=["ceasefire", "Shusha"])
    store.add("highlight", passage("shusha", "the town fell on 8 November", "Reports said ", ", and"),
              body="Aliyev announced it first.", colour="pink")
    store.add("note", Target("event", "ev-8-nov"), body="The day of the announcement.")
    store.add("highlight", passage("ganja", "Gəncə was struck\nagain [twice]", "In October ", " by missiles"))
    store.toggle_bookmark(Target("entry", "lachin"))
    store.toggle_bookmark(Target("entry", "agdam"))
    gone = store.add("note", Target("entry", "lachin"), body="in the trash", tags=["old"], colour="blue").note
    store.delete(gone.uuid)
    store.merge([Note("7d444b2e-8f0a-4c3b-9d5e-6f7a8b9c0d1e", "note", Target("place", "agdam"), "From the teacher",
                      ("maps",), "green", "2026-01-01T10:00:00Z", "2026-01-02T10:00:00Z", "Ms. Aliyeva", True, 0)])
    store.move_bookmark(store.bookmarks()[1].uuid, 0)
    return store


def everything(store: NotesStore) -> dict[str, Note]:
    return {n.uuid: n for n in store.notes(include_deleted=True)}


# -- Markdown -----------------------------------------------------------------------------------------

def test_markdown_reads_as_a_study_sheet(filled: NotesStore) -> None:
    sheet = exchange.export_markdown(filled, filled.notes(), titles)
    lines = sheet.splitlines()
    assert lines[0] == "# Study notes"
    headings = [line for line in lines if line.startswith("## ")]
    # One section per entry, in title order; the event note sits with its entry's title.
    assert headings == ["## Agdam", "## Lachin corridor", "## Missile strikes on Ganja", "## Shusha"]
    shusha = sheet[sheet.index("## Shusha"):]
    assert "[Open “Shusha” in 44 Days](fortyfourdays://entry/shusha)" in shusha
    assert "> the town fell on 8 November" in shusha
    assert "Aliyev announced it first." in shusha and "Compare **both** sides' claims." in shusha
    assert "*Tags: ceasefire, Shusha*" in shusha
    assert shusha.index("Compare **both**") < shusha.index("> the town fell")  # notes on the entry come first
    # A quote is shown literally, line by line, inside the blockquote.
    assert "> Gəncə was struck\n> again \\[twice\\]" in sheet
    assert "by Ms. Aliyeva, imported*" in sheet
    assert "*On the reading list.*" in sheet[sheet.index("## Lachin"):sheet.index("## Missile")]
    assert "in the trash" not in sheet  # only the notes asked for


def test_markdown_of_one_entry(filled: NotesStore) -> None:
    sheet = exchange.export_markdown(filled, filled.notes(entry_id="ganja"), titles, title="Ganja")
    assert [line for line in sheet.splitlines() if line.startswith("#")] == ["# Ganja", "## Missile strikes on Ganja"]
    assert "(fortyfourdays://entry/ganja)" in sheet


# -- JSON -----------------------------------------------------------------------------------------------

def test_json_round_trip_is_lossless(filled: NotesStore, tmp_path: Path) -> None:
    text = exchange.export_json(filled, filled.notes(include_deleted=True))
    document = json.loads(text)
    assert (document["format"], document["version"], document["pack"]) == ("44days-notes", 1, None)
    with NotesStore(tmp_path / "other.sqlite") as other:
        report = exchange.import_json(other, text.encode("utf-8"))
        assert report == exchange.ImportReport(added=8, updated=0, unchanged=0)
        assert everything(other) == everything(filled)
        assert [b.uuid for b in other.bookmarks()] == [b.uuid for b in filled.bookmarks()]
        again = exchange.export_json(other, other.notes(include_deleted=True))
    assert json.loads(again)["notes"] == document["notes"]


def test_importing_the_same_file_twice_changes_nothing(filled: NotesStore, tmp_path: Path) -> None:
    text = exchange.export_json(filled, filled.notes(include_deleted=True))
    assert exchange.import_json(filled, text) == exchange.ImportReport(0, 0, 8)
    with NotesStore(tmp_path / "other.sqlite") as other:
        other.toggle_bookmark(Target("entry", "shusha"))
        exchange.import_json(other, text)
        first = everything(other)
        assert exchange.import_json(other, text) == exchange.ImportReport(0, 0, 8)
        assert everything(other) == first
        # Imported bookmarks join the end of the existing reading list.
        assert [b.target.id for b in other.bookmarks()] == ["shusha", "agdam", "lachin"]


def test_a_newer_copy_of_a_note_wins_and_an_older_one_does_not(filled: NotesStore) -> None:
    note = filled.notes(kind="note")[0]
    document = json.loads(exchange.export_json(filled, [note]))
    newer = dict(document["notes"][0], body="edited on the other laptop", updated="2099-01-01T00:00:00Z")
    older = dict(document["notes"][0], body="an old version", updated="2000-01-01T00:00:00Z")
    assert exchange.import_json(filled, json.dumps({**document, "notes": [older]})) == exchange.ImportReport(0, 0, 1)
    assert filled.get(note.uuid).body == note.body
    assert exchange.import_json(filled, json.dumps({**document, "notes": [newer]})) == exchange.ImportReport(0, 1, 0)
    assert filled.get(note.uuid).body == "edited on the other laptop"
    assert filled.undo().message == "Undid: import of 1 note"
    assert filled.get(note.uuid) == note


def test_a_note_trashed_on_another_laptop_goes_to_the_trash_here_too(filled: NotesStore, tmp_path: Path) -> None:
    with NotesStore(tmp_path / "laptop.sqlite") as laptop:
        exchange.import_json(laptop, exchange.export_json(filled, filled.notes(include_deleted=True)))
        note = laptop.notes(kind="note")[0]
        laptop.delete(note.uuid)
        back = exchange.export_json(laptop, laptop.notes(include_deleted=True))
    assert exchange.import_json(filled, back) == exchange.ImportReport(0, 1, 7)
    assert filled.get(note.uuid).deleted is not None and filled.get(note.uuid).body == note.body


# -- import validation ------------------------------------------------------------------------------------

def good_document(store: NotesStore) -> dict:
    return json.loads(exchange.export_json(store, store.notes(include_deleted=True)))


def line_of(text: str, needle: str) -> int:
    return text[:text.index(needle)].count("\n") + 1


def set_field(document: dict, path: tuple, value) -> None:
    here = document
    for part in path[:-1]:
        here = here[part]
    if value is KeyError:
        del here[path[-1]]
    else:
        here[path[-1]] = value


@pytest.mark.parametrize(("path", "value", "field", "needle", "words"), [
    (("format",), "some-other-app", "format", '"format"', "not a 44 Days notes file"),
    (("version",), 2, "version", '"version"', "newer version of 44 Days"),
    (("notes", 2, "uuid"), KeyError, "notes[2].uuid", None, "is missing"),
    (("notes", 1, "body"), 42, "notes[1].body", '"body": 42', "must be text, not the number 42"),
    (("notes", 0, "tags"), "ceasefire", "notes[0].tags", '"tags": "ceasefire"', "must be a list"),
    (("notes", 3, "uuid"), "not-a-uuid", "notes[3].uuid", '"not-a-uuid"', "not a UUID"),
    (("notes", 1, "target", "kind"), "battle", "notes[1].target.kind", '"battle"', "unknown kind of target"),
    (("notes", 2, "updated"), "2020-13-45", "notes[2].updated", '"2020-13-45"', "not a time from 1900 to 2200"),
    (("notes", 3, "target", "quote"), None, "notes[3].target.quote", '"quote": null', "is empty (null)"),
    (("notes", 0, "imported"), "yes", "notes[0].imported", '"imported": "yes"', "must be true or false"),
    (("notes", 0, "colour"), "purple", "notes[0].colour", '"purple"', "must be one of yellow, green"),
])
def test_each_malformed_file_names_line_and_field_and_changes_nothing(filled: NotesStore, path, value, field,
                                                                      needle, words) -> None:
    document = good_document(filled)
    set_field(document, path, value)
    text = json.dumps(document, indent=2, ensure_ascii=False)
    before = everything(filled)
    with pytest.raises(ImportFailed) as failed:
        exchange.import_json(filled, text)
    [problem] = failed.value.problems
    assert problem.field == field and words in problem.message
    if needle is not None:
        assert problem.line == line_of(text, needle)
    else:  # a missing field: the line where its note starts
        note = json.dumps(document["notes"][2], indent=2, ensure_ascii=False).replace("\n", "\n    ")
        assert problem.line == line_of(text, note)
    assert str(problem).startswith(f"line {problem.line}, {field}: ")
    assert everything(filled) == before


def test_not_json_at_all(store: NotesStore) -> None:
    for data, words in [(b"", "the file is empty"), (b"\xff\xfe\x00garbage", "not UTF-8"),
                        (b'{"format": "44days-notes",\n "notes": [}', "not valid JSON"),
                        (b"[1, 2, 3]", "not a list"), (b"# My notes\n\n- one", "not valid JSON"),
                        (b"[" * 100_000 + b"]" * 100_000, "far deeper than a notes file")]:
        with pytest.raises(ImportFailed) as failed:
            exchange.import_json(store, data)
        [problem] = failed.value.problems
        assert words in problem.message and problem.field == "file"
    assert store.notes(include_deleted=True) == []


def test_problems_are_all_listed_and_a_good_note_beside_them_is_not_imported(filled: NotesStore,
                                                                                tmp_path: Path) -> None:
    document = good_document(filled)
    document["notes"][0]["kind"] = "sticky"
    document["notes"][4]["created"] = "yesterday"
    document["notes"][5]["uuid"] = document["notes"][6]["uuid"]
    with NotesStore(tmp_path / "empty.sqlite") as empty:
        with pytest.raises(ImportFailed) as failed:
            exchange.import_json(empty, json.dumps(document, indent=2))
        assert [p.field for p in failed.value.problems] == ["notes[0].kind", "notes[4].created", "notes[6].uuid"]
        assert "Nothing was imported; the file has 3 problems" in str(failed.value)
        assert empty.notes(include_deleted=True) == []


def test_problem_wording() -> None:
    assert str(ImportProblem(12, "notes[3].body", "must be text")) == "line 12, notes[3].body: must be text"
    assert str(ImportProblem(None, "file", "is empty")) == "file: is empty"


# -- teacher packs --------------------------------------------------------------------------------------

def test_a_teacher_pack_brings_the_reading_list_and_its_notes_marked_with_the_author(filled: NotesStore,
                                                                                   tmp_path: Path) -> None:
    filled.add("note", passage("agdam", "Agdam was returned", "", ""), body="Returned on 20 November")
    filled.add("note", Target("entry", "ganja"), body="not on the reading list")
    pack = exchange.export_teacher_pack(filled, "Week 3: the ceasefire", "Ms. Petrosyan")
    assert json.loads(pack)["pack"] == {"title": "Week 3: the ceasefire", "author": "Ms. Petrosyan"}
    with NotesStore(tmp_path / "student.sqlite") as student:
        mine = student.add("note", Target("entry", "shusha"), body="my own note").note
        report = exchange.import_json(student, pack)
        assert report.added == 3 and report.updated == 0
        assert [b.target.id for b in student.bookmarks()] == ["agdam", "lachin"]
        imported = [n for n in student.notes() if n.uuid != mine.uuid]
        assert {n.body for n in imported if n.kind == "note"} == {"Returned on 20 November"}
        assert {(n.author, n.imported) for n in imported} == {("Ms. Petrosyan", True)}
        assert student.get(mine.uuid) == mine  # the student's own notes are untouched
        assert exchange.import_json(student, pack) == exchange.ImportReport(0, 0, 3)
        # The student reorders the list; the teacher then edits a bookmark and sends the pack again:
        # the edit arrives, the student's order stays.
        student.move_bookmark(student.bookmarks()[1].uuid, 0)
        filled.update(filled.bookmarks()[0].uuid, body="Start here")
        again = exchange.export_teacher_pack(filled, "Week 3: the ceasefire", "Ms. Petrosyan")
        assert exchange.import_json(student, again) == exchange.ImportReport(0, 1, 2)
        assert [(b.target.id, b.body) for b in student.bookmarks()] == [("lachin", ""), ("agdam", "Start here")]
        edited = student.update(student.bookmarks()[1].uuid, body="my answer").note
        assert (edited.author, edited.imported) == ("Ms. Petrosyan", True)


def test_a_pack_is_previewed_before_anything_is_written(filled: NotesStore, tmp_path: Path) -> None:
    pack = exchange.export_teacher_pack(filled, "Week  3:\tthe ceasefire", "Ms. Petrosyan")
    with NotesStore(tmp_path / "student.sqlite") as student:
        first = exchange.preview_import(student, pack)
        assert student.notes() == []  # a preview writes nothing
        assert (first.total, first.counts["bookmark"], first.entries, first.others) == (2, 2, 2, 0)
        assert first.already_here == 0
        assert first.describe().splitlines() == [
            "Reading list “Week 3: the ceasefire” by Ms. Petrosyan.",
            "It holds 2 reading-list items, on 2 entries."]
        exchange.import_json(student, pack)
        again = exchange.preview_import(student, pack)
        assert again.already_here == 2
        assert exchange.preview_import(student, exchange.export_json(filled)).describe().splitlines()[0] == (
            "It holds 3 notes, 2 highlights and 2 reading-list items, on 4 entries and 2 events, places or figures.")
        assert "2 of them you have already: they are updated, not doubled." in again.describe()


def test_a_preview_of_a_broken_file_lists_its_problems_as_the_import_would(store: NotesStore) -> None:
    with pytest.raises(ImportFailed, match="not a 44 Days notes file"):
        exchange.preview_import(store, b'{"format": "something-else"}')


def test_markdown_keeps_a_notes_emphasis_but_not_its_html_or_images(store: NotesStore) -> None:
    store.add("note", Target("entry", "shusha"),
              body='**Both** sides <img src="file:///dev/zero"> ![x](file:///etc/passwd) <script>x</script>')
    sheet = exchange.export_markdown(store, store.notes(), titles)
    assert "**Both** sides" in sheet
    assert "<img" not in sheet.replace("\\<img", "") and "<script" not in sheet.replace("\\<script", "")
    assert "![" not in sheet.replace("\\![", "")


def test_a_cancelled_import_imports_nothing_at_any_stage(filled: NotesStore) -> None:
    document = good_document(filled)
    for i in range(1200):  # enough for several progress reports
        document["notes"].append({**document["notes"][0], "uuid": str(uuid.UUID(int=i + 1)), "body": f"copy {i}"})
    text = json.dumps(document, indent=2)
    before = everything(filled)
    for stage in ("Reading", "Checking", "Importing"):
        seen: list[tuple[str, int, int]] = []

        def progress(doing: str, done: int, total: int, stage: str = stage, seen: list = seen) -> None:
            seen.append((doing, done, total))
            if doing == stage and (stage == "Reading" or done >= 500):
                raise exchange.ImportCancelled()

        with pytest.raises(exchange.ImportCancelled):
            exchange.import_json(filled, text, progress)
        assert everything(filled) == before, stage
        assert seen[-1][0] == stage
    reports: list[tuple[str, int, int]] = []
    exchange.import_json(filled, text, lambda doing, done, total: reports.append((doing, done, total)))
    assert ("Importing", 1000, len(document["notes"])) in reports
    assert len(everything(filled)) > len(before)
