"""The full-text index over the user's own notes, with the same rules as the content search.

Indexed text and queries are both folded by desktop_app.content.textfold.fold (case, diacritics, ə,
ı), so "gence" finds a note about Gəncə. Whatever the user types becomes quoted word tokens, so quotes,
AND/OR/NOT, `*`, `-` and `:` can never form FTS5 syntax; each word is matched as a prefix. From schema
version 3 the index keeps prefix indexes of one, two and three letters, so a short prefix reads one list
instead of every word that starts with it; each note also records the first letter of its text
(`notes.initial`), which answers a one-letter search the way the content search does (see store.search).
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Iterable

from desktop_app.content.search import excerpt, query_terms
from desktop_app.content.textfold import fold


def put(conn: sqlite3.Connection, note_id: int, body: str, quote: str, tags: Iterable[str]) -> None:
    conn.execute("DELETE FROM notes_fts WHERE rowid = ?", (note_id,))
    conn.execute(
        "INSERT INTO notes_fts (rowid, body, quote, tags) VALUES (?, ?, ?, ?)",
        (note_id, fold(body), fold(quote), fold(" ".join(tags))),
    )


def initial(body: str, quote: str, tags: Iterable[str]) -> str:
    """The first letter (folded) of a note's text: of its body, else of its quoted passage, else of its
    tags, as the search results show them; "" when there is no word at all."""
    for text in (body, quote, " ".join(tags)):
        terms = query_terms(text[:200]) or query_terms(text)  # no need to fold all of a long note
        if terms:
            return terms[0][0]
    return ""


def remove(conn: sqlite3.Connection, note_id: int) -> None:
    conn.execute("DELETE FROM notes_fts WHERE rowid = ?", (note_id,))


def match_expression(text: str) -> str | None:
    """The FTS5 query for what the user typed, or None when it holds no words."""
    terms = query_terms(text)
    if not terms:
        return None
    return " ".join(f'"{term}"*' for term in terms)


def word_pattern(text: str) -> re.Pattern[str] | None:
    """Words (in folded text) starting with any typed term; longest first so a match takes the word."""
    terms = sorted(set(query_terms(text)), key=len, reverse=True)
    if not terms:
        return None
    return re.compile(rf"\b(?:{'|'.join(re.escape(t) for t in terms)})\w*")


def snippet(text: str, pattern: re.Pattern[str]) -> tuple[str, tuple[tuple[int, int], ...]]:
    """A short excerpt of `text` around its first match, and the matched spans inside the excerpt.

    fold keeps every position, so spans found in the folded text apply to the original.
    """
    shown = excerpt(text, [m.span() for m in pattern.finditer(fold(text))])
    return shown.text, shown.marks
