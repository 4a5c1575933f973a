"""The chart's views and the words it uses for them: which figures each view shows (one declaration, read
in Python and in SQL), the periods, and the names of categories and items of equipment."""

from __future__ import annotations

from desktop_app.content import Figure
from desktop_app.content.database import FigureKind, kind_of
from desktop_app.content.dates import format_partial_date
from desktop_app.i18n import QT_TRANSLATE_NOOP, translate
from desktop_app.views.labels import SIDE_ORDER

# The words below are marked for the catalogues and translated where they are shown (the functions further
# down: view_name, view_title, scope_name, scope_words, section_title, item_label), in this module's context.

# The chart's views, as offered in the pane's list.
VIEWS = {
    #: a view of the casualty chart: the military's casualty figures, by side and by who gives them
    "military": QT_TRANSLATE_NOOP("ChartKinds", "Military (by side and claimant)"),
    #: a view of the casualty chart: the civilians' casualty and displacement figures
    "civilians": QT_TRANSLATE_NOOP("ChartKinds", "Civilians"),
    #: a view of the casualty chart: the equipment losses documented by Oryx (a named open-source project)
    "oryx": QT_TRANSLATE_NOOP("ChartKinds", "Equipment (Oryx)"),
    #: a view of the casualty chart: the equipment losses the sides and others claim
    "claims": QT_TRANSLATE_NOOP("ChartKinds", "Equipment (claims)"),
    #: a view of the casualty chart: prisoners, deserters, damage and whatever else no other view shows
    "other": QT_TRANSLATE_NOOP("ChartKinds", "Other figures"),
}
# The title drawn at the top of each view's chart.
VIEW_TITLES = {
    #: the title of a casualty chart: "side" is whose losses they are, "claimant" who gives each figure
    "military": QT_TRANSLATE_NOOP("ChartKinds", "Military casualties by side and claimant"),
    #: the title of a casualty chart: "side" is whose losses they are, "claimant" who gives each figure
    "civilians": QT_TRANSLATE_NOOP("ChartKinds", "Civilian casualties and displacement by side and claimant"),
    #: Oryx is the name of an open-source project that documents equipment losses from photos and videos
    "oryx": QT_TRANSLATE_NOOP("ChartKinds", "Equipment losses documented by Oryx, by status"),
    #: "the sides": the two sides of the war, Armenia / Artsakh and Azerbaijan; "others": anyone else who gives a figure
    "claims": QT_TRANSLATE_NOOP("ChartKinds", "Equipment losses claimed by the sides and others"),
    "other": QT_TRANSLATE_NOOP("ChartKinds", "Prisoners, deserters, damage, munitions and other figures"),
}
# The periods, as offered in the pane's list and named at the top of a chart.
SCOPES = {
    #: a period of the casualty chart: the 44 days of the war (27 September - 10 November 2020)
    "war": QT_TRANSLATE_NOOP("ChartKinds", "During the war"),
    #: a period of the casualty chart: after the ceasefire of 10 November 2020
    "post-war": QT_TRANSLATE_NOOP("ChartKinds", "After the ceasefire"),
    #: a period of the casualty chart: the First Nagorno-Karabakh War
    "first-war": QT_TRANSLATE_NOOP("ChartKinds", "First war (1988–1994)"),
    #: a period of the casualty chart: before 27 September 2020
    "pre-war": QT_TRANSLATE_NOOP("ChartKinds", "Before the war"),
    #: a choice of the casualty chart's period: every period at once
    "all": QT_TRANSLATE_NOOP("ChartKinds", "All periods"),
}
# A figure's period, inside a line about it ("Period: during the war", "45 (as of 9 October 2020, ...)").
SCOPE_WORDS = {
    #: a figure's period, written inside a line about it: "Period: during the war"
    "war": QT_TRANSLATE_NOOP("ChartKinds", "during the war"),
    #: a figure's period, written inside a line about it: "Period: after the ceasefire"
    "post-war": QT_TRANSLATE_NOOP("ChartKinds", "after the ceasefire"),
    #: a figure's period, written inside a line about it: the First Nagorno-Karabakh War
    "first-war": QT_TRANSLATE_NOOP("ChartKinds", "first war, 1988–1994"),
    #: a figure's period, written inside a line about it: "Period: before the war"
    "pre-war": QT_TRANSLATE_NOOP("ChartKinds", "before the war"),
}
MILITARY_GROUPS = ("military", "fighters")
MILITARY_CATEGORIES = ("killed", "missing", "wounded", "captured")
CIVILIAN_GROUPS = ("civilian", "journalists")
CIVILIAN_CATEGORIES = ("killed", "wounded", "missing", "captured", "displaced", "other")
OTHER_CATEGORIES = ("killed", "exchanged", "deserted", "other", "property", "munitions", "economic")
# The title of a section of the chart: what its figures count (people, unless said otherwise).
CATEGORY_LABELS = {
    #: the title of a section of the casualty chart: the people killed
    "killed": QT_TRANSLATE_NOOP("ChartKinds", "Killed"),
    #: the title of a section of the casualty chart: the people missing
    "missing": QT_TRANSLATE_NOOP("ChartKinds", "Missing"),
    #: the title of a section of the casualty chart: the people wounded
    "wounded": QT_TRANSLATE_NOOP("ChartKinds", "Wounded"),
    #: the title of a section of the casualty chart: the people taken prisoner
    "captured": QT_TRANSLATE_NOOP("ChartKinds", "Captured"),
    #: the title of a section of the casualty chart: the people who had to leave their homes
    "displaced": QT_TRANSLATE_NOOP("ChartKinds", "Displaced"),
    #: the title of a section of the casualty chart: prisoners handed back to their side
    "exchanged": QT_TRANSLATE_NOOP("ChartKinds", "Prisoners returned"),
    #: the title of a section of the casualty chart: soldiers said (by the other side) to have deserted
    "deserted": QT_TRANSLATE_NOOP("ChartKinds", "Deserters (claims)"),
    "property": QT_TRANSLATE_NOOP("ChartKinds", "Property damaged or destroyed"),
    "munitions": QT_TRANSLATE_NOOP("ChartKinds", "Shells, strikes and attacks"),
    "economic": QT_TRANSLATE_NOOP("ChartKinds", "Economic losses"),
    #: the title of a section of the casualty chart: figures of no other category
    "other": QT_TRANSLATE_NOOP("ChartKinds", "Other"),
}
ITEM_ORDER = (
    "tanks", "afvs", "tanks-and-afvs", "vehicles", "engineering-vehicles", "artillery", "missile-launchers",
    "air-defence", "aircraft", "helicopters", "uavs", "command-posts", "depots",
)
# Items of equipment, each the title of a section of the equipment charts.
ITEM_LABELS = {
    #: the title of a section of the equipment charts: tanks (the armoured vehicles)
    "tanks": QT_TRANSLATE_NOOP("ChartKinds", "Tanks"),
    "afvs": QT_TRANSLATE_NOOP("ChartKinds", "Armoured fighting vehicles"),
    "tanks-and-afvs": QT_TRANSLATE_NOOP("ChartKinds", "Tanks and other armoured vehicles"),
    "vehicles": QT_TRANSLATE_NOOP("ChartKinds", "Trucks, vehicles and jeeps"),
    "engineering-vehicles": QT_TRANSLATE_NOOP("ChartKinds", "Engineering vehicles"),
    "artillery": QT_TRANSLATE_NOOP("ChartKinds", "Artillery and rocket launchers"),
    "missile-launchers": QT_TRANSLATE_NOOP("ChartKinds", "Missile launchers"),
    "air-defence": QT_TRANSLATE_NOOP("ChartKinds", "Air-defence systems"),
    #: the title of a section of the equipment charts: aircraft (planes, several of them)
    "aircraft": QT_TRANSLATE_NOOP("ChartKinds", "Aircraft"),
    "helicopters": QT_TRANSLATE_NOOP("ChartKinds", "Helicopters"),
    "uavs": QT_TRANSLATE_NOOP("ChartKinds", "Drones (UAVs)"),
    "command-posts": QT_TRANSLATE_NOOP("ChartKinds", "Command posts"),
    "depots": QT_TRANSLATE_NOOP("ChartKinds", "Arms depots"),
}
ORYX = "oryx"  # the claimant whose equipment counts are stacked by status

