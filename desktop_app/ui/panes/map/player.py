"""The map's date row: the date shown, a slider over the days of the war and after, and Play, which steps
the shared date a day at a time."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QObject, QSize, Qt, QTimer
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSlider, QToolButton, QVBoxLayout, QWidget

from desktop_app.content.dates import format_day
from desktop_app.i18n import day_month, translate
from desktop_app.ui.state import WAR_START, AppState

PLAY_START = WAR_START  # 27 September 2020
PLAY_END = date(2020, 12, 1)  # the last hand-over under the ceasefire (Lachin District)
PLAY_INTERVAL_MS = 150


class DatePlayer(QObject):
    """The Play button, the date label and the slider (children of `parent`, laid out by it), following and
    setting the state's date."""

    def __init__(self, state: AppState, parent: QWidget) -> None:
        super().__init__(parent)
        self.state = state

        start, end = day_month(PLAY_START), format_day(PLAY_END)  # "27 September", "1 December 2020"
        self.button = QToolButton(parent)
        self.button.setAccessibleName(self._play_name())
        #: the Play button's tooltip: {start} is the first day played ("27 September", the year said once, in
        #: {end}), {end} the last ("1 December 2020"); Space is the key that plays and pauses
        self.button.setToolTip(translate("MapPlayer", "Step the date a day at a time from {start} to {end} (Space)")
                               .format(start=start, end=end))
        self.button.setText(self._play_text())
        self.button.clicked.connect(self.toggle)

        self.date_label = QLabel(parent)
        self.date_label.setAccessibleName(translate("MapPlayer", "Date shown on the map"))
        self.date_label.setToolTip(
            translate("MapPlayer", "The current date, shared with the timeline and the other panes"))
        font = self.date_label.font()
        font.setBold(True)
        self.date_label.setFont(font)
        self.fit_date_label()

        self.slider = QSlider(Qt.Orientation.Horizontal, parent)
        self.slider.setRange(0, (PLAY_END - PLAY_START).days)
        self.slider.setPageStep(7)
        #: the slider's name for screen readers: the date it sets (a noun)
        self.slider.setAccessibleName(translate("MapPlayer", "Date"))
        #: the slider's tooltip: {start} is its first day ("27 September", the year said once, in {end}), {end} its
        #: last ("1 December 2020")
        self.slider.setToolTip(translate("MapPlayer", "Drag to change the date between {start} and {end}")
                               .format(start=start, end=end))
        # The user's moves only (drag, keys, wheel, clicks): following the state moves it without an echo.
        self.slider.actionTriggered.connect(self._slider_moved)

        self.timer = QTimer(self)
        self.timer.setInterval(PLAY_INTERVAL_MS)
        self.timer.timeout.connect(self._step)

    def fit_date_label(self) -> None:
        """Wide enough for the longest date (in English "30 September 2020"), so the row does not jump while
        playing; measured again when the text size changes."""
        metrics = self.date_label.fontMetrics()
        self.date_label.setMinimumWidth(max(metrics.horizontalAdvance(f"{format_day(date(2020, month, 30))} ")
                                            for month in range(1, 13) if month != 2))

    def show_date(self, day: date) -> None:
        """Follow the state's date: label, slider, and Play stops if the date left the days it plays."""
        self.date_label.setText(format_day(day))
        self.slider.setValue(min(max((day - PLAY_START).days, 0), self.slider.maximum()))
        if self.is_playing() and not PLAY_START <= day <= PLAY_END:
            self.pause()  # the date was moved elsewhere (e.g. on the timeline): stop following it

    def _slider_moved(self, _action: int) -> None:
        # sliderPosition: where the action has put it (the value follows once this returns)
        self.state.set_date(PLAY_START + timedelta(days=self.slider.sliderPosition()))

    def is_playing(self) -> bool:
        return self.timer.isActive()

    def toggle(self) -> None:
        if self.is_playing():
            self.pause()
        else:
            self.play()

    def play(self) -> None:
        if not PLAY_START <= self.state.date < PLAY_END:
            self.state.set_date(PLAY_START)
        self.timer.start()
        #: the Play button while the days play: a verb, it stops them on the date shown
        pause = translate("MapPlayer", "Pause")
        self.button.setText(pause)
        self.button.setAccessibleName(pause)

    def pause(self) -> None:
        self.timer.stop()
        self.button.setText(self._play_text())
        self.button.setAccessibleName(self._play_name())

    @staticmethod
    def _play_text() -> str:
        #: the button that steps the map's date a day at a time: a verb, as on a media player
        return translate("MapPlayer", "Play")

    @staticmethod
    def _play_name() -> str:
        #: the Play button's name for screen readers: it steps the map's date a day at a time
        return translate("MapPlayer", "Play the days")

    def _step(self) -> None:
        day = self.state.date
        if not PLAY_START <= day < PLAY_END:
            self.pause()
            return
        self.state.set_date(day + timedelta(days=1))
        if self.state.date >= PLAY_END:
            self.pause()


class DateRow(QVBoxLayout):
    """The row above the map: Play, the date and the slider, then the pane's buttons. When the pane is too
    narrow for all of them (large text, a narrow column), the slider moves to a row of its own below, and if
    need be the buttons with it, rather than the date being cut or the slider squeezed to nothing."""

    MIN_SLIDER = 120  # pixels: less, and the slider can no longer be dragged with any precision

    def __init__(self, player: DatePlayer, buttons: list[QWidget]) -> None:
        super().__init__()
        self.setContentsMargins(4, 2, 4, 2)
        self.setSpacing(2)
        self._date = [player.button, player.date_label]
        self._slider, self._buttons = player.slider, buttons
        self.first, self.second = QHBoxLayout(), QHBoxLayout()
        self.addLayout(self.first)
        self.addLayout(self.second)
        self.rows = 0  # how the widgets are laid out now: 1 row, 2 with the slider below, 3 with the buttons too
        self._lay_out(1)

    def minimumSize(self) -> QSize:  # noqa: N802 (Qt API)
        """The narrowest of the three forms: the pane (and its dock) may be made that narrow, and `fit` then
        lays the row out for the width it got."""
        size = super().minimumSize()
        if not hasattr(self, "_date"):  # asked by Qt while the row is being built or taken down
            return size
        narrowest = max(self._width(self._date), self._width(self._buttons) + self.MIN_SLIDER)
        return QSize(min(size.width(), narrowest), size.height())

    def _width(self, widgets: list[QWidget]) -> int:
        spacing = max(self.first.spacing(), 0)
        return sum(max(w.sizeHint().width(), w.minimumWidth()) + spacing for w in widgets) + 14

    def fit(self, width: int) -> None:
        if width >= self._width(self._date + self._buttons) + self.MIN_SLIDER:
            self._lay_out(1)
        elif width >= self._width(self._date + self._buttons):
            self._lay_out(2)
        else:
            self._lay_out(3)

    def _lay_out(self, rows: int) -> None:
        if rows == self.rows:
            return
        self.rows = rows
        for widget in (*self._date, self._slider, *self._buttons):
            self.first.removeWidget(widget)
            self.second.removeWidget(widget)
        for widget in self._date:
            self.first.addWidget(widget)
        below = self.first if rows == 1 else self.second
        below.addWidget(self._slider, 1)
        for button in self._buttons:
            (self.first if rows < 3 else self.second).addWidget(button)
