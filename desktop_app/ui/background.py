"""Reads that run off the GUI thread: the one way the panes read content in the background.

A `BackgroundReader` owns one worker thread and, on it, its own read-only connection to the content
database (SQLite connections are not shared between threads here). A pane hands it a job, a function of
that connection; the job's result comes back on the GUI thread to the pane's callback, or is waited for
through the returned `Future`. Jobs given a `key` supersede each other: the result of a job whose key has
since been given a newer job is dropped rather than delivered, so a fast typist sees only the last query.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path
from typing import Any, TypeVar

from PySide6.QtCore import QObject, Qt, Signal

from desktop_app.content import ContentDatabase
from desktop_app.ui.collector import collect_on_gui_thread

T = TypeVar("T")
# SQLite's page cache of a background connection: the window's own connection keeps the default 2,000 KiB;
# the readers (search, map, chart) each read a few pages a job, and four full caches were a tenth of the
# window's memory at 100 times the content.
BACKGROUND_CACHE_KIB = 500


class BackgroundReader(QObject):
    _delivered = Signal(object, object)  # callback, result: crosses to the GUI thread by a queued signal

    def __init__(self, database_path: Path, name: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.database_path = database_path
        collect_on_gui_thread()  # a worker thread must never collect Qt objects (ui/collector.py)
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix=name)
        self._content: ContentDatabase | None = None  # used only on the worker thread
        self._latest: dict[str, int] = {}
        self._jobs = 0
        self._closed = False
        self._pending: set[Future] = set()
        self._lock = threading.Lock()
        # Queued even from the GUI thread: a job over before submit() returns is still delivered from the event
        # loop, never inside the call that asked for it.
        self._delivered.connect(self._deliver, Qt.ConnectionType.QueuedConnection)

    def submit(self, job: Callable[[ContentDatabase], T], on_done: Callable[[T], None] | None = None,
               key: str = "", on_error: Callable[[BaseException], None] | None = None) -> Future:
        """Run `job(content)` on the worker thread; hand its result to `on_done` on the GUI thread."""
        self._jobs += 1
        number = self._jobs
        if key:
            self._latest[key] = number

        def run() -> T:
            if self._content is None:
                self._content = ContentDatabase(self.database_path, cache_kib=BACKGROUND_CACHE_KIB)
            return job(self._content)

        future: Future = self._executor.submit(run) if not self._closed else _cancelled()

        def finished(done: Future) -> None:
            if done.cancelled() or (key and self._latest.get(key) != number):
                return
            error = done.exception()
            if error is None and on_done is not None:
                self._delivered.emit(on_done, done.result())
            elif error is not None and on_error is not None:
                self._delivered.emit(on_error, error)

        with self._lock:
            self._pending.add(future)
        future.add_done_callback(self._forget)
        future.add_done_callback(finished)
        return future

    def _forget(self, future: Future) -> None:
        with self._lock:
            self._pending.discard(future)

    def _deliver(self, callback: Callable[[Any], None], result: Any) -> None:
        if not self._closed:
            callback(result)

    def shutdown(self) -> None:
        """Stop taking jobs, wait for the one running and close the worker's connections."""
        if self._closed:
            return
        self._closed = True

        def close() -> None:
            if self._content is not None:
                self._content.close()
            self._content = None

        with self._lock:
            pending_jobs = list(self._pending)
        for pending in pending_jobs:
            pending.cancel()  # jobs not yet started never start
        try:
            self._executor.submit(close)
        except RuntimeError:  # the interpreter is exiting: its threads are gone, and the connections with them
            return
        self._executor.shutdown(wait=True)


def _cancelled() -> Future:
    future: Future = Future()
    future.cancel()
    return future
