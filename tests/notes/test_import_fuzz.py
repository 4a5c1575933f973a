"""Thousands of notes files close to valid, each with a few fields made hostile, imported into a store that
already holds the user's notes.

Every hostile value carries what the import contract says about it: it must be accepted (ok), must be refused
naming its note (bad), must be refused as a whole file (nested far deeper than the format), or the contract
leaves it open (either). So the test checks more than "refused or imported": a huge position that was quietly
clamped, or a good note blamed for a neighbour's fault, fails it too. Whatever happens, nothing but
ImportFailed may be raised, and a refused file changes nothing.
"""

from __future__ import annotations

import copy
import json
import tempfile
import uuid
from collections import Counter
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, assume, event, given, settings
from hypothesis import strategies as st

from desktop_app.notes import exchange
from desktop_app.notes.exchange import ImportFailed
from desktop_app.notes.model import COLOURS, NOTE_KINDS, TARGET_KINDS
from desktop_app.notes.store import NotesStore
from tests.notes.conftest import Clock
from tests.notes.test_hostile_corpus import assert_refused_plainly, check_imported, seed, snapshot

EXAMPLES = 3000  # about 35 s on a laptop; each example opens a fresh store on disk
MAX_POSITION = 1_000_000_000
TOO_LONG = "z" * 1_000_001  # one past the longest body or quote the contract allows
AT_LIMIT = "<b>" + "y" * 999_997  # exactly the longest body allowed
PASSAGE = 1  # the note of base_document() on a passage, whose quote the quote mutations change

OK, BAD, EITHER, FILE = "ok", "bad", "either", "file"


@dataclass(frozen=True)
class Hostile:
    """A value for a field, and what the contract says an import must do with it."""

    value: Any
    verdict: str  # OK, BAD, EITHER or FILE
    nested: bool = False  # a list or object inside a field: "nested deeper than the format" may blame the file

    def __repr__(self) -> str:
        """Short, so a failure report does not print a million-character value."""
        shown = repr(self.value)
        if len(shown) > 80:
            shown = f"{shown[:60]}…{shown[-10:]} ({len(self.value) if isinstance(self.value, str) else '?'} chars)"
        return f"Hostile({shown}, {self.verdict}{', nested' if self.nested else ''})"

    def _repr_pretty_(self, printer: Any, cycle: bool) -> None:  # how hypothesis shows a failing example
        printer.text(repr(self))


@dataclass(frozen=True)
class Deep:
    """Lists nested `depth` deep, written into the file's text (Python's json will not write them)."""

    depth: int


class _Removed:
    """Stands for a field taken out of the note."""

    def __repr__(self) -> str:
        return "REMOVED"


REMOVED = _Removed()


# -- values ----------------------------------------------------------------------------------------------

def ok(strategy: st.SearchStrategy) -> st.SearchStrategy[Hostile]:
    return strategy.map(lambda value: Hostile(value, OK))


def bad(strategy: st.SearchStrategy) -> st.SearchStrategy[Hostile]:
    return strategy.map(lambda value: Hostile(value, BAD))


def either(strategy: st.SearchStrategy) -> st.SearchStrategy[Hostile]:
    return strategy.map(lambda value: Hostile(value, EITHER))


NO_SURROGATES = st.characters(blacklist_categories=("Cs",))
PRINTABLE = st.characters(blacklist_categories=("Cs", "Cc"))  # no control characters either
SURROGATE = st.sampled_from(["\ud800", "\udbff", "\udc00", "\udfff"])
ASCII_CONTROL = st.sampled_from([chr(c) for c in (*range(0x20), 0x7F)])

text = st.text(NO_SURROGATES, max_size=300)
one_line = st.text(PRINTABLE, max_size=200)
with_surrogate = st.tuples(st.text(max_size=20), SURROGATE, st.text(max_size=20)).map("".join)
with_control = st.tuples(one_line.map(lambda s: s[:50]), ASCII_CONTROL, one_line.map(lambda s: s[:50])).map("".join)
scalars = st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=20)
huge_ints = (st.integers(min_value=MAX_POSITION + 1) | st.integers(max_value=-MAX_POSITION - 1)
             | st.sampled_from([2**63 - 1, 2**63, -(2**63) - 1, 2**64, 10**30, -(2**70), 10**4000]))