# The views, each the figures of its kind: a figure is of the first kind it matches, so "claims" takes the
# equipment Oryx leaves and "other" whatever no chart of its own takes. The database counts and chooses
# figures by these same kinds (`FigureKind.condition`), the chart by `view_of` (`FigureKind.matches`).
VIEW_KINDS: dict[str, FigureKind] = {
    "oryx": FigureKind(categories=("equipment",), claimants=(ORYX,)),
    "claims": FigureKind(categories=("equipment",)),
    "military": FigureKind(categories=MILITARY_CATEGORIES, groups=MILITARY_GROUPS),
    "civilians": FigureKind(categories=CIVILIAN_CATEGORIES, groups=CIVILIAN_GROUPS),
    "other": FigureKind(),
}
BY_ITEM = ("oryx", "claims")  # the views with a section per item of equipment, not per category


def view_of(figure: Figure) -> str:
    """The one view that shows a figure: the first whose kind it matches ("other" matches every figure)."""
    return kind_of(figure, VIEW_KINDS) or "other"


def section_key(figure: Figure, view: str) -> str:
    """The section of its view a figure is drawn in: its item of equipment ("" for none), or its category."""
    return (figure.item or "") if view in BY_ITEM else figure.category


def section_rank(key: str, view: str) -> tuple[int, str]:
    """Where a section comes in its view: items of equipment in ITEM_ORDER, categories in the view's order."""
    order = ITEM_ORDER if view in BY_ITEM else {"military": MILITARY_CATEGORIES,
                                                "civilians": CIVILIAN_CATEGORIES}.get(view, OTHER_CATEGORIES)
    return (order.index(key) if key in order else len(order), key)


