"""The chart's views and the words it uses for them: which figures each view shows (one declaration, read
in Python and in SQL), the periods, and the names of categories and items of equipment."""

from __future__ import annotations

from desktop_app.content import Figure
from desktop_app.content.database import FigureKind, kind_of
from desktop_app.content.dates import format_partial_date
from desktop_app.views.labels import SIDE_ORDER

VIEWS = {
    "military": "Military (by side and claimant)",
    "civilians": "Civilians",
    "oryx": "Equipment (Oryx)",
    "claims": "Equipment (claims)",
    "other": "Other figures",
}
VIEW_TITLES = {
    "military": "Military casualties by side and claimant",
    "civilians": "Civilian casualties and displacement by side and claimant",
    "oryx": "Equipment losses documented by Oryx, by status",
    "claims": "Equipment losses claimed by the sides and others",
    "other": "Prisoners, deserters, damage, munitions and other figures",
}
SCOPES = {
    "war": "During the war",
    "post-war": "After the ceasefire",
    "first-war": "First war (1988–1994)",
    "pre-war": "Before the war",
    "all": "All periods",
}
SCOPE_WORDS = {
    "war": "during the war",
    "post-war": "after the ceasefire",
    "first-war": "first war, 1988–1994",
    "pre-war": "before the war",
}
MILITARY_GROUPS = ("military", "fighters")
MILITARY_CATEGORIES = ("killed", "missing", "wounded", "captured")
CIVILIAN_GROUPS = ("civilian", "journalists")
CIVILIAN_CATEGORIES = ("killed", "wounded", "missing", "captured", "displaced", "other")
OTHER_CATEGORIES = ("killed", "exchanged", "deserted", "other", "property", "munitions", "economic")
CATEGORY_LABELS = {
    "killed": "Killed",
    "missing": "Missing",
    "wounded": "Wounded",
    "captured": "Captured",
    "displaced": "Displaced",
    "exchanged": "Prisoners returned",
    "deserted": "Deserters (claims)",
    "property": "Property damaged or destroyed",
    "munitions": "Shells, strikes and attacks",
    "economic": "Economic losses",
    "other": "Other",
}
ITEM_ORDER = (
    "tanks", "afvs", "tanks-and-afvs", "vehicles", "engineering-vehicles", "artillery", "missile-launchers",
    "air-defence", "aircraft", "helicopters", "uavs", "command-posts", "depots",
)
ITEM_LABELS = {
    "tanks": "Tanks",
    "afvs": "Armoured fighting vehicles",
    "tanks-and-afvs": "Tanks and other armoured vehicles",
    "vehicles": "Trucks, vehicles and jeeps",
    "engineering-vehicles": "Engineering vehicles",
    "artillery": "Artillery and rocket launchers",
    "missile-launchers": "Missile launchers",
    "air-defence": "Air-defence systems",
    "aircraft": "Aircraft",
    "helicopters": "Helicopters",
    "uavs": "Drones (UAVs)",
    "command-posts": "Command posts",
    "depots": "Arms depots",
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


def number(x: float) -> str:
    return f"{x:,.0f}" if float(x).is_integer() else f"{x:,}"


def item_label(item: str | None) -> str:
    if not item:
        return "Unspecified equipment"
    return ITEM_LABELS.get(item, item.replace("-", " ").capitalize())


def section_title(key: str, view: str) -> str:
    return item_label(key) if view in BY_ITEM else CATEGORY_LABELS.get(key, key.capitalize())


def scope_words(scope: str) -> str:
    return SCOPE_WORDS.get(scope, scope)


def claimant_short(figure: Figure) -> str:
    # The article's own name is long and says nothing more than "the article", so shorten it.
    return "Wikipedia article" if figure.claimant_name.startswith("Wikipedia") else figure.claimant_name


def as_of_text(figure: Figure) -> str:
    return f"as of {format_partial_date(figure.as_of)}" if figure.as_of else "date not given"
