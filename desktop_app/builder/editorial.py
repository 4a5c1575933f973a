"""Editorial checks: what a careful reader of the content would flag, reported as warnings.

Unlike the checks in validate.py, none of these stops a build: the database can still be written, but
the content test fails on any of them (so a slip is found in review, not by a teacher). Each warning
names its file and line:

- an entry no other entry links to (in its text or its `related` list);
- a person or place that has an entry, named in another entry's text before any link to it;
- one claimant name under two ids in sources.csv;
- a run of twelve words shared with the source article outside quotation marks;
- a quotation of more than a dozen words standing in two entries (a quotation has one home entry);
- a person entry saying "has been ... since" (the text must stay true when offices change);
- text that talks about the article instead of the war ("the Wikipedia article says ..."), in an entry's
  body or summary, an event's title or summary, or a control note: the article is credited in each
  entry's sources, and the text says who states what. Figure notes may speak of the source, because
  they record where a number comes from (e.g. a total that does not match its own breakdown).
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable

from desktop_app.builder.loader import ContentSources, EntrySource
from desktop_app.builder.problems import Problem
from desktop_app.content.links import LINK

RUN = 12  # words in a row shared with the article that count as copied
QUOTED = re.compile(r'"[^"\n]*"|“[^”]*”')
WORD = re.compile(r"[\w'’-]+")
ABOUT_THE_ARTICLE = re.compile(r"\b(?:wikipedia|source) article\b|\bthe article\b|\barticle's\b", re.IGNORECASE)
# The one entry that goes beyond the article says so in its first line, as the house rules ask.
BEYOND_THE_ARTICLE = re.compile(r"\bgoes beyond the source article\b", re.IGNORECASE)
PRESENT_PERFECT = re.compile(r"\bha(?:s|ve) been\b[^.\n]{0,120}?\bsince\b", re.IGNORECASE)


def review(sources: ContentSources, article: str | None = None) -> list[Problem]:
    """Every editorial warning for `sources`; with the source article's text, copied runs too."""
    entries = [e for e in sources.entries if e.id]
    warnings = [*_unlinked_entries(entries), *_unlinked_first_mentions(entries), *_claimant_names(sources),
                *_repeated_quotations(entries), *_present_tense_people(entries), *_about_the_article(sources)]
    if article is not None:
        warnings += _copied_runs(entries, article)
    return sorted(warnings)


def _line_of(entry: EntrySource, offset: int) -> int:
    return entry.body_line + entry.body.count("\n", 0, offset)


def _unlinked_entries(entries: list[EntrySource]) -> Iterable[Problem]:
    linked: set[str] = set()
    for entry in entries:
        linked.update(m.group(1).strip() for m in LINK.finditer(entry.body) if m.group(1).strip() != entry.id)
        linked.update(r for r in entry.lists.get("related", []) if r != entry.id)
    for entry in entries:
        if entry.id not in linked:
            yield Problem(entry.path, entry.lines.get("id", 1), f"no other entry links to {entry.id!r}")


def _unlinked_first_mentions(entries: list[EntrySource]) -> Iterable[Problem]:
    named = [(e.id, e.fields.get("title", "")) for e in entries if e.fields.get("kind") in ("person", "place")]
    for entry in entries:
        body = entry.body
        # Text inside links is not a mention of its own: "Battle of Shusha" in a link to the battle. Nor is a
        # heading running text: the first link belongs in the paragraph under it.
        plain = LINK.sub(lambda m: " " * len(m.group(0)), body)
        plain = re.sub(r"(?m)^#+ .*$", lambda m: " " * len(m.group(0)), plain)
        first_link = {}
        for match in LINK.finditer(body):
            first_link.setdefault(match.group(1).strip(), match.start())
        for target, title in named:
            if target == entry.id or len(title) < 4:
                continue
            mention = re.search(rf"(?<![\w-]){re.escape(title)}(?![\w-])", plain)
            if mention is not None and mention.start() < first_link.get(target, len(body) + 1):
                yield Problem(entry.path, _line_of(entry, mention.start()),
                              f"{title!r} is named before any link to [[{target}]]")


