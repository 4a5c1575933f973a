"""The bundled content passes every editorial check (desktop_app/builder/editorial.py): each entry is
linked from another, people and places are linked at first mention, one id per claimant, nothing copied
from the article, each long quotation in one entry, and person entries written to stay true."""

from __future__ import annotations

from desktop_app.builder import review, source_article
from desktop_app.builder.loader import read_sources
from tests.conftest import CONTENT


def test_the_content_draws_no_editorial_warning() -> None:
    warnings = [str(w) for w in review(read_sources(CONTENT), source_article(CONTENT))]
    assert source_article(CONTENT) is not None, "the source article is kept beside the content"
    assert warnings == []
