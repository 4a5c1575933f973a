"""What the casualty chart shows, without Qt: which view each figure is in (the same whether the database or the
chart chooses), the sections and bars, what a crowded chart leaves out, the words on a bar, the header,
where rows and ticks go, and the claimants' colours. (The chart as of a date: test_chart_dated.py.)"""

from __future__ import annotations

from dataclasses import replace

import pytest

from desktop_app.content import ContentDatabase, Figure
from desktop_app.views.chart import (
    VIEW_KINDS,
    VIEWS,
    ChartSection,
    FigureCounts,
    bar_pieces,
    bar_tooltip,
    chart_picture,
    chart_sections,
    drawn_figures,
    drawn_rows,
    row_text,
    section_layout,
    spread_hues,
    tick_values,
    total_mark,
    view_figures,
    view_of,
)
from desktop_app.views.chart.geometry import row_height
from desktop_app.views.labels import side_label

# One figure of each kind a user looks for in a view of its own, and the view they find it in.
WHERE_FOUND = {
    "am-mil-killed-am-gov": "military",  # Armenia's own count of its soldiers killed
    "syr-killed-sohr": "military",  # fighters count as military
    "am-civ-killed-am-gov": "civilians",
    "fr-journalists-wounded": "civilians",  # journalists are with the civilians
    "oryx-am-tanks-destroyed": "oryx",
    "azclaim-artillery-2020-10-07": "claims",  # equipment claimed by a government, not documented by Oryx
    "am-deserters-stepanyan": "other",  # soldiers, but deserters have no chart of their own
    "am-pow-killed-zeynalyan": "other",  # killed, but neither soldiers nor civilians said
    "az-apartment-blocks-damaged-prosecutor": "other",
}


def figure(figure_id: str, side: str = "azerbaijan", value: float = 1.0, claimant: str = "az-government",
           **more) -> Figure:
    """A hand-made military toll."""
    fields = dict(label=f"label of {figure_id}", group="military", category="killed", item=None, status=None,
                  low=None, high=None, qualifier="exact", claimant_name=claimant.replace("-", " ").title(),
                  as_of=None, scope="war", entry_id="entry", place_id=None, note=None)
    fields.update(more)
    return Figure(figure_id, side=side, value=value, claimant_id=claimant, **fields)


def test_every_figure_is_in_exactly_one_view(content: ContentDatabase) -> None:
    figures = content.figures()
    placed = [f.id for view in VIEWS for s in chart_sections(figures, view, "all") for r in s.rows for f in r.figures]
    assert sorted(placed) == sorted(f.id for f in figures)


@pytest.mark.parametrize("view", list(VIEWS))
def test_each_view_shows_its_figures_whether_the_database_or_the_chart_chooses(content: ContentDatabase,
                                                                               view: str) -> None:
    by_database = {f.id for f in view_figures(content, view, "all")}
    by_chart = {f.id for s in chart_sections(content.figures(), view, "all") for r in s.rows for f in r.figures}
    expected_here = {f for f, found_in in WHERE_FOUND.items() if found_in == view}
    elsewhere = set(WHERE_FOUND) - expected_here
    for chosen in (by_database, by_chart):
        assert expected_here <= chosen and not elsewhere & chosen
    assert by_database == by_chart


def test_a_kind_of_figure_is_one_declaration_read_in_python_and_sql(content: ContentDatabase) -> None:
    # The counts the database makes with the views' SQL conditions are those of the Python test, view by view.
    counts = FigureCounts.of(content.figure_counts(VIEW_KINDS))
    for view in VIEWS:
        assert counts.count(view, "all") == sum(view_of(f) == view for f in content.figures())


def test_each_category_is_a_section_of_its_own_in_the_views_order(content: ContentDatabase) -> None:
    sections = chart_sections(content.figures(), "military", "war")
    assert [s.title for s in sections] == ["Killed", "Missing", "Wounded", "Captured"]
    killed = sections[0]
    sides = [row.side for row in killed.rows]
    assert sides == sorted(sides, key=["armenia-artsakh", "azerbaijan", "syrian-fighters", "russia", "other"].index)
    armenian = [row.main for row in killed.rows if row.side == "armenia-artsakh"]
    assert [f.value for f in armenian] == sorted((f.value for f in armenian), reverse=True)  # largest first


