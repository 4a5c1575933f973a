"""Anything a user can type or bring along: search never raises, a bad import file is refused whole with a
clear message, and huge or unusual text (1 MB, Armenian, Azerbaijani, right-to-left, emoji, NUL) is kept
exactly, found again and survives export and import. Fuzzed with hypothesis; example counts stay small so the
suite stays quick."""

from __future__ import annotations

import json
import tempfile
from dataclasses import replace
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop_app.content import ContentDatabase
from desktop_app.content.schema import SEARCH_GROUPS
from desktop_app.notes import exchange
from desktop_app.notes.exchange import ImportFailed
from desktop_app.notes.model import MAX_NOTE_CHARS, Note, Target, TextQuote
from desktop_app.notes.store import NotesStore

FUZZ = settings(max_examples=150, deadline=None, database=None, suppress_health_check=[HealthCheck.too_slow])

ODD = {
    "armenian": "Շուշի, Ստեփանակերտ և Քարվաճառ",
    "azerbaijani": "Şuşa, Gəncə, Xankəndi, Ağdam, İsmayıllı",
    "rtl": "שושה · شوشا · شهر شوشی",  # Hebrew, Arabic and Persian, with a middle dot between
    "emoji": "🕊️ peace 👨‍👩‍👧 family 🇦🇲🇦🇿 flags",
    "nul": "before\x00after\x00",
    "controls": "tab\tline\nreturn\r\u200b\u200e\u202e reversed\ufeff",
}


@pytest.fixture(scope="module")
def database() -> ContentDatabase:
    from tests.conftest import DATABASE

    with ContentDatabase(DATABASE) as db:
        yield db


def notes_in(folder: Path) -> NotesStore:
    store = NotesStore(folder / "notes.sqlite")
    for name, text in ODD.items():
        store.add("note", Target("entry", "shusha"), body=f"{name}: {text}", tags=[name, text[:12]])
    return store


# -- search ------------------------------------------------------------------------------------------

@FUZZ
@given(text=st.text(), kinds=st.none() | st.lists(st.sampled_from(SEARCH_GROUPS)), limit=st.integers(-1, 80))
def test_any_text_into_content_search_never_raises(database: ContentDatabase, text, kinds, limit) -> None:
    for prefix in (text, text[:1], text[:2]):  # as typed: the first letters too
        results = database.search(prefix, kinds=kinds, limit=limit)
        assert len(results) <= max(limit, 0)
        for result in results:
            for snippet in (result.title, result.snippet):
                assert all(0 <= s < e <= len(snippet.text) for s, e in snippet.marks)


def test_any_text_into_notes_search_never_raises() -> None:
    with tempfile.TemporaryDirectory() as folder, notes_in(Path(folder)) as store:
        count = len(store.notes())

        @FUZZ
        @given(text=st.text() | st.sampled_from(list(ODD.values())))
        def search(text: str) -> None:
            hits = store.search(text)
            assert len(hits) <= count
            assert len(store.notes(text=text)) <= count
            for hit in hits:
                assert all(0 <= s < e <= len(hit.snippet) for s, e in hit.marks)

        search()


# -- import ------------------------------------------------------------------------------------------

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4),
    max_leaves=12,
)


def test_any_bytes_as_an_import_file_are_refused_plainly_and_change_nothing() -> None:
    with tempfile.TemporaryDirectory() as folder, notes_in(Path(folder)) as store:
        before = exchange.export_json(store, store.notes(include_deleted=True))
        kept = store.notes(include_deleted=True)
        note = json.loads(before)["notes"][0]
        keys = sorted(note)

        @FUZZ
        @given(data=st.binary()
               | json_values.map(lambda v: json.dumps(v).encode())
               | st.tuples(st.sampled_from(keys), json_values).map(lambda kv: mutated(before, *kv)))
        def import_file(data: bytes) -> None:
            try:
                exchange.import_json(store, data)
            except ImportFailed as failure:
                assert str(failure).startswith("Nothing was imported")
                assert failure.problems and all(str(p) for p in failure.problems)
                assert store.notes(include_deleted=True) == kept
            else:  # a mutation that is still a valid notes file: it merges (and leaves a readable store)
                store.notes(include_deleted=True)
                store.replace_all(kept)

        import_file()


def mutated(document: str, key: str, value) -> bytes:
    data = json.loads(document)
    data["notes"][0][key] = value
    return json.dumps(data).encode()


# -- huge and odd text -------------------------------------------------------------------------------

