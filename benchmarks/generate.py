"""Write synthetic content at N times the real size, through the app's own build code, plus a notes file.

    python benchmarks/generate.py 100 1000          # into /tmp/44days-bench/x100, x1000
    FORTYFOURDAYS_BENCH_DATA=/big/disk python benchmarks/generate.py 1000

The real sources under resources/content are read by desktop_app.builder.loader, copied N-1 times in
memory (entries, events, figures, places and control records; every id, link, "related", "places" and
event/figure reference points at the copy's own records), checked by desktop_app.builder.validate and
written by desktop_app.builder.writer: the same code that builds database.sqlite. Copies keep the real
text, so every word of a query matches N times as often as in the bundled content (the worst case for
search); each copy's titles and place names end in its number, places are moved up to half a degree,
and day-precise events up to 30 days, so the timeline and the map get denser everywhere, not just N
times on one spot. The sources (the claimants) are not copied.

The notes file holds 100 notes per 1x (100 at 1x, 10,000 at 100x, 100,000 at 1000x): notes, highlights
of real passages and bookmarks on the scaled content, with tags, written through NotesStore.merge.
"""

from __future__ import annotations

import json
import random
import sys
import time
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

from common import content_counts, content_path, notes_count, notes_path, scale_dir

from desktop_app.builder.loader import ContentSources, EntrySource, Row, read_sources
from desktop_app.builder.validate import validate
from desktop_app.builder.writer import content_version, write_database
from desktop_app.content.dates import parse_partial_date
from desktop_app.content.links import LINK, plain_text
from desktop_app.notes.model import Note, Target, TextQuote
from desktop_app.notes.store import NotesStore
from desktop_app.paths import repository_root

GENERATOR_VERSION = 1
NOTES_PER_SCALE = 100
CONTENT_DIR = repository_root() / "resources" / "content"
TAGS = ("exam", "essay", "ceasefire", "drones", "civilians", "sources", "Shusha", "Lachin", "refugees",
        "diplomacy", "check", "timeline", "map", "claims", "Gəncə", "heritage", "prisoners", "OSCE")


def copy_id(ident: str, k: int) -> str:
    return ident if k == 0 or not ident else f"{ident}--s{k}"


def _shift(text: str, days: int) -> str:
    if not text or parse_partial_date(text).precision != "day":
        return text
    return (date.fromisoformat(text) + timedelta(days=days)).isoformat()


def _copy_entry(entry: EntrySource, k: int) -> EntrySource:
    def relink(match) -> str:
        text = f"|{match.group(2)}" if match.group(2) else ""
        return f"[[{copy_id(match.group(1).strip(), k)}{text}]]"

    fields = dict(entry.fields, id=copy_id(entry.id, k), title=f"{entry.fields['title']} {k}")
    lists = dict(entry.lists)
    for key in ("related", "places"):
        lists[key] = [copy_id(x, k) for x in entry.lists.get(key, [])]
    return replace(entry, path=f"entries/{fields['id']}.md", fields=fields, lists=lists,
                   body=LINK.sub(relink, entry.body))


def _row(row: Row, k: int, **values: str) -> Row:
    return Row(row.path, row.line, {**row.values, **values})


def scaled_sources(scale: int) -> ContentSources:
    """The real sources with scale-1 renumbered copies of every entry, event, figure, place and record."""
    real = read_sources(CONTENT_DIR)
    if real.problems:
        raise SystemExit("\n".join(map(str, real.problems)))
    rng = random.Random(scale)
    entries = list(real.entries)
    tables = {name: list(rows) for name, rows in real.tables.items()}
    for k in range(1, scale):
        entries += [_copy_entry(e, k) for e in real.entries]
        for r in real.tables["places.csv"]:
            forms = {c: "|".join(f"{n.strip()} {k}" for n in r[c].split("|") if n.strip())
                     for c in ("name_armenian", "name_azerbaijani", "name_russian", "other_names")}
            tables["places.csv"].append(_row(
                r, k, id=copy_id(r["id"], k), name=f"{r['name']} {k}", district=copy_id(r["district"], k),
                entry=copy_id(r["entry"], k), lat=f"{float(r['lat']) + rng.uniform(-0.5, 0.5):.4f}",
                lon=f"{float(r['lon']) + rng.uniform(-0.5, 0.5):.4f}", **forms))
        shift = (k * 37) % 61 - 30
        for r in real.tables["events.csv"]:
            start = _shift(r["date"], shift)
            end = _shift(r["end_date"], shift) if parse_partial_date(r["date"]).precision == "day" else r["end_date"]
            if end and parse_partial_date(end).last_day < parse_partial_date(start).first_day:
                end = r["end_date"]
            tables["events.csv"].append(_row(
                r, k, id=copy_id(r["id"], k), date=start, end_date=end, title=f"{r['title']} {k}",
                place=copy_id(r["place"], k), entry=copy_id(r["entry"], k)))
        for r in real.tables["figures.csv"]:
            tables["figures.csv"].append(_row(r, k, id=copy_id(r["id"], k), entry=copy_id(r["entry"], k),
                                              place=copy_id(r["place"], k)))
        for r in real.tables["control.csv"]:
            tables["control.csv"].append(_row(r, k, area=copy_id(r["area"], k)))
    return ContentSources(entries, tables, [], real.input_files)


