"""The words and display orders of the content's categories. Colours are the theme's (`ui/theme.py`)."""

from __future__ import annotations

# Territorial control (control.csv holders), in legend order.
CONTROL_LABELS = {
    "azerbaijan": "Held by Azerbaijan",
    "armenia-artsakh": "Held by Armenia / Artsakh",
    "divided": "Divided between the sides",
    "russian-peacekeepers": "Russian peacekeepers",
}
NO_RECORD_LABEL = "No control record"

# Timeline lanes (events.csv lanes), in display order from top to bottom.
LANE_LABELS = {
    "military": "Military",
    "civilian-harm": "Civilian harm",
    "diplomacy": "Diplomacy",
    "politics": "Politics",
    "information": "Information",
}

# What a reader must know about a lane before counting its markers.
LANE_NOTES = {
    "civilian-harm": "The incidents the sources report. How many stand on the timeline for each side follows how "
                     "much was reported and by whom, not how much harm each side's civilians suffered.",
}

# Whose losses a figure counts (figures.csv sides), in the chart's order.
SIDE_LABELS = {
    "armenia-artsakh": "Armenia / Artsakh",
    "azerbaijan": "Azerbaijan",
    "syrian-fighters": "Syrian fighters",
    "russia": "Russia",
    "france": "France",
    "iran": "Iran",
    "other": "Other",
}
SIDE_ORDER = tuple(SIDE_LABELS)

# Oryx equipment statuses, in stacking order.
STATUS_ORDER = ("destroyed", "damaged", "captured", "abandoned", "captured-later-lost")


def control_label(holder: str) -> str:
    return CONTROL_LABELS.get(holder, holder)


def lane_label(lane: str) -> str:
    return LANE_LABELS.get(lane, lane.replace("-", " ").capitalize())


def side_label(side: str) -> str:
    return SIDE_LABELS.get(side, side)
