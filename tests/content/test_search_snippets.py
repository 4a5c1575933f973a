"""Snippets are built only for the results the list shows at once (`snippets`); the others come without one,
and `snippet(result, text)` builds theirs later, as the row scrolls into view: exactly the snippet the search
would have built, with the same marks."""

from __future__ import annotations

from dataclasses import replace

import pytest

from desktop_app.content import ContentDatabase, SearchResult, Snippet
from desktop_app.content import search as search_module
from desktop_app.content.textfold import fold


def without_snippets(results: list[SearchResult]) -> list[SearchResult]:
    return [replace(result, snippet=None) for result in results]


@pytest.mark.parametrize("shown", [0, 1, 5, 12])
def test_results_past_the_snippets_asked_for_have_none(content: ContentDatabase, shown: int) -> None:
    every = content.search("ceasefire", limit=60)
    assert len(every) > 12
    results = content.search("ceasefire", limit=60, snippets=shown)
    assert all(isinstance(result.snippet, Snippet) for result in results[:shown])
    assert all(result.snippet is None for result in results[shown:])
    assert results[:shown] == every[:shown]
    assert without_snippets(results) == without_snippets(every)  # the same results, in the same order


def test_by_default_every_result_has_its_snippet(content: ContentDatabase) -> None:
    results = content.search("war", limit=60)
    assert len(results) == 60
    assert all(isinstance(result.snippet, Snippet) for result in results)


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        ("drone strikes", None),  # two words, the second as a prefix
        ("ceasefi", ["event"]),  # a word still being typed
        ("shusha", None),  # found by name: places whose text may not hold it
        ("g", None),  # one letter: titles starting with it
        ("t 72", None),  # a one-letter word
        ("Gəncə", ["place", "topic"]),  # a name in letters plain typing cannot give
        ("stepanakrt", None),  # close matches, marked where they hold the name meant
        ("sussa", None),
    ],
)
def test_a_snippet_built_later_is_the_one_the_search_would_have_built(
    content: ContentDatabase, text: str, kinds: list[str] | None
) -> None:
    every = content.search(text, kinds=kinds, limit=60)
    later = content.search(text, kinds=kinds, limit=60, snippets=1)
    assert len(every) > 1
    for eager, lazy in zip(every[1:], later[1:], strict=True):
        assert lazy.snippet is None
        built = content.snippet(lazy, text)
        assert (built.text, built.marks) == (eager.snippet.text, eager.snippet.marks), eager.title.text


def test_a_close_match_built_later_marks_the_name_it_was_found_by(content: ContentDatabase) -> None:
    results = content.search("stepanakrt", limit=60, snippets=0)
    assert results and all(result.approximate for result in results)
    snippet = content.snippet(results[0], "stepanakrt")
    assert snippet.marks
    assert all(fold(snippet.text[start:end]) == "stepanakert" for start, end in snippet.marks)


def test_snippets_built_later_when_too_many_names_match_to_rank(content: ContentDatabase, monkeypatch) -> None:
    monkeypatch.setattr(search_module, "RANK_AT_MOST", 2)  # "sh" lists the titles starting with it
    every = content.search("sh", limit=60)
    later = content.search("sh", limit=60, snippets=2)
    assert len(every) > 2
    assert [content.snippet(result, "sh") for result in later[2:]] == [result.snippet for result in every[2:]]


def test_a_result_from_another_database_has_no_snippet_here(content: ContentDatabase) -> None:
    stranger = replace(content.search("ganja", limit=1)[0], ref="no-such-place")
    with pytest.raises(LookupError):
        content.snippet(stranger, "ganja")
