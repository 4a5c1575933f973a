"""Typed records returned by the content API."""

from __future__ import annotations

from dataclasses import dataclass, field

from desktop_app.i18n import QT_TRANSLATE_NOOP, number, translate


@dataclass(frozen=True)
class Source:
    id: str
    name: str
    kind: str
    side: str
    description: str
    entry_id: str | None


@dataclass(frozen=True)
class EntrySummary:
    id: str
    title: str
    kind: str
    summary: str


@dataclass(frozen=True)
class Entry:
    id: str
    title: str
    kind: str
    summary: str
    body: str  # Markdown; links are standard Markdown links to `entry:<id>`
    sensitive: bool
    date: str | None
    end_date: str | None
    aliases: tuple[str, ...]
    sources: tuple[Source, ...]
    place_ids: tuple[str, ...]


@dataclass(frozen=True)
class Event:
    id: str
    date: str
    date_precision: str
    end_date: str | None
    first_day: str
    last_day: str
    lane: str
    title: str
    summary: str
    place_id: str | None
    entry_id: str
    source_id: str

    @property
    def is_period(self) -> bool:
        return self.end_date is not None


@dataclass(frozen=True)
class PlaceName:
    name: str
    usage: str  # english, armenian, azerbaijani, russian, other


@dataclass(frozen=True)
class Place:
    id: str
    name: str
    type: str
    lat: float
    lon: float
    precision: str
    country: str
    district_id: str | None
    entry_id: str
    names: tuple[PlaceName, ...] = field(default=())

    def name_in(self, usage: str) -> str:
        """The first name of the given usage, falling back to the English name."""
        return next((n.name for n in self.names if n.usage == usage), self.name)

    def label(self, form: str) -> str:
        """The name to show for a name-form setting: english, armenian, azerbaijani, russian or both."""
        if form in ("armenian", "azerbaijani", "russian"):
            return self.name_in(form)
        if form == "both":
            forms = dict.fromkeys([self.name, self.name_in("armenian"), self.name_in("azerbaijani")])
            return " / ".join(forms)
        return self.name

    def other_forms(self, form: str) -> str:
        """The usages' names that `label(form)` does not show, for a tooltip: "Armenian usage: Shushi; ..."."""
        shown = self.label(form)
        # The sides' usages and the English one; a Russian form, when chosen, is the one shown.
        forms = {usage: self.name if usage == "english" else self.name_in(usage)
                 for usage in ("english", "armenian", "azerbaijani")}
        #: one name form of a place in a tooltip: {usage} is "English usage", "Armenian usage" or "Azerbaijani
        #: usage", {name} the place's name in that usage ("Armenian usage: Shushi")
        named = translate("ContentModels", "{usage}: {name}")
        if form == "both":  # all are shown: say which is which
            return "; ".join(named.format(usage=translate("ContentModels", NAME_USAGE_LABELS[u]), name=name)
                             for u, name in forms.items())
        return "; ".join(named.format(usage=translate("ContentModels", NAME_USAGE_LABELS[u]), name=name)
                         for u, name in forms.items() if name != shown)


# Which usage a place's name form follows (a tooltip says "Armenian usage: Shushi").
NAME_USAGE_LABELS = {
    "english": QT_TRANSLATE_NOOP("ContentModels", "English usage"),
    "armenian": QT_TRANSLATE_NOOP("ContentModels", "Armenian usage"),
    "azerbaijani": QT_TRANSLATE_NOOP("ContentModels", "Azerbaijani usage"),
    "russian": QT_TRANSLATE_NOOP("ContentModels", "Russian usage"),
}


@dataclass(frozen=True)
class Figure:
    id: str
    label: str
    side: str
    group: str | None
    category: str
    item: str | None
    status: str | None
    value: float | None
    low: float | None
    high: float | None
    qualifier: str
    claimant_id: str
    claimant_name: str
    as_of: str | None
    scope: str
    entry_id: str
    place_id: str | None
    note: str | None

    @property
    def display_value(self) -> str:
        if self.value is not None:
            shown = number(self.value)
        else:
            #: a range of numbers given for one figure ("2,000–3,000"): {low} is the lowest, {high} the highest
            shown = translate("ContentModels", "{low}–{high}").format(low=number(self.low), high=number(self.high))
        if self.qualifier in QUALIFIED_VALUES:
            return translate("ContentModels", QUALIFIED_VALUES[self.qualifier]).format(value=shown)
        return shown


# A figure's value with the word its source qualifies it with (figures.csv qualifiers).
QUALIFIED_VALUES = {
    #: a figure's value as its source qualifies it: {value} is a number or a range ("about 2,000")
    "about": QT_TRANSLATE_NOOP("ContentModels", "about {value}"),
    #: a figure's value as its source qualifies it: {value} is a number or a range ("at least 541")
    "at-least": QT_TRANSLATE_NOOP("ContentModels", "at least {value}"),
    #: a figure's value as its source qualifies it: {value} is a number or a range ("more than 100")
    "more-than": QT_TRANSLATE_NOOP("ContentModels", "more than {value}"),
    #: a figure's value as its source qualifies it: {value} is a number or a range ("up to 5,000")
    "up-to": QT_TRANSLATE_NOOP("ContentModels", "up to {value}"),
}


@dataclass(frozen=True, slots=True)  # slots: the map keeps tens of thousands with scaled-up content
class ControlRecord:
    """Who held an area from `date` on. The date is YYYY-MM-DD, or YYYY-MM / YYYY when the sources give
    only the month or the year (shown so, "since October 2020"); as text it sorts before every day of its
    month or year and after the days before, so comparing it with a day's YYYY-MM-DD still works."""

    area_id: str
    date: str
    holder: str
    change: str
    claimant_id: str
    note: str | None


@dataclass(frozen=True)
class Snippet:
    """Text with the spans (start, end) that matched the query."""

    text: str
    marks: tuple[tuple[int, int], ...]

    def marked(self, before: str = "[", after: str = "]") -> str:
        out, last = [], 0
        for start, end in self.marks:
            out += [self.text[last:start], before, self.text[start:end], after]
            last = end
        out.append(self.text[last:])
        return "".join(out)


@dataclass(frozen=True)
class SearchResult:
    group: str  # topic, event, place, person, organisation, weapon
    source_table: str  # entry, event or place
    ref: str  # id within that table
    entry_id: str  # the entry to open
    title: Snippet
    snippet: Snippet | None  # None until built: see ContentDatabase.search(snippets=...) and .snippet()
    rank: float
    # A close match: found by a name a small typing mistake away from what was typed (ranked after every
    # exact result), and the name form it was found by ("Stepanakert" for "stepanakrt").
    approximate: bool = False
    suggestion: str = ""
