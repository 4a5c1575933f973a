"""fortyfourdays:// links and files from outside the app: what they open, and what a person is told when one is
wrong (no Qt needed)."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop_app.app_links import AppLink, LinkError, link_url, open_request, parse_link


@pytest.mark.parametrize("text", ["fortyfourdays://entry/shusha", "fortyfourdays:entry/shusha",
                                  "fortyfourdays:///entry/shusha", "FortyFourDays://Entry/shusha/",
                                  "fortyfourdays://entry/shusha?from=sheet#top",
                                  "44days://entry/shusha", "44DAYS:entry/shusha"])  # old study sheets' links
def test_the_forms_programs_make_of_a_link_all_open_the_entry(text: str) -> None:
    assert parse_link(text) == AppLink("entry", "shusha")


def test_a_link_round_trips_an_id_with_spaces_and_slashes_escaped() -> None:
    url = link_url("note", "a b/c")
    assert url == "fortyfourdays://note/a%20b%2Fc"
    assert parse_link(url) == AppLink("note", "a b/c")


@pytest.mark.parametrize(("text", "says"), [
    ("fortyfourdays://battle/shusha", "names an entry, event, place, figure or note"),
    ("fortyfourdays://entry/", "no usable entry name"),
    ("fortyfourdays://entry/a/b", "no usable entry name"),
    ("fortyfourdays://place/x%0Ay", "no usable place name"),
    ("https://example.org", "is not a 44 Days link"),
    ("fortyfourdays://entry/" + "x" * 5000, "a 44 Days link is a short address"),
])
def test_a_malformed_link_gets_a_plain_message(text: str, says: str) -> None:
    with pytest.raises(LinkError, match=says) as raised:
        parse_link(text)
    assert len(str(raised.value)) < 400  # a message, not the whole of someone's text


def test_operands_are_sorted_into_links_files_and_problems(tmp_path: Path) -> None:
    request = open_request(["fortyfourdays://event/e1", "reading-list.44days", "file:///tmp/a%20b.json",
                            "fortyfourdays://nothing", "file://otherhost/x.44days"], working_dir=tmp_path)
    assert request.links == (AppLink("event", "e1"),)
    assert request.files == (tmp_path / "reading-list.44days", Path("/tmp/a b.json"))
    assert len(request.problems) == 2
    assert "another computer" in request.problems[1]


def test_nothing_asked_is_an_empty_request() -> None:
    assert not open_request([])
    assert open_request(["fortyfourdays://entry/x"])
