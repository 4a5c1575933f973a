"""A data folder the user cannot write, for the tests of read-only notes (tests/notes/test_read_only.py,
tests/ui/test_notes_faults.py).

File permissions do not bind root, so the checks run in a child process; when the tests run as root
(a container, CI) the child drops the capabilities that let root ignore permissions (Linux).
"""

from __future__ import annotations

import ctypes
import hashlib
import os
import shutil
import stat
import subprocess
import sys
import tempfile
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path

from desktop_app.notes.model import Target
from desktop_app.notes.store import NotesStore

REPO = Path(__file__).resolve().parents[1]
# Linux capabilities that let root read and write regardless of file permissions.
CAP_DAC_OVERRIDE, CAP_DAC_READ_SEARCH, CAP_FOWNER = 1, 2, 3
PR_CAPBSET_DROP = 24


def _drop_root_file_powers() -> None:
    """In the child before exec: without these in the bounding set, root's new process lacks them."""
    libc = ctypes.CDLL(None, use_errno=True)
    for cap in (CAP_DAC_OVERRIDE, CAP_DAC_READ_SEARCH, CAP_FOWNER):
        if libc.prctl(PR_CAPBSET_DROP, cap, 0, 0, 0) != 0:
            raise OSError(ctypes.get_errno(), "prctl(PR_CAPBSET_DROP) failed")


def digest(folder: Path) -> dict[str, str]:
    """Each file in the folder with a hash of its bytes: equal digests mean not a byte changed."""
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(folder.iterdir())}


@contextmanager
def read_only_notes_folder(prefix: str, notes: Iterable[tuple[str, str]]) -> Iterator[tuple[Path, dict[str, str]]]:
    """A data folder whose notes file holds these notes (entry id, text), then made read-only. Yields the
    folder and its digest; afterwards the permissions are given back and the folder removed."""
    root = Path(tempfile.mkdtemp(prefix=prefix))
    folder = root / "data"
    try:
        with NotesStore(folder / "notes.sqlite") as store:
            for entry_id, body in notes:
                store.add("note", Target("entry", entry_id), body=body)
        before = digest(folder)
        (folder / "notes.sqlite").chmod(0o444)
        folder.chmod(0o555)
        root.chmod(0o755)
        yield folder, before
    finally:
        for path in (root, *root.rglob("*")):
            path.chmod(stat.S_IRWXU | (path.stat().st_mode & 0o7777))
        shutil.rmtree(root)


def run_without_write_powers(
    code: str, args: list[str], env: dict[str, str], timeout: float
) -> subprocess.CompletedProcess:
    """`python -c code args...` in a child that file permissions bind, even when the tests run as root."""
    extra = {"preexec_fn": _drop_root_file_powers} if os.geteuid() == 0 else {}
    return subprocess.run([sys.executable, "-c", code, *args], cwd=REPO,
                          env={**env, "PYTHONDONTWRITEBYTECODE": "1"}, capture_output=True, text=True,
                          timeout=timeout, **extra)