def test_oryx_stacks_statuses_and_never_stacks_its_own_total(content: ContentDatabase) -> None:
    tanks = next(s for s in chart_sections(content.figures(), "oryx", "war") if s.key == "tanks")
    armenian = next(row for row in tanks.rows if row.side == "armenia-artsakh")
    assert [f.status for f in armenian.segments] == ["destroyed", "damaged", "captured"]
    assert armenian.total.value == 255 and armenian.extent == 255 == armenian.stack_sum
    assert [(p.x0, p.x1) for p in bar_pieces(armenian)] == [(0, 146), (146, 152), (152, 255)]
    assert total_mark(armenian) is None  # the statuses add up to Oryx's total
    azerbaijani = next(row for row in tanks.rows if row.side == "azerbaijan")
    assert azerbaijani.stack_sum == 63 and total_mark(azerbaijani) == 62  # they do not: the total is marked
    head, tail = row_text(azerbaijani, "war")
    assert "at least 62 in total" in head and "Oryx" in head and "(these add up to 63)" in tail


def test_a_range_is_solid_to_its_low_value_and_light_to_its_high(content: ContentDatabase) -> None:
    displaced = next(s for s in chart_sections(content.figures(), "civilians", "first-war") if s.key == "displaced")
    row = next(r for r in displaced.rows if r.main.id == "am-displaced-first-war")
    assert [(p.x0, p.x1, p.paint) for p in bar_pieces(row)] == [(0, 300000, "claimant"),
                                                              (300000, 500000, "claimant-light")]


def test_a_crowded_section_draws_each_sides_largest_and_counts_the_rest() -> None:
    figures = [figure(f"az-{i}", value=i) for i in range(1, 8)] + [figure("am-1", side="armenia-artsakh")]
    section = chart_sections(figures, "military")[0]
    drawn, left_out = drawn_rows(section, 3)
    assert [row.main.value for row in drawn.rows if row.side == "azerbaijan"] == [7, 6, 5]
    assert [row.main.id for row in drawn.rows if row.side == "armenia-artsakh"] == ["am-1"]
    assert left_out == 4
    assert drawn_rows(section, 10) == (section, 0)


def test_a_bars_label_names_claimant_value_and_date(content: ContentDatabase) -> None:
    killed = chart_sections(content.figures(), "military", "all")[0]
    labels = {row.main.id: row_text(row, "all") for row in killed.rows}
    head, tail = labels["am-mil-killed-az-claim"]
    assert head.startswith("Government of Azerbaijan: more than 5,000") and "28 October 2020" in head
    assert tail == "Armenian servicemen killed (Azerbaijani claim)"
    assert "after the ceasefire" in labels["az-mil-killed-postwar-az-gov"][0]  # said only among all periods
    assert labels["am-mil-killed-am-gov"][0] == "Government of Armenia: 3,825"  # no date given, none shown


def test_a_tooltip_gives_the_note_the_claimants_other_figures_and_the_entry(content: ContentDatabase) -> None:
    row = next(r for s in chart_sections(content.figures(), "military") for r in s.rows
               if r.main.id == "az-mil-killed-az-gov")
    others = [content.figure("az-mil-killed-az-gov-2021-01")] * 13
    tip = bar_tooltip(row, "Killed", "Azerbaijani military casualties", others[:12], 13)
    assert "<b>2,906</b> · claimant: Government of Azerbaijan · date not given" in tip
    assert tip.count("2,853 (as of 11 January 2021, during the war)") == 12 and "; and 1 more" in tip
    assert "to open “Azerbaijani military casualties”" in tip
    unsafe = replace(row, segments=(replace(row.main, label="<script>"),))
    marked = bar_tooltip(unsafe, "Killed", "<i>entry</i>")
    assert "<script>" not in marked and "&lt;i&gt;entry" in marked  # the content's words are not markup


