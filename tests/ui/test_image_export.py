"""Saving the map and the chart as PNG at a chosen size, for slides and worksheets."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSize
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QDialog, QFileDialog

from desktop_app.ui.image_export import SIZE_PRESETS, ImageSizeDialog
from desktop_app.ui.panes.casualties import CasualtiesPane
from desktop_app.ui.panes.map import MapPane
from desktop_app.ui.settings import Settings
from desktop_app.ui.state import AppState

SIZES = [(1280, 720), (1920, 1080), (2480, 3508)]


@pytest.fixture
def map_pane(qtbot, content):
    pane = MapPane(content, AppState(), Settings())
    qtbot.addWidget(pane)
    pane.resize(600, 500)
    pane.show()
    qtbot.waitExposed(pane)
    return pane


@pytest.fixture
def chart(qtbot, content):
    pane = CasualtiesPane(content, AppState(), Settings())
    qtbot.addWidget(pane)
    pane.resize(500, 600)
    pane.show()
    qtbot.waitExposed(pane)
    return pane


def size_of(path) -> tuple[int, int]:
    image = QImage(str(path))
    assert not image.isNull()
    return image.width(), image.height()


@pytest.mark.parametrize("size", SIZES)
def test_map_saves_at_the_chosen_size(map_pane: MapPane, tmp_path, size) -> None:
    assert map_pane.save_image(tmp_path / "map.png", size)
    assert size_of(tmp_path / "map.png") == size


def test_map_as_shown_is_the_view_with_its_legend(map_pane: MapPane, tmp_path) -> None:
    assert map_pane.save_image(tmp_path / "map.png")
    width, height = size_of(tmp_path / "map.png")
    view = map_pane.view.viewport().size()
    assert width == view.width() and height > view.height()  # the legend below the map


def test_map_legend_grows_with_a_large_image(map_pane: MapPane) -> None:
    """On an A4 sheet the legend is as readable as on screen: its share of the width stays the same."""
    window = map_pane.palette().color(map_pane.palette().ColorRole.Window).rgb()

    def legend_rows(image: QImage) -> int:
        # Rows at the bottom that are all background except for legend text and swatches: count upward
        # until a row is mostly map (not background).
        rows = 0
        for y in range(image.height() - 1, 0, -1):
            background = sum(image.pixel(x, y) == window for x in range(0, image.width(), 7))
            if background < 0.5 * len(range(0, image.width(), 7)):
                break
            rows += 1
        return rows

    small, large = map_pane.render_image((1000, 700)), map_pane.render_image((2480, 3508))
    assert legend_rows(large) > 2 * legend_rows(small) > 0


@pytest.mark.parametrize("size", SIZES)
def test_chart_saves_at_the_chosen_size(chart: CasualtiesPane, tmp_path, size) -> None:
    chart.export_png(tmp_path / "chart.png", size)
    assert size_of(tmp_path / "chart.png") == size


def test_chart_as_shown_keeps_its_full_height_and_the_screen_layout(chart: CasualtiesPane, tmp_path) -> None:
    before = chart.bars()[0].visible_text()
    chart.export_png(tmp_path / "chart.png")
    assert size_of(tmp_path / "chart.png") == (chart.chart.width(), chart.chart.height())
    chart.export_png(tmp_path / "wide.png", (1920, 1080))
    # Laid out wider for the image, then back to the pane's own width (the labels cut as before).
    assert chart.bars()[0].visible_text() == before


def test_size_dialog_offers_slides_a4_and_custom_and_remembers(qtbot) -> None:
    dialog = ImageSizeDialog("Save", QSize(640, 480), Settings())
    qtbot.addWidget(dialog)
    labels = [dialog.preset.itemText(i) for i in range(dialog.preset.count())]
    assert any("1280 × 720" in t for t in labels) and any("1920 × 1080" in t for t in labels)
    assert any("2480 × 3508" in t and "A4" in t for t in labels) and labels[-1] == "Custom size"
    assert dialog.chosen_size() is None and not dialog.width_box.isEnabled()  # as shown, by default
    dialog.preset.setCurrentIndex(len(SIZE_PRESETS) - 1)
    assert dialog.width_box.isEnabled()
    dialog.width_box.setValue(1600)
    dialog.height_box.setValue(900)
    dialog.accept()
    assert dialog.chosen_size() == QSize(1600, 900)
    again = ImageSizeDialog("Save", QSize(640, 480), Settings())  # a new start reads the same settings file
    qtbot.addWidget(again)
    assert again.chosen_size() == QSize(1600, 900)


@pytest.mark.parametrize("pane_name", ["map", "chart"])
def test_save_actions_ask_for_the_size(pane_name, map_pane, chart, tmp_path, monkeypatch) -> None:
    def choose_full_hd(dialog: ImageSizeDialog) -> int:
        dialog.preset.setCurrentIndex(next(i for i, (_l, s) in enumerate(SIZE_PRESETS) if s == QSize(1920, 1080)))
        dialog.accept()
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(ImageSizeDialog, "exec", choose_full_hd)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(tmp_path / "slide"), ""))
    if pane_name == "map":
        map_pane.save_image_action.trigger()
    else:
        chart.export_png_action.trigger()
    assert size_of(tmp_path / "slide.png") == (1920, 1080)


def test_cancelling_the_size_dialog_saves_nothing(map_pane, tmp_path, monkeypatch) -> None:
    monkeypatch.setattr(ImageSizeDialog, "exec", lambda dialog: QDialog.DialogCode.Rejected)
    asked = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: asked.append(1) or (str(tmp_path / "x"), ""))
    map_pane.save_image_action.trigger()
    assert not asked and not (tmp_path / "x.png").exists()
