"""A data folder the user cannot write: the notes open read-only with a plain message; nothing is lost.

File permissions do not bind root, so the checks run in a child process; when the tests run as root
(a container, CI) the child drops the capabilities that let root ignore permissions (Linux), and it
first proves that it really cannot write the folder.
"""

from __future__ import annotations

import ctypes
import hashlib
import json
import os
import shutil
import stat
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

from desktop_app.notes.model import Target
from desktop_app.notes.store import NotesStore

REPO = Path(__file__).resolve().parents[2]
# Linux capabilities that let root read and write regardless of file permissions.
CAP_DAC_OVERRIDE, CAP_DAC_READ_SEARCH, CAP_FOWNER = 1, 2, 3
PR_CAPBSET_DROP = 24

CHECK = r"""
import json, sys
from pathlib import Path
from desktop_app.notes.model import Target
from desktop_app.notes.store import NotesReadOnly, NotesStore
from desktop_app.notes import exchange

folder = Path(sys.argv[1])
result = {}
try:
    (folder / "probe").write_text("x")
    result["probe"] = "written"
except PermissionError:
    result["probe"] = "refused"
store = NotesStore(folder / "notes.sqlite")
result["read_only"] = store.read_only
result["bodies"] = [n.body for n in store.notes()]
result["found"] = [h.note.body for h in store.search("gence")]
for name, write in [
    ("add", lambda: store.add("note", Target("entry", "lachin"), body="new")),
    ("update", lambda: store.update(store.notes()[0].uuid, body="changed")),
    ("delete", lambda: store.delete(store.notes()[0].uuid)),
    ("import", lambda: exchange.import_json(store, exchange.export_json(store))),
]:
    try:
        write()
        result[name] = "written"
    except NotesReadOnly as error:
        result[name] = str(error)
result["after"] = [n.body for n in store.notes()]
fresh = NotesStore(folder / "sub" / "notes.sqlite")
result["fresh"] = [fresh.read_only, fresh.notes()]
print(json.dumps(result))
"""


def _drop_root_file_powers() -> None:
    """In the child before exec: without these in the bounding set, root's new process lacks them."""
    libc = ctypes.CDLL(None, use_errno=True)
    for cap in (CAP_DAC_OVERRIDE, CAP_DAC_READ_SEARCH, CAP_FOWNER):
        if libc.prctl(PR_CAPBSET_DROP, cap, 0, 0, 0) != 0:
            raise OSError(ctypes.get_errno(), "prctl(PR_CAPBSET_DROP) failed")


def _digest(folder: Path) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(folder.iterdir())}


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX permissions")
@pytest.mark.skipif(os.name == "posix" and os.geteuid() == 0 and sys.platform != "linux",
                    reason="root ignores permissions; only Linux lets a child drop that power")
def test_a_read_only_folder_still_shows_the_notes_and_refuses_writes_plainly() -> None:
    root = Path(tempfile.mkdtemp(prefix="44days-ro-"))
    folder = root / "data"
    try:
        with NotesStore(folder / "notes.sqlite") as store:
            store.add("note", Target("entry", "ganja"), body="Gəncə, first note")
            store.add("note", Target("entry", "shusha"), body="second note")
        before = _digest(folder)
        (folder / "notes.sqlite").chmod(0o444)
        folder.chmod(0o555)
        root.chmod(0o755)
        extra = {"preexec_fn": _drop_root_file_powers} if os.geteuid() == 0 else {}
        env = {**os.environ, "PYTHONDONTWRITEBYTECODE": "1"}
        done = subprocess.run([sys.executable, "-c", CHECK, str(folder)], cwd=REPO, env=env, capture_output=True,
                              text=True, timeout=60, **extra)
        assert done.returncode == 0, done.stderr
        result = json.loads(done.stdout)
        assert result["probe"] == "refused"  # the folder really is read-only for the child
        assert result["read_only"] is True
        assert sorted(result["bodies"]) == ["Gəncə, first note", "second note"]
        assert result["found"] == ["Gəncə, first note"]
        for write in ("add", "update", "delete", "import"):
            assert result[write].startswith("Your notes cannot be saved"), result[write]
            assert str(folder) in result[write] and "Nothing was changed" in result[write]
        assert result["after"] == result["bodies"]
        assert result["fresh"] == [True, []]
        assert _digest(folder) == before  # not a byte changed, no stray files
    finally:
        for path in (root, *root.rglob("*")):
            path.chmod(stat.S_IRWXU | (path.stat().st_mode & 0o7777))
        shutil.rmtree(root)
