"""The map's legend: what the fill colours mean, as rich text for the line under the map and saved images."""

from __future__ import annotations

import html
from datetime import date

from PySide6.QtGui import QColor, QTextDocument

from desktop_app.ui.panes.map.scene import FILL_ALPHA, holder_colour, mix
from desktop_app.views.labels import CONTROL_LABELS, NO_RECORD_LABEL
from desktop_app.views.map.text import APPROXIMATE_NOTE, legend_heading


def legend_html(land: QColor, day: date | None = None) -> str:
    """Each holder's colour as its fill looks on `land`, the no-record sign, the approximation note; headed
    by the date if `day` is given (an image has no date row)."""
    items = []
    for holder, label in CONTROL_LABELS.items():
        shown = mix(land, holder_colour(holder), FILL_ALPHA / 255)  # as the semi-transparent fill looks on land
        items.append(f"<span style='background-color:{shown.name()}; color:{shown.name()}'>"
                     f"&#9632;&#9632;</span>&nbsp;{html.escape(label).replace(' ', '&nbsp;')}")
    items.append(f"&#9675;&nbsp;{NO_RECORD_LABEL.replace(' ', '&nbsp;')}")
    heading = f"<b>{html.escape(legend_heading(day))}</b><br>" if day is not None else ""
    return (f"{heading}{' &nbsp; '.join(items)}<br>"
            f"<small>{html.escape(APPROXIMATE_NOTE)}</small>")


def plain_text(rich_text: str) -> str:
    """The legend as words, for screen readers and tests."""
    doc = QTextDocument()
    doc.setHtml(rich_text)
    return doc.toPlainText().replace("\u00a0", " ")
