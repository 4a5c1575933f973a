"""The casualty chart without Qt: which figures a chart shows, in which sections and bars, with which words,
where, and (following the date line) as they stood on a day.

- `kinds`: the views (one `FigureKind` declaration each, read in Python and in SQL), periods, labels.
- `sections`: figures into sections and bars, the few drawn, the header, the CSV rows.
- `text`: bar labels, tooltips, the Oryx legend.
- `geometry`: heights, bar pieces, ticks and claimant hues in plain numbers.
- `dated`: the figures as announced by a day, and a toll's figures over time.

The pane (`desktop_app.ui.panes.casualties`) paints what these give and reads the figures they ask for.
"""

from desktop_app.views.chart.dated import (
    Announced,
    Announcements,
    Series,
    TollSeries,
    announced_by,
    first_toll_with_series,
    known_from,
    no_series_text,
    no_toll_text,
    toll_series,
)
from desktop_app.views.chart.geometry import (
    Piece,
    SectionLayout,
    bar_pieces,
    row_height,
    section_layout,
    spread_hues,
    tick_values,
    total_mark,
)
from desktop_app.views.chart.kinds import (
    ITEM_LABELS,
    ORYX,
    SCOPE_WORDS,
    SCOPES,
    VIEW_KINDS,
    VIEW_TITLES,
    VIEWS,
    claimant_short,
    item_label,
    magnitude,
    scope_name,
    section_key,
    view_name,
    view_of,
)
from desktop_app.views.chart.sections import (
    CSV_COLUMNS,
    MAX_BARS_PER_SIDE,
    ChartPicture,
    ChartRow,
    ChartSection,
    FigureCounts,
    chart_picture,
    chart_sections,
    csv_records,
    drawn_figures,
    drawn_rows,
    view_figures,
)
from desktop_app.views.chart.text import (
    DETAILS_HINT,
    MAX_SIBLINGS,
    ORYX_LEGEND,
    bar_tooltip,
    details_hint,
    key_help,
    oryx_legend,
    row_text,
)

__all__ = [
    "CSV_COLUMNS", "DETAILS_HINT", "ITEM_LABELS", "MAX_BARS_PER_SIDE", "MAX_SIBLINGS", "ORYX", "ORYX_LEGEND",
    "SCOPES", "SCOPE_WORDS", "VIEWS", "VIEW_KINDS", "VIEW_TITLES", "Announced", "Announcements", "ChartPicture",
    "ChartRow", "ChartSection", "FigureCounts", "Piece", "SectionLayout", "Series", "TollSeries", "announced_by",
    "bar_pieces", "bar_tooltip", "chart_picture", "chart_sections", "claimant_short", "csv_records",
    "details_hint", "drawn_figures", "drawn_rows", "first_toll_with_series", "item_label", "key_help", "known_from",
    "magnitude", "no_series_text", "no_toll_text", "oryx_legend", "row_height", "row_text", "scope_name",
    "section_key", "section_layout", "spread_hues", "tick_values", "toll_series", "total_mark", "view_figures",
    "view_name", "view_of",
]
