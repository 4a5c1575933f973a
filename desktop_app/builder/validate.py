"""Checks across all content sources. Every problem names its file and line."""

from __future__ import annotations

from collections.abc import Iterable

from desktop_app.builder.loader import ContentSources, EntrySource, Row
from desktop_app.builder.problems import Problem
from desktop_app.content.dates import parse_partial_date
from desktop_app.content.links import LINK
from desktop_app.content.schema import CONTROL_HOLDERS, ENTRY_KINDS, EVENT_LANES

SOURCE_KINDS = (
    "government", "ministry", "official", "ngo", "researcher", "media", "international", "court",
    "reference", "other",
)
SOURCE_SIDES = ("azerbaijan", "armenia", "artsakh", "russia", "turkey", "independent", "international", "other")
PLACE_TYPES = (
    "city", "town", "village", "district", "province", "region", "river", "bridge", "dam",
    "corridor", "monastery", "church", "airport",
)
AREA_TYPES = ("district", "province", "region")
PLACE_PRECISIONS = ("exact", "town", "district-centroid", "approximate")
FIGURE_SIDES = ("armenia-artsakh", "azerbaijan", "syrian-fighters", "russia", "france", "iran", "other")
FIGURE_GROUPS = ("military", "civilian", "journalists", "fighters", "")
FIGURE_CATEGORIES = (
    "killed", "missing", "wounded", "captured", "displaced", "exchanged", "deserted", "equipment",
    "property", "munitions", "economic", "other",
)
FIGURE_STATUSES = ("destroyed", "damaged", "captured", "abandoned", "captured-later-lost", "total", "")
QUALIFIERS = ("exact", "about", "at-least", "more-than", "up-to")
SCOPES = ("first-war", "pre-war", "war", "post-war")
CONTROL_CHANGES = ("baseline", "captured", "handed-over", "ceasefire")


def _number(text: str) -> float | None:
    try:
        return float(text)
    except ValueError:
        return None