def _folded(name: str) -> str:
    return " ".join(name.casefold().split())


def _claimant_names(sources: ContentSources) -> Iterable[Problem]:
    ids_by_name: dict[str, list[tuple[str, str, int]]] = defaultdict(list)
    for row in sources.tables.get("sources.csv", []):
        ids_by_name[_folded(row["name"])].append((row["id"], row.path, row.line))
    for name, ids in ids_by_name.items():
        if len(ids) > 1:
            for ident, path, line in ids[1:]:
                yield Problem(path, line, f"{ident!r} names the same body as {ids[0][0]!r} ({name!r}): use one id")


def _quotations(text: str) -> Iterable[tuple[int, str]]:
    for match in QUOTED.finditer(text):
        words = WORD.findall(match.group(0).casefold())
        if len(words) > RUN:
            yield match.start(), " ".join(words)


def _repeated_quotations(entries: list[EntrySource]) -> Iterable[Problem]:
    homes: dict[str, list[tuple[EntrySource, int]]] = defaultdict(list)
    for entry in entries:
        seen = set()
        for offset, words in _quotations(entry.body):
            if words not in seen:
                seen.add(words)
                homes[words].append((entry, offset))
    for words, found in homes.items():
        if len(found) > 1:
            home = found[0][0].id
            for entry, offset in found[1:]:
                yield Problem(entry.path, _line_of(entry, offset),
                              f"the quotation “{' '.join(words.split()[:6])} …” also stands in {home!r}: "
                              "keep it in one entry and link there")


def _present_tense_people(entries: list[EntrySource]) -> Iterable[Problem]:
    for entry in entries:
        if entry.fields.get("kind") == "person":
            for match in PRESENT_PERFECT.finditer(entry.body):
                yield Problem(entry.path, _line_of(entry, match.start()),
                              f"{match.group(0)!r}: write it dated, in the past tense, so that it stays true")


def _about_the_article(sources: ContentSources) -> Iterable[Problem]:
    def mentions(text: str) -> Iterable[re.Match[str]]:
        return ABOUT_THE_ARTICLE.finditer(BEYOND_THE_ARTICLE.sub(lambda m: "x" * len(m.group(0)), text))

    advice = "say what happened and who states it; the article is credited in the sources"
    for entry in sources.entries:
        for match in mentions(entry.fields.get("summary", "")):
            yield Problem(entry.path, entry.lines.get("summary", 1),
                          f"the summary speaks of {match.group(0)!r}: {advice}")
        for match in mentions(entry.body):
            yield Problem(entry.path, _line_of(entry, match.start()),
                          f"the text speaks of {match.group(0)!r}: {advice}")
    for table, columns in (("events.csv", ("title", "summary")), ("control.csv", ("note",))):
        for row in sources.tables.get(table, []):
            for column in columns:
                for match in mentions(row[column]):
                    yield Problem(row.path, row.line, f"{column} speaks of {match.group(0)!r}: {advice}")


def _copied_runs(entries: list[EntrySource], article: str) -> Iterable[Problem]:
    tokens = WORD.findall(article.casefold())
    runs = {tuple(tokens[i:i + RUN]) for i in range(len(tokens) - RUN + 1)}
    for entry in entries:
        text = QUOTED.sub(lambda m: " " * len(m.group(0)), entry.body)
        words = [(m.start(), m.group(0).casefold()) for m in WORD.finditer(text)]
        i = 0
        while i <= len(words) - RUN:
            if tuple(w for _o, w in words[i:i + RUN]) in runs:
                yield Problem(entry.path, _line_of(entry, words[i][0]),
                              f"twelve words in a row as in the source article: "
                              f"“{' '.join(w for _o, w in words[i:i + RUN])}”: put it in our own words")
                i += RUN  # one warning per copied passage
            else:
                i += 1
