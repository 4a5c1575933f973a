"""`44days --self-test` from the source checkout: passes on a good installation, fails clearly on a bad one."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from tests.packaging.helpers import ROOT, data_folder_of, run, written_to_home


def test_self_test_passes_from_the_checkout_without_a_screen(bare_env: dict[str, str], tmp_path: Path) -> None:
    result = run([sys.executable, "-m", "desktop_app", "--self-test"], bare_env, cwd=tmp_path)
    report = result.stdout
    assert result.returncode == 0, report + result.stderr
    assert f"source checkout at {ROOT}" in report
    for check in ("database", "search", "resources", "text", "window", "notes"):
        assert f"ok      {check}" in report
    for pane in ("Reader", "Search and Browse", "Timeline", "Map", "Casualties", "Notes"):
        assert pane in report  # every pane was built and painted
    assert "self-test passed" in report
    # It used a temporary data folder, removed it afterwards, and left the user's own folders alone.
    assert not data_folder_of(report).exists()
    assert written_to_home(bare_env) == []


def test_without_a_console_the_report_goes_to_a_file(bare_env: dict[str, str], tmp_path: Path) -> None:
    """A windowed Windows build has no sys.stdout; the report must still reach the user."""
    code = "import sys; sys.stdout = None; from desktop_app.app import main; raise SystemExit(main(['--self-test']))"
    result = run([sys.executable, "-c", code], bare_env, cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    report = (tmp_path / "44days-self-test.txt").read_text(encoding="utf-8")
    assert "self-test passed: 7 of 7 checks" in report


def test_without_a_console_the_app_still_ends_cleanly(bare_env: dict[str, str], tmp_path: Path) -> None:
    """Quitting a windowed Windows build (no sys.stdout, no sys.stderr) must not fail on the way out."""
    code = ("import sys; sys.stdout = sys.stderr = None\n"
            "from types import SimpleNamespace as Fake\n"
            "from desktop_app.app import _exit_now\n"
            "_exit_now(Fake(notes=Fake(close=lambda: None)), 0)\n"
            "raise SystemExit(7)  # not reached: _exit_now ends the process\n")
    assert run([sys.executable, "-c", code], bare_env, cwd=tmp_path).returncode == 0


@pytest.mark.parametrize("problem", ["missing", "not a database"])
def test_self_test_fails_with_the_reason_when_the_database_is_unusable(
    problem: str, bare_env: dict[str, str], tmp_path: Path
) -> None:
    database = tmp_path / "nowhere" / "database.sqlite"
    if problem == "not a database":
        database.parent.mkdir()
        database.write_bytes(b"this is not an SQLite file\n" * 100)
    bare_env["FORTYFOURDAYS_DATABASE"] = str(database)
    result = run([sys.executable, "-m", "desktop_app", "--self-test"], bare_env, cwd=tmp_path)
    report = result.stdout
    assert result.returncode != 0
    assert f"FAILED  database  The content database {database}" in report
    assert ("is missing" if problem == "missing" else "damaged or not a database") in report
    assert "Reinstall 44 Days" in report  # says what to do
    assert "self-test FAILED at database; not run: search, resources, text, window, notes" in report
    assert "Traceback" not in report + result.stderr
