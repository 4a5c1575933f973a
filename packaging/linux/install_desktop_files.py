#!/usr/bin/env python3
"""Install (or remove) 44 Days's desktop files for one user: the menu entry, the .44days file type and the
fortyfourdays:// link handler, the icons and the AppStream metainfo, then make 44 Days the default for the file
type and the links.

    python3 packaging/linux/install_desktop_files.py                     # after pip install: runs `44days`
    python3 install_desktop_files.py --exec ~/.local/opt/44days/44days   # from an unpacked bundle
    python3 install_desktop_files.py --remove

The menu entry runs `--exec` (default: `44days` if it is on PATH, else the bundle's own executable beside
this script), written as a full path so the entry works whatever PATH the desktop session has. Files go
to $XDG_DATA_HOME (default ~/.local/share), or to --data-home. Needs nothing beyond Python; runs
update-mime-database, update-desktop-database and xdg-mime when they are installed (Debian:
shared-mime-info, desktop-file-utils, xdg-utils).
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
from pathlib import Path

APP_ID = "io.github.fortyfourdays.FortyFourDays"
MIME_TYPES = ("application/x-44days", "x-scheme-handler/fortyfourdays")
HERE = Path(__file__).resolve().parent


def files_to_install() -> list[tuple[Path, str]]:
    """(source, path under the data home): from a bundle's share/ beside this script, or from the checkout."""
    bundle_share = HERE / "share"
    if (bundle_share / "applications" / f"{APP_ID}.desktop").is_file():
        return [(path, path.relative_to(bundle_share).as_posix())
                for path in sorted(bundle_share.rglob("*")) if path.is_file()]
    icons = HERE.parent.parent / "resources" / "icons"
    found = [(HERE / f"{APP_ID}.desktop", f"applications/{APP_ID}.desktop"),
             (HERE / f"{APP_ID}.metainfo.xml", f"metainfo/{APP_ID}.metainfo.xml"),
             (HERE / f"{APP_ID}.mime.xml", f"mime/packages/{APP_ID}.xml"),
             (icons / "44days.svg", f"icons/hicolor/scalable/apps/{APP_ID}.svg")]
    for png in sorted(icons.glob("44days-*.png")):
        size = png.stem.rsplit("-", 1)[1]
        found.append((png, f"icons/hicolor/{size}x{size}/apps/{APP_ID}.png"))
    return found


def default_command() -> str:
    on_path = shutil.which("44days")
    if on_path:
        return on_path
    beside = HERE / "44days"  # the bundle's executable, when this script is the bundle's copy
    if beside.is_file():
        return str(beside)
    raise SystemExit("44days is not on PATH: say which program the menu entry runs with --exec PATH")


def exec_line(command: str) -> str:
    """The desktop entry's Exec value: the command quoted as the Desktop Entry spec asks, then %U."""
    if any(c in command for c in ' \t\n"\'\\><~|&;$*?#()`'):
        escaped = "".join("\\" + c if c in '"`$\\' else c for c in command)
        command = f'"{escaped}"'
    return f"{command.replace('%', '%%')} %U"


def run_if_there(*command: str) -> None:
    if shutil.which(command[0]):
        subprocess.run(command, check=False, stdout=subprocess.DEVNULL)


def install(data_home: Path, command: str) -> list[Path]:
    written = []
    for source, relative in files_to_install():
        target = data_home / relative
        target.parent.mkdir(parents=True, exist_ok=True)
        if relative.startswith("applications/"):
            lines = source.read_text(encoding="utf-8").splitlines()
            lines = [f"Exec={exec_line(command)}" if line.startswith("Exec=") else line
                     for line in lines if not line.startswith("TryExec=")]
            target.write_text("\n".join(lines) + "\n", encoding="utf-8")
        else:
            shutil.copyfile(source, target)
        written.append(target)
    refresh(data_home)
    run_if_there("xdg-mime", "default", f"{APP_ID}.desktop", *MIME_TYPES)
    return written


def remove(data_home: Path) -> list[Path]:
    removed = []
    for _source, relative in files_to_install():
        target = data_home / relative
        if target.exists():
            target.unlink()
            removed.append(target)
    refresh(data_home)
    return removed


def refresh(data_home: Path) -> None:
    if (data_home / "mime" / "packages").is_dir():
        run_if_there("update-mime-database", str(data_home / "mime"))
    if (data_home / "applications").is_dir():
        run_if_there("update-desktop-database", str(data_home / "applications"))
    run_if_there("gtk-update-icon-cache", "-q", "-t", str(data_home / "icons" / "hicolor"))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Install 44 Days's menu entry, file type and link handler.")
    parser.add_argument("--exec", dest="command", help="the program the menu entry runs (default: 44days)")
    parser.add_argument("--data-home", type=Path,
                        default=Path(os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share"))
    parser.add_argument("--remove", action="store_true", help="remove what an earlier run installed")
    args = parser.parse_args(argv)
    if args.remove:
        for path in remove(args.data_home):
            print(f"removed {path}")
        return 0
    command = str(Path(args.command).expanduser().resolve()) if args.command else default_command()
    for path in install(args.data_home, command):
        print(f"installed {path}")
    print(f"44 Days now opens .44days files and fortyfourdays:// links (menu entry runs {command})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
