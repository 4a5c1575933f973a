"""The content API on the real bundled database, without a display."""

from __future__ import annotations

from datetime import date

import pytest

from desktop_app.content import ContentDatabase, ContentError


def test_opens_read_only(content: ContentDatabase) -> None:
    import sqlite3

    with pytest.raises(sqlite3.OperationalError):
        content._conn.execute("CREATE TABLE scribble (x)")


def test_entry_by_id_has_text_sources_and_credit(content: ContentDatabase) -> None:
    entry = content.entry("shusha")
    assert entry is not None and entry.title == "Shusha" and entry.kind == "place"
    assert "Shushi" in entry.body
    assert "wikipedia-article" in [s.id for s in entry.sources]
    assert "shusha" in entry.place_ids
    markdown = content.entry_markdown(entry)
    assert "## Sources" in markdown and "CC BY-SA 4.0" in markdown


def test_unknown_entry_is_none(content: ContentDatabase) -> None:
    assert content.entry("no-such-entry") is None


def test_links_and_backlinks(content: ContentDatabase) -> None:
    linked = {e.id for e in content.links_from("second-nagorno-karabakh-war")}
    assert {"ceasefire-agreement-2020", "casualties-overview"} <= linked
    for target in linked:
        assert "second-nagorno-karabakh-war" in {e.id for e in content.backlinks(target)}


def test_entries_by_kind(content: ContentDatabase) -> None:
    people = content.entries(kind="person")
    assert "ilham-aliyev" in {p.id for p in people} and all(p.kind == "person" for p in people)
    titles = [e.title for e in content.entries(kind="weapon")]
    assert "Bayraktar TB2" in titles


def test_sensitive_entries_are_marked(content: ContentDatabase) -> None:
    assert content.entry("hadrut-execution-videos").sensitive
    assert not content.entry("second-nagorno-karabakh-war").sensitive


def test_events_between_two_dates(content: ContentDatabase) -> None:
    events = content.events_between(date(2020, 11, 8), date(2020, 11, 10))
    assert events
    assert all(e.first_day <= "2020-11-10" and e.last_day >= "2020-11-08" for e in events)
    assert [e.first_day for e in events] == sorted(e.first_day for e in events)
    assert any(e.place_id == "shusha" for e in events)


def test_periods_overlapping_a_window_are_included(content: ContentDatabase) -> None:
    periods = [e for e in content.events_between("2020-10-15", "2020-10-15") if e.is_period]
    assert any(e.first_day <= "2020-09-27" and e.last_day >= "2020-11-10" for e in periods)


def test_events_by_lane(content: ContentDatabase) -> None:
    diplomacy = content.events_between("2020-09-27", "2020-11-10", lanes=["diplomacy"])
    assert diplomacy and {e.lane for e in diplomacy} == {"diplomacy"}
    assert len(content.events_between("1988-01-01", "2022-12-31", lanes=[])) == 0


def test_places_with_names(content: ContentDatabase) -> None:
    shusha = content.place("shusha")
    assert shusha is not None
    assert 39.7 < shusha.lat < 39.8 and 46.7 < shusha.lon < 46.8
    names = {n.name for n in shusha.names}
    assert {"Shusha", "Shushi", "Şuşa"} <= names
    assert shusha.name_in("armenian") == "Shushi"
    assert shusha.name_in("azerbaijani") == "Şuşa"
    assert content.find_place("Khankendi").id == "stepanakert"
    districts = content.places(types=["district"])
    assert districts and all(p.type == "district" for p in districts)


def test_figures_filtered_by_side_category_and_claimant(content: ContentDatabase) -> None:
    killed = content.figures(category="killed", group="military")
    claimants_for_armenian_losses = {f.claimant_id for f in killed if f.side == "armenia-artsakh"}
    # Armenia's own count and Azerbaijan's claim about Armenian losses stand side by side.
    assert len(claimants_for_armenian_losses) >= 2
    oryx = content.figures(claimant="oryx")
    assert oryx and all(f.claimant_id == "oryx" and f.category == "equipment" for f in oryx)
    assert {"destroyed", "damaged", "captured", "abandoned"} <= {f.status for f in oryx}
    assert all(f.side == "azerbaijan" for f in content.figures(side="azerbaijan"))


def test_figure_values_read_with_their_qualifier(content: ContentDatabase) -> None:
    armenian_killed = [f for f in content.figures(side="armenia-artsakh", category="killed", claimant="am-government")
                       if f.group == "military"]
    assert any(f.value == 3825 for f in armenian_killed)
    sohr = content.figures(claimant="sohr", category="killed")
    assert any(f.display_value == "at least 541" for f in sohr)


def test_control_at_a_date(content: ContentDatabase) -> None:
    before = content.control_at(date(2020, 10, 1))
    after = content.control_at(date(2020, 10, 20))
    assert before["jabrayil"].holder == "armenia-artsakh"
    assert after["jabrayil"].holder == "azerbaijan"
    assert content.control_at("2020-11-07")["shusha"].holder == "armenia-artsakh"
    assert content.control_at("2020-11-08")["shusha"].holder == "azerbaijan"
    assert content.control_at("2020-11-19")["agdam-district"].holder != "azerbaijan"
    assert content.control_at("2020-11-20")["agdam-district"].holder == "azerbaijan"
    assert content.control_at("2020-11-25")["kalbajar-district"].holder == "azerbaijan"
    assert content.control_at("2020-12-01")["lachin-district"].holder in ("azerbaijan", "divided")
    assert content.control_at("1990-01-01") == {}


def test_missing_database_gives_clear_error(tmp_path) -> None:
    with pytest.raises(ContentError, match="missing"):
        ContentDatabase(tmp_path / "nowhere.sqlite")


def test_corrupt_database_gives_clear_error(tmp_path) -> None:
    broken = tmp_path / "broken.sqlite"
    broken.write_bytes(b"this is not a database" * 100)
    with pytest.raises(ContentError, match="damaged"):
        ContentDatabase(broken)


def test_truncated_database_gives_clear_error(tmp_path) -> None:
    from tests.conftest import DATABASE

    truncated = tmp_path / "truncated.sqlite"
    truncated.write_bytes(DATABASE.read_bytes()[:4096])
    with pytest.raises(ContentError, match="damaged"):
        ContentDatabase(truncated)


def test_newer_schema_gives_clear_error(tmp_path) -> None:
    import shutil
    import sqlite3

    from tests.conftest import DATABASE

    newer = tmp_path / "newer.sqlite"
    shutil.copy(DATABASE, newer)
    with sqlite3.connect(newer) as conn:
        conn.execute("UPDATE meta SET value = '999' WHERE key = 'schema_version'")
    with pytest.raises(ContentError, match="Update 44 Days"):
        ContentDatabase(newer)
