"""The catalogues match the code, every language is complete, and no translation breaks its message.

No display needed: lupdate and lrelease run as programs, the .ts files are read as XML.
"""

from __future__ import annotations

import re
from xml.etree import ElementTree

import pytest

from desktop_app.builder import catalogues
from desktop_app.i18n import placeholders

FOLDER = catalogues.catalogue_dir()
TRANSLATED = [language for language in catalogues.LANGUAGES if language != catalogues.SOURCE_LANGUAGE]
# Plural forms per language, as Qt's rules count them (Russian: one, few, many; the others: one, other).
PLURAL_FORMS = {"en": 2, "ru": 3, "hy": 2, "az": 2}
TAG = re.compile(r"</?[a-zA-Z][^>]*>")
MNEMONIC = re.compile(r"&(?!\w+;)[^&\s]")  # "&File", not "&amp;" or "&&"


def messages(language: str) -> list[tuple[str, ElementTree.Element]]:
    root = ElementTree.parse(FOLDER / f"44days_{language}.ts").getroot()
    return [(context.findtext("name") or "", message) for context in root.iter("context")
            for message in context.iter("message")]


def translations(message: ElementTree.Element) -> list[str]:
    translation = message.find("translation")
    assert translation is not None
    if message.get("numerus") == "yes":
        return [form.text or "" for form in translation.iter("numerusform")]
    return [translation.text or ""]


def where(context: str, message: ElementTree.Element) -> str:
    return f"{context}: {message.findtext('source')!r}"


@pytest.mark.parametrize("language", catalogues.LANGUAGES)
def test_the_catalogue_has_every_string_of_the_code(language: str) -> None:
    """lupdate run on today's code changes nothing: no string is missing, none is left over."""
    ts = FOLDER / f"44days_{language}.ts"
    assert catalogues.updated_text(ts) == ts.read_text(encoding="utf-8"), (
        f"{ts.name} is behind the code: run `python -m desktop_app.builder.catalogues` and translate")


@pytest.mark.parametrize("language", catalogues.LANGUAGES)
def test_the_compiled_catalogue_matches_its_source(language: str) -> None:
    ts = FOLDER / f"44days_{language}.ts"
    assert catalogues.compiled_bytes(ts) == ts.with_suffix(".qm").read_bytes(), (
        f"{ts.with_suffix('.qm').name} is stale: run `python -m desktop_app.builder.catalogues`")


@pytest.mark.parametrize("language", TRANSLATED)
def test_every_string_is_translated(language: str) -> None:
    unfinished = [where(context, message) for context, message in messages(language)
                  if message.find("translation").get("type") == "unfinished"
                  or not all(text.strip() for text in translations(message))]
    assert not unfinished, f"{len(unfinished)} unfinished in {language}: {unfinished[:10]}"
    assert len(messages(language)) > 400  # the whole interface, not a sample


@pytest.mark.parametrize("language", catalogues.LANGUAGES)
def test_plural_messages_have_every_form_of_the_language(language: str) -> None:
    wrong = [where(context, message) for context, message in messages(language)
             if message.get("numerus") == "yes" and (len(translations(message)) != PLURAL_FORMS[language]
                                                      or not all(translations(message)))]
    assert not wrong, wrong[:10]
    assert any(message.get("numerus") == "yes" for _, message in messages(language))


@pytest.mark.parametrize("language", catalogues.LANGUAGES)
def test_translations_keep_placeholders_markup_and_mnemonics(language: str) -> None:
    broken = []
    for context, message in messages(language):
        source = message.findtext("source") or ""
        for text in translations(message):
            if not text:
                continue
            wanted = [p for p in placeholders(source) if not p.startswith("%")]
            if [p for p in placeholders(text) if not p.startswith("%")] != wanted:
                broken.append((where(context, message), "placeholders", text))
            if message.get("numerus") == "yes" and "%" not in text:  # 21 is "one" in Russian: the number shows
                broken.append((where(context, message), "the number", text))
            if sorted(TAG.findall(source)) != sorted(TAG.findall(text)):
                broken.append((where(context, message), "tags", text))
            if MNEMONIC.search(source) and len(MNEMONIC.findall(text)) != 1:
                broken.append((where(context, message), "mnemonic", text))
    assert not broken, broken[:10]
