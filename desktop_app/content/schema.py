"""Facts about the bundled database's layout that both the build and the reader rely on."""

SCHEMA_VERSION = 1

ENTRY_KINDS = ("topic", "event", "place", "person", "organisation", "weapon")
EVENT_LANES = ("military", "civilian-harm", "diplomacy", "politics", "information")
CONTROL_HOLDERS = ("azerbaijan", "armenia-artsakh", "divided", "russian-peacekeepers")

# Search groups: what a result is about, whichever table it comes from.
SEARCH_GROUPS = ("topic", "event", "place", "person", "organisation", "weapon")

# Between the names and aliases of one search document.
NAME_SEPARATOR = " · "
