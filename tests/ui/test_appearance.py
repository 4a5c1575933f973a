"""Reading comfort: light, dark or the system's theme, high contrast, and the text size of the whole app,
applied to the application and kept across a restart; and the teacher's lock on sensitive entries."""

from __future__ import annotations

import gc
import os
from pathlib import Path

import pytest
from PySide6.QtCore import QSize
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication

from desktop_app.ui.appearance import Appearance
from desktop_app.ui.main_window import MainWindow
from desktop_app.ui.printing import PrintOptions
from desktop_app.ui.settings import HIGH_CONTRAST, SENSITIVE_NOTICE, TEXT_SCALE, THEME, Settings

Role = QPalette.ColorRole
SENSITIVE_ENTRY = "hadrut-execution-videos"


@pytest.fixture(autouse=True)
def system_look_afterwards(qapp):
    """Each test starts and ends with the system's own look, so other tests see the usual palette."""
    before_window = qapp.palette().color(Role.Window)
    before_size = qapp.font().pointSizeF()
    yield
    settings = Settings()
    for option in (THEME, HIGH_CONTRAST, TEXT_SCALE):
        settings.set(option, option.default)
    Appearance(qapp, settings).deleteLater()
    assert qapp.palette().color(Role.Window) == before_window and qapp.font().pointSizeF() == before_size


@pytest.fixture
def window(qtbot, content):
    win = MainWindow(content, Settings())
    qtbot.addWidget(win)
    win.show()
    yield win
    win.close()
    # The closed window is freed now, not whenever Python's cycle collector next runs: that could be in the
    # middle of the theme reset below, with a pane handling the palette change as it is deleted.
    del win
    gc.collect()


def restart(qtbot, content, first: MainWindow) -> MainWindow:
    """Close the window and start a new one on the same data folder (a new Settings reads the file)."""
    first.close()
    first.settings.qsettings.sync()
    second = MainWindow(content, Settings())
    qtbot.addWidget(second)
    second.show()
    return second


def view_action(window: MainWindow, *path: str):
    menu = next(a.menu() for a in window.menuBar().actions() if a.text().replace("&", "") == "View")
    for name in path:
        action = next(a for a in menu.actions() if a.text().replace("&", "").startswith(name))
        menu = action.menu() or menu
    return action


def test_dark_theme_darkens_the_whole_app_and_the_panes(window: MainWindow, qapp) -> None:
    system_window = qapp.palette().color(Role.Window)
    view_action(window, "Theme", "Dark").trigger()
    qapp.processEvents()  # widgets take the new palette and font on the next event round
    palette = qapp.palette()
    assert palette.color(Role.Window).lightness() < 80 and palette.color(Role.Text).lightness() > 180
    assert window.casualties.chart.backgroundBrush().color() == palette.color(Role.Base)  # a pane followed
    assert window.reader.browser.palette().color(Role.Base) == palette.color(Role.Base)
    # Links in the open entry are drawn again in the dark theme's link colour, readable on dark.
    cursor = window.reader.browser.document().find("See also")
    link = window.reader.browser.document().find(window.content.links_from(window.state.entry_id)[0].title, cursor)
    assert link.charFormat().foreground().color() == palette.color(Role.Link)
    view_action(window, "Theme", "Light").trigger()
    assert qapp.palette().color(Role.Window).lightness() > 180
    view_action(window, "Theme", "Follow System").trigger()
    assert qapp.palette().color(Role.Window) == system_window


@pytest.mark.parametrize(("theme", "text", "base"), [("light", "#000000", "#ffffff"), ("dark", "#ffffff", "#000000")])
def test_high_contrast_is_black_on_white_or_white_on_black(window: MainWindow, qapp, theme, text, base) -> None:
    window.settings.set(THEME, theme)
    view_action(window, "High Contrast").trigger()
    assert window.settings.get(HIGH_CONTRAST) is True
    palette = qapp.palette()
    assert palette.color(Role.Text).name() == text and palette.color(Role.Base).name() == base
    assert palette.color(Role.WindowText).name() == text and palette.color(Role.Window).name() == base


def test_text_size_applies_to_the_whole_app_and_the_reader(window: MainWindow, qapp) -> None:
    base = qapp.font().pointSizeF()
    reader_before = window.reader.browser.font().pointSizeF()
    view_action(window, "Text Size", "150%").trigger()
    qapp.processEvents()
    assert qapp.font().pointSizeF() == pytest.approx(base * 1.5, abs=0.1)
    assert window.search.field.font().pointSizeF() == pytest.approx(base * 1.5, abs=0.1)  # not only the reader
    assert window.reader.browser.font().pointSizeF() == pytest.approx(reader_before * 1.5, abs=0.1)
    # The chart's rows grow with the text, so a bar's label does not run into its bar.
    for bar in window.casualties.bars()[:5]:
        assert bar.text_rect().height() <= bar.text_px + 1
    # The reader's own Ctrl++ still works on top of it.
    window.reader.zoom_in_action.trigger()
    assert window.reader.browser.font().pointSizeF() > reader_before * 1.5