def test_a_note_at_the_size_limit_is_kept_found_and_round_tripped(tmp_path: Path) -> None:
    ending = " the-last-word-zanzibar"
    body = ("Lorem Շուշի Gəncə شوشا 🕊️ " * 40_000)[:MAX_NOTE_CHARS - len(ending)] + ending
    with NotesStore(tmp_path / "notes.sqlite") as store:
        note = store.add("note", Target("entry", "shusha"), body=body).note
        assert store.get(note.uuid).body == body
        hits = store.search("zanzibar")
        assert [h.note.uuid for h in hits] == [note.uuid] and "zanzibar" in hits[0].snippet
        text = exchange.export_json(store)
        markdown = exchange.export_markdown(store, store.notes(), lambda t: "Shusha")
        assert body[:1000] in markdown
    with NotesStore(tmp_path / "other.sqlite") as other:
        assert exchange.import_json(other, text).added == 1
        assert other.get(note.uuid).body == body


@pytest.mark.parametrize("name", sorted(ODD))
def test_unusual_scripts_and_characters_are_kept_exactly_and_found(name: str, tmp_path: Path,
                                                                   database: ContentDatabase) -> None:
    text = ODD[name]
    quote = TextQuote("shusha", text, prefix="«", suffix="»")
    with NotesStore(tmp_path / "notes.sqlite") as store:
        note = store.add("note", Target("entry", "shusha"), body=text, tags=[text[:20], "ok"]).note
        mark = store.add("highlight", Target("passage", "shusha", quote), body=text).note
        assert store.get(note.uuid).body == text and store.get(mark.uuid).target.quote == quote
        words = [w for w in text.replace("\x00", " ").split() if w.isalpha()]
        for word in words[:3]:  # each word finds the note again
            assert note.uuid in {h.note.uuid for h in store.search(word)}, word
        database.search(text)  # and as a content query it is only words
        exported = exchange.export_json(store)
    with NotesStore(tmp_path / "imported.sqlite") as other:
        exchange.import_json(other, exported.encode())
        assert other.get(note.uuid) == store_copy(note, other) and other.get(mark.uuid).target.quote == quote


def store_copy(note: Note, store: NotesStore) -> Note:
    """The note as the importing store keeps it (everything the export carries)."""
    return replace(note, position=store.get(note.uuid).position)


def test_azerbaijani_letters_typed_plainly_find_their_notes(tmp_path: Path) -> None:
    with NotesStore(tmp_path / "notes.sqlite") as store:
        note = store.add("note", Target("entry", "ganja"), body=ODD["azerbaijani"]).note
        for typed in ("gence", "GƏNCƏ", "xankendi", "agdam", "ismayilli"):
            assert [h.note.uuid for h in store.search(typed)] == [note.uuid], typed


def test_ten_thousand_notes_export_and_import_losslessly(tmp_path: Path) -> None:
    kinds = ("note", "highlight", "bookmark")
    made = []
    for i in range(10_000):
        kind = kinds[i % 3]
        target = (Target("passage", f"entry-{i % 500}", TextQuote(f"entry-{i % 500}", f"passage {i} Şuşa", "a", "b"))
                  if kind == "highlight" else Target("entry", f"entry-{i}"))
        made.append(Note(f"{i:08d}-0000-4000-8000-000000000000", kind, target, f"note {i} {ODD['armenian']}",
                         (f"tag{i % 17}", ODD["emoji"][:2]), "yellow", "2026-01-01T00:00:00Z",
                         f"2026-01-02T00:{i % 60:02d}:00Z", position=i if kind == "bookmark" else 0))
    with NotesStore(tmp_path / "notes.sqlite") as store:
        assert store.merge(made).counts == (10_000, 0, 0)
        text = exchange.export_json(store, store.notes(include_deleted=True))
        original = sorted(store.notes(include_deleted=True), key=lambda n: n.uuid)
    with NotesStore(tmp_path / "copy.sqlite") as copy:
        assert exchange.import_json(copy, text.encode()) == exchange.ImportReport(10_000, 0, 0)
        assert sorted(copy.notes(include_deleted=True), key=lambda n: n.uuid) == original
        assert exchange.import_json(copy, text.encode()) == exchange.ImportReport(0, 0, 10_000)
        assert len(copy.search("Ստեփանակերտ", limit=20_000)) == 10_000


def test_odd_text_typed_into_the_window_breaks_nothing(qtbot, database: ContentDatabase, tmp_path: Path) -> None:
    from desktop_app.ui.main_window import MainWindow
    from desktop_app.ui.notes import NotesModel

    window = MainWindow(database, notes=NotesModel.open(tmp_path / "notes.sqlite"))
    qtbot.addWidget(window)
    window.show()
    window.notes_pane.new_note(Target("entry", "shusha"))
    for text in [*ODD.values(), "x" * 100_000, '"*) OR NOT (', "\x00"]:
        window.search.field.setText(text)
        window.notes_pane.filter.setText(text)
        window.notes_pane.editor.setPlainText(text)
        window.notes_pane.flush()
        qtbot.wait(80)  # let the debounced search run on every one
        assert window.notes.store.notes()[0].body == window.notes_pane.editor.toPlainText()  # (\r reads as \n)
        assert window.notes_pane.saved.text() == "Saved"
    window.close()
