"""The figure queries a chart uses instead of reading every figure: counts by kind, period and claimant; the
largest figures of each category (or item) and side; a claimant's other figures; entry titles."""

from __future__ import annotations

from collections import Counter

import pytest

from desktop_app.content import ContentDatabase, Figure
from desktop_app.content.database import FigureKind, kind_of

KINDS = {
    "oryx": FigureKind(categories=("equipment",), claimants=("oryx",)),
    "equipment": FigureKind(categories=("equipment",)),  # what Oryx leaves
    "military": FigureKind(categories=("killed", "missing", "wounded", "captured"), groups=("military", "fighters")),
    "rest": FigureKind(),
}


def kind_of_by_hand(figure: Figure) -> str:
    if figure.category == "equipment":
        return "oryx" if figure.claimant_id == "oryx" else "equipment"
    if figure.group in ("military", "fighters") and figure.category in ("killed", "missing", "wounded", "captured"):
        return "military"
    return "rest"


def size(figure: Figure) -> float:
    if figure.value is not None:
        return figure.value
    return figure.high if figure.high is not None else (figure.low or 0.0)


def largest_first(figure: Figure) -> tuple:
    return -size(figure), figure.claimant_name, figure.as_of or "", figure.id


@pytest.mark.parametrize("kind", [
    FigureKind(),
    FigureKind(categories=("equipment",), claimants=("oryx",)),
    FigureKind(groups=("civilian", "journalists")),  # figures with no group are of no group listed
    FigureKind(categories=("killed",), not_claimants=("az-government", "am-government")),
])
def test_a_kind_chooses_the_same_figures_in_python_as_in_sql(content: ContentDatabase, kind: FigureKind) -> None:
    by_sql = {f.id for f in content.ranked_figures({"kind": kind, "rest": FigureKind()}, "kind")}
    assert by_sql == {f.id for f in content.figures() if kind.matches(f)}
    if kind != FigureKind():  # a real choice: some figures, not all
        assert 0 < len(by_sql) < len(content.figures())


def test_a_figure_is_of_the_first_kind_it_matches(content: ContentDatabase) -> None:
    assert [kind_of(f, KINDS) for f in content.figures()] == [kind_of_by_hand(f) for f in content.figures()]
    assert kind_of(content.figure("am-mil-killed-am-gov"), {"oryx": KINDS["oryx"]}) is None


def test_counts_by_kind_period_and_claimant_add_up_to_every_figure(content: ContentDatabase) -> None:
    figures = content.figures()
    counts = content.figure_counts(KINDS)
    assert counts == dict(Counter((kind_of_by_hand(f), f.scope, f.claimant_id) for f in figures))
    assert sum(counts.values()) == len(figures)
    assert counts[("oryx", "war", "oryx")] == sum(f.claimant_id == "oryx" and f.category == "equipment"
                                                 for f in figures)


def test_without_a_limit_every_figure_of_a_kind_and_period_comes_in_the_usual_order(content: ContentDatabase) -> None:
    figures = content.figures()
    for kind in KINDS:
        assert content.ranked_figures(KINDS, kind) == [f for f in figures if kind_of_by_hand(f) == kind]
        war = content.ranked_figures(KINDS, kind, scope="war")
        assert war == [f for f in figures if kind_of_by_hand(f) == kind and f.scope == "war"]
    assert content.ranked_figures(KINDS, "military", scope="first-war") == []


@pytest.mark.parametrize("limit", [1, 2, 4])
@pytest.mark.parametrize(("kind", "per"), [("military", "category"), ("rest", "category"), ("equipment", "item")])
def test_a_limit_gives_the_largest_figures_of_each_part_and_side(content: ContentDatabase, kind: str, per: str,
                                                                 limit: int) -> None:
    every = [f for f in content.figures() if kind_of_by_hand(f) == kind]
    parts: dict[tuple, list[Figure]] = {}
    for figure in every:
        parts.setdefault(((figure.item or "") if per == "item" else figure.category, figure.side), []).append(figure)
    assert max(len(p) for p in parts.values()) > limit  # the bundled content has more than the limit somewhere
    wanted = {f.id for p in parts.values() for f in sorted(p, key=largest_first)[:limit]}
    chosen = content.ranked_figures(KINDS, kind, per=per, limit=limit)
    assert [f.id for f in chosen] == [f.id for f in every if f.id in wanted]  # the usual order, not by size


def test_the_first_figure_of_each_status_kept_is_always_given(content: ContentDatabase) -> None:
    every = [f for f in content.figures() if kind_of_by_hand(f) == "oryx"]
    chosen = {f.id for f in content.ranked_figures(KINDS, "oryx", per="item", limit=1, keep_first=("total",))}
    firsts: dict[tuple, Figure] = {}
    for figure in every:  # figures() order: the first of each item, side and status
        firsts.setdefault((figure.item or "", figure.side, figure.status), figure)
    totals = {f.id for key, f in firsts.items() if key[2] == "total"}
    assert totals and totals <= chosen
    largest = {min((f for f in every if (f.item or "", f.side) == part and f.id not in totals), key=largest_first).id
               for part in {(f.item or "", f.side) for f in every if f.id not in totals}}
    assert chosen == totals | largest


def test_an_unknown_part_is_refused(content: ContentDatabase) -> None:
    with pytest.raises(ValueError):
        content.ranked_figures(KINDS, "military", per="claimant", limit=3)


def test_a_claimants_other_figures_of_the_same_thing(content: ContentDatabase) -> None:
    figure = content.figure("az-mil-killed-az-gov-2021-01")
    assert figure is not None
    others, count = content.figure_series(figure, 12)
    same = [f for f in content.figures() if f.id != figure.id and
            (f.claimant_id, f.side, f.category, f.group, f.item) ==
            (figure.claimant_id, figure.side, figure.category, figure.group, figure.item)]
    assert others == same and count == len(same) >= 1
    assert all(f.id != figure.id for f in others)
    first, count = content.figure_series(figure, 1)
    assert first == same[:1] and count == len(same)


def test_entry_titles_of_the_entries_asked_for(content: ContentDatabase) -> None:
    titles = content.entry_titles(["prisoners-of-war", "armenian-military-casualties", "no-such-entry"])
    assert titles == {"prisoners-of-war": content.entry("prisoners-of-war").title,
                      "armenian-military-casualties": "Armenian and Artsakh military casualties"}
    assert content.entry_titles([]) == {}
