"""The app's icon, for the window and the self-test (its own module, so neither needs the other)."""

from __future__ import annotations

from PySide6.QtGui import QIcon

from desktop_app.paths import resources_dir


def app_icon() -> QIcon:
    """The window icon from the PNG sizes shipped in resources/icons/."""
    icon = QIcon()
    for png in sorted((resources_dir() / "icons").glob("44days-*.png")):
        icon.addFile(str(png))
    return icon
