"""The standalone bundle: `python packaging/build_bundle.py` builds it and its archive, and the app unpacked
from the archive passes its self-test with no Python, no screen and no set-up. Slow (it runs PyInstaller),
but part of the default run and of CI."""

from __future__ import annotations

import os
import sys
import tarfile
import zipfile
from pathlib import Path

import pytest

from desktop_app import APP_ID
from tests.packaging.helpers import ROOT, data_folder_of, run, written_to_home

LINUX = sys.platform.startswith("linux")
MIB = 1024 * 1024


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    tmp = tmp_path_factory.mktemp("bundle")
    command = [sys.executable, str(ROOT / "packaging" / "build_bundle.py"), "--dist", str(tmp / "dist"),
               "--work", str(tmp / "work")]
    result = run(command, env=dict(os.environ), cwd=tmp, timeout=600)
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    archives = [p for p in (tmp / "dist").iterdir() if p.name.endswith((".tar.gz", ".zip"))]
    assert len(archives) == 1, archives
    unpacked = tmp / "unpacked"
    if archives[0].name.endswith(".tar.gz"):
        with tarfile.open(archives[0]) as archive:
            # "tar" keeps the bundle's symbolic links; the filter argument exists from Python 3.11.4 on
            archive.extractall(unpacked, **({"filter": "tar"} if hasattr(tarfile, "tar_filter") else {}))
    else:
        with zipfile.ZipFile(archives[0]) as archive:
            archive.extractall(unpacked)
    return {"folder": tmp / "dist" / "44days", "archive": archives[0], "unpacked": unpacked / "44days"}


@pytest.mark.slow
def test_unpacked_bundle_passes_its_self_test(built: dict[str, Path], bare_env: dict[str, str], tmp_path: Path) -> None:
    executable = built["unpacked"] / ("44days.exe" if sys.platform == "win32" else "44days")
    result = run([str(executable), "--self-test"], bare_env, cwd=tmp_path)
    report = result.stdout
    assert result.returncode == 0, report + result.stderr
    assert f"standalone bundle at {built['unpacked']}" in report
    assert "self-test passed: 7 of 7 checks" in report
    assert not data_folder_of(report).exists()
    assert written_to_home(bare_env) == []


@pytest.mark.slow
def test_bundle_leaves_out_what_the_app_does_not_use(built: dict[str, Path]) -> None:
    files = [p.relative_to(built["folder"]).as_posix() for p in built["folder"].rglob("*")]
    qt = [f for f in files if "/PySide6/" in f or f.startswith("_internal/PySide6/")]
    assert qt
    # Of Qt's own catalogues, only those of the app's languages (Qt ships Russian, not Armenian or Azerbaijani)
    assert {Path(f).name for f in qt if "/translations/" in f} == {"qtbase_ru.qm"}
    shipped = {Path(f).name for f in files if "desktop_app/data/resources/translations/" in f}
    assert {f"44days_{code}.qm" for code in ("en", "ru", "hy", "az")} <= shipped
    assert not [f for f in qt if "/plugins/imageformats/" in f or "/plugins/iconengines/" in f]
    unused = ("QtNetwork.", "libQt6Network", "QtTest.", "libQt6Test", "libQt6Quick", "libQt6Qml")
    assert not [f for f in files if Path(f).name.startswith(unused)]
    assert not [f for f in files if "/content/" in f and f.endswith((".md", ".csv"))]  # no content sources
    assert [f for f in files if f.endswith("desktop_app/data/database.sqlite")]
    assert [f for f in files if f.endswith("desktop_app/data/resources/map/region.geojson")]
    if LINUX:
        assert not [f for f in qt if "libqgtk3" in f or "/platforms/libqvnc" in f or "/platforms/libqeglfs" in f]
        assert not [f for f in files if Path(f).name.startswith(("libcups.so", "libgtk", "libkrb5", "libgnutls"))]
        assert not [p for p in built["folder"].rglob("*") if p.is_symlink() and not p.exists()]  # none dangling


@pytest.mark.slow
@pytest.mark.skipif(not LINUX, reason="the desktop entry and the size budget are for the Linux bundle")
def test_linux_bundle_carries_its_desktop_entry_and_stays_small(built: dict[str, Path]) -> None:
    share = built["unpacked"] / "share"
    assert (share / "applications" / f"{APP_ID}.desktop").is_file()
    assert (share / "metainfo" / f"{APP_ID}.metainfo.xml").is_file()
    assert (share / "icons" / "hicolor" / "256x256" / "apps" / f"{APP_ID}.png").is_file()
    assert (share / "icons" / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg").is_file()
    # Unpruned, PySide6 + pyqtgraph come to about 225 MiB and 85 MiB compressed; pruned and with the slim
    # ICU data, about 139 / 51: the aim is under 150 / 60.
    on_disk = sum(p.lstat().st_size for p in built["folder"].rglob("*") if p.is_file() and not p.is_symlink())
    assert on_disk < 150 * MIB
    assert built["archive"].stat().st_size < 60 * MIB
    icu_data = [p for p in built["folder"].rglob("libicudata.so*") if not p.is_symlink()]
    assert len(icu_data) == 1 and icu_data[0].stat().st_size < 8 * MIB  # the slim copy, not Qt's 31 MB one
