"""Offline search over entries, timeline events and places.

Whatever the user types is treated as plain words: it is folded (case, diacritics, ə, ı), split into
word tokens, and each token is quoted before it reaches FTS5, so quotes, brackets, AND/OR/NOT, `*`,
`-` and `:` can never form query syntax. The last letters typed are matched as a prefix.

When nothing holds every word typed, a word that begins no word of any name is taken for a typing mistake:
the names a letter or two away from it are searched instead and returned as close matches ("stepanakrt"
finds Stepanakert, "shusa" Shusha).

A keystroke costs little more than ranking the matches in FTS5: the candidates are re-ranked on their names,
which a connection keeps once read (`SearchDocuments`), and a text is read and marked only for the snippets
asked for; the rows a list shows later get theirs from `snippet`.

Over 400 lines: ranking, snippets and close matches share the query's terms, marks and documents.
"""

from __future__ import annotations

import re
import sqlite3
from bisect import bisect_left
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, replace
from operator import itemgetter

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
# Documents whose names are kept for the next keystrokes, at about 1 kB each: all of the bundled content
# (469), and at scale the candidates of forty-odd keystrokes in 9 MB (the names cache it replaces took as much).
DOCUMENTS_KEPT = 8192
_READ_AT_ONCE = 500  # rowids per IN (...) query


def query_terms(text: str) -> list[str]:
    """The folded word tokens of a query, as the index sees them."""
    return _TOKEN.findall(fold(text))[:MAX_TERMS]


def match_expression(terms: list[str]) -> str:
    """The FTS5 MATCH expression for the terms: every one, the longer ones as prefixes."""
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


def _excerpt_of(text: str, folded: str, pattern: re.Pattern[str], terms: list[str]) -> Snippet | None:
    """An excerpt of `text` around its first match, with the matches in it marked; None if nothing matches."""
    first = _first_word(folded, terms)
    if first < 0:
        return None
    if len(text) <= SNIPPET_LENGTH:
        return Snippet(text, tuple(_marks(folded, pattern)))
    # The excerpt ends within SNIPPET_LENGTH of the first match: only the marks up to there can be in it,
    # so a long text is not scanned to its end.
    return excerpt(text, _marks(folded, pattern, first, first + 2 * SNIPPET_LENGTH))


def _snippet(body: str, body_folded: str, names: str, names_folded: str, pattern: re.Pattern[str],
             terms: list[str]) -> Snippet:
    """A result's snippet: its text around the first match, else the names that match, else its text."""
    found = _excerpt_of(body, body_folded, pattern, terms)
    if found is None and names:
        found = _excerpt_of(names, names_folded, pattern, terms)
    return found or excerpt(body, [])


_SEP = "\x1f"  # joins names and words so one `in` on the joined string asks "is any ..." or "does any start with ..."


@dataclass(frozen=True, slots=True)
class _Document:
    """What ranking reads of a search document: everything but its text, with its names folded and split."""

    rowid: int
    group: str
    source_table: str
    ref: str
    entry_id: str
    title: str
    names: str  # its other names, joined by NAME_SEPARATOR
    title_folded: str
    names_folded: str
    joined_names: str  # every name folded, the title first, each between two _SEP
    joined_words: str  # the words of the names, each between two _SEP (strings, not sets: a set of words
    # would take three times the memory of all the rest of the document)

    @classmethod
    def from_row(cls, rowid: int, group: str, source_table: str, ref: str, entry_id: str, title: str, names: str,
                 title_folded: str, names_folded: str) -> _Document:
        forms = [title_folded, *(n for n in names_folded.split(NAME_SEPARATOR) if n)]
        words = set(_TOKEN.findall(" ".join(forms)))
        return cls(rowid, group, source_table, ref, entry_id, title, names, title_folded, names_folded,
                   _SEP + _SEP.join(forms) + _SEP, _SEP + _SEP.join(words) + _SEP)


