"""Qt objects left in reference cycles are collected on the GUI thread, never by a worker thread that happens
to be allocating (which deleted them under the GUI thread's feet: random crashes while a search ran)."""

from __future__ import annotations

import gc
import threading

from PySide6.QtCore import QObject

from desktop_app.ui.background import BackgroundReader
from tests.conftest import DATABASE


class CycleWithAQtObject:
    """Garbage only the cyclic collector frees; it says on which thread it went."""

    freed_on: list[str] = []

    def __init__(self) -> None:
        self.me = self
        self.qt_object = QObject()

    def __del__(self) -> None:
        CycleWithAQtObject.freed_on.append(threading.current_thread().name)


def test_garbage_made_while_a_worker_allocates_is_collected_on_the_gui_thread(qtbot) -> None:
    reader = BackgroundReader(DATABASE, "busy-worker")  # starting worker threads switches the collector over
    try:
        gc.collect()
        CycleWithAQtObject.freed_on.clear()
        for _ in range(20):
            CycleWithAQtObject()

        def allocate_a_lot(_content) -> list[list[int]]:  # far past every collection threshold, in the worker
            return [[n] for n in range(200_000)]

        kept = reader.submit(allocate_a_lot).result(timeout=30)
        assert CycleWithAQtObject.freed_on == []  # the worker did not collect them
        qtbot.waitUntil(lambda: len(CycleWithAQtObject.freed_on) == 20, timeout=5000)  # the GUI thread did
        assert set(CycleWithAQtObject.freed_on) == {threading.main_thread().name}
        assert len(kept) == 200_000
    finally:
        reader.shutdown()
