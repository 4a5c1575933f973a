"""The user's own notes, highlights and bookmarks (no Qt).

store: the notes file and everything done to it; anchoring: finding a quoted passage again in an
entry's text; backup: the daily rolling backups; exchange: Markdown and JSON export, JSON import and
teacher packs; migrations: the schema versions.
"""

from desktop_app.notes.model import Anchor, Note, NoteHit, Target, TextQuote
from desktop_app.notes.store import NotesError, NotesReadOnly, NotesStore

__all__ = ["Anchor", "Note", "NoteHit", "NotesError", "NotesReadOnly", "NotesStore", "Target", "TextQuote"]
