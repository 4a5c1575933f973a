"""Each kind of bad input stops the build with `file:line: message` and writes nothing."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop_app.builder import BuildFailed, build_database
from desktop_app.builder.__main__ import main as build_main
from tests.builder.sample_content import write_sample_content


@pytest.fixture
def sample(tmp_path: Path) -> Path:
    return write_sample_content(tmp_path)


def replace_in(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, f"{old!r} not in {path.name}"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def problems_of(content: Path, tmp_path: Path) -> list[str]:
    target = tmp_path / "out.sqlite"
    with pytest.raises(BuildFailed) as failure:
        build_database(content, target)
    assert not target.exists(), "a failed build must not write the database"
    return [str(p) for p in failure.value.problems]


def test_sample_content_builds(sample: Path, tmp_path: Path) -> None:
    target = tmp_path / "out.sqlite"
    build_database(sample, target)
    from desktop_app.content import ContentDatabase

    with ContentDatabase(target) as db:
        assert db.entry("alpha").title == "Alpha Town"
        assert "[the Beta river](entry:beta)" in db.entry("alpha").body
        assert "[Alpha Town](entry:alpha)" in db.entry("beta").body


def test_link_to_unknown_entry(sample: Path, tmp_path: Path) -> None:
    replace_in(sample / "entries" / "alpha.md", "It has a second line.", "See [[gamma]].")
    assert problems_of(sample, tmp_path) == ["content/entries/alpha.md:12: link to unknown entry 'gamma'"]


def test_related_to_unknown_entry(sample: Path, tmp_path: Path) -> None:
    replace_in(sample / "entries" / "alpha.md", "related: [beta]", "related: [beta, delta]")
    assert problems_of(sample, tmp_path) == ["content/entries/alpha.md:7: related: 'delta' is not a known entry id"]


def test_event_without_source(sample: Path, tmp_path: Path) -> None:
    replace_in(sample / "events.csv", "alpha,alpha,ref,A summary.", "alpha,alpha,,A summary.")
    assert problems_of(sample, tmp_path) == [
        "content/events.csv:2: source is empty: every row needs source id"
    ]


def test_figure_without_claimant(sample: Path, tmp_path: Path) -> None:
    replace_in(sample / "figures.csv", "exact,ref,2021-01-11", "exact,,2021-01-11")
    assert problems_of(sample, tmp_path) == [
        "content/figures.csv:2: claimant is empty: every row needs source id"
    ]


def test_duplicate_entry_id(sample: Path, tmp_path: Path) -> None:
    text = (sample / "entries" / "alpha.md").read_text(encoding="utf-8")
    (sample / "entries" / "alpha-copy.md").write_text(text, encoding="utf-8")
    problems = problems_of(sample, tmp_path)
    assert "content/entries/alpha-copy.md:2: id 'alpha' differs from file name" in problems
    assert any("duplicate entry id 'alpha'" in p for p in problems)


def test_duplicate_event_id(sample: Path, tmp_path: Path) -> None:
    replace_in(sample / "events.csv", "e2,2020-10", "e1,2020-10")
    assert problems_of(sample, tmp_path) == [
        "content/events.csv:3: duplicate event id 'e1' (first at content/events.csv:2)"
    ]


def test_place_without_coordinates(sample: Path, tmp_path: Path) -> None:
    replace_in(sample / "places.csv", "39.8,46.7", ",")
    assert problems_of(sample, tmp_path) == [
        "content/places.csv:2: place 'alpha' has no coordinates (lat and lon are required)"
    ]


def test_date_that_does_not_parse(sample: Path, tmp_path: Path) -> None:
    replace_in(sample / "events.csv", "e1,2020-10-09", "e1,9 October 2020")
    assert problems_of(sample, tmp_path) == [
        "content/events.csv:2: date: date '9 October 2020' is not YYYY, YYYY-MM or YYYY-MM-DD"
    ]


def test_date_that_does_not_exist(sample: Path, tmp_path: Path) -> None:
    replace_in(sample / "entries" / "beta.md", "date: 2020-10", "date: 2020-02-30")
    problems = problems_of(sample, tmp_path)
    assert len(problems) == 1
    assert problems[0].startswith("content/entries/beta.md:9: date: date '2020-02-30' does not exist")


def test_value_that_is_not_a_number(sample: Path, tmp_path: Path) -> None:
    replace_in(sample / "figures.csv", ",2906,", ",2 906,")
    assert problems_of(sample, tmp_path) == ["content/figures.csv:2: value '2 906' is not a number"]


def test_range_needs_both_ends(sample: Path, tmp_path: Path) -> None:
    replace_in(sample / "figures.csv", ",300000,500000,", ",300000,,")
    assert problems_of(sample, tmp_path) == ["content/figures.csv:3: figure needs a value, or low and high"]


def test_unknown_lane_and_place(sample: Path, tmp_path: Path) -> None:
    replace_in(sample / "events.csv", "military,Something happened,alpha", "battle,Something happened,omega")
    assert problems_of(sample, tmp_path) == [
        "content/events.csv:2: lane 'battle' is not one of: military, civilian-harm, diplomacy, politics, information",
        "content/events.csv:2: place 'omega' is not a known place id",
    ]


def test_front_matter_not_closed(sample: Path, tmp_path: Path) -> None:
    path = sample / "entries" / "beta.md"
    path.write_text(path.read_text(encoding="utf-8").replace("---\nThe river", "The river"), encoding="utf-8")
    problems = problems_of(sample, tmp_path)
    assert "content/entries/beta.md:1: front matter is not closed by a '---' line" in problems


def test_csv_row_with_wrong_field_count(sample: Path, tmp_path: Path) -> None:
    replace_in(sample / "control.csv", "alpha,2020-10-09,azerbaijan,captured,ref,announced",
               "alpha,2020-10-09,azerbaijan,captured,ref")
    assert problems_of(sample, tmp_path) == ["content/control.csv:3: row has 5 fields, expected 6"]


def test_all_problems_are_reported_together(sample: Path, tmp_path: Path) -> None:
    replace_in(sample / "figures.csv", ",2906,", ",many,")
    replace_in(sample / "places.csv", "39.8,46.7", ",")
    assert len(problems_of(sample, tmp_path)) == 2


def test_failed_build_keeps_existing_database(sample: Path, tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    target = tmp_path / "keep.sqlite"
    assert build_main(["--content", str(sample), "--output", str(target)]) == 0
    before = target.read_bytes()
    replace_in(sample / "figures.csv", ",2906,", ",lots,")
    assert build_main(["--content", str(sample), "--output", str(target)]) == 1
    err = capsys.readouterr().err
    assert "content/figures.csv:2: value 'lots' is not a number" in err
    assert "was not changed" in err
    assert target.read_bytes() == before
