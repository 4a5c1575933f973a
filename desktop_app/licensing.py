"""Where this copy's licence texts are, and whether they are all there (for the self-test and About).

A standalone bundle carries `licences/` (written by packaging/licences.py when it was built), with an
index of every package in it; an installed wheel or a checkout carries the content's CC BY-SA 4.0 and Qt's
LGPL v3 texts in resources/licences/, and every other installed package carries its own.
"""

from __future__ import annotations

import json
import sqlite3
import sys
from collections.abc import Iterable
from importlib import metadata
from pathlib import Path

from desktop_app import paths
from desktop_app.i18n import translate

STANDARD_TEXTS = ("CC-BY-SA-4.0.txt", "LGPL-3.0-only.txt", "GPL-3.0-only.txt")
# Modules a frozen app runs on that belong to no package: PyInstaller's own loader (its licence is in the
# folder as "pyinstaller"), and the interpreter's built-ins.
NOT_PACKAGES = ("pyimod", "_pyi", "__main__", "__mp_main__", "_frozen_importlib",
                "_sysconfigdata_")  # the last: Python's own build settings, part of the standard library


class LicencesIncomplete(Exception):
    """Says what is missing from the licence folder."""


def bundle_licence_folder() -> Path | None:
    """The bundle's licences/ folder; None when not running from a bundle."""
    base = getattr(sys, "_MEIPASS", None)
    return Path(base) / "licences" if getattr(sys, "frozen", False) and base else None


def licence_location() -> Path:
    """Where a person finds the licence texts of this copy."""
    return bundle_licence_folder() or paths.resources_dir() / "licences"


def check_bundle_folder(folder: Path, loaded_modules: Iterable[str]) -> str:
    """A summary if `folder` covers every module loaded and holds every file its index lists, else
    LicencesIncomplete naming what is missing."""
    try:
        packages = json.loads((folder / "index.json").read_text(encoding="utf-8"))["packages"]
    except (OSError, ValueError, KeyError) as error:
        raise LicencesIncomplete(f"{folder / 'index.json'} cannot be read ({error})") from None
    missing = [f for p in packages for f in p["files"] if not (folder / f).is_file()]
    textless = [p["name"] for p in packages if not p["files"]]
    covered = {t for p in packages for t in p["top_level"]}
    top_level = {name.split(".")[0] for name in loaded_modules}
    uncovered = sorted(t for t in top_level - covered - set(sys.stdlib_module_names) - set(sys.builtin_module_names)
                       if not t.startswith(NOT_PACKAGES))
    problems = []
    if missing:
        problems.append(f"files listed but missing: {', '.join(missing[:5])}")
    if textless:
        problems.append(f"no licence text for: {', '.join(textless)}")
    if uncovered:
        problems.append(f"modules in use with no licence entry: {', '.join(uncovered)}")
    if problems:
        raise LicencesIncomplete(f"{folder}: " + "; ".join(problems))
    files = sum(len(p["files"]) for p in packages)
    return f"{folder}: {len(packages)} packages, {files} licence files, every module in use covered"


def check_installed_texts(folder: Path) -> str:
    missing = [name for name in STANDARD_TEXTS if not (folder / name).is_file()]
    if missing:
        raise LicencesIncomplete(f"{folder} lacks {', '.join(missing)}")
    return f"{folder}: CC BY-SA 4.0 and LGPL v3 texts present; each installed package carries its own"


def check_licences(loaded_modules: Iterable[str]) -> str:
    folder = bundle_licence_folder()
    if folder is not None:
        return check_bundle_folder(folder, loaded_modules)
    return check_installed_texts(paths.resources_dir() / "licences")


# What the About box lists: the pieces whose versions matter when a teacher reports a problem.
COMPONENTS = (("pyqtgraph", "pyqtgraph"), ("numpy", "numpy"), ("platformdirs", "platformdirs"),
              ("sqlite-utils", "sqlite_utils"))


def versions_in_use() -> list[tuple[str, str]]:
    """(name, version) of Python, SQLite and the libraries the app runs on, as installed or bundled."""
    found = [("Python", sys.version.split()[0]), ("SQLite", sqlite3.sqlite_version)]
    for name, module in COMPONENTS:
        try:
            version = metadata.version(name)
        except metadata.PackageNotFoundError:  # a bundle may leave a package's metadata out
            #: in the About box's list of versions, instead of a library's version number the app cannot read
            version = str(getattr(sys.modules.get(module), "__version__", "")) or translate("Licensing", "bundled")
        found.append((name, version))
    return found
