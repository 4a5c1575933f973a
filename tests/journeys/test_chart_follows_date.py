"""The casualty chart follows the date: go to the chart (Ctrl+4), choose the equipment claims from the list of
views with the mouse, turn on "As of the date line", then move the date a day at a time on the timeline (Ctrl+2,
Shift+Right): the Azerbaijani ministry's claim of 7 October stands until its claims of 14 October replace it,
and the header says the date. The choice is still on after a restart, at the date the session ended on."""

from __future__ import annotations

from tests.journeys.conftest import App, Person

# Bar labels (their heads, which a narrow pane never cuts) of the ministry's artillery claims.
MINISTRY_7_OCTOBER = "Ministry of Defence of Azerbaijan: 270 · 7 October 2020"  # artillery and rocket launchers
MINISTRY_14_OCTOBER = "Ministry of Defence of Azerbaijan: 2 · 14 October 2020"  # D-30 howitzers


def chart_text(person: Person) -> str:
    """What the chart shows: its header, notices and footer, and the label above every bar."""
    chart = person.window.casualties
    return "\n".join(chart.text_blocks() + [bar.visible_text() for bar in chart.bars()])


def days_on(person: Person, days: int) -> None:
    """Shift+Right on the timeline, a day at a time, then a pause."""
    for _ in range(days):
        person.press("Shift+Right")
    person.pause()


def test_the_chart_shows_the_figures_announced_by_the_date(app: App, person: Person) -> None:
    window = person.window
    person.press("Ctrl+4")
    person.wait_until(lambda: window.casualties.chart.hasFocus())
    chart = window.casualties
    assert "Figures as announced by" not in chart_text(person)  # off at first: every figure, dated or not

    person.click(chart.view_box)  # the list of views opens, and the person reads it
    person.pause()
    views = chart.view_box.view()
    claims = next(row for row in range(views.model().rowCount())
                  if views.model().index(row, 0).data() == "Equipment (claims)")
    person.click(views.viewport(), views.visualRect(views.model().index(claims, 0)).center())
    person.pause()
    assert chart.view_box.currentText() == "Equipment (claims)"
    assert MINISTRY_7_OCTOBER in chart_text(person) and MINISTRY_14_OCTOBER in chart_text(person)

    person.click(chart.follow_box)
    person.pause()
    assert chart.follow_box.isChecked()
    shown = chart_text(person)
    assert "Figures as announced by 27 September 2020" in shown  # the war's first day, where the date starts
    assert MINISTRY_7_OCTOBER not in shown and MINISTRY_14_OCTOBER not in shown
    assert chart.series.isVisible() and "announced figures over time" in chart.series.title.text()

    person.press("Ctrl+2")
    person.wait_until(lambda: window.timeline.plot.hasFocus())
    days_on(person, 13)  # 10 October
    shown = chart_text(person)
    assert "Figures as announced by 10 October 2020" in shown
    assert MINISTRY_7_OCTOBER in shown and MINISTRY_14_OCTOBER not in shown

    days_on(person, 4)  # 14 October: the ministry's new claims replace its claim of the 7th
    shown = chart_text(person)
    assert "Figures as announced by 14 October 2020" in shown
    assert MINISTRY_14_OCTOBER in shown and MINISTRY_7_OCTOBER not in shown

    person = app.restart(person)  # the choice is remembered, and the date with the session
    chart = person.window.casualties
    person.press("Ctrl+4")
    person.wait_until(lambda: chart.chart.hasFocus())
    person.pause()
    assert chart.follow_box.isChecked()
    assert "Figures as announced by 14 October 2020" in chart_text(person)
