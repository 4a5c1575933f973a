"""Read back the PDFs the app writes: page sizes and the text of each page.

The text comes from `pdftotext` (Debian: poppler-utils) when it is installed, and otherwise from this
module's own reader of the PDF's text objects (enough for the PDFs Qt writes: Flate-compressed content
streams, fonts with ToUnicode maps, text shown with hex strings). Either way a test never skips. Glyphs
are placed one by one, so spacing is not reliable: compare text with `squeeze`.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import unicodedata
import zlib
from pathlib import Path

_REF = r"(\d+)\s+0\s+R"


def squeeze(text: str) -> str:
    """Text without any whitespace and with ligatures undone ("ﬁ" -> "fi"), for comparing what a page says."""
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", text))


_HEADER = re.compile(rb"(\d+)\s+0\s+obj")
_STREAM_START = re.compile(rb"stream\r?\n")
_LENGTH = re.compile(rb"/Length\s+(\d+)(?:\s+0\s+(R))?")
_NUMBER_OBJECT = re.compile(rb"(\d+)\s+0\s+obj\s+(\d+)\s+endobj")


def _objects(data: bytes) -> dict[int, bytes]:
    """Object bodies by number. A stream is skipped by its /Length (given directly or as a reference to a
    number object), so compressed bytes that happen to read "endobj" cannot cut an object short."""
    numbers = {int(n): int(v) for n, v in _NUMBER_OBJECT.findall(data)}
    objects, pos = {}, 0
    while (header := _HEADER.search(data, pos)) is not None:
        start, end = header.end(), data.find(b"endobj", header.end())
        stream = _STREAM_START.search(data, start)
        if stream is not None and stream.start() < end:
            length = _LENGTH.search(data, start, stream.start())
            if length is not None:
                size = numbers.get(int(length.group(1))) if length.group(2) else int(length.group(1))
                if size is not None:
                    end = data.find(b"endobj", stream.end() + size)
                    # Kept with its length given directly, so _stream can cut the data exactly.
                    head = data[start:stream.start()].replace(length.group(0), b"/Length %d" % size)
                    objects[int(header.group(1))] = head + data[stream.start():stream.end() + size]
                    pos = end + len(b"endobj")
                    continue
        objects[int(header.group(1))] = data[start:end]
        pos = end + len(b"endobj")
    return objects


def _stream(body: bytes) -> bytes:
    start = _STREAM_START.search(body)
    if start is None:
        return b""
    length = _LENGTH.search(body, 0, start.start())
    if length is not None and not length.group(2):
        raw = body[start.end():start.end() + int(length.group(1))]
    else:  # no usable length: up to the end-of-line before "endstream"
        raw = re.search(rb"(.*)\r?\nendstream", body[start.end():], re.S).group(1)
    return zlib.decompress(raw) if b"/FlateDecode" in body[:start.start()] else raw


def _pages(objects: dict[int, bytes]) -> list[int]:
    """Page object numbers in reading order, from the page tree."""
    root = next(body for body in objects.values() if re.search(rb"/Type\s*/Catalog", body))
    pages_ref = int(re.search(rb"/Pages\s+" + _REF.encode(), root).group(1))

    def walk(number: int) -> list[int]:
        body = objects[number]
        if re.search(rb"/Type\s*/Pages", body):
            kids = re.search(rb"/Kids\s*\[(.*?)\]", body, re.S).group(1)
            return [page for kid in re.findall(_REF.encode(), kids) for page in walk(int(kid))]
        return [number]

    return walk(pages_ref)


def page_sizes(path: Path) -> list[tuple[float, float]]:
    """(width, height) in points of each page, from its MediaBox."""
    objects = _objects(path.read_bytes())
    sizes = []
    for number in _pages(objects):
        box = re.search(rb"/MediaBox\s*\[([^\]]*)\]", objects[number])
        x0, y0, x1, y1 = (float(v) for v in box.group(1).split())
        sizes.append((x1 - x0, y1 - y0))
    return sizes


def _dictionary(objects: dict[int, bytes], body: bytes, key: bytes) -> bytes:
    """The value of `key` in `body`: an inline << >> dictionary or a referenced object's."""
    ref = re.search(rb"/" + key + rb"\s+" + _REF.encode(), body)
    if ref:
        return objects[int(ref.group(1))]
    start = re.search(rb"/" + key + rb"\s*<<", body)
    if start is None:
        return b""
    depth, i = 0, start.end() - 2
    while i < len(body):
        if body[i:i + 2] == b"<<":
            depth, i = depth + 1, i + 2
        elif body[i:i + 2] == b">>":
            depth, i = depth - 1, i + 2
            if depth == 0:
                return body[start.end() - 2:i]
        else:
            i += 1
    return body[start.end() - 2:]