def write_content(scale: int, target: Path) -> None:
    sources = scaled_sources(scale)
    problems = validate(sources)
    if problems:
        raise SystemExit("the synthetic content does not validate:\n" + "\n".join(map(str, problems[:20])))
    write_database(sources, CONTENT_DIR, target)


def _sentences(text: str) -> list[str]:
    return [s.strip() + "." for s in text.split(". ") if 20 < len(s) < 300]


def write_notes(scale: int, path: Path) -> int:
    """NOTES_PER_SCALE * scale notes on the scaled content, merged in one transaction."""
    real = read_sources(CONTENT_DIR)
    titles = {e.id: e.fields["title"] for e in real.entries}
    texts = {e.id: plain_text(e.body, titles.__getitem__) for e in real.entries}
    sentences = {ident: _sentences(text) for ident, text in texts.items()}
    ids = sorted(i for i in texts if sentences[i])
    events = [r["id"] for r in real.tables["events.csv"]]
    rng = random.Random(1000 + scale)
    notes: list[Note] = []
    bookmarked: set[tuple[str, str]] = set()
    start = date(2025, 9, 1)
    for i in range(NOTES_PER_SCALE * scale):
        k = rng.randrange(scale)
        base = rng.choice(ids)
        when = (start + timedelta(minutes=7 * i)).isoformat()
        stamp = f"{when}T08:{i % 60:02d}:00Z"
        tags = tuple(rng.sample(TAGS, rng.choice((0, 1, 1, 2, 3))))
        roll = rng.random()
        uuid = f"{i:08d}-0000-4000-8000-{scale:012d}"
        body = " ".join(rng.sample(sentences[base], min(len(sentences[base]), rng.randint(1, 3))))
        if roll < 0.2:  # a highlight of a real passage, often with a comment
            text = texts[base]
            at = rng.randrange(0, max(1, len(text) - 120))
            exact = text[at:at + rng.randint(20, 110)].strip() or text[:40]
            after = at + len(exact)
            quote = TextQuote(copy_id(base, k), exact, text[max(0, at - 32):at], text[after:after + 32])
            note = Note(uuid, "highlight", Target("passage", copy_id(base, k), quote),
                        body if rng.random() < 0.5 else "", tags, rng.choice(("yellow", "green", "blue")), stamp, stamp)
        elif roll < 0.27 and (base, str(k)) not in bookmarked:
            bookmarked.add((base, str(k)))
            note = Note(uuid, "bookmark", Target("entry", copy_id(base, k)),
                        "", (), "yellow", stamp, stamp, position=len(bookmarked))
        else:
            target = Target("event", copy_id(rng.choice(events), k)) if roll > 0.9 else \
                Target("entry", copy_id(base, k))
            note = Note(uuid, "note", target, body, tags, "yellow", stamp, stamp)
        notes.append(note)
    for extra in ("", "-wal", "-shm"):
        path.with_name(path.name + extra).unlink(missing_ok=True)
    with NotesStore(path) as store:
        store.merge(notes, "benchmark notes")
    return len(notes)


def _stamp(scale: int) -> dict:
    real = read_sources(CONTENT_DIR)
    return {"generator": GENERATOR_VERSION, "scale": scale, "content": content_version(real.input_files, CONTENT_DIR),
            "notes_per_scale": NOTES_PER_SCALE}


def ensure(scale: int, force: bool = False) -> None:
    """Generate the content and notes for `scale` unless they are there and up to date."""
    folder = scale_dir(scale)
    stamp_file = folder / "stamp.json"
    wanted = _stamp(scale)
    if not force and stamp_file.exists() and json.loads(stamp_file.read_text()) == wanted \
            and notes_path(scale).exists() and content_path(scale).exists():
        return
    folder.mkdir(parents=True, exist_ok=True)
    stamp_file.unlink(missing_ok=True)
    if scale != 1:
        began = time.perf_counter()
        print(f"x{scale}: building the content database ...", file=sys.stderr, flush=True)
        write_content(scale, content_path(scale))
        print(f"x{scale}: {content_counts(content_path(scale))} in {time.perf_counter() - began:.0f} s",
              file=sys.stderr, flush=True)
    began = time.perf_counter()
    count = write_notes(scale, notes_path(scale))
    print(f"x{scale}: {count:,} notes in {time.perf_counter() - began:.0f} s", file=sys.stderr, flush=True)
    stamp_file.write_text(json.dumps(wanted))


def main(argv: list[str]) -> int:
    force = "--force" in argv
    scales = [int(a) for a in argv if a != "--force"] or [1, 100, 1000]
    for scale in scales:
        ensure(scale, force=force)
        print(f"x{scale}: {content_path(scale)}: {content_counts(content_path(scale))}")
        print(f"x{scale}: {notes_path(scale)}: {notes_count(notes_path(scale)):,} notes")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
