"""A highlighted passage is found again after the entry's text changes, or shown as detached."""

from __future__ import annotations

import pytest

from desktop_app.notes.anchoring import anchor, make_quote
from desktop_app.notes.model import Target
from desktop_app.notes.store import NotesStore

TEXT = (
    "Shusha\n\n"
    "Shusha stands on a plateau above Stepanakert. Azerbaijani forces reached the town in early November.\n\n"
    "On 8 November 2020 Aliyev announced that Azerbaijani forces had taken Shusha. Armenian officials "
    "denied it at first and confirmed the loss on 9 November.\n\n"
    "The ceasefire statement was signed the next day."
)
PASSAGE = "Aliyev announced that Azerbaijani forces had taken Shusha"


def quote_of(text: str, passage: str):
    start = text.index(passage)
    return make_quote("shusha", text, start, start + len(passage))


def found(text: str, quote) -> str | None:
    place = anchor(text, quote)
    return None if place.detached else text[place.start:place.end]


def test_a_quote_keeps_the_passage_and_some_context() -> None:
    quote = quote_of(TEXT, PASSAGE)
    assert quote.exact == PASSAGE and quote.entry_id == "shusha"
    assert quote.prefix == TEXT[TEXT.index(PASSAGE) - 32:TEXT.index(PASSAGE)]
    assert quote.suffix.startswith(". Armenian officials") and len(quote.suffix) == 32
    at_start = make_quote("shusha", TEXT, 0, 6)
    assert (at_start.prefix, at_start.exact) == ("", "Shusha")
    # Whitespace picked up at the ends of a selection is not part of the passage.
    spaced = make_quote("shusha", TEXT, 0, 8)
    assert spaced.exact == "Shusha"
    with pytest.raises(ValueError):
        make_quote("shusha", TEXT, 5, 5)
    with pytest.raises(ValueError):
        make_quote("shusha", TEXT, 6, 8)  # only the blank line


def test_an_unchanged_text_gives_the_same_place() -> None:
    quote = quote_of(TEXT, PASSAGE)
    place = anchor(TEXT, quote)
    assert (place.start, place.end) == (TEXT.index(PASSAGE), TEXT.index(PASSAGE) + len(PASSAGE))


def test_the_passage_is_found_after_the_text_around_it_is_edited() -> None:
    quote = quote_of(TEXT, PASSAGE)
    edited = TEXT.replace("On 8 November 2020 ", "In a televised address on 8 November 2020, President ").replace(
        "denied it at first", "at first denied this")
    assert found(edited, quote) == PASSAGE


def test_the_passage_is_found_after_its_paragraph_moves() -> None:
    quote = quote_of(TEXT, PASSAGE)
    paragraphs = TEXT.split("\n\n")
    moved = "\n\n".join([paragraphs[0], paragraphs[2], paragraphs[3], paragraphs[1]])
    place = anchor(moved, quote)
    assert moved[place.start:place.end] == PASSAGE and place.start != TEXT.index(PASSAGE)


def test_context_picks_the_right_one_of_repeated_words() -> None:
    second = TEXT.index("Shusha", TEXT.index("plateau"))  # "...had taken Shusha."
    quote = make_quote("shusha", TEXT, second, second + len("Shusha"))
    changed = "A new first line about Shusha.\n" + TEXT
    assert anchor(changed, quote).start == changed.index("taken Shusha") + len("taken ")


def test_a_rewrapped_or_recased_passage_is_still_found() -> None:
    quote = quote_of(TEXT, PASSAGE)
    rewrapped = TEXT.replace("announced that Azerbaijani forces", "announced that\n   AZERBAIJANI  forces")
    assert found(rewrapped, quote) == "Aliyev announced that\n   AZERBAIJANI  forces had taken Shusha"


def test_a_deleted_passage_is_detached_but_its_note_is_kept(tmp_path) -> None:
    quote = quote_of(TEXT, PASSAGE)
    rewritten = TEXT.replace(PASSAGE, "Azerbaijan's president said the town was under its control")
    assert anchor(rewritten, quote).detached
    assert anchor(rewritten, quote).start is None and anchor(rewritten, quote).end is None
    with NotesStore(tmp_path / "notes.sqlite") as store:
        note = store.add("highlight", Target("passage", "shusha", quote), body="Compare with the Armenian side").note
        listed = store.notes(entry_id="shusha")
    assert [n.uuid for n in listed] == [note.uuid]
    assert [anchor(rewritten, n.target.quote).detached for n in listed] == [True]
