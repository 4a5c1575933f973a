"""Modules imported on a thread of their own while the window is already on screen.

pyqtgraph and numpy (the timeline and the chart) take about a quarter of a second to import. Imported on
the GUI thread after the first frame, they held the window that long: a click or a key went unanswered.
A thread gives the GUI thread turns in between (Python switches threads every few milliseconds), and the
panes that need them are built once they are in. Work that needs no Qt can be done there too (`then`):
the timeline's view-model, which reads every event's days, is made on that thread.
"""

from __future__ import annotations

import importlib
import threading
from collections.abc import Callable, Iterable
from typing import Any

from PySide6.QtCore import QObject, Signal

from desktop_app.ui.collector import collect_on_gui_thread

PLOTTING = ("numpy", "pyqtgraph")


class Preload(QObject):
    done = Signal()

    def __init__(self, modules: Iterable[str] = PLOTTING, then: Callable[[], Any] | None = None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.modules = tuple(modules)
        self._then = then
        self.result: Any = None  # what `then` made, once `finished` is set (None if it failed)
        self.finished = threading.Event()
        collect_on_gui_thread()  # a worker thread must never collect Qt objects (ui/collector.py)
        self._thread = threading.Thread(target=self._run, name="preload", daemon=True)

    def start(self) -> None:
        if not self._thread.is_alive() and not self.finished.is_set():
            self._thread.start()

    def wait(self, timeout: float) -> None:
        """Until the imports are done (if they were started): a thread still importing when the interpreter
        shuts down can crash the process."""
        if self._thread.is_alive():
            self.finished.wait(timeout)

    def _run(self) -> None:
        try:
            for name in self.modules:
                importlib.import_module(name)
            if self._then is not None:
                self.result = self._then()
        except Exception:  # noqa: BLE001 (whatever it was, the pane's own import says it again, on screen)
            pass
        finally:
            self.finished.set()
            self.done.emit()  # queued to the GUI thread
