"""In every language each menu reads in that language and its Alt letters (mnemonics) do not repeat, so a
person at the keyboard reaches every command."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication, QMenu

from desktop_app.ui.language import LANGUAGES, apply_language, remove_language
from desktop_app.ui.main_window import MainWindow

MNEMONIC = re.compile(r"&([^&\s])")


def menus(menu: QMenu, path: str) -> Iterator[tuple[str, QMenu]]:
    yield path, menu
    for action in menu.actions():
        if action.menu() is not None:
            yield from menus(action.menu(), f"{path} > {action.text()}")


def repeated_letters(texts: list[str]) -> list[str]:
    letters = Counter(match.group(1).lower() for text in texts for match in [MNEMONIC.search(text)] if match)
    return [letter for letter, count in letters.items() if count > 1]


@pytest.mark.parametrize("language", LANGUAGES, ids=[language.code for language in LANGUAGES])
def test_no_menu_repeats_an_alt_letter(qapp: QApplication, qtbot, content, language) -> None:
    installed = apply_language(qapp, language)
    try:
        window = MainWindow(content)
        qtbot.addWidget(window)
        bar = [action.text() for action in window.menuBar().actions()]
        clashes = {"menu bar": repeated_letters(bar)} if repeated_letters(bar) else {}
        for top in window.menuBar().actions():
            for path, menu in menus(top.menu(), top.text()):
                texts = [action.text() for action in menu.actions() if not action.isSeparator()]
                if repeated_letters(texts):
                    clashes[path] = [(letter, [t for t in texts if MNEMONIC.search(t) and
                                               MNEMONIC.search(t).group(1).lower() == letter])
                                     for letter in repeated_letters(texts)]
        window.close()
        window.notes.close()
    finally:
        remove_language(qapp, installed)
    assert not clashes, clashes
