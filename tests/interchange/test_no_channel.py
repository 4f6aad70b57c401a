"""A sheet without a channel column, or with empty channel cells: the cards get the reserved
"no channel" channel (one stable id, no stand-in name matched later), the map validates, saves,
loads and goes through a sheet and back the same."""

from __future__ import annotations

import pytest

from cjdesigner.interchange.sheet_export import sheet_rows
from cjdesigner.interchange.sheet_import import import_table
from cjdesigner.interchange.table import Row, Table
from cjdesigner.model import JourneyMap
from cjdesigner.model.integrity import integrity_problems
from cjdesigner.model.no_channel import NO_CHANNEL, printed_channel_names, shows_channel
from cjdesigner.storage import dumps_map, loads_map


def _import(rows: list[list[str]], language: str = "pl") -> JourneyMap:
    table = Table(rows=[Row(n, r) for n, r in enumerate(rows, start=1)], source="s.csv")
    result = import_table(table, language=language)
    assert result.map is not None and not result.problems
    return result.map


def _no_column() -> JourneyMap:
    return _import(
        [
            ["Etap", "Persona", "Punkt styku", "Sentyment"],
            ["Świadomość", "Anna", "Reklama", "pozytywny"],
            ["Pytanie", "Anna", "Infolinia", "negatywny"],
        ]
    )


def test_a_sheet_without_a_channel_column_gives_its_cards_no_channel() -> None:
    m = _no_column()
    assert [t.channel for t in m.touchpoints] == [NO_CHANNEL, NO_CHANNEL]
    reserved = [c for c in m.channels if c.id == NO_CHANNEL]
    assert len(reserved) == 1 and reserved[0].name == "Bez kanału"
    assert not any(c.name in ("Nieokreślony", "Not specified") for c in m.channels)
    assert integrity_problems(m) == []
    assert not shows_channel(NO_CHANNEL) and shows_channel("website")
    assert printed_channel_names(m.channels)[NO_CHANNEL] == ""


@pytest.mark.parametrize(("language", "name"), [("en", "No channel"), ("ro", "Fără canal")])
def test_the_reserved_channel_is_named_in_the_maps_language(language: str, name: str) -> None:
    m = _import(
        [["Stage", "Persona", "Touchpoint"], ["Awareness", "Anna", "Advert"]], language=language
    )
    assert m.channel(NO_CHANNEL).name == name
    assert m.touchpoints[0].channel == NO_CHANNEL


def test_empty_channel_cells_and_the_old_stand_in_words_mean_no_channel() -> None:
    """Empty cells, and "Nieokreślony"/"Not specified" (what an earlier import named such
    cards, so a sheet exported from that map) are no channel; a named channel stays itself,
    and none of them is reported as a channel the sheet brings."""
    result = import_table(
        Table(
            rows=[
                Row(n, r)
                for n, r in enumerate(
                    [
                        ["Etap", "Persona", "Punkt styku", "Kanał"],
                        ["Świadomość", "Anna", "Reklama", ""],
                        ["Świadomość", "Anna", "Strona", "Strona internetowa"],
                        ["Pytanie", "Anna", "Infolinia", "Nieokreślony"],
                        ["Pytanie", "Anna", "Czat", "not specified"],
                        ["Pytanie", "Anna", "Oddział", "oddział"],
                    ],
                    start=1,
                )
            ],
            source="s.csv",
        ),
        language="pl",
    )
    m = result.map
    assert m is not None
    channels = [t.channel for t in m.touchpoints]
    assert channels[:4] == [NO_CHANNEL, "website", NO_CHANNEL, NO_CHANNEL]
    assert shows_channel(channels[4]) and m.channel(channels[4]).name == "oddział"
    assert result.new_channels == ["oddział"]
    assert sum(c.id == NO_CHANNEL for c in m.channels) == 1


def test_a_sheet_with_every_channel_given_adds_no_reserved_channel() -> None:
    m = _import(
        [["Etap", "Persona", "Punkt styku", "Kanał"], ["Świadomość", "Anna", "R", "E-mail"]]
    )
    assert NO_CHANNEL not in {c.id for c in m.channels}


def test_the_map_saves_loads_and_round_trips_through_a_sheet() -> None:
    m = _no_column()
    again = loads_map(dumps_map(m))
    assert [t.channel for t in again.touchpoints] == [NO_CHANNEL, NO_CHANNEL]
    assert again.channel(NO_CHANNEL).name == "Bez kanału"
    rows = sheet_rows(again)
    header = [str(cell) for cell in rows[0]]
    for column in ("Kanał", "Ikona kanału"):  # a card with no channel: empty cells
        if column in header:
            assert {row[header.index(column)] for row in rows[1:]} == {""}
    back = _import([[str(cell) for cell in row] for row in rows])
    assert [t.channel for t in back.touchpoints] == [NO_CHANNEL, NO_CHANNEL]


def test_changing_the_maps_language_renames_it_and_search_never_finds_it() -> None:
    """Its catalogue name follows the map's language like the template's channels; a card
    of no channel is not found by that name (it shows none)."""
    from cjdesigner.model.search import SearchIndex
    from cjdesigner.templates import retranslations

    m = _no_column()
    changes = {(c.kind, c.item_id): c.new for c in retranslations(m, "pl", "ro")}
    assert changes[("channel", NO_CHANNEL)] == "Fără canal"
    index = SearchIndex(m)
    assert index.matches("Bez kanału") == [] and index.matches("kanału") == []
    assert len(index.matches("Reklama")) == 1
