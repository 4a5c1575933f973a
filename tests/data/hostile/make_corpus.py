"""Hostile notes files: what a notes file or teacher pack made by someone else might hold to break an import.

Each case is a file the app must either import whole, every body kept as plain text, or refuse whole, naming
the notes that are wrong (`notes[3]` ...) and changing nothing. Small cases are committed as JSON beside this
script; big ones (a 1 MB body, 10,000 nested lists, 100,000 notes) are built at test time by the functions
below, so the repository holds no large files. Remake the committed files and README.md with

    .venv/bin/python tests/data/hostile/make_corpus.py

The output is the same on every run (fixed uuids and times); tests/notes/test_hostile_corpus.py checks that.
The limits here are the import contract's, written out rather than imported, so the corpus tests the app
instead of agreeing with it.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
NAMESPACE = uuid.UUID("5c0f6a52-3e1b-4f7a-9d2e-44da7a000000")
MAX_NOTE_CHARS = 1_000_000
MAX_POSITION = 1_000_000_000
FIFO = "/tmp/some-fifo"
HTML_BODIES = (
    '<img src="file:///dev/zero">',
    '<img src="file:///tmp/some-fifo">',
    "<b>bold</b>",
    "<img width=400 src=x>",
    '<a href="javascript:alert(1)">',
    "<style>*{font-size:400px}</style>",
    "<script>alert(1)</script><iframe src=\"file:///etc/passwd\"></iframe>",
    "&lt;not a tag&gt; &amp; <!-- a comment --> ![x](file:///dev/zero)",
    '<table><tr><td background="file:///dev/zero">1</td></tr></table>',
)


@dataclass(frozen=True)
class Case:
    """One hostile file: what it tries, and what the import must do with it."""

    name: str
    tries: str
    outcome: str  # "imported" (whole, as plain text) or "refused" (whole, nothing changed)
    blame: tuple[str, ...] = ()  # for a refusal, exactly where the problems are: "notes[3]", "file", "pack.title"
    or_note: str | None = None  # nesting too deep: naming this note instead of (or as well as) the file is fine
    build: Callable[[], str] = field(default=lambda: "", compare=False, repr=False)
    committed: bool = True  # committed as <name>.json; False: built by `build` at test time

    @property
    def path(self) -> Path:
        return HERE / f"{self.name}.json"

    def data(self) -> bytes:
        """The file's bytes, as a user's import would read them."""
        return self.path.read_bytes() if self.committed else self.build().encode("utf-8")


def note(case: str, i: int, **fields: Any) -> dict[str, Any]:
    """A valid note, the i-th of the file for `case`, with `fields` replaced; its uuid is fixed per case."""
    made: dict[str, Any] = {
        "uuid": str(uuid.uuid5(NAMESPACE, f"{case}/{i}")), "kind": "note",
        "target": {"kind": "entry", "id": f"entry-{i}"}, "body": f"Note {i} of {case}", "tags": ["hostile"],
        "colour": "yellow", "created": "2026-01-01T10:00:00Z", "updated": "2026-01-02T10:00:00Z", "author": "",
        "imported": False, "position": 0, "deleted": None,
    }
    made.update(fields)
    return made


def passage(entry_id: str, exact: str, prefix: str = "", suffix: str = "") -> dict[str, Any]:
    return {"kind": "passage", "id": entry_id, "quote": {"exact": exact, "prefix": prefix, "suffix": suffix}}


def notes_file(notes: Any, *, pack: Any = None, exported: Any = "2026-11-25T08:47:43Z",
               raw: dict[str, str] | None = None, indent: int | None = 2) -> str:
    """The text of a notes file; each `raw` key (a placeholder string value) is replaced by its raw JSON text,
    for values Python's json will not write (10,000 nested lists, a 5,000-digit number)."""
    document = {"format": "44days-notes", "version": 1, "exported": exported, "pack": pack, "notes": notes}
    text = json.dumps(document, indent=indent, ensure_ascii=True) + "\n"  # a lone surrogate stays "\ud800"
    for placeholder, value in (raw or {}).items():
        text = text.replace(json.dumps(placeholder), value)
    return text