class _Checker:
    def __init__(self, sources: ContentSources) -> None:
        self.sources = sources
        self.problems: list[Problem] = []
        self.entry_ids = {e.id for e in sources.entries if e.id}
        self.source_ids = {r["id"] for r in sources.tables["sources.csv"]}
        self.place_ids = {r["id"] for r in sources.tables["places.csv"]}

    def report(self, path: str, line: int, message: str) -> None:
        self.problems.append(Problem(path, line, message))

    def row(self, row: Row, message: str) -> None:
        self.report(row.path, row.line, message)

    def unique(self, items: Iterable[tuple[str, str, int]], what: str) -> None:
        seen: dict[str, str] = {}
        for key, path, line in items:
            if not key:
                self.report(path, line, f"{what} has no id")
            elif key in seen:
                self.report(path, line, f"duplicate {what} id {key!r} (first at {seen[key]})")
            else:
                seen[key] = f"{path}:{line}"

    def choice(self, row: Row, column: str, allowed: Iterable[str]) -> None:
        allowed = tuple(allowed)
        if row[column] not in allowed:
            shown = ", ".join(a for a in allowed if a) or "(empty)"
            self.row(row, f"{column} {row[column]!r} is not one of: {shown}")

    def reference(self, row: Row, column: str, known: set[str], what: str, required: bool) -> None:
        value = row[column]
        if not value:
            if required:
                self.row(row, f"{column} is empty: every row needs {what}")
        elif value not in known:
            self.row(row, f"{column} {value!r} is not a known {what}")

    def date(self, row: Row, column: str, required: bool) -> None:
        if not row[column]:
            if required:
                self.row(row, f"{column} is empty")
            return
        try:
            parse_partial_date(row[column])
        except ValueError as error:
            self.row(row, f"{column}: {error}")

    # -- per file ---------------------------------------------------------------------------
    def check_entries(self) -> None:
        self.unique(((e.id, e.path, e.lines.get("id", 1)) for e in self.sources.entries), "entry")
        for entry in self.sources.entries:
            self.check_entry(entry)

    def check_entry(self, entry: EntrySource) -> None:
        line = entry.lines.get
        kind = entry.fields.get("kind", "")
        if kind and kind not in ENTRY_KINDS:
            self.report(entry.path, line("kind", 1), f"kind {kind!r} is not one of: {', '.join(ENTRY_KINDS)}")
        if len(entry.fields.get("summary", "")) > 300:
            self.report(entry.path, line("summary", 1), "summary is longer than 300 characters")
        if entry.fields.get("sensitive", "false") not in ("true", "false", ""):
            self.report(entry.path, line("sensitive", 1), "sensitive must be true or false")
        for key in ("date", "end_date"):
            if entry.fields.get(key):
                try:
                    parse_partial_date(entry.fields[key])
                except ValueError as error:
                    self.report(entry.path, line(key, 1), f"{key}: {error}")
        checks = (("related", self.entry_ids, "entry"), ("places", self.place_ids, "place"),
                  ("sources", self.source_ids, "source"))
        for key, known, what in checks:
            for target in entry.lists.get(key, []):
                if target not in known:
                    self.report(entry.path, line(key, 1), f"{key}: {target!r} is not a known {what} id")
        for offset, text in enumerate(entry.body.split("\n")):
            for match in LINK.finditer(text):
                target = match.group(1).strip()
                if target not in self.entry_ids:
                    self.report(entry.path, entry.body_line + offset, f"link to unknown entry {target!r}")

    def check_sources(self) -> None:
        rows = self.sources.tables["sources.csv"]
        self.unique(((r["id"], r.path, r.line) for r in rows), "source")
        for row in rows:
            if not row["name"]:
                self.row(row, "source has no name")
            self.choice(row, "kind", SOURCE_KINDS)
            self.choice(row, "side", SOURCE_SIDES)
            self.reference(row, "entry", self.entry_ids, "entry id", required=False)

    def check_places(self) -> None:
        rows = self.sources.tables["places.csv"]
        self.unique(((r["id"], r.path, r.line) for r in rows), "place")
        types = {r["id"]: r["type"] for r in rows}
        for row in rows:
            if not row["name"]:
                self.row(row, "place has no name")
            self.choice(row, "type", PLACE_TYPES)
            self.choice(row, "precision", PLACE_PRECISIONS)
            lat, lon = _number(row["lat"]), _number(row["lon"])
            if not row["lat"] or not row["lon"]:
                self.row(row, f"place {row['id']!r} has no coordinates (lat and lon are required)")
            elif lat is None or lon is None:
                self.row(row, f"coordinates {row['lat']!r}, {row['lon']!r} are not numbers")
            elif not (-90 <= lat <= 90 and -180 <= lon <= 180):
                self.row(row, f"coordinates {lat}, {lon} are out of range")
            self.reference(row, "district", self.place_ids, "place id", required=False)
            if row["district"] and types.get(row["district"]) not in AREA_TYPES:
                self.row(row, f"district {row['district']!r} is not a district, province or region")
            self.reference(row, "entry", self.entry_ids, "entry id", required=True)

    def check_events(self) -> None:
        rows = self.sources.tables["events.csv"]
        self.unique(((r["id"], r.path, r.line) for r in rows), "event")
        for row in rows:
            self.date(row, "date", required=True)
            self.date(row, "end_date", required=False)
            if row["date"] and row["end_date"]:
                try:
                    if parse_partial_date(row["end_date"]).last_day < parse_partial_date(row["date"]).first_day:
                        self.row(row, "end_date is before date")
                except ValueError:
                    pass
            self.choice(row, "lane", EVENT_LANES)
            if not row["title"]:
                self.row(row, "event has no title")
            self.reference(row, "place", self.place_ids, "place id", required=False)
            self.reference(row, "entry", self.entry_ids, "entry id", required=True)
            self.reference(row, "source", self.source_ids, "source id", required=True)

    def check_figures(self) -> None:
        rows = self.sources.tables["figures.csv"]
        self.unique(((r["id"], r.path, r.line) for r in rows), "figure")
        for row in rows:
            if not row["label"]:
                self.row(row, "figure has no label")
            for column in ("value", "low", "high"):
                if row[column] and _number(row[column]) is None:
                    self.row(row, f"{column} {row[column]!r} is not a number")
            if not row["value"] and not (row["low"] and row["high"]):
                self.row(row, "figure needs a value, or low and high")
            low, high = _number(row["low"]), _number(row["high"])
            if low is not None and high is not None and low > high:
                self.row(row, "low is greater than high")
            self.choice(row, "side", FIGURE_SIDES)
            self.choice(row, "group", FIGURE_GROUPS)
            self.choice(row, "category", FIGURE_CATEGORIES)
            self.choice(row, "status", FIGURE_STATUSES)
            self.choice(row, "qualifier", QUALIFIERS)
            self.choice(row, "scope", SCOPES)
            self.date(row, "as_of", required=False)
            self.reference(row, "claimant", self.source_ids, "source id", required=True)
            self.reference(row, "entry", self.entry_ids, "entry id", required=True)
            self.reference(row, "place", self.place_ids, "place id", required=False)

    def check_control(self) -> None:
        rows = self.sources.tables["control.csv"]
        self.unique(((f"{r['area']}@{r['date']}", r.path, r.line) for r in rows), "control (area@date)")
        for row in rows:
            self.reference(row, "area", self.place_ids, "place id", required=True)
            self.date(row, "date", required=True)
            self.choice(row, "holder", CONTROL_HOLDERS)
            self.choice(row, "change", CONTROL_CHANGES)
            self.reference(row, "claimant", self.source_ids, "source id", required=True)


def validate(sources: ContentSources) -> list[Problem]:
    checker = _Checker(sources)
    checker.check_entries()
    checker.check_sources()
    checker.check_places()
    checker.check_events()
    checker.check_figures()
    checker.check_control()
    return [*sources.problems, *checker.problems]
