from __future__ import annotations

import os
from pathlib import Path

import pytest

# Qt tests run without a screen, and nothing a test does touches the user's real data folder.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# The suite reads the English interface whatever the machine's language (tests/i18n switch on purpose).
os.environ["FORTYFOURDAYS_LANGUAGE"] = "en"

REPO = Path(__file__).resolve().parent.parent
DATABASE = REPO / "database.sqlite"
CONTENT = REPO / "resources" / "content"


@pytest.fixture(autouse=True)
def _isolated_user_data(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FORTYFOURDAYS_DATA_DIR", str(tmp_path_factory.mktemp("userdata")))


@pytest.fixture(scope="session")
def content():
    from desktop_app.content import ContentDatabase

    with ContentDatabase(DATABASE) as db:
        yield db