numbers = st.integers() | huge_ints | st.floats(allow_nan=True, allow_infinity=True)
# Lists and objects at most two deep, so a file stays within the format's depth apart from them.
shallow = (st.lists(scalars, max_size=4) | st.dictionaries(st.text(max_size=8), scalars, max_size=4)
           | st.lists(st.lists(scalars, max_size=3), max_size=3))
deep = st.sampled_from([20, 100, 999, 1000, 1001, 5000, 10_000]).map(lambda depth: Hostile(Deep(depth), FILE))


def not_text() -> st.SearchStrategy[Hostile]:
    """Numbers, true/false and lists or objects where text belongs: refused."""
    return bad(numbers | st.booleans()) | shallow.map(lambda v: Hostile(v, BAD, nested=True))


def text_field(good: st.SearchStrategy, *, required: bool) -> st.SearchStrategy[Hostile]:
    """A text field: `good` values accepted, lone surrogates and other types refused, null as required says."""
    return ok(good) | bad(with_surrogate) | not_text() | st.just(Hostile(None, BAD if required else EITHER)) | deep


def is_uuid(value: str) -> bool:
    try:
        uuid.UUID(value)
    except ValueError:
        return False
    return True


def zones() -> st.SearchStrategy[timezone]:
    return st.integers(-14 * 60, 14 * 60).map(lambda minutes: timezone(timedelta(minutes=minutes)))


def time_verdict(moment: datetime) -> Hostile:
    """A time with a zone is accepted exactly when it falls in 1900-2200 once converted to UTC."""
    try:
        year = moment.astimezone(UTC).year
    except OverflowError:  # before year 1 or after 9999 in UTC
        year = 0
    shown = moment.isoformat().replace("+00:00", "Z")
    return Hostile(shown, OK if 1900 <= year <= 2200 else BAD)


ODD_TIMES = ["0001-01-01T00:00:00+14:00", "9999-12-31T23:59:59-14:00", "2026-01-01T00:00:00", "2026-01-01",
             "1899-12-31T23:59:59Z", "2201-01-01T00:00:00Z", "2026-02-30T00:00:00Z", "2026-01-01T25:00:00Z",
             "2026-01-01T00:00:00+24:00", "+99999-01-01T00:00:00Z", "", " ", "yesterday", "now", "NaN"]


def time_field(*, required: bool) -> st.SearchStrategy[Hostile]:
    in_range = st.datetimes(datetime(1900, 1, 2), datetime(2200, 12, 30), timezones=zones())
    anywhere = st.datetimes(timezones=zones())
    return (in_range.map(time_verdict) | anywhere.map(time_verdict)
            | bad(st.datetimes().map(datetime.isoformat))  # no time zone
            | bad(st.sampled_from(ODD_TIMES) | with_surrogate | st.text(st.characters(categories=("L", "P"))))
            | not_text() | st.just(Hostile(None, BAD if required else OK)) | deep)


