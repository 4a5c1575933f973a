"""Casualty and loss figures as bar charts: each side's own figures next to the other side's claims.

Every bar is one figure exactly as stated, with its claimant written above it: nothing is added up,
averaged or dropped (with far more content than bundled, a chart draws at most MAX_BARS_PER_SIDE bars per
side and says how many it leaves out; the CSV export has every one). Figures of one claimant with
different dates are separate bars labelled with their date. Oryx equipment losses are stacked by status;
Oryx's own total is given in the label and tooltip, never stacked on top. Each category gets its own plot
and scale, so 6 missing does not shrink to nothing next to 11,110 wounded.

The grouping of figures into views and rows (`chart_sections`) imports no Qt, so it can be read and
tested on its own; the widget below only draws what it returns. The pane holds no more figures than it
draws: it asks the database for those (`ranked_figures`, the largest of each category and side, in the
order the chart sorts them), for counts, and for every figure of a view only when the CSV is exported.
"""

from __future__ import annotations

import csv
import html
import math
import threading
from collections.abc import Callable, Iterable, Sequence
from concurrent.futures import Future
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QPoint, QPointF, QRectF, QSize, QStandardPaths, Qt
from PySide6.QtGui import (
    QAction,
    QBrush,
    QColor,
    QFont,
    QFontMetricsF,
    QImage,
    QPainter,
    QPainterPath,
    QPalette,
    QPen,
)
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFrame,
    QGraphicsItem,
    QGraphicsScene,
    QGraphicsView,
    QHBoxLayout,
    QLabel,
    QMenu,
    QScrollArea,
    QToolButton,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from desktop_app.content import ContentDatabase, Figure
from desktop_app.content.database import FigureKind
from desktop_app.content.dates import format_partial_date
from desktop_app.notes.model import Target as NoteTarget
from desktop_app.ui import messages, theme
from desktop_app.ui.focus_ring import FocusRing
from desktop_app.ui.image_export import ask_image_size
from desktop_app.ui.panes.base import Pane
from desktop_app.ui.settings import Settings
from desktop_app.ui.state import AppState
from desktop_app.views.labels import SIDE_ORDER, STATUS_ORDER, side_label

# -- what goes where (no Qt) --------------------------------------------------------------------------

VIEWS = {
    "military": "Military (by side and claimant)",
    "civilians": "Civilians",
    "oryx": "Equipment (Oryx)",
    "claims": "Equipment (claims)",
    "other": "Other figures",
}
VIEW_TITLES = {
    "military": "Military casualties by side and claimant",
    "civilians": "Civilian casualties and displacement by side and claimant",
    "oryx": "Equipment losses documented by Oryx, by status",
    "claims": "Equipment losses claimed by the sides and others",
    "other": "Prisoners, deserters, damage, munitions and other figures",
}
SCOPES = {
    "war": "During the war",
    "post-war": "After the ceasefire",
    "first-war": "First war (1988–1994)",
    "pre-war": "Before the war",
    "all": "All periods",
}
SCOPE_WORDS = {
    "war": "during the war",
    "post-war": "after the ceasefire",
    "first-war": "first war, 1988–1994",
    "pre-war": "before the war",
}
MILITARY_GROUPS = ("military", "fighters")
MILITARY_CATEGORIES = ("killed", "missing", "wounded", "captured")
CIVILIAN_GROUPS = ("civilian", "journalists")
CIVILIAN_CATEGORIES = ("killed", "wounded", "missing", "captured", "displaced", "other")
OTHER_CATEGORIES = ("killed", "exchanged", "deserted", "other", "property", "munitions", "economic")
CATEGORY_LABELS = {
    "killed": "Killed",
    "missing": "Missing",
    "wounded": "Wounded",
    "captured": "Captured",
    "displaced": "Displaced",
    "exchanged": "Prisoners returned",
    "deserted": "Deserters (claims)",
    "property": "Property damaged or destroyed",
    "munitions": "Shells, strikes and attacks",
    "economic": "Economic losses",
    "other": "Other",
}
ITEM_ORDER = (
    "tanks", "afvs", "tanks-and-afvs", "vehicles", "engineering-vehicles", "artillery", "missile-launchers",
    "air-defence", "aircraft", "helicopters", "uavs", "command-posts", "depots",
)
ITEM_LABELS = {
    "tanks": "Tanks",
    "afvs": "Armoured fighting vehicles",
    "tanks-and-afvs": "Tanks and other armoured vehicles",
    "vehicles": "Trucks, vehicles and jeeps",
    "engineering-vehicles": "Engineering vehicles",
    "artillery": "Artillery and rocket launchers",
    "missile-launchers": "Missile launchers",
    "air-defence": "Air-defence systems",
    "aircraft": "Aircraft",
    "helicopters": "Helicopters",
    "uavs": "Drones (UAVs)",
    "command-posts": "Command posts",
    "depots": "Arms depots",
}
ORYX = "oryx"  # the claimant whose equipment counts are stacked by status
# Bars drawn per side in one chart; the rest are counted in the header and listed by the CSV export. The
# bundled content has at most 18 per side; the limit keeps a chart quick to draw with far more content.
MAX_BARS_PER_SIDE = 20


def magnitude(figure: Figure) -> float:
    """The length of a figure's bar: its value, or the top of its range."""
    if figure.value is not None:
        return figure.value
    return figure.high if figure.high is not None else (figure.low or 0.0)


def view_of(figure: Figure) -> str:
    """The one view that shows a figure; "other" takes whatever no chart of its own takes."""
    if figure.category == "equipment":
        return "oryx" if figure.claimant_id == ORYX else "claims"
    if figure.group in MILITARY_GROUPS and figure.category in MILITARY_CATEGORIES:
        return "military"
    if figure.group in CIVILIAN_GROUPS and figure.category in CIVILIAN_CATEGORIES:
        return "civilians"
    return "other"


# The views as the database counts and chooses their figures: a figure is of the first kind it matches, as
# in view_of (the tests check that both agree).
VIEW_KINDS: dict[str, FigureKind] = {
    "oryx": FigureKind(categories=("equipment",), claimants=(ORYX,)),
    "claims": FigureKind(categories=("equipment",)),
    "military": FigureKind(categories=MILITARY_CATEGORIES, groups=MILITARY_GROUPS),
    "civilians": FigureKind(categories=CIVILIAN_CATEGORIES, groups=CIVILIAN_GROUPS),
    "other": FigureKind(),
}


def claimant_short(figure: Figure) -> str:
    # The article's own name is long and says nothing more than "the article", so shorten it.
    return "Wikipedia article" if figure.claimant_name.startswith("Wikipedia") else figure.claimant_name


def as_of_text(figure: Figure) -> str:
    return f"as of {format_partial_date(figure.as_of)}" if figure.as_of else "date not given"


@dataclass(frozen=True)
class ChartRow:
    """One bar: a single figure, or an Oryx stack of statuses with Oryx's own total beside it."""

    side: str
    segments: tuple[Figure, ...]  # drawn left to right; a plain bar has one
    total: Figure | None = None  # an Oryx "total": shown in the label, never stacked

    @property
    def figures(self) -> tuple[Figure, ...]:
        return self.segments + ((self.total,) if self.total else ())

    @property
    def main(self) -> Figure:
        return self.total or self.segments[0]

    @property
    def is_stack(self) -> bool:
        return self.main.claimant_id == ORYX and (self.total is not None or any(f.status for f in self.segments))

    @property
    def stack_sum(self) -> float:
        return sum(magnitude(f) for f in self.segments)

    @property
    def extent(self) -> float:
        return max(self.stack_sum, magnitude(self.total) if self.total else 0.0)