def nested_lists(depth: int) -> str:
    return "[" * depth + "]" * depth


# -- the committed cases ---------------------------------------------------------------------------------

def html_bodies() -> str:
    case = "html_bodies"
    notes = [note(case, i, body=body) for i, body in enumerate(HTML_BODIES)]
    notes.append(note(case, len(notes), kind="highlight", body="<b>quoted</b>",
                      target=passage("shusha", "<img src=x onerror=alert(1)>", "<p>", "</p>"),
                      tags=["<b>tag</b>", "<img src=x>"]))
    return notes_file(notes)


def device_paths_pack() -> str:
    case = "device_paths_pack"
    notes = [
        note(case, 0, body="/dev/zero"),
        note(case, 1, body=f"file://{FIFO}\n/dev/urandom\n/proc/self/fd/0\n\\\\.\\PhysicalDrive0\nCON\nNUL\nCOM1"),
        note(case, 2, body=f"![map](file://{FIFO}) [open](file:///dev/zero)",
             tags=["/dev/zero", f"file://{FIFO}", "CON", "\\\\.\\pipe\\x"]),
        note(case, 3, target={"kind": "entry", "id": "../../../dev/zero"}, body="an id that looks like a path"),
        note(case, 4, kind="highlight", target=passage("shusha", "/dev/zero", FIFO, "/dev/random"), body=""),
        note(case, 5, author="/dev/stdin", body="a note with its own author"),
        note(case, 6, kind="bookmark", target={"kind": "event", "id": "ev-dev-zero"}, body=FIFO, position=0),
    ]
    return notes_file(notes, pack={"title": "file:///dev/zero", "author": FIFO})


def position_overflow() -> str:
    case = "position_overflow"
    positions = [MAX_POSITION, 10**30, -MAX_POSITION, -(2**70), 2**63 - 1, 2**64, MAX_POSITION + 1]
    return notes_file([note(case, i, kind="bookmark", target={"kind": "entry", "id": f"mark-{i}"}, position=p)
                       for i, p in enumerate(positions)])


def position_5000_digits() -> str:
    case = "position_5000_digits"
    notes = [note(case, i) for i in range(3)]
    notes[2]["position"] = "@@5000 digits@@"
    return notes_file(notes, raw={"@@5000 digits@@": "9" * 5000})


def odd_times() -> str:
    case = "odd_times"
    notes = [
        note(case, 0, created="0001-01-01T00:00:00+14:00"),  # before year 1 in UTC
        note(case, 1, updated="9999-12-31T23:59:59-14:00"),  # after year 9999 in UTC
        note(case, 2, deleted="2026-01-01T00:00:00"),  # no time zone
        note(case, 3, created="1899-12-31T23:59:59Z"),
        note(case, 4, updated="2201-01-01T00:00:00Z"),
        note(case, 5, created="2026-02-30T00:00:00Z"),
        note(case, 6, created="1900-01-01T00:00:00+00:01"),  # 1899 in UTC
        note(case, 7, created="1900-01-01T00:00:00Z", updated="2200-12-31T23:59:59Z"),  # the edges: fine
        note(case, 8, created=1767225600),
        note(case, 9, created=""),
        note(case, 10, updated="yesterday"),
        note(case, 11, created="2026-11-25T08:47:43.123456+05:30", updated="2026-11-25T08:47:43-12:00"),  # fine
        note(case, 12, created="2026-01-01T00:00:00+24:00"),
        note(case, 13, updated="2026-01-01T25:00:00Z"),
        note(case, 14, deleted="+99999-01-01T00:00:00Z"),
    ]
    return notes_file(notes, exported="9999-12-31T23:59:59-14:00")


