"""The words on and around a bar: its label, its tooltip (also shown under the chart), the Oryx legend."""

from __future__ import annotations

import html
from collections.abc import Sequence

from desktop_app.content import Figure
from desktop_app.content.dates import format_partial_date
from desktop_app.i18n import QT_TRANSLATE_NOOP, number, translate
from desktop_app.views.chart.kinds import as_of_text, claimant_short, magnitude, scope_words
from desktop_app.views.chart.sections import ChartRow
from desktop_app.views.labels import STATUS_ORDER, side_label

MAX_SIBLINGS = 12  # other figures of the same claimant named in a bar's tooltip
#: shown under the casualty chart while no bar is chosen
DETAILS_HINT = QT_TRANSLATE_NOOP("ChartText", "Point at a bar, or use the arrow keys in the chart, to see where a "
                                 "figure comes from; click it or press Enter to open its entry.")
# The chart's keys (Help > Keyboard Shortcuts): the keys stay as the keyboard names them, except where words
# join them; what they do is translated (`key_help`).
KEY_HELP = [("↑ ↓, Page Up / Page Down, Home / End",
             #: what the arrow keys, Page Up / Page Down and Home / End do in the casualty chart
             QT_TRANSLATE_NOOP("ChartText", "choose a bar")),
            #: keys: the Enter key or the Space key, pressed in the casualty chart (keep the keys' names)
            (QT_TRANSLATE_NOOP("ChartText", "Enter or Space"),
             #: what Enter or Space does in the casualty chart
             QT_TRANSLATE_NOOP("ChartText", "open the entry that discusses the chosen figure"))]

# The Oryx statuses of a piece of equipment, as written in labels, tooltips and the legend.
STATUS_WORDS = {
    #: an Oryx status of a piece of equipment lost: destroyed
    "destroyed": QT_TRANSLATE_NOOP("ChartText", "destroyed"),
    #: an Oryx status of a piece of equipment lost: damaged
    "damaged": QT_TRANSLATE_NOOP("ChartText", "damaged"),
    #: an Oryx status of a piece of equipment lost: captured by the other side
    "captured": QT_TRANSLATE_NOOP("ChartText", "captured"),
    #: an Oryx status of a piece of equipment lost: abandoned by its crew
    "abandoned": QT_TRANSLATE_NOOP("ChartText", "abandoned"),
    #: an Oryx status of a piece of equipment lost: captured by the other side, later lost by it in turn
    "captured-later-lost": QT_TRANSLATE_NOOP("ChartText", "captured later lost"),
}


def status_words(status: str | None) -> str:
    if status in STATUS_WORDS:
        return translate("ChartText", STATUS_WORDS[status])
    return (status or "").replace("-", " ")  # a status the content adds with no words here


def details_hint() -> str:
    """What the line under the chart says while no bar is chosen."""
    return translate("ChartText", DETAILS_HINT)


def key_help() -> list[tuple[str, str]]:
    """The chart's keys and what they do (Help > Keyboard Shortcuts). Keys named with no word between them
    are not in the catalogues, so they stay as they are."""
    return [(translate("ChartText", keys), translate("ChartText", what)) for keys, what in KEY_HELP]