class SearchDocuments:
    """The search documents of a connection: their names, kept once read, and their texts, read when asked.

    Typing ranks the same documents again at every keystroke, and reading their names back each time costs
    about as much as ranking them (the folded names are stored after the text, so reading them walks through
    all of it).
    """

    def __init__(self, conn: sqlite3.Connection) -> None:
        self._conn = conn
        self._kept: dict[int, _Document] = {}
        self._highest_rowid: int | None = None

    def count_at_most(self) -> int:
        """No fewer than there are documents: the highest rowid (they are numbered from 1), read once."""
        if self._highest_rowid is None:
            self._highest_rowid = self._conn.execute("SELECT coalesce(max(rowid), 0) FROM search_docs").fetchone()[0]
        return self._highest_rowid

    def get(self, rowids: list[int]) -> list[_Document]:
        """The documents with these rowids, in that order."""
        missing = [rowid for rowid in rowids if rowid not in self._kept]
        if len(self._kept) + len(missing) > DOCUMENTS_KEPT:
            self._kept.clear()  # far more content than bundled: start again rather than grow without end
            missing = rowids
        for document in self._rows(
            "SELECT rowid, grp, source_table, ref, entry_id, title, names, title_folded, names_folded"
            " FROM search_docs WHERE rowid IN ({})", missing,
        ):
            self._kept[document[0]] = _Document.from_row(*document)
        return [self._kept[rowid] for rowid in rowids]

    def texts(self, rowids: list[int]) -> dict[int, tuple[str, str]]:
        """The text of each of these documents, as written and folded, by rowid."""
        return {rowid: (body, folded) for rowid, body, folded in self._rows(
            "SELECT rowid, body, body_folded FROM search_docs WHERE rowid IN ({})", rowids)}

    def _rows(self, sql: str, rowids: list[int]) -> Iterator[tuple]:
        cursor = self._conn.cursor()
        cursor.row_factory = None  # plain tuples: up to CANDIDATES rows a keystroke
        for at in range(0, len(rowids), _READ_AT_ONCE):
            chunk = rowids[at:at + _READ_AT_ONCE]
            yield from cursor.execute(sql.format(", ".join("?" for _ in chunk)), chunk)


def _tier_of(query: str, terms: list[str]) -> Callable[[_Document], int]:
    """How directly a document answers the query, 0 best (a function of the document, for sorting).

    BM25 alone favours short texts that merely mention a word over the entry whose title or name
    it is. Event titles are sentences, not names, so they never rank as name matches.
    """
    name = _SEP + query + _SEP
    name_start = _SEP + query
    whole_words = [_SEP + term + _SEP for term in terms]
    word_starts = [_SEP + term for term in terms]

    def tier(document: _Document) -> int:
        names, words = document.joined_names, document.joined_words
        if document.source_table != "event":
            if name in names:
                return 0
            if name_start in names:  # a name starts with the query
                return 1
        # (Loops, not all(): a generator or a map would cost more than the tests themselves.)
        for word in whole_words:
            if word not in words:
                break
        else:
            return 2  # every term is a word of the names
        for start in word_starts:
            if start not in words:
                return 4
        return 3  # every term starts a word of the names

    return tier