ids = one_line.filter(lambda s: 0 < len(s) <= 200 and s.strip() == s and bool(s))
FIELDS: dict[tuple[str, ...], st.SearchStrategy[Hostile]] = {
    ("uuid",): (ok(st.uuids().map(str) | st.uuids().map(lambda u: str(u).upper()))
                | bad(st.text(max_size=60).filter(lambda s: not is_uuid(s)) | with_surrogate
                      | st.sampled_from(["", "not-a-uuid", "x" * 2000, "3f2b8c1e-5d4a-4e2b-9c1d-2a3b4c5d6e7",
                                         "3f2b8c1e-5d4a-4e2b-9c1d-2a3b4c5d6e7fa", "../../etc/passwd"]))
                | either(st.uuids().map(lambda u: f"{{{u}}}") | st.uuids().map(lambda u: u.hex)
                         | st.uuids().map(lambda u: f"urn:uuid:{u}"))
                | not_text() | st.just(Hostile(None, BAD)) | deep),
    ("kind",): (ok(st.sampled_from(NOTE_KINDS))
                | bad(st.text(max_size=20).filter(lambda s: s not in NOTE_KINDS)
                      | st.sampled_from(["Note", "note ", "NOTE", "bookmark\x00", "sticky"]) | with_surrogate)
                | not_text() | st.just(Hostile(None, BAD)) | deep),
    ("target",): not_text() | st.just(Hostile(None, BAD)),
    ("target", "kind"): (either(st.sampled_from(TARGET_KINDS))
                         | bad(st.text(max_size=20).filter(lambda s: s not in TARGET_KINDS)
                               | st.sampled_from(["Entry", "battle", "__proto__", ""]) | with_surrogate)
                         | not_text() | st.just(Hostile(None, BAD)) | deep),
    ("target", "id"): (ok(ids | st.just("i" * 200) | st.sampled_from(["../../dev/zero", "/tmp/some-fifo", "CON"]))
                       | bad(st.sampled_from(["", "i" * 201, "i" * 5000]) | with_control | with_surrogate)
                       | either(st.sampled_from([" ", "\u0085", "id\u0085", "\u2028", "a\x9fb"]))
                       | not_text() | st.just(Hostile(None, BAD)) | deep),
    ("body",): (ok(text | st.sampled_from(['<img src="file:///dev/zero">', "<style>*{font-size:400px}</style>",
                                           "\x00", "\r\n", AT_LIMIT, "x" * 10_000]))
                | bad(with_surrogate | st.just(TOO_LONG))
                | not_text() | st.just(Hostile(None, EITHER)) | deep),
    ("tags",): (ok(st.lists(st.text(NO_SURROGATES, max_size=200), max_size=12)
                   | st.just([f"{i:03d}" + "t" * 197 for i in range(100)]))
                | bad(st.lists(st.text(max_size=3), min_size=101, max_size=120)
                      | st.just(["fine", "t" * 201]) | with_surrogate.map(lambda s: ["fine", s])
                      | st.lists(numbers | st.booleans() | st.none(), min_size=1, max_size=3)
                      | st.text(max_size=20) | numbers)
                | shallow.filter(lambda v: isinstance(v, dict)).map(lambda v: Hostile(v, BAD, nested=True))
                | st.just(Hostile(None, EITHER)) | deep),
    ("colour",): (ok(st.sampled_from(COLOURS))
                  | bad(st.text(max_size=20).filter(lambda s: s not in COLOURS) | with_surrogate)
                  | not_text() | st.just(Hostile(None, EITHER)) | deep),
    ("created",): time_field(required=True),
    ("updated",): time_field(required=True),
    ("deleted",): time_field(required=False),
    ("author",): (ok(one_line) | bad(with_surrogate) | either(with_control | st.just("a" * 201))
                  | not_text() | st.just(Hostile(None, EITHER)) | deep),
    ("imported",): (ok(st.booleans()) | bad(numbers | st.text(max_size=10)) | st.just(Hostile(None, EITHER))
                    | shallow.map(lambda v: Hostile(v, BAD, nested=True)) | deep),
    ("position",): (ok(st.integers(-MAX_POSITION, MAX_POSITION) | st.sampled_from([MAX_POSITION, -MAX_POSITION]))
                    | bad(huge_ints | st.floats(allow_nan=True, allow_infinity=True) | st.booleans()
                          | st.text(max_size=10))
                    | shallow.map(lambda v: Hostile(v, BAD, nested=True)) | st.just(Hostile(None, EITHER)) | deep),
    ("x-unknown",): either(scalars | shallow) | deep,
}
QUOTE_FIELDS: dict[tuple[str, ...], st.SearchStrategy[Hostile]] = {
    ("target", "quote"): not_text() | bad(st.text(max_size=10)) | st.just(Hostile(None, BAD)),
    ("target", "quote", "exact"): (text_field(st.text(PRINTABLE, min_size=1, max_size=300).filter(str.strip)
                                              | st.just("e" * 10_000), required=True)
                                   | bad(st.sampled_from(["", TOO_LONG])) | either(st.just("   "))),
    ("target", "quote", "prefix"): text_field(text | st.just("p" * 10_000), required=False) | bad(st.just(TOO_LONG)),
    ("target", "quote", "suffix"): text_field(text | st.just("s" * 10_000), required=False) | bad(st.just(TOO_LONG)),
}
REQUIRED = {("uuid",), ("kind",), ("target",), ("target", "kind"), ("target", "id"), ("created",), ("updated",)}
TOP: dict[str, st.SearchStrategy[Hostile]] = {
    "exported": (st.datetimes(timezones=zones()).map(time_verdict) | st.just(Hostile(None, OK))
                 | st.just(Hostile(REMOVED, OK)) | bad(st.sampled_from(ODD_TIMES) | numbers)),
    "pack": (ok(st.none() | st.builds(lambda t, a: {"title": t, "author": a}, one_line,
                                      one_line.filter(str.strip)))
             | bad(st.sampled_from([{"title": "Week \ud800", "author": "Ms. A"}, {"title": "x", "author": ""},
                                    {"title": "x"}, {"title": "x", "author": "\udc00"}, "Week 3", [], 7]))
             | either(st.sampled_from([{"title": "a\nb", "author": "Ms. A"}, {"title": "x", "author": "a" * 201}]))),
    "version": ok(st.just(1)) | bad(st.sampled_from([0, -1, 2, 10**30, "1", 1.0, True, None, [1]])),
    "format": bad(st.sampled_from(["44days-notes ", "44DAYS-NOTES", "", None, 1, "other-app"])),
    "notes": bad(st.sampled_from([{}, "notes", None, 3])),
}
STOPS = {"version", "format", "notes"}  # a bad one ends the check before the notes are read


