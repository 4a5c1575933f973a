"""`pip install .` gives a working app: the sdist and the wheel carry the database and the resources the
app reads, and an installed copy finds them and passes its self-test. Builds run offline (no build
isolation: setuptools comes with the test extra)."""

from __future__ import annotations

import hashlib
import os
import shutil
import site
import subprocess
import sys
import tarfile
import zipfile
from pathlib import Path

import pytest

from tests.packaging.helpers import ROOT, data_folder_of, run, written_to_home

SOURCE_FILES = ("pyproject.toml", "setup.py", "MANIFEST.in", "README.md", "LICENSE", "database.sqlite")
SOURCE_DIRS = ("desktop_app", "resources")
RUNTIME = ("desktop_app/data/database.sqlite", "desktop_app/data/resources/map/region.geojson",
           "desktop_app/data/resources/icons/44days-16.png", "desktop_app/data/resources/icons/44days-512.png",
           "desktop_app/data/resources/CREDITS.md",
           # the licence texts no installed package carries itself: the content's and Qt's
           "desktop_app/data/resources/licences/CC-BY-SA-4.0.txt",
           "desktop_app/data/resources/licences/LGPL-3.0-only.txt",
           "desktop_app/data/resources/licences/GPL-3.0-only.txt")


def build(hook: str, source: Path, out: Path) -> Path:
    """Run a PEP 517 hook of setuptools in `source`, as pip would; returns the file it wrote."""
    out.mkdir(parents=True, exist_ok=True)
    code = f"from setuptools import build_meta; print(build_meta.{hook}({str(out)!r}))"
    result = subprocess.run([sys.executable, "-c", code], cwd=source, capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stdout + result.stderr
    return out / result.stdout.strip().splitlines()[-1]


@pytest.fixture(scope="module")
def dists(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """An sdist built from a copy of the checkout, and a wheel built from that sdist (as pip does)."""
    tmp = tmp_path_factory.mktemp("dists")
    source = tmp / "source"
    source.mkdir()
    for name in SOURCE_FILES:
        shutil.copy2(ROOT / name, source / name)
    for name in SOURCE_DIRS:
        shutil.copytree(ROOT / name, source / name, ignore=shutil.ignore_patterns("__pycache__", "*.egg-info"))
    sdist = build("build_sdist", source, tmp / "sdist")
    with tarfile.open(sdist) as archive:
        archive.extractall(tmp / "unpacked", **({"filter": "data"} if hasattr(tarfile, "data_filter") else {}))
    unpacked = next((tmp / "unpacked").iterdir())
    wheel = build("build_wheel", unpacked, tmp / "wheel")
    editable = build("build_editable", source, tmp / "editable")
    return {"sdist": sdist, "wheel": wheel, "editable": editable}


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def test_wheel_carries_the_database_and_run_time_resources_only(dists: dict[str, Path]) -> None:
    with zipfile.ZipFile(dists["wheel"]) as wheel:
        names = set(wheel.namelist())
        for name in RUNTIME:
            assert name in names
        # The shipped database is the checkout's, byte for byte.
        assert sha256(wheel.read("desktop_app/data/database.sqlite")) == sha256((ROOT / "database.sqlite").read_bytes())
        metadata = wheel.read(next(n for n in names if n.endswith(".dist-info/METADATA"))).decode()
    # Not the content sources, the source article or the scripts that derive files.
    shipped = [n.removeprefix("desktop_app/data/") for n in names if n.startswith("desktop_app/data/")]
    assert not [n for n in shipped if n.startswith(("resources/content/", "resources/source-article/"))]
    assert not [n for n in shipped if n.endswith(".py")]
    assert "License-Expression: MIT AND CC-BY-SA-4.0" in metadata


def test_sdist_carries_what_the_wheel_and_the_content_build_need(dists: dict[str, Path]) -> None:
    with tarfile.open(dists["sdist"]) as sdist:
        names = {name.split("/", 1)[1] for name in sdist.getnames() if "/" in name}
    for name in ("setup.py", "database.sqlite", "resources/map/region.geojson", "resources/icons/44days.svg",
                 "resources/content/events.csv", "resources/CREDITS.md", "desktop_app/app.py"):
        assert name in names


def test_editable_install_reads_the_checkout(dists: dict[str, Path]) -> None:
    """An editable wheel ships no copy of the data, so the checkout's (rebuilt) database is what runs."""
    with zipfile.ZipFile(dists["editable"]) as wheel:
        assert not [n for n in wheel.namelist() if "desktop_app/data/" in n]


def test_installed_wheel_passes_its_self_test(dists: dict[str, Path], bare_env: dict[str, str], tmp_path: Path) -> None:
    """Install the wheel into a fresh virtualenv and run its `44days` command, like a user after pip install."""
    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True, timeout=120)
    python = venv / ("Scripts" if os.name == "nt" else "bin") / ("python.exe" if os.name == "nt" else "python")
    result = subprocess.run(
        [sys.executable, "-m", "pip", "--python", str(python), "install", "--no-deps", "--no-index",
         "--disable-pip-version-check", str(dists["wheel"])],
        capture_output=True, text=True, timeout=300,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    # The dependencies (PySide6, pyqtgraph ...) come from the test environment, without installing anything:
    # a .pth line adds its site-packages after the venv's own, which holds the app.
    purelib = Path(subprocess.run([str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
                                  capture_output=True, text=True, check=True).stdout.strip())
    (purelib / "test-dependencies.pth").write_text("\n".join(site.getsitepackages()) + "\n")
    command = venv / ("Scripts" if os.name == "nt" else "bin") / ("44days.exe" if os.name == "nt" else "44days")
    result = run([str(command), "--self-test"], bare_env, cwd=tmp_path)
    report = result.stdout
    assert result.returncode == 0, report + result.stderr
    assert f"installed package at {purelib / 'desktop_app'}" in report
    assert f"{purelib / 'desktop_app' / 'data' / 'database.sqlite'}" in report
    assert "self-test passed" in report
    assert not data_folder_of(report).exists()
    assert written_to_home(bare_env) == []
