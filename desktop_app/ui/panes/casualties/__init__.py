"""The Casualties pane: casualty and loss figures as bar charts, each side's own figures next to the other
side's claims, and (with "As of the date line" on) the figures as they stood on the shared date.

- `pane`: the pane, what is shown and what choosing or opening a bar does; `toolbar`: its controls.
- `figures`: the figures read, and read ahead in the background.
- `scene`: the chart's scene and view; `blocks` and `bars`: the items drawn in it.
- `display`: the chart in its scroll area, the bar chosen, the keys.
- `series`: the toll over time (pyqtgraph, imported when first needed).
- `export`: PNG and CSV.

What to draw comes from the Qt-free `desktop_app.views.chart`.
"""

from desktop_app.ui.panes.casualties.bars import BarItem
from desktop_app.ui.panes.casualties.pane import CasualtiesPane

__all__ = ["BarItem", "CasualtiesPane"]
