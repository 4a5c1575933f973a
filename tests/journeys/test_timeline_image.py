"""The timeline as a picture for a slide: open the Shusha entry by search, then File > Save Timeline Image
(Ctrl+Shift+T), pick "1920 × 1080" in the size dialog with the arrow keys and save it under a typed name.
The file is a 1920 × 1080 PNG with the lanes drawn in their colours and the entry's events ringed."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QFileDialog

from desktop_app.ui import theme
from desktop_app.ui.image_export import ImageSizeDialog
from tests.journeys.conftest import Answer, Person, press, type_path


def share_of(image: QImage, colour: QColor, step: int = 4) -> float:
    """The share of the picture's pixels (sampled) that are `colour`, give or take a little."""
    hits = total = 0
    for y in range(0, image.height(), step):
        for x in range(0, image.width(), step):
            pixel = image.pixelColor(x, y)
            total += 1
            hits += all(abs(a - b) <= 8 for a, b in ((pixel.red(), colour.red()), (pixel.green(), colour.green()),
                                                      (pixel.blue(), colour.blue())))
    return hits / total


def test_the_timeline_saved_for_a_slide(person: Person, tmp_path: Path) -> None:
    picture = tmp_path / "shusha-timeline.png"
    person.press("Ctrl+K")
    person.type("battle of shusha")
    person.pause(400)
    person.press("Return")  # opens the first result
    person.wait_until(lambda: person.window.state.entry_id == "battle-of-shusha")
    person.wait_until(lambda: person.window._timeline is not None, timeout=15_000)  # built once pyqtgraph is in

    dialogs = person.expect_dialogs(Answer("Save Timeline Image", press("Down", "Down", "Return"), ImageSizeDialog),
                                    Answer("Save Timeline Image", type_path(picture), QFileDialog))
    person.press("Ctrl+Shift+T")
    dialogs.check()

    image = QImage(str(picture))
    assert (image.width(), image.height()) == (1920, 1080)
    for lane in ("military", "civilian-harm", "diplomacy"):
        assert share_of(image, theme.LANE_COLOURS[lane]) > 0.0005, lane  # each lane's markers and bars are there
    highlight = person.window.timeline.palette().color(person.window.timeline.palette().ColorRole.Highlight)
    assert share_of(image, highlight, step=2) > 0.00005  # the rings round the entry's events
