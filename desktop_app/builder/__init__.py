"""Build `database.sqlite` from the content sources in resources/content/ (no Qt here)."""

from __future__ import annotations

from pathlib import Path

from desktop_app.builder.editorial import review
from desktop_app.builder.loader import read_sources
from desktop_app.builder.problems import BuildFailed, Problem
from desktop_app.builder.validate import validate
from desktop_app.builder.writer import write_database

__all__ = ["BuildFailed", "Problem", "build_database", "review", "source_article"]


def source_article(content_dir: Path) -> str | None:
    """The source article's text, kept beside the content for checking our text against it (None if absent)."""
    path = Path(content_dir).parent / "source-article" / "second-nagorno-karabakh-war.txt"
    return path.read_text(encoding="utf-8") if path.is_file() else None


def build_database(content_dir: Path, target: Path) -> list[Problem]:
    """Validate every source under `content_dir` and write `target`; raise BuildFailed on problems.
    Returns the editorial warnings (editorial.py), which do not stop the build.

    On failure nothing is written: an existing `target` stays as it was.
    """
    sources = read_sources(content_dir)
    problems = validate(sources)
    if problems:
        raise BuildFailed(problems)
    write_database(sources, content_dir, target)
    return review(sources, source_article(content_dir))
