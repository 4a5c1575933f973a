"""The slim ICU data library of the Linux bundle (packaging/slim_icu.py): the package format is read and
written without loss, and Qt running on the slim library still sorts and changes case by language."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import PySide6
import pytest

from tests.packaging.helpers import ROOT, run

_spec = importlib.util.spec_from_file_location("slim_icu", ROOT / "packaging" / "slim_icu.py")  # not a package
slim_icu = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(slim_icu)

QT_ICU_DATA = sorted((Path(PySide6.__file__).parent / "Qt" / "lib").glob("libicudata.so.*"))
pytestmark = pytest.mark.skipif(not QT_ICU_DATA, reason="this PySide6 carries no ICU (only Linux wheels do)")


@pytest.fixture(scope="module")
def package() -> tuple[bytes, list[tuple[str, bytes]]]:
    _symbol, blob = slim_icu.library_data(QT_ICU_DATA[0])
    return blob, slim_icu.split_common_data(blob)[1]


def test_the_data_package_is_read_and_written_back_byte_for_byte(package) -> None:
    blob, items = package
    header = blob[:int.from_bytes(blob[:2], "little")]  # its first two bytes give its size
    assert slim_icu.join_common_data(header, items) == blob
    assert len(items) > 1000 and all(name.count("/") >= 1 for name, _ in items)


def test_the_slim_package_keeps_what_qt_uses_and_drops_the_rest(package) -> None:
    _blob, items = package
    kept = {name.split("/", 1)[1] for name, _ in items if slim_icu.kept(name)}
    for needed in ("nfkc.nrm", "uts46.nrm", "unames.icu", "cnvalias.icu", "coll/ucadata.icu", "coll/root.res",
                   "coll/az.res", "coll/hy.res", "root.res", "en.res", "az_Latn.res", "zoneinfo64.res", "zone/en.res"):
        assert needed in kept
    for dropped in ("fr.res", "coll/de.res", "zone/ja.res", "brkitr/cjdict.dict", "ibm-943_P15A-2003.cnv",
                    "unit/en.res", "translit/root.res"):
        assert dropped not in kept
    assert sum(len(data) for name, data in items if slim_icu.kept(name)) < 5 * 1024 * 1024


def test_qt_on_the_slim_library_sorts_and_changes_case_by_language(tmp_path: Path, bare_env) -> None:
    slim = slim_icu.slim_library(QT_ICU_DATA[0], tmp_path)
    assert slim.stat().st_size < QT_ICU_DATA[0].stat().st_size / 5
    code = ("from desktop_app.selftest import SelfTest\n"
            "print(SelfTest(None, None, None).check_text())\n")
    # LD_LIBRARY_PATH comes before the RUNPATH that points ICU at Qt's own copy.
    result = run([sys.executable, "-c", code], {**bare_env, "LD_LIBRARY_PATH": str(tmp_path)}, cwd=ROOT)
    assert result.returncode == 0, result.stderr
    assert "Azerbaijani upper case" in result.stdout
