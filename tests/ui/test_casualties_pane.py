"""The casualties chart: both sides' figures side by side, each bar naming its claimant."""

from __future__ import annotations

import csv
from collections import Counter
from datetime import date

import pytest
from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QColor, QContextMenuEvent, QHelpEvent, QImage, QPalette
from PySide6.QtWidgets import QApplication, QToolTip

from desktop_app.ui import theme
from desktop_app.ui.panes.casualties import BarItem, CasualtiesPane
from desktop_app.ui.settings import Settings
from desktop_app.ui.state import AppState
from desktop_app.views.chart import (
    MAX_BARS_PER_SIDE,
    VIEWS,
    chart_sections,
    claimant_short,
    drawn_rows,
    magnitude,
    view_of,
)
from desktop_app.views.timeline_layout import day_middle


@pytest.fixture
def state() -> AppState:
    return AppState()


@pytest.fixture
def pane(qtbot, content, state) -> CasualtiesPane:
    widget = CasualtiesPane(content, state, Settings())
    qtbot.addWidget(widget)
    widget.resize(900, 600)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def bars_for(pane: CasualtiesPane, section: str, side: str) -> list[BarItem]:
    return [b for b in pane.bars() if b.section.key == section and b.row.side == side]


def bar_of(pane: CasualtiesPane, figure_id: str) -> BarItem:
    return next(b for b in pane.bars() if figure_id in {f.id for f in b.row.figures})


def test_armenian_killed_shows_each_claimant_side_by_side(pane: CasualtiesPane) -> None:
    assert pane.view == "military"
    killed = bars_for(pane, "killed", "armenia-artsakh")
    by_claimant = {b.row.main.claimant_id: b for b in killed}
    assert {"am-government", "az-government"} <= set(by_claimant)
    own, claim = by_claimant["am-government"], by_claimant["az-government"]
    assert "Government of Armenia" in own.visible_text() and "3,825" in own.visible_text()
    assert "Government of Azerbaijan" in claim.visible_text() and "more than 5,000" in claim.visible_text()
    # the bars are drawn to their values on one scale, so the claim is visibly longer
    assert own.pieces()[0][1] == 3825 and claim.pieces()[0][1] == 5000
    assert own.pieces()[0][3].color() != claim.pieces()[0][3].color()  # each claimant its own colour


@pytest.mark.parametrize("view", list(VIEWS))
def test_every_bar_shows_its_claimant(pane: CasualtiesPane, view: str) -> None:
    pane.set_view(view)
    pane.set_scope("all")
    assert pane.bars()
    for bar in pane.bars():
        text = bar.visible_text()
        assert bar.isVisible() and not bar.text_rect().isEmpty()
        claimant = claimant_short(bar.row.main)
        # a stack's label names Oryx; other labels start with the claimant, cut only in a very narrow pane
        assert ("Oryx" in text) if bar.row.is_stack else text.startswith(claimant), (text, claimant)


def hover_tooltip(pane: CasualtiesPane, bar: BarItem) -> str:
    """The tooltip Qt shows when the pointer rests on the bar."""
    QToolTip.hideText()
    point = pane.chart.mapFromScene(bar.mapToScene(bar.bar_rect(0, 1).topLeft()) + QPointF(1, 4))
    viewport = pane.chart.viewport()
    QApplication.sendEvent(viewport, QHelpEvent(QEvent.Type.ToolTip, point, viewport.mapToGlobal(point)))
    return QToolTip.text() if QToolTip.isVisible() else ""


def test_hovering_a_bar_gives_value_claimant_and_date(pane: CasualtiesPane) -> None:
    dated = hover_tooltip(pane, bar_of(pane, "am-mil-killed-az-claim"))
    assert "more than 5,000" in dated and "Government of Azerbaijan" in dated and "as of 28 October 2020" in dated
    assert "several times more had been wounded" in dated  # the note
    undated = hover_tooltip(pane, bar_of(pane, "am-mil-killed-am-gov"))
    assert "3,825" in undated and "Government of Armenia" in undated and "date not given" in undated
    assert "Armenian and Artsakh military casualties" in undated  # what a click opens


def test_pointing_at_a_bar_shows_its_details_below_the_chart(pane: CasualtiesPane, qtbot) -> None:
    bar = bar_of(pane, "am-mil-killed-vanetsyan")
    point = pane.chart.mapFromScene(bar.mapToScene(bar.bar_rect(0, 1).topLeft()) + QPointF(30, 4))
    qtbot.mouseMove(pane.chart.viewport(), QPoint(point.x(), point.y()))
    qtbot.waitUntil(lambda: "Artur Vanetsyan" in pane.details.text(), timeout=1000)
    assert "about 5,000" in pane.details.text() and "former director" in pane.details.text()


