"""The standalone app's licence folder (`licences/` beside the executable), gathered when it is built.

Nothing in it is typed by hand: for every distribution whose modules PyInstaller put in the bundle, the
folder gets the licence files from that distribution's own installed metadata (its `.dist-info`), and
`index.json` records its name, version, licence expression, top-level modules and files. Where a
distribution names a licence in its metadata but ships no text (PySide6 and shiboken6), the standard text
comes from `resources/licences/` (see its README). Python's own licence comes from the Python that built
the bundle. The app's MIT licence, the content's CC BY-SA 4.0 and its credits, and a note on replacing
the Qt libraries (as the LGPL allows) go in too.

The self-test of the bundle (desktop_app/selftest.py) reads `index.json` back and checks that every
module the running app loaded is covered and every file listed is there.
"""

from __future__ import annotations

import json
import re
import shutil
import sys
import sysconfig
from collections.abc import Iterable
from importlib import metadata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
STANDARD_TEXTS = ROOT / "resources" / "licences"
# A licence text: LICENSE, COPYING.txt, "CC-BY license - applies to ...txt" (pyqtgraph's colour maps) ...
LICENCE_FILE = re.compile(r"(^|/)[^/]*(LICEN[CS]E|COPYING|NOTICE|AUTHORS|COPYRIGHT)[^/]*?(\.txt|\.md|\.rst)?$",
                          re.IGNORECASE)
# Modules a package creates when it runs rather than installs as files, so its metadata does not name them.
RUNTIME_MODULES = {"shiboken6": ["shibokensupport", "signature_bootstrap"], "PySide6_Essentials": ["__feature__"]}
OWN_DISTRIBUTION = "fortyfour-days"  # this app, installed for the build: its entry is "44days"
SPDX_ID = re.compile(r"[A-Za-z0-9.+-]+")
QT_NOTE = """Qt and Qt for Python in this app
================================

44 Days uses Qt {qt} through Qt for Python (PySide6 {pyside}), under the GNU Lesser General Public
Licence version 3 (LGPL-3.0-only.txt, with GPL-3.0-only.txt on which it builds). The Qt libraries are
separate files in this folder's app, not built into it, so that you may replace them with your own build
of the same Qt version (or a compatible later one):

  Linux:    _internal/PySide6/Qt/lib/libQt6*.so.6 and _internal/PySide6/Qt/plugins/
  Windows:  _internal\\PySide6\\Qt6*.dll and _internal\\PySide6\\plugins\\
  macOS:    44 Days.app/Contents/Frameworks/PySide6/Qt/lib/Qt*.framework

The source code of Qt is at https://code.qt.io/ and https://download.qt.io/archive/qt/ ; that of Qt for
Python at https://code.qt.io/cgit/pyside/pyside-setup.git/ (tag v{pyside}).
"""


def top_level_names(module_names: Iterable[str]) -> set[str]:
    return {name.split(".")[0] for name in module_names if name}


def bundled_distributions(top_level: Iterable[str]) -> dict[str, metadata.Distribution]:
    """The installed distributions that provide these top-level modules, by name."""
    providers = metadata.packages_distributions()
    found: dict[str, metadata.Distribution] = {}
    for name in top_level:
        for dist_name in providers.get(name, []):
            dist = metadata.distribution(dist_name)
            found.setdefault(dist.metadata["Name"], dist)
    return found


def licence_expression(dist: metadata.Distribution) -> str:
    meta = dist.metadata
    expression = meta.get("License-Expression") or ""
    if not expression and meta.get("License") and len(meta["License"]) <= 120:
        expression = meta["License"].strip()
    if not expression:
        classifiers = [c.rsplit(" :: ", 1)[-1] for c in meta.get_all("Classifier") or [] if c.startswith("License")]
        expression = " / ".join(classifiers)
    return expression or "not stated in the package's metadata"


def licence_files(dist: metadata.Distribution) -> list[tuple[Path, str]]:
    """(installed file, name in the folder): the distribution's licence texts as it installed them."""
    found = []
    for entry in dist.files or []:
        path = entry.as_posix()
        if LICENCE_FILE.search(path):
            source = Path(str(dist.locate_file(entry)))
            if source.is_file():
                inside = path.split(".dist-info/", 1)[-1].removeprefix("licenses/")
                found.append((source, inside))
    return found


