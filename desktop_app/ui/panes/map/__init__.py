"""The map pane. `pane.py` assembles it: the view (`view.py`: input, picking), the date row (`player.py`),
the legend (`legend.py`); `scene.py` draws the region and the places (`items.py`: a place's marker and
label), `detail.py` decides when places are read and laid out, `image.py` saves the map as an image. Its
rules (projection, control over time, which places are drawn, label placement, tooltip words) are the
Qt-free view-model in `desktop_app.views.map`."""

from __future__ import annotations

from desktop_app.ui.panes.map.detail import RELAYOUT_MS
from desktop_app.ui.panes.map.pane import MapPane
from desktop_app.ui.panes.map.player import PLAY_INTERVAL_MS
from desktop_app.ui.panes.map.scene import FILL_ALPHA
from desktop_app.ui.panes.map.scene import scene_point as project

__all__ = ["FILL_ALPHA", "PLAY_INTERVAL_MS", "RELAYOUT_MS", "MapPane", "project"]