def test_same_claimant_with_two_dates_gives_two_labelled_bars(pane: CasualtiesPane) -> None:
    own = [b for b in bars_for(pane, "killed", "azerbaijan") if b.row.main.claimant_id == "az-government"]
    assert sorted(b.row.main.value for b in own) == [2853, 2906]
    january = next(b for b in own if b.row.main.value == 2853)
    assert "11 January 2021" in january.visible_text()
    assert "2,906" in january.toolTip()  # the other figure is named in the tooltip too


def test_other_periods_are_announced_and_shown_on_request(pane: CasualtiesPane) -> None:
    assert all(b.row.main.scope == "war" for b in pane.bars())
    assert not any(b.row.main.id == "az-mil-killed-postwar-az-gov" for b in pane.bars())
    header = pane.text_blocks()[0]
    assert "2 more from other periods" in header
    pane.scope_box.setCurrentIndex(pane.scope_box.findData("all"))
    postwar = bar_of(pane, "az-mil-killed-postwar-az-gov")
    assert "after the ceasefire" in postwar.visible_text()


def test_a_period_without_figures_says_so(pane: CasualtiesPane) -> None:
    pane.set_scope("first-war")
    assert pane.bars() == []
    texts = pane.text_blocks()
    assert "0 figures" in texts[0] and "No figures of this kind for this period" in texts[1]


def test_clicking_a_bar_opens_its_entry(pane: CasualtiesPane, state: AppState, qtbot) -> None:
    bar = bar_of(pane, "am-mil-captured-am-gov")
    pane.scroll.ensureVisible(0, int(bar.mapToScene(bar.boundingRect().center()).y()), 0, 100)
    scene_point = bar.mapToScene(bar.bar_rect(0, 30).center())
    point = pane.chart.mapFromScene(scene_point)
    with qtbot.waitSignal(state.entry_changed, timeout=1000) as signal:
        qtbot.mouseClick(pane.chart.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(point.x(), point.y()))
    assert signal.args == ["prisoners-of-war"]
    assert state.entry_id == "prisoners-of-war"


def test_keyboard_chooses_and_opens_a_bar(pane: CasualtiesPane, state: AppState, qtbot) -> None:
    pane.chart.setFocus()
    qtbot.keyClick(pane.chart, Qt.Key.Key_End)
    last = pane.current_bar()
    assert last is pane.bars()[-1] and last.current
    assert last.row.main.label in pane.details.text()
    qtbot.keyClick(pane.chart, Qt.Key.Key_Return)
    assert state.entry_id == last.row.main.entry_id


def test_oryx_stacks_the_statuses_and_keeps_the_total_apart(pane: CasualtiesPane) -> None:
    pane.view_box.setCurrentIndex(pane.view_box.findData("oryx"))
    tanks = bars_for(pane, "tanks", "armenia-artsakh")
    assert len(tanks) == 1
    pieces = [(x0, x1, f.status) for x0, x1, f, _brush in tanks[0].pieces()]
    assert pieces == [(0, 146, "destroyed"), (146, 152, "damaged"), (152, 255, "captured")]
    assert tanks[0].row.total.value == 255 and tanks[0].row.extent == 255  # not stacked on top: 255, not 510
    assert "at least 255 in total" in tanks[0].visible_text()
    assert "destroyed 146, damaged 6, captured 103" in tanks[0].visible_text()
    colours = {f.status: brush.color() for _x0, _x1, f, brush in tanks[0].pieces()}
    assert colours["destroyed"] == theme.STATUS_COLOURS["destroyed"]
    # where Oryx's total and its breakdown disagree, both numbers are shown
    azerbaijani = bars_for(pane, "tanks", "azerbaijan")[0]
    assert azerbaijani.row.stack_sum == 63 and "at least 62 in total" in azerbaijani.visible_text()
    assert "add up to 63" in azerbaijani.visible_text()
    assert "Total given by Oryx: <b>at least 62</b>" in azerbaijani.toolTip()


def test_a_range_is_drawn_to_its_low_value_and_extended_to_its_high(pane: CasualtiesPane) -> None:
    pane.set_view("civilians")
    pane.set_scope("first-war")
    bar = bar_of(pane, "am-displaced-first-war")
    assert [(x0, x1) for x0, x1, _f, _b in bar.pieces()] == [(0, 300000), (300000, 500000)]
    solid, light = (brush.color() for _x0, _x1, _f, brush in bar.pieces())
    assert light.alpha() < solid.alpha()
    assert "300,000–500,000" in bar.visible_text()


