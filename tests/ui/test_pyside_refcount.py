"""Guard against PySide6 builds that drop a reference to None (and True/False) on every void method call.

PySide6 6.12.0 on Python 3.11 does this; after a few thousand calls the interpreter aborts with
`Fatal Python error: none_dealloc`. The dependency pins keep that pair out; this test proves the
installed pair is sound.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QPointF
from PySide6.QtGui import QPen
from PySide6.QtWidgets import QWidget

CALLS = 3000


def test_void_qt_methods_keep_none_alive(qtbot) -> None:
    widget = QWidget()
    qtbot.addWidget(widget)
    pen = QPen()
    point = QPointF()
    before = {value: sys.getrefcount(value) for value in (None, True, False)}
    for i in range(CALLS):
        widget.resize(100 + i % 50, 80)
        pen.setWidth(i % 7)
        point.setX(float(i))
        widget.setUpdatesEnabled(i % 2 == 0)  # a bool in, nothing out: True and False must not leak either
        pen.setCosmetic(i % 2 == 1)
    after = {value: sys.getrefcount(value) for value in (None, True, False)}
    # Other code may take a few references meanwhile; a leak would lose one per call (thousands here).
    for value in (None, True, False):
        assert after[value] >= before[value] - 100, \
            f"{value} lost {before[value] - after[value]} references over {CALLS} loops"
