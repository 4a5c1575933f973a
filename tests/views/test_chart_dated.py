"""The casualty chart as of a date, without Qt: each claimant's figures as they stood on the day, what that
leaves out and why, and a toll's announced figures over time."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from desktop_app.content import ContentDatabase, Figure
from desktop_app.views.chart import (
    Announcements,
    announced_by,
    first_toll_with_series,
    known_from,
    no_series_text,
    toll_series,
    view_of,
)


def figure(figure_id: str, as_of: str | None, value: float, claimant: str = "az-government", **more) -> Figure:
    """A hand-made figure: by default the Azerbaijani government's count of its soldiers killed in the war."""
    fields = dict(label=figure_id, side="azerbaijan", group="military", category="killed", item=None, status=None,
                  low=None, high=None, qualifier="exact", claimant_name=claimant, scope="war", entry_id="entry",
                  place_id=None, note=None)
    fields.update(more)
    return Figure(figure_id, value=value, claimant_id=claimant, as_of=as_of, **fields)


def shown(figures: list[Figure], day: date) -> list[str]:
    return [f.id for f in announced_by(figures, day).figures]


def of_view(content: ContentDatabase, view: str) -> list[Figure]:
    return [f for f in content.figures() if view_of(f) == view and f.scope == "war"]


def test_each_claimant_shows_its_latest_figure_by_the_date() -> None:
    figures = [figure("first", "2020-10-01", 10), figure("second", "2020-10-05", 20),
               figure("other claimant", "2020-10-03", 7, claimant="am-government")]
    assert shown(figures, date(2020, 9, 30)) == []
    assert shown(figures, date(2020, 10, 1)) == ["first"]  # counts from its own day
    assert shown(figures, date(2020, 10, 4)) == ["first", "other claimant"]
    assert shown(figures, date(2020, 10, 5)) == ["second", "other claimant"]  # the later figure replaces it
    on_the_fifth = announced_by(figures, date(2020, 10, 5))
    assert (on_the_fifth.later, on_the_fifth.replaced, on_the_fifth.undated) == (0, 1, 0)


def test_a_later_figure_replaces_only_the_same_toll() -> None:
    figures = [figure("killed", "2020-10-01", 10), figure("missing", "2020-10-09", 3, category="missing"),
               figure("post-war", "2020-12-01", 11, scope="post-war"), figure("tanks", "2020-10-09", 4,
                                                                              category="equipment", item="tanks")]
    assert shown(figures, date(2020, 12, 2)) == ["killed", "missing", "post-war", "tanks"]


def test_a_towns_dead_stay_when_another_towns_toll_is_announced(content: ContentDatabase) -> None:
    civilians = of_view(content, "civilians")
    on_the_28th = shown(civilians, date(2020, 10, 28))
    assert "ganja-civ-killed" in on_the_28th and "barda-civ-killed" in on_the_28th  # both government figures
    assert "barda-civ-killed" not in shown(civilians, date(2020, 10, 27))


def test_the_ministrys_claims_of_one_day_replace_those_of_an_earlier_day(content: ContentDatabase) -> None:
    claims = of_view(content, "claims")
    artillery = {"azclaim-artillery-2020-10-07", "azclaim-d30-2020-10-14", "azclaim-grad-2020-10-14"}
    assert not artillery & set(shown(claims, date(2020, 10, 6)))
    assert artillery & set(shown(claims, date(2020, 10, 13))) == {"azclaim-artillery-2020-10-07"}
    assert artillery & set(shown(claims, date(2020, 10, 14))) == {"azclaim-d30-2020-10-14", "azclaim-grad-2020-10-14"}


def test_figures_given_on_the_same_day_are_all_shown(content: ContentDatabase) -> None:
    first_day = set(shown(of_view(content, "claims"), date(2020, 9, 27)))
    assert {"amclaim-armour-day1-initial", "amclaim-armour-day1-revised"} <= first_day  # initial and revised


def test_a_figure_dated_by_month_counts_from_the_months_last_day(content: ContentDatabase) -> None:
    bellingcat = content.figure("am-executed-hadrut")
    assert bellingcat.as_of == "2020-10"
    assert known_from(bellingcat) == date(2020, 10, 31)
    military = of_view(content, "military")
    assert "am-executed-hadrut" not in shown(military, date(2020, 10, 30))
    assert "am-executed-hadrut" in shown(military, date(2020, 10, 31))
    assert known_from(figure("by year", "2021", 1)) == date(2021, 12, 31)