@dataclass(frozen=True)
class ChartSection:
    key: str  # category or item
    title: str
    rows: tuple[ChartRow, ...]


def _side_rank(side: str) -> int:
    return SIDE_ORDER.index(side) if side in SIDE_ORDER else len(SIDE_ORDER)


def _plain_rows(figures: Iterable[Figure]) -> list[ChartRow]:
    ordered = sorted(
        figures, key=lambda f: (_side_rank(f.side), -magnitude(f), f.claimant_name, f.as_of or "", f.id)
    )
    return [ChartRow(f.side, (f,)) for f in ordered]


def _oryx_rows(figures: Iterable[Figure]) -> list[ChartRow]:
    by_side: dict[str, list[Figure]] = {}
    for figure in figures:
        by_side.setdefault(figure.side, []).append(figure)
    rows: list[ChartRow] = []
    for side in sorted(by_side, key=_side_rank):
        stack: dict[str, Figure] = {}
        total: Figure | None = None
        loose: list[Figure] = []  # anything that cannot be stacked without double counting gets its own bar
        for figure in by_side[side]:
            if figure.status == "total" and total is None:
                total = figure
            elif figure.status in STATUS_ORDER and figure.status not in stack:
                stack[figure.status] = figure
            else:
                loose.append(figure)
        segments = tuple(stack[s] for s in STATUS_ORDER if s in stack)
        if segments or total:
            rows.append(ChartRow(side, segments, total))
        rows += _plain_rows(loose)
    return rows


def _item_rank(item: str | None) -> tuple[int, str]:
    item = item or ""
    return (ITEM_ORDER.index(item) if item in ITEM_ORDER else len(ITEM_ORDER), item)


def item_label(item: str | None) -> str:
    if not item:
        return "Unspecified equipment"
    return ITEM_LABELS.get(item, item.replace("-", " ").capitalize())


def chart_sections(figures: Iterable[Figure], view: str, scope: str = "war") -> list[ChartSection]:
    """The plots of a view, in order, for one scope ("all" for every scope)."""
    chosen = [f for f in figures if view_of(f) == view and (scope == "all" or f.scope == scope)]
    groups: dict[str, list[Figure]] = {}
    by_item = view in ("oryx", "claims")
    for figure in chosen:
        groups.setdefault((figure.item or "") if by_item else figure.category, []).append(figure)
    if by_item:
        keys = sorted(groups, key=_item_rank)
    else:
        order = {"military": MILITARY_CATEGORIES, "civilians": CIVILIAN_CATEGORIES}.get(view, OTHER_CATEGORIES)
        keys = sorted(groups, key=lambda k: (order.index(k) if k in order else len(order), k))
    sections = []
    for key in keys:
        rows = _oryx_rows(groups[key]) if view == "oryx" else _plain_rows(groups[key])
        title = item_label(key) if by_item else CATEGORY_LABELS.get(key, key.capitalize())
        sections.append(ChartSection(key, title, tuple(rows)))
    return sections


def view_figures(content: ContentDatabase, view: str, scope: str, limit: int | None = None) -> list[Figure]:
    """The figures of a view and period ("all" for every one) as read from the database: every one, or with a
    `limit` only those `chart_sections` needs to draw `limit` bars per side (the largest of each category, or
    item, and side; for Oryx also those that make up a stack). Another limit gives the same bars as
    `drawn_rows(section, limit)` of every figure's sections."""
    return content.ranked_figures(
        VIEW_KINDS, view, None if scope == "all" else scope, "item" if view in ("oryx", "claims") else "category",
        limit, ("total", *STATUS_ORDER) if view == ORYX else (),
    )


MAX_SIBLINGS = 12  # other figures of the same claimant named in a bar's tooltip


def drawn_rows(section: ChartSection, limit: int | None = None) -> tuple[ChartSection, int]:
    """The section with at most `limit` (MAX_BARS_PER_SIDE) bars per side, each side's largest first as
    sorted, and how many figures that leaves out."""
    limit = MAX_BARS_PER_SIDE if limit is None else limit
    kept: list[ChartRow] = []
    per_side: dict[str, int] = {}
    left_out = 0
    for row in section.rows:
        per_side[row.side] = per_side.get(row.side, 0) + 1
        if per_side[row.side] <= limit:
            kept.append(row)
        else:
            left_out += len(row.figures)
    return (ChartSection(section.key, section.title, tuple(kept)) if left_out else section), left_out


def _number(x: float) -> str:
    return f"{x:,.0f}" if float(x).is_integer() else f"{x:,}"


def row_text(row: ChartRow, scope: str) -> tuple[str, str]:
    """The label above a bar as (head, tail): the head always shows, the tail is cut to fit."""
    if row.is_stack:
        shown = row.total.display_value + " in total" if row.total else _number(row.stack_sum) + " in all"
        head = f"{side_label(row.side)}: {shown} · {claimant_short(row.main)}"
        parts = [f"{(f.status or '').replace('-', ' ')} {_number(magnitude(f))}" for f in row.segments]
        tail = ", ".join(parts) if parts else "no breakdown by status"
        if row.total and row.segments and row.stack_sum != magnitude(row.total):
            tail += f" (these add up to {_number(row.stack_sum)})"
        return head, tail
    figure = row.main
    head = f"{claimant_short(figure)}: {figure.display_value}"
    if figure.as_of:
        head += f" · {format_partial_date(figure.as_of)}"
    if scope == "all" and figure.scope != "war":
        head += f" · {SCOPE_WORDS.get(figure.scope, figure.scope)}"
    return head, figure.label


CSV_COLUMNS = (
    "view", "section", "id", "label", "side", "group", "category", "item", "status", "value", "low", "high",
    "qualifier", "shown_as", "claimant_id", "claimant", "as_of", "scope", "entry_id", "place_id", "note",
)


def csv_records(sections: Sequence[ChartSection], view: str) -> list[dict[str, str]]:
    def plain(x: float | None) -> str:
        return "" if x is None else (str(int(x)) if float(x).is_integer() else str(x))

    records = []
    for section in sections:
        for row in section.rows:
            for f in row.figures:
                records.append({
                    "view": VIEWS[view], "section": section.title, "id": f.id, "label": f.label, "side": f.side,
                    "group": f.group or "", "category": f.category, "item": f.item or "", "status": f.status or "",
                    "value": plain(f.value), "low": plain(f.low), "high": plain(f.high), "qualifier": f.qualifier,
                    "shown_as": f.display_value, "claimant_id": f.claimant_id, "claimant": f.claimant_name,
                    "as_of": f.as_of or "", "scope": f.scope, "entry_id": f.entry_id, "place_id": f.place_id or "",
                    "note": f.note or "",
                })
    return records


# -- drawing ------------------------------------------------------------------------------------------
#
# The chart is one QGraphicsScene of light items laid out by hand, top to bottom: a text block (the
# header), the Oryx legend, one SectionItem per category (its title, side headings and axis painted by
# itself, a BarItem per row as its child; each bar paints its own label) and the footer. Vertical sizes
# are fixed by the rows; the width only moves the tick marks, scales the bars and cuts the labels, so a
# resize just lays the same items out again. A pane keeps each view's scene once drawn.

