"""An entry as one Markdown document for the reader: header, text, figures, see also, sources.

Kept free of Qt so the document a reader sees can be tested without a display.
"""

from __future__ import annotations

from desktop_app.content.database import ContentDatabase
from desktop_app.content.dates import format_date_range, format_partial_date
from desktop_app.content.links import ENTRY_SCHEME
from desktop_app.content.models import Entry, Place

PLACE_SCHEME = "place"
MAX_BACKLINKS = 25
KIND_LABELS = {
    "topic": "Topic", "event": "Event", "place": "Place", "person": "Person",
    "organisation": "Organisation", "weapon": "Weapon system",
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
    byline = [KIND_LABELS.get(entry.kind, entry.kind)]
    if entry.date:
        byline.append(format_date_range(entry.date, entry.end_date))
    parts += [f"*{' · '.join(byline)}*", ""]
    places = [p for p in (content.place(pid) for pid in entry.place_ids) if p is not None]
    if places:
        links = ", ".join(_place_link(p, name_form) for p in places)
        parts += [f"**Places:** {links}", ""]
    parts += [entry.body.rstrip(), ""]

    figures = content.figures(entry_id=entry.id)
    if figures:
        parts += ["## Figures discussed here", "", "| Figure | Value | Claimant | As of |", "|---|---|---|---|"]
        for figure in figures:
            as_of = format_partial_date(figure.as_of) or "not given"
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
        parts += ["## See also", ""]
        parts += [f"- [{other.title}]({ENTRY_SCHEME}:{other.id})" for other in related]
        if pointing_here:
            linked = ", ".join(f"[{o.title}]({ENTRY_SCHEME}:{o.id})" for o in pointing_here[:MAX_BACKLINKS])
            more = f" and {len(pointing_here) - MAX_BACKLINKS} more" if len(pointing_here) > MAX_BACKLINKS else ""
            parts += ["", f"**Mentioned in:** {linked}{more}"]
        parts.append("")

    parts += ["## Sources", ""]
    for source in entry.sources:
        name = f"[{source.name}]({ENTRY_SCHEME}:{source.entry_id})" if source.entry_id else source.name
        parts.append(f"- {name}")
    parts += ["", f"*{content.meta.get('article_credit', '')}*"]
    return "\n".join(parts)
