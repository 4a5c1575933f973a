"""Every user setting, declared once with its type and default, stored with QSettings."""

from __future__ import annotations

import configparser
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QSettings, Signal

from desktop_app.i18n import translate
from desktop_app.paths import user_data_dir


@dataclass(frozen=True)
class Option:
    key: str
    type: type
    default: Any


READER_TEXT_SIZE = Option("reader/text_size", int, 11)
SENSITIVE_NOTICE = Option("reader/sensitive_notice", bool, True)
# How place names are shown on the map and in lists: english, armenian, azerbaijani, russian or both. Until the
# user chooses, the interface language's usage (desktop_app/ui/language.py gives the default).
NAME_FORM = Option("names/form", str, "english")
LAST_ENTRY = Option("session/entry", str, "")
LAST_DATE = Option("session/date", str, "")
# Timeline lanes the user has hidden, comma-separated lane keys.
TIMELINE_HIDDEN_LANES = Option("timeline/hidden_lanes", str, "")
# Whether the casualty chart shows each claimant's figures as they stood on the shared date.
CHART_FOLLOWS_DATE = Option("chart/follows_date", bool, False)
# Whether the timeline, the map and the chart show as tables (Show as Table) rather than as pictures.
TIMELINE_TABLE = Option("timeline/as_table", bool, False)
MAP_TABLE = Option("map/as_table", bool, False)
CHART_TABLE = Option("chart/as_table", bool, False)

NAME_FORMS = ("english", "armenian", "azerbaijani", "russian", "both")
# The interface language's code (en, ru, hy, az); "" follows the system. Read once at start.
LANGUAGE = Option("interface/language", str, "")
# Whether the one-time line "the content is in English for now" has been shown.
CONTENT_LANGUAGE_NOTICE = Option("interface/content_language_notice", bool, False)

# Appearance, applied to the whole application by desktop_app/ui/appearance.py.
THEME = Option("appearance/theme", str, "system")  # system, light or dark
HIGH_CONTRAST = Option("appearance/high_contrast", bool, False)
TEXT_SCALE = Option("appearance/text_scale", int, 100)  # percent of the system's text size
THEMES = ("system", "light", "dark")
TEXT_SCALES = (90, 100, 115, 130, 150, 175, 200)
# Whether the reader may pass the sensitive-content notice for one entry; only a classroom lock turns it off.
SENSITIVE_REVEAL = Option("reader/sensitive_reveal", bool, True)
# Print and PDF export choices, remembered for the next time.
PRINT_PAPER = Option("print/paper", str, "")  # A4 or Letter; "" = the locale's usual paper
PRINT_NOTES = Option("print/include_notes", bool, True)
PRINT_MAP = Option("print/include_map", bool, False)
PRINT_CHART = Option("print/include_chart", bool, False)
# Pixel size last chosen for saved map and chart images, "WIDTHxHEIGHT"; "" = as shown on screen.
IMAGE_SIZE = Option("export/image_size", str, "")

# A teacher locks settings with this file in the data folder (beside settings.ini, so it travels with a
# portable copy). `[classroom]` `sensitive = notice` forces the notice before sensitive entries;
# `sensitive = hidden` also keeps their text from being shown at all.
CLASSROOM_FILE = "classroom.ini"


class Settings(QObject):
    """Typed access to QSettings; `changed` tells listeners which key changed."""

    changed = Signal(str)

    def __init__(self, qsettings: QSettings | None = None, parent: QObject | None = None,
                 defaults: dict[str, Any] | None = None) -> None:
        super().__init__(parent)
        # Defaults that depend on the start (the place-name form of the interface language), by key.
        self.defaults = dict(defaults or {})
        if qsettings is None:
            # An INI file in the user data folder: the same place as the notes, moved by the same
            # environment variable (so tests never touch real settings), readable by a person.
            path = user_data_dir() / "settings.ini"
            qsettings = QSettings(str(path), QSettings.Format.IniFormat)
        self.qsettings = qsettings
        self.locks = classroom_locks(user_data_dir() / CLASSROOM_FILE)

    def locked_reason(self, option: Option) -> str:
        """Why the user cannot change this setting (a classroom lock), or "" when they can."""
        return self.locks[option.key][1] if option.key in self.locks else ""

    def get(self, option: Option) -> Any:
        if option.key in self.locks:
            return self.locks[option.key][0]
        default = self.defaults.get(option.key, option.default)
        value = self.qsettings.value(option.key, default)
        if option.type is bool and isinstance(value, str):  # INI files give strings back
            return value.lower() in ("1", "true", "yes")
        try:
            return option.type(value)
        except (TypeError, ValueError):
            return default

    def set(self, option: Option, value: Any) -> None:
        if option.key in self.locks:
            return  # the teacher's choice stands
        if self.get(option) != value:
            self.qsettings.setValue(option.key, value)
            self.changed.emit(option.key)


def classroom_locks(path: Path) -> dict[str, tuple[Any, str]]:
    """{setting key: (forced value, reason shown to the user)} from a teacher's classroom.ini."""
    parser = configparser.ConfigParser()
    try:
        parser.read(path, encoding="utf-8")
    except (OSError, configparser.Error, UnicodeDecodeError):
        return {}  # an unreadable lock file locks nothing rather than stopping the app
    level = parser.get("classroom", "sensitive", fallback="").strip().lower()
    locks: dict[str, tuple[Any, str]] = {}
    if level in ("notice", "hidden"):
        #: why a setting cannot be changed (a tooltip); {path} is the teacher's classroom.ini file
        reason = translate("Settings", "Set by your teacher or school in {path}").format(path=path)
        locks[SENSITIVE_NOTICE.key] = (True, reason)
        if level == "hidden":
            locks[SENSITIVE_REVEAL.key] = (False, reason)
    return locks
