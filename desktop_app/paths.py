"""Where the app finds its bundled content and keeps the user's own data.

The user data folder (notes, backups, settings) is, in order of precedence: the `--data-dir` flag
(which sets FORTYFOURDAYS_DATA_DIR), the FORTYFOURDAYS_DATA_DIR environment variable (tests use it so
they never touch real user files), portable mode (a file named `portable` next to the app, or the
`--portable` flag: the data stays beside the app, e.g. on a USB stick), and otherwise the platform's
user data folder. FORTYFOURDAYS_DATABASE overrides the content database.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import platformdirs

DATABASE_ENV = "FORTYFOURDAYS_DATABASE"
DATA_DIR_ENV = "FORTYFOURDAYS_DATA_DIR"
PORTABLE_ENV = "FORTYFOURDAYS_PORTABLE"
PORTABLE_MARKER = "portable"
PORTABLE_DATA_DIR = "44days-data"
APP_DIR_NAME = "44days"
DATABASE_NAME = "database.sqlite"
NOTES_NAME = "notes.sqlite"

_PACKAGE_DIR = Path(__file__).resolve().parent


def repository_root() -> Path:
    """The source checkout this package sits in (one level above the package)."""
    return _PACKAGE_DIR.parent


def bundled_database_path() -> Path:
    """The read-only content database: env override, then a copy shipped in the package, then the checkout."""
    override = os.environ.get(DATABASE_ENV)
    if override:
        return Path(override)
    shipped = _PACKAGE_DIR / "data" / DATABASE_NAME
    if shipped.exists():
        return shipped
    return repository_root() / DATABASE_NAME


def resources_dir() -> Path:
    shipped = _PACKAGE_DIR / "data" / "resources"
    return shipped if shipped.exists() else repository_root() / "resources"


def app_dir() -> Path:
    """The folder the app runs from: beside the executable in a bundle, the checkout otherwise."""
    if getattr(sys, "frozen", False):
        return Path(sys.executable).resolve().parent
    return repository_root()


def portable_mode() -> bool:
    return bool(os.environ.get(PORTABLE_ENV)) or (app_dir() / PORTABLE_MARKER).exists()


def user_data_dir() -> Path:
    """Folder for the user's notes and settings (created on demand by whoever writes there)."""
    override = os.environ.get(DATA_DIR_ENV)
    if override:
        return Path(override)
    if portable_mode():
        return app_dir() / PORTABLE_DATA_DIR
    return platform_data_dir(Path(platformdirs.user_data_dir(APP_DIR_NAME, appauthor=False, roaming=True)),
                             Path(platformdirs.user_data_dir(APP_DIR_NAME, appauthor=False, roaming=False)))


def platform_data_dir(roaming: Path, local: Path) -> Path:
    """On Windows the roaming folder (%APPDATA%), which a school's roaming profile carries to the next PC;
    but notes an earlier version kept in the local folder (%LOCALAPPDATA%) stay where they are. Elsewhere
    both are the same folder."""
    if roaming != local and not (roaming / NOTES_NAME).exists() and (local / NOTES_NAME).exists():
        return local
    return roaming
