"""The map a CSV import makes is the model's own map: what validating the same content makes.

The import makes its cards without a field-by-field pass through the model (``card_build``),
its cards share one set of given fields, and the CSV reader hands the import columns, not rows.
These tests hold the result to the model's validation on a full export (every column filled in
every row, in each sample's language) and to the behaviour of validated objects: equality,
``model_dump``, ``model_copy``, ``deepcopy``, pickling, assignment validation, and each card's
own lists.
"""

from __future__ import annotations

import copy
import csv
import io
import pickle
from pathlib import Path

import pytest
from pydantic import ValidationError

from cjdesigner.interchange import card_build
from cjdesigner.interchange.sheet_export import csv_bytes
from cjdesigner.interchange.sheet_import import import_sheet
from cjdesigner.model import Channel, Evidence, JourneyMap, Kpi, Sentiment, Touchpoint
from cjdesigner.storage import load_map

SAMPLES = sorted((Path(__file__).parents[2] / "samples").glob("*.cjm"))


def _filled(m: JourneyMap) -> JourneyMap:
    """``m`` with every field of every card filled, and a channel of its own with an icon."""
    sms = Channel(id="sms-own", name="SMS ș ł", icon="phone")
    cards = []
    for i, t in enumerate(m.touchpoints):
        cards.append(
            t.model_copy(
                update={
                    "channel": sms.id if i % 3 == 0 else t.channel,
                    "sentiment": list(Sentiment)[i % 3],
                    "emotion": i % 5 - 2,
                    "description": t.description or f"Opis „{i}”; druga część",
                    "customer_action": f"Działanie {i}\nw dwóch liniach",
                    "pain_points": [f"Ból {i}", "Wspólny; z średnikiem", '"cytat"'],
                    "opportunities": [f"Szansa {i % 4}"],
                    "owner": f"Właściciel {i % 2}",
                    "kpis": [
                        Kpi(name="NPS", value=42, target=50),
                        Kpi(name=f"Konwersja {i % 3}", value=2.5, target=3, unit="%"),
                    ],
                    "milestone": i % 2 == 0,
                    "journey_end": i % 4 == 3,
                    "evidence": list(Evidence)[i % len(Evidence)],
                }
            )
        )
    data = m.model_dump()
    data["channels"].append(sms.model_dump())
    data["touchpoints"] = [t.model_dump() for t in cards]
    return JourneyMap.model_validate(data)


@pytest.fixture(params=SAMPLES, ids=lambda p: p.stem)
def imported(request: pytest.FixtureRequest, tmp_path: Path) -> tuple[JourneyMap, JourneyMap]:
    """A sample filled in every column, exported to CSV and imported: (original, imported)."""
    original = _filled(load_map(request.param).map)
    path = tmp_path / "map.csv"
    path.write_bytes(csv_bytes(original))
    result = import_sheet(path)
    assert result.problems == [] and result.map is not None
    return original, result.map


def test_the_import_of_a_full_export_equals_the_models_validation_field_by_field(
    imported: tuple[JourneyMap, JourneyMap], tmp_path: Path
) -> None:
    original, m = imported
    validated = JourneyMap.model_validate(m.model_dump())
    assert m.model_dump() == validated.model_dump()
    assert m == validated
    for ours, theirs in zip(m.touchpoints, validated.touchpoints, strict=True):
        assert type(ours) is Touchpoint and ours == theirs
        assert ours.__dict__ == theirs.__dict__
        assert list(ours.__dict__) == list(theirs.__dict__)  # the model's field order
        assert {k: type(v) for k, v in vars(ours).items()} == {
            k: type(v) for k, v in vars(theirs).items()
        }
        assert ours.model_fields_set == theirs.model_fields_set
        assert ours.__pydantic_extra__ is None and ours.__pydantic_private__ is None
        for kpi, twin in zip(ours.kpis, theirs.kpis, strict=True):
            assert type(kpi) is Kpi and kpi == twin
            assert kpi.model_fields_set == twin.model_fields_set
    # Every column was filled, and the texts came back as they went out.
    assert all(t.kpis and t.pain_points and t.evidence for t in m.touchpoints)
    assert sorted(t.title for t in m.touchpoints) == sorted(t.title for t in original.touchpoints)
    # The same sheet through the model's own field-by-field validation of the cards.
    path = tmp_path / "again.csv"
    path.write_bytes(csv_bytes(original))
    real = card_build._within_caps
    try:
        card_build._within_caps = lambda cards: False  # type: ignore[assignment]
        checked = import_sheet(path).map
    finally:
        card_build._within_caps = real  # type: ignore[assignment]
    assert checked is not None
    assert _cards(m) == _cards(checked)


