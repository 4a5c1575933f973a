"""Offline search over entries, timeline events and places.

Whatever the user types is treated as plain words: it is folded (case, diacritics, ə, ı), split into
word tokens, and each token is quoted before it reaches FTS5, so quotes, brackets, AND/OR/NOT, `*`,
`-` and `:` can never form query syntax. The last letters typed are matched as a prefix.

When nothing holds every word typed, a word that begins no word of any name is taken for a typing mistake:
the names a letter or two away from it are searched instead and returned as close matches ("stepanakrt"
finds Stepanakert, "shusa" Shusha).
"""

from __future__ import annotations

import re
import sqlite3
from bisect import bisect_left
from collections.abc import Iterable
from dataclasses import replace
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
    conn: sqlite3.Connection, text: str, kinds: Iterable[str] | None = None, limit: int = 50,
    names: NameVocabulary | None = None,
) -> list[SearchResult]:
    """Ranked results for `text`, or close matches when nothing matches it; `kinds` limits the groups (topic,
    event, place, person, ...). `names` is the connection's name vocabulary, kept by the caller so that it
    is read once; without it, one is read for this call when it is needed."""
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
    if not rows:
        # No name and no text holds every word typed: some word may be mistyped. (When something does,
        # every word typed is a real word of the content, and guessing at another would only mislead:
        # "while" is not a mistake for "white".)
        return _close_matches(conn, terms, names or NameVocabulary(conn), restrict, group_filter, group_args,
                              min(limit, CLOSE_MATCHES_AT_MOST))
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
    return _results(conn, _titles_starting(conn, prefix, group_filter, group_args, limit), terms or [prefix])


def _titles_starting(
    conn: sqlite3.Connection, prefix: str, group_filter: str, group_args: list[str], limit: int
) -> list[sqlite3.Row]:
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
    return rows


def mark(text: str, query: str) -> Snippet:
    """`text` with the words that match `query` marked as in search results (for a name shown in
    another form than the one the index returned)."""
    terms = query_terms(query)
    if not terms:
        return Snippet(text, ())
    return Snippet(text, tuple(_marks(fold(text), _word_pattern(terms))))


# -- close matches: names a typing mistake or two away -------------------------------------------------

CLOSE_MATCHES_AT_MOST = 20
CLOSE_WORDS_AT_MOST = 8  # name words searched for one mistyped word, the nearest first
SHORTEST_CORRECTED = 4  # a shorter word is still being typed, or too short to guess what was meant
MOST_EDITS = 2
_CLOSE_WORDS_KEPT = 4096  # looked-up words remembered (typing asks for the same ones again)

# Every name form the search documents hold: entry titles (from their index) and aliases, and every name
# of every place. Read from these small tables, not from search_docs, whose rows carry the whole text of
# their entries: reading every one of those would mean reading most of the database at scale.
_NAME_SOURCES = (
    "SELECT sort_key FROM entries",  # the folded title, read from the index on (kind, sort_key)
    "SELECT DISTINCT alias FROM entry_aliases",
    "SELECT name FROM place_names",
    "SELECT name FROM places",
)
_NAMES_READ_AT_ONCE = 5000


def allowed_edits(word: str) -> int:
    """How many typing mistakes a typed word may hold and still be recognised: none in one to three letters
    (any other short word is as likely), one in four to six, two in longer words."""
    if len(word) < SHORTEST_CORRECTED:
        return 0
    return 1 if len(word) <= 6 else MOST_EDITS


