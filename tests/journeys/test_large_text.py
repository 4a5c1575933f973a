"""Big text, by keys and the mouse: View > Text Size > 200 % keeps the keyboard where it was and, on a laptop
screen, puts the search and notes panes beside the map and the chart as tabs; nothing is cut or pushed out of
the window, the map's Table button (clicked) lists the
places; back at 100 %, the three columns return and the text size is remembered."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QMenu, QTableView

from desktop_app.paths import user_data_dir
from desktop_app.ui.appearance import Appearance
from desktop_app.ui.settings import TEXT_SCALE, Settings
from tests.journeys.conftest import App, Person
from tests.ui.test_large_text import cut_or_outside


@pytest.fixture(autouse=True)
def usual_text_afterwards(qapp) -> Iterator[None]:
    """Other tests see the usual text size even if this journey stops half-way."""
    yield
    settings = Settings()
    settings.set(TEXT_SCALE, TEXT_SCALE.default)
    Appearance(qapp, settings).deleteLater()


def choose_text_size(person: Person, label: str) -> None:
    """Alt+V, X (Te&xt Size), then Down until `label` is highlighted, then Return: as a person does."""
    person.press("Alt+V")
    person.wait_until(lambda: isinstance(QApplication.activePopupWidget(), QMenu))
    view = QApplication.activePopupWidget()
    person.press("X")
    person.wait_until(lambda: QApplication.activePopupWidget() not in (None, view))
    sizes = QApplication.activePopupWidget()
    for _ in range(len(sizes.actions()) + 1):
        if sizes.activeAction() is not None and sizes.activeAction().text().startswith(label):
            break
        person.press("Down")
    assert sizes.activeAction().text().startswith(label)
    person.press("Return")
    person.pause()


def test_200_percent_text_fits_the_window_and_100_brings_the_columns_back(app: App, person: Person) -> None:
    window = person.window
    assert window.dockWidgetArea(window.search_dock) != window.dockWidgetArea(window.map_dock)

    focused = QApplication.focusWidget()
    choose_text_size(person, "200%")
    assert QApplication.focusWidget() is focused  # the keyboard stays where it was
    if window.width() <= 1366:  # a laptop: three columns no longer fit, one side column holds four panes
        assert window.search_dock in window.tabifiedDockWidgets(window.map_dock)
        assert window.notes_dock in window.tabifiedDockWidgets(window.map_dock)
    for key, dock in (("Ctrl+1", window.search_dock), ("Ctrl+3", window.map_dock),
                      ("Ctrl+4", window.casualties_dock), ("Ctrl+5", window.notes_dock),
                      ("Ctrl+2", window.timeline_dock)):
        person.press(key)  # each pane comes to the front, as Go > Pane does
        person.pause()
        assert dock.widget().isVisible()
        assert cut_or_outside(window, dock.widget()) == [], dock.windowTitle()

    # The map's Table button, clicked: the places as rows, the keyboard on them.
    person.press("Ctrl+3")
    person.pause()
    person.click(window.map.switch.button)
    person.pause()
    table = QApplication.focusWidget()
    assert isinstance(table, QTableView) and table.isVisible()
    assert table.model().rowCount() == len(window.content.places())
    assert cut_or_outside(window, window.map) == []

    choose_text_size(person, "100%")
    assert window.dockWidgetArea(window.search_dock) != window.dockWidgetArea(window.map_dock)
    assert window.search_dock not in window.tabifiedDockWidgets(window.map_dock)

    app.quit(person)
    saved = QSettings(str(user_data_dir() / "settings.ini"), QSettings.Format.IniFormat)
    assert int(saved.value("appearance/text_scale")) == 100
    assert saved.value("map/as_table") in (True, "true")
