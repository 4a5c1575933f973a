"""The size choice for saving the map, the chart and the timeline as images (for slides and worksheets),
and the text under such an image.

Shared by the panes that save images; it knows nothing about any pane.
"""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtGui import QFont, QPalette, QTextDocument
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QSpinBox,
    QWidget,
)

from desktop_app.i18n import QT_TRANSLATE_NOOP, translate
from desktop_app.ui.settings import IMAGE_SIZE, Settings

# (label, size); None is the size shown on screen, "custom" lets the user type one. The labels are
# translated where the dialog lists them.
SIZE_PRESETS: tuple[tuple[str, QSize | str | None], ...] = (
    #: an image size: the size of the map or chart on screen, {width} and {height} in pixels
    (QT_TRANSLATE_NOOP("ImageExport", "As shown on screen ({width} × {height})"), None),
    #: an image size in pixels, for a slide; keep the numbers
    (QT_TRANSLATE_NOOP("ImageExport", "1280 × 720 (slide, HD)"), QSize(1280, 720)),
    #: an image size in pixels, for a slide; keep the numbers
    (QT_TRANSLATE_NOOP("ImageExport", "1920 × 1080 (slide, Full HD)"), QSize(1920, 1080)),
    #: an image size in pixels, for a printed A4 page standing upright; keep the numbers
    (QT_TRANSLATE_NOOP("ImageExport", "2480 × 3508 (A4 portrait, 300 dpi)"), QSize(2480, 3508)),
    #: an image size in pixels, for a printed A4 page lying on its side; keep the numbers
    (QT_TRANSLATE_NOOP("ImageExport", "3508 × 2480 (A4 landscape, 300 dpi)"), QSize(3508, 2480)),
    #: an image size: the width and height typed in the fields below
    (QT_TRANSLATE_NOOP("ImageExport", "Custom size"), "custom"),
)
MIN_SIDE, MAX_SIDE = 200, 8000
# Saved images wider than this many pixels draw their text larger, in proportion.
IMAGE_TEXT_BASE = 1000


def text_scale(size: QSize) -> float:
    """A large image (a slide, an A4 sheet) is drawn at a higher pixel density, as on a high-resolution
    screen, so that its text keeps its size relative to the picture."""
    return max(1.0, min(size.width(), size.height() * 1.4) / IMAGE_TEXT_BASE)


def legend_document(legend_html: str, font: QFont, width: int) -> QTextDocument:
    """The text under an image (a legend, a caption), laid out to `width`."""
    doc = QTextDocument()
    doc.setDefaultFont(font)
    doc.setDocumentMargin(6)
    doc.setHtml(legend_html)
    doc.setTextWidth(width)
    return doc


def caption_painter_palette(palette: QPalette) -> QPalette:
    """Text drawn on the window colour, as the caption's background is."""
    caption = QPalette(palette)
    caption.setColor(QPalette.ColorRole.Text, caption.color(QPalette.ColorRole.WindowText))
    return caption


def size_key(size: QSize | None) -> str:
    return "" if size is None else f"{size.width()}x{size.height()}"


def parse_size(key: str) -> QSize | None:
    try:
        width, height = (int(part) for part in key.lower().split("x"))
    except ValueError:
        return None
    if MIN_SIDE <= width <= MAX_SIDE and MIN_SIDE <= height <= MAX_SIDE:
        return QSize(width, height)
    return None


class ImageSizeDialog(QDialog):
    """Choose the pixel size of an image: a preset or a custom width and height."""

    def __init__(self, title: str, shown: QSize, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.setWindowTitle(title)
        self.preset = QComboBox(self)
        self.preset.setAccessibleName(translate("ImageExport", "Image size"))
        self.preset.setToolTip(translate("ImageExport",
                                         "Slides: 1280 × 720 or 1920 × 1080. Printed worksheets: A4 at 300 dpi."))
        for label, size in SIZE_PRESETS:
            text = translate("ImageExport", label)
            if size is None:
                text = text.format(width=shown.width(), height=shown.height())
            self.preset.addItem(text, size)
        #: after the number in the width and height fields: pixels (keep the space before it if your language does)
        pixels = translate("ImageExport", " px")
        self.width_box = QSpinBox(self, minimum=MIN_SIDE, maximum=MAX_SIDE, suffix=pixels, singleStep=10)
        self.height_box = QSpinBox(self, minimum=MIN_SIDE, maximum=MAX_SIDE, suffix=pixels, singleStep=10)
        self.width_box.setAccessibleName(translate("ImageExport", "Image width in pixels"))
        self.height_box.setAccessibleName(translate("ImageExport", "Image height in pixels"))
        self.width_box.setValue(max(MIN_SIDE, shown.width()))
        self.height_box.setValue(max(MIN_SIDE, shown.height()))
        custom = QHBoxLayout()
        custom.addWidget(self.width_box)
        custom.addWidget(QLabel("×", self))
        custom.addWidget(self.height_box)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel,
                                   self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        #: the label of the list of image sizes
        form.addRow(translate("ImageExport", "&Size:"), self.preset)
        #: the label of the width and height fields for a size of the user's own
        form.addRow(translate("ImageExport", "Custom:"), custom)
        form.addRow(buttons)
        self.preset.currentIndexChanged.connect(self._preset_changed)
        self._select(parse_size(str(settings.get(IMAGE_SIZE))))

    def _select(self, remembered: QSize | None) -> None:
        index = 0
        if remembered is not None:
            index = next((i for i, (_label, size) in enumerate(SIZE_PRESETS) if size == remembered),
                         len(SIZE_PRESETS) - 1)
            if SIZE_PRESETS[index][1] == "custom":
                self.width_box.setValue(remembered.width())
                self.height_box.setValue(remembered.height())
        self.preset.setCurrentIndex(index)
        self._preset_changed(index)

    def _preset_changed(self, index: int) -> None:
        size = self.preset.itemData(index)
        custom = size == "custom"
        self.width_box.setEnabled(custom)
        self.height_box.setEnabled(custom)
        if isinstance(size, QSize):
            self.width_box.setValue(size.width())
            self.height_box.setValue(size.height())

    def chosen_size(self) -> QSize | None:
        """The size picked; None for the size shown on screen."""
        size = self.preset.currentData()
        if size == "custom":
            return QSize(self.width_box.value(), self.height_box.value())
        return size

    def accept(self) -> None:
        self.settings.set(IMAGE_SIZE, size_key(self.chosen_size()))
        super().accept()


def ask_image_size(parent: QWidget, title: str, shown: QSize, settings: Settings) -> tuple[bool, QSize | None]:
    """(chosen, size): chosen is False when the user cancelled; size None means as shown on screen."""
    dialog = ImageSizeDialog(title, shown, settings, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return False, None
    return True, dialog.chosen_size()
