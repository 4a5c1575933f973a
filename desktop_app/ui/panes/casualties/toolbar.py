"""The chart's controls, in two rows: what to chart and the export buttons above; when (the period, and
"As of the date line") below. The pane connects them; the export actions are also the File menu's."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QCheckBox, QComboBox, QHBoxLayout, QToolButton, QVBoxLayout, QWidget

from desktop_app.views.chart import SCOPES, VIEWS


class ChartToolbar(QWidget):
    def __init__(self, scopes: Sequence[str], following: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.view_box = QComboBox(self)
        self.view_box.setAccessibleName("Chart view")
        self.view_box.setToolTip("Which figures to chart")
        for key, name in VIEWS.items():
            self.view_box.addItem(name, key)
        # No keys of their own: the File menu's Export Chart commands (which exist before this pane is
        # built) carry the shortcuts and trigger these.
        self.export_png_action = QAction("Export chart as PNG...", self)
        self.export_png_action.setToolTip("Save the chart shown as a PNG image")
        self.export_csv_action = QAction("Export data as CSV...", self)
        self.export_csv_action.setToolTip("Save the figures in this chart, with their claimants, as a CSV table")
        buttons = []
        for action, text, name in ((self.export_png_action, "PNG...", "Export chart as PNG"),
                                   (self.export_csv_action, "CSV...", "Export data as CSV")):
            button = QToolButton(self)
            button.setDefaultAction(action)
            button.setText(text)
            button.setAccessibleName(name)
            button.setToolTip(f"{action.toolTip()} (also in the File menu)")
            buttons.append(button)
        self.png_button, self.csv_button = buttons
        # made after the buttons above them, so that Tab goes through the rows in reading order
        self.scope_box = QComboBox(self)
        self.scope_box.setAccessibleName("Period")
        self.scope_box.setToolTip("Which period the figures refer to")
        for key in scopes:
            self.scope_box.addItem(SCOPES[key], key)
        self.follow_box = QCheckBox("As of the date line", self)
        self.follow_box.setChecked(following)
        self.follow_box.setToolTip("Show each claimant's figures as they stood on the date of the timeline and map, "
                                   "and how a toll's announced figures grew")

        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(self.view_box, 1)
        for button in buttons:
            top.addWidget(button)
        when = QHBoxLayout()
        when.setContentsMargins(0, 0, 0, 0)
        when.addWidget(self.scope_box)
        when.addWidget(self.follow_box)
        when.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addLayout(when)