def odd_but_valid_times() -> str:
    case = "odd_but_valid_times"
    notes = [
        note(case, 0, created="2026-11-25T08:47:43+14:00", updated="2026-11-25T08:47:43-12:00"),
        note(case, 1, created="2026-11-25T08:47:43.999999Z", updated="2026-11-25T08:47:43.000001+05:45"),
        note(case, 2, created="1900-01-01T00:00:00Z", updated="2200-12-31T23:59:59Z"),
        note(case, 3, created="1900-01-01T10:00:00+09:59", updated="2200-12-31T10:00:00-13:59"),
        note(case, 4, deleted="2026-03-01T00:00:00+01:00"),
    ]
    return notes_file(notes, exported="2026-11-25T08:47:43+14:00")


def lone_surrogates() -> str:
    case = "lone_surrogates"
    notes = [
        note(case, 0, body="\ud800"),
        note(case, 1, tags=["fine", "\udfff"]),
        note(case, 2, kind="highlight", target=passage("shusha", "a\ud83dz")),
        note(case, 3, author="Ms. \udc00"),
        note(case, 4, target={"kind": "entry", "id": "shusha\ud800"}),
        note(case, 5, body="a whole pair is fine: \ud83d\udd4a"),
        note(case, 6, kind="highlight", target=passage("shusha", "fine", prefix="\udbff")),
        note(case, 7, kind="highlight", target=passage("shusha", "fine", suffix="x\ud800y")),
    ]
    return notes_file(notes, pack={"title": "Week \ud800", "author": "Ms. Aliyeva"})


def bad_target_ids() -> str:
    case = "bad_target_ids"
    ids: list[Any] = ["", "a\nb", "x" * 201, "\x00", "del\x7f", "y" * 200, "tab\tid", 42, None, "shusha"]
    return notes_file([note(case, i, target={"kind": "entry", "id": ident}) for i, ident in enumerate(ids)])


def duplicate_uuids() -> str:
    case = "duplicate_uuids"
    notes = [note(case, i) for i in range(6)]
    notes[2]["uuid"] = notes[0]["uuid"]
    notes[4]["uuid"] = notes[1]["uuid"].upper()  # the same uuid, written in capitals
    return notes_file(notes)


def bad_uuid_shapes() -> str:
    case = "bad_uuid_shapes"
    good = str(uuid.uuid5(NAMESPACE, case))
    shapes: list[Any] = ["", "not-a-uuid", good[:-1], good + "0", 12345, None, "x" * 2000, good[:8] + "\n" + good[9:],
                         "../../etc/passwd", "'; DROP TABLE notes; --", good[:-1] + "g"]
    notes = [note(case, i, uuid=shape) for i, shape in enumerate(shapes)]
    missing = note(case, len(notes))
    del missing["uuid"]
    notes += [missing, note(case, len(notes) + 1)]  # one with no uuid, then a good one
    return notes_file(notes)


def unknown_kinds() -> str:
    case = "unknown_kinds"
    notes = [
        note(case, 0, kind="sticky"),
        note(case, 1, kind="NOTE"),
        note(case, 2, kind=""),
        note(case, 3, target={"kind": "battle", "id": "shusha"}),
        note(case, 4, target={"kind": "__proto__", "id": "shusha"}),
        note(case, 5, colour="purple"),
        note(case, 6, kind="bookmark "),
        note(case, 7, target={"kind": "Entry", "id": "shusha"}),
        note(case, 8, kind=None),
        note(case, 9, kind="highlight", target=passage("shusha", "fine")),
    ]
    return notes_file(notes)


def wrong_types() -> str:
    case = "wrong_types"
    notes: list[Any] = [
        note(case, 0, body=42),
        note(case, 1, body=["x"]),
        note(case, 2, body={"text": "x"}),
        note(case, 3, tags="ceasefire"),
        note(case, 4, tags=[1, 2]),
        note(case, 5, tags=[None]),
        note(case, 6, imported="yes"),
        note(case, 7, position=1.5),
        note(case, 8, position="3"),
        note(case, 9, position=True),
        note(case, 10, created=1767225600.5),
        note(case, 11, target="shusha"),
        note(case, 12, target={"kind": "passage", "id": "shusha", "quote": "the quote"}),
        "a note",
        None,
        [],
        note(case, 16, body=[[["three lists deep"]]]),
        note(case, 17, colour=0),
        note(case, 18),  # a good one
    ]
    return notes_file(notes)