TEXT_PX = 17  # label line above a bar
BAR_PX = 10
ROW_PX = TEXT_PX + BAR_PX + 6
HEADING_PX = 22  # side name
TITLE_PX = 30  # a section's title line
AXIS_PX = 28
BLOCK_GAP_PX = 8  # between the header, legend and footer blocks and what follows them
MARGIN_PX = 8  # left of every text and bar
RIGHT_PX = 12  # right of the longest bar, room for the last tick label
BASE_LINE_PX = 15  # the text line height the sizes above were chosen for; larger text scales them
MIN_IMAGE_WIDTH = 480  # narrowest layout of a saved chart image, in screen pixels
_WRAP = int(Qt.AlignmentFlag.AlignLeft.value | Qt.AlignmentFlag.AlignTop.value | Qt.TextFlag.TextWordWrap.value)


def row_height(row: ChartRow, scale: float = 1.0) -> int:
    # a stack gets a second text line for its breakdown, whose numbers must not be cut off
    return round((ROW_PX + (TEXT_PX if row.is_stack else 0) - BAR_PX) * scale) + BAR_PX


def tick_values(x_max: float, width: float, min_gap: float) -> list[float]:
    """Axis ticks from 0 to `x_max` drawn `width` pixels wide: steps of 1, 2 or 5 times a power of ten, never
    below 1 (counts have no fractions), at least `min_gap` pixels apart. 0 itself is not labelled."""
    if x_max <= 0 or width <= 0:
        return []
    raw = max(x_max * min_gap / width, 1.0)
    power = 10.0 ** math.floor(math.log10(raw))
    step = next(m * power for m in (1, 2, 5, 10) if m * power >= raw * 0.999)
    return [i * step for i in range(1, int(x_max / step + 1e-9) + 1)]


def _spread_hues(claimants: Sequence[str]) -> dict[str, int]:
    """theme.claimant_colour indexes, each claimant taking the free hue farthest from those already taken.

    Claimants come most frequent first, so the ones that meet most often get the most distinct colours.
    """
    def distance(a: int, b: int) -> int:
        d = abs(a - b) % 360
        return min(d, 360 - d)

    hues = {i: theme.claimant_colour(i).hsvHue() for i in range(max(120, len(claimants)))}
    chosen: dict[str, int] = {}
    for claimant in claimants:
        taken = list(chosen.values())
        free = [i for i in hues if i not in taken]
        chosen[claimant] = max(free, key=lambda i: (min((distance(hues[i], hues[j]) for j in taken), default=360), -i))
    return chosen


@dataclass
class _Colours:
    text: QColor
    muted: QColor
    background: QColor
    highlight: QColor
    claimants: dict[str, QColor]


@dataclass
class _Fonts:
    label: QFont  # the tail of a bar's label, tick labels
    bold: QFont  # the head of a bar's label, side headings
    title: QFont  # the chart's title
    section: QFont  # a category's title
    small: QFont  # the footer

    @classmethod
    def of(cls, base: QFont, scale: float) -> _Fonts:
        def font(points: float | None, bold: bool) -> QFont:
            out = QFont(base)
            if points is not None:
                out.setPointSizeF(points)
            out.setBold(bold)
            return out

        return cls(font(None, False), font(None, True), font(12 * scale, True), font(11 * scale, True),
                   font(8 * scale, False))


class TextBlock(QGraphicsItem):
    """Lines of plain text, each in its own font and colour, wrapped to the chart's width."""

    def __init__(self, lines: Sequence[tuple[str, QFont, QColor]]) -> None:
        super().__init__()
        self.lines = list(lines)
        self._rects: list[QRectF] = []
        self.height = 0.0
        self._bounds = QRectF()

    @property
    def text(self) -> str:
        return "\n".join(text for text, _font, _colour in self.lines)

    def set_width(self, width: float) -> None:
        room = max(width - MARGIN_PX - RIGHT_PX, 40.0)
        self._rects = []
        y = 0.0
        for text, font, _colour in self.lines:
            rect = QFontMetricsF(font).boundingRect(QRectF(0, 0, room, 1e6), _WRAP, text)
            self._rects.append(QRectF(MARGIN_PX, y, room, rect.height()))
            y += rect.height()
        self.prepareGeometryChange()
        self.height = y + BLOCK_GAP_PX
        self._bounds = QRectF(0, 0, width, y)

    def boundingRect(self) -> QRectF:  # noqa: N802 (Qt API)
        return self._bounds

    def paint(self, painter: QPainter, *args) -> None:
        for (text, font, colour), rect in zip(self.lines, self._rects, strict=False):
            painter.setFont(font)
            painter.setPen(colour)
            painter.drawText(rect, _WRAP, text)


class LegendItem(QGraphicsItem):
    """The Oryx legend: a swatch per status, the hatched "total only" swatch and the mark for Oryx's own total,
    flowing onto as many lines as the width needs."""

    def __init__(self, colours: _Colours, font: QFont) -> None:
        super().__init__()
        self._colours = colours
        self._font = font
        self.entries: list[tuple[str, QColor | None, str]] = [
            ("swatch", colour, status.replace("-", " ")) for status, colour in theme.STATUS_COLOURS.items()
        ]
        self.entries += [("hatched", None, "total only, no breakdown"),
                         ("mark", None, "Oryx's total, where it differs from the sum")]
        self._placed: list[tuple[QPointF, tuple[str, QColor | None, str]]] = []
        self.height = 0.0
        self._bounds = QRectF()

    @property
    def text(self) -> str:
        return ", ".join(text for _kind, _colour, text in self.entries)

    def set_width(self, width: float) -> None:
        metrics = QFontMetricsF(self._font)
        line = metrics.height()
        x, y = float(MARGIN_PX), 0.0
        self._placed = []
        for entry in self.entries:
            kind, _colour, text = entry
            if kind == "hatched" and x > MARGIN_PX:  # what is not a status starts a line of its own
                x, y = MARGIN_PX, y + line
            advance = line + metrics.horizontalAdvance(text) + line
            if x > MARGIN_PX and x + advance - line > width - RIGHT_PX:
                x, y = MARGIN_PX, y + line
            self._placed.append((QPointF(x, y), entry))
            x += advance
        self.prepareGeometryChange()
        self.height = y + line + BLOCK_GAP_PX
        self._bounds = QRectF(0, 0, width, y + line)

    def boundingRect(self) -> QRectF:  # noqa: N802 (Qt API)
        return self._bounds

    def paint(self, painter: QPainter, *args) -> None:
        metrics = QFontMetricsF(self._font)
        line = metrics.height()
        side = round(line * 0.6)
        painter.setFont(self._font)
        for at, (kind, colour, text) in self._placed:
            box = QRectF(at.x(), at.y() + (line - side) / 2, side, side)
            if kind == "swatch":
                painter.fillRect(box, colour)
            elif kind == "hatched":
                painter.setPen(self._colours.muted)
                painter.setBrush(QBrush(self._colours.muted, Qt.BrushStyle.BDiagPattern))
                painter.drawRect(box)
            else:
                pen = QPen(self._colours.text, 2)
                painter.setPen(pen)
                painter.drawLine(QPointF(box.center().x(), box.top() - 2), QPointF(box.center().x(), box.bottom() + 2))
            painter.setPen(self._colours.text if kind == "swatch" else self._colours.muted)
            painter.drawText(QRectF(at.x() + side + 5, at.y(), 1e4, line),
                             int(Qt.AlignmentFlag.AlignLeft.value | Qt.AlignmentFlag.AlignVCenter.value), text)


