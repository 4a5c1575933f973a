"""A data folder the user cannot write: the notes open read-only with a plain message; nothing is lost.

The checks run in a child process that file permissions bind even under root (tests/read_only.py), and
it first proves that it really cannot write the folder.
"""

from __future__ import annotations

import json
import os
import sys

import pytest

from tests.read_only import digest, read_only_notes_folder, run_without_write_powers

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
    ("add", lambda: store.add("note", Target("entry", "lachin"), body="new").note),
    ("update", lambda: store.update(store.notes()[0].uuid, body="changed").note),
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


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX permissions")
@pytest.mark.skipif(os.name == "posix" and os.geteuid() == 0 and sys.platform != "linux",
                    reason="root ignores permissions; only Linux lets a child drop that power")
def test_a_read_only_folder_still_shows_the_notes_and_refuses_writes_plainly() -> None:
    notes = [("ganja", "Gəncə, first note"), ("shusha", "second note")]
    with read_only_notes_folder("44days-ro-", notes) as (folder, before):
        done = run_without_write_powers(CHECK, [str(folder)], dict(os.environ), timeout=60)
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
        assert digest(folder) == before  # not a byte changed, no stray files
