"""Export notes as a Markdown study sheet or as lossless JSON; import JSON; teacher packs.

The JSON file is indented, one field a line, so a problem can be reported by line:

    {"format": "44days-notes", "version": 1, "exported": "2026-11-25T08:47:43Z",
     "pack": null or {"title": ..., "author": ...},
     "notes": [{"uuid", "kind", "target": {"kind", "id", "quote": {"exact", "prefix", "suffix"}},
                "body", "tags", "colour", "created", "updated", "author", "imported", "position",
                "deleted"}, ...]}

An import is checked whole before anything is written; any problem raises ImportFailed listing each
one (line, field, what is wrong) and the notes stay as they were. Then the notes are merged by uuid in
one transaction, so importing the same file twice changes nothing.

Over 400 lines because each field of the file format is checked where it is read, so that every
problem is reported with its line: the format, its checks and its writing stay side by side.
"""

from __future__ import annotations

import json
import os
import re
import uuid as uuidlib
from collections.abc import Callable, Iterable
from contextlib import suppress
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any
from urllib.parse import quote as url_quote

from desktop_app.app_links import SCHEME
from desktop_app.i18n import QT_TRANSLATE_NOOP, join, number, translate
from desktop_app.notes.model import (
    COLOURS,
    MAX_AUTHOR_CHARS,
    MAX_ID_CHARS,
    MAX_NOTE_CHARS,
    MAX_POSITION,
    MAX_QUOTE_CHARS,
    MAX_TAG_CHARS,
    MAX_TAGS,
    NOTE_KINDS,
    TARGET_KINDS,
    Note,
    NotesChange,
    Target,
    TextQuote,
)
from desktop_app.notes.store import NotesError, NotesStore, clean_tags, format_time, storable

SCHEMA = "44days-notes"
FORMAT_VERSION = 1
LINK_SCHEME = SCHEME  # the links in study sheets open the app (app_links)
MAX_PROBLEMS = 100
PROGRESS_EVERY = 500  # notes between two progress reports
# What a notes file may hold. The format nests five deep (file, notes, note, target, quote); the rest
# bounds a file someone else made so that checking it cannot exhaust memory or time.
MAX_DEPTH = 8
MAX_FILE_BYTES = 256 * 1024 * 1024
MAX_IMPORT_NOTES = 1_000_000
EARLIEST_YEAR, LATEST_YEAR = 1900, 2200
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029]")
_NOTE_INDEX = re.compile(r"^notes\[(\d+)\]")
# What a value of a notes file must be (the kinds _Checker.get checks), as a problem says when it is not:
# {value} is what it is instead (see _describe).
_MUST_BE = {
    #: a problem with a field of a notes file, after its name ("notes[3].body: must be text, not the number 5");
    #: {value} is what the file has instead ("the number 5", "a list", "null")
    "text": QT_TRANSLATE_NOOP("NotesExchange", "must be text, not {value}"),
    #: a problem with a field of a notes file, after its name; {value} is what the file has instead
    "non-empty text": QT_TRANSLATE_NOOP("NotesExchange", "must be non-empty text, not {value}"),
    #: a problem with a field of a notes file, after its name; null is JSON's word for "nothing" (not translated);
    #: {value} is what the file has instead
    "text or null": QT_TRANSLATE_NOOP("NotesExchange", "must be text or null, not {value}"),
    #: a problem with a field of a notes file, after its name; true and false are JSON's words (not translated);
    #: {value} is what the file has instead
    "true or false": QT_TRANSLATE_NOOP("NotesExchange", "must be true or false, not {value}"),
    #: a problem with a field of a notes file, after its name; {value} is what the file has instead
    "a whole number": QT_TRANSLATE_NOOP("NotesExchange", "must be a whole number, not {value}"),
    #: a problem with a field of a notes file, after its name; an object is JSON's {...}; {value} is what the
    #: file has instead
    "an object": QT_TRANSLATE_NOOP("NotesExchange", "must be an object, not {value}"),
    #: a problem with a field of a notes file, after its name; a list is JSON's [...]; {value} is what the file
    #: has instead
    "a list": QT_TRANSLATE_NOOP("NotesExchange", "must be a list, not {value}"),
}


def _too_deep() -> str:
    #: a problem with a notes file as a whole, after "file:"
    return translate("NotesExchange", "nests lists or objects far deeper than a notes file does; it is not a notes "
                     "file")


def _not_a_time(value: Any) -> str:
    #: a problem with a field of a notes file, after its name; {value} is what the file has ("the text \"yesterday\"");
    #: keep the example time as it is
    return translate("NotesExchange", "is {value}, not a time from 1900 to 2200 with its time zone, like "
                     "2026-11-25T08:47:43Z").format(value=_describe(value))


