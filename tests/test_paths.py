"""Where notes and settings go: flag, environment, portable mode, platform default."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop_app import paths


def test_environment_variable_moves_the_data_folder(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv(paths.DATA_DIR_ENV, str(tmp_path / "mine"))
    assert paths.user_data_dir() == tmp_path / "mine"


def test_portable_marker_keeps_data_beside_the_app(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.delenv(paths.DATA_DIR_ENV, raising=False)
    monkeypatch.delenv(paths.PORTABLE_ENV, raising=False)
    monkeypatch.setattr(paths, "app_dir", lambda: tmp_path)
    assert paths.user_data_dir() != tmp_path / paths.PORTABLE_DATA_DIR
    (tmp_path / paths.PORTABLE_MARKER).write_text("")
    assert paths.user_data_dir() == tmp_path / paths.PORTABLE_DATA_DIR


def test_portable_flag_and_data_dir_flag(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    from desktop_app.app import apply_data_location, parse_args

    monkeypatch.delenv(paths.DATA_DIR_ENV, raising=False)
    monkeypatch.delenv(paths.PORTABLE_ENV, raising=False)
    monkeypatch.setattr(paths, "app_dir", lambda: tmp_path)
    apply_data_location(parse_args(["--portable"]))
    assert paths.user_data_dir() == tmp_path / paths.PORTABLE_DATA_DIR
    apply_data_location(parse_args(["--data-dir", str(tmp_path / "elsewhere")]))
    assert paths.user_data_dir() == (tmp_path / "elsewhere").resolve()


def test_platform_default_is_used_otherwise(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.delenv(paths.DATA_DIR_ENV, raising=False)
    monkeypatch.delenv(paths.PORTABLE_ENV, raising=False)
    monkeypatch.setattr(paths, "app_dir", lambda: tmp_path)
    assert paths.user_data_dir().name == paths.APP_DIR_NAME


def test_on_windows_notes_roam_unless_an_earlier_version_kept_them_locally(tmp_path: Path) -> None:
    """%APPDATA% travels with a roaming profile to the next school PC; %LOCALAPPDATA% does not."""
    roaming, local = tmp_path / "AppData" / "Roaming" / "44days", tmp_path / "AppData" / "Local" / "44days"
    assert paths.platform_data_dir(roaming, local) == roaming  # a new install
    local.mkdir(parents=True)
    (local / paths.NOTES_NAME).write_bytes(b"")
    assert paths.platform_data_dir(roaming, local) == local  # notes from before stay found
    roaming.mkdir(parents=True)
    (roaming / paths.NOTES_NAME).write_bytes(b"")
    assert paths.platform_data_dir(roaming, local) == roaming
    assert paths.platform_data_dir(local, local) == local  # Linux and macOS: one folder
