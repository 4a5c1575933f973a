"""An entry as one Markdown document for the reader: header, text, figures, see also, sources.

Kept free of Qt so the document a reader sees can be tested without a display.
"""

from __future__ import annotations

from desktop_app.content.database import ContentDatabase
from desktop_app.content.dates import format_date_range, format_partial_date
from desktop_app.content.links import ENTRY_SCHEME
from desktop_app.content.models import Entry, Place
from desktop_app.i18n import QT_TRANSLATE_NOOP, translate

PLACE_SCHEME = "place"
MAX_BACKLINKS = 25
# The kind of an entry, under its title ("Topic · 27 September – 10 November 2020").
KIND_LABELS = {
    #: the kind of an entry, shown under its title: a subject or theme
    "topic": QT_TRANSLATE_NOOP("ContentRender", "Topic"),
    #: the kind of an entry, shown under its title: something that happened
    "event": QT_TRANSLATE_NOOP("ContentRender", "Event"),
    #: the kind of an entry, shown under its title: a town, village or area
    "place": QT_TRANSLATE_NOOP("ContentRender", "Place"),
    "person": QT_TRANSLATE_NOOP("ContentRender", "Person"),
    "organisation": QT_TRANSLATE_NOOP("ContentRender", "Organisation"),
    "weapon": QT_TRANSLATE_NOOP("ContentRender", "Weapon system"),
}


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def _place_link(place: Place, name_form: str) -> str:
    others = place.other_forms(name_form).replace("\\", "\\\\").replace('"', '\\"')
    title = f' "{others}"' if others else ""
    return f"[{place.label(name_form)}]({PLACE_SCHEME}:{place.id}{title})"


def entry_document(content: ContentDatabase, entry: Entry, name_form: str = "english") -> str:
    """The entry as Markdown; place names in the form the user chose, the other forms as link titles
    (which the reader shows on hover)."""
    parts = [f"# {entry.title}", ""]
    byline = [translate("ContentRender", KIND_LABELS[entry.kind]) if entry.kind in KIND_LABELS else entry.kind]
    if entry.date:
        byline.append(format_date_range(entry.date, entry.end_date))
    parts += [f"*{' · '.join(byline)}*", ""]
    places = [p for p in (content.place(pid) for pid in entry.place_ids) if p is not None]
    if places:
        links = ", ".join(_place_link(p, name_form) for p in places)
        #: a label before the list of the places an entry is about
        label = translate("ContentRender", "Places:")
        parts += [f"**{label}** {links}", ""]
    parts += [entry.body.rstrip(), ""]

    figures = content.figures(entry_id=entry.id)
    if figures:
        heading = translate("ContentRender", "Figures discussed here")
        columns = [
            #: a column of the table of figures: what the number counts (a noun)
            translate("ContentRender", "Figure"),
            #: a column of the table of figures: the number itself (a noun)
            translate("ContentRender", "Value"),
            #: a column of the table of figures: who states the figure (see the glossary)
            translate("ContentRender", "Claimant"),
            #: a column of the table of figures: the date the figure was given for
            translate("ContentRender", "As of"),
        ]
        parts += [f"## {heading}", "", "| " + " | ".join(_cell(c) for c in columns) + " |", "|---|---|---|---|"]
        #: in the table of figures, when a figure's source gives no date for it
        not_given = translate("ContentRender", "not given")
        for figure in figures:
            as_of = format_partial_date(figure.as_of) or not_given
            parts.append(
                f"| {_cell(figure.label)} | {_cell(figure.display_value)} | {_cell(figure.claimant_name)} "
                f"| {as_of} |"
            )
        parts.append("")

    # Related entries chosen by the writer first, then entries that point here and are not yet listed.
    related = content.links_from(entry.id, kind="related")
    shown = {entry.id, *(other.id for other in related)}
    pointing_here = [other for other in content.backlinks(entry.id) if other.id not in shown]
    if related or pointing_here:
        parts += ["## " + translate("ContentRender", "See also"), ""]
        parts += [f"- [{other.title}]({ENTRY_SCHEME}:{other.id})" for other in related]
        if pointing_here:
            linked = ", ".join(f"[{o.title}]({ENTRY_SCHEME}:{o.id})" for o in pointing_here[:MAX_BACKLINKS])
            more = len(pointing_here) - MAX_BACKLINKS
            if more > 0:
                #: {entries} is a list of links to entries; %n is how many more entries mention this one
                linked = translate("ContentRender", "{entries} and %n more", None, more).format(entries=linked)
            #: a label before the list of the entries that link to this one
            label = translate("ContentRender", "Mentioned in:")
            parts += ["", f"**{label}** {linked}"]
        parts.append("")

    parts += ["## " + translate("ContentRender", "Sources"), ""]
    for source in entry.sources:
        name = f"[{source.name}]({ENTRY_SCHEME}:{source.entry_id})" if source.entry_id else source.name
        parts.append(f"- {name}")
    parts += ["", f"*{content.meta.get('article_credit', '')}*"]
    return "\n".join(parts)
