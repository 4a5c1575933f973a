"""The chart as of a date: each claimant's figures as they stood on that day, and a toll's figures over time.

A figure counts as announced by a day when its as-of date is not after that day. A figure dated only by
month or year ("as of October 2020") counts from the last day of that month or year: before then nothing
says it had been given yet, and a study app must not show a figure before it existed. Figures with no as-of
date cannot be placed in time: while the chart follows the date they are left out, and counted in its header.

Of the figures announced by a day, the latest of each claimant's tolls stands: a figure replaces the earlier
figures of the same claimant, side, group, category, item, status, place and period (a town's dead are not
replaced by another town's, nor by a count for the whole country). Figures of one toll given on the same
latest day are all shown (an initial and a revised claim of one day, say). Nothing is added up.

A toll's figures over time (`toll_series`) are the dated figures of one section and side of a view (e.g. the
Azerbaijani military killed), one step line per claimant's toll as above, for the tolls with at least two.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta

from desktop_app.content import Figure
from desktop_app.content.dates import PartialDate, format_day, parse_partial_date
from desktop_app.i18n import QT_TRANSLATE_NOOP, number, translate
from desktop_app.views.chart.kinds import (
    as_of_text,
    claimant_short,
    magnitude,
    section_key,
    section_rank,
    section_title,
    side_rank,
)
from desktop_app.views.labels import side_label

MIN_DATED = 2  # dated figures a toll needs before it is drawn over time
# Marked for the catalogues and translated where they are shown (`no_toll_text`, `Announced.header`).
#: under the casualty chart, in place of a toll's figures over time: no toll of the chart has enough dated figures
NO_TOLL_TEXT = QT_TRANSLATE_NOOP("ChartDated", "No toll of this chart has dated figures to show over time.")
#: the casualty chart's header while it follows the date: when a figure dated "October 2020" or "2020" counts
#: as announced (from 31 October 2020, from 31 December 2020)
PARTIAL_DATE_RULE = QT_TRANSLATE_NOOP(
    "ChartDated", "A figure dated only by month or year counts from that month's or year's last day")

Toll = tuple[str, str, str | None, str, str | None, str | None, str | None, str]


def _as_of(figure: Figure) -> PartialDate | None:
    if not figure.as_of:
        return None
    try:
        return parse_partial_date(figure.as_of)
    except ValueError:
        return None


def known_from(figure: Figure) -> date | None:
    """The first day the figure counts as announced; None when it has no as-of date (or one not readable)."""
    as_of = _as_of(figure)
    return as_of.last_day if as_of is not None else None


def toll_of(figure: Figure) -> Toll:
    """What a later figure of the same claimant replaces."""
    return (figure.claimant_id, figure.side, figure.group, figure.category, figure.item, figure.status,
            figure.place_id, figure.scope)


@dataclass(frozen=True)
class Announced:
    """The figures of a chart as they stood on `day`, and how many of the others it leaves out, and why."""

    day: date
    figures: tuple[Figure, ...]  # in the order given
    undated: int  # no as-of date
    later: int  # announced after the day
    replaced: int  # announced by the day, but a later figure of the same claimant's toll was too
    partial_dates: bool  # some figure of the chart is dated only by month or year

    @property
    def total(self) -> int:
        return len(self.figures) + self.undated + self.later + self.replaced

    def header(self, scope_name: str) -> tuple[str, tuple[str, ...]]:
        """The line that says the date (drawn in bold) and the lines below it, for the chart's header."""
        shown, total = len(self.figures), self.total
        #: the casualty chart's header while it follows the date: {period} is the period chosen ("During the
        #: war"), {shown} how many figures are shown, of how many in all: "During the war · 4 of 31 figures: ..."
        lines = [translate("ChartDated", "{period} · {shown} of %Ln figure(s): each claimant's latest by this date, "
                           "as stated", None, total).format(period=scope_name, shown=number(shown))]
        # Why the others are not shown: each reason with its count, listed with commas after "Not shown:".
        undated, later, replaced = self.undated, self.later, self.replaced
        left_out = []
        if undated:
            #: figures not shown while the chart follows the date, listed after "Not shown:": those with no date
            left_out.append(translate("ChartDated", "%Ln with no as-of date", None, undated))
        if later:
            #: figures not shown while the chart follows the date, listed after "Not shown:": those announced
            #: after the date followed
            left_out.append(translate("ChartDated", "%Ln announced later", None, later))
        if replaced:
            #: figures not shown while the chart follows the date, listed after "Not shown:": those the same
            #: claimant gave again later (by the date followed)
            left_out.append(translate("ChartDated", "%Ln replaced by a later figure of the same claimant", None,
                                      replaced))
        if left_out:
            #: the casualty chart's header while it follows the date; {reasons} lists, with commas, how many
            #: figures are left out and why: "Not shown: 5 with no as-of date, 12 announced later"
            lines.append(translate("ChartDated", "Not shown: {reasons}").format(reasons=", ".join(left_out)))
        if self.partial_dates:
            lines.append(translate("ChartDated", PARTIAL_DATE_RULE))
        return announced_line(self.day), tuple(lines)


