"""Dragging something out of the window: an entry, event or place from the browse tree or the search results
becomes a fortyfourdays:// link (for a browser, a notes app, a slide; it opens the app when clicked) and a
line of text with its title for anything that takes only text."""

from __future__ import annotations

from PySide6.QtCore import QMimeData, QUrl

from desktop_app.app_links import LINK_KINDS, link_url
from desktop_app.notes.model import Target

MIME_TYPES = ["text/uri-list", "text/plain"]


def link_mime(items: list[tuple[Target, str]]) -> QMimeData | None:
    """Links and text for (target, title) pairs; None if none of them can be linked to."""
    links = []
    for target, title in items:
        kind = "entry" if target.kind == "passage" else target.kind
        if kind in LINK_KINDS:
            links.append((link_url(kind, target.id), " ".join(title.split())))
    if not links:
        return None
    mime = QMimeData()
    mime.setUrls([QUrl(url) for url, _title in links])
    mime.setText("\n".join(f"{title} <{url}>" if title else url for url, title in links))
    return mime
