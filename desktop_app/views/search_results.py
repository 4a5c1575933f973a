"""What the search pane lists for a query: groups of rows, each with its title, snippet, tooltip and target.

Worked out on the search pane's background thread, in one go for the content and the user's notes, with
places named in the chosen form, so the pane only puts the rows on screen. Markup here is HTML for the
pane's rich-text rows; every piece of text in it is escaped.
"""

from __future__ import annotations

import html
from dataclasses import dataclass

from desktop_app.content import ContentDatabase, SearchResult, Snippet
from desktop_app.content.search import mark
from desktop_app.content.textfold import fold
from desktop_app.notes.model import Target
from desktop_app.notes.store import NotesStore
from desktop_app.views.navigation import entry_target, target_title

GROUPS = (
    ("topic", "Topics"), ("event", "Events"), ("place", "Places"), ("person", "People"),
    ("organisation", "Organisations"), ("weapon", "Weapons"),
)
RESULT_LIMIT = 60
NOTE_LIMIT = 20


@dataclass(frozen=True)
class ResultRow:
    text: str  # the title as plain text (what a screen reader says)
    title_markup: str  # the title with what matched marked
    snippet_markup: str  # the passage that matched, marked
    tooltip: str  # plain text
    target: Target
    is_note: bool = False


@dataclass(frozen=True)
class ResultGroup:
    label: str
    rows: tuple[ResultRow, ...]


@dataclass(frozen=True)
class SearchAnswer:
    query: str
    name_form: str
    status: str  # "12 results · Did you mean “Shusha”?", or what was not found
    groups: tuple[ResultGroup, ...]
    results: tuple[SearchResult, ...]  # the content results, as ranked


def marked_html(snippet: Snippet) -> str:
    out, last = [], 0
    for start, end in snippet.marks:
        out += [html.escape(snippet.text[last:start]), "<b><u>", html.escape(snippet.text[start:end]), "</u></b>"]
        last = end
    out.append(html.escape(snippet.text[last:]))
    return "".join(out)


def search_answer(content: ContentDatabase, notes: NotesStore | None, query: str, name_form: str) -> SearchAnswer:
    """Everything the results list shows for `query`: the user's notes first, then the content by group
    (in the order of each group's best result), close matches for a mistyped name last."""
    results = content.search(query, limit=RESULT_LIMIT)
    note_hits = notes.search(query, limit=NOTE_LIMIT) if notes is not None else []
    exact = [result for result in results if not result.approximate]
    close = [result for result in results if result.approximate]
    total = len(exact) + len(note_hits)
    groups: list[ResultGroup] = []
    if note_hits:
        rows = []
        for hit in note_hits:
            title = target_title(content, hit.note.target, name_form)
            snippet = marked_html(Snippet(hit.snippet, hit.marks)) if hit.snippet else html.escape(hit.note.body[:160])
            rows.append(ResultRow(title, f"✎ {html.escape(title)}", snippet, hit.note.body, hit.note.target, True))
        groups.append(ResultGroup(f"Your notes ({len(rows):,})", tuple(rows)))
    grouped: dict[str, list[SearchResult]] = {}
    for result in exact:
        grouped.setdefault(result.group, []).append(result)
    for group, members in grouped.items():
        label = dict(GROUPS).get(group, group.title())
        groups.append(ResultGroup(f"{label} ({len(members):,})", _rows(content, members, query, name_form)))
    if close:
        groups.append(ResultGroup(f"Close matches ({len(close):,})", _rows(content, close, query, name_form)))
    if not total and not close:
        status = f"Nothing found for “{query.strip()}”"
    else:
        found = f"{total:,} result{'s' if total != 1 else ''}" if total else ""
        # Close matches: names a typing mistake away from what was typed, the nearest named here.
        guess = f"Did you mean “{close[0].suggestion}”?" if close else ""
        status = " · ".join(part for part in (found, guess) if part)
    return SearchAnswer(query, name_form, status, tuple(groups), tuple(results))


def _rows(content: ContentDatabase, results: list[SearchResult], query: str, name_form: str) -> tuple[ResultRow, ...]:
    rows = []
    for result in results:
        # A close match is marked where it holds the name it was found by, not what was typed.
        title, other_forms = _title(content, result, result.suggestion if result.approximate else query, name_form)
        text, markup = title.text, marked_html(title)
        if result.approximate and fold(result.suggestion) not in fold(title.text):
            # Found by another of its names: show which, as the title may not hold it ("Shusha" for "sussa").
            text += f" — “{result.suggestion}”"
            markup += f" — <i>“{html.escape(result.suggestion)}”</i>"
        tooltip = f"{other_forms}\n\n{result.snippet.text}" if other_forms else result.snippet.text
        rows.append(ResultRow(text, markup, marked_html(result.snippet), tooltip, result_target(content, result)))
    return tuple(rows)


def _title(content: ContentDatabase, result: SearchResult, query: str, name_form: str) -> tuple[Snippet, str]:
    """A result's title, a place's in the chosen name form, and the place's other forms ("" if none)."""
    if result.group != "place":
        return result.title, ""
    place = content.place(result.ref if result.source_table == "place" else result.entry_id)
    if place is None or (result.source_table == "entry" and result.title.text != place.name):
        return result.title, ""  # an entry about something at a place (a church), not the place itself
    label = place.label(name_form)
    title = result.title if label == result.title.text else mark(label, query)
    return title, place.other_forms(name_form)


def result_target(content: ContentDatabase, result: SearchResult) -> Target:
    """What opening a result shows: its event or place, or its entry (an entry about a place shows the place)."""
    if result.source_table == "place":
        return Target("place", result.ref)
    if result.source_table == "event":
        return Target("event", result.ref)
    return entry_target(content, result.entry_id)