def announced_line(day: date) -> str:
    """The header line that says which day the chart follows."""
    #: the casualty chart's header while it follows the date: {date} is the day followed ("1 November 2020")
    return translate("ChartDated", "Figures as announced by {date}").format(date=format_day(day))


def no_toll_text() -> str:
    """What the toll over time says when no toll of the chart has enough dated figures."""
    return translate("ChartDated", NO_TOLL_TEXT)


class Announcements:
    """The figures of one chart, kept ready to say which stood on any day: Play asks for a new day every
    150 ms, and the answer changes only on the days some figure became known (`epoch`)."""

    def __init__(self, figures: Iterable[Figure]) -> None:
        self.figures = tuple(figures)
        as_of = [_as_of(f) for f in self.figures]
        self._known = [d.last_day if d is not None else None for d in as_of]
        self.days = sorted({day for day in self._known if day is not None})
        self._undated = sum(day is None for day in self._known)
        self._partial = any(d is not None and d.precision != "day" for d in as_of)
        self._by_epoch: dict[int, tuple[tuple[Figure, ...], int, int]] = {}

    def epoch(self, day: date) -> int:
        """How many of the days on which figures became known are not after `day`: days with the same
        epoch show the same figures."""
        return bisect_right(self.days, day)

    def as_of(self, day: date) -> Announced:
        epoch = self.epoch(day)
        if epoch not in self._by_epoch:
            self._by_epoch[epoch] = self._choose(day)
        shown, later, replaced = self._by_epoch[epoch]
        return Announced(day, shown, self._undated, later, replaced, self._partial)

    def _choose(self, day: date) -> tuple[tuple[Figure, ...], int, int]:
        """The figures that stood on `day`, and how many were announced later and how many replaced."""
        latest: dict[Toll, date] = {}
        for figure, known in zip(self.figures, self._known, strict=True):
            if known is not None and known <= day:
                toll = toll_of(figure)
                if toll not in latest or latest[toll] < known:
                    latest[toll] = known
        by_day = [(f, known) for f, known in zip(self.figures, self._known, strict=True)
                  if known is not None and known <= day]
        shown = tuple(f for f, known in by_day if latest[toll_of(f)] == known)
        later = len(self.figures) - self._undated - len(by_day)
        return shown, later, len(by_day) - len(shown)


def announced_by(figures: Iterable[Figure], day: date) -> Announced:
    """The figures as they stood on `day` (see the module's docstring for the rule)."""
    return Announcements(figures).as_of(day)


# -- a toll over time ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class SeriesPoint:
    day: date  # from when the figure counts as announced
    value: float
    text: str  # the marker's tooltip, plain text