def test_theme_contrast_and_text_size_survive_a_restart(qtbot, content, window: MainWindow, qapp) -> None:
    base = qapp.font().pointSizeF()
    view_action(window, "Theme", "Dark").trigger()
    view_action(window, "High Contrast").trigger()
    view_action(window, "Text Size", "130%").trigger()
    # Back to the system's look before the restart, so what the new window shows is its own doing.
    Appearance(qapp, _defaults()).deleteLater()
    assert qapp.palette().color(Role.Base).name() != "#000000"
    second = restart(qtbot, content, window)
    assert qapp.palette().color(Role.Base).name() == "#000000"  # dark high contrast
    assert qapp.font().pointSizeF() == pytest.approx(base * 1.3, abs=0.1)
    assert view_action(second, "Theme", "Dark").isChecked() and view_action(second, "High Contrast").isChecked()
    assert view_action(second, "Text Size", "130%").isChecked()
    second.close()


def _defaults() -> Settings:
    from PySide6.QtCore import QSettings

    return Settings(QSettings(str(Path(os.environ["FORTYFOURDAYS_DATA_DIR"]) / "defaults.ini"),
                              QSettings.Format.IniFormat))


# -- the teacher's lock on sensitive entries ------------------------------------------------------

def lock(level: str) -> Path:
    path = Path(os.environ["FORTYFOURDAYS_DATA_DIR"]) / "classroom.ini"
    path.write_text(f"[classroom]\n# set by the school\nsensitive = {level}\n", encoding="utf-8")
    return path


def test_without_a_lock_the_notice_can_be_turned_off(window: MainWindow) -> None:
    toggle = window.notice_action
    assert toggle.isEnabled() and toggle.isChecked()
    toggle.trigger()
    assert window.settings.get(SENSITIVE_NOTICE) is False
    window.state.set_entry(SENSITIVE_ENTRY)
    assert not window.reader.text_hidden_by_notice


def test_teacher_lock_forces_the_notice_and_disables_the_toggle(qtbot, content) -> None:
    before = Settings()
    before.set(SENSITIVE_NOTICE, False)  # the student had turned it off
    before.qsettings.sync()
    path = lock("notice")
    win = MainWindow(content, Settings())
    qtbot.addWidget(win)
    win.show()
    toggle = win.notice_action
    assert toggle.isChecked() and not toggle.isEnabled()
    assert "teacher" in toggle.toolTip() and str(path) in toggle.toolTip()
    win.state.set_entry(SENSITIVE_ENTRY)
    assert win.reader.text_hidden_by_notice
    assert not win.reader.notice.always.isVisible()  # no "do not show again" under a lock
    win.settings.set(SENSITIVE_NOTICE, False)  # nothing turns it off
    assert win.settings.get(SENSITIVE_NOTICE) is True
    win.reader.notice.button.click()  # the notice can still be passed for this one entry
    assert not win.reader.text_hidden_by_notice
    win.close()


def test_teacher_lock_can_keep_the_text_hidden(qtbot, content) -> None:
    lock("hidden")
    win = MainWindow(content, Settings())
    qtbot.addWidget(win)
    win.show()
    win.state.set_entry(SENSITIVE_ENTRY)
    assert win.reader.text_hidden_by_notice
    assert not win.reader.notice.button.isVisible()
    assert "not shown on this computer" in win.reader.notice.message.text()
    win.reader.notice.button.click()
    assert win.reader.text_hidden_by_notice
    win.state.set_entry("shusha")  # other entries are not affected
    assert not win.reader.text_hidden_by_notice
    win.close()


def test_a_broken_lock_file_locks_nothing(qtbot, content) -> None:
    path = Path(os.environ["FORTYFOURDAYS_DATA_DIR"]) / "classroom.ini"
    path.write_bytes(b"\xff\xfe not an ini [[[")
    assert Settings().locked_reason(SENSITIVE_NOTICE) == ""
    QApplication.processEvents()


def mean_lightness(image) -> float:
    """Average lightness of a grid of pixels across the picture."""
    points = [(x, y) for x in range(5, image.width(), max(1, image.width() // 40))
              for y in range(5, image.height(), max(1, image.height() // 40))]
    return sum(image.pixelColor(x, y).lightness() for x, y in points) / len(points)


def test_printed_map_and_chart_are_light_under_the_dark_theme(window: MainWindow, qapp) -> None:
    view_action(window, "Theme", "Dark").trigger()
    qapp.processEvents()
    window.casualties_dock.raise_()
    qapp.processEvents()
    assert mean_lightness(window.map.render_image(QSize(600, 400))) < 110  # Save image keeps the screen's look
    job = window.printer.job(PrintOptions("A4", include_notes=False, include_map=True, include_chart=True))
    assert mean_lightness(job.map_image) > 180 and mean_lightness(job.chart_image) > 180  # paper is white
    # On screen both panes are dark again.
    qapp.processEvents()
    assert window.map.palette().color(Role.Window).lightness() < 80
    assert window.casualties.chart.backgroundBrush().color().lightness() < 80
    assert mean_lightness(window.map.render_image(QSize(600, 400))) < 110
