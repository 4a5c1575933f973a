"""Every user setting, declared once with its type and default, stored with QSettings."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QObject, QSettings, Signal

from desktop_app.paths import user_data_dir


@dataclass(frozen=True)
class Option:
    key: str
    type: type
    default: Any


READER_TEXT_SIZE = Option("reader/text_size", int, 11)
SENSITIVE_NOTICE = Option("reader/sensitive_notice", bool, True)
# How place names are shown on the map and in lists: english, armenian, azerbaijani or both.
NAME_FORM = Option("names/form", str, "english")
LAST_ENTRY = Option("session/entry", str, "")
LAST_DATE = Option("session/date", str, "")
# Timeline lanes the user has hidden, comma-separated lane keys.
TIMELINE_HIDDEN_LANES = Option("timeline/hidden_lanes", str, "")

NAME_FORMS = ("english", "armenian", "azerbaijani", "both")


class Settings(QObject):
    """Typed access to QSettings; `changed` tells listeners which key changed."""

    changed = Signal(str)

    def __init__(self, qsettings: QSettings | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        if qsettings is None:
            # An INI file in the user data folder: the same place as the notes, moved by the same
            # environment variable (so tests never touch real settings), readable by a person.
            path = user_data_dir() / "settings.ini"
            qsettings = QSettings(str(path), QSettings.Format.IniFormat)
        self.qsettings = qsettings

    def get(self, option: Option) -> Any:
        value = self.qsettings.value(option.key, option.default)
        if option.type is bool and isinstance(value, str):  # INI files give strings back
            return value.lower() in ("1", "true", "yes")
        try:
            return option.type(value)
        except (TypeError, ValueError):
            return option.default

    def set(self, option: Option, value: Any) -> None:
        if self.get(option) != value:
            self.qsettings.setValue(option.key, value)
            self.changed.emit(option.key)