def top_level_wrong_types() -> str:
    return notes_file({"0": note("top_level_wrong_types", 0)}, pack="Week 3")


def tag_limits() -> str:
    case = "tag_limits"
    notes = [
        note(case, 0, tags=[f"t{i}" for i in range(100)]),  # 100 tags: fine
        note(case, 1, tags=[f"t{i}" for i in range(101)]),
        note(case, 2, tags=["fine", "x" * 201]),
        note(case, 3, tags=["y" * 200]),  # fine
    ]
    return notes_file(notes)


def deep_nesting() -> str:
    case = "deep_nesting"
    notes = [note(case, i) for i in range(3)]
    notes[1]["body"] = "@@deep@@"
    return notes_file(notes, raw={"@@deep@@": nested_lists(2000)})


def nested_in_position() -> str:
    case = "nested_in_position"
    notes = [note(case, i) for i in range(3)]
    notes[2]["position"] = "@@deep@@"
    return notes_file(notes, raw={"@@deep@@": nested_lists(20)})


# -- built at test time ----------------------------------------------------------------------------------

def html_table() -> str:
    """A 3,000-row table in one body (about 170 KB): plain text to the app, laid out by nothing."""
    rows = "".join(f"<tr><td>{i}</td><td><img src=\"file:///dev/zero\"></td></tr>" for i in range(3000))
    return notes_file([note("html_table", 0, body=f"<table>{rows}</table>"), note("html_table", 1, body="<b>x</b>")])


def body_at_limit() -> str:
    return notes_file([note("body_at_limit", 0, body="<b>" + "x" * (MAX_NOTE_CHARS - 3))])


def oversized_body() -> str:
    case = "oversized_body"
    return notes_file([note(case, 0), note(case, 1, body="x" * (MAX_NOTE_CHARS + 1)), note(case, 2)])


def long_quotes() -> str:
    """Quotes of 10,000 characters each part: a long passage, still allowed."""
    return notes_file([note("long_quotes", 0, kind="highlight",
                            target=passage("shusha", "e" * 10_000, "p" * 10_000, "s" * 10_000))])


def oversized_quotes() -> str:
    case, big = "oversized_quotes", "q" * (MAX_NOTE_CHARS + 1)
    return notes_file([note(case, 0, kind="highlight", target=passage("shusha", big)),
                       note(case, 1, kind="highlight", target=passage("shusha", "fine", prefix=big)),
                       note(case, 2, kind="highlight", target=passage("shusha", "fine", suffix=big)),
                       note(case, 3)])


def tags_at_limit() -> str:
    return notes_file([note("tags_at_limit", 0, tags=[f"{i:03d}" + "t" * 197 for i in range(100)])])


def deep_lists_10000() -> str:
    case = "deep_lists_10000"
    notes = [note(case, 0), note(case, 1, body="@@deep@@")]
    return notes_file(notes, raw={"@@deep@@": nested_lists(10_000)})


def deep_objects_100000() -> str:
    case = "deep_objects_100000"
    notes = [note(case, 0, kind="highlight", target=passage("shusha", "@@deep@@"))]
    return notes_file(notes, raw={"@@deep@@": '{"a":' * 100_000 + "1" + "}" * 100_000})


def many_notes(count: int = 100_000) -> str:
    """`count` small notes in one compact file (about 18 MB for 100,000): a big import, nothing hostile in it
    but its size. Only the fields a note needs, so the test measures the import, not JSON parsing."""
    notes = [{"uuid": str(uuid.UUID(int=(0x44DA << 112) + i)), "kind": "note",
              "target": {"kind": "entry", "id": f"entry-{i % 500}"}, "body": f"note {i}",
              "created": "2026-01-01T10:00:00Z", "updated": "2026-01-02T10:00:00Z"} for i in range(count)]
    return notes_file(notes, indent=None)


