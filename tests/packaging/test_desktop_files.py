"""Desktop integration: the icon, the Linux desktop entry and metainfo, the Windows installer script and the
bundle spec are valid and name only files that exist (or that the bundle build writes)."""

from __future__ import annotations

import configparser
import importlib.util
import re
import shutil
import struct
import subprocess
import sys
import tomllib
import xml.etree.ElementTree as ET
from pathlib import PureWindowsPath

import pytest

from desktop_app import APP_ID, __version__
from desktop_app.app_links import FILE_SUFFIX, MIME_TYPE, SCHEME, SCHEME_MIME_TYPE
from desktop_app.builder import catalogues
from tests.packaging.helpers import ROOT

PACKAGING = ROOT / "packaging"
DESKTOP = PACKAGING / "linux" / f"{APP_ID}.desktop"
METAINFO = PACKAGING / "linux" / f"{APP_ID}.metainfo.xml"
MIME_XML = PACKAGING / "linux" / f"{APP_ID}.mime.xml"
INNO = PACKAGING / "windows" / "44days.iss"
SPEC = PACKAGING / "44days.spec"
PYPROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))


def load_make_icons():
    spec = importlib.util.spec_from_file_location("make_icons", PACKAGING / "make_icons.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


make_icons = load_make_icons()


def desktop_entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None, delimiters=("=",))
    parser.optionxform = str  # keys are case-sensitive
    parser.read(DESKTOP, encoding="utf-8")
    return parser["Desktop Entry"]


# -- the icon -------------------------------------------------------------------------------------
@pytest.mark.parametrize("size", make_icons.PNG_SIZES)
def test_png_icons_are_the_svg_rendered_at_each_size(qapp, size: int) -> None:
    from PySide6.QtGui import QImage

    committed = QImage(str(make_icons.png_path(size)))
    assert (committed.width(), committed.height()) == (size, size)
    fresh = make_icons.render(size).convertToFormat(committed.format())
    # Same picture (rendering may differ by a shade between Qt versions): compare every pixel's channels.
    diff = sum(abs(a - b) for a, b in zip(committed.constBits().tobytes(), fresh.constBits().tobytes(), strict=True))
    assert diff / (size * size * 4) < 2, "the PNG is out of date: run python packaging/make_icons.py"
    opaque = sum(committed.pixelColor(x, y).alpha() > 0 for x in range(size) for y in range(size))
    assert opaque > size * size / 2  # a real picture, not an empty square


def test_windows_and_macos_icons_hold_the_committed_pngs() -> None:
    pngs = {size: make_icons.png_path(size).read_bytes() for size in make_icons.PNG_SIZES}
    ico = make_icons.ICO.read_bytes()
    assert ico == make_icons.ico_bytes(pngs)
    assert struct.unpack_from("<HHH", ico) == (0, 1, len(make_icons.ICO_SIZES))
    icns = make_icons.ICNS.read_bytes()
    assert icns == make_icons.icns_bytes(pngs)
    assert icns[:4] == b"icns" and struct.unpack_from(">I", icns, 4)[0] == len(icns)


def test_window_icon_offers_every_size(qapp) -> None:
    from desktop_app.ui.icon import app_icon

    sizes = {(s.width(), s.height()) for s in app_icon().availableSizes()}
    assert {(n, n) for n in make_icons.PNG_SIZES} <= sizes


# -- Linux: desktop entry and AppStream metainfo --------------------------------------------------
def test_desktop_entry_is_valid_and_starts_the_installed_command() -> None:
    tool = shutil.which("desktop-file-validate")
    if tool:  # the reference validator when installed (Debian: desktop-file-utils); the checks below always run
        result = subprocess.run([tool, str(DESKTOP)], capture_output=True, text=True)
        assert result.returncode == 0 and "error" not in result.stdout.lower(), result.stdout + result.stderr
    entry = desktop_entry()
    assert entry["Type"] == "Application"
    assert entry["Name"] == "44 Days"
    assert entry["Icon"] == APP_ID  # the name the icons are installed under (see build_bundle.py)
    assert entry["Exec"].split()[0] in PYPROJECT["project"]["scripts"]
    assert entry["Exec"].endswith(" %U")  # files and links are handed to the app
    # No TryExec: with the bundle not on PATH it would hide the entry; the installer writes a full path.
    assert "TryExec" not in entry
    assert entry["MimeType"].split(";") == [MIME_TYPE, SCHEME_MIME_TYPE, ""]
    assert entry["Terminal"] == "false"
    categories = entry["Categories"].split(";")
    assert entry["Categories"].endswith(";") and "Education" in categories
    assert entry["Keywords"].endswith(";")
    for key in entry:
        assert re.fullmatch(r"[A-Za-z0-9-]+(\[[A-Za-z_@.]+\])?", key), key


