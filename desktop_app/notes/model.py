"""What the user keeps: notes, highlights and bookmarks, and where each is attached."""

from __future__ import annotations

from dataclasses import dataclass, field

# What a note can be attached to.
TARGET_KINDS = ("entry", "event", "place", "figure", "passage")
# A highlight is a passage note that may have no text; a bookmark puts its target on the reading list.
NOTE_KINDS = ("note", "highlight", "bookmark")
COLOURS = ("yellow", "green", "blue", "pink", "orange")

# Limits that keep the window responsive whatever a file holds (stated in the README). A note of a
# million characters is several hundred pages; the editor lays out even that in a fraction of a second.
MAX_NOTE_CHARS = 1_000_000
MAX_QUOTE_CHARS = 100_000  # a quoted passage: longer than any entry
MAX_TAGS = 100
MAX_TAG_CHARS = 200
MAX_ID_CHARS = 200  # entry, event, place and figure ids are short slugs
MAX_AUTHOR_CHARS = 200
MAX_POSITION = 1_000_000_000  # reading-list positions; far inside SQLite's 64-bit integers


@dataclass(frozen=True)
class TextQuote:
    """A passage anchored the way a W3C TextQuoteSelector does: the quoted text plus some context.

    `entry_id` names the entry whose plain text holds the passage. Context lets the passage be found
    again after the entry's text is rebuilt or edited.
    """

    entry_id: str
    exact: str
    prefix: str = ""
    suffix: str = ""


@dataclass(frozen=True)
class Target:
    kind: str  # one of TARGET_KINDS
    id: str  # entry, event, place or figure id; for a passage, the entry id
    quote: TextQuote | None = None  # only for kind == "passage"

    @property
    def entry_id(self) -> str | None:
        """The entry this target belongs to directly (entries and passages)."""
        return self.id if self.kind in ("entry", "passage") else None


@dataclass(frozen=True)
class Note:
    uuid: str
    kind: str  # one of NOTE_KINDS
    target: Target
    body: str = ""  # Markdown
    tags: tuple[str, ...] = ()
    colour: str = "yellow"
    created: str = ""  # ISO 8601 UTC, e.g. 2026-11-25T08:47:43Z
    updated: str = ""
    author: str = ""  # empty for the user's own notes; a teacher's name for imported ones
    imported: bool = False
    position: int = 0  # order on the reading list (bookmarks)
    deleted: str | None = None  # when it was moved to the trash, or None


@dataclass(frozen=True)
class Anchor:
    """Where a passage note sits in an entry's current text, or that it is detached."""

    start: int | None
    end: int | None

    @property
    def detached(self) -> bool:
        return self.start is None


@dataclass(frozen=True)
class NoteHit:
    note: Note
    snippet: str = ""
    marks: tuple[tuple[int, int], ...] = field(default=())