@dataclass(frozen=True)
class Mutation:
    note: int | None  # which note of the file; None for a top-level field
    path: tuple[str, ...]  # () with note set: the whole note
    hostile: Hostile


def note_mutations(count: int) -> st.SearchStrategy[Mutation]:
    on_field = st.tuples(st.integers(0, count - 1), st.sampled_from(sorted(FIELDS))).flatmap(
        lambda pair: FIELDS[pair[1]].map(lambda h: Mutation(pair[0], pair[1], h)))
    on_quote = st.sampled_from(sorted(QUOTE_FIELDS)).flatmap(
        lambda path: QUOTE_FIELDS[path].map(lambda h: Mutation(PASSAGE, path, h)))
    removed = st.tuples(st.integers(0, count - 1), st.sampled_from(sorted(FIELDS))).map(
        lambda pair: Mutation(pair[0], pair[1], Hostile(REMOVED, BAD if pair[1] in REQUIRED else OK)))
    whole = st.tuples(st.integers(0, count - 1), scalars | st.lists(scalars, max_size=2)).map(
        lambda pair: Mutation(pair[0], (), Hostile(pair[1], BAD, nested=isinstance(pair[1], list))))
    twin = st.tuples(st.integers(0, count - 1), st.integers(0, count - 1)).filter(lambda p: p[0] != p[1]).map(
        lambda pair: Mutation(pair[0], ("uuid",), Hostile(("twin of", pair[1]), EITHER)))
    return on_field | on_field | on_field | on_quote | removed | whole | twin


def good_mutations(count: int) -> st.SearchStrategy[Mutation]:
    """Only changes the contract accepts: such files must import, every note as the file has it."""
    return note_mutations(count).filter(lambda m: m.hostile.verdict == OK)


top_mutations = st.sampled_from(sorted(TOP)).flatmap(lambda key: TOP[key].map(lambda h: Mutation(None, (key,), h)))


# -- the file --------------------------------------------------------------------------------------------

def base_document() -> dict[str, Any]:
    """A valid file of four notes, none of them in the store yet, on targets the store has no bookmark on."""
    def note(i: int, **fields: Any) -> dict[str, Any]:
        return {"uuid": str(uuid.UUID(int=(0xF22 << 116) + i)), "kind": "note",
                "target": {"kind": "entry", "id": f"fuzz-entry-{i}"}, "body": f"Note {i}", "tags": ["fuzz"],
                "colour": "green", "created": "2026-01-01T10:00:00Z", "updated": "2026-01-02T10:00:00Z",
                "author": "", "imported": False, "position": 0, "deleted": None, **fields}

    return {"format": "44days-notes", "version": 1, "exported": "2026-11-25T08:47:43Z", "pack": None, "notes": [
        note(0, body="Compare **both** sides' claims.", tags=["ceasefire", "Şuşa"]),
        note(1, kind="highlight", body="", colour="pink", target={"kind": "passage", "id": "fuzz-entry-1", "quote": {
            "exact": "the town fell on 8 November", "prefix": "Reports said ", "suffix": ", and"}}),
        note(2, kind="bookmark", target={"kind": "event", "id": "fuzz-event-2"}, body="", tags=[], position=5),
        note(3, target={"kind": "figure", "id": "fuzz-figure-3"}, deleted="2026-02-01T00:00:00Z",
             author="Ms. Aliyeva", imported=True),
    ]}


