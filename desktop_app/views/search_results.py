"""What the search pane lists for a query: groups of rows, each with its title, snippet, tooltip and target.

Worked out on the search pane's background thread, in one go for the content and the user's notes, with
places named in the chosen form, so the pane only puts the rows on screen. Reading and marking a result's
text (its snippet) is most of a keystroke's cost, so only the rows a list shows at first get theirs here;
the others get theirs from `with_snippet` when they are first drawn. Markup here is HTML for the pane's
rich-text rows; every piece of text in it is escaped.
"""

from __future__ import annotations

import html
from dataclasses import dataclass, replace

from desktop_app.content import ContentDatabase, SearchResult, Snippet
from desktop_app.content.search import mark
from desktop_app.content.textfold import fold
from desktop_app.i18n import QT_TRANSLATE_NOOP, number, translate
from desktop_app.notes.model import Target
from desktop_app.notes.store import NotesStore
from desktop_app.views.navigation import target_title

# The kinds of entries, as the results list and the browse tree head their groups; the labels are translated
# where they are shown (`group_label`).
GROUPS = (
    ("topic", QT_TRANSLATE_NOOP("SearchResults", "Topics")), ("event", QT_TRANSLATE_NOOP("SearchResults", "Events")),
    ("place", QT_TRANSLATE_NOOP("SearchResults", "Places")), ("person", QT_TRANSLATE_NOOP("SearchResults", "People")),
    ("organisation", QT_TRANSLATE_NOOP("SearchResults", "Organisations")),
    ("weapon", QT_TRANSLATE_NOOP("SearchResults", "Weapons")),
)
RESULT_LIMIT = 60
NOTE_LIMIT = 20
SHOWN_FIRST = 12  # rows whose snippet comes with the answer: more than a results list shows unscrolled


def group_label(group: str) -> str:
    """The heading of a group of entries ("Topics"), in the interface language; an unknown group by its id."""
    labels = dict(GROUPS)
    return translate("SearchResults", labels[group]) if group in labels else group.title()


def counted(label: str, count: int) -> str:
    """A group's heading with how many it holds: "Topics (12)"."""
    #: the heading of a group of search results or entries: {group} is its name ("Topics"), {count} how many
    return translate("SearchResults", "{group} ({count})").format(group=label, count=number(count))


@dataclass(frozen=True)
class ResultRow:
    text: str  # the title as plain text (what a screen reader says)
    title_markup: str  # the title with what matched marked
    snippet_markup: str | None  # the passage that matched, marked; None until with_snippet() builds it
    tooltip: str  # plain text (until the snippet is built: the place's other name forms, or "")
    target: Target
    is_note: bool = False
    result: SearchResult | None = None  # the content result the row shows


def with_snippet(content: ContentDatabase, row: ResultRow, query: str) -> ResultRow:
    """The row with its snippet (and the snippet's text in its tooltip), built now if it was left out."""
    if row.snippet_markup is not None or row.result is None:
        return row
    result = replace(row.result, snippet=content.snippet(row.result, query))
    return _content_row(result, row.target, row.tooltip, row.text, row.title_markup)


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
    results = content.search(query, limit=RESULT_LIMIT, snippets=0)
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
        #: the heading of the user's own notes among the search results; {count} is how many
        groups.append(ResultGroup(translate("SearchResults", "Your notes ({count})").format(count=number(len(rows))),
                                  tuple(rows)))
    grouped: dict[str, list[SearchResult]] = {}
    for result in exact:
        grouped.setdefault(result.group, []).append(result)
    for group, members in grouped.items():
        groups.append(ResultGroup(counted(group_label(group), len(members)), _rows(content, members, query, name_form)))
    groups = _first_rows_with_snippets(content, groups, query)
    if close:  # few, and marking them needs the names of every document: done here, never on the GUI thread
        rows = tuple(with_snippet(content, row, query) for row in _rows(content, close, query, name_form))
        #: the heading of the results found by names a typing mistake away from what was typed; {count} is
        #: how many
        groups.append(ResultGroup(translate("SearchResults", "Close matches ({count})").format(
            count=number(len(close))), rows))
    if not total and not close:
        #: {query} is what the user typed in the search field
        status = translate("SearchResults", "Nothing found for “{query}”").format(query=query.strip())
    else:
        found = translate("SearchResults", "%Ln result(s)", None, total) if total else ""
        # Close matches: names a typing mistake away from what was typed, the nearest named here.
        #: {name} is the name of an entry or a place closest to what the user typed (a typing mistake away)
        guess = translate("SearchResults", "Did you mean “{name}”?").format(name=close[0].suggestion) if close else ""
        status = " · ".join(part for part in (found, guess) if part)
    return SearchAnswer(query, name_form, status, tuple(groups), tuple(results))


def _first_rows_with_snippets(content: ContentDatabase, groups: list[ResultGroup], query: str) -> list[ResultGroup]:
    """The groups with the snippets of their first SHOWN_FIRST rows, in the order the list shows them."""
    left, done = SHOWN_FIRST, []
    for group in groups:
        rows = [with_snippet(content, row, query) if i < left else row for i, row in enumerate(group.rows)]
        left -= min(left, len(rows))
        done.append(ResultGroup(group.label, tuple(rows)))
    return done


def _rows(content: ContentDatabase, results: list[SearchResult], query: str, name_form: str) -> tuple[ResultRow, ...]:
    rows = []
    for result in results:
        # A close match is marked where it holds the name it was found by, not what was typed.
        title, other_forms = _title(content, result, result.suggestion if result.approximate else query, name_form)
        text, markup = title.text, marked_html(title)
        if result.approximate and fold(result.suggestion) not in fold(title.text):
            # Found by another of its names: show which, as the title may not hold it ("Shusha" for "sussa").
            #: after a search result's title, the other name it was found by ("Shusha — “Şuşa”"): {name} in
            #: quotation marks
            quoted = translate("SearchResults", "“{name}”")
            text += " — " + quoted.format(name=result.suggestion)
            markup += " — <i>" + quoted.format(name=html.escape(result.suggestion)) + "</i>"
        rows.append(_content_row(result, result_target(content, result), other_forms, text, markup))
    return tuple(rows)


def _content_row(result: SearchResult, target: Target, other_forms: str, text: str, markup: str) -> ResultRow:
    if result.snippet is None:  # built when the row is first drawn; until then the tooltip holds the forms
        return ResultRow(text, markup, None, other_forms, target, result=result)
    tooltip = f"{other_forms}\n\n{result.snippet.text}" if other_forms else result.snippet.text
    return ResultRow(text, markup, marked_html(result.snippet), tooltip, target, result=result)


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
    """What opening a result shows: its event or place, or its entry. Whether an entry is about a place is
    looked up when it is opened (navigation.entry_target), not for every row of every keystroke."""
    if result.source_table == "place":
        return Target("place", result.ref)
    if result.source_table == "event":
        return Target("event", result.ref)
    return Target("entry", result.entry_id)
