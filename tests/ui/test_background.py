"""The one helper for background reads: results come back on the GUI thread, a newer query wins, and
closing it stops what has not started."""

from __future__ import annotations

import threading

from desktop_app.ui.background import BackgroundReader


def test_a_read_comes_back_to_the_gui_thread(qtbot, content) -> None:
    reader = BackgroundReader(content.path, "test")
    got: list[tuple[str, bool]] = []
    reader.submit(lambda db: db.entry("shusha").title,
                  lambda title: got.append((title, threading.current_thread() is threading.main_thread())))
    qtbot.waitUntil(lambda: bool(got), timeout=3000)
    assert got == [(content.entry("shusha").title, True)]
    reader.shutdown()


def test_only_the_newest_query_of_a_kind_is_delivered(qtbot, content) -> None:
    reader = BackgroundReader(content.path, "test")
    release = threading.Event()
    got: list[str] = []

    def slow(query: str):
        def job(db):
            release.wait(3)
            return query
        return job

    for query in ("s", "sh", "shu"):
        reader.submit(slow(query), got.append, key="search")
    release.set()
    last = reader.submit(lambda db: "done", got.append)
    last.result(timeout=3)
    qtbot.waitUntil(lambda: "done" in got, timeout=3000)
    assert got == ["shu", "done"]  # "s" and "sh" were overtaken while they ran
    reader.shutdown()


def test_a_failed_read_tells_its_error_and_a_shut_reader_runs_nothing(qtbot, content) -> None:
    reader = BackgroundReader(content.path, "test")
    errors: list[BaseException] = []
    reader.submit(lambda db: 1 / 0, lambda _: None, on_error=errors.append)
    qtbot.waitUntil(lambda: bool(errors), timeout=3000)
    assert isinstance(errors[0], ZeroDivisionError)
    reader.shutdown()
    assert reader.submit(lambda db: "late").cancelled()
