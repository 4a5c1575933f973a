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


# What a write did (NotesChange.action).
CHANGE_ACTIONS = ("add", "edit", "delete", "restore", "bookmark", "unbookmark", "reorder", "empty-trash", "undo",
                  "import", "replace")


@dataclass(frozen=True)
class NotesChange:
    """What one write to the notes changed: each touched note before and after (None: it did not exist).

    Every write to the store returns one, and the app passes it on to whatever shows notes, so each
    view updates the rows and passages it shows that were touched rather than reading everything again.
    `whole` means anything may have changed (a backup was restored): read everything again.
    """

    action: str  # one of CHANGE_ACTIONS
    before: dict[str, Note | None] = field(default_factory=dict)
    after: dict[str, Note | None] = field(default_factory=dict)
    origin: str = ""  # who asked for it: "editor", "reader", "notes-list", "import", "undo" ...
    note: Note | None = None  # the note the write made or left: a new note, the edited one, a bookmark
    kept: Note | None = None  # an edit that met a change made elsewhere: the other version, kept as a note
    counts: tuple[int, int, int] = (0, 0, 0)  # an import: added, updated, unchanged
    message: str = ""  # said to the user: what was undone, or why it could not be
    whole: bool = False

    @property
    def uuids(self) -> frozenset[str]:
        """The notes that are not as they were."""
        return frozenset(uuid for uuid in self.before.keys() | self.after.keys()
                         if self.before.get(uuid) != self.after.get(uuid))

    @property
    def empty(self) -> bool:
        return not self.whole and not self.uuids

    @property
    def targets(self) -> frozenset[Target]:
        """What the touched notes are (or were) attached to."""
        return frozenset(note.target for uuid in self.uuids
                         for note in (self.before.get(uuid), self.after.get(uuid)) if note is not None)

    @property
    def entry_ids(self) -> frozenset[str]:
        """Entries whose own notes, passages or bookmarks were touched."""
        return frozenset(target.entry_id for target in self.targets if target.entry_id)

    def touches_entry(self, entry_id: str) -> bool:
        """Whether the notes on `entry_id` (its own, its passages', its bookmark) may have changed."""
        return self.whole or entry_id in self.entry_ids

    def touches_passages_of(self, entry_id: str) -> bool:
        """Whether the passages marked in `entry_id`'s text may have changed (highlights and their colour)."""
        return self.whole or any(t.kind == "passage" and t.id == entry_id for t in self.targets)
