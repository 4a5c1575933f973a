"""The bars of a chart: figures grouped into sections (one per category, or item of equipment) and rows (one
per figure, or an Oryx stack of statuses), the few of them drawn, the counts and words around them, and the
rows of the CSV export.

Every bar is one figure exactly as stated, with its claimant written above it: nothing is added up,
averaged or dropped (with far more content than bundled, a chart draws at most MAX_BARS_PER_SIDE bars per
side and says how many it leaves out; the CSV export has every one). Figures of one claimant with
different dates are separate bars labelled with their date. Oryx equipment losses are stacked by status;
Oryx's own total is given in the label and tooltip, never stacked on top. Each category gets its own plot
and scale, so 6 missing does not shrink to nothing next to 11,110 wounded.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from desktop_app.content import ContentDatabase, Figure
from desktop_app.i18n import QT_TRANSLATE_NOOP, number, translate
from desktop_app.views.chart.dated import Announced
from desktop_app.views.chart.kinds import (
    BY_ITEM,
    ORYX,
    SCOPES,
    VIEW_KINDS,
    magnitude,
    scope_name,
    section_key,
    section_rank,
    section_title,
    side_rank,
    view_name,
    view_of,
    view_title,
)
from desktop_app.views.labels import STATUS_ORDER

# Bars drawn per side in one chart; the rest are counted in the header and listed by the CSV export. The
# bundled content has at most 18 per side; the limit keeps a chart quick to draw with far more content.
MAX_BARS_PER_SIDE = 20


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


def _plain_rows(figures: Iterable[Figure]) -> list[ChartRow]:
    ordered = sorted(
        figures, key=lambda f: (side_rank(f.side), -magnitude(f), f.claimant_name, f.as_of or "", f.id)
    )
    return [ChartRow(f.side, (f,)) for f in ordered]


def _oryx_rows(figures: Iterable[Figure]) -> list[ChartRow]:
    by_side: dict[str, list[Figure]] = {}
    for figure in figures:
        by_side.setdefault(figure.side, []).append(figure)
    rows: list[ChartRow] = []
    for side in sorted(by_side, key=side_rank):
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


def chart_sections(figures: Iterable[Figure], view: str, scope: str = "war") -> list[ChartSection]:
    """The plots of a view, in order, for one scope ("all" for every scope)."""
    groups: dict[str, list[Figure]] = {}
    for figure in figures:
        if view_of(figure) == view and (scope == "all" or figure.scope == scope):
            groups.setdefault(section_key(figure, view), []).append(figure)
    return [ChartSection(key, section_title(key, view),
                         tuple(_oryx_rows(groups[key]) if view == ORYX else _plain_rows(groups[key])))
            for key in sorted(groups, key=lambda k: section_rank(k, view))]


def view_figures(content: ContentDatabase, view: str, scope: str, limit: int | None = None) -> list[Figure]:
    """The figures of a view and period ("all" for every one) as read from the database: every one, or with a
    `limit` only those `chart_sections` needs to draw `limit` bars per side (the largest of each category, or
    item, and side; for Oryx also those that make up a stack). Another limit gives the same bars as
    `drawn_rows(section, limit)` of every figure's sections."""
    return content.ranked_figures(
        VIEW_KINDS, view, None if scope == "all" else scope, "item" if view in BY_ITEM else "category",
        limit, ("total", *STATUS_ORDER) if view == ORYX else (),
    )


def drawn_figures(content: ContentDatabase, view: str, scope: str) -> list[Figure]:
    """The figures a chart of the view and period draws: those of its MAX_BARS_PER_SIDE largest bars per side."""
    return view_figures(content, view, scope, MAX_BARS_PER_SIDE)


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


@dataclass(frozen=True)
class FigureCounts:
    """How many figures there are of each view and period, counted once by the database (`figure_counts`),
    and the claimants in the order their colours are given."""

    by_view: Mapping[tuple[str, str], int]  # by (view, scope), and by (view, "all")
    scopes: frozenset[str]  # the periods some figure is of
    claimants: tuple[str, ...]

    @classmethod
    def of(cls, counted: Mapping[tuple[str | None, str | None, str], int]) -> FigureCounts:
        """From `ContentDatabase.figure_counts(VIEW_KINDS)`. Claimants come most met first, military tolls
        first (that is where the two governments' claims stand next to each other), so that the ones that
        meet most often get the most distinct colours."""
        by_view: dict[tuple[str, str], int] = {}
        by_claimant: dict[str, tuple[int, int]] = {}  # military figures, all figures
        scopes = set()
        for (view, scope, claimant), n in counted.items():
            view = view or "other"  # (none: VIEW_KINDS ends with one that takes everything)
            scopes.add(scope or "")
            for key in ((view, scope or ""), (view, "all")):
                by_view[key] = by_view.get(key, 0) + n
            military, total = by_claimant.get(claimant, (0, 0))
            by_claimant[claimant] = (military + n * (view == "military"), total + n)
        ranked = sorted(by_claimant, key=lambda c: (-by_claimant[c][0], -by_claimant[c][1], c))
        return cls(by_view, frozenset(scopes), tuple(ranked))

    def count(self, view: str, scope: str) -> int:
        return self.by_view.get((view, scope), 0)

    def scope_choices(self) -> list[str]:
        """The periods to offer: those some figure is of, and "all"."""
        return [key for key in SCOPES if key == "all" or key in self.scopes]


