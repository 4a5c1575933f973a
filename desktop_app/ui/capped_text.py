"""A label under a picture that takes at most a share of its pane's height, and scrolls beyond that.

The map's legend and the chart's details wrap to many lines with large text (View > Text Size at 200 %);
left to grow, they would leave the picture above them a sliver. Capped, the picture keeps its room, and no
line of the text is cut off: it scrolls.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QWidget

MAX_SHARE = 0.3  # of the pane's height


class CappedText(QScrollArea):
    """Holds `label`; `fit` makes it as tall as the label's text at the pane's width, up to MAX_SHARE of the
    pane's height (never under two lines)."""

    def __init__(self, label: QLabel, parent: QWidget) -> None:
        super().__init__(parent)
        self.label = label
        self.setWidget(label)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the label, selectable, keeps its own focus policy

    def fit(self, pane: QSize) -> None:
        """For a pane of this size (the box is as wide as its pane; its own width is not laid out yet when the
        pane is resized)."""
        pane_height = pane.height()
        wanted = self.label.heightForWidth(max(pane.width(), 50))
        if wanted < 0:
            wanted = self.label.sizeHint().height()
        most = max(round(pane_height * MAX_SHARE), self.label.fontMetrics().height() * 2)
        self.setFixedHeight(max(min(wanted, most), 1))
