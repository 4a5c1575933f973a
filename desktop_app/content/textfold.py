"""Text folding shared by the database build and search queries.

SQLite's unicode61 tokenizer removes most diacritics but leaves letters such as the Azerbaijani
schwa (ə) and dotless i (ı) alone, so "gence" would never find "Gəncə". We fold those ourselves,
the same way when indexing and when querying. Folding maps each character to exactly one
character, so positions found in folded text are positions in the original text too.
"""

from __future__ import annotations

import unicodedata

_SPECIAL = {
    "ə": "e", "Ə": "e",
    "ı": "i", "İ": "i",
    "ß": "s",
    "ø": "o", "Ø": "o",
    "ł": "l", "Ł": "l",
    "đ": "d", "Đ": "d",
    "ʼ": "'", "’": "'",
}


def _fold_char(char: str) -> str:
    if char in _SPECIAL:
        return _SPECIAL[char]
    lowered = char.lower()
    if len(lowered) != 1:
        lowered = char
    decomposed = unicodedata.normalize("NFD", lowered)
    base = "".join(c for c in decomposed if not unicodedata.combining(c))
    return base if len(base) == 1 else lowered


class _FoldTable(dict[int, str]):
    """str.translate table that works out each character's folding the first time it is seen."""

    def __missing__(self, code: int) -> str:
        folded = self[code] = _fold_char(chr(code))
        return folded


_TABLE = _FoldTable()


def fold(text: str) -> str:
    """Lower-case, strip diacritics and fold ə/ı; the result has the same length as `text`."""
    return text.translate(_TABLE)
