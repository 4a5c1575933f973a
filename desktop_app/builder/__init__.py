"""Build `database.sqlite` from the content sources in resources/content/ (no Qt here)."""

from __future__ import annotations

from pathlib import Path

from desktop_app.builder.loader import read_sources
from desktop_app.builder.problems import BuildFailed, Problem
from desktop_app.builder.validate import validate
from desktop_app.builder.writer import write_database

__all__ = ["BuildFailed", "Problem", "build_database"]


def build_database(content_dir: Path, target: Path) -> None:
    """Validate every source under `content_dir` and write `target`; raise BuildFailed on problems.

    On failure nothing is written: an existing `target` stays as it was.
    """
    sources = read_sources(content_dir)
    problems = validate(sources)
    if problems:
        raise BuildFailed(problems)
    write_database(sources, content_dir, target)
