"""The figures the chart has read, and reads ahead.

The pane holds no more figures than it draws: it asks the database for those (`drawn_figures`, the largest
of each category and side, in the order the chart sorts them), for counts, and for every figure of a view
only when the CSV is exported or the chart follows the date (which needs each claimant's earlier figures).
What the other views of the period will need is read ahead on a `BackgroundReader`, so that choosing one
draws it at once: with far more content than bundled, ranking a view's figures takes tens of milliseconds.
"""

from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import Future
from typing import TypeVar

from desktop_app.content import ContentDatabase, Figure
from desktop_app.ui.background import BackgroundReader
from desktop_app.views.chart import VIEW_KINDS, VIEWS, Announcements, FigureCounts, drawn_figures, view_figures

T = TypeVar("T")


def _every(content: ContentDatabase, view: str, scope: str) -> Announcements:
    return Announcements(view_figures(content, view, scope))


class ChartFigures:
    """By (view, scope): the figures drawn, and every figure ready to be followed through time."""

    def __init__(self, content: ContentDatabase) -> None:
        self.content = content
        self.counts = FigureCounts.of(content.figure_counts(VIEW_KINDS))  # counted once
        self._drawn: dict[tuple[str, str], list[Figure]] = {}
        self._dated: dict[tuple[str, str], Announcements] = {}
        self._coming: dict[tuple[str, str, bool], Future] = {}  # (view, scope, dated): being read
        self._entry_titles: dict[str, str] = {}
        self._reader: BackgroundReader | None = None  # started when first needed

    def drawn(self, view: str, scope: str) -> list[Figure]:
        """The figures of the chart of a view and period: at most MAX_BARS_PER_SIDE bars' worth per side."""
        return self._held(self._drawn, (view, scope), False, drawn_figures)

    def dated(self, view: str, scope: str) -> Announcements:
        """Every figure of a view and period, to be shown as it stood on any day."""
        return self._held(self._dated, (view, scope), True, _every)

    def _held(self, held: dict[tuple[str, str], T], key: tuple[str, str], dated: bool,
              read: Callable[[ContentDatabase, str, str], T]) -> T:
        if key not in held:
            coming = self._coming.pop((*key, dated), None)
            try:
                found = coming.result() if coming is not None else None
            except Exception:  # read again below, where an error is not hidden
                found = None
            held[key] = found if found is not None else read(self.content, *key)
        return held[key]

    def entry_title(self, entry_id: str) -> str:
        if entry_id not in self._entry_titles:
            self._entry_titles.update(self.content.entry_titles([entry_id]))
        return self._entry_titles.get(entry_id, entry_id)

    def read_ahead(self, scope: str, dated: bool) -> None:
        """Read the other views of this period in the background: their drawn figures, or with `dated` every one."""
        held = self._dated if dated else self._drawn
        read = _every if dated else drawn_figures
        for view in VIEWS:
            if (view, scope) in held or (view, scope, dated) in self._coming:
                continue
            if self._reader is None:
                self._reader = BackgroundReader(self.content.path, "chart figures")
            self._coming[(view, scope, dated)] = self._reader.submit(
                lambda content, view=view: read(content, view, scope))

    def shutdown(self) -> None:
        """Stop reading ahead and close the background connection (the pane is going away)."""
        if self._reader is not None:
            self._reader.shutdown()
