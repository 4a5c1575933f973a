"""The interface's translation catalogues: resources/translations/44days_<language>.ts and .qm.

`python -m desktop_app.builder.catalogues` brings every .ts up to date with the code (Qt's lupdate finds
each `translate("Context", "Text")` call; a new string arrives unfinished, a removed one is dropped) and
compiles each into the .qm the app loads (Qt's lrelease). The English catalogue holds only the plural
forms ("%Ln note" / "%Ln notes"): the source texts are English already. Both tools ship with PySide6.
resources/translations/README.md is the translators' guide.

No Qt is imported here: the tools run as programs.
"""

from __future__ import annotations

import argparse
import html
import importlib.util
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from xml.etree import ElementTree

from desktop_app.paths import repository_root

LANGUAGES = ("en", "ru", "hy", "az")
# How many plural forms Qt's rules give each language (lupdate writes this many <numerusform>s).
PLURAL_FORMS = {"en": 2, "ru": 3, "hy": 2, "az": 2}
SOURCE_LANGUAGE = "en"
# What lupdate reads: the app's code, not the content builder (its warnings are for the editors).
NOT_SCANNED = ("builder",)


def catalogue_dir(root: Path | None = None) -> Path:
    return (root or repository_root()) / "resources" / "translations"


def qt_tool(name: str) -> Path:
    """lupdate or lrelease from the installed PySide6 package."""
    spec = importlib.util.find_spec("PySide6")
    if spec is None or not spec.submodule_search_locations:
        raise FileNotFoundError("PySide6 is not installed: its lupdate and lrelease build the catalogues")
    folder = Path(next(iter(spec.submodule_search_locations)))
    for candidate in (folder / name, folder / f"{name}.exe"):
        if candidate.exists():
            return candidate
    raise FileNotFoundError(f"{name} is missing from {folder}")


def scanned_sources(root: Path | None = None) -> list[Path]:
    package = (root or repository_root()) / "desktop_app"
    return sorted(path for path in package.rglob("*.py")
                  if not set(path.relative_to(package).parts) & set(NOT_SCANNED))


def update(ts_files: list[Path], root: Path | None = None) -> None:
    """Bring the given .ts files up to date with the code (created if missing)."""
    sources = [str(path) for path in scanned_sources(root)]
    for ts in ts_files:
        language = ts.stem.rsplit("_", 1)[-1]
        kept = plural_translations(ts.read_text(encoding="utf-8")) if ts.exists() else {}
        options = ["-locations", "none", "-no-obsolete", "-source-language", "en", "-target-language", language]
        # -pluralonly cannot be used for English: lupdate would not see the plurals (see mark_plurals).
        _run([str(qt_tool("lupdate")), *options, *sources, "-ts", str(ts)])
        text = mark_plurals(ts.read_text(encoding="utf-8"), kept, PLURAL_FORMS[language])
        if language == SOURCE_LANGUAGE:
            text = plurals_only(text)
        ts.write_text(text, encoding="utf-8")


# lupdate (PySide6 6.11) marks a message as plural only when its count is a number literal; with a variable
# it writes an ordinary message and, on the next run, folds a plural translation back to its first form.
# So plural messages are recognised by their %n, and their forms kept across runs here.
_MESSAGE = re.compile(r'(    <message)( numerus="yes")?(>\n        <source>([^<]*)</source>\n'
                      r'(?:        <(comment|extracomment|translatorcomment)>[^<]*</\5>\n)*)'
                      r'(        <translation(?: type="[a-z]+")?>.*?</translation>\n)(    </message>\n)', re.S)
_CONTEXT_NAME = re.compile(r"<context>\n    <name>(.*?)</name>")
_COMMENT = re.compile(r"\n        <comment>(.*?)</comment>")
_PLURAL_SOURCE = re.compile(r"%L?n")

PluralKey = tuple[str, str, str]


def _key(context: str, match: re.Match[str]) -> PluralKey:
    comment = _COMMENT.search(match.group(3))
    return html.unescape(context), html.unescape(match.group(4)), html.unescape(comment.group(1) if comment else "")


