"""The timeline pane (see `pane.py`); its rules are the view-model's, `desktop_app.views.timeline`."""

from desktop_app.ui.panes.timeline.pane import TimelinePane
from desktop_app.views.timeline_layout import day_seconds

__all__ = ["TimelinePane", "day_seconds"]
