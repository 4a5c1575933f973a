"""The Casualties pane: its toolbar, the chart, the toll over time under it while the chart follows the
date, and the details line; what a chosen, clicked or right-clicked bar does.

What a chart shows comes from `desktop_app.views.chart`; this pane reads the figures it asks for
(`figures.ChartFigures`), has them drawn (`scene.draw`), keeps each chart once drawn, and shows the one
chosen (`display.ChartArea`).
"""

from __future__ import annotations

import html
from collections import OrderedDict
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QPoint, QSize, Qt
from PySide6.QtGui import QAction, QFontMetricsF, QImage, QResizeEvent
from PySide6.QtWidgets import (
    QLabel,
    QMenu,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from desktop_app.content import ContentDatabase, Figure
from desktop_app.i18n import translate
from desktop_app.notes.model import Target
from desktop_app.ui import theme
from desktop_app.ui.announcer import Announcer
from desktop_app.ui.capped_text import CappedText
from desktop_app.ui.panes.base import Pane, plain_text
from desktop_app.ui.panes.casualties.bars import BarItem, SectionItem
from desktop_app.ui.panes.casualties.blocks import Colours, Fonts
from desktop_app.ui.panes.casualties.display import ChartArea
from desktop_app.ui.panes.casualties.export import ask_csv, ask_png, chart_image, write_csv
from desktop_app.ui.panes.casualties.figures import ChartFigures
from desktop_app.ui.panes.casualties.scene import Drawing, draw
from desktop_app.ui.panes.casualties.toolbar import ChartToolbar
from desktop_app.ui.settings import CHART_FOLLOWS_DATE, CHART_TABLE, Settings
from desktop_app.ui.state import AppState
from desktop_app.ui.table_switch import TableSwitch
from desktop_app.views.chart import (
    MAX_SIBLINGS,
    SCOPES,
    VIEWS,
    ChartPicture,
    ChartRow,
    ChartSection,
    bar_tooltip,
    chart_picture,
    chart_sections,
    details_hint,
    spread_hues,
    view_figures,
)
from desktop_app.views.chart.dated import announced_line
from desktop_app.views.chart.geometry import MIN_IMAGE_WIDTH, text_scale
from desktop_app.views.chart.text import key_help as chart_keys
from desktop_app.views.tables import Table, figure_table, row_of

if TYPE_CHECKING:
    from desktop_app.ui.panes.casualties.series import SeriesPlot

DATED_DRAWINGS_KEPT = 24  # charts kept as of past days, so Play back and forth draws each day once


class CasualtiesPane(Pane):
    """Bar charts of casualty and loss figures, one bar per figure, each labelled with its claimant.

    Listens to `state.entry_changed` (bars discussed by the open entry are outlined) and, with "As of the date
    line" on, to `state.date_changed` (the figures as they stood on the date); clicking a bar, or Enter on the
    bar chosen with the arrow keys, opens the figure (`go_to`: the entry that discusses it).
    """

    def __init__(
        self, content: ContentDatabase, state: AppState, settings: Settings, parent: QWidget | None = None
    ) -> None:
        super().__init__(content, state, settings, parent=parent)
        self._figures = ChartFigures(content)
        counts = self._figures.counts
        # Stable colours, the most distinct for the claimants met most often.
        hues = [theme.claimant_colour(i).hsvHue() for i in range(max(120, len(counts.claimants)))]
        self._claimant_index = spread_hues(counts.claimants, hues)
        # Charts drawn with the present colours and font, by (view, scope, None) or, following the date,
        # (view, scope, epoch): the last DATED_DRAWINGS_KEPT of those.
        self._drawings: OrderedDict[tuple[str, str, int | None], Drawing] = OrderedDict()
        self._shown_key: tuple[str, str, int | None] | None = None  # of the one shown
        self._view = "military"
        self._scope = "war"
        self._following = bool(settings.get(CHART_FOLLOWS_DATE))
        self._scale = 1.0  # of the row heights, set from the font at each drawing

        self.toolbar = tools = ChartToolbar(counts.scope_choices(), self._following, self)
        self.view_box, self.scope_box, self.follow_box = tools.view_box, tools.scope_box, tools.follow_box
        self.export_png_action, self.export_csv_action = tools.export_png_action, tools.export_csv_action
        self.png_button, self.csv_button = tools.png_button, tools.csv_button

        self.scroll = ChartArea(self._chosen, self._show_details, self._open, self._bar_menu, self)
        self.chart = self.scroll.chart

        self.series: SeriesPlot | None = None  # made when the chart first follows the date

        self.details = QLabel(self)
        #: the name, for screen readers, of the line under the casualty chart that tells about the bar chosen
        self.details.setAccessibleName(translate("CasualtiesPane", "Figure details"))
        self.details.setWordWrap(True)
        self.details.setTextFormat(Qt.TextFormat.RichText)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.toolbar)
        # The bars above the toll over time; a person drags the line between them to give either more room.
        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.scroll)
        self.splitter.setStretchFactor(0, 3)
        #: the name, for screen readers, of the casualty chart shown as a table (a noun)
        self.switch = TableSwitch(self.splitter, translate("CasualtiesPane", "Figures"), self._table_rows, settings,
                                  CHART_TABLE, self)
        self.table = self.switch.table
        tools.top.addWidget(self.switch.button)
        layout.addWidget(self.switch, 1)
        self.details_box = CappedText(self.details, self)
        layout.addWidget(self.details_box)
        self.announcer = Announcer(self.chart, self, self._spoken)
        self.announcer.refresh()

        self.follow_box.toggled.connect(self.set_following)
        self.export_png_action.triggered.connect(self.ask_export_png)
        self.export_csv_action.triggered.connect(self.ask_export_csv)
        self.view_box.currentIndexChanged.connect(lambda _i: self.set_view(self.view_box.currentData()))
        self.scope_box.currentIndexChanged.connect(lambda _i: self.set_scope(self.scope_box.currentData()))
        state.entry_changed.connect(self.scroll.mark_entry)
        state.date_changed.connect(self._date_moved)
        self.table.chosen.connect(self._row_chosen)
        self.table.opened.connect(self._row_opened)
        self._render()

    # -- public API ---------------------------------------------------------------------------
    @property
    def view(self) -> str:
        return self._view

    @property
    def scope(self) -> str:
        return self._scope

    @property
    def following(self) -> bool:
        """Whether the chart shows the figures as they stood on the shared date."""
        return self._following

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

    def set_following(self, on: bool) -> None:
        """Follow the date line, or show every figure (remembered in the settings)."""
        if on == self._following:
            return
        self._following = on
        self.follow_box.setChecked(on)
        self.settings.set(CHART_FOLLOWS_DATE, on)
        if self.series is not None:
            self.series.setVisible(on)
        self._render()

    def sections(self) -> list[ChartSection]:
        """The sections of the chart shown with every row, also those not drawn (read when asked for); following
        the date, those of the figures as they stood on it."""
        if self._following:
            figures = self._figures.dated(self._view, self._scope).as_of(self.state.date).figures
        else:
            figures = view_figures(self.content, self._view, self._scope)
        return chart_sections(figures, self._view, self._scope)

    def bars(self) -> list[BarItem]:
        return list(self.scroll.bars)

    def shown_figures(self) -> list[Figure]:
        """Every figure of the view and period shown, as exported, also those not drawn."""
        return [f for section in self.sections() for row in section.rows for f in row.figures]

    def text_blocks(self) -> list[str]:
        """The texts of the chart shown, top to bottom, besides its sections: the header (title, the date
        followed and what is shown), the legend, a notice when there is nothing to draw, the footer."""
        blocks = self.scroll.drawing.blocks if self.scroll.drawing else []
        return [block.text for block in blocks if not isinstance(block, SectionItem)]

    def menu_actions(self) -> list[QAction]:
        return [self.export_png_action, self.export_csv_action]

    def focus_target(self) -> QWidget:
        return self.table.view if self.switch.showing_table() else self.chart

    def key_help(self) -> list[tuple[str, str]]:
        return chart_keys()

    def current_bar(self) -> BarItem | None:
        return self.scroll.current_bar()

    def shutdown(self) -> None:
        """Stop reading ahead and close the background connection; the owner calls this before quitting."""
        self._figures.shutdown()

    # -- export -------------------------------------------------------------------------------
    def export_png(self, path: str | Path, size: QSize | tuple[int, int] | None = None) -> None:
        """Save the whole chart (also the part scrolled out of sight) as a PNG image of `size` pixels
        (default: as laid out on screen)."""
        if not self.render_image(size).save(str(path), "PNG"):
            #: shown after "The file could not be saved:"; {path} is the file chosen to save the chart in
            raise OSError(translate("CasualtiesPane", "Could not write the image {path}").format(path=path))

    def shown_image_size(self) -> QSize:
        self._ensure_laid_out()
        return QSize(max(self.chart.width(), MIN_IMAGE_WIDTH), self.chart.height())

    def render_image(self, size: QSize | tuple[int, int] | None = None) -> QImage:
        """The whole chart as an image; at a chosen `size` it is laid out again to fill that shape."""
        self._ensure_laid_out()
        return chart_image(self.chart, self.scroll.drawing, self._colours().background, size)

    def export_csv(self, path: str | Path) -> int:
        """Save the figures of the chart shown, one row each, with claimant and date (also those not drawn);
        returns the count."""
        return write_csv(path, self.sections(), self._view)

    def ask_export_png(self) -> None:
        ask_png(self, self.settings, self.shown_image_size(), self.export_png, self._file_name(), self._saved)

    def ask_export_csv(self) -> None:
        ask_csv(self, self.export_csv, self._file_name(), self._saved)

    def _file_name(self) -> str:
        return f"44days-{self._view}-{self._scope}"

    def _saved(self, path: str) -> None:
        #: under the casualty chart, once the chart or its data is saved: {path} is the file written
        self._say(translate("CasualtiesPane", "Saved {path}").format(path=html.escape(path)))

    # -- drawing ------------------------------------------------------------------------------
    def _colours(self) -> Colours:
        return Colours.of(self.palette(), self._claimant_index)

    def _drawing_key(self) -> tuple[str, str, int | None]:
        if not self._following:
            return self._view, self._scope, None
        return self._view, self._scope, self._figures.dated(self._view, self._scope).epoch(self.state.date)

    def _picture(self) -> ChartPicture:
        counts = self._figures.counts
        if not self._following:
            return chart_picture(self._figures.drawn(self._view, self._scope), self._view, self._scope, counts)
        announced = self._figures.dated(self._view, self._scope).as_of(self.state.date)
        return chart_picture(announced.figures, self._view, self._scope, counts, announced)

    def _render(self, keep_place: bool = False) -> None:
        """Show the chosen view and period: drawn the first time, then kept until the colours or font change
        (see `ChartArea.show_drawing` for `keep_place`)."""
        key = self._drawing_key()
        drawing = self._drawings.get(key)
        if drawing is None:
            drawing = self._drawings[key] = self._draw()
            dated = [k for k in self._drawings if k[2] is not None]
            for old in dated[:-DATED_DRAWINGS_KEPT]:
                del self._drawings[old]
        self._drawings.move_to_end(key)
        self._shown_key = key
        if self._following:
            self._show_day(drawing)
        self.scroll.show_drawing(drawing, self._colours().background, self.state.entry_id, keep_place)
        self._show_toll()
        self._figures.read_ahead(self._scope, self._following)
        self.switch.refresh()

    def _show_day(self, drawing: Drawing) -> None:
        """Write the date followed in the header of a chart drawn for another day of the same figures."""
        line = announced_line(self.state.date)
        if drawing.picture.date_line != line:
            drawing.set_header(replace(drawing.picture, date_line=line), self._colours(), self._fonts())

    def _date_moved(self, day: date) -> None:
        if not self._following:
            return
        if self._drawing_key() != self._shown_key:  # other figures stood on this day
            self._render(keep_place=True)
            return
        self._show_day(self.scroll.drawing)
        self.scroll.fit_width()
        self._series_plot().set_day(day)

    def _fonts(self) -> Fonts:
        return Fonts.of(self.font(), self._scale)

    def _draw(self) -> Drawing:
        self._scale = text_scale(QFontMetricsF(self.font()).height())
        return draw(self._picture(), self._colours(), self._fonts(), self._scale, self._tooltip)

    def _ensure_laid_out(self) -> None:
        # A pane that was never shown (a background tab at start-up) has not sized its chart yet.
        if not self.chart.isVisible():
            self.layout().activate()

    # -- the toll over time -------------------------------------------------------------------
    def _show_toll(self) -> None:
        """Draw the toll of the bar chosen (or the first one that has figures over time) under the chart."""
        if self._following:
            bar = self.current_bar()
            chosen = (bar.section.key, bar.row.side) if bar else None
            self._series_plot().show_chosen(self._figures.dated(self._view, self._scope).figures, self._view,
                                            self._scope, chosen, self._colours().claimants, self.state.date)

    def _series_plot(self) -> SeriesPlot:
        if self.series is None:
            # pyqtgraph is imported only now: the chart is built when first shown, maybe before the window's
            # preload has imported it, and a chart that does not follow the date does not need it.
            from desktop_app.ui.panes.casualties.series import SeriesPlot

            self.series = SeriesPlot(self)
            self.splitter.addWidget(self.series)
            self.splitter.setStretchFactor(1, 2)
            height = sum(self.splitter.sizes())
            self.splitter.setSizes([height - height * 2 // 5, height * 2 // 5])  # as the stretch factors share
        return self.series

    # -- tooltips and details -----------------------------------------------------------------
    def _tooltip(self, bar: BarItem) -> str:
        return self._row_tooltip(bar.row, bar.section.title)

    def _row_tooltip(self, row: ChartRow, section_title: str) -> str:
        others, count = ([], 0) if row.is_stack else self.content.figure_series(row.main, MAX_SIBLINGS)
        return bar_tooltip(row, section_title, self._figures.entry_title(row.main.entry_id), others, count)

    def _say(self, rich_text: str) -> None:
        """Write the line under the chart (as tall as its text, up to a share of the pane)."""
        self.details.setText(rich_text)
        self.details_box.fit(self.size())

    def _show_details(self, bar: BarItem | None) -> None:
        """Under the chart: the bar pointed at, else the bar chosen, else how to choose one."""
        bar = bar or self.current_bar()
        self._say(details_hint() if bar is None else self._tooltip(bar))

    def _chosen(self, bar: BarItem | None) -> None:
        self._show_details(bar)
        if bar is not None:
            self.chart.setAccessibleDescription(plain_text(self.details.text()))
            self.announcer.changed("bar")
            self._show_toll()

    def _spoken(self, changes: set[str]) -> tuple[str, str]:
        """The chosen bar in words (the description `_chosen` wrote), said when a bar is chosen (see Announcer)."""
        words = self.chart.accessibleDescription()
        return words or details_hint(), words if "bar" in changes else ""

    # -- as a table ---------------------------------------------------------------------------
    def _table_rows(self) -> Table:
        return figure_table(self.sections(), self._figures.entry_title)

    def _row_chosen(self, figure_id: str) -> None:
        """A row moved to: under the table, where its figure comes from, as for a bar chosen (also for the
        figures the chart has no bar for)."""
        found = row_of(self.sections(), figure_id)
        if found is not None:
            self._say(self._row_tooltip(found[1], found[0].title))

    def _row_opened(self, figure_id: str) -> None:
        figure = self.content.figure(figure_id)
        if figure is not None:
            self._open(figure)

    # -- interaction --------------------------------------------------------------------------
    def _open(self, figure: Figure) -> None:
        """Open the entry that discusses the figure (clicked, or chosen and Enter pressed)."""
        self.go_to(Target("figure", figure.id))

    def _bar_menu(self, figure: Figure, at: QPoint) -> None:
        """Right-click on a bar: open the entry that discusses it, or write a note on the figure."""
        menu = QMenu(self)
        #: a command (verb) in a bar's right-click menu: open the entry that discusses the figure
        menu.addAction(translate("CasualtiesPane", "Open Entry"), lambda: self._open(figure))
        #: a command in a bar's right-click menu: write a note about the figure
        menu.addAction(translate("CasualtiesPane", "Add Note to This Figure..."),
                       lambda: self.state.request_note(Target("figure", figure.id)))
        menu.exec(at)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt API)
        super().resizeEvent(event)
        self.details_box.fit(event.size())

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt API)
        super().changeEvent(event)
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.FontChange) and hasattr(self, "chart"):
            # dark or light mode switched, or the text size: the views kept are drawn again, with the new
            # colours and sizes, when next shown
            self._drawings.clear()
            self._render()
