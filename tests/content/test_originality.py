"""Entries are written in our own words: no run of twelve words is taken over from the article.

Quotations of named people, in quotation marks, are allowed and ignored here.
"""

from __future__ import annotations

import csv
import re

import pytest

from tests.conftest import CONTENT

ARTICLE = CONTENT.parent / "source-article" / "second-nagorno-karabakh-war.txt"
RUN = 12
_QUOTED = re.compile(r'"[^"\n]*"|“[^”]*”')


def words(text: str) -> list[str]:
    return re.findall(r"[\w'’-]+", _QUOTED.sub(" ", text).lower())


@pytest.fixture(scope="module")
def article_runs() -> set[tuple[str, ...]]:
    tokens = re.findall(r"[\w'’-]+", ARTICLE.read_text(encoding="utf-8").lower())
    return {tuple(tokens[i:i + RUN]) for i in range(len(tokens) - RUN + 1)}


def shared_runs(text: str, runs: set[tuple[str, ...]]) -> list[str]:
    tokens = words(text)
    return [" ".join(tokens[i:i + RUN]) for i in range(len(tokens) - RUN + 1) if tuple(tokens[i:i + RUN]) in runs]


def texts() -> list[tuple[str, str]]:
    found = [(path.name, path.read_text(encoding="utf-8")) for path in sorted((CONTENT / "entries").glob("*.md"))]
    for name, columns in (("events.csv", ("title", "summary")), ("figures.csv", ("label", "note")),
                          ("control.csv", ("note",))):
        with (CONTENT / name).open(encoding="utf-8", newline="") as handle:
            for row in csv.DictReader(handle):
                found.append((f"{name}:{row.get('id') or row.get('area')}", " ".join(row[c] for c in columns)))
    return found


def test_the_checker_finds_copied_text(article_runs: set[tuple[str, ...]]) -> None:
    copied = ARTICLE.read_text(encoding="utf-8")[5000:5400]
    assert shared_runs(copied, article_runs)


def test_no_text_repeats_the_article(article_runs: set[tuple[str, ...]]) -> None:
    copied = {name: runs[0] for name, text in texts() if (runs := shared_runs(text, article_runs))}
    assert copied == {}, f"{len(copied)} texts repeat the article word for word: {copied}"