def standard_texts(expression: str) -> list[tuple[Path, str]]:
    """The standard texts for the SPDX ids in `expression` that resources/licences/ holds."""
    ids = {m.group(0) for m in SPDX_ID.finditer(expression)} - {"AND", "OR", "WITH"}
    aliases = {"GPL-3.0": "GPL-3.0-only", "LGPL-3.0": "LGPL-3.0-only", "GPL-2.0": "GPL-2.0-only"}
    wanted = sorted({aliases.get(i, i) for i in ids})
    if "LGPL-3.0-only" in wanted:
        wanted.append("GPL-3.0-only")  # the LGPL v3 is read with the GPL v3
    return [(STANDARD_TEXTS / f"{i}.txt", f"{i}.txt") for i in dict.fromkeys(wanted)
            if (STANDARD_TEXTS / f"{i}.txt").is_file()]


def python_licence() -> Path | None:
    for folder in (sysconfig.get_paths()["stdlib"], sys.base_prefix):
        candidate = Path(folder) / "LICENSE.txt"
        if candidate.is_file():
            return candidate
    return None


def write_licence_folder(folder: Path, module_names: Iterable[str], also: Iterable[str] = ("pyinstaller",)) -> dict:
    """Fill `folder` for a bundle holding `module_names` and built with the distributions `also` (PyInstaller:
    its bootloader is the executable); returns the index it wrote."""
    if folder.exists():
        shutil.rmtree(folder)
    folder.mkdir(parents=True)
    top_level = top_level_names(module_names)
    entries = []

    def add(name: str, version: str, expression: str, provides: list[str], files: list[tuple[Path, str]]) -> None:
        target = folder / f"{name}-{version}"
        written = []
        for source, inside in files:
            destination = target / inside
            destination.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(source, destination)
            written.append(destination.relative_to(folder).as_posix())
        entries.append({"name": name, "version": version, "licence": expression, "top_level": provides,
                        "files": written})

    version = re.search(r'__version__ = "([^"]+)"', (ROOT / "desktop_app" / "__init__.py").read_text()).group(1)
    add("44days", version, "MIT (code) AND CC-BY-SA-4.0 (content)", ["desktop_app"],
        [(ROOT / "LICENSE", "LICENSE"), (ROOT / "resources" / "CREDITS.md", "CREDITS.md"),
         (STANDARD_TEXTS / "CC-BY-SA-4.0.txt", "CC-BY-SA-4.0.txt")])
    python = python_licence()
    add("Python", sys.version.split()[0], "PSF-2.0", ["(the standard library)"],
        [(python, "LICENSE.txt")] if python else [])
    found = bundled_distributions(top_level)
    for extra in also:
        dist = metadata.distribution(extra)
        found.setdefault(dist.metadata["Name"], dist)
    for name, dist in sorted(found.items(), key=lambda item: item[0].casefold()):
        if name == OWN_DISTRIBUTION:
            continue
        expression = licence_expression(dist)
        files = licence_files(dist) or standard_texts(expression)
        provides = sorted(t for t in top_level if name in metadata.packages_distributions().get(t, []))
        provides += RUNTIME_MODULES.get(name, [])
        add(name, dist.version, expression, provides, files)
    pyside = next((e for e in entries if e["name"].startswith("PySide6")), None)
    if pyside is not None:
        import PySide6  # the build environment's, the one PyInstaller bundled

        note = folder / "QT-LGPL-NOTE.txt"
        note.write_text(QT_NOTE.format(qt=PySide6.__version__, pyside=pyside["version"]), encoding="utf-8")
        pyside["files"].append(note.name)
    index = {"packages": entries}
    (folder / "index.json").write_text(json.dumps(index, indent=2) + "\n", encoding="utf-8")
    (folder / "README.txt").write_text(readme(entries), encoding="utf-8")
    return index


def readme(entries: list[dict]) -> str:
    width = max(len(e["name"]) + len(e["version"]) + 1 for e in entries)
    lines = ["The licences of 44 Days and of everything this copy of it contains.", "",
             "Each folder holds a package's own licence files, as the package installed them.", ""]
    lines += [f"{(e['name'] + ' ' + e['version']).ljust(width)}  {e['licence']}" for e in entries]
    return "\n".join(lines) + "\n"