def test_open_entry_outlines_the_bars_it_discusses(pane: CasualtiesPane, state: AppState) -> None:
    state.set_entry("prisoners-of-war")
    marked = {b.row.main.id for b in pane.bars() if b.marked}
    assert marked == {"am-mil-captured-am-gov", "am-mil-captured-infobox", "az-mil-captured-az-gov"}


def test_csv_export_writes_the_rows_shown_with_claimants(pane: CasualtiesPane, tmp_path) -> None:
    path = tmp_path / "military.csv"
    assert pane.export_csv(path) == len(pane.shown_figures())
    with open(path, encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert [r["id"] for r in rows] == [f.id for f in pane.shown_figures()]
    own = next(r for r in rows if r["id"] == "am-mil-killed-am-gov")
    assert own["claimant"] == "Government of Armenia" and own["value"] == "3825" and own["as_of"] == ""
    claim = next(r for r in rows if r["id"] == "am-mil-killed-az-claim")
    assert claim["claimant"] == "Government of Azerbaijan" and claim["as_of"] == "2020-10-28"
    assert claim["shown_as"] == "more than 5,000"


def test_png_export_writes_the_chart(pane: CasualtiesPane, tmp_path) -> None:
    path = tmp_path / "chart.png"
    pane.export_png(path)
    image = QImage(str(path))
    assert not image.isNull()
    assert image.height() == pane.chart.height()  # the whole chart, also what is scrolled out of sight
    bar = bar_of(pane, "am-mil-killed-am-gov")
    own = bar.pieces()[0][3].color().rgb()
    assert own in {theme.claimant_colour(i).rgb() for i in range(200)}
    centre = pane.chart.mapFromScene(bar.mapToScene(bar.bar_rect(0, 3825).center()))
    assert image.pixel(centre.x(), centre.y()) == own


def test_export_actions_ask_for_a_file(pane: CasualtiesPane, tmp_path, monkeypatch) -> None:
    from PySide6.QtWidgets import QFileDialog

    target = tmp_path / "losses"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args, **kwargs: (str(target), ""))
    # The image size dialog: "as shown on screen" (image sizes are tested in test_image_export.py).
    monkeypatch.setattr("desktop_app.ui.panes.casualties.export.ask_image_size", lambda *args: (True, None))
    actions = {a.text(): a for a in pane.menu_actions()}
    assert set(actions) == {"Export chart as PNG...", "Export data as CSV..."}
    actions["Export data as CSV..."].trigger()
    actions["Export chart as PNG..."].trigger()
    assert (tmp_path / "losses.csv").stat().st_size > 0 and (tmp_path / "losses.png").stat().st_size > 0


def test_chart_follows_a_dark_palette(pane: CasualtiesPane) -> None:
    dark = QPalette(pane.palette())
    dark.setColor(QPalette.ColorRole.Base, QColor(20, 20, 24))
    dark.setColor(QPalette.ColorRole.Text, QColor(235, 235, 235))
    pane.setPalette(dark)
    assert pane.chart.backgroundBrush().color() == QColor(20, 20, 24)
    assert pane.bars()[0].label_colours()[0] == QColor(235, 235, 235)


def drawn(pane: CasualtiesPane) -> list[tuple[tuple[str, ...], str]]:
    """What the chart shows: each bar's figures and label."""
    return [(tuple(f.id for f in b.row.figures), b.visible_text()) for b in pane.bars()]


def test_switching_back_to_a_view_shows_the_same_bars(pane: CasualtiesPane, qtbot) -> None:
    military, height = drawn(pane), pane.chart.height()
    pane.chart.setFocus()
    qtbot.keyClick(pane.chart, Qt.Key.Key_Down)
    assert pane.current_bar() is not None and pane.current_bar().current
    pane.set_view("oryx")
    assert drawn(pane) != military and all(b.row.main.claimant_id == "oryx" for b in pane.bars())
    pane.set_view("military")
    assert drawn(pane) == military and pane.chart.height() == height
    # as when first drawn: no bar chosen, the chart at its top, the hint below it
    assert pane.current_bar() is None and not any(b.current for b in pane.bars())
    assert "Point at a bar" in pane.details.text()
    pane.set_scope("all")
    assert len(drawn(pane)) > len(military)
    pane.set_scope("war")
    assert drawn(pane) == military


