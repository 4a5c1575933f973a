"""The document the reader shows for an entry, built without a display."""

from __future__ import annotations

from desktop_app.content import ContentDatabase
from desktop_app.content.dates import format_date_range, format_partial_date
from desktop_app.content.render import entry_document


def test_dates_are_shown_at_their_precision() -> None:
    assert format_partial_date("2020-10-09") == "9 October 2020"
    assert format_partial_date("2020-10") == "October 2020"
    assert format_partial_date("1994") == "1994"
    assert format_date_range("2020-09-27", "2020-11-10") == "27 September – 10 November 2020"
    assert format_date_range("2020-10-01", "2020-10-03") == "1 – 3 October 2020"
    assert format_date_range("2020-12", "2021-01-05") == "December 2020 – 5 January 2021"


def test_document_has_header_text_figures_see_also_and_sources(content: ContentDatabase) -> None:
    entry = content.entry("armenian-military-casualties")
    document = entry_document(content, entry)
    assert document.startswith("# Armenian and Artsakh military casualties")
    assert "| Figure | Value | Claimant | As of |" in document
    # Each figure row names its claimant.
    rows = [line for line in document.splitlines() if line.startswith("| ") and "Claimant" not in line]
    assert rows and all(line.count("|") >= 5 for line in rows)
    assert "Government of Armenia" in document
    assert "## See also" in document and "## Sources" in document
    assert document.rstrip().endswith("same licence.*")


def test_places_are_links_in_the_chosen_name_form_with_the_others_on_hover(content: ContentDatabase) -> None:
    entry = content.entry("battle-of-shusha")
    # English usage by default; the link's title (shown on hover) gives the other usages.
    assert '[Shusha](place:shusha "Armenian usage: Shushi; Azerbaijani usage: Şuşa")' in entry_document(content, entry)
    assert '[Shushi](place:shusha "English usage: Shusha; Azerbaijani usage: Şuşa")' in entry_document(
        content, entry, "armenian")
    assert "[Shusha / Shushi / Şuşa](place:shusha " in entry_document(content, entry, "both")


def test_see_also_lists_entries_pointing_here(content: ContentDatabase) -> None:
    document = entry_document(content, content.entry("bishkek-protocol"))
    pointing = [e.id for e in content.backlinks("bishkek-protocol")]
    assert 0 < len(pointing) <= 25
    missing = [p for p in pointing if f"(entry:{p})" not in document]
    assert missing == []