def row_text(row: ChartRow, scope: str) -> tuple[str, str]:
    """The label above a bar as (head, tail): the head always shows, the tail is cut to fit."""
    if row.is_stack:
        side, claimant = side_label(row.side), claimant_short(row.main)
        if row.total:
            #: the label above an Oryx bar: {side} is whose losses, {value} Oryx's total as given, {claimant}
            #: who gives it (Oryx): "Azerbaijan: 150 in total · Oryx"
            head = translate("ChartText", "{side}: {value} in total · {claimant}").format(
                side=side, value=row.total.display_value, claimant=claimant)
        else:
            #: the label above an Oryx bar with no total of Oryx's own: {count} is the sum of its statuses
            head = translate("ChartText", "{side}: {count} in all · {claimant}").format(
                side=side, count=number(row.stack_sum), claimant=claimant)
        #: one status of an Oryx bar and how many: "destroyed 45"
        parts = [translate("ChartText", "{status} {count}").format(status=status_words(f.status),
                                                                   count=number(magnitude(f))) for f in row.segments]
        # the statuses of an Oryx bar, listed with commas between them: "destroyed 45, damaged 3"
        #: under the label of an Oryx bar that has only Oryx's total, in place of its statuses
        tail = ", ".join(parts) if parts else translate("ChartText", "no breakdown by status")
        if row.total and row.segments and row.stack_sum != magnitude(row.total):
            #: {statuses} is the list of an Oryx bar's statuses ("destroyed 45, damaged 3"), {sum} their sum,
            #: which differs from Oryx's own total
            tail = translate("ChartText", "{statuses} (these add up to {sum})").format(
                statuses=tail, sum=number(row.stack_sum))
        return head, tail
    figure = row.main
    #: the label above a bar: who gives the figure, and the figure as they give it ("Azerbaijan's MoD: 2,906")
    head = translate("ChartText", "{claimant}: {value}").format(claimant=claimant_short(figure),
                                                               value=figure.display_value)
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
        #: the heading of an Oryx bar's tooltip: {section} is an item of equipment ("Tanks"), {side} the side
        #: that lost them ("Azerbaijan")
        heading = translate("ChartText", "{section} lost by {side}").format(
            section=html.escape(section_title), side=html.escape(side_label(row.side)))
        lines = [f"<b>{heading}</b>"]
        for figure in row.segments:
            #: a line of an Oryx bar's tooltip: a status, how many, and the date ("destroyed: 45 (as of 9
            #: October 2020)")
            lines.append(translate("ChartText", "{status}: {value} ({as_of})").format(
                status=html.escape(status_words(figure.status)), value=html.escape(figure.display_value),
                as_of=as_of_text(figure)))
        if row.total:
            total = f"<b>{html.escape(row.total.display_value)}</b>"  # in bold
            if not row.segments:
                #: {total} is the total of losses Oryx gives for this item and side (in bold)
                line = translate("ChartText", "Total given by Oryx: {total} (no breakdown by status)")
            elif row.stack_sum == magnitude(row.total):
                #: {total} is the total of losses Oryx gives (in bold), the same as the sum of its statuses
                line = translate("ChartText", "Total given by Oryx: {total} (the statuses add up to the same)")
            else:
                #: {total} is the total of losses Oryx gives (in bold), {sum} the different sum of its statuses
                line = translate("ChartText", "Total given by Oryx: {total} (the statuses add up to {sum})")
            lines.append(line.format(total=total, sum=number(row.stack_sum)))
        #: {claimant} is who gives the figures (Oryx), {as_of} when ("as of 9 October 2020"), {period} the
        #: period they count ("during the war")
        lines.append(translate("ChartText", "Claimant: {claimant} · {as_of} · {period}").format(
            claimant=html.escape(row.main.claimant_name), as_of=as_of_text(row.main),
            period=scope_words(row.main.scope)))
        notes = dict.fromkeys(f.note for f in row.figures if f.note)
        lines += [html.escape(note) for note in notes]
        if row.total and not row.segments:
            lines.append(html.escape(row.total.label))
    else:
        figure = row.main
        lines = [
            f"<b>{html.escape(figure.label)}</b>",
            #: {value} is a figure as given (in bold), {claimant} who gives it, {as_of} when ("as of 9 October
            #: 2020")
            translate("ChartText", "{value} · claimant: {claimant} · {as_of}").format(
                value=f"<b>{html.escape(figure.display_value)}</b>", claimant=html.escape(figure.claimant_name),
                as_of=as_of_text(figure)),
            #: {period} is the period a figure counts: "during the war", "after the ceasefire"
            translate("ChartText", "Period: {period}").format(period=scope_words(figure.scope)),
        ]
        if figure.value is None and figure.low is not None:
            #: a figure given as a range: "A range: from 2,000 to 3,000"
            lines.append(translate("ChartText", "A range: from {low} to {high}").format(
                low=number(figure.low), high=number(figure.high or figure.low)))
        if figure.note:
            lines.append(html.escape(figure.note))
        if others:
            #: one of the other figures the same claimant gives of the same thing: {value} as given, {as_of}
            #: when ("as of 9 October 2020"), {period} the period it counts ("during the war")
            other = translate("ChartText", "{value} ({as_of}, {period})")
            named = "; ".join(other.format(value=f.display_value, as_of=as_of_text(f), period=scope_words(f.scope))
                              for f in others)
            more = others_count - len(others)
            if more > 0:
                #: after a list of a claimant's other figures (separated by semicolons): how many more it gives
                named += "; " + translate("ChartText", "and %Ln more", None, more)
            #: {figures} is a list of the other figures the same claimant gives of the same thing
            also = translate("ChartText", "Also from this claimant: {figures}")
            lines.append(also.format(figures=html.escape(named)))
    #: {title} is the title of the entry that discusses the figure
    click = translate("ChartText", "Click, or press Enter, to open “{title}”").format(title=html.escape(entry_title))
    lines.append(f"<i>{click}</i>")
    return "<br>".join(lines)


# The Oryx legend: (what is drawn, the status whose colour it has or "", the words beside it, marked for the
# catalogues in this module's context and translated when shown: `oryx_legend`).
ORYX_LEGEND = [("swatch", status, STATUS_WORDS.get(status, status.replace("-", " "))) for status in STATUS_ORDER] + [
    #: the Oryx legend: a hatched bar is an Oryx total that is not broken down by status
    ("hatched", "", QT_TRANSLATE_NOOP("ChartText", "total only, no breakdown")),
    #: the Oryx legend: the mark drawn on a bar where Oryx's own total differs from the sum of its statuses
    ("mark", "", QT_TRANSLATE_NOOP("ChartText", "Oryx's total, where it differs from the sum")),
]


def oryx_legend() -> list[tuple[str, str, str]]:
    """The Oryx legend in the interface language."""
    return [(kind, status, status_words(status) if kind == "swatch" else translate("ChartText", text))
            for kind, status, text in ORYX_LEGEND]
