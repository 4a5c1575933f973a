"""The words on and around a bar: its label, its tooltip (also shown under the chart), the Oryx legend."""

from __future__ import annotations

import html
from collections.abc import Sequence

from desktop_app.content import Figure
from desktop_app.content.dates import format_partial_date
from desktop_app.views.chart.kinds import as_of_text, claimant_short, magnitude, number, scope_words
from desktop_app.views.chart.sections import ChartRow
from desktop_app.views.labels import STATUS_ORDER, side_label

MAX_SIBLINGS = 12  # other figures of the same claimant named in a bar's tooltip
DETAILS_HINT = ("Point at a bar, or use the arrow keys in the chart, to see where a figure comes from; click it or "
                "press Enter to open its entry.")
KEY_HELP = [("↑ ↓, Page Up / Page Down, Home / End", "choose a bar"),
            ("Enter or Space", "open the entry that discusses the chosen figure")]


def status_words(status: str | None) -> str:
    return (status or "").replace("-", " ")


def row_text(row: ChartRow, scope: str) -> tuple[str, str]:
    """The label above a bar as (head, tail): the head always shows, the tail is cut to fit."""
    if row.is_stack:
        shown = row.total.display_value + " in total" if row.total else number(row.stack_sum) + " in all"
        head = f"{side_label(row.side)}: {shown} · {claimant_short(row.main)}"
        parts = [f"{status_words(f.status)} {number(magnitude(f))}" for f in row.segments]
        tail = ", ".join(parts) if parts else "no breakdown by status"
        if row.total and row.segments and row.stack_sum != magnitude(row.total):
            tail += f" (these add up to {number(row.stack_sum)})"
        return head, tail
    figure = row.main
    head = f"{claimant_short(figure)}: {figure.display_value}"
    if figure.as_of:
        head += f" · {format_partial_date(figure.as_of)}"
    if scope == "all" and figure.scope != "war":
        head += f" · {scope_words(figure.scope)}"
    return head, figure.label


def bar_tooltip(row: ChartRow, section_title: str, entry_title: str, others: Sequence[Figure] = (),
                others_count: int = 0) -> str:
    """A bar's tooltip, rich text: the figure or stack, its claimant, date, period and note, the claimant's
    `others` figures of the same thing (the first of `others_count`), and the entry a click opens."""
    if row.is_stack:
        lines = [f"<b>{html.escape(section_title)} lost by {html.escape(side_label(row.side))}</b>"]
        for figure in row.segments:
            lines.append(f"{html.escape(status_words(figure.status))}: {html.escape(figure.display_value)} "
                         f"({as_of_text(figure)})")
        if row.total:
            if not row.segments:
                agree = "no breakdown by status"
            elif row.stack_sum == magnitude(row.total):
                agree = "the statuses add up to the same"
            else:
                agree = f"the statuses add up to {number(row.stack_sum)}"
            lines.append(f"Total given by Oryx: <b>{html.escape(row.total.display_value)}</b> ({agree})")
        lines.append(f"Claimant: {html.escape(row.main.claimant_name)} · {as_of_text(row.main)} · "
                     f"{scope_words(row.main.scope)}")
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
            f"Period: {scope_words(figure.scope)}",
        ]
        if figure.value is None and figure.low is not None:
            lines.append(f"A range: from {number(figure.low)} to {number(figure.high or figure.low)}")
        if figure.note:
            lines.append(html.escape(figure.note))
        if others:
            named = "; ".join(f"{f.display_value} ({as_of_text(f)}, {scope_words(f.scope)})" for f in others)
            if others_count > len(others):
                named += f"; and {others_count - len(others)} more"
            lines.append(f"Also from this claimant: {html.escape(named)}")
    lines.append(f"<i>Click, or press Enter, to open “{html.escape(entry_title)}”</i>")
    return "<br>".join(lines)


# The Oryx legend: (what is drawn, the status whose colour it has or "", the words beside it).
ORYX_LEGEND = [("swatch", status, status_words(status)) for status in STATUS_ORDER] + [
    ("hatched", "", "total only, no breakdown"),
    ("mark", "", "Oryx's total, where it differs from the sum"),
]
