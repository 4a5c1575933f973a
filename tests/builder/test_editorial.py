"""The editorial checks warn about what a careful reader would flag, with file and line, without stopping
the build."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop_app.builder import build_database, review
from desktop_app.builder.loader import read_sources
from tests.builder.sample_content import write_sample_content
from tests.builder.test_validation import replace_in

GAMMA = """---
id: gamma
title: Gamma Person
kind: person
summary: A person used in tests.
aliases: []
related: [alpha]
sources: [ref]
---
{body}
"""


@pytest.fixture
def sample(tmp_path: Path) -> Path:
    return write_sample_content(tmp_path)


def add_person(content: Path, body: str) -> Path:
    path = content / "entries" / "gamma.md"
    path.write_text(GAMMA.format(body=body), encoding="utf-8")
    beta = content / "entries" / "beta.md"
    if "[[gamma]]" not in beta.read_text(encoding="utf-8"):  # linked from another entry, as it should be
        replace_in(beta, "The river flows past [[alpha]].", "The river flows past [[alpha]]; [[gamma]] crossed it.")
    return path


def warnings_of(content: Path, article: str | None = None) -> list[str]:
    return [str(w) for w in review(read_sources(content), article)]


def test_the_sample_content_draws_no_warning(sample: Path) -> None:
    assert warnings_of(sample) == []


def test_an_entry_nothing_links_to(sample: Path) -> None:
    (sample / "entries" / "gamma.md").write_text(GAMMA.format(body="A person."), encoding="utf-8")
    [warning] = warnings_of(sample)
    assert "gamma.md:2:" in warning and warning.endswith("no other entry links to 'gamma'")


def test_a_place_named_before_its_link(sample: Path) -> None:
    add_person(sample, "Gamma was born in Alpha Town and later left [[alpha|the town]].")
    [warning] = warnings_of(sample)
    assert "gamma.md:10:" in warning and "'Alpha Town' is named before any link to [[alpha]]" in warning


def test_a_name_inside_another_link_is_not_a_mention(sample: Path) -> None:
    add_person(sample, "Gamma crossed [[beta|the river by Alpha Town]], then reached [[alpha]].")
    assert warnings_of(sample) == []


def test_a_name_in_a_heading_is_not_running_text(sample: Path) -> None:
    add_person(sample, "## Years in Alpha Town\n\nGamma lived in [[alpha|Alpha Town]] for years.")
    assert warnings_of(sample) == []
    add_person(sample, "## Years away\n\nGamma left Alpha Town, then came back to [[alpha]].")
    [warning] = warnings_of(sample)
    assert "'Alpha Town' is named before any link to [[alpha]]" in warning


def test_one_body_under_two_claimant_ids(sample: Path) -> None:
    sources = sample / "sources.csv"
    sources.write_text(sources.read_text(encoding="utf-8") + "ref2,  reference ,reference,independent,,Again\n",
                       encoding="utf-8")
    [warning] = warnings_of(sample)
    assert "sources.csv:3:" in warning and "'ref2' names the same body as 'ref'" in warning


def test_a_long_quotation_in_two_entries(sample: Path) -> None:
    quote = "“we will not stop until every one of our aims in this war has been reached in full”"
    add_person(sample, f"Gamma said {quote}, per [[alpha]].")
    replace_in(sample / "entries" / "alpha.md", "It has a second line.", f"A leader said {quote}.")
    [warning] = warnings_of(sample)
    assert "gamma.md:10:" in warning and "also stands in 'alpha'" in warning


def test_text_that_talks_about_the_article_instead_of_the_war(sample: Path) -> None:
    add_person(sample, "Gamma crossed [[alpha]].\nThe Wikipedia article does not say when.")
    replace_in(sample / "events.csv", "A summary.", "The source article dates it.")
    replace_in(sample / "entries" / "alpha.md", "summary: A town used in tests.", "summary: A town the article names.")
    warnings = warnings_of(sample)
    assert len(warnings) == 3
    assert any("gamma.md:11:" in w and "the text speaks of 'Wikipedia article'" in w for w in warnings)
    assert any("events.csv:2:" in w and "summary speaks of 'source article'" in w for w in warnings)
    assert any("alpha.md:5:" in w and "the summary speaks of 'the article'" in w for w in warnings)


def test_the_notice_that_an_entry_goes_beyond_the_article_is_allowed(sample: Path) -> None:
    add_person(sample, "*This entry goes beyond the source article.*\n\nGamma crossed [[alpha]] in 2023.")
    assert warnings_of(sample) == []


def test_a_person_written_in_the_present_perfect(sample: Path) -> None:
    add_person(sample, "Gamma has been the mayor of [[alpha]] since 2018.")
    [warning] = warnings_of(sample)
    assert "gamma.md:10:" in warning and "has been the mayor of [[alpha]] since" in warning
    add_person(sample, "Gamma was the mayor of [[alpha]] from 2018; in 2021 he still held the post.")
    assert warnings_of(sample) == []


def test_twelve_words_copied_from_the_article_but_not_a_quotation(sample: Path) -> None:
    article = "Long before the war the river was crossed by a bridge that carried the old road south."
    add_person(sample, "Near [[alpha]] the river was crossed by a bridge that carried the old road south to the"
                       " border.")
    [warning] = warnings_of(sample, article)
    assert "gamma.md:10:" in warning and "twelve words in a row as in the source article" in warning
    add_person(sample, "Near [[alpha]] a witness said: “the river was crossed by a bridge that carried the old road"
                       " south”.")
    assert warnings_of(sample, article) == []


def test_warnings_do_not_stop_the_build(sample: Path, tmp_path: Path) -> None:
    add_person(sample, "Gamma has been the mayor of Alpha Town since 2018.")
    target = tmp_path / "out.sqlite"
    warnings = build_database(sample, target)
    assert target.exists() and len(warnings) == 2  # the present perfect, and Alpha Town before its link