def search(
    conn: sqlite3.Connection, text: str, kinds: Iterable[str] | None = None, limit: int = 50,
    snippets: int | None = None, names: NameVocabulary | None = None, documents: SearchDocuments | None = None,
) -> list[SearchResult]:
    """Ranked results for `text`, or close matches when nothing matches it; `kinds` limits the groups (topic,
    event, place, person, ...). Only the first `snippets` results (all when None) come with their snippet, the
    others with None until `snippet` builds theirs: reading and marking the texts of rows nobody sees yet would
    cost more than finding them.

    `names` is the connection's name vocabulary and `documents` its documents, kept by the caller so that they
    are read once; without them, they are read for this call when they are needed."""
    terms = query_terms(text)
    if not terms or limit <= 0:
        return []
    groups = tuple(dict.fromkeys(kinds)) if kinds is not None else None
    if groups is not None and not groups:
        return []
    documents = documents or SearchDocuments(conn)
    group_filter, group_args = "", []
    if groups is not None:
        group_filter = f" AND grp IN ({', '.join('?' for _ in groups)})"
        group_args = list(groups)
    if len(terms) == 1 and len(terms[0]) == 1:
        return _initial_letter(conn, documents, terms[0], group_filter, group_args, limit, snippets)
    restrict = f" AND rowid IN (SELECT rowid FROM search_docs WHERE 1{group_filter})" if group_filter else ""
    query = " ".join(terms)
    expression = match_expression(terms)
    # (Content with no more documents than RANK_AT_MOST, the bundled one, never has more matches to count.)
    if documents.count_at_most() > RANK_AT_MOST and _count_up_to(conn, expression, restrict, group_args) > RANK_AT_MOST:
        # Far more content than bundled: rank only the documents whose names match, and if even those
        # are too many, list the titles that start with what was typed.
        expression = f"{{title names}} : ({expression})"
        if _count_up_to(conn, expression, restrict, group_args) > RANK_AT_MOST:
            return _initial_letter(conn, documents, query, group_filter, group_args, limit, snippets, terms)
    # Rank on the names first; the long texts are read only for the snippets built.
    hits = _best_matches(conn, expression, restrict, group_args, max(limit, CANDIDATES))
    if not hits:
        # No name and no text holds every word typed: some word may be mistyped. (When something does,
        # every word typed is a real word of the content, and guessing at another would only mislead:
        # "while" is not a mistake for "white".)
        return _close_matches(conn, documents, terms, names or NameVocabulary(conn), restrict, group_filter,
                              group_args, min(limit, CLOSE_MATCHES_AT_MOST), snippets)
    candidates = zip(documents.get([rowid for rowid, _ in hits]), [rank for _, rank in hits], strict=True)
    tier = _tier_of(query, terms)
    ranked = sorted(
        candidates, key=lambda c: (tier(c[0]), c[0].source_table != "entry", c[1], c[0].title_folded)
    )[:limit]
    return _results(documents, ranked, terms, snippets)


def _results(documents: SearchDocuments, ranked: list[tuple[_Document, float]], terms: list[str],
             snippets: int | None) -> list[SearchResult]:
    """The ranked documents (each with its BM25 rank) as results, the first `snippets` (None: all) with
    their snippet."""
    shown = [document.rowid for document, _ in (ranked if snippets is None else ranked[:max(snippets, 0)])]
    texts = documents.texts(shown)
    pattern = _word_pattern(terms)
    return [
        SearchResult(
            document.group, document.source_table, document.ref, document.entry_id,
            Snippet(document.title, tuple(_marks(document.title_folded, pattern))),
            _snippet(*texts[document.rowid], document.names, document.names_folded, pattern, terms)
            if document.rowid in texts else None,
            rank,
        )
        for document, rank in ranked
    ]


def snippet(conn: sqlite3.Connection, result: SearchResult, text: str, names: NameVocabulary | None = None) -> Snippet:
    """The snippet `search` gives `result` when it builds them all, for a result of a search for `text` that
    came without one: the same text and marks. `names` as for `search` (read only for a close match)."""
    terms = query_terms(text)
    if result.approximate:  # marked by the words it was found by, as `_close_matches` marks it
        terms = _marked_terms(terms, _corrections(terms, names or NameVocabulary(conn)) or {})
    # Found through the title index: search_docs has none on (source_table, ref).
    found = conn.execute(
        "SELECT body, body_folded, names, names_folded FROM search_docs"
        " WHERE title_folded = ? AND source_table = ? AND ref = ?",
        [fold(result.title.text), result.source_table, result.ref],
    ).fetchone()
    if found is None:
        raise LookupError(f"no search document {result.source_table} {result.ref!r} titled {result.title.text!r}")
    return _snippet(*found, _word_pattern(terms), terms)


