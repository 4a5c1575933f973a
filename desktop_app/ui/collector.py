"""Garbage collection on the GUI thread only.

Python's cyclic garbage collector runs in whichever thread happens to allocate when a threshold is crossed.
Run in a worker thread (the search, the map's places, the notes writer), it can delete Qt objects that were
left in a reference cycle (a closed dialog, a window) while the GUI thread is still using them, and the
process crashes at random. So automatic collection is switched off once worker threads exist, and a timer
on the GUI thread collects instead, generation by generation as Python would (pyqtgraph's GarbageCollector
does the same for the same reason).
"""

from __future__ import annotations

import gc
import threading

from PySide6.QtCore import QCoreApplication, QObject, QTimer

INTERVAL_MS = 1000  # often enough that garbage never piles up; each check costs microseconds

_installed: GuiThreadCollector | None = None


class GuiThreadCollector(QObject):
    def __init__(self, app: QCoreApplication) -> None:
        super().__init__(app)
        self.thresholds = gc.get_threshold()
        self._timer = QTimer(self, interval=INTERVAL_MS)
        self._timer.timeout.connect(self.collect)
        self._timer.start()
        gc.disable()

    def collect(self) -> None:
        """What Python's automatic collection would have done by now."""
        young, middle, old = gc.get_count()
        if young > self.thresholds[0]:
            gc.collect(0)
            if middle > self.thresholds[1]:
                gc.collect(1)
                if old > self.thresholds[2]:
                    gc.collect(2)


def collect_on_gui_thread() -> None:
    """Called by whatever starts a worker thread; the first call on the GUI thread installs the collector."""
    global _installed
    app = QCoreApplication.instance()
    if _installed is not None or app is None or threading.current_thread() is not threading.main_thread():
        return
    _installed = GuiThreadCollector(app)