def test_metainfo_is_valid_and_matches_the_app() -> None:
    tool = shutil.which("appstreamcli")
    if tool:  # the reference validator when installed (Debian: appstream); the checks below always run
        result = subprocess.run([tool, "validate", "--no-net", str(METAINFO)], capture_output=True, text=True)
        assert result.returncode == 0, result.stdout + result.stderr
    root = ET.parse(METAINFO).getroot()
    assert root.tag == "component" and root.get("type") == "desktop-application"
    assert root.findtext("id") == APP_ID
    assert root.findtext("name") == desktop_entry()["Name"]
    assert root.findtext("metadata_license") == "CC0-1.0"
    assert root.findtext("project_license") == PYPROJECT["project"]["license"] == "MIT AND CC-BY-SA-4.0"
    summary = root.findtext("summary")
    assert summary and len(summary) <= 60 and not summary.endswith(".")
    paragraphs = root.findall("description/p")
    assert len(paragraphs) >= 2 and all(p.text and p.text.strip() for p in paragraphs)
    launchable = root.find("launchable")
    assert launchable.get("type") == "desktop-id" and launchable.text == DESKTOP.name
    assert root.findtext("provides/binary") == desktop_entry()["Exec"].split()[0]
    assert root.findtext("provides/mediatype") == MIME_TYPE
    assert root.findtext("developer_name") == root.findtext("developer/name")  # older AppStream tools
    images = [image.text for image in root.findall("screenshots/screenshot/image")]
    assert images and all(image.startswith("https://") for image in images)
    for image in images:  # each screenshot URL points at a file in this repository
        assert (ROOT / "docs" / "screenshots" / image.rsplit("/docs/screenshots/", 1)[1]).is_file()
    assert root.find("releases/release").get("version") == __version__
    assert root.find("content_rating").get("type") == "oars-1.1"


def test_the_notes_file_type_is_declared_for_its_suffix_and_its_content() -> None:
    ns = {"m": "http://www.freedesktop.org/standards/shared-mime-info"}
    kind = ET.parse(MIME_XML).getroot().find("m:mime-type", ns)
    assert kind.get("type") == MIME_TYPE
    assert kind.find("m:glob", ns).get("pattern") == f"*{FILE_SUFFIX}"
    assert kind.find("m:sub-class-of", ns).get("type") == "application/json"
    assert kind.find("m:magic/m:match", ns).get("value") == '"44days-notes"'  # old .json packs too


def test_the_installer_script_registers_the_file_type_and_links_for_one_user(tmp_path) -> None:
    data_home = tmp_path / "share"
    command = tmp_path / "opt" / "44 Days" / "44days"  # a bundle unpacked where PATH does not look
    result = subprocess.run([sys.executable, str(PACKAGING / "linux" / "install_desktop_files.py"),
                             "--exec", str(command), "--data-home", str(data_home)],
                            capture_output=True, text=True, env={"PATH": "/usr/bin:/bin", "HOME": str(tmp_path),
                                                                 "XDG_CONFIG_HOME": str(tmp_path / "config")})
    assert result.returncode == 0, result.stderr
    installed = configparser.ConfigParser(interpolation=None, delimiters=("=",))
    installed.optionxform = str
    installed.read(data_home / "applications" / DESKTOP.name, encoding="utf-8")
    assert installed["Desktop Entry"]["Exec"] == f'"{command}" %U'
    assert (data_home / "mime" / "packages" / f"{APP_ID}.xml").is_file()
    assert (data_home / "icons" / "hicolor" / "256x256" / "apps" / f"{APP_ID}.png").is_file()
    if shutil.which("update-mime-database"):  # the database a desktop reads the file types from
        assert MIME_TYPE in (data_home / "mime" / "globs2").read_text(encoding="utf-8")
    if shutil.which("desktop-file-validate"):
        check = subprocess.run(["desktop-file-validate", str(data_home / "applications" / DESKTOP.name)],
                               capture_output=True, text=True)
        assert check.returncode == 0, check.stdout
    if shutil.which("xdg-mime"):
        mimeapps = (tmp_path / "config" / "mimeapps.list").read_text(encoding="utf-8")
        assert f"{SCHEME_MIME_TYPE}={DESKTOP.name}" in mimeapps and f"{MIME_TYPE}={DESKTOP.name}" in mimeapps
    removed = subprocess.run([sys.executable, str(PACKAGING / "linux" / "install_desktop_files.py"), "--remove",
                              "--data-home", str(data_home)], capture_output=True, text=True)
    assert removed.returncode == 0 and not (data_home / "applications" / DESKTOP.name).exists()


