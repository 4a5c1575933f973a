"""Offline search over entries, timeline events and places.

Whatever the user types is treated as plain words: it is folded (case, diacritics, ə, ı), split into
word tokens, and each token is quoted before it reaches FTS5, so quotes, brackets, AND/OR/NOT, `*`,
`-` and `:` can never form query syntax. The last letters typed are matched as a prefix.
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Iterable
from functools import lru_cache

from desktop_app.content.models import SearchResult, Snippet
from desktop_app.content.schema import NAME_SEPARATOR
from desktop_app.content.textfold import fold

_TOKEN = re.compile(r"[^\W_]+")
MAX_TERMS = 12
SNIPPET_LENGTH = 180
CANDIDATES = 200  # best BM25 matches that are re-ranked by how directly they answer the query
# Most matches ranked on one keystroke: BM25 costs about a microsecond a match, and ranking every match of
# a two-letter prefix over content a thousand times the bundled one would take a fifth of a second. The
# bundled content has fewer documents than this, so there every query is ranked in full.
RANK_AT_MOST = 2000


def query_terms(text: str) -> list[str]:
    """The folded word tokens of a query, as the index sees them."""
    return _TOKEN.findall(fold(text))[:MAX_TERMS]


def _match_expression(terms: list[str]) -> str:
    # One-letter terms have no prefix index; as an exact token they are cheap and still useful
    # ("t 72" finds T-72).
    return " ".join(f'"{t}"*' if len(t) > 1 else f'"{t}"' for t in terms)


def _word_pattern(terms: Iterable[str]) -> re.Pattern[str]:
    """Any of the terms and the rest of its word; longest terms first so a match takes the whole word.

    The pattern does not itself require the start of a word (`_marks` checks that): a pattern that starts
    with \\b cannot skip ahead to its first letters, one that starts with the terms can, several times faster.
    """
    alternatives = "|".join(re.escape(t) for t in sorted(set(terms), key=len, reverse=True))
    return re.compile(rf"(?:{alternatives})\w*")


def _starts_word(folded: str, at: int) -> bool:
    return at == 0 or not (folded[at - 1].isalnum() or folded[at - 1] == "_")


def _marks(folded: str, pattern: re.Pattern[str], start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Spans of the words starting with a term in a folded text (between `start` and `end`).

    Folding keeps every position, so the spans apply to the original text as well.
    """
    found = pattern.finditer(folded, start, len(folded) if end is None else end)
    return [match.span() for match in found if _starts_word(folded, match.start())]


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


def _first_word(folded: str, terms: Iterable[str]) -> int:
    """Where the first word starting with any of the terms begins in `folded`; -1 if there is none.

    The same as the start of the first of `_marks(folded, _word_pattern(terms))`, faster on long texts:
    str.find skips ahead to the term, and no match object is made for the words that merely contain it.
    """
    first = -1
    for term in terms:
        end = len(folded) if first < 0 else first + len(term) - 1  # only an earlier start can win
        at = folded.find(term, 0, end)
        while at > 0 and not _starts_word(folded, at):  # inside a word: not a match
            at = folded.find(term, at + 1, end)
        if at >= 0:
            first = at
    return first


def _snippet(text: str, folded: str, pattern: re.Pattern[str], terms: list[str]) -> Snippet | None:
    """An excerpt of `text` around its first match, with the matches in it marked; None if nothing matches."""
    first = _first_word(folded, terms)
    if first < 0:
        return None
    if len(text) <= SNIPPET_LENGTH:
        return Snippet(text, tuple(_marks(folded, pattern)))
    # The excerpt ends within SNIPPET_LENGTH of the first match: only the marks up to there can be in it,
    # so a long text is not scanned to its end.
    return excerpt(text, _marks(folded, pattern, first, first + 2 * SNIPPET_LENGTH))


def _result(
    row: sqlite3.Row, body: str, body_folded: str, pattern: re.Pattern[str], terms: list[str]
) -> SearchResult:
    title = Snippet(row["title"], tuple(_marks(row["title_folded"], pattern)))
    snippet = _snippet(body, body_folded, pattern, terms)
    if snippet is None and row["names"]:
        snippet = _snippet(row["names"], row["names_folded"], pattern, terms)
    return SearchResult(row["grp"], row["source_table"], row["ref"], row["entry_id"], title,
                        snippet or excerpt(body, []), row["rank"])


