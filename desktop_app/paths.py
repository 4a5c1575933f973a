"""Where the app finds its bundled content and keeps the user's own data.

Environment variables override both, so tests and portable setups never touch real user files:
FORTYFOURDAYS_DATABASE (the content database) and FORTYFOURDAYS_DATA_DIR (the user data folder).
"""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

DATABASE_ENV = "FORTYFOURDAYS_DATABASE"
DATA_DIR_ENV = "FORTYFOURDAYS_DATA_DIR"
APP_DIR_NAME = "44days"
DATABASE_NAME = "database.sqlite"

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


def user_data_dir() -> Path:
    """Folder for the user's notes and settings (created on demand by whoever writes there)."""
    override = os.environ.get(DATA_DIR_ENV)
    if override:
        return Path(override)
    return Path(platformdirs.user_data_dir(APP_DIR_NAME, appauthor=False))