def side_rank(side: str) -> int:
    return SIDE_ORDER.index(side) if side in SIDE_ORDER else len(SIDE_ORDER)


def magnitude(figure: Figure) -> float:
    """The length of a figure's bar: its value, or the top of its range."""
    if figure.value is not None:
        return figure.value
    return figure.high if figure.high is not None else (figure.low or 0.0)


def view_name(view: str) -> str:
    """A view as offered in the pane's list ("Military (by side and claimant)")."""
    return translate("ChartKinds", VIEWS[view]) if view in VIEWS else view


def view_title(view: str) -> str:
    """The title drawn at the top of a view's chart."""
    return translate("ChartKinds", VIEW_TITLES[view]) if view in VIEW_TITLES else view


def scope_name(scope: str) -> str:
    """A period as offered in the pane's list and named in a chart's header ("During the war")."""
    return translate("ChartKinds", SCOPES[scope]) if scope in SCOPES else scope


def item_label(item: str | None) -> str:
    if not item:
        #: the title of a section of the equipment charts, for figures that do not say which equipment
        return translate("ChartKinds", "Unspecified equipment")
    # an item the content adds with no label here is shown by its id
    return translate("ChartKinds", ITEM_LABELS[item]) if item in ITEM_LABELS else item.replace("-", " ").capitalize()


def section_title(key: str, view: str) -> str:
    if view in BY_ITEM:
        return item_label(key)
    return translate("ChartKinds", CATEGORY_LABELS[key]) if key in CATEGORY_LABELS else key.capitalize()


def scope_words(scope: str) -> str:
    return translate("ChartKinds", SCOPE_WORDS[scope]) if scope in SCOPE_WORDS else scope


def claimant_short(figure: Figure) -> str:
    # The article's own name is long and says nothing more than "the article", so shorten it.
    if figure.claimant_name.startswith("Wikipedia"):
        #: who gives a figure, written above its bar: the Wikipedia article the content comes from
        return translate("ChartKinds", "Wikipedia article")
    return figure.claimant_name


def as_of_text(figure: Figure) -> str:
    if figure.as_of:
        #: the date a figure was given, written beside it: "as of 9 October 2020", "as of October 2020"
        return translate("ChartKinds", "as of {date}").format(date=format_partial_date(figure.as_of))
    #: written beside a figure whose source gives no date for it
    return translate("ChartKinds", "date not given")