def test_a_view_drawn_before_a_theme_change_comes_back_in_the_new_colours(pane: CasualtiesPane) -> None:
    pane.set_view("oryx")
    pane.set_view("military")  # both drawn in the light palette
    dark = QPalette(pane.palette())
    dark.setColor(QPalette.ColorRole.Base, QColor(20, 20, 24))
    dark.setColor(QPalette.ColorRole.Text, QColor(235, 235, 235))
    pane.setPalette(dark)
    pane.set_view("oryx")
    assert pane.chart.backgroundBrush().color() == QColor(20, 20, 24)
    assert all(b.label_colours()[0] == QColor(235, 235, 235) for b in pane.bars())
    image = pane.render_image()
    assert QColor(image.pixel(2, 2)) == QColor(20, 20, 24)


def test_a_view_drawn_before_a_text_size_change_comes_back_with_taller_rows(pane: CasualtiesPane) -> None:
    pane.set_view("claims")
    pane.set_view("military")
    before = {b.row.main.id: b.text_px for b in pane.bars()}
    font = pane.font()
    font.setPointSizeF(font.pointSizeF() * 1.6)
    pane.setFont(font)
    pane.set_view("claims")
    pane.set_view("military")
    after = {b.row.main.id: b for b in pane.bars()}
    assert set(after) == set(before)
    for figure_id, bar in after.items():
        assert bar.text_px > before[figure_id]
        assert bar.text_rect().height() <= bar.text_px + 1  # the bigger label still clears its bar


def test_labels_are_cut_to_the_pane_and_written_again_when_it_widens(pane: CasualtiesPane, qtbot) -> None:
    pane.resize(500, 600)
    qtbot.waitUntil(lambda: pane.chart.width() < 500)
    narrow = {b.row.main.id: b.visible_text() for b in pane.bars()}
    for bar in pane.bars():  # every label ends inside the chart
        assert bar.mapToScene(bar.text_rect()).boundingRect().right() <= pane.chart.width()
    header = pane.text_blocks()[0]
    assert "2 more from other periods" in header  # wrapped onto more lines, not cut
    pane.resize(1400, 600)
    qtbot.waitUntil(lambda: pane.chart.width() > 1200)
    wide = {b.row.main.id: b.visible_text() for b in pane.bars()}
    longer = [i for i in narrow if len(wide[i]) > len(narrow[i])]
    assert longer and all(wide[i].startswith(narrow[i].rstrip("…")) for i in longer)


def test_right_click_on_a_bar_offers_its_entry_and_a_note(pane: CasualtiesPane, state: AppState, qtbot) -> None:
    from PySide6.QtCore import QTimer

    offered = []

    def choose_note() -> None:  # runs once the menu is open
        menu = QApplication.activePopupWidget()
        offered.extend(a.text() for a in menu.actions())
        note = next(a for a in menu.actions() if a.text().startswith("Add Note"))
        menu.close()
        note.trigger()

    QTimer.singleShot(50, choose_note)
    bar = bar_of(pane, "am-mil-killed-am-gov")
    point = pane.chart.mapFromScene(bar.mapToScene(bar.bar_rect(0, 3825).center()))
    viewport = pane.chart.viewport()
    with qtbot.waitSignal(state.note_requested, timeout=2000) as signal:
        QApplication.sendEvent(viewport, QContextMenuEvent(QContextMenuEvent.Reason.Mouse, point,
                                                           viewport.mapToGlobal(point)))
    assert offered == ["Open Entry", "Add Note to This Figure..."]
    assert signal.args[0].kind == "figure" and signal.args[0].id == "am-mil-killed-am-gov"


# -- far more figures than bundled ------------------------------------------------------------------------
# The bundled content has at most 18 figures per side in a chart; a copy with every figure five times over
# (the copies' ids end in "--s1" to "--s4") has up to 90, so the chart draws only the largest 20 of each.

COPIES = 5


@pytest.fixture(scope="module")
def crowded(tmp_path_factory):
    import shutil
    import sqlite3

    from desktop_app.content import ContentDatabase
    from tests.conftest import DATABASE

    path = tmp_path_factory.mktemp("crowded") / "database.sqlite"
    shutil.copyfile(DATABASE, path)
    with sqlite3.connect(path) as conn:
        columns = [r[1] for r in conn.execute("PRAGMA table_info(figures)") if r[1] != "id"]
        names = ", ".join(columns)
        for k in range(1, COPIES):
            conn.execute(f"INSERT INTO figures (id, {names}) SELECT id || '--s{k}', {names} FROM figures"
                         " WHERE id NOT LIKE '%--s%'")
    conn.close()
    with ContentDatabase(path) as db:
        yield db


