"""What the app is asked to open from outside: `fortyfourdays://` links and notes files, named on the command
line, handed over by a second launch, opened from the desktop (double-click, xdg-open, a link in a study
sheet) or dropped on the window.

Links have the form `fortyfourdays://KIND/ID`: an entry, event or place of the content, a figure, or one of
the user's own notes by its uuid. The scheme is spelt out because a URL scheme must begin with a letter
(RFC 3986): xdg-open, Qt and browsers do not take `44days://` as a link. Study sheets exported before
carry `44days://` links; those are still read when they reach the app (pasted, dropped, on the command
line). Everything here is checked text, free of Qt; the window decides what an id means.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import quote, unquote, urlsplit

from desktop_app.i18n import translate
from desktop_app.notes.model import MAX_ID_CHARS

SCHEME = "fortyfourdays"
OLD_SCHEMES = ("44days",)  # in study sheets exported before the scheme was spelt out
LINK_KINDS = ("entry", "event", "place", "figure", "note")
# The app's own file type for what people hand each other (teacher packs, reading lists, notes handed
# back); exports written before it existed are plain .json and still open.
FILE_SUFFIX = ".44days"
FILE_SUFFIXES = (FILE_SUFFIX, ".json")
MIME_TYPE = "application/x-44days"
SCHEME_MIME_TYPE = f"x-scheme-handler/{SCHEME}"
MAX_LINK_CHARS = 2048  # a link is a short id; anything longer is not one of ours
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]")
LINK_IN_TEXT = re.compile(r"(?<![\w-])(?:fortyfourdays|44days):[^\s<>\"']+", re.IGNORECASE)


class LinkError(ValueError):
    """A link that cannot be followed, with a message for the person who clicked it."""


@dataclass(frozen=True)
class AppLink:
    kind: str  # one of LINK_KINDS
    ident: str

    @property
    def url(self) -> str:
        return f"{SCHEME}://{self.kind}/{quote(self.ident, safe='')}"


def link_url(kind: str, ident: str) -> str:
    """The link that opens `ident` of `kind` in the app (study sheets and handouts carry these)."""
    return AppLink(kind, ident).url


def shown(text: str, limit: int = 80) -> str:
    """Someone else's text, cut short and with control characters made visible, for a message."""
    text = _CONTROL.sub("\N{REPLACEMENT CHARACTER}", text)
    return text if len(text) <= limit else text[:limit - 1] + "…"


def _scheme_length(text: str) -> int:
    """How many characters the scheme and its colon take at the start of `text`; 0 if not ours."""
    for scheme in (SCHEME, *OLD_SCHEMES):
        if text[:len(scheme) + 1].casefold() == f"{scheme}:":
            return len(scheme) + 1
    return 0


def is_link(text: str) -> bool:
    return _scheme_length(text) > 0


def parse_link(text: str) -> AppLink:
    """The AppLink in `text`, or LinkError saying plainly what is wrong with it."""
    if len(text) > MAX_LINK_CHARS:
        length = len(text)
        #: {example} is a link, "fortyfourdays://entry/shusha" (not translated)
        raise LinkError(translate("AppLinks", "The link is %Ln character(s) long; a 44 Days link is a short "
                                  "address such as {example}.", None, length).format(example=f"{SCHEME}://entry/shusha"))
    if not is_link(text):
        #: {link} is the text that was given as a link; {scheme} is how a link starts, "fortyfourdays://"
        raise LinkError(translate("AppLinks", "“{link}” is not a 44 Days link: those start with {scheme}")
                        .format(link=shown(text), scheme=f"{SCHEME}://"))
    # Read by hand (urllib would not take the old scheme). scheme://entry/ID puts the kind where a host
    # would be; scheme:entry/ID and scheme:///entry/ID are what some programs make of it, so all three read
    # the same. A query or fragment a program may add is not part of the id.
    text = text.strip()
    path = re.split(r"[?#]", text[_scheme_length(text):], maxsplit=1)[0].lstrip("/")
    kind, _, ident = path.partition("/")
    kind = kind.casefold()
    raw = ident.rstrip("/")
    ident = unquote(raw)
    if kind not in LINK_KINDS:
        # The kinds named are LINK_KINDS.
        #: {link} is the text that was given as a link; {example} is a link, "fortyfourdays://entry/shusha" (not
        #: translated)
        raise LinkError(translate("AppLinks", "“{link}” does not say what to open: a 44 Days link names an entry, "
                                  "event, place, figure or note, as in {example}.")
                        .format(link=shown(text), example=f"{SCHEME}://entry/shusha"))
    if not ident or "/" in raw or _CONTROL.search(ident) or len(ident) > MAX_ID_CHARS:
        raise LinkError(_no_name(kind).format(link=shown(text), prefix=f"{SCHEME}://{kind}/"))
    return AppLink(kind, ident)


def _no_name(kind: str) -> str:
    """The message for a link of `kind` (one of LINK_KINDS) that names nothing, one whole sentence a kind."""
    if kind == "entry":
        #: {link} is the text that was given as a link; {prefix} is how such a link starts, "fortyfourdays://entry/"
        return translate("AppLinks", "“{link}” has no usable entry name after {prefix}.")
    if kind == "event":
        #: {link} is the text that was given as a link; {prefix} is how such a link starts, "fortyfourdays://event/"
        return translate("AppLinks", "“{link}” has no usable event name after {prefix}.")
    if kind == "place":
        #: {link} is the text that was given as a link; {prefix} is how such a link starts, "fortyfourdays://place/"
        return translate("AppLinks", "“{link}” has no usable place name after {prefix}.")
    if kind == "figure":
        #: {link} is the text that was given as a link; {prefix} is how such a link starts,
        #: "fortyfourdays://figure/" (a figure is a number in the casualty chart)
        return translate("AppLinks", "“{link}” has no usable figure name after {prefix}.")
    #: {link} is the text that was given as a link; {prefix} is how such a link starts, "fortyfourdays://note/"
    return translate("AppLinks", "“{link}” has no usable note name after {prefix}.")


@dataclass(frozen=True)
class OpenRequest:
    """Links and files to open, in the order given, and what could not be understood."""

    links: tuple[AppLink, ...] = ()
    files: tuple[Path, ...] = ()
    problems: tuple[str, ...] = field(default=())

    def __bool__(self) -> bool:
        return bool(self.links or self.files or self.problems)


def open_request(operands: list[str], working_dir: Path | None = None) -> OpenRequest:
    """Sort command-line operands into links and files. A file path is made absolute against
    `working_dir`, so that a running window (with its own working folder) finds it; a file:// URL, as
    desktops pass with %U, becomes its path."""
    links: list[AppLink] = []
    files: list[Path] = []
    problems: list[str] = []
    for operand in operands:
        if is_link(operand):
            try:
                links.append(parse_link(operand))
            except LinkError as error:
                problems.append(str(error))
        elif operand[:7].casefold() == "file://":
            parts = urlsplit(operand)
            if parts.netloc not in ("", "localhost"):
                #: {file} is a file:// address given to the app; "it" is the file
                problems.append(translate("AppLinks", "“{file}” is on another computer; save it to this one first.")
                                .format(file=shown(operand)))
            else:
                path = unquote(parts.path)
                if re.match(r"^/[A-Za-z]:/", path):  # file:///C:/Users/... on Windows
                    path = path[1:]
                files.append(Path(path))
        elif operand:
            path = Path(operand).expanduser()
            files.append(path if path.is_absolute() or working_dir is None else working_dir / path)
    return OpenRequest(tuple(links), tuple(files), tuple(problems))