def test_windows_and_macos_register_the_file_type_and_the_links() -> None:
    inno = INNO.read_text(encoding="utf-8")
    assert f'Subkey: "Software\\Classes\\{FILE_SUFFIX}"' in inno
    assert f'Subkey: "Software\\Classes\\{SCHEME}"; ValueType: string; ValueName: "URL Protocol"' in inno
    assert "ChangesAssociations=yes" in inno and "[Languages]" in inno
    assert re.search(r"#if Ver < EncodeVer\(6, 3, 0\)", inno)
    spec = SPEC.read_text(encoding="utf-8")
    assert '"CFBundleURLSchemes": ["fortyfourdays"]' in spec and '"public.filename-extension": ["44days"]' in spec


# -- Windows installer and the PyInstaller spec ---------------------------------------------------
def inno_value(text: str, key: str) -> str:
    return re.search(rf"^{key}=(.+)$", text, re.MULTILINE).group(1).strip()


def test_inno_setup_script_names_existing_files_and_the_bundle() -> None:
    text = INNO.read_text(encoding="utf-8")
    folder = INNO.parent
    assert re.search(r'#define AppVersion "([^"]+)"', text).group(1) == __version__
    for key in ("LicenseFile", "SetupIconFile"):
        assert (folder / PureWindowsPath(inno_value(text, key)).as_posix()).is_file(), key
    assert (folder / PureWindowsPath(inno_value(text, "OutputDir")).as_posix()).resolve() == ROOT / "dist"
    # The files to install are the folder the spec builds into dist/, with the executable the shortcuts start.
    sources = re.findall(r'^Source: "([^"]+)"', text, re.MULTILINE)
    assert sources == [r"..\..\dist\44days\*"]
    spec_name = re.search(r'^NAME = "([^"]+)"', SPEC.read_text(encoding="utf-8"), re.MULTILINE).group(1)
    assert (folder / PureWindowsPath(sources[0]).as_posix()).parent.resolve() == ROOT / "dist" / spec_name
    assert re.search(r'#define AppExe "([^"]+)"', text).group(1) == f"{spec_name}.exe"
    assert re.search(r"^AppId=\{\{[0-9A-F-]{36}\}$", text, re.MULTILINE)


def test_spec_names_existing_files_and_makes_a_macos_app() -> None:
    text = SPEC.read_text(encoding="utf-8")
    referenced = re.findall(r'ROOT((?: / "[^"]+")+)', text)
    assert len(referenced) >= 5
    for parts in referenced:
        path = ROOT.joinpath(*re.findall(r'"([^"]+)"', parts))
        assert path.exists(), path
    macos = text[text.index('if sys.platform == "darwin":\n    app = BUNDLE('):]  # the .app section
    assert "bundle_identifier=APP_ID" in macos and "icon=str(ICON_ICNS)" in macos
    assert "console=False" in text  # windowed


def test_spec_ships_what_the_wheel_ships() -> None:
    """The bundle's data list comes from setup.py's runtime_files, the function that fills the wheel."""
    spec = importlib.util.spec_from_file_location("fortyfour_days_setup", ROOT / "setup.py")
    setup = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(setup)
    shipped = {str(relative) for _, relative in setup.runtime_files(ROOT)}
    assert {"database.sqlite", "resources/map/region.geojson", "resources/icons/44days-256.png"} <= shipped
    assert not [p for p in shipped if p.startswith(("resources/content/", "resources/source-article/"))]
    assert "_setup.runtime_files(ROOT)" in SPEC.read_text(encoding="utf-8")
    assert sys.modules.get("fortyfour_days_setup") is None  # importing setup.py did not run setup()


def test_menus_software_centres_and_the_installer_speak_every_language_of_the_app() -> None:
    """A Russian, Armenian or Azerbaijani desktop shows the app's name and description in its language, and
    the Windows installer offers the four languages, each from a messages file that exists."""
    translated = [code for code in catalogues.LANGUAGES if code != catalogues.SOURCE_LANGUAGE]
    desktop = DESKTOP.read_text(encoding="utf-8")
    metainfo = METAINFO.read_text(encoding="utf-8")
    mime = MIME_XML.read_text(encoding="utf-8")
    for code in translated:
        assert f"Comment[{code}]=" in desktop and f"GenericName[{code}]=" in desktop, code
        assert metainfo.count(f'xml:lang="{code}"') >= 2, code  # the summary and the description
        assert f'xml:lang="{code}"' in mime, code
    languages = re.findall(r'^Name: "(\w+)"; MessagesFile: "([^"]+)"', INNO.read_text(encoding="utf-8"), re.MULTILINE)
    assert {name for name, _ in languages} == {"english", "russian", "armenian", "azerbaijani"}
    ours = [INNO.parent.joinpath(*PureWindowsPath(path).parts) for _, path in languages
            if not path.startswith("compiler:")]
    assert ours and all(path.is_file() for path in ours), ours
