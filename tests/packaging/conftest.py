"""The environment the packaging tests run the app in."""

from __future__ import annotations

import os
from pathlib import Path

import pytest


@pytest.fixture
def bare_env(tmp_path: Path) -> dict[str, str]:
    """The environment of a user with no screen and an empty home: the app must set up the rest itself.

    No QT_QPA_PLATFORM, no FORTYFOURDAYS_* variables, no display, and HOME (and the Windows profile
    folders) in a fresh temporary folder, so anything written to the user's own folders shows up there.
    """
    env = {
        key: value for key, value in os.environ.items()
        if not key.startswith(("FORTYFOURDAYS_", "QT_", "XDG_"))
        and key not in ("DISPLAY", "WAYLAND_DISPLAY", "PYTHONPATH")
    }
    home = tmp_path / "home"
    home.mkdir()
    env.update(HOME=str(home), USERPROFILE=str(home), APPDATA=str(home / "AppData" / "Roaming"),
               LOCALAPPDATA=str(home / "AppData" / "Local"))
    return env