# The footer, marked for the catalogues and translated by `chart_picture`.
FOOTER = (
    #: the footer of the casualty chart (also on saved images)
    QT_TRANSLATE_NOOP("ChartSections",
                      "Each bar is one figure as its claimant gave it; none are added up or averaged."),
    #: the footer of the casualty chart: where its content comes from, under which licence (CC BY-SA 4.0), and the
    #: app's name (44 Days); the article's title is that of the English Wikipedia article
    QT_TRANSLATE_NOOP("ChartSections",
                      "Content from the Wikipedia article “Second Nagorno-Karabakh War”, CC BY-SA 4.0; 44 Days."),
)


@dataclass(frozen=True)
class ChartPicture:
    """One chart, top to bottom: its title, the date it follows (or ""), header lines, the Oryx legend or
    not, the sections as drawn, a notice when there are none (or ""), the footer."""

    view: str
    scope: str
    title: str
    date_line: str
    header: tuple[str, ...]
    legend: bool
    sections: tuple[ChartSection, ...]
    notice: str
    footer: tuple[str, ...] = FOOTER


def chart_picture(figures: Iterable[Figure], view: str, scope: str, counts: FigureCounts,
                  announced: Announced | None = None) -> ChartPicture:
    """The chart of a view and period from the figures read for it (`drawn_figures`), or, following the date,
    from those that stood on its day (`announced.figures`, with `announced` saying which day it is and what
    it leaves out)."""
    figures = list(figures)
    sections = [drawn_rows(section)[0] for section in chart_sections(figures, view, scope)]
    drawn = sum(len(row.figures) for section in sections for row in section.rows)
    count = counts.count(view, scope)
    if announced is None:
        date_line = ""
        #: the casualty chart's header: {period} is the period chosen ("During the war"), then how many figures
        lines = [translate("ChartSections", "{period} · %Ln figure(s), each as stated by its claimant", None,
                           count).format(period=scope_name(scope))]
        shown = count
    else:
        date_line, dated_lines = announced.header(scope_name(scope))
        lines = list(dated_lines)
        shown = len(figures)
    elsewhere = counts.count(view, "all") - count
    if elsewhere:  # say what the period choice leaves out, so nothing disappears unnoticed
        #: the casualty chart's header: how many figures of other periods the period chosen leaves out;
        #: {all_periods} is the name of the choice that shows every period ("All periods")
        more = translate("ChartSections", "%Ln more from other periods: choose “{all_periods}” to see them", None,
                         elsewhere)
        lines.append(more.format(all_periods=scope_name("all")))
    not_drawn = shown - drawn
    if not_drawn > 0:
        #: the casualty chart's header: how many figures are not drawn; {limit} is how many bars a side gets at
        #: most; "Export data as CSV" is the name of the command in the pane and the File menu
        left_out = translate("ChartSections", "%Ln smaller figures are not drawn (at most {limit} bars per side in a "
                             "chart): Export data as CSV lists every one", None, not_drawn)
        lines.append(left_out.format(limit=number(MAX_BARS_PER_SIDE)))
    notice = ""
    if not sections and announced is not None:
        #: the casualty chart, following the date line, has nothing to draw for the view and period chosen
        notice = translate("ChartSections", "No figures of this kind announced by this date.")
    elif not sections:
        #: the casualty chart has nothing to draw for the view and period chosen
        notice = translate("ChartSections", "No figures of this kind for this period.")
    footer = tuple(translate("ChartSections", line) for line in FOOTER)
    return ChartPicture(view, scope, view_title(view), date_line, tuple(lines), view == ORYX, tuple(sections),
                        notice, footer)


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
                    "view": view_name(view), "section": section.title, "id": f.id, "label": f.label, "side": f.side,
                    "group": f.group or "", "category": f.category, "item": f.item or "", "status": f.status or "",
                    "value": plain(f.value), "low": plain(f.low), "high": plain(f.high), "qualifier": f.qualifier,
                    "shown_as": f.display_value, "claimant_id": f.claimant_id, "claimant": f.claimant_name,
                    "as_of": f.as_of or "", "scope": f.scope, "entry_id": f.entry_id, "place_id": f.place_id or "",
                    "note": f.note or "",
                })
    return records
