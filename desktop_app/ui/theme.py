"""Colours (and the map's patterns) with meaning, shared by the panes. Chosen to read on both light and dark palettes.

Colours only: the words and orders they go with are `desktop_app.views.labels`.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

# Territorial control (control.csv holders). From the Okabe-Ito palette, so that every pair stays apart for
# people with protanopia, deuteranopia or tritanopia too (tests/views/test_colour_vision.py measures it; a
# violet "divided" was all but the Azerbaijan blue under protanopia). A place with no record is drawn hollow.
CONTROL_COLOURS = {
    "azerbaijan": QColor(0, 114, 178),  # blue
    "armenia-artsakh": QColor(213, 94, 0),  # vermillion
    "divided": QColor(240, 228, 66),  # yellow: parts held by each side
    "russian-peacekeepers": QColor(0, 158, 115),  # bluish green
}
# So that colour never carries the meaning alone, each holder's areas are also lined, in a direction of their
# own: lines of the holder's colour over its lighter fill (the legend's swatches too). An area divided between
# the sides has both sides' diagonals, each in that side's colour.
CONTROL_PATTERNS: dict[str, tuple[tuple[str, Qt.BrushStyle], ...]] = {
    "azerbaijan": (("azerbaijan", Qt.BrushStyle.HorPattern),),
    "armenia-artsakh": (("armenia-artsakh", Qt.BrushStyle.VerPattern),),
    "divided": (("azerbaijan", Qt.BrushStyle.BDiagPattern), ("armenia-artsakh", Qt.BrushStyle.FDiagPattern)),
    "russian-peacekeepers": (("russian-peacekeepers", Qt.BrushStyle.CrossPattern),),
}
# The legend's glyph for each pattern: a small square filled the same way.
PATTERN_GLYPHS = {Qt.BrushStyle.HorPattern: "\u25a4", Qt.BrushStyle.VerPattern: "\u25a5",
                  Qt.BrushStyle.BDiagPattern: "\u25a8", Qt.BrushStyle.FDiagPattern: "\u25a7",
                  Qt.BrushStyle.CrossPattern: "\u25a6"}

# Timeline lanes (events.csv lanes), in display order from top to bottom.
LANE_COLOURS = {
    "military": QColor(200, 80, 60),
    "civilian-harm": QColor(220, 150, 40),
    "diplomacy": QColor(60, 140, 200),
    "politics": QColor(140, 100, 190),
    "information": QColor(70, 160, 110),
}

# Oryx equipment status stacks: Okabe-Ito too, apart under the colour-vision deficiencies (the violet
# "captured, later lost" was within ΔE 11 of "captured" under protanopia). Captured, later lost: a lighter
# blue than captured.
STATUS_COLOURS = {
    "destroyed": QColor(213, 94, 0),  # vermillion
    "damaged": QColor(230, 159, 0),  # orange
    "captured": QColor(0, 114, 178),  # blue
    "abandoned": QColor(150, 150, 150),  # grey
    "captured-later-lost": QColor(86, 180, 233),  # sky blue
}


def claimant_colour(index: int) -> QColor:
    """A distinct colour per claimant, stable for a given order."""
    hue = (index * 67) % 360
    return QColor.fromHsv(hue, 150, 210)
