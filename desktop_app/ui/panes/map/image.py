"""The map as an image: the scene as the view shows it, with the legend and the date below, at any size."""

from __future__ import annotations

import math
from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QRectF, QSize, QStandardPaths, Qt
from PySide6.QtGui import QAbstractTextDocumentLayout, QFont, QImage, QPainter, QPalette
from PySide6.QtWidgets import QFileDialog, QGraphicsScene, QWidget

from desktop_app.i18n import QT_TRANSLATE_NOOP, translate
from desktop_app.ui import messages
from desktop_app.ui.image_export import ask_image_size, caption_painter_palette, legend_document, text_scale
from desktop_app.ui.settings import Settings

#: the title of the dialogs that save the map as a picture file
TITLE = QT_TRANSLATE_NOOP("MapImage", "Save Map Image")


def shown_size(viewport: QSize, legend_html: str, font: QFont) -> QSize:
    """The size of the image when saved as shown on screen: the view plus the legend below it."""
    width = max(viewport.width(), 200)
    map_height = max(viewport.height(), 150)
    return QSize(width, map_height + math.ceil(legend_document(legend_html, font, width).size().height()))


def render(scene: QGraphicsScene, shown: QRectF, legend_html: str, font: QFont, palette: QPalette,
           size: QSize) -> QImage:
    """The scene around the same centre and at the same zoom as `shown` (a scene rectangle), with the legend
    below, as an image of `size`."""
    scale = text_scale(size)  # place names and the legend keep their size relative to the picture
    width, height = size.width() / scale, size.height() / scale
    legend = legend_document(legend_html, font, math.floor(width))
    legend_height = min(math.ceil(legend.size().height()), height / 2)
    target = QRectF(0, 0, width, height - legend_height)

    # The same centre and zoom as the view, widened or heightened to the image's proportions.
    source = QRectF(shown)
    if target.height() > 0 and source.height() > 0:
        aspect = target.width() / target.height()
        centre = source.center()
        if source.width() / source.height() < aspect:
            source.setWidth(source.height() * aspect)
        else:
            source.setHeight(source.width() / aspect)
        source.moveCenter(centre)

    image = QImage(size, QImage.Format.Format_ARGB32)
    image.setDevicePixelRatio(scale)
    image.fill(palette.color(QPalette.ColorRole.Window))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    scene.render(painter, target, source, Qt.AspectRatioMode.IgnoreAspectRatio)
    painter.translate(0, height - legend_height)
    context = QAbstractTextDocumentLayout.PaintContext()
    context.palette = caption_painter_palette(palette)
    legend.documentLayout().draw(painter, context)
    painter.end()
    image.setDevicePixelRatio(1.0)  # the file is measured in pixels; the density was only for drawing
    return image


def ask_and_save(parent: QWidget, settings: Settings, shown: QSize, day: date,
                 save: Callable[[str, QSize], bool]) -> None:
    """Ask for the image's size (`shown`: as on screen) and file, then `save(path, size)` it."""
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.PicturesLocation) or \
        QStandardPaths.writableLocation(QStandardPaths.StandardLocation.HomeLocation)
    title = translate("MapImage", TITLE)
    chosen, size = ask_image_size(parent, title, shown, settings)
    if not chosen:
        return
    #: a file type in the Save dialog
    file_type = translate("MapImage", "PNG image")
    path, _ = QFileDialog.getSaveFileName(parent, title, str(Path(folder) / f"44days-map-{day.isoformat()}.png"),
                                          f"{file_type} (*.png)")
    if not path:
        return
    if not path.lower().endswith(".png"):
        path += ".png"
    if not save(path, size):
        #: {path} is the file the user chose
        messages.warn(parent, title, translate("MapImage", "The image could not be saved to {path}.").format(path=path))
