"""Back and forward over five navigations: a search (Ctrl+K, typing, Enter), a link chosen from the entry's
links (Ctrl+L, typing, Enter), a place on the map (Ctrl+3, Ctrl+Right, Enter), a bar of the casualty chart
(Ctrl+4, Enter) and the next event on the timeline (Ctrl+2, Ctrl+Right); then Alt+Left back through all of
them to the start and Alt+Right forward again, and the same with the mouse's back and forward buttons over
the reader. Each step, the reader's title says where the person is."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt

from tests.journeys.conftest import Answer, Person

OVERVIEW = "Second Nagorno-Karabakh War"
BATTLE = "Battle of Shusha (late October – 8 November 2020)"


def reader_title(person: Person) -> str:
    return person.window.reader.location.text()


def shows(person: Person, title: str) -> None:
    """Wait, as a person looks, until the reader's title says `title`."""
    try:
        person.wait_until(lambda: reader_title(person) == title, timeout=2000)
    except Exception:  # the timeout says less than the comparison
        assert reader_title(person) == title


def choose_link(typed: str) -> Callable[[Person], None]:
    """In the list of the entry's links: type to narrow it, Enter follows the first left."""

    def keys(person: Person) -> None:
        person.type(typed)
        person.pause()
        person.press("Return")

    return keys


def navigate_five_times(person: Person) -> list[str]:
    """Five navigations by keyboard; the reader's title before and after each."""
    window = person.window
    titles = [reader_title(person)]
    assert titles == [OVERVIEW]

    person.press("Ctrl+K")  # 1. search
    person.type("Shusha")
    person.pause()
    person.press("Return")
    shows(person, "Shusha")
    titles.append(reader_title(person))

    person.press("Ctrl+0")  # 2. a link of the entry, from the list of its links
    dialogs = person.expect_dialogs(Answer("Links in This Entry", choose_link("Battle of")))
    person.press("Ctrl+L")
    dialogs.check()
    shows(person, BATTLE)
    titles.append(reader_title(person))

    person.press("Ctrl+3")  # 3. the place east of the one chosen (Shusha, chosen by the search)
    person.press("Ctrl+Right")
    person.pause()
    person.press("Return")
    place = window.content.place(window.state.place_id)
    assert place is not None
    shows(person, window.content.entry(place.entry_id).title)
    titles.append(reader_title(person))

    person.press("Ctrl+4")  # 4. the first bar of the chart
    person.pause()
    person.press("Return")
    shows(person, "Armenian and Artsakh military casualties")
    titles.append(reader_title(person))

    person.press("Ctrl+2")  # 5. the first event of the war on the timeline
    person.press("Ctrl+Right")
    shows(person, "Statements by Azerbaijani leaders")
    titles.append(reader_title(person))

    for before, after in zip(titles, titles[1:], strict=False):
        assert before != after, f"a navigation that did not go anywhere: {titles}"
    return titles


def test_back_and_forward_by_keyboard(person: Person) -> None:
    titles = navigate_five_times(person)
    back = person.window.reader.back_action
    person.press("Ctrl+0")
    for title in reversed(titles[:-1]):
        person.press("Alt+Left")
        shows(person, title)
    assert not back.isEnabled()  # the Back button is greyed out at the start
    person.press("Alt+Left")  # nothing before the first entry
    person.pause()
    assert reader_title(person) == OVERVIEW

    for title in titles[1:]:
        person.press("Alt+Right")
        shows(person, title)
    assert not person.window.reader.forward_action.isEnabled()
    assert person.window.windowTitle().startswith(titles[-1])


def test_back_and_forward_with_the_mouse_buttons(person: Person) -> None:
    titles = navigate_five_times(person)
    viewport = person.window.reader.browser.viewport()
    for title in reversed(titles[:-1]):
        person.click(viewport, button=Qt.MouseButton.BackButton)
        shows(person, title)
    person.click(viewport, button=Qt.MouseButton.BackButton)
    person.pause()
    assert reader_title(person) == OVERVIEW

    for title in titles[1:]:
        person.click(viewport, button=Qt.MouseButton.ForwardButton)
        shows(person, title)
    person.pause()
    assert reader_title(person) == titles[-1]

