"""Application start: command-line flags, QApplication, the content database, the main window."""

from __future__ import annotations

import argparse
import os
import sqlite3
import sys
import threading
from pathlib import Path

from desktop_app import APP_ID, APP_NAME, __version__
from desktop_app.content import ContentDatabase, ContentError
from desktop_app.i18n import translate
from desktop_app.paths import DATA_DIR_ENV, PORTABLE_ENV, bundled_database_path, user_data_dir


def parse_args(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="44days", description=f"{APP_NAME}: offline reference on the 2020 war.")
    parser.add_argument("open", nargs="*", metavar="FILE_OR_LINK",
                        help="a notes file to import (.44days or .json: you see what it holds first) or a link "
                             "such as fortyfourdays://entry/shusha to open; a window already open takes them")
    parser.add_argument("--database", type=Path, default=None, help="content database to open")
    parser.add_argument("--data-dir", type=Path, default=None,
                        help="folder for your notes, backups and settings (default: your user data folder)")
    parser.add_argument("--portable", action="store_true",
                        help="keep notes and settings in a folder beside the app (for a USB stick)")
    parser.add_argument("--version", action="version", version=f"{APP_NAME} {__version__}")
    parser.add_argument("--self-test", action="store_true",
                        help="check this installation without a screen (database, search, every pane, notes), "
                             "print a report and exit 0 if all is well")
    return parser.parse_args(argv)


def apply_data_location(args: argparse.Namespace) -> None:
    """The flags win over the environment; paths.user_data_dir() reads the result."""
    if args.data_dir is not None:
        os.environ[DATA_DIR_ENV] = str(args.data_dir.resolve())
    if args.portable:
        os.environ[PORTABLE_ENV] = "1"


def _stop_threads(app) -> None:
    """Stop the worker threads of every window, also a half-built one: deleted while running, a QThread
    aborts the whole process, and a thread still importing pyqtgraph at the interpreter's end crashes it."""
    from PySide6.QtCore import QThread

    from desktop_app.ui.preload import Preload

    for widget in app.topLevelWidgets():
        for thread in widget.findChildren(QThread):
            thread.quit()
            thread.wait(5000)
        for preload in widget.findChildren(Preload):
            preload.wait(30)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(sys.argv[1:] if argv is None else argv)
    apply_data_location(args)
    if args.self_test:
        from desktop_app.selftest import run_self_test

        return run_self_test(args.database)
    # Qt is imported here, not at module level, so `--version` and `--help` work without a display.
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from desktop_app.ui import messages
    from desktop_app.ui.icon import app_icon
    from desktop_app.ui.language import apply_chosen_language
    from desktop_app.ui.main_window import MainWindow
    from desktop_app.ui.opening import FileOpenEvents
    from desktop_app.ui.single_instance import InstanceServer, hand_over, server_name

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setOrganizationName("44days")
    app.setWindowIcon(app_icon())
    app.setDesktopFileName(APP_ID)  # Wayland and task bars match the window to the installed .desktop file
    # Before any window or message: every text is translated when it is built.
    apply_chosen_language(app)
    # One window per notes folder: a window already open on these notes takes the files and links.
    instance_name, cwd = server_name(user_data_dir()), Path.cwd()
    if hand_over(instance_name, args.open, cwd):
        return 0
    opened_on_macos = FileOpenEvents(app)
    database = args.database or bundled_database_path()
    failed: list[BaseException] = []
    running: list[MainWindow] = []

    def stop(error: BaseException) -> None:
        """A damaged content database, found at start or later: one plain dialog, then the app stops."""
        if failed:
            return
        failed.append(error)
        if isinstance(error, ContentError):
            message = str(error)
        else:
            #: {path} is the content database's file, {error} the system's own description of the damage
            message = translate("App", "The content database {path} is damaged ({error}). "
                                       "Reinstall 44 Days to restore it.").format(path=database, error=error)
        #: the title of the dialog shown when the content database turns out damaged while the app runs
        stopped = translate("App", "{app} cannot go on").format(app=APP_NAME)
        #: the title of the dialog shown when the content database is damaged at start; {app} is "44 Days"
        cannot_start = translate("App", "{app} cannot start").format(app=APP_NAME)
        messages.fail(None, stopped if running else cannot_start, message)
        print(message, file=sys.stderr)
        _stop_threads(app)
        if running:  # exit() outside exec() would leave Qt refusing to run any event loop later
            running[0].close()  # saves the note being edited
            app.exit(2)

    def excepthook(kind, value, traceback) -> None:  # errors raised in Qt slots arrive here
        if isinstance(value, ContentError | sqlite3.DatabaseError):
            if threading.current_thread() is threading.main_thread():
                stop(value)
            else:  # the search worker's thread: the dialog belongs to the main thread
                QTimer.singleShot(0, app, lambda: stop(value))
        else:
            previous(kind, value, traceback)

    previous, sys.excepthook = sys.excepthook, excepthook
    try:
        try:
            content = ContentDatabase(database)
            window = MainWindow(content)
        except (ContentError, sqlite3.DatabaseError) as error:
            stop(error)
        if failed:
            return 2
        server = InstanceServer(instance_name, window)
        if server.listen():
            server.received.connect(window.opener.open)
        window.show()
        running.append(window)
        if args.open:
            QTimer.singleShot(0, window, lambda: window.opener.open(args.open, cwd))
        QTimer.singleShot(0, window, lambda: opened_on_macos.deliver_to(window.opener))
        code = app.exec()
        if failed:
            return 2
        if argv is None:  # started from the command line (tests pass argv): end now, see _exit_now
            _exit_now(window, code)
        return code
    finally:
        sys.excepthook = previous
        opened_on_macos.close()


def _exit_now(window, code: int) -> None:
    """End the process without Python's teardown of thousands of Qt and Python objects (about 0.1 s on a
    school laptop). Everything is saved by then: the window's close saved the note being edited and the
    session, every note is committed to disk as it is saved; the notes file is closed here so its -wal
    file is folded in."""
    window.notes.close()
    for stream in (sys.stdout, sys.stderr):
        if stream is not None:  # None in a windowed bundle on Windows, which has no console
            stream.flush()
    os._exit(code)
