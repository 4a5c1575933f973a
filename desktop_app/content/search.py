"""Offline search over entries, timeline events and places.

Whatever the user types is treated as plain words: it is folded (case, diacritics, ə, ı), split into
word tokens, and each token is quoted before it reaches FTS5, so quotes, brackets, AND/OR/NOT, `*`,
`-` and `:` can never form query syntax. The last letters typed are matched as a prefix.
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Iterable

from desktop_app.content.models import SearchResult, Snippet
from desktop_app.content.schema import NAME_SEPARATOR
from desktop_app.content.textfold import fold

_TOKEN = re.compile(r"[^\W_]+")
MAX_TERMS = 12
SNIPPET_LENGTH = 180
CANDIDATES = 200  # best BM25 matches that are re-ranked by how directly they answer the query


def query_terms(text: str) -> list[str]:
    """The folded word tokens of a query, as the index sees them."""
    return _TOKEN.findall(fold(text))[:MAX_TERMS]


def _match_expression(terms: list[str]) -> str:
    # One-letter terms have no prefix index; as an exact token they are cheap and still useful
    # ("t 72" finds T-72).
    return " ".join(f'"{t}"*' if len(t) > 1 else f'"{t}"' for t in terms)


def _word_pattern(terms: Iterable[str]) -> re.Pattern[str]:
    """Words starting with any of the terms; longest terms first so a match takes the whole word."""
    alternatives = "|".join(re.escape(t) for t in sorted(set(terms), key=len, reverse=True))
    return re.compile(rf"\b(?:{alternatives})\w*")


def _marks(folded: str, pattern: re.Pattern[str]) -> list[tuple[int, int]]:
    """Spans of the matching words in a folded text.

    Folding keeps every position, so the spans apply to the original text as well.
    """
    return [match.span() for match in pattern.finditer(folded)]


def excerpt(text: str, marks: list[tuple[int, int]]) -> Snippet:
    """A short excerpt of `text` around its first match, with the marks moved into it."""
    if len(text) <= SNIPPET_LENGTH:
        return Snippet(text, tuple(marks))
    first = marks[0][0] if marks else 0
    start = max(0, first - SNIPPET_LENGTH // 3)
    if start:
        space = text.find(" ", start)
        start = space + 1 if 0 <= space < first else start
    end = min(len(text), start + SNIPPET_LENGTH)
    if end < len(text):
        space = text.rfind(" ", start, end)
        end = space if space > first else end
    prefix = "…" if start else ""
    suffix = "…" if end < len(text) else ""
    shift = len(prefix) - start
    inside = tuple((s + shift, e + shift) for s, e in marks if s >= start and e <= end)
    return Snippet(prefix + text[start:end] + suffix, inside)


def _result(row: sqlite3.Row, body: str, body_folded: str, pattern: re.Pattern[str]) -> SearchResult:
    title = Snippet(row["title"], tuple(_marks(row["title_folded"], pattern)))
    body_marks = _marks(body_folded, pattern)
    if body_marks or not row["names"]:
        snippet = excerpt(body, body_marks)
    else:
        names_marks = _marks(row["names_folded"], pattern)
        snippet = excerpt(row["names"], names_marks) if names_marks else excerpt(body, [])
    return SearchResult(row["grp"], row["source_table"], row["ref"], row["entry_id"], title, snippet, row["rank"])


def _tier(row: sqlite3.Row, query: str, terms: list[str]) -> int:
    """How directly a document answers the query, 0 best.

    BM25 alone favours short texts that merely mention a word over the entry whose title or name
    it is. Event titles are sentences, not names, so they never rank as name matches.
    """
    names = [row["title_folded"], *(n for n in row["names_folded"].split(NAME_SEPARATOR) if n)]
    if row["source_table"] != "event":
        if query in names:
            return 0
        if any(name.startswith(query) for name in names):
            return 1
    words = set(_TOKEN.findall(" ".join(names)))
    if all(term in words for term in terms):
        return 2
    if all(any(word.startswith(term) for word in words) for term in terms):
        return 3
    return 4


def search(
    conn: sqlite3.Connection, text: str, kinds: Iterable[str] | None = None, limit: int = 50
) -> list[SearchResult]:
    """Ranked results for `text`; `kinds` limits the groups (topic, event, place, person, ...)."""
    terms = query_terms(text)
    if not terms or limit <= 0:
        return []
    groups = tuple(dict.fromkeys(kinds)) if kinds is not None else None
    if groups is not None and not groups:
        return []
    group_filter, group_args = "", []
    if groups is not None:
        group_filter = f" AND grp IN ({', '.join('?' for _ in groups)})"
        group_args = list(groups)
    if len(terms) == 1 and len(terms[0]) == 1:
        return _initial_letter(conn, terms[0], group_filter, group_args, limit)
    restrict = f" AND rowid IN (SELECT rowid FROM search_docs WHERE 1{group_filter})" if group_filter else ""
    # Rank on the short columns first; the long texts are read only for the results returned.
    rows = conn.execute(
        f"SELECT {_RANKING_COLUMNS}, hits.rank AS rank FROM ("
        f"  SELECT rowid, rank FROM search_index WHERE search_index MATCH ?{restrict}"
        "  ORDER BY rank LIMIT ?"
        ") AS hits JOIN search_docs AS d ON d.rowid = hits.rowid",
        [_match_expression(terms), *group_args, max(limit, CANDIDATES)],
    ).fetchall()
    query = " ".join(terms)
    ranked = sorted(
        rows,
        key=lambda r: (_tier(r, query, terms), r["source_table"] != "entry", r["rank"], r["title_folded"]),
    )[:limit]
    return _results(conn, ranked, terms)


_RANKING_COLUMNS = "d.rowid, d.grp, d.source_table, d.ref, d.entry_id, d.title, d.names, d.title_folded, d.names_folded"


def _results(conn: sqlite3.Connection, rows: list[sqlite3.Row], terms: list[str]) -> list[SearchResult]:
    if not rows:
        return []
    ids = [row["rowid"] for row in rows]
    bodies = {
        rowid: (body, folded)
        for rowid, body, folded in conn.execute(
            f"SELECT rowid, body, body_folded FROM search_docs WHERE rowid IN ({', '.join('?' for _ in ids)})", ids
        )
    }
    pattern = _word_pattern(terms)
    return [_result(row, *bodies[row["rowid"]], pattern) for row in rows]


def _initial_letter(
    conn: sqlite3.Connection, letter: str, group_filter: str, group_args: list[str], limit: int
) -> list[SearchResult]:
    # A ranked one-letter prefix query touches most of the index; titles starting with the letter
    # are what a user who has typed one letter is looking for, and an index answers that at once.
    rows = conn.execute(
        f"SELECT {_RANKING_COLUMNS}, 0.0 AS rank FROM search_docs AS d WHERE title_folded >= ? AND title_folded < ?"
        f"{group_filter} ORDER BY source_table = 'entry' DESC, title_folded LIMIT ?",
        [letter, chr(ord(letter) + 1), *group_args, limit],
    ).fetchall()
    return _results(conn, rows, [letter])
