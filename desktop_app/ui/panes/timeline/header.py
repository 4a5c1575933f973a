"""The row above the timeline: the current date, a check box per lane (its colour and name) and the buttons
that show the 44 days or every year.

A layout rather than a widget of its own: its widgets are the pane's, so the pane's minimum width and the
Tab order are those of one row of the pane."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QToolButton, QWidget

from desktop_app.i18n import translate
from desktop_app.views.labels import lane_note


class TimelineHeader(QHBoxLayout):
    lane_toggled = Signal(str, bool)  # lane key, shown

    def __init__(self, lanes: list[tuple[str, str, QColor]], hidden: set[str], pane: QWidget) -> None:
        """`lanes`: (key, label, colour) of each lane, in order; `hidden`: the keys of those not shown."""
        super().__init__()
        self.setContentsMargins(4, 2, 4, 0)
        self.date_label = QLabel(pane)
        self.date_label.setAccessibleName(translate("TimelineHeader", "Current date"))
        self.date_label.setToolTip(translate("TimelineHeader",
                                             "The current date, shared with the map and the other panes"))
        font = self.date_label.font()
        font.setBold(True)
        self.date_label.setFont(font)

        self.addWidget(self.date_label)
        self.addSpacing(12)
        self.lane_boxes: dict[str, QCheckBox] = {}
        self._labels: dict[str, str] = {}
        for key, label, colour in lanes:
            box = QCheckBox(label, pane)
            box.setIcon(_swatch(colour))
            box.setChecked(key not in hidden)
            #: the name, for screen readers, of a lane's check box; {lane} is the lane (Military, Diplomacy...)
            box.setAccessibleName(translate("TimelineHeader", "Show {lane} events").format(lane=label))
            note = lane_note(key)
            #: a lane's check box; {lane} is the lane (Military, Diplomacy...)
            tip = translate("TimelineHeader", "Show or hide the {lane} lane").format(lane=label)
            box.setToolTip(f"{tip}\n\n{note}" if note else tip)
            box.toggled.connect(lambda on, key=key: self.lane_toggled.emit(key, on))
            box.setMinimumWidth(box.minimumSizeHint().width() - box.fontMetrics().horizontalAdvance(label))
            self.lane_boxes[key] = box
            self._labels[key] = label
            self.addWidget(box)
        self.addStretch(1)
        self.war_button = QToolButton(pane)
        self.whole_button = QToolButton(pane)
        self.addWidget(self.war_button)
        self.addWidget(self.whole_button)
        self._full_width = 0  # measured with the lane names shown, once the style is applied

    def fit(self, width: int) -> None:
        """Too narrow for the lane names at `width`: the legend keeps its colour swatches (the left axis still
        names the lanes, and each box keeps its accessible name and tooltip)."""
        named = bool(next(iter(self.lane_boxes.values())).text())
        if named:
            self._full_width = self.sizeHint().width()
        compact = width < self._full_width
        if compact == named:
            for key, box in self.lane_boxes.items():
                box.setText("" if compact else self._labels[key])


def _swatch(colour: QColor) -> QIcon:
    pixmap = QPixmap(12, 12)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setBrush(colour)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.drawEllipse(1, 1, 10, 10)
    painter.end()
    return QIcon(pixmap)