class BarItem(QGraphicsItem):
    """One row of a category: the label line and the bar below it; the whole row is the hover and click target
    (the chart's view finds the bar under the pointer and tells the pane).

    In the item's own coordinates x is pixels from the start of the bar (value 0) and y pixels from the top
    of the row; `bar_rect` takes values.
    """

    def __init__(self, row: ChartRow, section: ChartSection, top: float, x_max: float, colours: _Colours,
                 fonts: _Fonts, text_parts: tuple[str, str], tooltip: Callable[[BarItem], str] | None = None,
                 scale: float = 1.0) -> None:
        super().__init__()
        self.row = row
        self.section = section
        self.top = top
        self.x_max = x_max
        self.height = row_height(row, scale)
        self.text_px = self.height - BAR_PX - 6
        self.text_parts = text_parts
        self._colours = colours
        self._fonts = fonts
        self._tooltip = tooltip
        self._tip: str | None = None
        self.current = False  # chosen with the keyboard
        self.marked = False  # discussed by the entry open in the reader
        self._unit = 1.0  # pixels per unit of value
        self._rect = QRectF()
        self._texts: list[tuple[QPointF, str, QFont, QColor]] | None = []
        self._pieces = self._make_pieces()
        self.setPos(MARGIN_PX, top)

    def _make_pieces(self) -> list[tuple[float, float, Figure, QBrush]]:
        out: list[tuple[float, float, Figure, QBrush]] = []
        row = self.row
        if row.is_stack:
            x = 0.0
            for figure in row.segments:
                colour = theme.STATUS_COLOURS.get(figure.status or "", self._colours.muted)
                out.append((x, x + magnitude(figure), figure, QBrush(colour)))
                x += magnitude(figure)
            if not row.segments and row.total:  # a total with no breakdown: hatched, in no status colour
                out.append((0.0, magnitude(row.total), row.total,
                            QBrush(self._colours.muted, Qt.BrushStyle.BDiagPattern)))
            return out
        figure = row.main
        colour = self._colours.claimants.get(figure.claimant_id, self._colours.muted)
        if figure.value is not None:
            out.append((0.0, figure.value, figure, QBrush(colour)))
        else:  # a range: solid to the low value, a lighter extension to the high one
            low, high = figure.low or 0.0, figure.high or figure.low or 0.0
            out.append((0.0, low, figure, QBrush(colour)))
            light = QColor(colour)
            light.setAlpha(90)
            out.append((low, high, figure, QBrush(light)))
        return out

    # geometry: (x0, x1, figure, brush) for each painted piece, in values
    def pieces(self) -> list[tuple[float, float, Figure, QBrush]]:
        return list(self._pieces)

    def set_width(self, width: float) -> None:
        """Lay the row out `width` pixels wide: the bars to scale, the label cut to fit."""
        self.prepareGeometryChange()
        self._unit = width / (self.x_max or 1.0)
        self._rect = QRectF(0, 0, width, self.height)
        self._texts = None  # cut to the new width when next drawn or asked for: most rows are scrolled away

    def _fitted(self) -> list[tuple[QPointF, str, QFont, QColor]]:
        if self._texts is None:
            self._fit_text(self._rect.width())
        return self._texts

    def _fit_text(self, width: float) -> None:
        head, tail = self.text_parts
        fonts, colours = self._fonts, self._colours
        bold, plain = QFontMetricsF(fonts.bold), QFontMetricsF(fonts.label)
        ascent = max(bold.ascent(), plain.ascent()) + 1
        elide = Qt.TextElideMode.ElideRight
        if self.row.is_stack:  # the breakdown has a line of its own
            head = bold.elidedText(head, elide, max(width, 40))
            tail = plain.elidedText(tail, elide, max(width, 40))
            self._texts = [(QPointF(0, ascent), head, fonts.bold, colours.text)]
            if tail:
                self._texts.append((QPointF(0, ascent + bold.height()), tail, fonts.label, colours.muted))
            return
        room = width - bold.horizontalAdvance(head + " — ")
        tail = plain.elidedText(tail, elide, max(room, 0))
        if room < 0:  # a very narrow pane: even the claimant and value must be cut
            head = bold.elidedText(head, elide, max(width, 40))
        self._texts = [(QPointF(0, ascent), head, fonts.bold, colours.text)]
        if tail:
            self._texts.append((QPointF(bold.horizontalAdvance(head), ascent), " — " + tail, fonts.label,
                                colours.muted))

    def visible_text(self) -> str:
        """The label as drawn (cut to the width)."""
        texts = self._fitted()
        return "\n".join(text for _at, text, _font, _colour in texts) if self.row.is_stack else \
            "".join(text for _at, text, _font, _colour in texts)

    def label_colours(self) -> list[QColor]:
        return [colour for _at, _text, _font, colour in self._fitted()]

    def text_rect(self) -> QRectF:
        """Where the label is drawn, in the row's coordinates."""
        rect = QRectF()
        for at, text, font, _colour in self._fitted():
            metrics = QFontMetricsF(font)
            rect = rect.united(QRectF(at.x(), at.y() - metrics.ascent(), metrics.horizontalAdvance(text),
                                      metrics.height()))
        return rect

    def boundingRect(self) -> QRectF:  # noqa: N802 (Qt API)
        return self._rect.adjusted(-3, 0, 3, 2)

    def shape(self) -> QPainterPath:
        path = QPainterPath()
        path.addRect(self._rect)
        return path

    def bar_rect(self, x0: float, x1: float) -> QRectF:
        return QRectF(x0 * self._unit, self.text_px, (x1 - x0) * self._unit, BAR_PX)

    def paint(self, painter: QPainter, *args) -> None:
        if self.current:
            band = QColor(self._colours.highlight)
            band.setAlpha(60)
            painter.fillRect(self._rect, band)
        for at, text, font, colour in self._fitted():
            painter.setFont(font)
            painter.setPen(colour)
            painter.drawText(at, text)
        pixel = 1.0 / self._unit if self._unit else 0.0  # value of one pixel
        painter.setPen(QPen(self._colours.background, 1))
        for x0, x1, _figure, brush in self._pieces:
            # a figure of 1 next to one of 7,630 still gets a visible sliver
            painter.setBrush(brush)
            painter.drawRect(self.bar_rect(x0, max(x1, x0 + 2 * pixel)))
        total = self.row.total
        bar_top = self.text_px
        if total and self.row.segments and magnitude(total) != self.row.stack_sum:
            # Oryx's total differs from the sum of its statuses: mark where the total lies
            painter.setPen(QPen(self._colours.text, 2))
            x = magnitude(total) * self._unit
            painter.drawLine(QPointF(x, bar_top - 2), QPointF(x, bar_top + BAR_PX + 2))
        if self.marked:
            painter.setPen(QPen(self._colours.highlight, 2))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            end = max(self.row.extent, 2 * pixel)
            painter.drawRect(self.bar_rect(0, end).adjusted(0, -1, 0, 1))

    def figure_at(self, x: float) -> Figure:
        """The figure at value `x` (the piece of a stack under the pointer)."""
        for x0, x1, figure, _brush in self._pieces:
            if x0 <= x <= x1:
                return figure
        return self.row.main

    def toolTip(self) -> str:  # noqa: N802 (Qt API): written when first asked for, not for every bar drawn
        if self._tip is None:
            self._tip = self._tooltip(self) if self._tooltip else ""
        return self._tip

    def figure_at_point(self, point: QPointF) -> Figure:
        """The figure under `point`, in the row's coordinates."""
        return self.figure_at(point.x() / (self._unit or 1.0))


