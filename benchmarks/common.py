"""Shared by the benchmark scripts: the machine, summaries of repeated timings, the data at each scale.

The benchmarks print figures; they never pass or fail. Every script takes `--scales 1 100 1000` and
runs against the bundled content (1x) and the synthetic content written by generate.py (100x, 1000x).
"""

from __future__ import annotations

import argparse
import os
import platform
import sqlite3
import statistics
import sys
from collections.abc import Sequence
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
if str(REPO) not in sys.path:  # run as `python benchmarks/x.py` from a checkout
    sys.path.insert(0, str(REPO))

DEFAULT_SCALES = (1, 100, 1000)
DATA_ENV = "FORTYFOURDAYS_BENCH_DATA"


def data_root() -> Path:
    """Where generate.py keeps the synthetic databases (several GB at 1000x)."""
    return Path(os.environ.get(DATA_ENV, "/tmp/44days-bench"))


def scale_dir(scale: int) -> Path:
    return data_root() / f"x{scale}"


def content_path(scale: int) -> Path:
    """The content database at `scale`: the bundled one at 1x, generated ones above."""
    if scale == 1:
        from desktop_app.paths import bundled_database_path

        return bundled_database_path()
    return scale_dir(scale) / "database.sqlite"


def notes_path(scale: int) -> Path:
    return scale_dir(scale) / "notes.sqlite"


def require(scale: int) -> tuple[Path, Path]:
    """The content and notes files at `scale`, generated first if they are missing."""
    from generate import ensure

    ensure(scale)
    upgrade_notes(notes_path(scale))
    return content_path(scale), notes_path(scale)


def upgrade_notes(path: Path) -> None:
    """Bring a generated notes file to the app's current notes schema, as the app does once on its first
    start after an update (seconds for 100,000 notes): the benchmarks measure the app after that."""
    from desktop_app.notes.migrations import CURRENT_VERSION
    from desktop_app.notes.store import NotesStore

    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        version = conn.execute("PRAGMA user_version").fetchone()[0]
    finally:
        conn.close()  # before the store closes, so its close folds the -wal file into the notes file
    if version < CURRENT_VERSION:
        print(f"{path}: notes schema {version} -> {CURRENT_VERSION} ...", file=sys.stderr, flush=True)
        NotesStore(path).close()


def machine() -> str:
    """CPU count and model, Python, Qt, PySide6 and SQLite versions: printed at the top of every run."""
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    try:
        import PySide6
        from PySide6.QtCore import qVersion

        qt = f"Qt {qVersion()}, PySide6 {PySide6.__version__}"
    except ImportError:
        qt = "Qt not installed"
    return (f"{os.cpu_count()} CPUs ({cpu}); Python {platform.python_version()}; {qt}; "
            f"SQLite {sqlite3.sqlite_version}; {platform.system()} {platform.release()}")


def percentile(values: Sequence[float], q: float) -> float:
    """The q-th percentile (0-100), interpolated between the nearest ranks."""
    ordered = sorted(values)
    if not ordered:
        return float("nan")
    k = (len(ordered) - 1) * q / 100
    lo, hi = int(k), min(int(k) + 1, len(ordered) - 1)
    return ordered[lo] + (ordered[hi] - ordered[lo]) * (k - lo)


def spread(values: Sequence[float], unit: str = "ms", scale: float = 1000.0, digits: int = 1) -> str:
    """Median with the interquartile range and the extremes, e.g. '12.3 ms (IQR 11.9-13.0, 11.5-15.2, n=7)'."""
    v = [x * scale for x in values]
    f = f"{{:.{digits}f}}"
    return (f"{f.format(statistics.median(v))} {unit} (IQR {f.format(percentile(v, 25))}-"
            f"{f.format(percentile(v, 75))}, range {f.format(min(v))}-{f.format(max(v))}, n={len(v)})")


def arguments(description: str, repeats: int = 5) -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("--scales", type=int, nargs="+", default=list(DEFAULT_SCALES),
                        help="content scales to run against (default: 1 100 1000)")
    parser.add_argument("--repeats", type=int, default=repeats, help=f"repeated runs (default {repeats})")
    return parser


def header(title: str) -> None:
    print(f"# {title}")
    print(f"machine: {machine()}")
    print(f"platform: QT_QPA_PLATFORM={os.environ.get('QT_QPA_PLATFORM', '(default)')}"
          f" DISPLAY={os.environ.get('DISPLAY', '')}")
    print(flush=True)


def content_counts(path: Path) -> str:
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        counts = {t: conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
                  for t in ("entries", "events", "figures", "places", "search_docs")}
    finally:
        conn.close()
    size = path.stat().st_size / 1e6
    return ", ".join(f"{n:,} {t}" for t, n in counts.items()) + f"; {size:,.0f} MB"


def notes_count(path: Path) -> int:
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        return conn.execute("SELECT count(*) FROM notes").fetchone()[0]
    finally:
        conn.close()
