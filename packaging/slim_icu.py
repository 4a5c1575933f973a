"""A smaller ICU data library for the Linux bundle: the 31 MB libicudata that PySide6's Qt links to, cut
to the items Qt calls ICU for, about 3 MB.

Qt Core uses ICU for a few things only (its imported ICU functions): collation (QCollator), time zone
names and ids (ucal), case mapping in a locale (u_strToUpper/Lower) and legacy text encodings (ucnv).
So the bundle keeps ICU's data tables (normalisation, character names, collation base, time zone
rules; character properties and case are compiled into libicuuc), the locale data of the root locale
and of English, Armenian, Azerbaijani and Russian, and drops the rest: the other locales' data, legacy
code pages (UTF-8 and Latin-1 are built into ICU), break-iteration dictionaries, units, currencies,
language names, transliteration and number spelling.
A locale whose data is left out falls back to the root locale, as ICU does for any locale it lacks.

The data is ICU's "common data" package (a table of contents and the items, magic 0xda27, format
"CmnD"), which libicudata carries as the symbol icudt<version>_dat; `slim_library` writes it back as
a library of the same name with a C compiler. Run by packaging/44days.spec; by hand:

    python packaging/slim_icu.py path/to/libicudata.so.73 out/folder
"""

from __future__ import annotations

import re
import shutil
import struct
import subprocess
import sys
import tempfile
from pathlib import Path

ALIGN = 16
PAD = b"\xaa"  # what ICU's own packaging tool fills gaps with
KEPT_LOCALES = ("root", "en", "hy", "az", "ru")
# Whole trees of locale data Qt never asks for.
DROPPED_TREES = ("brkitr", "curr", "lang", "rbnf", "translit", "unit")
LOCALE_NAME = re.compile(r"^[a-z]{2,3}(_[A-Za-z0-9]+)*$")  # af, en_GB, sr_Latn_BA; not pool, supplementalData


def split_common_data(blob: bytes) -> tuple[bytes, list[tuple[str, bytes]]]:
    """The package's header and its items (name, bytes) in table-of-contents order."""
    header_size, magic1, magic2 = struct.unpack_from("<HBB", blob, 0)
    if (magic1, magic2) != (0xDA, 0x27) or blob[12:16] != b"CmnD":
        raise ValueError("not an ICU common data package")
    if blob[8] != 0:
        raise ValueError("a big-endian ICU package; only little-endian is handled")
    toc = blob[header_size:]
    count = struct.unpack_from("<I", toc, 0)[0]
    entries = [struct.unpack_from("<II", toc, 4 + 8 * i) for i in range(count)]
    ends = [offset for _, offset in entries[1:]] + [len(toc)]
    items = []
    for (name_offset, data_offset), end in zip(entries, ends, strict=True):
        name = toc[name_offset:toc.index(b"\0", name_offset)].decode("ascii")
        items.append((name, toc[data_offset:end]))
    return blob[:header_size], items


def join_common_data(header: bytes, items: list[tuple[str, bytes]]) -> bytes:
    """A package of these items: the table of contents (sorted, as ICU looks names up by bisection), the
    names, then each item on a 16-byte boundary."""
    items = sorted(items)
    names = b"".join(name.encode("ascii") + b"\0" for name, _ in items)
    names_at = 4 + 8 * len(items)
    data_at = _aligned(names_at + len(names))
    entries, name_offset, data_offset, body = [], names_at, data_at, []
    for name, data in items:
        entries.append(struct.pack("<II", name_offset, data_offset))
        name_offset += len(name) + 1
        padded = data + PAD * (_aligned(len(data)) - len(data))
        body.append(padded)
        data_offset += len(padded)
    toc = struct.pack("<I", len(items)) + b"".join(entries) + names
    return header + toc + PAD * (data_at - len(toc)) + b"".join(body)


def _aligned(n: int) -> int:
    return (n + ALIGN - 1) // ALIGN * ALIGN


def kept(name: str) -> bool:
    """Whether an item (e.g. "icudt73l/coll/en.res") stays in the slim package."""
    path = name.split("/")[1:]
    if path[0] in DROPPED_TREES or name.endswith(".cnv"):
        return False
    stem = path[-1].rsplit(".", 1)[0]
    if not path[-1].endswith(".res") or not LOCALE_NAME.match(stem):
        return True  # core tables and non-locale resources (pool, res_index, zoneinfo64, supplementalData ...)
    return stem == "root" or stem.split("_")[0] in KEPT_LOCALES


def library_data(library: Path) -> tuple[str, bytes]:
    """The symbol name and bytes of the data package inside a libicudata, found through its ELF symbol table."""
    data = library.read_bytes()
    found = _elf_symbol(data, re.compile(rb"^icudt\d+_dat$"))
    if found is None:
        raise ValueError(f"{library} has no icudt*_dat symbol")
    name, offset, size = found
    return name, data[offset:offset + size]


def _elf_symbol(data: bytes, pattern: re.Pattern) -> tuple[str, int, int] | None:
    """(name, file offset, size) of the first dynamic symbol matching `pattern` in a 64-bit little-endian ELF."""
    if data[:4] != b"\x7fELF" or data[4] != 2 or data[5] != 1:
        raise ValueError("only 64-bit little-endian ELF libraries are handled")
    shoff, = struct.unpack_from("<Q", data, 0x28)
    shentsize, shnum = struct.unpack_from("<HH", data, 0x3A)
    sections = [struct.unpack_from("<IIQQQQIIQQ", data, shoff + i * shentsize) for i in range(shnum)]
    for _name, kind, _flags, _addr, offset, size, link, _info, _align, entsize in sections:
        if kind != 11:  # SHT_DYNSYM
            continue
        strings = sections[link][4]
        for at in range(offset, offset + size, entsize):
            st_name, _st_info, _other, shndx, value, st_size = struct.unpack_from("<IBBHQQ", data, at)
            name = data[strings + st_name:data.index(b"\0", strings + st_name)]
            if pattern.match(name) and shndx != 0:
                _, _, _, address, section_offset, *_ = sections[shndx]
                return name.decode(), value - address + section_offset, st_size
    return None


def slim_library(library: Path, folder: Path) -> Path:
    """Write a slim copy of `library` (same file name, same soname, same data symbol) into `folder`."""
    symbol, blob = library_data(library)
    header, items = split_common_data(blob)
    slim = join_common_data(header, [(name, data) for name, data in items if kept(name)])
    compiler = shutil.which("cc") or shutil.which("gcc")
    if compiler is None:
        raise RuntimeError("no C compiler (cc) to build the slim ICU data library")
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / library.name
    with tempfile.TemporaryDirectory() as work:
        package = Path(work) / "data.dat"
        package.write_bytes(slim)
        source = Path(work) / "data.S"
        source.write_text(
            f'\t.section .rodata\n\t.globl {symbol}\n\t.type {symbol}, @object\n\t.balign {ALIGN}\n'
            f'{symbol}:\n\t.incbin "{package}"\n\t.size {symbol}, . - {symbol}\n'
            '\t.section .note.GNU-stack,"",@progbits\n',
            encoding="ascii",
        )
        subprocess.run([compiler, "-shared", "-nostdlib", "-Wl,--build-id", f"-Wl,-soname,{library.name}",
                        "-o", str(target), str(source)], check=True)
    return target


if __name__ == "__main__":
    built = slim_library(Path(sys.argv[1]), Path(sys.argv[2]))
    print(f"{built}: {built.stat().st_size / 1024 / 1024:.1f} MiB (was "
          f"{Path(sys.argv[1]).stat().st_size / 1024 / 1024:.1f} MiB)")
