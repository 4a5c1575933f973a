"""The chart as a PNG image of any size (for slides and worksheets, and for printing) and as a CSV table, and
the dialogs that ask what size and where to save them."""

from __future__ import annotations

import csv
from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QRectF, QSize, QStandardPaths
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtWidgets import QFileDialog, QWidget

from desktop_app.i18n import translate
from desktop_app.ui import messages
from desktop_app.ui.image_export import ask_image_size
from desktop_app.ui.panes.casualties.scene import ChartView, Drawing
from desktop_app.ui.settings import Settings
from desktop_app.views.chart import CSV_COLUMNS, ChartSection, csv_records
from desktop_app.views.chart.geometry import MIN_IMAGE_WIDTH


def chart_image(view: ChartView, drawing: Drawing, background: QColor,
                size: QSize | tuple[int, int] | None = None) -> QImage:
    """The whole chart as an image: as shown on screen, or at a chosen `size` laid out again to fill it."""
    if size is None:
        return view.grab().toImage()
    size = size if isinstance(size, QSize) else QSize(*size)
    shown = drawing.width
    height = view.height()  # fixed by the rows; a wider layout only wraps the header in fewer lines
    for _ in range(2):
        # Fill the image's height; the chart is laid out as wide as that leaves, and drawn at a higher
        # pixel density (as on a high-resolution screen) so text stays sharp and in proportion.
        scale = size.height() / height
        width = size.width() / scale
        if width < MIN_IMAGE_WIDTH:  # a tall, narrow image: fill the width instead, space below
            width, scale = MIN_IMAGE_WIDTH, size.width() / MIN_IMAGE_WIDTH
        drawing.layout(width)  # bar labels are cut again to the new width
        height = drawing.height
    scale = min(scale, size.height() / height)
    image = QImage(size, QImage.Format.Format_ARGB32)
    image.setDevicePixelRatio(scale)
    image.fill(background)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    drawing.scene.render(painter, QRectF(0, 0, width, height), QRectF(0, 0, width, height))
    painter.end()
    drawing.layout(shown)
    image.setDevicePixelRatio(1.0)
    return image


def write_csv(path: str | Path, sections: Sequence[ChartSection], view: str) -> int:
    """Save the figures of these sections, one row each with claimant and date; returns the count."""
    records = csv_records(sections, view)
    # utf-8-sig so spreadsheet programs read the dashes and names right
    with open(path, "w", newline="", encoding="utf-8-sig") as out:
        writer = csv.DictWriter(out, fieldnames=CSV_COLUMNS)
        writer.writeheader()
        writer.writerows(records)
    return len(records)


def ask_and_export(parent: QWidget, title: str, filter_: str, name: str, export: Callable[[str], object]) -> str:
    """Ask where to save (`name` in the Documents folder offered), then `export(path)`: the path saved, or ""
    when the person cancelled or the file could not be written (they are told why)."""
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    path, _ = QFileDialog.getSaveFileName(parent, title, str(Path(folder) / name), filter_)
    if not path:
        return ""
    suffix = Path(name).suffix
    if not path.lower().endswith(suffix):
        path += suffix
    try:
        export(path)
    except OSError as error:
        #: {error} is the reason, as the system gives it ("Permission denied: ...")
        messages.warn(parent, title, translate("CasualtiesExport", "The file could not be saved: {error}").format(
            error=error))
        return ""
    return path


def ask_png(parent: QWidget, settings: Settings, shown: QSize, export: Callable[[str, QSize | None], object],
            name: str, saved: Callable[[str], None]) -> None:
    """File > Export Chart as PNG: the size (as shown, or chosen), then where; `saved(path)` once written."""
    #: the title of the dialogs that save the casualty chart as a PNG image
    title = translate("CasualtiesPane", "Export chart as PNG")
    chosen, size = ask_image_size(parent, title, shown, settings)
    if chosen:
        #: a file type in the Save dialog
        file_type = translate("CasualtiesPane", "PNG image")
        path = ask_and_export(parent, title, f"{file_type} (*.png)", f"{name}.png", lambda p: export(p, size))
        if path:
            saved(path)


def ask_csv(parent: QWidget, export: Callable[[str], object], name: str, saved: Callable[[str], None]) -> None:
    """File > Export Chart Data as CSV: where; `saved(path)` once written."""
    #: the title of the dialog that saves the casualty chart's figures as a CSV table
    title = translate("CasualtiesPane", "Export data as CSV")
    #: a file type in the Save dialog
    file_type = translate("CasualtiesPane", "CSV table")
    path = ask_and_export(parent, title, f"{file_type} (*.csv)", f"{name}.csv", export)
    if path:
        saved(path)