def too_large(size: int) -> ImportProblem:
    """The problem with a file of `size` bytes, over MAX_FILE_BYTES."""
    #: a problem with a notes file as a whole, after "file:"; {size} and {limit} are sizes in megabytes
    text = translate("NotesExchange", "is {size} MB; a notes file can be at most {limit} MB")
    megabytes = number(round(size / 2**20))  # as many as f"{size / 2**20:,.0f}" writes
    return ImportProblem(None, "file", text.format(size=megabytes, limit=number(MAX_FILE_BYTES // 2**20)))


@dataclass(frozen=True)
class ImportProblem:
    line: int | None
    field: str
    message: str

    @property
    def note_index(self) -> int | None:
        """Which note of the file (0 for the first) the problem is in; None for the file as a whole."""
        found = _NOTE_INDEX.match(self.field)
        return int(found.group(1)) if found else None

    def __str__(self) -> str:
        #: the notes file as a whole, where a problem is ("file: is not valid JSON")
        field = translate("NotesExchange", "file") if self.field == "file" else self.field
        if self.line and field:
            #: where a problem with a notes file is, then what it is: {line} is a line number, {field} the field's
            #: name in the file ("notes[3].target.id", not translated) and {problem} says what is wrong with it
            return translate("NotesExchange", "line {line}, {field}: {problem}").format(
                line=self.line, field=field, problem=self.message)
        if self.line:
            #: where a problem with a notes file is, then what it is: {line} is a line number
            return translate("NotesExchange", "line {line}: {problem}").format(line=self.line, problem=self.message)
        if field:
            #: where a problem with a notes file is, then what it is: {field} is the field's name in the file
            #: ("notes[3].target.id", not translated) and {problem} says what is wrong with it
            return translate("NotesExchange", "{field}: {problem}").format(field=field, problem=self.message)
        return self.message


class ImportFailed(NotesError):
    """The file cannot be imported; `problems` says everything that is wrong. Nothing was changed."""

    def __init__(self, problems: Iterable[ImportProblem]) -> None:
        self.problems = list(problems)
        count = len(self.problems)
        listed = "\n".join(f"- {problem}" for problem in self.problems)
        #: followed by the list of the problems, one a line
        said = translate("NotesExchange", "Nothing was imported; the file has %Ln problem(s):", None, count)
        super().__init__(f"{said}\n{listed}")

    @property
    def bad_notes(self) -> list[int]:
        """The numbers (1 for the first) of the notes with problems, in file order."""
        return sorted({p.note_index + 1 for p in self.problems if p.note_index is not None})


class ImportCancelled(NotesError):
    """The user stopped the import; nothing was imported."""

    def __init__(self) -> None:
        super().__init__(translate("NotesExchange", "The import was cancelled; nothing was imported and your notes "
                                   "are as they were."))


# Told how far an import has got: (what it is doing, done, out of). It may raise ImportCancelled. What it is
# doing is a key ("Reading", "Checking", "Importing"); the window words it (ui/importing.py).
Progress = Callable[[str, int, int], None]


@dataclass(frozen=True)
class ImportReport:
    added: int
    updated: int
    unchanged: int
    change: NotesChange | None = field(default=None, compare=False)  # what it changed, note by note


# -- export -------------------------------------------------------------------------------------

def write_whole(path: Path, text: str) -> None:
    """Write an exported file whole or not at all: beside it first, then renamed over it. OSError if the
    folder cannot be written; no partial file is left behind."""
    path = Path(path)
    partial = path.with_name(f".{path.name}.partial")
    try:
        partial.write_text(text, encoding="utf-8")
        os.replace(partial, path)
    except BaseException:
        with suppress(OSError):
            partial.unlink(missing_ok=True)
        raise


def note_to_json(note: Note) -> dict[str, Any]:
    target: dict[str, Any] = {"kind": note.target.kind, "id": note.target.id}
    if note.target.quote is not None:
        quote = note.target.quote
        target["quote"] = {"exact": quote.exact, "prefix": quote.prefix, "suffix": quote.suffix}
    return {
        "uuid": note.uuid, "kind": note.kind, "target": target, "body": note.body, "tags": list(note.tags),
        "colour": note.colour, "created": note.created, "updated": note.updated, "author": note.author,
        "imported": note.imported, "position": note.position, "deleted": note.deleted,
    }


def export_json(store: NotesStore, notes: list[Note] | None = None, *, pack: dict | None = None) -> str:
    """Every field of each note (default: all notes not in the trash), as indented JSON text."""
    if notes is None:
        notes = store.notes()
    document = {"format": SCHEMA, "version": FORMAT_VERSION, "exported": store.now(), "pack": pack,
                "notes": [note_to_json(note) for note in notes]}
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"


def export_teacher_pack(store: NotesStore, title: str, author: str) -> str:
    """The reading list with the notes on its items, as one file a student imports.

    An entry on the list brings the notes on it and on its passages; other items the notes on them.
    The notes carry the author's name (or "Teacher" if none is given).
    """
    #: the author written into a teacher pack (and onto its notes) when the teacher gave no name
    author = " ".join(author.split()) or translate("NotesExchange", "Teacher")
    #: the title written into a teacher pack when the teacher gave none
    title = " ".join(title.split()) or translate("NotesExchange", "Reading list")
    marks = store.bookmarks()
    chosen = {note.uuid: note for note in marks}
    for mark in marks:
        on_it = store.notes(entry_id=mark.target.id) if mark.target.kind == "entry" else store.notes(target=mark.target)
        for note in reversed(on_it):  # oldest first reads best in the student's list
            if note.kind != "bookmark":
                chosen.setdefault(note.uuid, note)
    notes = [replace(note, author=note.author or author) for note in chosen.values()]
    return export_json(store, notes, pack={"title": title, "author": author})


_MARKDOWN_SPECIAL = re.compile(r"([\\`*_\[\]<>#|~])")
_RAW_HTML = re.compile(r"(<|!(?=\[))")  # an HTML tag's start, or an image's


def _plain(text: str) -> str:
    """Text shown literally in Markdown (a title, a quoted passage)."""
    return _MARKDOWN_SPECIAL.sub(r"\\\1", text)


def _body_markdown(text: str) -> str:
    """A note's Markdown for the study sheet, with its emphasis and lists, but no raw HTML and no images:
    an <img> or a ![](file:...) from someone else's note must not make a Markdown viewer load anything."""
    return _RAW_HTML.sub(r"\\\1", text)


def _link(kind: str, ident: str) -> str:
    return f"{LINK_SCHEME}://{kind}/{url_quote(ident, safe='')}"


def export_markdown(store: NotesStore, notes: list[Note], titles: Callable[[Target], str], *,
                    title: str | None = None, entry_of: Callable[[Target], str | None] | None = None,
                    names: Callable[[Target], str] | None = None) -> str:
    """A study sheet: one section per entry (headed by `titles(target)`) with a link back to it, and
    for each note its quoted passage as a blockquote, its text, tags and author.

    Notes whose targets have the same title share a section; `entry_of` (optional) names the entry
    of an event, place or figure for the link; `names` (optional) gives an event, place or figure its
    own name where the note is attached to one. `title` heads the sheet (default: "Study notes").
    """
    if title is None:
        #: the heading of an exported study sheet (a Markdown file of the user's notes)
        title = translate("NotesExchange", "Study notes")
    groups: dict[str, list[Note]] = {}
    for note in notes:
        heading = " ".join((titles(note.target) or note.target.id).split())
        groups.setdefault(heading, []).append(note)
    count = len(notes)
    #: under the heading of an exported study sheet; {date} is the day, as 2026-11-25
    exported = translate("NotesExchange", "Exported from 44 Days on {date}: %n note(s).", None, count)
    lines = [f"# {_plain(title)}", "", f"*{exported.format(date=store.now()[:10])}*", ""]
    for heading in sorted(groups, key=lambda h: (h.casefold(), h)):
        group = sorted(groups[heading], key=lambda n: (n.target.kind != "entry", n.created, n.uuid))
        #: in an exported study sheet, a link (a verb): open the entry in the app; {title} is the entry's title
        opener = translate("NotesExchange", "Open “{title}” in 44 Days").format(title=_plain(heading))
        lines += [f"## {_plain(heading)}", "", f"[{opener}]({_group_link(group, entry_of)})", ""]
        for i, note in enumerate(group):
            if i:
                lines += ["---", ""]
            lines += _note_lines(note, names)
    return "\n".join(lines).rstrip() + "\n"


def _group_link(group: list[Note], entry_of: Callable[[Target], str | None] | None) -> str:
    for note in group:
        entry_id = note.target.entry_id or (entry_of(note.target) if entry_of else None)
        if entry_id:
            return _link("entry", entry_id)
    return _link(group[0].target.kind, group[0].target.id)


# In a study sheet, what a note is attached to when that is not an entry (a Markdown link), by its kind.
_ON_TARGET = {
    #: in an exported study sheet, what a note is on; {link} is the event's name, a link to it
    "event": QT_TRANSLATE_NOOP("NotesExchange", "On the event {link}."),
    #: in an exported study sheet, what a note is on; {link} is the place's name, a link to it
    "place": QT_TRANSLATE_NOOP("NotesExchange", "On the place {link}."),
    #: in an exported study sheet, what a note is on; {link} is the name of the figure (a number of the casualty
    #: chart), a link to it
    "figure": QT_TRANSLATE_NOOP("NotesExchange", "On the figure {link}."),
    #: in an exported study sheet, what a note is on; {link} is an entry's name, a link to it (a passage is a part
    #: of the entry's text)
    "passage": QT_TRANSLATE_NOOP("NotesExchange", "On the passage {link}."),
}


def _note_lines(note: Note, names: Callable[[Target], str] | None = None) -> list[str]:
    lines: list[str] = []
    target = note.target
    if target.quote is not None:
        lines += [f"> {line}" if line.strip() else ">" for line in _plain(target.quote.exact).splitlines()]
        lines.append("")
    elif target.kind != "entry":
        name = (names(target) if names else "") or target.id
        link = f"[{_plain(name)}]({_link(target.kind, target.id)})"
        on_it = _ON_TARGET.get(target.kind)
        said = translate("NotesExchange", on_it).format(link=link) if on_it else f"On the {target.kind} {link}."
        lines += [f"*{said}*", ""]
    if note.body.strip():
        lines += [_body_markdown(note.body.strip()), ""]
    elif note.kind == "bookmark":
        #: in an exported study sheet, for an entry (an event, a place...) the user put on the reading list
        on_list = translate("NotesExchange", "On the reading list.")
        lines += [f"*{on_list}*", ""]
    details = []
    if note.tags:
        #: in an exported study sheet, under a note; {tags} are the note's tags, "ceasefire, Shusha"
        details.append(translate("NotesExchange", "Tags: {tags}").format(tags=", ".join(note.tags)))
    if note.author:
        if note.imported:
            #: in an exported study sheet, under a note; {author} is who wrote it (a teacher's name); "imported":
            #: it came from a file someone handed over
            details.append(translate("NotesExchange", "by {author}, imported").format(author=note.author))
        else:
            #: in an exported study sheet, under a note; {author} is who wrote it (a teacher's name)
            details.append(translate("NotesExchange", "by {author}").format(author=note.author))
    if note.deleted:
        #: in an exported study sheet, under a note: it was moved to the trash
        details.append(translate("NotesExchange", "in the trash"))
    if details:
        lines += [f"*{_plain(' · '.join(details))}*", ""]
    return lines


# -- import -------------------------------------------------------------------------------------

def _positions(text: str) -> dict[tuple, int]:
    """The offset in `text` where each value of a (valid) JSON document starts, by its path."""
    decoder = json.JSONDecoder()
    found: dict[tuple, int] = {}
    length = len(text)

    def skip(i: int) -> int:
        while i < length and text[i] in " \t\r\n":
            i += 1
        return i

    def value(i: int, path: tuple) -> int:
        i = skip(i)
        found[path] = i
        if text[i] == "{":
            i = skip(i + 1)
            if text[i] == "}":
                return i + 1
            while True:
                key, i = json.decoder.scanstring(text, i + 1)
                i = value(skip(i) + 1, (*path, key))  # past the ':'
                i = skip(i)
                if text[i] == "}":
                    return i + 1
                i = skip(i + 1)  # past the ','
        if text[i] == "[":
            i = skip(i + 1)
            if text[i] == "]":
                return i + 1
            n = 0
            while True:
                i = skip(value(i, (*path, n)))
                n += 1
                if text[i] == "]":
                    return i + 1
                i += 1
        return decoder.raw_decode(text, i)[1]

    value(0, ())
    return found


def _field_name(path: tuple) -> str:
    name = ""
    for part in path:
        name += f"[{part}]" if isinstance(part, int) else (f".{part}" if name else part)
    return name or "file"


def _parse_time(value: str) -> str | None:
    """A time with a time zone between 1900 and 2200, as the notes record it; None if it is not one."""
    try:
        moment = datetime.fromisoformat(value)
        if moment.tzinfo is None or moment.utcoffset() is None:
            return None
        utc = moment.astimezone(UTC)
    except (ValueError, OverflowError):  # "0001-01-01T00:00:00+14:00" falls before year 1 in UTC
        return None
    return format_time(utc) if EARLIEST_YEAR <= utc.year <= LATEST_YEAR else None


def _has_surrogate(text: str) -> bool:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return True
    return False


def _text_problem(value: str, limit: int, *, one_line: bool = False) -> str | None:
    """What is wrong with text from a file (too long, not valid Unicode, control characters), or None."""
    if len(value) > limit:
        length = len(value)
        #: a problem with a field of a notes file, after its name ("notes[3].body: is 2,000,000 characters
        #: long..."); {limit} is the most characters allowed
        return translate("NotesExchange", "is %Ln character(s) long; at most {limit} are allowed", None,
                         length).format(limit=number(limit))
    if _has_surrogate(value):
        #: a problem with a field of a notes file, after its name
        return translate("NotesExchange", "holds a broken character (a lone UTF-16 surrogate); it is not valid "
                         "Unicode text")
    if one_line and _CONTROL.search(value):
        #: a problem with a field of a notes file, after its name
        return translate("NotesExchange", "holds control characters (such as a line break); it must be one line "
                         "of text")
    return None


def _depth(document: Any) -> int:
    """How deeply lists and objects nest in a parsed document (without recursion)."""
    deepest, stack = 0, [(document, 1)]
    while stack:
        value, depth = stack.pop()
        if isinstance(value, dict | list):
            deepest = max(deepest, depth)
            if depth <= MAX_DEPTH:
                stack.extend((item, depth + 1) for item in (value.values() if isinstance(value, dict) else value))
    return deepest


class _Checker:
    """Collects every problem in a parsed file, each with its line and field."""

    def __init__(self, text: str) -> None:
        self.text = text
        self._offsets: dict[tuple, int] | None = None
        self.problems: list[ImportProblem] = []

    @property
    def offsets(self) -> dict[tuple, int]:
        """Where each value starts; worked out only once a problem needs a line number (a second pass
        over the whole file, a third of the time of checking a large, sound one)."""
        if self._offsets is None:
            self._offsets = _positions(self.text)
        return self._offsets

    def line(self, path: tuple) -> int | None:
        while path not in self.offsets and path:
            path = path[:-1]
        offset = self.offsets.get(path)
        return None if offset is None else self.text.count("\n", 0, offset) + 1

    def problem(self, path: tuple, message: str) -> None:
        self.problems.append(ImportProblem(self.line(path), storable(_field_name(path)), storable(message)))

    def get_text(self, obj: dict, path: tuple, key: str, kind: str, limit: int, *, one_line: bool = False,
             required: bool = True, default: Any = None) -> Any:
        """get() for text, also checking its length and that it is valid Unicode."""
        value = self.get(obj, path, key, kind, required, default)
        if isinstance(value, str):
            wrong = _text_problem(value, limit, one_line=one_line)
            if wrong:
                self.problem((*path, key), wrong)
                return None
        return value

    def get(self, obj: dict, path: tuple, key: str, kind: str, required: bool = True, default: Any = None) -> Any:
        """obj[key] if it has the expected kind, else a problem and None."""
        where = (*path, key)
        if key not in obj or (obj[key] is None and kind != "text or null"):
            if required:
                if key not in obj:
                    #: a problem with a field of a notes file, after its name ("notes[3].uuid: is missing")
                    self.problem(where, translate("NotesExchange", "is missing"))
                else:
                    #: a problem with a field of a notes file, after its name; null is JSON's word for "nothing"
                    #: (not translated)
                    self.problem(where, translate("NotesExchange", "is empty (null)"))
                return None
            return default
        value = obj[key]
        checks = {
            "text": lambda v: isinstance(v, str),
            "non-empty text": lambda v: isinstance(v, str) and bool(v.strip()),
            "text or null": lambda v: v is None or isinstance(v, str),
            "true or false": lambda v: isinstance(v, bool),
            "a whole number": lambda v: isinstance(v, int) and not isinstance(v, bool),
            "an object": lambda v: isinstance(v, dict),
            "a list": lambda v: isinstance(v, list),
        }
        if not checks[kind](value):
            self.problem(where, translate("NotesExchange", _MUST_BE[kind]).format(value=_describe(value)))
            return None
        return value


def _describe(value: Any) -> str:
    """A value of a notes file, as a problem names it. null, true and false are JSON's own words, kept."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str):
        shown = value if len(value) <= 40 else value[:40] + "…"
        if not value:
            #: a value of a notes file, named in a problem ("must be a whole number, not empty text")
            return translate("NotesExchange", "empty text")
        #: a value of a notes file, named in a problem ("must be a whole number, not the text \"five\""); {text}
        #: is the text in quotes
        return translate("NotesExchange", "the text {text}").format(text=json.dumps(shown, ensure_ascii=False))
    if isinstance(value, int | float):
        #: a value of a notes file, named in a problem ("must be text, not the number 5"); {number} is the number
        #: as the file writes it
        return translate("NotesExchange", "the number {number}").format(number=value)
    if isinstance(value, list):
        #: a value of a notes file, named in a problem ("must be text, not a list"): JSON's [...]
        return translate("NotesExchange", "a list")
    #: a value of a notes file, named in a problem ("must be text, not an object"): JSON's {...}
    return translate("NotesExchange", "an object")


def _not_one_of(value: Any, allowed: Iterable[str]) -> str:
    #: a problem with a field of a notes file, after its name; {value} is what the file has, {allowed} the values
    #: it may have, as the file writes them ("note, highlight, bookmark": not translated)
    return translate("NotesExchange", "is {value}; it must be one of {allowed}").format(
        value=_describe(value), allowed=", ".join(allowed))


def _check_document(text: str, progress: Progress | None = None) -> tuple[list[Note], dict | None]:
    """The notes and the pack of a notes file; ImportFailed with every problem found."""
    try:
        document = json.loads(text)
        if _depth(document) > MAX_DEPTH:
            raise ImportFailed([ImportProblem(None, "file", _too_deep())])
        checker = _Checker(text)
    except json.JSONDecodeError as error:
        if not text.strip():
            #: a problem with a notes file as a whole, after "file:"
            message = translate("NotesExchange", "the file is empty")
        else:
            #: a problem with a notes file as a whole, after "file:"; {error} is the JSON reader's own words, in
            #: English ("Expecting ',' delimiter"), {column} a number
            message = translate("NotesExchange", "is not valid JSON: {error} (column {column})").format(
                error=error.msg, column=error.colno)
        raise ImportFailed([ImportProblem(error.lineno, "file", message)]) from None
    except RecursionError:
        raise ImportFailed([ImportProblem(None, "file", _too_deep())]) from None
    except ValueError as error:  # absurd numbers: not a notes file
        #: a problem with a notes file as a whole, after "file:"; {error} is the reader's own words, in English
        message = translate("NotesExchange", "cannot be read as a notes file ({error})").format(error=error)
        raise ImportFailed([ImportProblem(None, "file", message)]) from None
    if not isinstance(document, dict):
        #: a problem with a notes file as a whole, after "file:"; {value} is what the file holds instead ("a list")
        checker.problem((), translate("NotesExchange", "must be a 44 Days notes file (a JSON object), not {value}")
                        .format(value=_describe(document)))
        raise ImportFailed(checker.problems)
    form = document.get("format")
    if form != SCHEMA:
        if "format" not in document:
            #: a problem with the field "format" of a notes file, after its name; {format} is the value it must
            #: have, "44days-notes"
            wrong = translate("NotesExchange", 'is missing, not "{format}": this is not a 44 Days notes file')
        else:
            #: a problem with the field "format" of a notes file, after its name; {value} is what the file has
            #: ("the text \"csv\""), {format} the value it must have, "44days-notes"
            wrong = translate("NotesExchange", 'is {value}, not "{format}": this is not a 44 Days notes file')
        checker.problem(("format",), wrong.format(value=_describe(form), format=SCHEMA))
        raise ImportFailed(checker.problems)
    version = checker.get(document, (), "version", "a whole number")
    if version is None:
        raise ImportFailed(checker.problems)
    if version > FORMAT_VERSION:
        #: a problem with the field "version" of a notes file, after its name; {version} and {latest} are numbers
        #: of versions of the notes files' format
        checker.problem(("version",), translate(
            "NotesExchange", "is {version}: the file was made by a newer version of 44 Days, and this version reads "
            "notes files up to version {latest}. Update 44 Days to import it").format(version=version,
                                                                                      latest=FORMAT_VERSION))
        raise ImportFailed(checker.problems)
    if version < 1:
        #: a problem with the field "version" of a notes file, after its name; {version} is a number
        checker.problem(("version",), translate("NotesExchange", "is {version}; notes files start at version 1")
                        .format(version=version))
    if "exported" in document and document["exported"] is not None and (
            not isinstance(document["exported"], str) or _parse_time(document["exported"]) is None):
        checker.problem(("exported",), _not_a_time(document["exported"]))
    pack = document.get("pack")
    if pack is not None and checker.get(document, (), "pack", "an object") is not None:
        checker.get_text(pack, ("pack",), "title", "text", MAX_AUTHOR_CHARS, one_line=True)
        checker.get_text(pack, ("pack",), "author", "non-empty text", MAX_AUTHOR_CHARS, one_line=True)
    raw_notes = checker.get(document, (), "notes", "a list")
    if raw_notes is not None and len(raw_notes) > MAX_IMPORT_NOTES:
        held = len(raw_notes)
        #: a problem with the field "notes" of a notes file, after its name; {limit} is a number, "1,000,000"
        checker.problem(("notes",), translate("NotesExchange", "holds %Ln note(s); a file can bring at most {limit} "
                                              "at a time", None, held).format(limit=number(MAX_IMPORT_NOTES)))
        raise ImportFailed(checker.problems)
    notes: list[Note] = []
    first_at: dict[str, int] = {}
    total = len(raw_notes or [])
    for i, raw in enumerate(raw_notes or []):
        if len(checker.problems) >= MAX_PROBLEMS:
            break
        if progress is not None and i % PROGRESS_EVERY == 0:
            progress("Checking", i, total)
        path = ("notes", i)
        if not isinstance(raw, dict):
            #: a problem with a note of a notes file, after its name ("notes[3]"); an object is JSON's {...};
            #: {value} is what the file has instead
            checker.problem(path, translate("NotesExchange", "must be a note (an object), not {value}")
                            .format(value=_describe(raw)))
            continue
        note = _check_note(checker, raw, path)
        if note is None:
            continue
        if note.uuid in first_at:
            #: a problem with the field "uuid" of a note, after its name; {field} is the name of another note's
            #: uuid field, "notes[3].uuid" (not translated); a uuid is a note's id
            checker.problem((*path, "uuid"), translate("NotesExchange", "is the same as {field}; each note needs its "
                                                       "own uuid").format(field=f"notes[{first_at[note.uuid]}].uuid"))
            continue
        first_at[note.uuid] = i
        notes.append(note)
    if checker.problems:
        raise ImportFailed(checker.problems[:MAX_PROBLEMS])
    return notes, pack


def _check_note(checker: _Checker, raw: dict, path: tuple) -> Note | None:
    before = len(checker.problems)
    uuid = checker.get_text(raw, path, "uuid", "text", 100, one_line=True)
    if uuid is not None:
        try:
            uuid = str(uuidlib.UUID(uuid))
        except ValueError:
            #: a problem with the field "uuid" of a note, after its name; {value} is what the file has; keep the
            #: example UUID (a note's id) as it is
            checker.problem((*path, "uuid"), translate("NotesExchange", "is {value}, which is not a UUID (like "
                                                       "3f2b8c1e-5d4a-4e2b-9c1d-2a3b4c5d6e7f)")
                            .format(value=_describe(uuid)))
    kind = checker.get(raw, path, "kind", "text")
    if kind is not None and kind not in NOTE_KINDS:
        checker.problem((*path, "kind"), _not_one_of(kind, NOTE_KINDS))
    target = _check_target(checker, raw, path)
    body = checker.get_text(raw, path, "body", "text", MAX_NOTE_CHARS, required=False, default="")
    tags = checker.get(raw, path, "tags", "a list", required=False, default=[])
    if tags is not None and len(tags) > MAX_TAGS:
        count = len(tags)
        #: a problem with the field "tags" of a note, after its name; {limit} is a number
        checker.problem((*path, "tags"), translate("NotesExchange", "has %Ln tag(s); a note can have at most {limit}",
                                                   None, count).format(limit=number(MAX_TAGS)))
        tags = None
    for j, tag in enumerate(tags or []):
        if not isinstance(tag, str):
            must_be = translate("NotesExchange", _MUST_BE["text"])
            checker.problem((*path, "tags", j), must_be.format(value=_describe(tag)))
        elif wrong := _text_problem(tag, MAX_TAG_CHARS):
            checker.problem((*path, "tags", j), wrong)
    colour = checker.get(raw, path, "colour", "text", required=False, default="yellow")
    if colour is not None and colour not in COLOURS:
        checker.problem((*path, "colour"), _not_one_of(colour, COLOURS))
    times = {}
    for key, required in (("created", True), ("updated", True), ("deleted", False)):
        value = checker.get(raw, path, key, "text or null" if not required else "text", required=required)
        times[key] = value if value is None else _parse_time(value)
        if value is not None and times[key] is None:
            checker.problem((*path, key), _not_a_time(value))
    author = checker.get_text(raw, path, "author", "text", MAX_AUTHOR_CHARS, one_line=True, required=False, default="")
    imported = checker.get(raw, path, "imported", "true or false", required=False, default=False)
    position = checker.get(raw, path, "position", "a whole number", required=False, default=0)
    if position is not None and abs(position) > MAX_POSITION:
        digits = len(str(abs(position)))
        lowest, highest = number(-MAX_POSITION), number(MAX_POSITION)
        if digits <= 30:
            # Written the English way past what a locale's number formatting takes (64 bits).
            shown = number(position) if abs(position) < 2**63 else f"{position:,}"
            #: a problem with the field "position" of a note (its place on the reading list), after its name;
            #: {position} is the number the file has, {lowest} and {highest} the numbers allowed at most
            wrong = translate("NotesExchange", "is {position}; a reading-list position lies between {lowest} and "
                              "{highest}").format(position=shown, lowest=lowest, highest=highest)
        else:
            #: a problem with the field "position" of a note (its place on the reading list), after its name;
            #: {lowest} and {highest} are the numbers allowed at most
            wrong = translate("NotesExchange", "is a number of %n digit(s); a reading-list position lies between "
                              "{lowest} and {highest}", None, digits).format(lowest=lowest, highest=highest)
        checker.problem((*path, "position"), wrong)
    if len(checker.problems) > before:
        return None
    return Note(uuid, kind, target, body, clean_tags(tags), colour, times["created"], times["updated"],
                " ".join(author.split()), imported, position, times["deleted"])


def _check_target(checker: _Checker, raw: dict, path: tuple) -> Target | None:
    target = checker.get(raw, path, "target", "an object")
    if target is None:
        return None
    where = (*path, "target")
    kind = checker.get_text(target, where, "kind", "text", 40, one_line=True)
    if kind is not None and kind not in TARGET_KINDS:
        #: a problem with the field "kind" of a note's target (what it is attached to), after its name; {value} is
        #: what the file has, {kinds} the values it may have, as the file writes them ("entry, event, place,
        #: figure, passage": not translated)
        checker.problem((*where, "kind"), translate("NotesExchange", "is {value}, an unknown kind of target; it must "
                                                    "be one of {kinds}").format(value=_describe(kind),
                                                                                kinds=", ".join(TARGET_KINDS)))
        return None
    ident = checker.get_text(target, where, "id", "non-empty text", MAX_ID_CHARS, one_line=True)
    if kind is None or ident is None:
        return None
    if kind != "passage":
        if target.get("quote") is not None:
            #: a problem with the field "quote" of a note's target, after its name; {kind} is the target's kind as
            #: the file writes it ("entry", "event", "place" or "figure": not translated); a passage is a part of
            #: an entry's text, its quote the words quoted
            checker.problem((*where, "quote"), translate("NotesExchange", "only a passage has a quote, not a {kind}")
                            .format(kind=kind))
            return None
        return Target(kind, ident)
    quote = checker.get(target, where, "quote", "an object")
    if quote is None:
        return None
    quote_path = (*where, "quote")
    exact = checker.get_text(quote, quote_path, "exact", "non-empty text", MAX_QUOTE_CHARS)
    prefix = checker.get_text(quote, quote_path, "prefix", "text", MAX_QUOTE_CHARS, required=False, default="")
    suffix = checker.get_text(quote, quote_path, "suffix", "text", MAX_QUOTE_CHARS, required=False, default="")
    if exact is None or prefix is None or suffix is None:
        return None
    return Target("passage", ident, TextQuote(ident, exact, prefix, suffix))


def read_notes_file(data: bytes | str, progress: Progress | None = None) -> tuple[list[Note], dict | None]:
    """Check a notes file and return its notes and pack, without touching any store.

    ImportFailed lists every problem.
    """
    if len(data) > MAX_FILE_BYTES:
        raise ImportFailed([too_large(len(data))])
    if isinstance(data, bytes):
        try:
            data = data.decode("utf-8-sig")
        except UnicodeDecodeError as error:
            line = data[:error.start].count(b"\n") + 1
            #: a problem with a notes file as a whole, after "file:"
            message = translate("NotesExchange", "is not UTF-8 text; a notes file is UTF-8 JSON")
            raise ImportFailed([ImportProblem(line, "file", message)]) from None
    elif data.startswith("\ufeff"):
        data = data[1:]
    return _check_document(data, progress)


@dataclass(frozen=True)
class ImportPreview:
    """What a notes file would bring, told before anything is written (File > Import, a file opened from
    the desktop, a drop)."""

    counts: dict[str, int]  # note kind -> how many
    entries: int  # entries the notes are about
    others: int  # events, places and figures the notes are about
    already_here: int  # notes this store holds already (they are updated, never doubled)
    pack_title: str | None = None
    pack_author: str | None = None

    @property
    def total(self) -> int:
        return sum(self.counts.values())

    def describe(self) -> str:
        """Plain words for the confirmation (the title and author are someone else's text: the caller
        shows this as plain text)."""
        parts = []
        for kind, n in self.counts.items():
            if not n:
                continue
            # Each only in "It holds {held}, on ..." below, listed: worded for that place.
            if kind == "highlight":
                #: what a notes file brings, listed in "It holds {held}, on {entries}." (a highlight is a
                #: passage of an entry marked in colour)
                parts.append(translate("NotesExchange", "%Ln highlight(s)", None, n))
            elif kind == "bookmark":
                #: what a notes file brings, listed in "It holds {held}, on {entries}." (an entry, event, place or
                #: figure put on the reading list)
                parts.append(translate("NotesExchange", "%Ln reading-list item(s)", None, n))
            else:
                #: what a notes file brings, listed in "It holds {held}, on {entries}."
                parts.append(translate("NotesExchange", "%Ln note(s)", None, n))
        #: what a notes file brings when it brings nothing, in "It holds {held}, on {entries}."
        held = join(parts) or translate("NotesExchange", "no notes")
        lines = []
        if self.pack_title is not None:
            #: a teacher pack's title and author (someone else's words, shown as they are)
            lines.append(translate("NotesExchange", "Reading list “{title}” by {author}.").format(
                title=self.pack_title, author=self.pack_author))
        count = self.entries
        #: how many entries the notes of a notes file are on, in "It holds {held}, on {entries}."
        entries = translate("NotesExchange", "%Ln entries", None, count)
        if self.others:
            count = self.others
            #: how many events, places and figures the notes of a notes file are on, in "It holds {held}, on
            #: {entries} and {others}." (a figure is a number of the casualty chart)
            others = translate("NotesExchange", "%Ln events, places or figures", None, count)
            #: what a notes file brings: {held} lists how many notes, highlights and reading-list items ("3 notes
            #: and 1 highlight"), {entries} how many entries they are on ("2 entries"), {others} how many
            #: events, places or figures ("1 event, place or figure")
            lines.append(translate("NotesExchange", "It holds {held}, on {entries} and {others}.").format(
                held=held, entries=entries, others=others))
        else:
            #: what a notes file brings: {held} lists how many notes, highlights and reading-list items ("3 notes
            #: and 1 highlight"), {entries} how many entries they are on ("2 entries")
            lines.append(translate("NotesExchange", "It holds {held}, on {entries}.").format(held=held,
                                                                                           entries=entries))
        if self.already_here:
            count = self.already_here
            #: of the notes a notes file brings, how many the user has already
            lines.append(translate("NotesExchange", "%Ln of them you have already: they are updated, not doubled.",
                                   None, count))
        return "\n".join(lines)


def preview_import(store: NotesStore, data: bytes | str, progress: Progress | None = None) -> ImportPreview:
    """Check a notes file whole and say what importing it would bring; ImportFailed as import_json."""
    notes, pack = read_notes_file(data, progress)
    counts = {kind: 0 for kind in NOTE_KINDS}
    for note in notes:
        counts[note.kind] += 1
    entries = {note.target.entry_id for note in notes if note.target.entry_id}
    others = {(note.target.kind, note.target.id) for note in notes if not note.target.entry_id}
    title = author = None
    if pack is not None:
        title, author = " ".join(pack["title"].split()), " ".join(pack["author"].split())
    return ImportPreview(counts, len(entries), len(others), len(store.holding(n.uuid for n in notes)), title, author)


def import_json(store: NotesStore, data: bytes | str, progress: Progress | None = None) -> ImportReport:
    """Check the whole file, then merge its notes by uuid in one transaction.

    A teacher pack marks its notes imported, with the pack's author where a note has none. ImportFailed
    (nothing changed) if anything is wrong; NotesReadOnly if the notes cannot be written. `progress` is
    told how far it has got, and may stop it by raising ImportCancelled: then nothing is imported.
    """
    if progress is not None:
        progress("Reading", 0, 0)  # keys, worded by the window
    notes, pack = read_notes_file(data, progress)
    if pack is not None:
        author = " ".join(pack["author"].split())
        notes = [replace(note, imported=True, author=note.author or author) for note in notes]
    step = None if progress is None else (lambda done, total: progress("Importing", done, total))
    change = store.merge(notes, "teacher pack import" if pack is not None else "import", step)
    return ImportReport(*change.counts, change)