def apply(document: dict[str, Any], mutations: list[Mutation]) -> list[Mutation]:
    """Make each change in turn; returns those still in effect. A later change to a field, or to what holds it,
    undoes an earlier one; a change inside a value an earlier change put there is not made (it could turn a
    hostile object back into a valid one)."""
    effective: list[Mutation] = []
    for mutation in mutations:
        if any(m.note == mutation.note and len(m.path) < len(mutation.path)
               and mutation.path[:len(m.path)] == m.path for m in effective):
            continue
        if mutation.note is None:
            holder: Any = document
        elif isinstance(document.get("notes"), list) and mutation.note < len(document["notes"]):
            holder = document["notes"]
        else:
            continue
        keys: list[Any] = [mutation.note] if mutation.note is not None else []
        keys += list(mutation.path)
        for key in keys[:-1]:
            holder = _step(holder, key)
            if holder is None:
                break
        else:
            value = mutation.hostile.value
            if isinstance(value, tuple) and value[:1] == ("twin of",):  # whatever the other note's uuid now is
                source = document["notes"][value[1]]
                value = source.get("uuid") if isinstance(source, dict) else None
                mutation = Mutation(mutation.note, mutation.path, Hostile(value, FILE if isinstance(value, Deep)
                                                                           else EITHER))
            if isinstance(holder, dict) and value is REMOVED:
                holder.pop(keys[-1], None)
            elif isinstance(holder, dict) or (isinstance(holder, list) and isinstance(keys[-1], int)):
                holder[keys[-1]] = value
            else:
                continue
            effective = [m for m in effective
                         if not (m.note == mutation.note and m.path[:len(mutation.path)] == mutation.path)]
            effective.append(mutation)
    return effective


def _step(holder: Any, key: Any) -> Any:
    """holder[key] if it is an object or list to go into, else None."""
    if isinstance(holder, dict):
        found = holder.get(key)
    elif isinstance(holder, list) and isinstance(key, int) and key < len(holder):
        found = holder[key]
    else:
        return None
    return found if isinstance(found, dict | list) else None


def encode(document: dict[str, Any], style: str) -> bytes | str:
    """The file's text; Deep values written in as raw nested lists."""
    deeps: dict[str, str] = {}

    def placeholders(value: Any) -> Any:
        if isinstance(value, Deep):
            key = f"@@deep-{len(deeps)}@@"
            deeps[key] = "[" * value.depth + "]" * value.depth
            return key
        if isinstance(value, dict):
            return {k: placeholders(v) for k, v in value.items()}
        if isinstance(value, list):
            return [placeholders(v) for v in value]
        return value

    ready = placeholders(document)
    text = json.dumps(ready, ensure_ascii=style == "ascii", indent=2 if style == "indented" else None)
    for key, raw in deeps.items():
        text = text.replace(json.dumps(key), raw)
    if style == "ascii":
        return text.encode("ascii")
    try:
        return text.encode("utf-8")
    except UnicodeEncodeError:  # a lone surrogate: handed over as text, as a caller with a str would
        return text


def where(field: str) -> str:
    """The note a problem names ("notes[3]"), or the top-level field ("pack", "file")."""
    if field.startswith("notes["):
        return field[:field.index("]") + 1]
    return field.split(".")[0].split("[")[0]