def edit_distance(a: str, b: str, limit: int) -> int:
    """Typing mistakes between two words: letters added, left out or replaced, or two neighbours swapped
    (optimal string alignment distance); `limit` + 1 as soon as it is certain to be more than `limit`."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    before_previous: list[int] = []
    previous = list(range(len(b) + 1))
    for i, letter in enumerate(a, 1):
        current = [i]
        for j, other in enumerate(b, 1):
            distance = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (letter != other))
            if i > 1 and j > 1 and letter == b[j - 2] and a[i - 2] == other:  # two letters swapped
                distance = min(distance, before_previous[j - 2] + 1)
            current.append(distance)
        if min(current) > limit:
            return limit + 1
        before_previous, previous = previous, current
    return min(previous[-1], limit + 1)


class NameVocabulary:
    """The folded words of every name form, to tell a typing mistake from a name and to find the names it
    is close to. Read from the database the first time a search needs it, then kept with the connection.

    A typed word is compared letter by letter only with the name words that could be close to it: those
    about as long, and of those only the ones that have, and lack, no more distinct letters than mistakes
    are allowed (a mistake adds or removes at most one); the words are kept by length and first letter, as
    another first letter counts a mistake more and is looked for only in longer words.
    """

    def __init__(self, conn: sqlite3.Connection) -> None:
        self._conn = conn
        self._sorted: list[str] | None = None  # every name word, for "does a name word begin so?"
        # The words that can be corrected to, by length and then by first letter, each with its letters.
        self._by_length: dict[int, dict[str, list[tuple[str, frozenset[str]]]]] = {}
        self._close: dict[str, tuple[tuple[str, int], ...]] = {}

    def _words(self) -> list[str]:
        if self._sorted is None:
            self._read()
        assert self._sorted is not None
        return self._sorted

    def _read(self) -> None:
        # Names repeat their words (and aliases repeat whole at scale): the distinct pieces between spaces
        # are collected first, so only those are folded and split into words.
        pieces: set[str] = set()
        for sql in _NAME_SOURCES:
            cursor = self._conn.execute(sql)
            cursor.row_factory = None
            while rows := cursor.fetchmany(_NAMES_READ_AT_ONCE):
                pieces.update(" ".join(name for (name,) in rows if name).split())
        words = set(_TOKEN.findall(fold(" ".join(pieces))))
        for word in sorted(words):
            # Words with digits (years, "T-72") are not spellings to correct: another number is another thing.
            if len(word) >= SHORTEST_CORRECTED and word.isalpha():
                by_start = self._by_length.setdefault(len(word), {})
                by_start.setdefault(word[0], []).append((word, frozenset(word)))
        self._sorted = sorted(words)

    def begins_a_word(self, term: str) -> bool:
        """Whether some word of some name begins with `term` (or is it)."""
        words = self._words()
        at = bisect_left(words, term)
        return at < len(words) and words[at].startswith(term)

    def close_words(self, term: str) -> tuple[tuple[str, int], ...]:
        """Name words within the mistakes allowed for `term`, each with how many, the nearest first (at most
        CLOSE_WORDS_AT_MOST). The first letter is the one least often mistyped: a word that begins with
        another letter counts one mistake more ("hostage" is not taken for "footage")."""
        edits = allowed_edits(term)
        if not edits or not term.isalpha():
            return ()
        self._words()
        found = self._close.get(term)
        if found is None:
            if len(self._close) >= _CLOSE_WORDS_KEPT:
                self._close.clear()
            found = self._close[term] = self._look_up(term, edits)
        return found

    def _look_up(self, term: str, edits: int) -> tuple[tuple[str, int], ...]:
        letters = frozenset(term)
        scored = []
        for length in range(len(term) - edits, len(term) + edits + 1):
            for start, candidates in self._by_length.get(length, {}).items():
                other_start = start != term[0]
                allowed = edits - other_start  # the mistakes left for the letters after the first
                if allowed <= 0:
                    continue
                for word, word_letters in candidates:
                    if len(letters - word_letters) > allowed or len(word_letters - letters) > allowed:
                        continue  # more letters it has or lacks than mistakes allowed: not close
                    distance = edit_distance(term, word, allowed)
                    if distance <= allowed:
                        scored.append((distance + other_start, word))
        return tuple((word, distance) for distance, word in sorted(scored)[:CLOSE_WORDS_AT_MOST])


def _close_matches(
    conn: sqlite3.Connection, terms: list[str], names: NameVocabulary, restrict: str, group_filter: str,
    group_args: list[str], at_most: int,
) -> list[SearchResult]:
    """Documents whose titles or names hold a word close to each typed word that begins no name word at all
    (and the other words as typed), ranked by how few mistakes, then as `search` ranks. [] when such a word
    is too short to correct or no name word is close to it."""
    corrections: dict[int, tuple[tuple[str, int], ...]] = {}
    for position, term in enumerate(terms):
        if not names.begins_a_word(term):
            corrections[position] = names.close_words(term)
            if not corrections[position]:
                return []
    if not corrections or at_most <= 0:
        return []
    parts = [
        "(" + " OR ".join(f'"{word}"' for word, _ in corrections[i]) + ")" if i in corrections
        else _match_expression([term])
        for i, term in enumerate(terms)
    ]
    expression = f"{{title names}} : ({' AND '.join(parts)})"
    marked = [*(t for i, t in enumerate(terms) if i not in corrections),
              *(word for close in corrections.values() for word, _ in close)]
    ranked = _count_up_to(conn, expression, restrict, group_args) <= RANK_AT_MOST
    rows = conn.execute(
        f"SELECT {_RANKING_COLUMNS}, hits.rank AS rank FROM ("
        f"  SELECT rowid, rank FROM search_index WHERE search_index MATCH ?{restrict}"
        f"  {'ORDER BY rank' if ranked else ''} LIMIT ?"
        ") AS hits JOIN search_docs AS d ON d.rowid = hits.rowid",
        [expression, *group_args, CANDIDATES],
    ).fetchall()
    if not ranked:
        # Far more content than bundled holds the words in thousands of names: the first ones found are
        # taken rather than all ranked, with the titles that start with the nearest words, as `search` lists
        # then (those alone may be none when the word is an alias: "pashinian" at scale).
        nearest = " ".join(corrections[i][0][0] if i in corrections else t for i, t in enumerate(terms))
        found = {row["rowid"] for row in rows}
        rows += [row for row in _titles_starting(conn, nearest, group_filter, group_args, at_most)
                 if row["rowid"] not in found]
    meant = {row["rowid"]: _words_meant(row, terms, corrections) for row in rows}

    def closest_first(row: sqlite3.Row) -> tuple:
        mistakes, words = meant[row["rowid"]]
        corrected = [alternatives[0] for alternatives in words]
        return (mistakes, _tier(row, " ".join(corrected), corrected), row["source_table"] != "entry", row["rank"],
                row["title_folded"])

    rows = sorted(rows, key=closest_first)[:at_most]
    return [
        replace(result, approximate=True, suggestion=_name_form_holding(row, meant[row["rowid"]][1]))
        for result, row in zip(_results(conn, rows, marked), rows, strict=True)
    ]


def _words_meant(
    row: sqlite3.Row, terms: list[str], corrections: dict[int, tuple[tuple[str, int], ...]]
) -> tuple[int, list[tuple[str, ...]]]:
    """How many mistakes the document's names are from what was typed, and each typed word as the words it
    stands for there: itself, or the nearest of its close words these names hold."""
    words = _names_and_words(row["title_folded"], row["names_folded"])[2]
    meant: list[tuple[str, ...]] = [(term,) for term in terms]
    mistakes = 0
    for position, close in corrections.items():
        # FTS found one of them; the first if FTS tokens and ours tell words apart differently.
        held = [(word, distance) for word, distance in close if word in words] or [close[0]]
        nearest = min(distance for _, distance in held)
        meant[position] = tuple(word for word, distance in held if distance == nearest)
        mistakes += nearest
    return mistakes, meant


def _name_form_holding(row: sqlite3.Row, meant: list[tuple[str, ...]]) -> str:
    """The document's name form (its title first) that holds the most of the words meant (a word beginning
    with one of each typed word's): the name the user most likely set out to type."""
    forms = [row["title"], *(n for n in row["names"].split(NAME_SEPARATOR) if n)]

    def held(form: str) -> int:
        words = _TOKEN.findall(fold(form))
        return sum(any(word.startswith(w) for word in words for w in alternatives) for alternatives in meant)

    return max(forms, key=held)  # the first of the best, so the title when it is as good