@dataclass(frozen=True)
class Series:
    """One claimant's toll over time: each figure holds until the next."""

    claimant_id: str
    claimant: str
    points: tuple[SeriesPoint, ...]  # by day; a day's figures smallest first, so the largest holds

    def steps(self, end: date) -> list[tuple[date, float]]:
        """The corners of the step line, to `end` (not before the last figure)."""
        corners: list[tuple[date, float]] = []
        for point in self.points:
            if corners:
                corners.append((point.day, corners[-1][1]))
            corners.append((point.day, point.value))
        corners.append((max(end, self.points[-1].day), self.points[-1].value))
        return corners


@dataclass(frozen=True)
class TollSeries:
    """The dated figures of one section and side of a view, by claimant."""

    key: str  # the section: category, or item of equipment
    side: str
    title: str  # "Killed · Azerbaijan"
    series: tuple[Series, ...]
    claimants: tuple[tuple[str, str], ...]  # (claimant id, name) for the legend, first announced first

    @property
    def first(self) -> date:
        return min(s.points[0].day for s in self.series)

    @property
    def last(self) -> date:
        return max(s.points[-1].day for s in self.series)

    def span(self, day: date) -> tuple[date, date]:
        """The days to plot: every figure and the date line, with a little room on both sides."""
        start, end = min(self.first, day), max(self.last, day)
        room = timedelta(days=max(2, (end - start).days // 20))
        return start - room, end + room


def toll_title(key: str, side: str, view: str) -> str:
    return f"{section_title(key, view)} · {side_label(side)}"


def _point(figure: Figure, day: date) -> SeriesPoint:
    #: the tooltip of a figure's marker in the toll over time: who gives it, the figure as given, and when
    #: ("as of 9 October 2020"); the figure's own label follows on the next line
    head = translate("ChartDated", "{claimant}: {value} · {as_of}").format(
        claimant=figure.claimant_name, value=figure.display_value, as_of=as_of_text(figure))
    text = f"{head}\n{figure.label}"
    return SeriesPoint(day, magnitude(figure), text)


def toll_series(figures: Iterable[Figure], view: str, key: str, side: str) -> TollSeries | None:
    """The toll of section `key` and `side` over time, or None when it has fewer than MIN_DATED dated figures."""
    dated = [(known_from(f), f) for f in figures if f.side == side and section_key(f, view) == key]
    dated = sorted(((day, f) for day, f in dated if day is not None), key=lambda d: (d[0], magnitude(d[1]), d[1].id))
    if len(dated) < MIN_DATED:
        return None
    chains: dict[Toll, list[tuple[date, Figure]]] = {}
    for day, figure in dated:
        chains.setdefault(toll_of(figure), []).append((day, figure))
    series = tuple(Series(chain[0][1].claimant_id, claimant_short(chain[0][1]),
                          tuple(_point(figure, day) for day, figure in chain)) for chain in chains.values())
    claimants = tuple(dict.fromkeys((s.claimant_id, s.claimant) for s in series))
    return TollSeries(key, side, toll_title(key, side, view), series, claimants)


def no_series_text(key: str, side: str, view: str) -> str:
    #: under the casualty chart, in place of a toll's figures over time: {toll} is the toll chosen ("Killed ·
    #: Azerbaijan"), then the least number of dated figures a toll needs to be drawn (2)
    return translate("ChartDated", "No series for {toll}: the content has fewer than %Ln dated figure(s) for this "
                     "toll.", None, MIN_DATED).format(toll=toll_title(key, side, view))


def first_toll_with_series(figures: Iterable[Figure], view: str) -> tuple[str, str] | None:
    """The first (section, side) in the chart's order that is drawn over time."""
    dated: dict[tuple[str, str], int] = {}
    for figure in figures:
        if known_from(figure) is not None:
            toll = (section_key(figure, view), figure.side)
            dated[toll] = dated.get(toll, 0) + 1
    drawn = [toll for toll, count in dated.items() if count >= MIN_DATED]
    return min(drawn, key=lambda t: (section_rank(t[0], view), side_rank(t[1])), default=None)
