"""The map's legend: what the fill colours mean, as rich text for the line under the map and saved images."""

from __future__ import annotations

import html
from datetime import date

from PySide6.QtGui import QColor

from desktop_app.ui import theme
from desktop_app.ui.panes.map.scene import FILL_ALPHA, holder_colour, mix
from desktop_app.views.labels import CONTROL_LABELS, control_label, no_record_label
from desktop_app.views.map.control import MARKER_GLYPHS, MARKER_SHAPES
from desktop_app.views.map.text import approximate_note, legend_heading


def legend_html(land: QColor, day: date | None = None) -> str:
    """Each holder's colour as its fill looks on `land`, the no-record sign, the approximation note; headed
    by the date if `day` is given (an image has no date row)."""
    items = []
    for holder in CONTROL_LABELS:  # the legend's order; the words in the interface language
        shown = mix(land, holder_colour(holder), FILL_ALPHA / 255)  # as the semi-transparent fill looks on land
        label = html.escape(control_label(holder)).replace(" ", "&nbsp;")
        # the swatch lined as the map's areas are (theme.CONTROL_PATTERNS), on the fill as it looks on land
        patterns = theme.CONTROL_PATTERNS.get(holder, ())
        glyphs = "".join(f"<span style='color:{holder_colour(side).name()}'>{theme.PATTERN_GLYPHS[style]}</span>"
                         for side, style in patterns)
        swatch = f"<span style='background-color:{shown.name()}'>{glyphs * (2 if len(patterns) == 1 else 1)}</span>"
        # and the shape of a town's marker for this holder, in the text's colour: the shape is what it tells
        shape = MARKER_GLYPHS[MARKER_SHAPES[holder]] if holder in MARKER_SHAPES else ""
        items.append(f"{swatch}&nbsp;{shape}&nbsp;{label}")
    items.append(f"&#9675;&nbsp;{html.escape(no_record_label()).replace(' ', '&nbsp;')}")
    heading = f"<b>{html.escape(legend_heading(day))}</b><br>" if day is not None else ""
    return (f"{heading}{' &nbsp; '.join(items)}<br>"
            f"<small>{html.escape(approximate_note())}</small>")



