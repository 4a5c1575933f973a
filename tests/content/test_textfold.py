"""Folding makes typed Latin letters meet the Azerbaijani, Turkish and accented spellings."""

from __future__ import annotations

import pytest

from desktop_app.content.search import query_terms
from desktop_app.content.textfold import fold


@pytest.mark.parametrize(
    ("spelled", "typed"),
    [("Gəncə", "gence"), ("Xankəndi", "xankendi"), ("Naxçıvan", "naxcivan"), ("Füzuli", "fuzuli"),
     ("Ağdərə", "agdere"), ("İlham Əliyev", "ilham eliyev"), ("Cəbrayıl", "cebrayil"), ("Erdoğan", "erdogan")],
)
def test_spellings_fold_to_what_is_typed(spelled: str, typed: str) -> None:
    assert fold(spelled) == typed


@pytest.mark.parametrize("text", ["Şuşa və Xankəndi", "Շուշի", "Шуша", "İĞDIR", "naïve café", "🙂 emoji", "ß"])
def test_folding_keeps_every_position(text: str) -> None:
    # Snippet marks found in folded text are applied to the original text.
    assert len(fold(text)) == len(text)


def test_query_terms_drop_syntax_characters() -> None:
    assert query_terms('"Shusha" AND (Stepanakert*) -war: T-72') == ["shusha", "and", "stepanakert", "war", "t", "72"]
    assert query_terms("___") == []