def expectations(document: dict[str, Any], effective: list[Mutation]) -> tuple[bool, list[set[str]], set[str]]:
    """(must it be refused, the blames of which at least one each must be named, every blame allowed)."""
    must_refuse, needs, allowed = False, [], set()
    for m in effective:
        here = f"notes[{m.note}]" if m.note is not None else m.path[0]
        verdict = m.hostile.verdict
        if m.path[:2] == ("target", "quote") and verdict in (OK, BAD) and not _on_a_passage(document, m.note):
            verdict = EITHER  # what a quote must be depends on the target still being a passage
        if verdict == FILE:  # refused as a file, or naming the note that holds the nesting
            must_refuse = True
            allowed |= {"file", here}
        elif verdict == BAD:
            must_refuse = True
            options = {here, "file"} if m.hostile.nested else {here}
            allowed |= options
            needs.append(options)
        elif verdict == EITHER:
            allowed.add(here)
    if any(m.hostile.verdict == FILE for m in effective):
        needs = [set(allowed)]  # reading may stop at the nesting: at least one fault is named
    elif any(m.note is None and m.path[0] in STOPS and m.hostile.verdict == BAD for m in effective):
        needs = [options for options in needs if not any(o.startswith("notes[") for o in options)]
    # Two notes with the same uuid (however it came about): the file is refused, naming either.
    notes = document.get("notes") if isinstance(document.get("notes"), list) else []
    seen: dict[str, int] = {}
    for i, raw in enumerate(notes):
        if isinstance(raw, dict) and isinstance(raw.get("uuid"), str) and is_uuid(raw["uuid"]):
            key = str(uuid.UUID(raw["uuid"]))
            if key in seen:
                must_refuse = True
                allowed |= {f"notes[{seen[key]}]", f"notes[{i}]"}
            seen.setdefault(key, i)
    return must_refuse, needs, allowed


def _on_a_passage(document: dict[str, Any], index: int | None) -> bool:
    note = _step(document.get("notes"), index)
    target = note.get("target") if isinstance(note, dict) else None
    return isinstance(target, dict) and target.get("kind") == "passage"


def live_bookmark_targets_repeat(document: dict[str, Any]) -> bool:
    """Two bookmarks on one target: the store keeps one (by design), so not every note arrives as it is."""
    notes = document.get("notes") if isinstance(document.get("notes"), list) else []
    targets = [json.dumps(n.get("target"), sort_keys=True, default=repr) for n in notes
               if isinstance(n, dict) and n.get("kind") == "bookmark" and n.get("deleted") is None]
    return len(targets) != len(set(targets))


# -- the property ----------------------------------------------------------------------------------------

def test_near_valid_files_are_imported_whole_or_refused_whole(tmp_path: Path) -> None:
    outcomes: Counter[str] = Counter()

    @settings(max_examples=EXAMPLES, deadline=None, database=None,
              suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.filter_too_much])
    @given(mutations=st.lists(note_mutations(4), min_size=1, max_size=4)
           | st.lists(good_mutations(4), min_size=1, max_size=4),
           top=st.lists(top_mutations, max_size=1), style=st.sampled_from(["ascii", "utf-8", "indented"]))
    def import_one(mutations: list[Mutation], top: list[Mutation], style: str) -> None:
        document = base_document()
        effective = apply(document, [*top, *mutations])
        assume(not live_bookmark_targets_repeat(document))
        must_refuse, needs, allowed = expectations(document, effective)
        data = encode(document, style)
        with tempfile.TemporaryDirectory(dir=tmp_path) as folder, \
                NotesStore(Path(folder) / "notes.sqlite", clock=Clock()) as store:
            seed(store)
            before = snapshot(store)
            try:
                exchange.import_json(store, data)
            except ImportFailed as failure:
                outcomes["refused"] += 1
                event("refused")
                blamed = {where(p.field) for p in failure.problems}
                assert blamed <= allowed, f"blamed {blamed - allowed} for {effective}: {failure}"
                for options in needs:
                    assert blamed & options, f"none of {options} named for {effective}: {failure}"
                assert_refused_plainly(failure)
                assert snapshot(store) == before
            else:
                outcomes["imported"] += 1
                event("imported")
                assert not must_refuse, f"imported, though {effective} must be refused"
                check_imported(store, copy.deepcopy(document), before[0])

    import_one()
    # Both ways out are exercised, not just refusals.
    assert outcomes["imported"] > EXAMPLES // 6 and outcomes["refused"] > EXAMPLES // 3, outcomes
