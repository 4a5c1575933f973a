"""Render the README's screenshots: the whole window and each pane, from the real database.

    QT_QPA_PLATFORM=offscreen .venv/bin/python docs/make_screenshots.py   (after pip install -e .)
"""

from __future__ import annotations

import os
import sys
import tempfile
from datetime import date
from pathlib import Path

OUT = Path(__file__).resolve().parent / "screenshots"


def main() -> int:
    os.environ.setdefault("FORTYFOURDAYS_DATA_DIR", tempfile.mkdtemp(prefix="44days-shots-"))
    from PySide6.QtWidgets import QApplication

    from desktop_app.content import ContentDatabase
    from desktop_app.paths import bundled_database_path
    from desktop_app.ui.main_window import MainWindow

    app = QApplication.instance() or QApplication(sys.argv[:1])
    window = MainWindow(ContentDatabase(bundled_database_path()))
    window.resize(1500, 950)
    window.show()
    _ = window.timeline  # built now, not when the preload thread is done: the window shot shows it
    window.state.set_date(date(2020, 10, 20))
    window.state.select_place("shusha")
    window.state.set_entry("shusha")
    for _ in range(20):
        app.processEvents()
    OUT.mkdir(parents=True, exist_ok=True)
    window.grab().save(str(OUT / "window.png"))
    for name, widget in (("reader", window.reader), ("search", window.search), ("timeline", window.timeline),
                         ("map", window.map)):
        widget.grab().save(str(OUT / f"{name}.png"))
    window.casualties_dock.raise_()
    for _ in range(10):
        app.processEvents()
    window.casualties.grab().save(str(OUT / "casualties.png"))
    window.close()
    print(f"wrote screenshots to {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