@pytest.fixture
def crowded_pane(qtbot, crowded) -> CasualtiesPane:
    widget = CasualtiesPane(crowded, AppState(), Settings())
    qtbot.addWidget(widget)
    widget.resize(900, 600)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def test_a_crowded_chart_draws_the_largest_figures_and_says_how_many_it_leaves_out(
        crowded_pane: CasualtiesPane, content, tmp_path) -> None:
    pane = crowded_pane
    bundled = sum(1 for f in content.figures() if view_of(f) == "military" and f.scope == "war")
    per_side = Counter((b.section.key, b.row.side) for b in pane.bars())
    assert max(per_side.values()) == MAX_BARS_PER_SIDE
    drawn = {f.id for b in pane.bars() for f in b.row.figures}
    header = pane.text_blocks()[0]
    assert f"{COPIES * bundled} figures" in header
    assert f"{COPIES * bundled - len(drawn)} smaller figures are not drawn" in header
    # what is left out of a category and side is no larger than what is drawn there
    every = pane.shown_figures()
    assert len(every) == COPIES * bundled
    for section in pane.sections():
        for side in {row.side for row in section.rows}:
            sizes = [(f.id in drawn, magnitude(f)) for row in section.rows if row.side == side for f in row.figures]
            if not all(shown for shown, _ in sizes):
                assert min(v for shown, v in sizes if shown) >= max(v for shown, v in sizes if not shown)
    # the largest Armenian tolls (both 5,000), each of their five copies, are drawn first, by claimant name
    killed = bars_for(pane, "killed", "armenia-artsakh")
    assert [b.row.main.id.split("--")[0] for b in killed[:2 * COPIES]] == (
        ["am-mil-killed-vanetsyan"] * COPIES + ["am-mil-killed-az-claim"] * COPIES)
    # the CSV still lists every figure, also those not drawn
    assert pane.export_csv(tmp_path / "all.csv") == len(every)


def test_a_crowded_chart_draws_the_same_bars_as_when_every_figure_was_read(crowded_pane: CasualtiesPane,
                                                                           crowded) -> None:
    figures = crowded.figures()
    for view in VIEWS:
        crowded_pane.set_view(view)
        for scope in ("war", "all"):
            crowded_pane.set_scope(scope)
            expected = [tuple(f.id for f in row.figures) for section in chart_sections(figures, view, scope)
                        for row in drawn_rows(section)[0].rows]
            assert [tuple(f.id for f in b.row.figures) for b in crowded_pane.bars()] == expected, (view, scope)
    crowded_pane.set_view("oryx")
    tanks = bars_for(crowded_pane, "tanks", "armenia-artsakh")[0]  # the stack of the first copy of each status
    assert tanks.row.is_stack and "at least 255 in total" in tanks.visible_text()


def test_a_crowded_tooltip_names_a_dozen_other_figures_and_counts_the_rest(crowded_pane: CasualtiesPane) -> None:
    own = next(b for b in bars_for(crowded_pane, "killed", "azerbaijan") if b.row.main.id == "az-mil-killed-az-gov")
    # the government gave 3 figures for its own killed soldiers, so 3 x 5 - 1 others
    others = own.toolTip().split("Also from this claimant: ")[1].split("<br>")[0].split("; ")
    assert len(others) == 12 + 1 and others[-1] == f"and {3 * COPIES - 1 - 12} more"
    # in the order of the database: undated first
    assert others[:12] == (["2,906 (date not given, during the war)"] * (COPIES - 1)
                           + ["11 (date not given, after the ceasefire)"] * COPIES
                           + ["2,853 (as of 11 January 2021, during the war)"] * 3)


def test_the_pane_reads_only_the_figures_and_titles_it_draws(qtbot, crowded, monkeypatch) -> None:
    def everything(*args, **kwargs):
        raise AssertionError("the chart read every figure or entry")

    monkeypatch.setattr(crowded, "figures", everything)
    monkeypatch.setattr(crowded, "entries", everything)
    pane = CasualtiesPane(crowded, AppState(), Settings())
    qtbot.addWidget(pane)
    for view in VIEWS:
        pane.set_view(view)
        assert pane.bars() and all(b.toolTip() for b in pane.bars()[:3])



# -- following the date -----------------------------------------------------------------------------------


