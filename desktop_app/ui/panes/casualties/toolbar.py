"""The chart's controls, in two rows: what to chart and the export buttons above; when (the period, and
"As of the date line") below. The pane connects them; the export actions are also the File menu's."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QCheckBox, QComboBox, QHBoxLayout, QToolButton, QVBoxLayout, QWidget

from desktop_app.i18n import translate
from desktop_app.views.chart import VIEWS, scope_name, view_name


class ChartToolbar(QWidget):
    def __init__(self, scopes: Sequence[str], following: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.view_box = QComboBox(self)
        #: the name, for screen readers, of the list that chooses which figures the casualty chart shows
        self.view_box.setAccessibleName(translate("CasualtiesToolbar", "Chart view"))
        self.view_box.setToolTip(translate("CasualtiesToolbar", "Which figures to chart"))
        for key in VIEWS:
            self.view_box.addItem(view_name(key), key)
        # No keys of their own: the File menu's Export Chart commands (which exist before this pane is
        # built) carry the shortcuts and trigger these.
        #: a command (verb): save the casualty chart as a PNG image
        self.export_png_action = QAction(translate("CasualtiesToolbar", "Export chart as PNG..."), self)
        self.export_png_action.setToolTip(translate("CasualtiesToolbar", "Save the chart shown as a PNG image"))
        #: a command (verb): save the casualty chart's figures as a CSV table
        self.export_csv_action = QAction(translate("CasualtiesToolbar", "Export data as CSV..."), self)
        self.export_csv_action.setToolTip(
            translate("CasualtiesToolbar", "Save the figures in this chart, with their claimants, as a CSV table"))
        #: a button's text: export the chart as a PNG image (PNG is the file format; keep the "...")
        png_text = translate("CasualtiesToolbar", "PNG...")
        #: a button's text: export the chart's data as a CSV table (CSV is the file format; keep the "...")
        csv_text = translate("CasualtiesToolbar", "CSV...")
        #: the PNG button's name for screen readers (a command: save the chart as a PNG image)
        png_name = translate("CasualtiesToolbar", "Export chart as PNG")
        #: the CSV button's name for screen readers (a command: save the chart's figures as a CSV table)
        csv_name = translate("CasualtiesToolbar", "Export data as CSV")
        buttons = []
        for action, text, name in ((self.export_png_action, png_text, png_name),
                                   (self.export_csv_action, csv_text, csv_name)):
            button = QToolButton(self)
            button.setDefaultAction(action)
            button.setText(text)
            button.setAccessibleName(name)
            #: a button's tooltip: {tooltip} is what the button does ("Save the chart shown as a PNG image");
            #: "File" is the app's File menu, as translated there
            button.setToolTip(translate("CasualtiesToolbar", "{tooltip} (also in the File menu)").format(
                tooltip=action.toolTip()))
            buttons.append(button)
        self.png_button, self.csv_button = buttons
        # made after the buttons above them, so that Tab goes through the rows in reading order
        self.scope_box = QComboBox(self)
        #: the name, for screen readers, of the list that chooses the period of the casualty chart's figures
        self.scope_box.setAccessibleName(translate("CasualtiesToolbar", "Period"))
        self.scope_box.setToolTip(translate("CasualtiesToolbar", "Which period the figures refer to"))
        for key in scopes:
            self.scope_box.addItem(scope_name(key), key)
        #: a check box: the casualty chart shows the figures as they stood on the date of the timeline and map
        #: (the date line is the line that marks that date on the timeline)
        self.follow_box = QCheckBox(translate("CasualtiesToolbar", "As of the date line"), self)
        self.follow_box.setChecked(following)
        self.follow_box.setToolTip(translate("CasualtiesToolbar", "Show each claimant's figures as they stood on the "
                                             "date of the timeline and map, and how a toll's announced figures grew"))

        # With large text the pane may be narrower than the longest view or period: the boxes shrink, the names
        # elided, rather than push the buttons out of the pane.
        for box in (self.view_box, self.scope_box):
            box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            box.setMinimumContentsLength(6)
        self.top = top = QHBoxLayout()  # the pane adds its Table button at the end
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(self.view_box, 1)
        for button in buttons:
            top.addWidget(button)
        when = QHBoxLayout()
        when.setContentsMargins(0, 0, 0, 0)
        when.addWidget(self.scope_box, 1)
        when.addWidget(self.follow_box)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addLayout(when)