def plural_translations(text: str) -> dict[PluralKey, tuple[list[str], bool]]:
    """The forms of every plural message, and whether it is unfinished, by (context, source, disambiguation).
    Read as XML, so a catalogue written by another tool (a translation merged by script) counts too."""
    kept = {}
    for context in ElementTree.fromstring(text.encode("utf-8")).iter("context"):
        for message in context.iter("message"):
            translation = message.find("translation")
            if message.get("numerus") != "yes" or translation is None:
                continue
            key = (context.findtext("name") or "", message.findtext("source") or "", message.findtext("comment") or "")
            forms = [form.text or "" for form in translation.iter("numerusform")]
            kept[key] = (forms, translation.get("type") == "unfinished")
    return kept


def _escape(text: str) -> str:
    return html.escape(text, quote=True).replace("&#x27;", "&apos;")


def _plural_element(forms: list[str], unfinished: bool) -> str:
    state = ' type="unfinished"' if unfinished else ""
    lines = "".join(f"            <numerusform>{_escape(form)}</numerusform>\n" for form in forms)
    return f"        <translation{state}>\n{lines}        </translation>\n"


def mark_plurals(text: str, kept: dict[PluralKey, tuple[list[str], bool]], forms: int) -> str:
    """Every message whose source has %n or %Ln made plural, with the forms it had before lupdate ran
    (or `forms` empty, unfinished forms)."""
    pieces = []
    for part in re.split(r"(?=<context>)", text):
        name = _CONTEXT_NAME.search(part)
        context = name.group(1) if name else ""

        def plural(match: re.Match[str], context: str = context) -> str:
            if not _PLURAL_SOURCE.search(html.unescape(match.group(4))):
                return match.group(0)
            before = kept.get(_key(context, match))
            if before is not None:
                translation = _plural_element(*before)
            elif match.group(2):  # lupdate made it plural itself (a literal count)
                translation = match.group(6)
            else:
                translation = _plural_element([""] * forms, True)
            return f'{match.group(1)} numerus="yes"{match.group(3)}{translation}{match.group(7)}'

        pieces.append(_MESSAGE.sub(plural, part))
    return "".join(pieces)


def plurals_only(text: str) -> str:
    """The English catalogue keeps only its plural messages: every other source text is English already."""
    pieces = []
    for part in re.split(r"(?=<context>)", text):
        if not part.startswith("<context>"):
            pieces.append(part)
            continue
        kept = _MESSAGE.sub(lambda match: match.group(0) if match.group(2) else "", part)
        if "<message" in kept:
            pieces.append(kept)
        elif part.endswith("</TS>\n"):
            pieces.append("</TS>\n")
    return "".join(pieces)


def compile_catalogue(ts: Path, qm: Path) -> None:
    _run([str(qt_tool("lrelease")), "-silent", str(ts), "-qm", str(qm)])


def build(root: Path | None = None) -> list[Path]:
    """Update every catalogue and compile it; returns the .qm files written."""
    folder = catalogue_dir(root)
    folder.mkdir(parents=True, exist_ok=True)
    catalogues = [folder / f"44days_{language}.ts" for language in LANGUAGES]
    update(catalogues, root)
    written = []
    for ts in catalogues:
        compile_catalogue(ts, ts.with_suffix(".qm"))
        written.append(ts.with_suffix(".qm"))
    return written


def compiled_bytes(ts: Path) -> bytes:
    """What lrelease makes of `ts` now (tests compare it with the committed .qm)."""
    with tempfile.TemporaryDirectory() as folder:
        qm = Path(folder) / ts.with_suffix(".qm").name
        compile_catalogue(ts, qm)
        return qm.read_bytes()


def updated_text(ts: Path, root: Path | None = None) -> str:
    """What `update` would make of `ts` now, without touching it (tests compare it with the committed .ts)."""
    with tempfile.TemporaryDirectory() as folder:
        copy = Path(folder) / ts.name
        shutil.copyfile(ts, copy)
        update([copy], root)
        return copy.read_text(encoding="utf-8")


def _run(command: list[str]) -> None:
    result = subprocess.run(command, capture_output=True, text=True)
    if result.returncode != 0:
        raise RuntimeError(f"{Path(command[0]).name} failed ({result.returncode}): {result.stderr.strip()}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Update resources/translations/*.ts from the code and "
                                                 "compile them to .qm.")
    parser.parse_args(argv)
    for qm in build():
        print(f"wrote {qm.relative_to(repository_root())}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
