"""The licence texts travel with every form of the app: the bundle's folder is gathered from the installed
packages' own metadata and covers every module the app runs on (the bundle's self-test checks it again
from inside); the wheel and a checkout carry the content's CC BY-SA 4.0 and Qt's LGPL v3."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

import pytest

from desktop_app.licensing import LicencesIncomplete, check_bundle_folder, check_installed_texts
from tests.packaging.helpers import ROOT

APP_MODULES = ["desktop_app.app", "PySide6.QtCore", "shiboken6", "numpy", "pyqtgraph", "platformdirs",
               "sqlite_utils", "os", "json"]


def load_licences():
    spec = importlib.util.spec_from_file_location("licences", ROOT / "packaging" / "licences.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    target = tmp_path_factory.mktemp("bundle") / "licences"
    load_licences().write_licence_folder(target, APP_MODULES)
    return target


def entry(folder: Path, name: str) -> dict:
    packages = json.loads((folder / "index.json").read_text(encoding="utf-8"))["packages"]
    return next(p for p in packages if p["name"].casefold() == name.casefold())


def test_each_package_brings_its_own_licence_text(folder: Path) -> None:
    assert "every module in use covered" in check_bundle_folder(folder, APP_MODULES)
    numpy = entry(folder, "numpy")
    assert "OpenBLAS" in (folder / numpy["files"][0]).read_text(encoding="utf-8")  # the bundled BLAS's notice
    assert entry(folder, "pyqtgraph")["licence"] == "MIT"
    assert entry(folder, "pyinstaller")["files"]  # the bootloader is the app's executable


def test_qt_gets_the_lgpl_and_the_note_on_replacing_its_libraries(folder: Path) -> None:
    pyside = entry(folder, "PySide6_Essentials")
    assert "LGPL-3.0-only" in pyside["licence"]
    texts = {Path(f).name for f in pyside["files"]}
    assert {"LGPL-3.0-only.txt", "GPL-3.0-only.txt", "QT-LGPL-NOTE.txt"} <= texts
    note = (folder / "QT-LGPL-NOTE.txt").read_text(encoding="utf-8")
    assert "replace them" in note and "code.qt.io" in note


def test_the_app_and_its_content_licences_and_python_are_there(folder: Path) -> None:
    app = entry(folder, "44days")
    assert {Path(f).name for f in app["files"]} == {"LICENSE", "CREDITS.md", "CC-BY-SA-4.0.txt"}
    assert "Attribution-ShareAlike 4.0" in (folder / "44days-" f"{app['version']}" / "CC-BY-SA-4.0.txt").read_text()
    assert entry(folder, "Python")["version"] == sys.version.split()[0]
    assert "44days" in (folder / "README.txt").read_text(encoding="utf-8")


def test_a_missing_text_or_an_uncovered_module_is_reported(folder: Path, tmp_path: Path) -> None:
    with pytest.raises(LicencesIncomplete, match="modules in use with no licence entry: tomato"):
        check_bundle_folder(folder, [*APP_MODULES, "tomato.sauce"])
    broken = tmp_path / "licences"
    broken.mkdir()
    index = json.loads((folder / "index.json").read_text(encoding="utf-8"))
    (broken / "index.json").write_text(json.dumps(index), encoding="utf-8")
    with pytest.raises(LicencesIncomplete, match="files listed but missing"):
        check_bundle_folder(broken, APP_MODULES)


def test_a_checkout_and_the_wheel_carry_the_content_and_qt_licences() -> None:
    assert "LGPL v3 texts present" in check_installed_texts(ROOT / "resources" / "licences")
    with pytest.raises(LicencesIncomplete, match="CC-BY-SA-4.0.txt"):
        check_installed_texts(ROOT / "resources" / "icons")
