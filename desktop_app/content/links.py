"""The one link syntax of the content: [[entry-id]] or [[entry-id|text shown]]."""

from __future__ import annotations

import re
from collections.abc import Callable

LINK = re.compile(r"\[\[([^\[\]|]+?)(?:\|([^\[\]]+?))?\]\]")
ENTRY_SCHEME = "entry"


def link_targets(markdown: str) -> list[str]:
    return [match.group(1).strip() for match in LINK.finditer(markdown)]


def resolve_links(markdown: str, title_of: Callable[[str], str]) -> str:
    """Turn [[id|text]] into standard Markdown links `[text](entry:id)`."""

    def replace(match: re.Match[str]) -> str:
        target = match.group(1).strip()
        text = (match.group(2) or title_of(target)).strip()
        return f"[{text}]({ENTRY_SCHEME}:{target})"

    return LINK.sub(replace, markdown)


_MARKUP = re.compile(r"(^|\s)#{1,6}\s+|[*_`>]+|^\s*[-+]\s+", re.MULTILINE)
_MD_LINK = re.compile(r"\[([^\]]*)\]\([^)]*\)")
_SPACE = re.compile(r"\s+")


def plain_text(markdown: str, title_of: Callable[[str], str]) -> str:
    """Readable text without markup, for search and snippets."""
    text = resolve_links(markdown, title_of)
    text = _MD_LINK.sub(r"\1", text)
    text = _MARKUP.sub(" ", text)
    return _SPACE.sub(" ", text).strip()