def _best_matches(
    conn: sqlite3.Connection, expression: str, restrict: str, group_args: list[str], at_most: int
) -> list[tuple[int, float]]:
    """The rowids and BM25 ranks of the best `at_most` matches, best first, equal ranks in rowid order. Only for
    an expression with at most RANK_AT_MOST matches.

    Every match is ranked by FTS5 and sorted here: `ORDER BY rank LIMIT n` would have FTS5 work out the rank
    of each row it returns a second time, which costs more than the sort.
    """
    cursor = conn.cursor()
    cursor.row_factory = None
    matches = cursor.execute(
        f"SELECT rowid, rank FROM search_index WHERE search_index MATCH ?{restrict} ORDER BY rowid",
        [expression, *group_args],
    ).fetchall()
    return sorted(matches, key=itemgetter(1))[:at_most]  # a stable sort: equal ranks stay in rowid order


def _count_up_to(conn: sqlite3.Connection, expression: str, restrict: str, group_args: list[str]) -> int:
    """How many documents match, counting no further than RANK_AT_MOST + 1 (so it stays cheap)."""
    return conn.execute(
        f"SELECT count(*) FROM (SELECT rowid FROM search_index WHERE search_index MATCH ?{restrict} LIMIT ?)",
        [expression, *group_args, RANK_AT_MOST + 1],
    ).fetchone()[0]


def _initial_letter(
    conn: sqlite3.Connection, documents: SearchDocuments, prefix: str, group_filter: str, group_args: list[str],
    limit: int, snippets: int | None, terms: list[str] | None = None,
) -> list[SearchResult]:
    # A ranked one-letter prefix query touches most of the index; titles starting with the letter
    # are what a user who has typed one letter is looking for, and an index answers that at once.
    # (The same for any prefix that matches too much to rank, with far more content than bundled.)
    found = documents.get(_titles_starting(conn, prefix, group_filter, group_args, limit))
    return _results(documents, [(document, 0.0) for document in found], terms or [prefix], snippets)


def _titles_starting(
    conn: sqlite3.Connection, prefix: str, group_filter: str, group_args: list[str], limit: int
) -> list[int]:
    """The rowids of the documents whose titles start with `prefix`, at most `limit`."""
    # Entries first, then the others, each in title order: two walks along the title index that stop as
    # soon as they have enough (one ORDER BY over both would sort every title starting with the letter).
    rowids: list[int] = []
    for table in ("= 'entry'", "<> 'entry'"):
        rowids += (rowid for (rowid,) in conn.execute(
            "SELECT rowid FROM search_docs INDEXED BY idx_search_docs_title_folded"
            f" WHERE title_folded >= ? AND title_folded < ? AND source_table {table}{group_filter}"
            " ORDER BY title_folded LIMIT ?",
            [prefix, prefix[:-1] + chr(ord(prefix[-1]) + 1), *group_args, limit - len(rowids)],
        ))
        if len(rowids) >= limit:
            break
    return rowids


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


_Corrections = dict[int, tuple[tuple[str, int], ...]]  # by a typed word's position, its close words


def _corrections(terms: list[str], names: NameVocabulary) -> _Corrections | None:
    """The close words of each typed word that begins no name word at all; None when such a word is too short
    to correct or no name word is close to it."""
    corrections: _Corrections = {}
    for position, term in enumerate(terms):
        if not names.begins_a_word(term):
            corrections[position] = names.close_words(term)
            if not corrections[position]:
                return None
    return corrections


def _marked_terms(terms: list[str], corrections: _Corrections) -> list[str]:
    """What a close match's snippet marks: the words typed that begin a name word, and the close words."""
    return [*(t for i, t in enumerate(terms) if i not in corrections),
            *(word for close in corrections.values() for word, _ in close)]


