"""Read-only reference content: queries and search over database.sqlite. Imports no Qt."""

from desktop_app.content.database import ContentDatabase, ContentError
from desktop_app.content.models import (
    ControlRecord,
    Entry,
    EntrySummary,
    Event,
    Figure,
    Place,
    PlaceName,
    SearchResult,
    Snippet,
    Source,
)

__all__ = [
    "ContentDatabase", "ContentError", "ControlRecord", "Entry", "EntrySummary", "Event", "Figure", "Place",
    "PlaceName", "SearchResult", "Snippet", "Source",
]
