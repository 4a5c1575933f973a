"""The map's rules without Qt: the projection (`projection`), who held each area on a date (`control`),
which places a view draws, read from the content by box and importance as the view asks for them
(`places`), where their markers and labels go (`layout`), and the words of tooltips and the legend
(`text`); `MapModel` ties them to one content database. The map pane (`desktop_app.ui.panes.map`) only
paints what these give it.

The limits (MAX_DRAWN, MARK_CACHE ...) are read from `desktop_app.views.map.places` when used: change them
there."""

from __future__ import annotations

from desktop_app.views.map.control import ControlOverTime
from desktop_app.views.map.model import MapModel
from desktop_app.views.map.places import MapPlace
from desktop_app.views.map.projection import ViewBox, project

__all__ = ["ControlOverTime", "MapModel", "MapPlace", "ViewBox", "project"]
