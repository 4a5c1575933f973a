"""Running the app the way a user would: in a new process, and reading what it reports."""

from __future__ import annotations

import subprocess
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def written_to_home(env: dict[str, str]) -> list[Path]:
    """Files or folders named after the app anywhere in the fake home folder (there should be none)."""
    return [p for p in Path(env["HOME"]).rglob("*") if "44days" in p.name.lower() or "44 days" in p.name.lower()]


def run(command: list[str], env: dict[str, str], cwd: Path, timeout: float = 300) -> subprocess.CompletedProcess:
    return subprocess.run(command, env=env, cwd=cwd, capture_output=True, text=True, timeout=timeout)


def data_folder_of(report: str) -> Path:
    """The temporary data folder the self-test report names."""
    line = next(line for line in report.splitlines() if line.strip().startswith("data folder"))
    return Path(line.split("data folder", 1)[1].strip().removesuffix("(temporary)").strip())
