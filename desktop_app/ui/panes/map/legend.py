"""The map's legend: what the fill colours mean, as rich text for the line under the map and saved images."""

from __future__ import annotations

import html
from datetime import date

from PySide6.QtGui import QColor

from desktop_app.ui import theme
from desktop_app.ui.panes.map.scene import FILL_ALPHA, holder_colour, mix
from desktop_app.views.labels import CONTROL_LABELS, control_label, no_record_label
from desktop_app.views.map.text import approximate_note, legend_heading


def legend_html(land: QColor, day: date | None = None) -> str:
    """Each holder's colour as its fill looks on `land`, the no-record sign, the approximation note; headed
    by the date if `day` is given (an image has no date row)."""
    items = []
    for holder in CONTROL_LABELS:  # the legend's order; the words in the interface language
        shown = mix(land, holder_colour(holder), FILL_ALPHA / 255)  # as the semi-transparent fill looks on land
        label = html.escape(control_label(holder)).replace(" ", "&nbsp;")
        if holder == "divided":  # hatched with both sides' colours, as on the map
            first, second = (holder_colour(h).name() for h in theme.DIVIDED_HATCH)
            swatch = (f"<span style='background-color:{shown.name()}'><span style='color:{first}'>&#9640;</span>"
                      f"<span style='color:{second}'>&#9639;</span></span>")
        else:
            swatch = f"<span style='background-color:{shown.name()}; color:{shown.name()}'>&#9632;&#9632;</span>"
        items.append(f"{swatch}&nbsp;{label}")
    items.append(f"&#9675;&nbsp;{html.escape(no_record_label()).replace(' ', '&nbsp;')}")
    heading = f"<b>{html.escape(legend_heading(day))}</b><br>" if day is not None else ""
    return (f"{heading}{' &nbsp; '.join(items)}<br>"
            f"<small>{html.escape(approximate_note())}</small>")



