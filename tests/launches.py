"""The app started as a person starts it, in this test process (main()), and later launches of `44days` from a
shell or a file manager, in processes of their own, that hand what they open to the window already there."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QTimer

from desktop_app.app import main
from desktop_app.ui.main_window import MainWindow
from tests.conftest import REPO

LAUNCH_TIMEOUT_S = 60


def launch(*operands: str, data_dir: Path, cwd: Path) -> subprocess.Popen:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "FORTYFOURDAYS_DATA_DIR": str(data_dir),
           "PYTHONPATH": str(REPO)}
    return subprocess.Popen([sys.executable, "-m", "desktop_app", *operands], env=env, cwd=cwd,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def run_first_window(qapp, then: Callable[[MainWindow], None], *operands: str) -> int:
    """main() as a person starts it; `then(window)` runs once the window is up, and must close it."""
    errors: list[BaseException] = []

    def step() -> None:
        window = next((w for w in qapp.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()), None)
        if window is None:
            QTimer.singleShot(100, step)
            return
        try:
            then(window)
        except BaseException as error:  # noqa: BLE001 (reported after the loop ends)
            errors.append(error)
        finally:
            if window.isVisible():
                window.close()  # the last window: the app's loop ends, as when a person closes it
            else:
                # The person quit from inside a nested wait (a pause): Qt ends the app only from its own loop,
                # as it does when started from a shell (try-in-window sees it quit on Ctrl+Q).
                QTimer.singleShot(0, qapp.quit)

    watchdog = QTimer(singleShot=True, interval=LAUNCH_TIMEOUT_S * 2000)
    watchdog.timeout.connect(qapp.quit)
    watchdog.start()
    QTimer.singleShot(200, step)
    code = main(list(operands))
    watchdog.stop()
    if errors:
        raise errors[0]
    return code


def wait_for(process: subprocess.Popen, qapp) -> int:
    """Keep the window answering (it is the one the launch talks to) until the launch ends."""
    deadline = time.monotonic() + LAUNCH_TIMEOUT_S
    while process.poll() is None and time.monotonic() < deadline:
        qapp.processEvents()
        time.sleep(0.02)
    assert process.poll() is not None, "the second launch did not end"
    return process.returncode


def settle(qapp, until: Callable[[], bool], seconds: float = 10) -> None:
    deadline = time.monotonic() + seconds
    while not until() and time.monotonic() < deadline:
        qapp.processEvents()
        time.sleep(0.02)
