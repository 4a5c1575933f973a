"""Read the human-edited sources under resources/content/ into plain records with line numbers.

Reading never stops at the first problem: every problem is collected so an editor sees them all.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass, field
from pathlib import Path

from desktop_app.builder.problems import Problem, display_path

LIST_KEYS = ("aliases", "related", "places", "sources")
SCALAR_KEYS = ("id", "title", "kind", "summary", "date", "end_date", "sensitive")
REQUIRED_KEYS = ("id", "title", "kind", "summary", "sources")

CSV_COLUMNS = {
    "sources.csv": ("id", "name", "kind", "side", "entry", "description"),
    "places.csv": (
        "id", "name", "type", "lat", "lon", "precision", "country", "district", "entry",
        "name_armenian", "name_azerbaijani", "name_russian", "other_names",
    ),
    "events.csv": ("id", "date", "end_date", "lane", "title", "place", "entry", "source", "summary"),
    "figures.csv": (
        "id", "label", "side", "group", "category", "item", "status", "value", "low", "high",
        "qualifier", "claimant", "as_of", "scope", "entry", "place", "note",
    ),
    "control.csv": ("area", "date", "holder", "change", "claimant", "note"),
}


@dataclass
class EntrySource:
    """One `entries/<id>.md` file: front matter fields, their line numbers, and the body."""

    path: str
    fields: dict[str, str] = field(default_factory=dict)
    lists: dict[str, list[str]] = field(default_factory=dict)
    lines: dict[str, int] = field(default_factory=dict)
    body: str = ""
    body_line: int = 1

    @property
    def id(self) -> str:
        return self.fields.get("id", "")


@dataclass
class Row:
    """One CSV row with the file and line it came from."""

    path: str
    line: int
    values: dict[str, str]

    def __getitem__(self, key: str) -> str:
        return self.values.get(key, "")


@dataclass
class ContentSources:
    entries: list[EntrySource]
    tables: dict[str, list[Row]]
    problems: list[Problem]
    input_files: list[Path]


def _parse_list(raw: str) -> list[str] | None:
    raw = raw.strip()
    if not raw:
        return []
    if not (raw.startswith("[") and raw.endswith("]")):
        return None
    inner = raw[1:-1].strip()
    return [item.strip() for item in inner.split(",") if item.strip()] if inner else []


def read_entry(path: Path, root: Path) -> tuple[EntrySource, list[Problem]]:
    shown = display_path(path, root)
    entry = EntrySource(path=shown)
    problems: list[Problem] = []
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except UnicodeDecodeError as error:
        return entry, [Problem(shown, 1, f"not valid UTF-8 ({error.reason})")]
    if not lines or lines[0].strip() != "---":
        return entry, [Problem(shown, 1, "missing front matter: the file must start with a '---' line")]
    try:
        end = next(i for i in range(1, len(lines)) if lines[i].strip() == "---")
    except StopIteration:
        return entry, [Problem(shown, 1, "front matter is not closed by a '---' line")]
    for number in range(1, end):
        text = lines[number]
        if not text.strip() or text.lstrip().startswith("#"):
            continue
        key, sep, value = text.partition(":")
        key = key.strip()
        line = number + 1
        if not sep or not key:
            problems.append(Problem(shown, line, f"front matter line is not 'key: value': {text!r}"))
            continue
        if key in entry.lines:
            problems.append(Problem(shown, line, f"front matter key {key!r} appears twice"))
            continue
        entry.lines[key] = line
        if key in LIST_KEYS:
            parsed = _parse_list(value)
            if parsed is None:
                problems.append(Problem(shown, line, f"{key} must be a list like [a, b]"))
                parsed = []
            entry.lists[key] = parsed
        elif key in SCALAR_KEYS:
            entry.fields[key] = value.strip()
        else:
            problems.append(Problem(shown, line, f"unknown front matter key {key!r}"))
    for key in REQUIRED_KEYS:
        present = entry.lists.get(key) if key in LIST_KEYS else entry.fields.get(key)
        if not present:
            problems.append(Problem(shown, entry.lines.get(key, 1), f"front matter needs {key!r}"))
    entry.body = "\n".join(lines[end + 1:]).strip("\n")
    entry.body_line = end + 2
    # Leading blank lines were stripped: keep line numbers pointing at the real lines.
    while entry.body_line - 1 < len(lines) and not lines[entry.body_line - 1].strip():
        entry.body_line += 1
    if not entry.body.strip():
        problems.append(Problem(shown, entry.body_line - 1, "entry has no text"))
    return entry, problems


def read_csv(path: Path, root: Path, columns: tuple[str, ...]) -> tuple[list[Row], list[Problem]]:
    shown = display_path(path, root)
    if not path.exists():
        return [], [Problem(shown, 1, "file is missing")]
    rows: list[Row] = []
    problems: list[Problem] = []
    try:
        with path.open(encoding="utf-8", newline="") as handle:
            reader = csv.reader(handle)
            header = next(reader, None)
            if header is None or tuple(h.strip() for h in header) != columns:
                return [], [Problem(shown, 1, f"header must be: {','.join(columns)}")]
            start = reader.line_num + 1
            for record in reader:
                if not any(cell.strip() for cell in record):
                    start = reader.line_num + 1
                    continue
                if len(record) != len(columns):
                    problems.append(
                        Problem(shown, start, f"row has {len(record)} fields, expected {len(columns)}")
                    )
                else:
                    values = {name: cell.strip() for name, cell in zip(columns, record, strict=True)}
                    rows.append(Row(shown, start, values))
                start = reader.line_num + 1
    except UnicodeDecodeError as error:
        return [], [Problem(shown, 1, f"not valid UTF-8 ({error.reason})")]
    except csv.Error as error:
        return rows, [*problems, Problem(shown, start, f"CSV syntax error: {error}")]
    return rows, problems


def read_sources(content_dir: Path) -> ContentSources:
    """Read every content file below `content_dir` (normally resources/content)."""
    root = content_dir.parent
    problems: list[Problem] = []
    entries: list[EntrySource] = []
    files: list[Path] = []
    entry_dir = content_dir / "entries"
    entry_paths = sorted(entry_dir.glob("*.md")) if entry_dir.is_dir() else []
    if not entry_paths:
        problems.append(Problem(display_path(entry_dir, root), 1, "no entries found"))
    for path in entry_paths:
        entry, found = read_entry(path, root)
        entries.append(entry)
        problems.extend(found)
        files.append(path)
        if entry.id and entry.id != path.stem:
            problems.append(
                Problem(entry.path, entry.lines.get("id", 1), f"id {entry.id!r} differs from file name")
            )
    tables: dict[str, list[Row]] = {}
    for name, columns in CSV_COLUMNS.items():
        rows, found = read_csv(content_dir / name, root, columns)
        tables[name] = rows
        problems.extend(found)
        files.append(content_dir / name)
    return ContentSources(entries, tables, problems, files)
