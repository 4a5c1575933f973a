"""Search forgives typing mistakes in names: when nothing matches what was typed, the names a letter or two
away are offered as close matches, each saying by which name form it was found."""

from __future__ import annotations

import pytest

from desktop_app.content import ContentDatabase, SearchResult
from desktop_app.content.search import search


def first(content: ContentDatabase, text: str, **options) -> SearchResult:
    results = content.search(text, limit=60, **options)
    assert results, f"nothing found for {text!r}"
    return results[0]


@pytest.mark.parametrize(
    ("typed", "entry_id", "suggestion"),
    [
        ("stepanakrt", "stepanakert", "Stepanakert"),  # a letter left out
        ("stpeanakert", "stepanakert", "Stepanakert"),  # two neighbours swapped
        ("stepanakret", "stepanakert", "Stepanakert"),
        ("stepnakrt", "stepanakert", "Stepanakert"),  # two mistakes in a long name
        ("khankendy", "stepanakert", "Khankendi"),  # another of its names, mistyped
        ("shusa", "shusha", "Shusha"),
        ("shushu", "shusha", "Shusha"),  # a letter replaced
        ("sussa", "shusha", "Şuşa"),  # close to the Azerbaijani form only, typed without its letters
        ("ganca", "ganja", "Ganja"),
        ("genca", "ganja", "Gəncə"),
        ("gyandja", "ganja", "Ganja"),  # as near to "Gyandzha": the title is named first
        ("aliyv", "ilham-aliyev", "Ilham Aliyev"),
        ("alijev", "ilham-aliyev", "Ilham Aliyev"),
        ("pashinain", "nikol-pashinyan", "Nikol Pashinian"),
        ("karvachr", "kalbajar", "Karvachar"),
    ],
)
def test_a_mistyped_name_finds_what_was_meant_first(content: ContentDatabase, typed: str, entry_id: str,
                                                     suggestion: str) -> None:
    result = first(content, typed)
    assert result.entry_id == entry_id
    assert result.approximate
    assert result.suggestion == suggestion


@pytest.mark.parametrize(("typed", "entry_id"), [("aliev", "ilham-aliyev"), ("ilham aliev", "ilham-aliyev"),
                                                 ("gence", "ganja"), ("Gəncə", "ganja")])
def test_a_name_form_spelt_as_the_content_has_it_is_an_exact_match(content: ContentDatabase, typed: str,
                                                                    entry_id: str) -> None:
    # "Aliev" and "Gence" are name forms of their own: found as typed, nothing guessed.
    results = content.search(typed, limit=60)
    assert results[0].entry_id == entry_id
    assert not any(r.approximate for r in results)


@pytest.mark.parametrize(
    ("typed", "ref", "suggestion"),
    [
        ("ilham alieyv", "ilham-aliyev", "Ilham Aliyev"),  # only the mistyped word is guessed at
        ("ilhm aliyev", "ilham-aliyev", "Ilham Aliyev"),
        ("lachin corridr", "lachin-corridor", "Lachin corridor"),
        ("shelling of stepanakrt", "strikes-on-stepanakert", "Shelling of Stepanakert"),
        ("ganja airprt", "ganja-airport", "Ganja International Airport"),  # a place, not an entry
    ],
)
def test_each_word_of_several_is_matched_against_name_words(content: ContentDatabase, typed: str, ref: str,
                                                            suggestion: str) -> None:
    result = first(content, typed)
    assert (result.ref, result.suggestion, result.approximate) == (ref, suggestion, True)


def test_every_word_typed_must_still_be_in_the_name(content: ContentDatabase) -> None:
    # The correctly spelt word narrows the close matches as it would narrow exact ones.
    assert {r.entry_id for r in content.search("ilham alieyv", limit=60)} == {"ilham-aliyev"}
    assert [r.title.text for r in content.search("pashinyan alieyv", limit=60)] == [
        "Celebrations in Baku; Aliyev mocks Pashinyan", "Aliyev, Pashinyan and Putin sign ceasefire agreement"]
    assert content.search("oryx alieyv", limit=60) == []


def test_typing_a_mistyped_name_letter_by_letter_keeps_finding_it(content: ContentDatabase) -> None:
    typed = "stepanakrt"
    for end in range(len("stepanak"), len(typed) + 1):
        assert first(content, typed[:end]).entry_id == "stepanakert", typed[:end]


def test_close_matches_mark_the_name_that_was_meant(content: ContentDatabase) -> None:
    result = first(content, "stepanakrt")
    assert result.title.marked() == "[Stepanakert]"


@pytest.mark.parametrize(
    "query",
    ["shusha", "shushi", "Xankəndi", "stepanakert", "gence", "lachin corridor", "aliyev", "pashinyan", "oryx",
     "ceasefire agreement", "bayraktar tb2", "t-72", "karvachar", "displaced civilians"],
)
def test_a_correct_query_gets_no_close_matches(content: ContentDatabase, query: str) -> None:
    for end in range(1, len(query) + 1):  # nor does any keystroke on the way
        results = content.search(query[:end], limit=60)
        assert not any(r.approximate for r in results), query[:end]


@pytest.mark.parametrize("word", ["while", "among", "genocide", "would", "missing"])
def test_a_real_word_of_the_text_is_not_taken_for_a_mistyped_name(content: ContentDatabase, word: str) -> None:
    # Each is in the articles but begins no name; "while" must not turn into "White phosphorus".
    results = content.search(word, limit=60)
    assert results
    assert not any(r.approximate for r in results)


@pytest.mark.parametrize(
    "query",
    ["zzzzzz", '"', "a", "OR NOT", "xq", "qqqxxyyzz", "shu sa", "stpnkrt", "shxxa", "hostage", "2021",
     '"shusa', "shusa*", "(shusa)", "a" * 5000, "shusa " * 50, "🙂"],
)
def test_short_nonsense_and_odd_queries_get_no_silly_guesses(content: ContentDatabase, query: str) -> None:
    results = content.search(query, limit=60)
    guessed = [r for r in results if r.approximate]
    if query.strip('"*() ').startswith("shusa"):
        # The punctuation is ignored and the word is a plain mistake for Shusha.
        assert guessed and guessed[0].entry_id == "shusha"
    else:
        # Too short to guess from ("xq", "shu sa"), too far from any name ("stpnkrt", "shxxa": more mistakes
        # than the word's length allows), another first letter in a short word ("hostage" is not "footage"),
        # a number, or nothing like a name at all.
        assert guessed == []


def test_close_matches_keep_to_the_kinds_asked_for(content: ContentDatabase) -> None:
    places = content.search("shusa", kinds=["place"], limit=60)
    assert places and {r.group for r in places} == {"place"}
    assert all(r.approximate for r in places)
    assert content.search("shusa", kinds=["weapon"], limit=60) == []


def test_close_matches_keep_to_the_limit(content: ContentDatabase) -> None:
    assert len(content.search("shusa", limit=60)) > 2
    two = content.search("shusa", limit=2)
    assert [r.entry_id for r in two] == [r.entry_id for r in content.search("shusa", limit=60)[:2]]
    assert content.search("shusa", limit=0) == []


def test_search_without_a_kept_vocabulary_still_forgives_mistakes(content: ContentDatabase) -> None:
    # The module function, called with a bare connection, reads the names itself.
    results = search(content._conn, "stepanakrt", limit=5)
    assert results[0].entry_id == "stepanakert" and results[0].approximate
