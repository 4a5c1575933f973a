"""Build step that puts the app's run-time files into the wheel, at desktop_app/data/.

Everything else about the package is in pyproject.toml. `desktop_app.paths` looks in desktop_app/data/
first and falls back to the checkout, so a wheel (or a PyInstaller bundle, see packaging/44days.spec,
which uses `runtime_files` below) carries its own copy while an editable install keeps reading the
checkout's files directly.

Shipped: database.sqlite and everything under resources/ except the content sources, the source
article and the scripts that derive files (the app reads none of them at run time).
"""

from __future__ import annotations

import shutil
from pathlib import Path, PurePosixPath

ROOT = Path(__file__).resolve().parent
DATA_PACKAGE_DIR = PurePosixPath("desktop_app", "data")
# Under resources/: folders and file patterns that are build inputs, not run-time files.
NOT_SHIPPED_DIRS = {"content", "source-article", "__pycache__"}
NOT_SHIPPED_SUFFIXES = (".py", ".pyc")


def runtime_files(root: Path = ROOT) -> list[tuple[Path, PurePosixPath]]:
    """(source file, path relative to desktop_app/data/) for every file the app reads at run time."""
    files = [(root / "database.sqlite", PurePosixPath("database.sqlite"))]
    resources = root / "resources"
    for path in sorted(resources.rglob("*")):
        relative = path.relative_to(resources)
        if path.is_file() and path.suffix not in NOT_SHIPPED_SUFFIXES and not NOT_SHIPPED_DIRS & set(relative.parts):
            files.append((path, PurePosixPath("resources", *relative.parts)))
    return files


if __name__ == "__main__":  # setuptools runs this file as __main__; the bundle spec only imports it
    from setuptools import setup
    from setuptools.command.build_py import build_py

    class BuildPyWithData(build_py):
        """Copy the run-time files into the built package; not for editable installs (they use the checkout)."""

        def run(self) -> None:
            super().run()
            if getattr(self, "editable_mode", False):
                return
            missing = [str(source) for source, _ in runtime_files() if not source.is_file()]
            if missing:
                raise SystemExit(f"cannot build 44 Days: missing run-time files {missing}")
            target = Path(self.build_lib, *DATA_PACKAGE_DIR.parts)
            for source, relative in runtime_files():
                destination = target / relative
                destination.parent.mkdir(parents=True, exist_ok=True)
                shutil.copyfile(source, destination)

    setup(cmdclass={"build_py": BuildPyWithData})