class SectionItem(QGraphicsItem):
    """One category (or item of equipment): its title, a heading per side, its bars and an axis below them."""

    def __init__(self, section: ChartSection, colours: _Colours, fonts: _Fonts, scale: float) -> None:
        super().__init__()
        self.section = section
        self._colours = colours
        self._fonts = fonts
        # a little room on the right so the longest bar and the last tick label are not cut off
        self.x_max = (max((row.extent for row in section.rows), default=1.0) or 1.0) * 1.04
        self.title_px = round(TITLE_PX * scale)
        self.axis_px = round(AXIS_PX * scale)
        self.headings: list[tuple[float, str]] = []
        self.bars: list[BarItem] = []
        self.rows_px = 0.0
        self.height = 0.0
        self._width = 0.0
        self._ticks: list[tuple[float, str]] = []
        self._bounds = QRectF()

    def add_rows(self, make_bar: Callable[[ChartRow, float], BarItem], scale: float) -> list[BarItem]:
        y = float(self.title_px)
        side = None
        for row in self.section.rows:
            if row.side != side and not row.is_stack:  # a stack's label names its side already
                side = row.side
                self.headings.append((y, side_label(side)))
                y += round(HEADING_PX * scale)
            bar = make_bar(row, y)
            bar.setParentItem(self)
            self.bars.append(bar)
            y += bar.height
        self.rows_px = y
        self.height = y + self.axis_px + 6
        return self.bars

    def set_width(self, width: float) -> None:
        self.prepareGeometryChange()
        self._width = width
        plot = max(width - MARGIN_PX - RIGHT_PX, 20.0)
        for bar in self.bars:
            bar.set_width(plot)
        metrics = QFontMetricsF(self._fonts.label)
        widest = metrics.horizontalAdvance(f"{self.x_max:,.0f}")
        unit = plot / self.x_max
        self._ticks = [(MARGIN_PX + value * unit, f"{value:,.0f}")
                       for value in tick_values(self.x_max, plot, widest + 8 * metrics.averageCharWidth())]
        self._bounds = QRectF(0, 0, width, self.height)

    def boundingRect(self) -> QRectF:  # noqa: N802 (Qt API)
        return self._bounds

    def paint(self, painter: QPainter, *args) -> None:
        colours, fonts = self._colours, self._fonts
        painter.setPen(colours.text)
        painter.setFont(fonts.section)
        title = QFontMetricsF(fonts.section)
        painter.drawText(QPointF(MARGIN_PX, (self.title_px - title.height()) / 2 + title.ascent()), self.section.title)
        painter.setFont(fonts.bold)
        bold = QFontMetricsF(fonts.bold)
        for y, text in self.headings:
            painter.drawText(QPointF(MARGIN_PX, y + 2 + bold.ascent()), text)
        axis_y = self.rows_px + 2
        painter.setPen(colours.muted)
        painter.drawLine(QPointF(MARGIN_PX, axis_y), QPointF(self._width - RIGHT_PX, axis_y))
        painter.setFont(fonts.label)
        plain = QFontMetricsF(fonts.label)
        for x, text in self._ticks:
            painter.setPen(colours.muted)
            painter.drawLine(QPointF(x, axis_y), QPointF(x, axis_y + 5))
            painter.setPen(colours.text)
            half = plain.horizontalAdvance(text) / 2
            left = min(x - half, self._width - 2 * half - 3)  # the last label stays inside the chart
            painter.drawText(QPointF(left, axis_y + 7 + plain.ascent()), text)


class _ChartScene(QGraphicsScene):
    """Shows a bar's tooltip, written only when the pointer first rests on the bar."""

    def helpEvent(self, event) -> None:  # noqa: N802 (Qt API)
        for item in self.items(event.scenePos()):
            if isinstance(item, BarItem):
                QToolTip.showText(event.screenPos(), item.toolTip(), event.widget())
                event.accept()
                return
        super().helpEvent(event)


class _ChartView(FocusRing, QGraphicsView):
    """The chart as tall as its rows (the scroll area around it scrolls). Tells the pane when its width changes
    and which bar the pointer is on, is clicked or right-clicked (found by the position in the view)."""

    def __init__(self, on_resize: Callable[[], None], on_hover: Callable[[BarItem | None], None],
                 on_click: Callable[[BarItem, Figure], None], on_menu: Callable[[Figure, QPoint], None]) -> None:
        super().__init__()
        self._on_resize = on_resize
        self._on_hover = on_hover
        self._on_click = on_click
        self._on_menu = on_menu
        self._hovered: BarItem | None = None
        self._pressed: BarItem | None = None
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.MinimalViewportUpdate)

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt API)
        super().resizeEvent(event)
        self._on_resize()

    def wheelEvent(self, event) -> None:  # noqa: N802 (Qt API): the scroll area around the chart scrolls
        event.ignore()

    def bar_at(self, point: QPoint) -> BarItem | None:
        return next((item for item in self.items(point) if isinstance(item, BarItem)), None)

    def _figure_at(self, bar: BarItem, point: QPoint) -> Figure:
        return bar.figure_at_point(bar.mapFromScene(self.mapToScene(point)))

    def mouseMoveEvent(self, event) -> None:  # noqa: N802 (Qt API)
        super().mouseMoveEvent(event)
        bar = self.bar_at(event.position().toPoint())
        if bar is not self._hovered:
            self._hovered = bar
            self._on_hover(bar)

    def leaveEvent(self, event) -> None:  # noqa: N802 (Qt API)
        super().leaveEvent(event)
        if self._hovered is not None:
            self._hovered = None
            self._on_hover(None)

    def setScene(self, scene: QGraphicsScene) -> None:  # noqa: N802 (Qt API)
        self._hovered = self._pressed = None
        super().setScene(scene)
        self.viewport().setMouseTracking(True)  # to say which bar the pointer is on

    def mousePressEvent(self, event) -> None:  # noqa: N802 (Qt API)
        super().mousePressEvent(event)
        left = event.button() == Qt.MouseButton.LeftButton
        self._pressed = self.bar_at(event.position().toPoint()) if left else None

    def mouseReleaseEvent(self, event) -> None:  # noqa: N802 (Qt API)
        super().mouseReleaseEvent(event)
        point = event.position().toPoint()
        pressed, self._pressed = self._pressed, None
        if event.button() == Qt.MouseButton.LeftButton and pressed is not None and self.bar_at(point) is pressed:
            self._on_click(pressed, self._figure_at(pressed, point))

    def contextMenuEvent(self, event) -> None:  # noqa: N802 (Qt API)
        bar = self.bar_at(event.pos())
        if bar is None:
            super().contextMenuEvent(event)
            return
        event.accept()
        self._on_menu(self._figure_at(bar, event.pos()), event.globalPos())


@dataclass
class _Drawing:
    """One view of the chart, drawn: kept by the pane and shown again when the view is chosen again."""

    scene: _ChartScene
    blocks: list  # TextBlock, LegendItem and SectionItem, top to bottom
    bars: list[BarItem]
    width: float = -1.0
    height: int = 0

    def layout(self, width: float) -> None:
        y = 4.0
        for block in self.blocks:
            block.set_width(width)
            block.setPos(0, y)
            y += block.height
        self.width = width
        self.height = int(math.ceil(y + 4))
        self.scene.setSceneRect(0, 0, width, self.height)


