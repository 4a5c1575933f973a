"""The words and display orders of the content's categories. Colours are the theme's (`ui/theme.py`).

The words are marked for the catalogues here and translated when asked for (the functions below), so they
follow the interface language chosen after this module was imported.
"""

from __future__ import annotations

from desktop_app.i18n import QT_TRANSLATE_NOOP, translate

# Territorial control (control.csv holders), in legend order.
# The interface says who *held* a place on a date, as the content's sources report it, in the same words
# for both sides; docs/translations-glossary.md says how each language keeps that neutral.
CONTROL_LABELS = {
    "azerbaijan": QT_TRANSLATE_NOOP("Labels", "Held by Azerbaijan"),
    "armenia-artsakh": QT_TRANSLATE_NOOP("Labels", "Held by Armenia / Artsakh"),
    "divided": QT_TRANSLATE_NOOP("Labels", "Divided between the sides"),
    "russian-peacekeepers": QT_TRANSLATE_NOOP("Labels", "Russian peacekeepers"),
}
NO_RECORD_LABEL = QT_TRANSLATE_NOOP("Labels", "No control record")

# Timeline lanes (events.csv lanes), in display order from top to bottom.
LANE_LABELS = {
    "military": QT_TRANSLATE_NOOP("Labels", "Military"),
    "civilian-harm": QT_TRANSLATE_NOOP("Labels", "Civilian harm"),
    "diplomacy": QT_TRANSLATE_NOOP("Labels", "Diplomacy"),
    "politics": QT_TRANSLATE_NOOP("Labels", "Politics"),
    "information": QT_TRANSLATE_NOOP("Labels", "Information"),
}

# What a reader must know about a lane before counting its markers.
LANE_NOTES = {
    "civilian-harm": QT_TRANSLATE_NOOP(
        "Labels",
        "The incidents the sources report. How many stand on the timeline for each side follows how much was "
        "reported and by whom, not how much harm each side's civilians suffered."),
}

# Whose losses a figure counts (figures.csv sides), in the chart's order.
SIDE_LABELS = {
    "armenia-artsakh": QT_TRANSLATE_NOOP("Labels", "Armenia / Artsakh"),
    "azerbaijan": QT_TRANSLATE_NOOP("Labels", "Azerbaijan"),
    "syrian-fighters": QT_TRANSLATE_NOOP("Labels", "Syrian fighters"),
    "russia": QT_TRANSLATE_NOOP("Labels", "Russia"),
    "france": QT_TRANSLATE_NOOP("Labels", "France"),
    "iran": QT_TRANSLATE_NOOP("Labels", "Iran"),
    "other": QT_TRANSLATE_NOOP("Labels", "Other"),
}
SIDE_ORDER = tuple(SIDE_LABELS)

# Oryx equipment statuses, in stacking order.
STATUS_ORDER = ("destroyed", "damaged", "captured", "abandoned", "captured-later-lost")


def control_label(holder: str) -> str:
    return translate("Labels", CONTROL_LABELS[holder]) if holder in CONTROL_LABELS else holder


def no_record_label() -> str:
    return translate("Labels", NO_RECORD_LABEL)


def lane_label(lane: str) -> str:
    if lane in LANE_LABELS:
        return translate("Labels", LANE_LABELS[lane])
    return lane.replace("-", " ").capitalize()


def lane_note(lane: str) -> str:
    """What to know before counting a lane's markers, or ""."""
    return translate("Labels", LANE_NOTES[lane]) if lane in LANE_NOTES else ""


def side_label(side: str) -> str:
    return translate("Labels", SIDE_LABELS[side]) if side in SIDE_LABELS else side
