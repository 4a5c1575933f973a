"""Anchoring a highlighted passage to an entry's text, the way a W3C TextQuoteSelector does.

A passage is kept as the quoted text plus a little of the text before and after it. When the entry's
text changes (the content is rebuilt, a paragraph is edited or moved), the passage is found again by
its quote; where the quote occurs more than once, the context decides. A passage that is gone is
reported as detached, and its note is kept.
"""

from __future__ import annotations

from desktop_app.content.textfold import fold
from desktop_app.notes.model import Anchor, TextQuote

CONTEXT = 32


def make_quote(entry_id: str, text: str, start: int, end: int, context: int = CONTEXT) -> TextQuote:
    """The quote for the selection [start, end) of an entry's plain text as the reader shows it.

    Whitespace at either end of the selection is left out of the quote.
    """
    if not 0 <= start < end <= len(text):
        raise ValueError(f"selection {start}..{end} is not inside a text of {len(text)} characters")
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if start == end:
        raise ValueError("the selection holds only whitespace")
    return TextQuote(entry_id, text[start:end], text[max(0, start - context):start], text[end:end + context])


def _context_fit(text: str, start: int, end: int, prefix: str, suffix: str) -> int:
    """How many characters of the recorded context sit right before and after text[start:end]."""
    before = 0
    while before < len(prefix) and before < start and text[start - 1 - before] == prefix[-1 - before]:
        before += 1
    after = 0
    while after < len(suffix) and end + after < len(text) and text[end + after] == suffix[after]:
        after += 1
    return before + after


def _best_match(text: str, exact: str, prefix: str, suffix: str) -> int | None:
    """Start of the occurrence of `exact` whose surroundings fit the context best (first on a tie)."""
    best, best_fit = None, -1
    at = text.find(exact)
    while at >= 0:
        fit = _context_fit(text, at, at + len(exact), prefix, suffix)
        if fit > best_fit:
            best, best_fit = at, fit
        at = text.find(exact, at + 1)
    return best


def _loose(text: str) -> tuple[str, list[int]]:
    """`text` folded (case, diacritics) with each run of whitespace made one space, and for each
    character of the result its position in `text`."""
    folded = fold(text)
    chars: list[str] = []
    positions: list[int] = []
    for i, char in enumerate(folded):
        if char.isspace():
            if chars and chars[-1] == " ":
                continue
            char = " "
        chars.append(char)
        positions.append(i)
    return "".join(chars), positions


def anchor(text: str, quote: TextQuote) -> Anchor:
    """Where the quoted passage is in `text` now; Anchor(None, None) (detached) when it is gone.

    First an exact match, the one whose context fits best; then the same ignoring case, diacritics
    and differences in whitespace (a re-wrapped or re-cased paragraph).
    """
    if not quote.exact:
        return Anchor(None, None)
    found = _best_match(text, quote.exact, quote.prefix, quote.suffix)
    if found is not None:
        return Anchor(found, found + len(quote.exact))
    exact = _loose(quote.exact)[0].strip()
    if not exact:
        return Anchor(None, None)
    loose_text, positions = _loose(text)
    found = _best_match(loose_text, exact, _loose(quote.prefix)[0], _loose(quote.suffix)[0])
    if found is None:
        return Anchor(None, None)
    return Anchor(positions[found], positions[found + len(exact) - 1] + 1)
