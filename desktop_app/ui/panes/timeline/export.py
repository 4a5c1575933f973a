"""The timeline as an image for slides and worksheets: the lanes and the span in view, the rings and the
date line, with a caption below (span, date, lanes shown, source), at the sizes the map and chart offer.

At a chosen size the plot is laid out again for that shape (a plot of the same view-model, made off
screen), so the date axis, the lane labels and the markers are drawn for the size, not stretched."""

from __future__ import annotations

import html
import math
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QRectF, QSize, QStandardPaths, Qt
from PySide6.QtGui import QAbstractTextDocumentLayout, QImage, QPainter, QPalette
from PySide6.QtWidgets import QFileDialog

from desktop_app.i18n import QT_TRANSLATE_NOOP, translate
from desktop_app.ui import messages
from desktop_app.ui.image_export import ask_image_size, caption_painter_palette, legend_document, text_scale
from desktop_app.ui.panes.timeline.plot import TimelinePlot

if TYPE_CHECKING:
    from desktop_app.ui.panes.timeline.pane import TimelinePane

# The dialogs' title (translated where it is shown).
#: the title of the dialogs that save the timeline as an image
TITLE = QT_TRANSLATE_NOOP("TimelineExport", "Save Timeline Image")


def caption_html(pane: TimelinePane) -> str:
    lines = pane.model.image_caption(pane.plot.view_range(), pane.state.date)
    return f"<b>{html.escape(lines[0])}</b><br>{html.escape(lines[1])}<br><small>{html.escape(lines[2])}</small>"


def shown_size(pane: TimelinePane) -> QSize:
    """The image saved as shown: the plot as on screen, and the caption below it."""
    width = max(pane.plot.width(), 200)
    caption = legend_document(caption_html(pane), pane.font(), width)
    return QSize(width, max(pane.plot.height(), 120) + math.ceil(caption.size().height()))


def render(pane: TimelinePane, size: QSize | None = None) -> QImage:
    """The timeline as `pane` shows it (span, lanes, rings, date line), laid out for `size`, with its caption."""
    size = size or shown_size(pane)
    scale = text_scale(size)
    width, height = size.width() / scale, size.height() / scale
    caption = legend_document(caption_html(pane), pane.font(), math.floor(width))
    caption_height = min(math.ceil(caption.size().height()), height / 2)

    plot = TimelinePlot(pane.model, None)  # the same view-model: the same lanes, entry and selection
    plot.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen)
    plot.setFont(pane.font())
    plot.resize(math.floor(width), math.floor(height - caption_height))
    plot.apply_palette(pane.palette())
    plot.show()  # off screen: lays the plot out at its size
    plot.set_view_range(pane.plot.view_range())
    plot.cursor.setValue(pane.cursor.value())
    plot.redraw()
    plot.update_marks()

    image = QImage(size, QImage.Format.Format_ARGB32)
    image.setDevicePixelRatio(scale)
    image.fill(pane.palette().color(QPalette.ColorRole.Window))
    painter = QPainter(image)
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        # The whole plot is one graphics scene (axes and lane labels too): the view's part of it, drawn.
        shown = plot.viewport().rect()
        plot.render(painter, QRectF(0, 0, shown.width(), shown.height()), shown)
        painter.translate(0, height - caption_height)
        context = QAbstractTextDocumentLayout.PaintContext()
        context.palette = caption_painter_palette(pane.palette())
        caption.documentLayout().draw(painter, context)
    finally:
        painter.end()
        plot.close()
        plot.deleteLater()
    image.setDevicePixelRatio(1.0)  # the file is measured in pixels; the density was only for drawing
    return image


def ask_and_save(pane: TimelinePane) -> None:
    """Ask for the image's size and file, then save it (a message if it cannot be written)."""
    title = translate("TimelineExport", TITLE)
    chosen, size = ask_image_size(pane, title, shown_size(pane), pane.settings)
    if not chosen:
        return
    first, last = pane.visible_range()
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.PicturesLocation) or \
        QStandardPaths.writableLocation(QStandardPaths.StandardLocation.HomeLocation)
    name = f"44days-timeline-{first.isoformat()}-to-{last.isoformat()}.png"
    #: a file type in the Save dialog
    file_type = translate("TimelineExport", "PNG image")
    path, _ = QFileDialog.getSaveFileName(pane, title, str(Path(folder) / name), f"{file_type} (*.png)")
    if not path:
        return
    if not path.lower().endswith(".png"):
        path += ".png"
    if not render(pane, size).save(path, "PNG"):
        #: {path} is the file chosen to save the image in
        messages.warn(pane, title, translate("TimelineExport", "The image could not be saved to {path}.").format(
            path=path))