def _close_matches(
    conn: sqlite3.Connection, documents: SearchDocuments, terms: list[str], names: NameVocabulary, restrict: str,
    group_filter: str, group_args: list[str], at_most: int, snippets: int | None,
) -> list[SearchResult]:
    """Documents whose titles or names hold a word close to each typed word that begins no name word at all
    (and the other words as typed), ranked by how few mistakes, then as `search` ranks. [] when such a word
    is too short to correct or no name word is close to it."""
    corrections = _corrections(terms, names)
    if not corrections or at_most <= 0:
        return []
    parts = [
        "(" + " OR ".join(f'"{word}"' for word, _ in corrections[i]) + ")" if i in corrections
        else match_expression([term])
        for i, term in enumerate(terms)
    ]
    expression = f"{{title names}} : ({' AND '.join(parts)})"
    if _count_up_to(conn, expression, restrict, group_args) <= RANK_AT_MOST:
        hits = _best_matches(conn, expression, restrict, group_args, CANDIDATES)
    else:
        # Far more content than bundled holds the words in thousands of names: the first ones found are
        # taken rather than all ranked, with the titles that start with the nearest words, as `search` lists
        # then (those alone may be none when the word is an alias: "pashinian" at scale).
        cursor = conn.cursor()
        cursor.row_factory = None
        hits = cursor.execute(f"SELECT rowid, rank FROM search_index WHERE search_index MATCH ?{restrict} LIMIT ?",
                              [expression, *group_args, CANDIDATES]).fetchall()
        nearest = " ".join(corrections[i][0][0] if i in corrections else t for i, t in enumerate(terms))
        found = {rowid for rowid, _ in hits}
        hits += [(rowid, 0.0) for rowid in _titles_starting(conn, nearest, group_filter, group_args, at_most)
                 if rowid not in found]
    candidates = list(zip(documents.get([rowid for rowid, _ in hits]), [rank for _, rank in hits], strict=True))
    meant = {document.rowid: _words_meant(document, terms, corrections) for document, _ in candidates}

    def closest_first(candidate: tuple[_Document, float]) -> tuple:
        document, rank = candidate
        mistakes, words = meant[document.rowid]
        corrected = [alternatives[0] for alternatives in words]
        return (mistakes, _tier_of(" ".join(corrected), corrected)(document), document.source_table != "entry",
                rank, document.title_folded)

    candidates = sorted(candidates, key=closest_first)[:at_most]
    results = _results(documents, candidates, _marked_terms(terms, corrections), snippets)
    return [
        replace(result, approximate=True, suggestion=_name_form_holding(document, meant[document.rowid][1]))
        for result, (document, _) in zip(results, candidates, strict=True)
    ]


def _words_meant(
    document: _Document, terms: list[str], corrections: _Corrections
) -> tuple[int, list[tuple[str, ...]]]:
    """How many mistakes the document's names are from what was typed, and each typed word as the words it
    stands for there: itself, or the nearest of its close words these names hold."""
    meant: list[tuple[str, ...]] = [(term,) for term in terms]
    mistakes = 0
    for position, close in corrections.items():
        # FTS found one of them; the first if FTS tokens and ours tell words apart differently.
        held = [(word, distance) for word, distance in close if _SEP + word + _SEP in document.joined_words]
        held = held or [close[0]]
        nearest = min(distance for _, distance in held)
        meant[position] = tuple(word for word, distance in held if distance == nearest)
        mistakes += nearest
    return mistakes, meant


def _name_form_holding(document: _Document, meant: list[tuple[str, ...]]) -> str:
    """The document's name form (its title first) that holds the most of the words meant (a word beginning
    with one of each typed word's): the name the user most likely set out to type."""
    forms = [document.title, *(n for n in document.names.split(NAME_SEPARATOR) if n)]

    def held(form: str) -> int:
        words = _TOKEN.findall(fold(form))
        return sum(any(word.startswith(w) for word in words for w in alternatives) for alternatives in meant)

    return max(forms, key=held)  # the first of the best, so the title when it is as good
