"""Command line: `python -m desktop_app.builder [--content DIR] [--output FILE]`."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from desktop_app.builder import BuildFailed, build_database
from desktop_app.paths import repository_root


def main(argv: list[str] | None = None) -> int:
    root = repository_root()
    parser = argparse.ArgumentParser(description="Build database.sqlite from resources/content/.")
    parser.add_argument("--content", type=Path, default=root / "resources" / "content")
    parser.add_argument("--output", type=Path, default=root / "database.sqlite")
    args = parser.parse_args(argv)
    try:
        warnings = build_database(args.content, args.output)
    except BuildFailed as failure:
        for problem in failure.problems:
            print(problem, file=sys.stderr)
        print(f"build stopped: {len(failure.problems)} problem(s); {args.output} was not changed",
              file=sys.stderr)
        return 1
    for warning in warnings:
        print(f"warning: {warning}", file=sys.stderr)
    print(f"wrote {args.output}" + (f"; {len(warnings)} editorial warning(s) above" if warnings else ""))
    return 0


if __name__ == "__main__":
    sys.exit(main())