_RANGE = re.compile(rb"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*(<[0-9A-Fa-f]*>|\[[^\]]*\])")


def _unicode_map(cmap: bytes) -> dict[int, str]:
    mapping: dict[int, str] = {}

    def text(hex_digits: bytes) -> str:
        return bytes.fromhex(hex_digits.decode()).decode("utf-16-be", errors="replace")

    for block in re.findall(rb"beginbfchar(.*?)endbfchar", cmap, re.S):
        for source, target in re.findall(rb"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]*)>", block):
            mapping[int(source, 16)] = text(target)
    for block in re.findall(rb"beginbfrange(.*?)endbfrange", cmap, re.S):
        for low, high, target in _RANGE.findall(block):
            low, high = int(low, 16), int(high, 16)
            if target.startswith(b"["):
                for offset, item in enumerate(re.findall(rb"<([0-9A-Fa-f]*)>", target)):
                    mapping[low + offset] = text(item)
            else:
                first = bytes.fromhex(target[1:-1].decode())
                base = int.from_bytes(first, "big")
                for code in range(low, high + 1):
                    value = (base + code - low).to_bytes(len(first), "big")
                    mapping[code] = value.decode("utf-16-be", errors="replace")
    return mapping


_TOKENS = re.compile(rb"/([A-Za-z0-9_.+-]+)\s+[-\d.]+\s+Tf|<([0-9A-Fa-f\s]*)>\s*Tj|\[(.*?)\]\s*TJ|(ET)", re.S)


def _page_text(objects: dict[int, bytes], page: int) -> str:
    body = objects[page]
    resources = _dictionary(objects, body, b"Resources")
    fonts_dict = _dictionary(objects, resources, b"Font")
    maps: dict[str, dict[int, str]] = {}
    for name, number in re.findall(rb"/([A-Za-z0-9_.+-]+)\s+" + _REF.encode(), fonts_dict):
        font = objects[int(number)]
        to_unicode = re.search(rb"/ToUnicode\s+" + _REF.encode(), font)
        maps[name.decode()] = _unicode_map(_stream(objects[int(to_unicode.group(1))])) if to_unicode else {}
    contents = re.search(rb"/Contents\s+(?:" + _REF.encode() + rb"|\[(.*?)\])", body, re.S)
    refs = [contents.group(1)] if contents.group(1) else re.findall(_REF.encode(), contents.group(2))
    out: list[str] = []
    current: dict[int, str] = {}
    for ref in refs:
        for font, hex_string, array, end in _TOKENS.findall(_stream(objects[int(ref)])):
            if font:
                current = maps.get(font.decode(), {})
            elif end:
                out.append(" ")
            else:
                for hex_digits in ([hex_string] if not array else re.findall(rb"<([0-9A-Fa-f\s]*)>", array)):
                    digits = re.sub(rb"\s", b"", hex_digits).decode()
                    for i in range(0, len(digits) - 3, 4):
                        out.append(current.get(int(digits[i:i + 4], 16), ""))
    return "".join(out)


def own_page_texts(path: Path) -> list[str]:
    """The text of each page, read by this module (no external tool)."""
    objects = _objects(path.read_bytes())
    return [_page_text(objects, page) for page in _pages(objects)]


def page_texts(path: Path) -> list[str]:
    """The text of each page: pdftotext when installed, else this module's reader."""
    tool = shutil.which("pdftotext")
    if tool is None:
        return own_page_texts(path)
    out = subprocess.run([tool, "-enc", "UTF-8", str(path), "-"], capture_output=True, check=True).stdout
    pages = out.decode("utf-8").split("\f")
    return pages[:-1] if pages and not pages[-1].strip() else pages