def test_undated_figures_are_left_out_and_counted(content: ContentDatabase) -> None:
    military = of_view(content, "military")
    announced = announced_by(military, date(2020, 11, 10))
    undated = [f for f in military if not f.as_of]
    assert undated and not {f.id for f in undated} & {f.id for f in announced.figures}
    assert announced.undated == len(undated)
    assert announced.total == len(military)
    assert len(announced.figures) + announced.later + announced.replaced + announced.undated == len(military)
    assert known_from(figure("unreadable", "autumn", 1)) is None


def test_the_header_says_the_date_and_why_figures_are_missing(content: ContentDatabase) -> None:
    military = of_view(content, "military")
    date_line, lines = announced_by(military, date(2020, 11, 1)).header("During the war")
    assert date_line == "Figures as announced by 1 November 2020"
    # By then: Azerbaijan's claim of 28 October, the first Azerbaijani death confirmed on 23 October, and two
    # figures dated October 2020 (the Hadrut executions, the Failaq al-Sham fighters).
    assert lines[0].startswith(f"During the war · 4 of {len(military)} figures: each claimant's latest by this")
    undated = sum(not f.as_of for f in military)
    later = sum(bool(f.as_of) and f.as_of > "2020-11-01" for f in military)  # no figure is dated "2020-11"
    assert lines[1] == f"Not shown: {undated} with no as-of date, {later} announced later"
    assert "counts from that month's or year's last day" in lines[2]  # said because some dates are months


def test_every_day_between_two_announcements_shows_the_same_figures(content: ContentDatabase) -> None:
    claims = of_view(content, "claims")
    kept = Announcements(claims)
    day = date(2020, 9, 20)
    while day < date(2021, 1, 31):
        announced = kept.as_of(day)
        assert announced.day == day and announced.figures == announced_by(claims, day).figures
        following = day + timedelta(days=1)
        if kept.epoch(following) == kept.epoch(day):
            assert kept.as_of(following).figures == announced.figures
        else:
            assert following in kept.days  # the figures change only on a day some figure became known
        day = following


def test_the_azerbaijani_military_toll_over_time(content: ContentDatabase) -> None:
    toll = toll_series(of_view(content, "military"), "military", "killed", "azerbaijan")
    assert toll is not None and toll.title == "Killed · Azerbaijan"
    assert [name for _id, name in toll.claimants] == ["President of Azerbaijan (Ilham Aliyev)",
                                                      "Government of Azerbaijan"]  # first announced first
    points = {s.claimant_id: [(p.day, p.value) for p in s.points] for s in toll.series}
    assert points == {"az-president": [(date(2020, 10, 23), 1)], "az-government": [(date(2021, 1, 11), 2853)]}
    first_death = toll.series[0].points[0].text
    assert first_death.startswith("President of Azerbaijan (Ilham Aliyev): 1 · as of 23 October 2020")
    assert "First Azerbaijani military death officially confirmed" in first_death
    start, end = toll.span(date(2020, 11, 1))
    assert start < date(2020, 10, 23) and end > date(2021, 1, 11)


def test_a_step_holds_each_figure_until_the_next() -> None:
    figures = [figure("first", "2020-10-01", 10), figure("second", "2020-10-05", 20)]
    toll = toll_series(figures, "military", "killed", "azerbaijan")
    (series,) = toll.series
    assert series.steps(date(2020, 10, 9)) == [(date(2020, 10, 1), 10), (date(2020, 10, 5), 10),
                                               (date(2020, 10, 5), 20), (date(2020, 10, 9), 20)]
    assert series.steps(date(2020, 9, 1))[-1] == (date(2020, 10, 5), 20)  # never ends before its last figure


@pytest.mark.parametrize(("view", "key", "side"), [("military", "killed", "russia"), ("military", "wounded", "iran")])
def test_a_toll_with_fewer_than_two_dated_figures_has_no_series(content: ContentDatabase, view: str, key: str,
                                                                side: str) -> None:
    assert toll_series(of_view(content, view), view, key, side) is None
    assert no_series_text(key, side, view).startswith(f"No series for {key.capitalize()} · ")


def test_the_first_toll_drawn_over_time_is_the_first_in_the_charts_order(content: ContentDatabase) -> None:
    assert first_toll_with_series(of_view(content, "military"), "military") == ("killed", "armenia-artsakh")
    assert first_toll_with_series(of_view(content, "claims"), "claims") == ("tanks", "azerbaijan")
    assert first_toll_with_series([figure("alone", "2020-10-01", 1)], "military") is None
