"""macOS hands files and links opened from Finder or a browser to the app as QFileOpenEvents, also before
the window exists; elsewhere nothing listens for them (a filter on the whole application costs every event)."""

from __future__ import annotations

import sys

from PySide6.QtCore import QUrl
from PySide6.QtGui import QFileOpenEvent
from PySide6.QtWidgets import QApplication

from desktop_app.ui.opening import FileOpenEvents


class OpenerStandIn:
    def __init__(self) -> None:
        self.opened: list[list[str]] = []

    def open(self, operands: list[str]) -> None:
        self.opened.append(list(operands))


def finder_opens(what: str) -> bool:
    """What macOS does on a double-click; True if the app took the event."""
    event = QFileOpenEvent(QUrl(what)) if "://" in what else QFileOpenEvent(what)
    return QApplication.sendEvent(QApplication.instance(), event)


def test_files_opened_before_the_window_reach_it_and_later_ones_go_straight_there(qapp) -> None:
    events = FileOpenEvents(qapp, listen=True)
    try:
        assert finder_opens("/Users/ana/Downloads/week-3.44days")
        assert finder_opens("fortyfourdays://entry/shusha")
        window = OpenerStandIn()
        events.deliver_to(window)  # type: ignore[arg-type]
        assert window.opened == [["/Users/ana/Downloads/week-3.44days", "fortyfourdays://entry/shusha"]]
        assert finder_opens("/Users/ana/Downloads/week-4.44days")
        assert window.opened[-1] == ["/Users/ana/Downloads/week-4.44days"]
    finally:
        events.close()
    assert not finder_opens("/Users/ana/Downloads/week-5.44days")  # closed: nobody takes it any more
    assert window.opened[-1] == ["/Users/ana/Downloads/week-4.44days"]


def test_elsewhere_nothing_listens(qapp) -> None:
    events = FileOpenEvents(qapp, listen=sys.platform == "darwin")
    if sys.platform == "darwin":
        events.close()  # the same check on a Mac: closed, it listens no more
    window = OpenerStandIn()
    events.deliver_to(window)  # type: ignore[arg-type]
    assert not finder_opens("/home/ana/week-3.44days")
    assert window.opened == []
    events.close()