def test_the_header_says_what_the_period_and_the_bar_limit_leave_out(content: ContentDatabase,
                                                                    monkeypatch) -> None:
    counts = FigureCounts.of(content.figure_counts(VIEW_KINDS))
    war = chart_picture(drawn_figures(content, "military", "war"), "military", "war", counts)
    assert war.title == "Military casualties by side and claimant" and not war.date_line
    assert war.header[0].startswith("During the war · 23 figures") and "2 more from other periods" in war.header[1]
    assert not war.legend and not war.notice
    monkeypatch.setattr("desktop_app.views.chart.sections.MAX_BARS_PER_SIDE", 2)
    crowded = chart_picture(drawn_figures(content, "military", "war"), "military", "war", counts)
    drawn = sum(len(row.figures) for s in crowded.sections for row in s.rows)
    assert f"{23 - drawn} smaller figures are not drawn (at most 2 bars per side" in crowded.header[-1]
    empty = chart_picture([], "oryx", "first-war", counts)
    assert empty.legend and empty.notice == "No figures of this kind for this period."


def test_side_headings_come_before_each_sides_first_bar_and_rows_never_overlap(content: ContentDatabase) -> None:
    for view in VIEWS:
        for section in chart_sections(content.figures(), view, "all"):
            for scale in (1.0, 1.6):
                layout = section_layout(section, scale)
                rows = list(zip(layout.row_tops, (row_height(r, scale) for r in section.rows), strict=True))
                ends = [top + height for top, height in rows]
                assert all(end <= following for end, (following, _h) in zip(ends, rows[1:], strict=False))
                assert layout.rows_px == rows[-1][0] + rows[-1][1] < layout.height
                plain_sides = list(dict.fromkeys(r.side for r in section.rows if not r.is_stack))
                assert [name for _y, name in layout.headings] == [side_label(s) for s in plain_sides]
                assert layout.x_max > max(r.extent for r in section.rows)  # room for the last tick label


def test_a_stacks_row_is_taller_for_its_breakdown(content: ContentDatabase) -> None:
    oryx = chart_sections(content.figures(), "oryx")[0]
    plain = chart_sections(content.figures(), "military")[0]
    assert row_height(oryx.rows[0]) > row_height(plain.rows[0])
    assert row_height(plain.rows[0], 1.5) > row_height(plain.rows[0])  # larger text, taller rows


@pytest.mark.parametrize(("x_max", "width"), [(7935.0, 470.0), (62.4, 470.0), (1.04, 470.0), (2.08e9, 470.0)])
def test_axis_ticks_are_round_counts_that_fit(x_max: float, width: float) -> None:
    ticks = tick_values(x_max, width, 80)
    assert ticks and all(0 < t <= x_max and float(t).is_integer() for t in ticks)
    step = ticks[1] - ticks[0] if len(ticks) > 1 else ticks[0]
    assert str(int(step)).rstrip("0") in ("1", "2", "5")  # 1, 2 or 5 times a power of ten
    assert step * width / x_max >= 80 or step == 1  # at least 80 pixels apart, unless every count is ticked


def test_claimants_met_most_often_get_the_most_distinct_hues(content: ContentDatabase) -> None:
    counts = FigureCounts.of(content.figure_counts(VIEW_KINDS))
    assert set(counts.claimants[:2]) == {"am-government", "az-government"}  # the sides' military claims
    hues = [(i * 67) % 360 for i in range(120)]
    chosen = spread_hues(counts.claimants, hues)
    assert len(set(chosen.values())) == len(counts.claimants)  # no two claimants share a colour
    first, second = (hues[chosen[c]] for c in counts.claimants[:2])
    assert min(abs(first - second), 360 - abs(first - second)) >= 170  # across the colour wheel


def test_the_periods_offered_are_those_with_figures(content: ContentDatabase) -> None:
    counts = FigureCounts.of(content.figure_counts(VIEW_KINDS))
    offered = counts.scope_choices()
    assert offered[0] == "war" and offered[-1] == "all"
    assert all(key == "all" or any(f.scope == key for f in content.figures()) for key in offered)


def test_an_empty_chart_has_no_sections() -> None:
    assert chart_sections([], "military") == []
    assert drawn_rows(ChartSection("killed", "Killed", ()), 3) == (ChartSection("killed", "Killed", ()), 0)