def texts(pane: CasualtiesPane) -> str:
    """Every text the chart shows: the header and other blocks, and each bar's label."""
    return "\n".join(pane.text_blocks() + [b.visible_text() for b in pane.bars()])


def test_following_the_date_is_off_at_first_and_remembered(qtbot, content) -> None:
    settings = Settings()
    first = CasualtiesPane(content, AppState(), settings)
    qtbot.addWidget(first)
    assert not first.following and not first.follow_box.isChecked() and first.series is None
    assert "Figures as announced by" not in texts(first)
    first.follow_box.click()
    assert first.following and first.series.isVisibleTo(first)
    second = CasualtiesPane(content, AppState(), settings)  # as in the next run of the app
    qtbot.addWidget(second)
    assert second.following and second.follow_box.isChecked()
    assert "Figures as announced by 27 September 2020" in texts(second)
    first.shutdown()
    second.shutdown()


def test_the_chart_shows_the_figures_as_they_stood_on_the_date(pane: CasualtiesPane, state: AppState) -> None:
    pane.set_view("claims")
    pane.set_following(True)
    state.set_date(date(2020, 10, 10))
    shown = texts(pane)
    assert "Figures as announced by 10 October 2020" in shown
    assert "Ministry of Defence of Azerbaijan: 270 · 7 October 2020" in shown
    assert "D-30" not in shown
    state.set_date(date(2020, 10, 14))
    shown = texts(pane)
    assert "Ministry of Defence of Azerbaijan: 270" not in shown and "D-30 howitzers destroyed" in shown
    assert all(b.row.main.as_of and b.row.main.as_of <= "2020-10-14" for b in pane.bars())
    assert {f.id for f in pane.shown_figures()} >= {"azclaim-d30-2020-10-14", "azclaim-grad-2020-10-14"}
    pane.set_following(False)  # every figure again, dated or not
    assert "Figures as announced by" not in texts(pane) and "Ministry of Defence of Azerbaijan: 270" in texts(pane)


def test_a_day_with_no_new_figure_only_writes_the_new_date(pane: CasualtiesPane, state: AppState) -> None:
    pane.set_following(True)
    state.set_date(date(2020, 10, 24))
    bars = pane.bars()
    state.set_date(date(2020, 10, 25))  # nothing was announced on the 25th: the same bars, the new date
    assert pane.bars() == bars and "Figures as announced by 25 October 2020" in pane.text_blocks()[0]
    state.set_date(date(2020, 10, 28))  # Azerbaijan's claim of Armenian dead
    assert pane.bars() != bars and "more than 5,000 · 28 October 2020" in texts(pane)


def test_the_toll_over_time_is_that_of_the_bar_chosen(pane: CasualtiesPane, state: AppState, qtbot) -> None:
    pane.set_following(True)
    state.set_date(date(2021, 2, 1))
    assert pane.series.title.text().startswith("Killed · Armenia / Artsakh: announced figures over time")
    assert pane.series.plot.isVisibleTo(pane)
    assert pane.series.plot.backgroundBrush().color() == pane.palette().color(QPalette.ColorRole.Base)
    pane.chart.setFocus()
    for _ in range(len(pane.bars())):  # down to the Azerbaijani government's January figure
        qtbot.keyClick(pane.chart, Qt.Key.Key_Down)
        if pane.current_bar().row.main.id == "az-mil-killed-az-gov-2021-01":
            break
    assert pane.series.title.text().startswith("Killed · Azerbaijan")
    assert "President of Azerbaijan" in pane.series.legend.text() and "Government of Azerbaijan" in \
        pane.series.legend.text()
    assert pane.series.date_line.value() == day_middle(date(2021, 2, 1))
    qtbot.keyClick(pane.chart, Qt.Key.Key_End)  # the last bar: a toll with a single dated figure
    assert pane.series.title.text().startswith("No series for") and not pane.series.plot.isVisibleTo(pane)


def test_a_screen_reader_gets_the_chosen_bar_in_plain_words(pane: CasualtiesPane, qtbot) -> None:
    """The chart's accessible description is what is under the chart, without markup read out as "<b>"."""
    pane.chart.setFocus()
    qtbot.keyClick(pane.chart, Qt.Key.Key_Home)
    bar = pane.current_bar()
    description = pane.chart.accessibleDescription()
    assert bar.row.main.label in description and bar.row.main.claimant_name in description
    assert "<" not in description and "&amp;" not in description
    assert "\n" in description  # one line per fact, as the details below the chart show them