class CasualtiesPane(Pane):
    """Bar charts of casualty and loss figures, one bar per figure, each labelled with its claimant.

    Listens to `state.entry_changed` (bars discussed by the open entry are outlined); clicking a bar, or
    Enter on the bar chosen with the arrow keys, calls `state.set_entry` with the figure's entry.
    """

    def __init__(
        self, content: ContentDatabase, state: AppState, settings: Settings, parent: QWidget | None = None
    ) -> None:
        super().__init__(content, state, settings, parent=parent)
        # Counted once; the figures themselves are read for the bars drawn (see view_figures).
        self._counts: dict[tuple[str, str], int] = {}  # figures by (view, scope), and by (view, "all")
        counts: dict[str, tuple[int, int]] = {}  # by claimant: military figures, all figures
        present = set()
        for (view, scope, claimant), n in content.figure_counts(VIEW_KINDS).items():
            view = view or "other"  # (none: VIEW_KINDS ends with one that takes everything)
            present.add(scope)
            for key in ((view, scope), (view, "all")):
                self._counts[key] = self._counts.get(key, 0) + n
            military, total = counts.get(claimant, (0, 0))
            counts[claimant] = (military + n * (view == "military"), total + n)
        self._chosen: dict[tuple[str, str], list[Figure]] = {}  # the figures to draw by (view, scope), kept
        self._coming: dict[tuple[str, str], Future] = {}  # the same, being read in the background
        self._drawings: dict[tuple[str, str], _Drawing] = {}  # views drawn with the present colours and font
        self._drawing: _Drawing | None = None  # the one shown
        self._entry_titles: dict[str, str] = {}  # of the figures drawn
        # Stable colours, most distinct for the claimants met most often, military tolls first (that is
        # where the two governments' claims stand next to each other).
        ranked = sorted(counts, key=lambda c: (-counts[c][0], -counts[c][1], c))
        self._claimant_index = _spread_hues(ranked)
        self._view = "military"
        self._scope = "war"
        self._bars: list[BarItem] = []
        self._current = -1
        self._rendering = False
        self._scale = 1.0  # of the row heights, set from the font at each drawing

        self.view_box = QComboBox(self)
        self.view_box.setAccessibleName("Chart view")
        self.view_box.setToolTip("Which figures to chart")
        for key, name in VIEWS.items():
            self.view_box.addItem(name, key)
        self.scope_box = QComboBox(self)
        self.scope_box.setAccessibleName("Period")
        self.scope_box.setToolTip("Which period the figures refer to")
        for key, name in SCOPES.items():
            if key == "all" or key in present:
                self.scope_box.addItem(name, key)

        # No keys of their own: the File menu's Export Chart commands (which exist before this pane is
        # built) carry the shortcuts and trigger these.
        self.export_png_action = QAction("Export chart as PNG...", self)
        self.export_png_action.setToolTip("Save the chart shown as a PNG image")
        self.export_png_action.triggered.connect(self.ask_export_png)
        self.export_csv_action = QAction("Export data as CSV...", self)
        self.export_csv_action.setToolTip("Save the figures in this chart, with their claimants, as a CSV table")
        self.export_csv_action.triggered.connect(self.ask_export_csv)
        buttons = []
        for action, text, name in ((self.export_png_action, "PNG...", "Export chart as PNG"),
                                   (self.export_csv_action, "CSV...", "Export data as CSV")):
            button = QToolButton(self)
            button.setDefaultAction(action)
            button.setText(text)
            button.setAccessibleName(name)
            button.setToolTip(f"{action.toolTip()} (also in the File menu)")
            buttons.append(button)
        self.png_button, self.csv_button = buttons

        self.chart = _ChartView(self._fit_width, self._show_details, self._clicked, self._bar_menu)
        self.chart.setAccessibleName("Casualty chart")
        self.chart.setToolTip("Point at a bar to see its figure; arrow keys choose a bar, Enter opens its entry")
        self.chart.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.chart.installEventFilter(self)
        self.scroll = QScrollArea(self)
        self.scroll.setWidgetResizable(True)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll.setWidget(self.chart)
        self.scroll.setAccessibleName("Casualty chart area")

        self.details = QLabel(self)
        self.details.setAccessibleName("Figure details")
        self.details.setWordWrap(True)
        self.details.setTextFormat(Qt.TextFormat.RichText)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(self.view_box, 2)
        top.addWidget(self.scope_box, 1)
        top.addStretch(0)
        for button in buttons:
            top.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(top)
        layout.addWidget(self.scroll, 1)
        layout.addWidget(self.details)

        self.view_box.currentIndexChanged.connect(lambda _i: self.set_view(self.view_box.currentData()))
        self.scope_box.currentIndexChanged.connect(lambda _i: self.set_scope(self.scope_box.currentData()))
        state.entry_changed.connect(self._mark_entry)
        self._render()

    # -- public API ---------------------------------------------------------------------------
    @property
    def view(self) -> str:
        return self._view

    @property
    def scope(self) -> str:
        return self._scope

    def set_view(self, view: str) -> None:
        if view not in VIEWS:
            raise ValueError(f"unknown chart view {view!r}")
        if view != self._view:
            self._view = view
            self.view_box.setCurrentIndex(self.view_box.findData(view))
            self._render()

    def set_scope(self, scope: str) -> None:
        if scope not in SCOPES:
            raise ValueError(f"unknown period {scope!r}")
        if scope != self._scope:
            self._scope = scope
            index = self.scope_box.findData(scope)
            if index >= 0:
                self.scope_box.setCurrentIndex(index)
            self._render()

    def sections(self) -> list[ChartSection]:
        """The sections of the chart shown with every row, also those not drawn (read when asked for)."""
        return chart_sections(view_figures(self.content, self._view, self._scope), self._view, self._scope)

    def bars(self) -> list[BarItem]:
        return list(self._bars)

    def shown_figures(self) -> list[Figure]:
        """Every figure of the view and period shown, as exported, also those not drawn."""
        return [f for section in self.sections() for row in section.rows for f in row.figures]

    def menu_actions(self) -> list[QAction]:
        return [self.export_png_action, self.export_csv_action]

    def focus_target(self) -> QWidget:
        return self.chart

    def key_help(self) -> list[tuple[str, str]]:
        return [("↑ ↓, Page Up / Page Down, Home / End", "choose a bar"),
                ("Enter or Space", "open the entry that discusses the chosen figure")]

    def current_bar(self) -> BarItem | None:
        return self._bars[self._current] if 0 <= self._current < len(self._bars) else None

    # -- export -------------------------------------------------------------------------------
    def export_png(self, path: str | Path, size: QSize | tuple[int, int] | None = None) -> None:
        """Save the whole chart (also the part scrolled out of sight) as a PNG image of `size` pixels
        (default: as laid out on screen)."""
        if not self.render_image(size).save(str(path), "PNG"):
            raise OSError(f"Could not write the image {path}")

    def shown_image_size(self) -> QSize:
        self._ensure_laid_out()
        return QSize(max(self.chart.width(), MIN_IMAGE_WIDTH), self.chart.height())

    def render_image(self, size: QSize | tuple[int, int] | None = None) -> QImage:
        """The whole chart as an image; at a chosen `size` it is laid out again to fill that shape."""
        self._ensure_laid_out()
        if size is None:
            return self.chart.grab().toImage()
        size = size if isinstance(size, QSize) else QSize(*size)
        drawing = self._drawing
        shown = drawing.width
        height = self.chart.height()  # fixed by the rows; a wider layout only wraps the header in fewer lines
        for _ in range(2):
            # Fill the image's height; the chart is laid out as wide as that leaves, and drawn at a higher
            # pixel density (as on a high-resolution screen) so text stays sharp and in proportion.
            scale = size.height() / height
            width = size.width() / scale
            if width < MIN_IMAGE_WIDTH:  # a tall, narrow image: fill the width instead, space below
                width, scale = MIN_IMAGE_WIDTH, size.width() / MIN_IMAGE_WIDTH
            drawing.layout(width)  # bar labels are cut again to the new width
            height = drawing.height
        scale = min(scale, size.height() / height)
        image = QImage(size, QImage.Format.Format_ARGB32)
        image.setDevicePixelRatio(scale)
        image.fill(self._colours().background)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        drawing.scene.render(painter, QRectF(0, 0, width, height), QRectF(0, 0, width, height))
        painter.end()
        drawing.layout(shown)
        image.setDevicePixelRatio(1.0)
        return image

    def export_csv(self, path: str | Path) -> int:
        """Save the figures of the chart shown, one row each, with claimant and date (also those not drawn);
        returns the count."""
        records = csv_records(self.sections(), self._view)
        # utf-8-sig so spreadsheet programs read the dashes and names right
        with open(path, "w", newline="", encoding="utf-8-sig") as out:
            writer = csv.DictWriter(out, fieldnames=CSV_COLUMNS)
            writer.writeheader()
            writer.writerows(records)
        return len(records)

    def ask_export_png(self) -> None:
        title = "Export chart as PNG"
        chosen, size = ask_image_size(self, title, self.shown_image_size(), self.settings)
        if chosen:
            self._ask_and_export(title, "PNG image (*.png)", ".png", lambda path: self.export_png(path, size))

    def ask_export_csv(self) -> None:
        self._ask_and_export("Export data as CSV", "CSV table (*.csv)", ".csv", self.export_csv)

    def _ask_and_export(self, title: str, filter_: str, suffix: str, export: Callable[[str], object]) -> None:
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        name = f"44days-{self._view}-{self._scope}{suffix}"
        path, _ = QFileDialog.getSaveFileName(self, title, str(Path(folder) / name), filter_)
        if not path:
            return
        if not path.lower().endswith(suffix):
            path += suffix
        try:
            export(path)
        except OSError as error:
            messages.warn(self, title, f"The file could not be saved: {error}")
            return
        self.details.setText(f"Saved {html.escape(path)}")

    # -- drawing ------------------------------------------------------------------------------
    def _colours(self) -> _Colours:
        palette = self.palette()
        claimants = {c: theme.claimant_colour(i) for c, i in self._claimant_index.items()}
        return _Colours(
            text=palette.color(QPalette.ColorRole.Text),
            muted=palette.color(QPalette.ColorRole.PlaceholderText),
            background=palette.color(QPalette.ColorRole.Base),
            highlight=palette.color(QPalette.ColorRole.Highlight),
            claimants=claimants,
        )

    def _fonts(self) -> _Fonts:
        return _Fonts.of(self.font(), self._scale)

    def _sections_of(self, view: str, scope: str) -> list[ChartSection]:
        """The sections of a view and period as drawn: at most MAX_BARS_PER_SIDE rows per side."""
        key = (view, scope)
        if key not in self._chosen:
            coming = self._coming.pop(key, None)
            try:
                figures = coming.result() if coming is not None else None
            except Exception:  # read again below, where an error is not hidden
                figures = None
            if figures is None:
                figures = view_figures(self.content, view, scope, MAX_BARS_PER_SIDE)
            self._chosen[key] = figures
            wanted = {f.entry_id for f in self._chosen[key]} - self._entry_titles.keys()
            self._entry_titles.update(self.content.entry_titles(wanted))
        return [drawn_rows(section)[0] for section in chart_sections(self._chosen[key], view, scope)]

    def _render(self) -> None:
        """Show the chosen view and period: drawn the first time, then kept until the colours or font change."""
        self._rendering = True
        key = (self._view, self._scope)
        drawing = self._drawings.get(key)
        if drawing is None:
            drawing = self._drawings[key] = self._draw()
        if self._current >= 0 and self._drawing is not None:  # a new chart starts with no bar chosen
            self._drawing.bars[self._current].current = False
        self._current = -1
        self._drawing = drawing
        self._bars = drawing.bars
        self.chart.setBackgroundBrush(self._colours().background)
        self.chart.setScene(drawing.scene)
        self._fit_width()
        self._mark_entry(self.state.entry_id)
        self._rendering = False
        self._show_details(None)
        self.scroll.verticalScrollBar().setValue(0)  # a new chart starts at its top
        self._read_ahead(self._scope)

    def _read_ahead(self, scope: str) -> None:
        """Read the figures of the other views of this period in a thread of its own (with a connection of
        its own), so that choosing one draws it at once: with far more content than bundled, ranking a
        view's figures takes a database tens of milliseconds."""
        keys = [(view, scope) for view in VIEWS if (view, scope) not in self._chosen and (view, scope) not in
                self._coming]
        if not keys:
            return
        coming: dict[tuple[str, str], Future] = {key: Future() for key in keys}
        self._coming.update(coming)
        path, limit = self.content.path, MAX_BARS_PER_SIDE

        def read() -> None:
            try:
                with ContentDatabase(path) as content:
                    for (view, scope_), future in coming.items():
                        try:
                            future.set_result(view_figures(content, view, scope_, limit))
                        except Exception as error:  # the pane reads it again itself
                            future.set_exception(error)
            except Exception as error:  # no connection: the pane reads them itself
                for future in coming.values():
                    if not future.done():
                        future.set_exception(error)

        threading.Thread(target=read, name="chart figures", daemon=True).start()

    def _fit_width(self) -> None:
        """Lay the chart shown out to the width of the pane (when first shown, and after a resize)."""
        drawing = self._drawing
        if drawing is None:
            return
        width = self.chart.width()
        if width != drawing.width:
            drawing.layout(width)
        if self.chart.height() != drawing.height:
            self.chart.setFixedHeight(drawing.height)

    def _draw(self) -> _Drawing:
        colours = self._colours()
        # Rows and headings grow with the text size chosen for the app (View > Text Size).
        self._scale = k = max(1.0, QFontMetricsF(self.font()).height() / BASE_LINE_PX)
        fonts = self._fonts()
        sections = self._sections_of(self._view, self._scope)
        count = self._counts.get((self._view, self._scope), 0)
        elsewhere = self._counts.get((self._view, "all"), 0) - count
        lines = [f"{SCOPES[self._scope]} · {count:,} figure{'s' * (count != 1)}, each as stated by its claimant"]
        if elsewhere:  # say what the period choice leaves out, so nothing disappears unnoticed
            lines.append(f"{elsewhere:,} more from other periods: choose “All periods” to see them")
        left_out = count - sum(len(row.figures) for section in sections for row in section.rows)
        if left_out:
            lines.append(f"{left_out:,} smaller figures are not drawn (at most {MAX_BARS_PER_SIDE} bars per side in "
                         "a chart): Export data as CSV lists every one")
        blocks: list = [TextBlock([(VIEW_TITLES[self._view], fonts.title, colours.text)]
                                  + [(line, fonts.label, colours.muted) for line in lines])]
        if self._view == "oryx":
            blocks.append(LegendItem(colours, fonts.label))
        if not sections:
            blocks.append(TextBlock([("No figures of this kind for this period.", fonts.label, colours.muted)]))
        bars: list[BarItem] = []
        scope = self._scope

        def make_bar(row: ChartRow, section: ChartSection, x_max: float, top: float) -> BarItem:
            return BarItem(row, section, top, x_max, colours, fonts, row_text(row, scope), self._tooltip, k)

        for section in sections:
            item = SectionItem(section, colours, fonts, k)
            bars += item.add_rows(lambda row, top, s=section, x=item.x_max: make_bar(row, s, x, top), k)
            blocks.append(item)
        blocks.append(TextBlock([
            ("Each bar is one figure as its claimant gave it; none are added up or averaged.", fonts.small,
             colours.muted),
            ("Content from the Wikipedia article “Second Nagorno-Karabakh War”, CC BY-SA 4.0; 44 Days.", fonts.small,
             colours.muted),
        ]))
        scene = _ChartScene()
        for block in blocks:
            scene.addItem(block)
        return _Drawing(scene, blocks, bars)

    def text_blocks(self) -> list[str]:
        """The texts of the chart shown, top to bottom, besides its sections: the header (title and what is
        shown), the legend, a notice when there is nothing to draw, the footer."""
        blocks = self._drawing.blocks if self._drawing else []
        return [block.text for block in blocks if not isinstance(block, SectionItem)]

    def _ensure_laid_out(self) -> None:
        # A pane that was never shown (a background tab at start-up) has not sized its chart yet.
        if not self.chart.isVisible():
            self.layout().activate()

    # -- tooltips and details -------------------------------------------------------------------
    def _tooltip(self, bar: BarItem) -> str:
        row = bar.row
        if row.is_stack:
            side = side_label(row.side)
            lines = [f"<b>{html.escape(bar.section.title)} lost by {html.escape(side)}</b>"]
            for figure in row.segments:
                status = (figure.status or "").replace("-", " ")
                lines.append(f"{html.escape(status)}: {html.escape(figure.display_value)} "
                             f"({as_of_text(figure)})")
            if row.total:
                if not row.segments:
                    agree = "no breakdown by status"
                elif row.stack_sum == magnitude(row.total):
                    agree = "the statuses add up to the same"
                else:
                    agree = f"the statuses add up to {_number(row.stack_sum)}"
                lines.append(f"Total given by Oryx: <b>{html.escape(row.total.display_value)}</b> ({agree})")
            lines.append(f"Claimant: {html.escape(row.main.claimant_name)} · {as_of_text(row.main)} · "
                         f"{SCOPE_WORDS.get(row.main.scope, row.main.scope)}")
            notes = dict.fromkeys(f.note for f in row.figures if f.note)
            lines += [html.escape(note) for note in notes]
            if row.total and not row.segments:
                lines.append(html.escape(row.total.label))
        else:
            figure = row.main
            lines = [
                f"<b>{html.escape(figure.label)}</b>",
                f"<b>{html.escape(figure.display_value)}</b> · claimant: {html.escape(figure.claimant_name)}"
                f" · {as_of_text(figure)}",
                f"Period: {SCOPE_WORDS.get(figure.scope, figure.scope)}",
            ]
            if figure.value is None and figure.low is not None:
                lines.append(f"A range: from {_number(figure.low)} to {_number(figure.high or figure.low)}")
            if figure.note:
                lines.append(html.escape(figure.note))
            siblings, count = self.content.figure_series(figure, MAX_SIBLINGS)
            if siblings:
                others = "; ".join(f"{f.display_value} ({as_of_text(f)}, {SCOPE_WORDS.get(f.scope, f.scope)})"
                                   for f in siblings)
                if count > MAX_SIBLINGS:
                    others += f"; and {count - MAX_SIBLINGS} more"
                lines.append(f"Also from this claimant: {html.escape(others)}")
        title = self._entry_titles.get(row.main.entry_id, row.main.entry_id)
        lines.append(f"<i>Click, or press Enter, to open “{html.escape(title)}”</i>")
        return "<br>".join(lines)

    def _show_details(self, bar: BarItem | None) -> None:
        if self._rendering:
            return
        bar = bar or self.current_bar()
        if bar is None:
            self.details.setText("Point at a bar, or use the arrow keys in the chart, to see where a figure comes "
                                 "from; click it or press Enter to open its entry.")
        else:
            self.details.setText(self._tooltip(bar))

    # -- interaction --------------------------------------------------------------------------
    def _bar_menu(self, figure: Figure, at: QPoint) -> None:
        """Right-click on a bar: open the entry that discusses it, or write a note on the figure."""
        menu = QMenu(self)
        menu.addAction("Open Entry", lambda: self.state.set_entry(figure.entry_id))
        menu.addAction("Add Note to This Figure...", lambda: self.state.request_note(NoteTarget("figure", figure.id)))
        menu.exec(at)

    def _clicked(self, bar: BarItem, figure: Figure) -> None:
        self._set_current(self._bars.index(bar))
        self.state.set_entry(figure.entry_id)

    def _mark_entry(self, entry_id: str) -> None:
        for bar in self._bars:
            marked = bool(entry_id) and any(f.entry_id == entry_id for f in bar.row.figures)
            if marked != bar.marked:
                bar.marked = marked
                bar.update()

    def _set_current(self, index: int) -> None:
        if not self._bars:
            return
        index = max(0, min(index, len(self._bars) - 1))
        previous = self.current_bar()
        if previous is not None:
            previous.current = False
            previous.update()
        self._current = index
        bar = self._bars[index]
        bar.current = True
        bar.update()
        self._show_details(bar)
        self.chart.setAccessibleDescription(self.details.text())
        # keep the chosen bar in sight inside the scroll area
        rect = self.chart.mapFromScene(bar.mapToScene(bar.boundingRect()).boundingRect()).boundingRect()
        self.scroll.ensureVisible(rect.center().x(), rect.center().y(), 10, ROW_PX)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt API)
        if watched is self.chart and event.type() == QEvent.Type.KeyPress and self._bars:
            key = event.key()
            step = {Qt.Key.Key_Down: 1, Qt.Key.Key_Up: -1, Qt.Key.Key_PageDown: 8, Qt.Key.Key_PageUp: -8}
            if key in step:
                self._set_current(self._current + step[key] if self._current >= 0 else 0)
                return True
            if key in (Qt.Key.Key_Home, Qt.Key.Key_End):
                self._set_current(0 if key == Qt.Key.Key_Home else len(self._bars) - 1)
                return True
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space) and self.current_bar():
                self.state.set_entry(self.current_bar().row.main.entry_id)
                return True
        if watched is self.chart and event.type() == QEvent.Type.FocusIn and self._current < 0 and self._bars:
            self._set_current(0)
        return super().eventFilter(watched, event)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt API)
        super().changeEvent(event)
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.FontChange) and hasattr(self, "chart"):
            # dark or light mode switched, or the text size: the views kept are drawn again, with the new
            # colours and sizes, when next shown
            self._drawings.clear()
            self._render()