_SEP = "\x1f"  # joins names and words so one `in` on the joined string asks "does any start with ..."


@lru_cache(maxsize=4096)
def _names_and_words(title_folded: str, names_folded: str) -> tuple[tuple[str, ...], str, frozenset[str], str]:
    """A document's names (title first) and the words in them, each also joined with a separator in
    front of every item; cached, as typing ranks the same documents again at every keystroke."""
    names = (title_folded, *(n for n in names_folded.split(NAME_SEPARATOR) if n))
    words = frozenset(_TOKEN.findall(" ".join(names)))
    return names, _SEP + _SEP.join(names), words, _SEP + _SEP.join(words)


def _tier(row: sqlite3.Row, query: str, terms: list[str]) -> int:
    """How directly a document answers the query, 0 best.

    BM25 alone favours short texts that merely mention a word over the entry whose title or name
    it is. Event titles are sentences, not names, so they never rank as name matches.
    """
    names, joined_names, words, joined_words = _names_and_words(row["title_folded"], row["names_folded"])
    if row["source_table"] != "event":
        if query in names:
            return 0
        if _SEP + query in joined_names:  # a name starts with the query
            return 1
    if words.issuperset(terms):
        return 2
    if all(_SEP + term in joined_words for term in terms):  # every term starts a word of the names
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
    query = " ".join(terms)
    expression = _match_expression(terms)
    if _count_up_to(conn, expression, restrict, group_args) > RANK_AT_MOST:
        # Far more content than bundled: rank only the documents whose names match, and if even those
        # are too many, list the titles that start with what was typed.
        expression = f"{{title names}} : ({expression})"
        if _count_up_to(conn, expression, restrict, group_args) > RANK_AT_MOST:
            return _initial_letter(conn, query, group_filter, group_args, limit, terms)
    # Rank on the short columns first; the long texts are read only for the results returned.
    rows = conn.execute(
        f"SELECT {_RANKING_COLUMNS}, hits.rank AS rank FROM ("
        f"  SELECT rowid, rank FROM search_index WHERE search_index MATCH ?{restrict}"
        "  ORDER BY rank LIMIT ?"
        ") AS hits JOIN search_docs AS d ON d.rowid = hits.rowid",
        [expression, *group_args, max(limit, CANDIDATES)],
    ).fetchall()
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
    return [_result(row, *bodies[row["rowid"]], pattern, terms) for row in rows]


def _count_up_to(conn: sqlite3.Connection, expression: str, restrict: str, group_args: list[str]) -> int:
    """How many documents match, counting no further than RANK_AT_MOST + 1 (so it stays cheap)."""
    return conn.execute(
        f"SELECT count(*) FROM (SELECT rowid FROM search_index WHERE search_index MATCH ?{restrict} LIMIT ?)",
        [expression, *group_args, RANK_AT_MOST + 1],
    ).fetchone()[0]


def _initial_letter(
    conn: sqlite3.Connection, prefix: str, group_filter: str, group_args: list[str], limit: int,
    terms: list[str] | None = None,
) -> list[SearchResult]:
    # A ranked one-letter prefix query touches most of the index; titles starting with the letter
    # are what a user who has typed one letter is looking for, and an index answers that at once.
    # (The same for any prefix that matches too much to rank, with far more content than bundled.)
    # Entries first, then the others, each in title order: two walks along the title index that stop as
    # soon as they have enough (one ORDER BY over both would sort every title starting with the letter).
    rows = []
    for table in ("= 'entry'", "<> 'entry'"):
        rows += conn.execute(
            f"SELECT {_RANKING_COLUMNS}, 0.0 AS rank FROM search_docs AS d INDEXED BY idx_search_docs_title_folded"
            f" WHERE title_folded >= ? AND title_folded < ? AND source_table {table}{group_filter}"
            " ORDER BY title_folded LIMIT ?",
            [prefix, prefix[:-1] + chr(ord(prefix[-1]) + 1), *group_args, limit - len(rows)],
        ).fetchall()
        if len(rows) >= limit:
            break
    return _results(conn, rows, terms or [prefix])


def mark(text: str, query: str) -> Snippet:
    """`text` with the words that match `query` marked as in search results (for a name shown in
    another form than the one the index returned)."""
    terms = query_terms(query)
    if not terms:
        return Snippet(text, ())
    return Snippet(text, tuple(_marks(fold(text), _word_pattern(terms))))
