"""The interface language, without Qt.

Every user-visible string in the app, the Qt-free layers included, goes through `translate(context, text)`,
which `pyside6-lupdate` finds and extracts into the catalogues under resources/translations/. Every number
and date a person reads goes through `number`, `day`, `month_year` and `day_month`. By default (tests of
the data layers, the self-test) both speak English; the GUI installs Qt's translator and QLocale at start
(desktop_app/ui/language.py), so the same calls then speak the chosen language.

Conventions (docs/translating.md says more):
- `translate("Context", "Text with {placeholder}").format(placeholder=...)`: never an f-string inside
  `translate` (lupdate would extract the unformatted text, and the lookup would never match).
- Plurals: `translate("Context", "%n note(s)", None, count)`, n passed by position (lupdate ignores a
  keyword); "%Ln" writes the number with the locale's separators.
- A comment line starting with `#:` just above the call reaches the translator.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date
from functools import cache
from xml.etree import ElementTree

Translator = Callable[[str, str, "str | None", int], str]

ENGLISH_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
                  "October", "November", "December")


class Formats:
    """Numbers and dates written the English way; the GUI swaps in its QLocale-based subclass."""

    def number(self, value: float, decimals: int = 0) -> str:
        if decimals == 0 and float(value).is_integer():
            return f"{int(value):,}"
        return f"{value:,.{decimals}f}" if decimals else f"{value:,}"

    def month_name(self, month: int) -> str:
        """The month on its own, as in a heading ("October", in Russian "октябрь", not "октября")."""
        return ENGLISH_MONTHS[month - 1]

    def short_month_name(self, month: int) -> str:
        """"Oct", for an axis."""
        return ENGLISH_MONTHS[month - 1][:3]

    def day(self, value: date) -> str:
        """"9 October 2020"."""
        return f"{value.day} {ENGLISH_MONTHS[value.month - 1]} {value.year}"

    def day_month(self, value: date) -> str:
        """"9 October"."""
        return f"{value.day} {ENGLISH_MONTHS[value.month - 1]}"

    def short_day(self, value: date) -> str:
        """"9 Oct 2020", for narrow places such as an axis."""
        return f"{value.day} {ENGLISH_MONTHS[value.month - 1][:3]} {value.year}"


def _english(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    if n >= 0:
        forms = _english_plurals().get((context, text, disambiguation or ""))
        # Not in the catalogue (yet): the regular English plural.
        regular = text.replace("(s)", "" if n == 1 else "s")
        text = (forms[0] if n == 1 else forms[-1]) if forms else regular
        text = text.replace("%Ln", _formats.number(n)).replace("%n", str(n))
    return text


@cache
def _english_plurals() -> dict[tuple[str, str, str], list[str]]:
    """English plural forms ("%n note" / "%n notes") from the English catalogue, the one the GUI loads, so
    the Qt-free layers and their tests read exactly what a person sees."""
    from desktop_app.paths import resources_dir

    path = resources_dir() / "translations" / "44days_en.ts"
    if not path.exists():
        return {}
    forms: dict[tuple[str, str, str], list[str]] = {}
    for context in ElementTree.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            if message.get("numerus") == "yes":
                plural = [form.text or "" for form in message.iter("numerusform")]
                if all(plural):
                    forms[(name, message.findtext("source") or "", message.findtext("comment") or "")] = plural
    return forms


_translator: Translator = _english
_formats = Formats()


def install(translator: Translator | None, formats: Formats | None) -> None:
    """Called by the GUI once its language is chosen; `None` puts English back (tests)."""
    global _translator, _formats
    _translator = translator or _english
    _formats = formats or Formats()


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 (the name lupdate looks for)
    """Marks a string kept in a constant (made at import, before a language is chosen) for the catalogues;
    it is translated where it is shown, with `translate(context, constant)` in the same context."""
    return text


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """`text` in the interface language; `context` is the pane or module, as in the catalogues."""
    return _translator(context, text, disambiguation, n)


def number(value: float, decimals: int = 0) -> str:
    return _formats.number(value, decimals)


def month_name(month: int) -> str:
    return _formats.month_name(month)


def short_month_name(month: int) -> str:
    return _formats.short_month_name(month)


def day(value: date) -> str:
    return _formats.day(value)


def day_month(value: date) -> str:
    return _formats.day_month(value)


def short_day(value: date) -> str:
    return _formats.short_day(value)


def month_year(year: int, month: int) -> str:
    #: {month} is the month's name on its own (nominative), {year} the year: "October 2020"
    return translate("Dates", "{month} {year}").format(month=_formats.month_name(month), year=year)


def join(items: list[str]) -> str:
    """"a, b and c" in the interface language."""
    if len(items) <= 1:
        return "".join(items)
    #: the last two items of a list: "Armenia and Azerbaijan"
    last = translate("Lists", "{first} and {last}").format(first=items[-2], last=items[-1])
    return ", ".join([*items[:-2], last])


PLACEHOLDER = re.compile(r"\{[a-z_]*\}|%L?n|%\d")


def placeholders(text: str) -> list[str]:
    """The placeholders of a string, in order: a translation must keep every one of them."""
    return sorted(PLACEHOLDER.findall(text))