def fifo_pack(fifo: str, device: str = "/dev/zero") -> str:
    """A teacher pack naming a real FIFO (made by the test) everywhere text can go: an import that opened it
    would hang instead of finishing."""
    case = "fifo_pack"
    notes = [note(case, 0, body=fifo, tags=[fifo, device]),
             note(case, 1, body=f'<img src="file://{fifo}"> <img src="file://{device}">'),
             note(case, 2, kind="highlight", target=passage("shusha", fifo, device, fifo), body=""),
             note(case, 3, author=fifo, body=f"![x]({device})")]
    return notes_file(notes, pack={"title": fifo, "author": device})


def _bad(*indices: int) -> tuple[str, ...]:
    return tuple(f"notes[{i}]" for i in indices)


CASES: tuple[Case, ...] = (
    Case("html_bodies", "HTML that would load files or scripts if rendered (`<img src=\"file:///dev/zero\">`, "
         "a FIFO, `javascript:` links, `<style>`, `<script>`, entities) in bodies, a quote and tags", "imported",
         build=html_bodies),
    Case("device_paths_pack", "a teacher pack whose title, author, bodies, tags, quote and a target id are device "
         "and FIFO paths (`/dev/zero`, `/tmp/some-fifo`, `CON`, `\\\\.\\PhysicalDrive0`)", "imported",
         build=device_paths_pack),
    Case("position_overflow", "reading-list positions `10**30`, `-2**70`, `2**63-1`, `2**64` and 1,000,000,001 "
         "beside the allowed ±1,000,000,000", "refused", _bad(1, 3, 4, 5, 6), build=position_overflow),
    Case("position_5000_digits", "a position of 5,000 digits, more than Python's json will read",
         "refused", ("file",), "notes[2]", build=position_5000_digits),
    Case("odd_times", "times before year 1 or after 9999 in UTC, without a zone, out of 1900-2200, impossible "
         "dates and offsets, numbers; and an odd `exported`", "refused",
         (*_bad(0, 1, 2, 3, 4, 5, 6, 8, 9, 10, 12, 13, 14), "exported"), build=odd_times),
    Case("odd_but_valid_times", "times at the 1900 and 2200 edges, with +14:00 and -12:00 zones and fractions of a "
         "second", "imported", build=odd_but_valid_times),
    Case("lone_surrogates", 'lone UTF-16 surrogates ("\\ud800" in the JSON) in a body, tag, quote, prefix, suffix, '
         "author, target id and pack title", "refused", (*_bad(0, 1, 2, 3, 4, 6, 7), "pack.title"),
         build=lone_surrogates),
    Case("bad_target_ids", "target ids that are empty, 201 characters long, hold a line break, NUL, DEL or a tab, "
         "or are not text", "refused", _bad(0, 1, 2, 3, 4, 6, 7, 8), build=bad_target_ids),
    Case("duplicate_uuids", "two notes sharing a uuid, once written in capitals", "refused", _bad(2, 4),
         build=duplicate_uuids),
    Case("bad_uuid_shapes", "uuids that are empty, too short or long, not hex, numbers, null, 2,000 characters, "
         "a path, SQL, or missing", "refused", _bad(*range(12)), build=bad_uuid_shapes),
    Case("unknown_kinds", "note kinds, target kinds and colours the app does not know (sticky, NOTE, battle, "
         "`__proto__`, purple)", "refused", _bad(*range(9)), build=unknown_kinds),
    Case("wrong_types", "numbers, lists and objects where text belongs, text where a list, number or true/false "
         "belongs, and notes that are not objects", "refused", _bad(*range(18)), build=wrong_types),
    Case("top_level_wrong_types", "`notes` an object instead of a list, `pack` text instead of an object",
         "refused", ("notes", "pack"), build=top_level_wrong_types),
    Case("tag_limits", "101 tags on a note and a 201-character tag, beside 100 tags and a 200-character tag",
         "refused", _bad(1, 2), build=tag_limits),
    Case("deep_nesting", "2,000 nested lists where a body belongs (deeper than Python's json recurses)",
         "refused", ("file",), "notes[1]", build=deep_nesting),
    Case("nested_in_position", "20 nested lists where a position belongs: readable, but deeper than the format",
         "refused", ("file",), "notes[2]", build=nested_in_position),
    # Built at test time (too big to commit):
    Case("html_table", "a 3,000-row `<table>` of `file:///dev/zero` images in one body", "imported",
         build=html_table, committed=False),
    Case("body_at_limit", "a body of exactly 1,000,000 characters", "imported", build=body_at_limit,
         committed=False),
    Case("oversized_body", "a body of 1,000,001 characters", "refused", _bad(1), build=oversized_body,
         committed=False),
    Case("long_quotes", "a quote whose exact, prefix and suffix are 10,000 characters each", "imported",
         build=long_quotes, committed=False),
    Case("oversized_quotes", "quote exact, prefix and suffix of 1,000,001 characters", "refused", _bad(0, 1, 2),
         build=oversized_quotes, committed=False),
    Case("tags_at_limit", "100 tags of 200 characters each", "imported", build=tags_at_limit, committed=False),
    Case("deep_lists_10000", "10,000 nested lists where a body belongs", "refused", ("file",), "notes[1]",
         build=deep_lists_10000, committed=False),
    Case("deep_objects_100000", "100,000 nested objects where a quote belongs", "refused", ("file",), "notes[0]",
         build=deep_objects_100000, committed=False),
)
COMMITTED = tuple(case for case in CASES if case.committed)
GENERATED = tuple(case for case in CASES if not case.committed)


