"""Application start: command-line flags, QApplication, the content database, the main window."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from desktop_app import APP_NAME, __version__
from desktop_app.content import ContentDatabase, ContentError
from desktop_app.paths import DATA_DIR_ENV, PORTABLE_ENV, bundled_database_path


def parse_args(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="44days", description=f"{APP_NAME}: offline reference on the 2020 war.")
    parser.add_argument("--database", type=Path, default=None, help="content database to open")
    parser.add_argument("--data-dir", type=Path, default=None,
                        help="folder for your notes, backups and settings (default: your user data folder)")
    parser.add_argument("--portable", action="store_true",
                        help="keep notes and settings in a folder beside the app (for a USB stick)")
    parser.add_argument("--version", action="version", version=f"{APP_NAME} {__version__}")
    return parser.parse_args(argv)


def apply_data_location(args: argparse.Namespace) -> None:
    """The flags win over the environment; paths.user_data_dir() reads the result."""
    if args.data_dir is not None:
        os.environ[DATA_DIR_ENV] = str(args.data_dir.resolve())
    if args.portable:
        os.environ[PORTABLE_ENV] = "1"


def main(argv: list[str] | None = None) -> int:
    args = parse_args(sys.argv[1:] if argv is None else argv)
    apply_data_location(args)
    # Qt is imported here, not at module level, so `--version` and `--help` work without a display.
    from PySide6.QtWidgets import QApplication, QMessageBox

    from desktop_app.ui.main_window import MainWindow

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setOrganizationName("44days")
    try:
        content = ContentDatabase(args.database or bundled_database_path())
    except ContentError as error:
        QMessageBox.critical(None, f"{APP_NAME} cannot start", str(error))
        print(error, file=sys.stderr)
        return 2
    window = MainWindow(content)
    window.show()
    return app.exec()
