"""Search behaviour on the real bundled database, as a user typing into the search field sees it."""

from __future__ import annotations

import pytest

from desktop_app.content import ContentDatabase


def top_entry_ids(content: ContentDatabase, text: str, n: int = 5) -> list[str]:
    return [r.entry_id for r in content.search(text, limit=n)]


@pytest.mark.parametrize("typed", ["s", "sh", "shu", "shus", "shush", "shusha"])
def test_shusha_is_found_while_typing(content: ContentDatabase, typed: str) -> None:
    results = content.search(typed, kinds=["place"], limit=20)
    if len(typed) == 1:
        assert "shusha" in [r.entry_id for r in results]
    else:
        assert results[0].entry_id == "shusha"


@pytest.mark.parametrize(
    ("typed", "entry_id"),
    [
        ("Shushi", "shusha"),
        ("Khankendi", "stepanakert"),
        ("Xankəndi", "stepanakert"),
        ("xankendi", "stepanakert"),
        ("Karvachar", "kalbajar"),
        ("Berdzor", "lachin"),
        ("Akna", "agdam"),
        ("Terter", "tartar"),
        ("Fizuli", "fuzuli"),
        ("fuzuli", "fuzuli"),
        ("Jrakan", "jabrayil"),
        ("Kashunik", "qubadli"),
        ("Kovsakan", "zangilan"),
        ("gence", "ganja"),
        ("Gandzak", "ganja"),
        ("naxcivan", "nakhchivan"),
        ("Շուշի", "shusha"),
    ],
)
def test_a_place_is_found_by_any_of_its_names(content: ContentDatabase, typed: str, entry_id: str) -> None:
    assert top_entry_ids(content, typed, n=3)[0] == entry_id


def test_diacritics_in_content_do_not_matter(content: ContentDatabase) -> None:
    # The Azerbaijani spellings carry letters (ə, ı, ç, ş, ğ) that plain typing cannot.
    assert content.search("Gəncə")[0].entry_id == content.search("gence")[0].entry_id == "ganja"
    assert content.search("NAXÇIVAN")[0].entry_id == "nakhchivan"


def test_results_have_marked_snippets(content: ContentDatabase) -> None:
    result = content.search("drone", limit=5)[0]
    marked = result.snippet.marked("<b>", "</b>") + result.title.marked("<b>", "</b>")
    assert "<b>" in marked
    for start, end in result.snippet.marks:
        assert result.snippet.text[start:end].lower().startswith("drone")


def test_snippet_marks_the_whole_word_of_a_prefix(content: ContentDatabase) -> None:
    result = content.search("ceasefi", kinds=["event"], limit=1)[0]
    marked_words = [result.title.text[s:e] for s, e in result.title.marks]
    marked_words += [result.snippet.text[s:e] for s, e in result.snippet.marks]
    assert any(word.lower().startswith("ceasefire") for word in marked_words)


def test_people_are_found(content: ContentDatabase) -> None:
    results = content.search("pashinyan", limit=5)
    assert results[0].entry_id == "nikol-pashinyan"
    assert results[0].group == "person"
    assert content.search("aliyev", kinds=["person"], limit=1)[0].entry_id == "ilham-aliyev"


def test_events_and_topics_are_found(content: ContentDatabase) -> None:
    groups = {r.group for r in content.search("ceasefire", limit=50)}
    assert {"event", "topic"} <= groups


def test_kinds_limit_the_groups(content: ContentDatabase) -> None:
    results = content.search("shusha", kinds=["event"], limit=50)
    assert results and {r.group for r in results} == {"event"}
    assert content.search("shusha", kinds=[]) == []


def test_limit_is_respected(content: ContentDatabase) -> None:
    assert len(content.search("war", limit=3)) == 3


@pytest.mark.parametrize("query", ["", "   ", "\t\n", '""', "()", "*", "-", ":", "^", "+-*/", "\x00"])
def test_empty_or_punctuation_only_queries_return_nothing(content: ContentDatabase, query: str) -> None:
    assert content.search(query) == []


@pytest.mark.parametrize(
    "query",
    [
        '"ganja', 'ganja"', "(ganja", "ganja)", "ganja*", "*ganja", "-ganja", "ganja^", "{ganja}", "[ganja]",
        "ganja\x00", "'ganja'", "ganja:", ":ganja", "ganja;", "+ganja", "GANJA", " ganja ",
    ],
)
def test_syntax_characters_around_a_word_are_ignored(content: ContentDatabase, query: str) -> None:
    assert content.search(query, limit=1)[0].entry_id == "ganja"


@pytest.mark.parametrize(
    "query",
    [
        '"unterminated phrase', "ganja AND", "AND ganja", "ganja OR", "NOT ganja", "ganja NEAR stepanakert",
        "title:ganja", "ganja -shusha", "ganja^2", "gan'ja", "ganja;DROP TABLE entries", "NEAR(ganja shusha, 2)",
        "a" * 5000, "ganja " * 100, "🙂", "\u202eganja",
    ],
)
def test_odd_syntax_never_raises_and_matches_all_words(content: ContentDatabase, query: str) -> None:
    from desktop_app.content.search import query_terms

    results = content.search(query, limit=10)
    terms = query_terms(query)
    # Every result contains every word typed (as a word prefix): operators are just words here.
    for result in results:
        text = " ".join([result.title.text, result.snippet.text]).lower()
        row = content._conn.execute(
            "SELECT title_folded || ' ' || names_folded || ' ' || body FROM search_docs"
            " WHERE source_table = ? AND ref = ?", [result.source_table, result.ref]
        ).fetchone()[0].lower()
        assert all(term in row or term in text for term in terms)


@pytest.mark.parametrize("query", ["AND", "and", "OR NOT", "NEAR", "war AND", "NOT NOT"])
def test_operator_words_are_plain_words(content: ContentDatabase, query: str) -> None:
    # FTS5 would read these as operators (or fail on them); here they are words the text contains.
    results = content.search(query, limit=5)
    assert results, f"{query!r} should match text containing those words"


def test_one_letter_query_lists_titles_starting_with_it(content: ContentDatabase) -> None:
    results = content.search("g", limit=200)
    assert results
    assert all(r.title.text.lower().startswith("g") or r.title.text.lower()[0] in "gğ" for r in results)
    assert "ganja" in [r.entry_id for r in results]