def _cards(m: JourneyMap) -> list[dict[str, object]]:
    """The cards' fields, their stage, persona and channel by name (the ids are new)."""
    names = {s.id: s.name for s in m.stages} | {p.id: p.name for p in m.personas}
    names |= {c.id: (c.name, c.icon) for c in m.channels}
    cards = []
    for t in m.touchpoints:
        data = t.model_dump(exclude={"id"})
        for name in ("stage_id", "persona_id", "channel"):
            data[name] = names[data[name]]
        cards.append(data)
    return cards


def test_imported_cards_behave_as_validated_ones(
    imported: tuple[JourneyMap, JourneyMap],
) -> None:
    _, m = imported
    first, second = m.touchpoints[0], m.touchpoints[1]
    fields_before = set(second.model_fields_set)
    # Assignment is validated, and changes only the card assigned to.
    with pytest.raises(ValidationError):
        first.title = "x" * 201
    with pytest.raises(ValidationError):
        first.emotion = 3
    first.title = "Nowy tytuł"
    first.emotion = None
    assert first.title == "Nowy tytuł" and second.title != "Nowy tytuł"
    assert second.model_fields_set == fields_before == set(Touchpoint.model_fields)
    # Each card's lists and KPIs are its own.
    first.pain_points.append("tylko pierwsza")
    first.kpis[0].value = 1
    assert "tylko pierwsza" not in second.pain_points
    assert all(k.value != 1 for t in m.touchpoints[1:] for k in t.kpis if k.name == "NPS")
    # Copies are equal, independent, and hold their own set of given fields.
    twin = first.model_copy(update={"owner": "Inny"})
    assert twin.owner == "Inny" and first.owner != "Inny"
    assert twin.model_fields_set is not first.model_fields_set
    deep = copy.deepcopy(first)
    assert deep == first and deep.pain_points is not first.pain_points
    assert pickle.loads(pickle.dumps(first)) == first
    assert first.model_dump(exclude_unset=True) == first.model_dump()
    # The map as a whole still checks itself, and validates again.
    m.check()
    assert JourneyMap.model_validate(m.model_dump()) == m


def test_spaces_around_cells_change_nothing(tmp_path: Path) -> None:
    """The CSV reader leaves the word and name columns as the file has them and the import
    strips each distinct text once: a sheet with spaces, tabs and no-break spaces around its
    cells (and rows of spaces only) imports to the same map as the same sheet without them."""
    original = _filled(load_map(SAMPLES[0]).map)
    text = csv_bytes(original).decode("utf-8-sig")
    records = list(csv.reader(io.StringIO(text, newline=""), delimiter=";"))
    pads = (" ", "\t", "\u00a0 ", "  ", "")
    padded = [records[0]]
    for i, record in enumerate(records[1:]):
        padded.append(
            [f"{pads[(i + k) % 5]}{c}{pads[(i + 2 * k) % 5]}" for k, c in enumerate(record)]
        )
        if i % 5 == 0:
            padded.append([" ", " \t", ""])  # a row of spaces only: left out, as an empty row is
    out = io.StringIO()
    csv.writer(out, delimiter=";", lineterminator="\r\n").writerows(padded)
    plain_path, padded_path = tmp_path / "plain.csv", tmp_path / "padded.csv"
    plain_path.write_bytes(text.encode("utf-8"))
    padded_path.write_bytes(out.getvalue().encode("utf-8"))
    plain, spaced = import_sheet(plain_path), import_sheet(padded_path)
    assert plain.map is not None and spaced.map is not None
    assert spaced.problems == plain.problems == []
    assert _cards(spaced.map) == _cards(plain.map)
    assert (spaced.stages, spaced.personas) == (plain.stages, plain.personas)
    assert spaced.new_channels == plain.new_channels
    assert "SMS ș ł" in plain.new_channels


def test_an_import_leaves_nothing_for_the_cycle_collector(tmp_path: Path) -> None:
    """Everything an import makes and drops is freed by reference counting: a reference
    cycle (a closure holding the dict that holds it) kept a column of the sheet alive until
    the next collection, and made that collection walk it."""
    import gc

    path = tmp_path / "map.csv"
    path.write_bytes(csv_bytes(_filled(load_map(SAMPLES[0]).map)))
    import_sheet(path)  # caches (templates, vocabulary) filled first
    enabled = gc.isenabled()
    gc.disable()
    try:
        gc.collect()
        result = import_sheet(path)
        assert result.map is not None
        del result
        assert gc.collect() == 0
    finally:
        if enabled:
            gc.enable()
