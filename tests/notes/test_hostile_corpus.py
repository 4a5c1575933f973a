"""Hostile notes files (tests/data/hostile) against a store that already holds the user's notes.

Someone else's notes file or teacher pack is imported whole, every body kept as plain text byte for byte, or
refused whole with ImportFailed naming each bad note; the user's own notes never change either way, and no
other error ever reaches the user. Each import runs on a worker thread so that one which opened a path named
in the file (a FIFO, /dev/zero) fails the test instead of hanging the suite.
"""

from __future__ import annotations

import importlib.util
import json
import os
import re
import sys
import threading
import time
import uuid
from datetime import UTC, datetime, timedelta
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from desktop_app.notes import exchange
from desktop_app.notes.exchange import ImportFailed, ImportReport
from desktop_app.notes.model import Note, Target, TextQuote
from desktop_app.notes.store import NotesStore, clean_tags

CORPUS_DIR = Path(__file__).resolve().parent.parent / "data" / "hostile"
HANG = 60.0  # seconds: far longer than any import here takes; past it the import is taken to be stuck
_NOTE_FIELD = re.compile(r"notes\[\d+\]")


def _load_corpus() -> ModuleType:
    """tests/data/hostile is data, not a package: load its script by path."""
    spec = importlib.util.spec_from_file_location("hostile_corpus", CORPUS_DIR / "make_corpus.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up here
    spec.loader.exec_module(module)
    return module


corpus = _load_corpus()


def seed(store: NotesStore) -> NotesStore:
    """The user's own notes, which no import may touch: a note, a highlight and a bookmark."""
    store.add("note", Target("entry", "shusha"), body="My own note <b>stays</b> as I wrote it", tags=["mine"])
    store.add("highlight", Target("passage", "ganja", TextQuote("ganja", "Gəncə was struck", "In October ", "")),
              body="", colour="pink")
    store.toggle_bookmark(Target("entry", "lachin"))
    return store


@pytest.fixture
def lived_in(store: NotesStore) -> NotesStore:
    return seed(store)


def snapshot(store: NotesStore) -> tuple[list[Note], str]:
    """Everything a user could see of the store: every note (trash included) and its export, minus the time
    of the export."""
    notes = store.notes(include_deleted=True)
    exported = exchange.export_json(store, notes)
    return notes, "\n".join(line for line in exported.splitlines() if not line.lstrip().startswith('"exported"'))


def import_within(store: NotesStore, data: bytes | str, seconds: float = HANG) -> ImportReport:
    """exchange.import_json on a worker thread; a test failure, not a hung suite, if it does not finish."""
    outcome: dict[str, Any] = {}

    def run() -> None:
        try:
            outcome["report"] = exchange.import_json(store, data)
        except BaseException as error:  # handed back to the test's thread as is
            outcome["error"] = error

    worker = threading.Thread(target=run, daemon=True)
    worker.start()
    worker.join(seconds)
    assert not worker.is_alive(), f"the import did not finish in {seconds:.0f} s: did it open a path in the file?"
    if "error" in outcome:
        raise outcome["error"]
    return outcome["report"]


def blamed(failure: ImportFailed) -> set[str]:
    """Where the problems are: the note each names ("notes[3]"), else its field ("file", "pack.title")."""
    wheres = set()
    for problem in failure.problems:
        found = _NOTE_FIELD.match(problem.field)
        wheres.add(found.group(0) if found else problem.field)
    return wheres


def assert_refused_plainly(failure: ImportFailed) -> None:
    """The refusal can be shown to the user: every problem says where and what, in text the window can draw."""
    assert failure.problems
    for problem in failure.problems:
        assert problem.field and problem.message
        str(problem).encode("utf-8")  # no lone surrogate from the file leaks into the message
    str(failure).encode("utf-8")


def _instant(text: str) -> datetime:
    return datetime.fromisoformat(text).astimezone(UTC)


def _same_time(stored: str | None, given: Any, where: str) -> None:
    if given is None:
        assert stored is None, where
        return
    assert stored is not None, where
    assert abs(_instant(stored) - _instant(given)) < timedelta(seconds=1), f"{where}: {stored} for {given}"


def _target(raw: dict[str, Any]) -> Target:
    if raw["kind"] != "passage":
        return Target(raw["kind"], raw["id"])
    quote = raw["quote"]
    return Target("passage", raw["id"], TextQuote(raw["id"], quote["exact"], quote.get("prefix") or "",
                                                  quote.get("suffix") or ""))


def check_imported(store: NotesStore, document: dict[str, Any], before: list[Note]) -> None:
    """Every note of `document` is in `store` as the file has it (bodies byte for byte; tags, authors and times
    as the store keeps them; new bookmarks at the end of the reading list in the file's order), and the notes
    that were there before are untouched. `document` holds only fresh uuids."""
    now = {note.uuid: note for note in store.notes(include_deleted=True)}
    for old in before:
        assert now.get(old.uuid) == old, f"the user's own note {old.uuid} changed"
    pack = document.get("pack")
    shifts = set()
    for i, raw in enumerate(document["notes"]):
        where = f"notes[{i}]"
        stored = now.get(str(uuid.UUID(raw["uuid"])))
        assert stored is not None, f"{where} was not imported"
        assert stored.kind == raw["kind"], where
        assert stored.body == (raw.get("body") or ""), f"{where}.body is not the file's text"
        assert stored.target == _target(raw["target"]), where
        assert stored.tags == clean_tags(raw.get("tags") or []), where
        assert stored.colour == (raw.get("colour") or "yellow"), where
        for key in ("created", "updated", "deleted"):
            _same_time(getattr(stored, key), raw.get(key), f"{where}.{key}")
        author = " ".join((raw.get("author") or "").split())
        if pack is not None:
            assert (stored.author, stored.imported) == (author or " ".join(pack["author"].split()), True), where
        else:
            assert (stored.author, stored.imported) == (author, bool(raw.get("imported"))), where
        position = raw.get("position") or 0
        if raw["kind"] == "bookmark":
            shifts.add(stored.position - position)
        else:
            assert stored.position == position, where
    assert len(shifts) <= 1, "imported bookmarks lost the file's reading-list order"
    assert len(now) == len(before) + len(document["notes"])


# -- the corpus -----------------------------------------------------------------------------------------

def test_the_committed_files_are_what_make_corpus_writes(tmp_path: Path) -> None:
    written = corpus.write_corpus(tmp_path)
    assert {path.name for path in written} == {f"{case.name}.json" for case in corpus.COMMITTED} | {"README.md"}
    for path in written:
        assert path.read_bytes() == (CORPUS_DIR / path.name).read_bytes(), f"remake {path.name} with make_corpus.py"
    for case in corpus.COMMITTED:
        assert len(case.data()) < 10_000, f"{case.name} should be a few KB; build big cases at test time"
        case.data().decode("ascii")
    assert b'"body": "\\ud800"' in (CORPUS_DIR / "lone_surrogates.json").read_bytes()


@pytest.mark.parametrize("case", corpus.CASES, ids=lambda case: case.name)
def test_a_hostile_file_is_imported_whole_or_refused_whole(lived_in: NotesStore, case: Any) -> None:
    data = case.data()
    before = snapshot(lived_in)
    if case.outcome == "refused":
        with pytest.raises(ImportFailed) as failed:
            import_within(lived_in, data)
        named = blamed(failed.value)
        if case.or_note:  # too deep: the file, or the note that holds the nesting
            assert named and named <= {*case.blame, case.or_note}, [str(p) for p in failed.value.problems]
        else:
            assert named == set(case.blame), [str(p) for p in failed.value.problems]
        assert_refused_plainly(failed.value)
        assert snapshot(lived_in) == before
    else:
        document = json.loads(data)
        report = import_within(lived_in, data)
        assert report == ImportReport(added=len(document["notes"]), updated=0, unchanged=0)
        check_imported(lived_in, document, before[0])


def test_html_in_a_note_is_kept_as_the_text_it_is(lived_in: NotesStore, tmp_path: Path) -> None:
    import_within(lived_in, (CORPUS_DIR / "html_bodies.json").read_bytes())
    bodies = {note.body for note in lived_in.notes()}
    assert set(corpus.HTML_BODIES) <= bodies
    # Sent on again, to another laptop, it is still the same text.
    again = exchange.export_json(lived_in)
    with NotesStore(tmp_path / "other.sqlite") as other:
        import_within(other, again)
        assert set(corpus.HTML_BODIES) <= {note.body for note in other.notes()}


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="Windows has no FIFOs to name")
def test_a_teacher_pack_naming_a_real_fifo_imports_without_opening_it(lived_in: NotesStore,
                                                                       tmp_path: Path) -> None:
    fifo = tmp_path / "some-fifo"
    os.mkfifo(fifo)
    text = corpus.fifo_pack(str(fifo))
    before = lived_in.notes(include_deleted=True)
    report = import_within(lived_in, text, seconds=20)  # opening the FIFO to read would block for ever
    assert report.added == 4
    check_imported(lived_in, json.loads(text), before)
    assert {note.author for note in lived_in.notes() if note.imported} == {str(fifo), "/dev/zero"}


def test_a_hundred_thousand_notes_import_completely(lived_in: NotesStore) -> None:
    """A big file is not a hostile one: every note arrives. About 8 s, nearly all of it the import itself."""
    text = corpus.many_notes(100_000)
    before = lived_in.notes(include_deleted=True)
    started = time.perf_counter()
    report = import_within(lived_in, text)
    took = time.perf_counter() - started
    assert report == ImportReport(added=100_000, updated=0, unchanged=0), f"{took:.1f} s"
    check_imported(lived_in, json.loads(text), before)
