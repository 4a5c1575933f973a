"""Build the standalone 44 Days app (no Python needed to run it) and its archive, in one command:

    python packaging/build_bundle.py

Runs PyInstaller on packaging/44days.spec into dist/44days/ (on macOS also dist/44 Days.app), adds the
Linux desktop entry, AppStream metainfo and icons under dist/44days/share/, writes
dist/44days-<version>-<system>-<machine>.tar.gz (.zip on Windows and macOS) and prints the sizes.
Needs the app's dependencies and PyInstaller (`pip install -e '.[test]'` has both).
"""

from __future__ import annotations

import argparse
import os
import platform
import re
import shutil
import subprocess
import sys
import tarfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "packaging" / "44days.spec"
NAME = "44days"
MIB = 1024 * 1024


def package_constant(name: str) -> str:
    text = (ROOT / "desktop_app" / "__init__.py").read_text(encoding="utf-8")
    return re.search(rf'^{name} = "([^"]+)"', text, re.MULTILINE).group(1)


def folder_size(folder: Path) -> int:
    """Bytes in the files under `folder` (symbolic links count as nothing, as on disk)."""
    return sum(p.lstat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def add_linux_desktop_files(bundle: Path) -> None:
    """share/ in the FreeDesktop layout, so `cp -r share/* ~/.local/share/` installs the menu entry."""
    app_id = package_constant("APP_ID")
    share = bundle / "share"
    linux = ROOT / "packaging" / "linux"
    (share / "applications").mkdir(parents=True, exist_ok=True)
    shutil.copy2(linux / f"{app_id}.desktop", share / "applications")
    (share / "metainfo").mkdir(parents=True, exist_ok=True)
    shutil.copy2(linux / f"{app_id}.metainfo.xml", share / "metainfo")
    (share / "mime" / "packages").mkdir(parents=True, exist_ok=True)
    shutil.copy2(linux / f"{app_id}.mime.xml", share / "mime" / "packages" / f"{app_id}.xml")
    shutil.copy2(linux / "install_desktop_files.py", bundle)  # installs share/ for this user
    icons = ROOT / "resources" / "icons"
    for png in icons.glob("44days-*.png"):
        size = png.stem.rsplit("-", 1)[1]
        target = share / "icons" / "hicolor" / f"{size}x{size}" / "apps"
        target.mkdir(parents=True, exist_ok=True)
        shutil.copy2(png, target / f"{app_id}.png")
    scalable = share / "icons" / "hicolor" / "scalable" / "apps"
    scalable.mkdir(parents=True, exist_ok=True)
    shutil.copy2(icons / "44days.svg", scalable / f"{app_id}.svg")


def write_archive(dist: Path, bundle: Path) -> Path:
    system = {"darwin": "macos", "win32": "windows"}.get(sys.platform, sys.platform)
    base = dist / f"{NAME}-{package_constant('__version__')}-{system}-{platform.machine().lower()}"
    if sys.platform.startswith("linux"):
        archive = base.with_name(base.name + ".tar.gz")
        with tarfile.open(archive, "w:gz") as tar:
            tar.add(bundle, arcname=bundle.name)
        return archive
    archive = base.with_name(base.name + ".zip")
    if sys.platform == "darwin":
        # ditto keeps what a .app needs and zipfile loses: the Qt frameworks' symlinks, permissions and
        # extended attributes. A .app zipped by Python opens as "damaged" on another Mac.
        subprocess.run(["ditto", "-c", "-k", "--sequesterRsrc", "--keepParent", str(bundle), str(archive)],
                       check=True)
        return archive
    return Path(shutil.make_archive(str(base), "zip", root_dir=bundle.parent, base_dir=bundle.name))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--dist", type=Path, default=ROOT / "dist", help="output folder (default: dist/)")
    parser.add_argument("--work", type=Path, default=ROOT / "build" / "pyinstaller",
                        help="PyInstaller's work folder (default: build/pyinstaller/)")
    parser.add_argument("--no-archive", action="store_true", help="build the folder only")
    args = parser.parse_args(argv)
    dist, work = args.dist.resolve(), args.work.resolve()
    started = time.monotonic()
    command = [sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
               "--distpath", str(dist), "--workpath", str(work), str(SPEC)]
    print("running:", " ".join(command), flush=True)
    result = subprocess.run(command, cwd=ROOT, env={**os.environ, "PYTHONNOUSERSITE": "1"})
    if result.returncode != 0:
        print(f"PyInstaller failed (exit {result.returncode})", file=sys.stderr)
        return result.returncode
    bundle = dist / NAME
    if sys.platform.startswith("linux"):
        add_linux_desktop_files(bundle)
    print(f"built {bundle} in {time.monotonic() - started:.0f} s")
    print(f"size on disk: {folder_size(bundle) / MIB:.1f} MiB")
    if sys.platform == "darwin":
        app = dist / "44 Days.app"
        print(f"macOS app: {app} ({folder_size(app) / MIB:.1f} MiB)")
    if not args.no_archive:
        archive = write_archive(dist, bundle if sys.platform != "darwin" else dist / "44 Days.app")
        print(f"archive: {archive} ({archive.stat().st_size / MIB:.1f} MiB)")
    print(f"check it with: {bundle / NAME} --self-test")
    return 0


if __name__ == "__main__":
    sys.exit(main())