def readme() -> str:
    lines = [
        "# Hostile notes files",
        "",
        "Notes files and teacher packs as someone else might make them to break an import. For each, the import",
        "must either take every note, keeping each body byte for byte as plain text (HTML is never rendered and",
        "no path in a note is ever opened), or refuse the whole file with `ImportFailed`, naming each bad note",
        "as `notes[i]` (0 for the first) in a problem's field, and leave the notes as they were. Nothing else may",
        "be raised. `tests/notes/test_hostile_corpus.py` runs them all against a store that already has notes.",
        "",
        "Written by `make_corpus.py` (run `.venv/bin/python tests/data/hostile/make_corpus.py` to remake them",
        "and this file); the test checks the committed files are what it writes.",
        "",
        "| File | What it tries | Expected |",
        "|---|---|---|",
    ]

    def expected(case: Case) -> str:
        if case.outcome == "imported":
            return "imported whole, as plain text"
        named = "refused, naming " + ", ".join(f"`{where}`" for where in case.blame)
        return f"{named} (or `{case.or_note}`)" if case.or_note else named

    lines += [f"| `{case.name}.json` | {case.tries} | {expected(case)} |" for case in COMMITTED]
    lines += ["", "Built at test time by `make_corpus.py`, not committed (too big):", "",
              "| Function | What it tries | Expected |", "|---|---|---|"]
    lines += [f"| `{case.build.__name__}()` | {case.tries} | {expected(case)} |" for case in GENERATED]
    lines += [
        "| `many_notes()` | 100,000 notes in one 18 MB file | imported whole, every note |",
        "| `fifo_pack(path)` | a teacher pack naming a real FIFO the test makes, in every text field | imported "
        "whole, without opening (and blocking on) the FIFO |",
        "",
        "A refusal naming `file` is about the file as a whole (it cannot be read as a notes file); `exported`,",
        "`notes`, `pack` and `pack.title` name those top-level fields. Where a file nests too deep, naming the",
        "note that holds the nesting instead is as good.",
    ]
    return "\n".join(lines) + "\n"


def write_corpus(folder: Path = HERE) -> list[Path]:
    """Write every committed case and the README into `folder`; returns the paths written."""
    written = []
    for case in COMMITTED:
        path = folder / f"{case.name}.json"
        path.write_bytes(case.build().encode("ascii"))
        written.append(path)
    (folder / "README.md").write_text(readme(), encoding="utf-8")
    return [*written, folder / "README.md"]


if __name__ == "__main__":
    for path in write_corpus():
        print(f"{path.stat().st_size:>7,} {path.name}")
