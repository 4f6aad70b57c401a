"""The import makes a sheet's cards as the model's objects itself: exactly what validation makes.

The import checks the model's caps for a whole column at once and makes the cards without a
pass through pydantic-core (``interchange/card_build.py``). These tests hold it to the model:
the same cards as the model's own validation of the same fields, texts normalised by the same
rule, and the model's field rules still the ones the import checks.
"""

from __future__ import annotations

import unicodedata
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cjdesigner.interchange import card_build
from cjdesigner.interchange.sheet_import import import_table
from cjdesigner.interchange.sheet_parts import MapParts
from cjdesigner.interchange.table import Row, SheetError, Table
from cjdesigner.model import JourneyMap, Kpi, Touchpoint
from cjdesigner.model.integrity import integrity_problems
from cjdesigner.model.text import LIST_MAX, LONG_TEXT_MAX, NAME_MAX, SHORT_TEXT_MAX, all_nfc, nfc
from cjdesigner.model.touchpoint import KPI_MAX

HEADER = [
    "Stage",
    "Persona",
    "Touchpoint",
    "Channel",
    "Emotion",
    "Description",
    "Customer action",
    "Pain points",
    "Opportunities",
    "Owner",
    "KPIs",
]

#: Letters that test the text rules: Polish and Romanian letters, a combining ogonek and
#: cedilla (NFD forms), ş with a cedilla, controls that are dropped, a tab and a line break.
_LETTERS = "aąęłśżźćńóăâîșțşţ AZ\u0328\u0327\u0301\x07\x1b\x85\t\n-:;•1"
_TEXT = st.text(alphabet=_LETTERS, max_size=12).map(str.strip)


def _sheet(rows: list[list[str]]) -> Table:
    all_rows = [HEADER, *rows]
    return Table(rows=[Row(n, r) for n, r in enumerate(all_rows, start=1)], source="s.csv")


def _made_and_validated(sheet: Table) -> tuple[Any, Any]:
    """The sheet imported as usual (cards made directly) and through the model's validation."""
    made = import_table(sheet)
    real = card_build._within_caps
    try:
        card_build._within_caps = lambda cards: False  # type: ignore[assignment]
        validated = import_table(sheet)
    finally:
        card_build._within_caps = real  # type: ignore[assignment]
    return made, validated


def _content(result: Any) -> list[dict[str, Any]]:
    """The cards as plain data, ids as their stage, persona and channel names say."""
    m = result.map
    names = {s.id: s.name for s in m.stages} | {p.id: p.name for p in m.personas}
    names |= {c.id: c.name for c in m.channels}
    cards = []
    for t in m.touchpoints:
        data = t.model_dump()
        del data["id"]
        for name in ("stage_id", "persona_id", "channel"):
            data[name] = names[data[name]]
        data["types"] = {k: type(v).__name__ for k, v in t.__dict__.items()}
        data["set"] = sorted(t.model_fields_set)
        data["kpi_sets"] = [sorted(k.model_fields_set) for k in t.kpis]
        cards.append(data)
    return cards


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.lists(
        st.tuples(
            _TEXT,
            st.sampled_from(["", "1", "-2", "0"]),
            _TEXT,
            _TEXT,
            st.lists(_TEXT, max_size=3),
            _TEXT,
            st.sampled_from(["", "NPS: 42 (target 50)", "Ş: 1,5 %\nCSAT"]),
        ),
        min_size=1,
        max_size=8,
    )
)
def test_cards_made_directly_equal_the_models_own_validation(
    rows: list[tuple[str, str, str, str, list[str], str, str]],
) -> None:
    sheet = _sheet(
        [
            [
                *("Stage 1", "Ana", title or "t", "E-mail", emotion, text, text),
                *("\n".join(items), "\n".join(reversed(items)), owner, kpis),
            ]
            for title, emotion, text, owner, items, _, kpis in rows
        ]
    )
    made, validated = _made_and_validated(sheet)
    assert made.problems == validated.problems == []
    assert _content(made) == _content(validated)
    assert made.map is not None and validated.map is not None
    for ours, theirs in zip(made.map.touchpoints, validated.map.touchpoints, strict=True):
        assert ours.pain_points is not theirs.pain_points
    lists = [t.pain_points for t in made.map.touchpoints] + [t.kpis for t in made.map.touchpoints]
    assert len({id(x) for x in lists}) == len(lists)  # each card its own lists
    kpis = [k for t in made.map.touchpoints for k in t.kpis]
    assert len({id(k) for k in kpis}) == len(kpis)  # and its own KPIs


@settings(max_examples=200, deadline=None)
@given(st.lists(st.text(alphabet=_LETTERS + "\u0300\u0345\u1100\u1161\u00c5\u212b"), max_size=5))
def test_all_nfc_says_whether_nfc_changes_any_text(texts: list[str]) -> None:
    assert all_nfc(texts) == all(nfc(text) == text for text in texts)


def test_a_text_to_normalise_is_normalised_and_checked_before_normalising() -> None:
    decomposed = unicodedata.normalize("NFD", "Zażółć gęślą jaźń")
    long_decomposed = "a\u0328" * 150  # 300 characters, 150 in NFC: the cap counts 300
    result = import_table(
        _sheet(
            [
                ["S", "P", decomposed + "\x07", "", "", "", "", "", "", "", ""],
                ["S", "P", long_decomposed, "", "", "", "", "", "", "", ""],
            ]
        )
    )
    assert [str(p) for p in result.problems] == [
        "row 3, column C (Touchpoint): longer than 200 characters"
    ]
    result = import_table(_sheet([["S", "P", decomposed + "\x07"] + [""] * 8]))
    assert result.map is not None
    assert result.map.touchpoints[0].title == "Zażółć gęślą jaźń"


def test_the_model_rules_are_the_ones_the_import_checks() -> None:
    """Changing a card's fields or rules asks for the same change in card_build's checks."""
    assert tuple(Touchpoint.model_fields) == card_build.TOUCHPOINT_FIELDS
    assert tuple(Kpi.model_fields) == card_build.KPI_FIELDS
    for model in (Touchpoint, Kpi):
        decorators = model.__pydantic_decorators__
        assert not decorators.model_validators and not decorators.field_validators
        assert not model.__pydantic_post_init__ and not model.__private_attributes__

    def max_length(model: type[Any], name: str) -> int | None:
        found = [
            m.max_length for m in model.model_fields[name].metadata if hasattr(m, "max_length")
        ]
        return found[0] if found else None

    caps = {
        "title": NAME_MAX,
        "description": LONG_TEXT_MAX,
        "customer_action": LONG_TEXT_MAX,
        "owner": SHORT_TEXT_MAX,
        "pain_points": LIST_MAX,
        "opportunities": LIST_MAX,
        "kpis": LIST_MAX,
    }
    for name, cap in caps.items():
        assert max_length(Touchpoint, name) == cap, name
    assert max_length(Kpi, "name") == NAME_MAX
    assert max_length(Kpi, "unit") == SHORT_TEXT_MAX
    for name in ("value", "target"):
        bounds = {type(m).__name__: m for m in Kpi.model_fields[name].metadata}
        assert bounds["Ge"].ge == -KPI_MAX and bounds["Le"].le == KPI_MAX


@pytest.mark.parametrize(
    ("cell", "column", "message"),
    [
        ("x" * 5_001, "F", "longer than 5000 characters"),
        ("\n".join(f"item {i}" for i in range(101)), "H", "more than 100 items"),
        ("y" * 501, "J", "longer than 500 characters"),
        ("NPS: 2000000000000000", "K", "less than or equal to"),
    ],
)
def test_a_cell_over_a_cap_is_still_a_problem_of_its_row(
    cell: str, column: str, message: str
) -> None:
    row = ["S", "P", "Title", "", "", "", "", "", "", "", ""]
    row[ord(column) - ord("A")] = cell
    result = import_table(_sheet([row, ["S", "P", "Fine", *[""] * 8]]))
    assert result.map is None
    assert [(p.row, p.column) for p in result.problems] == [(2, column)]
    assert message in result.problems[0].message


def _rows(count: int) -> list[list[str]]:
    """Cards over two stages and two personas, several to a cell."""
    return [
        [f"Stage {i % 2}", ("Ana", "Ion")[i // 2 % 2], f"Card {i}", "E-mail", "1", *[""] * 6]
        for i in range(count)
    ]


def test_the_map_of_cards_made_directly_is_the_one_the_model_validates() -> None:
    """The map around the directly made cards is assembled without walking every card again;
    it is the map the model's own validation makes of the same fields, and sound."""
    sheet = _sheet(_rows(23))
    made, validated = _made_and_validated(sheet)
    assert made.map is not None and validated.map is not None
    assert made.map.model_fields_set == validated.map.model_fields_set
    assert list(made.map.__dict__) == list(validated.map.__dict__)
    assert _content(made) == _content(validated)
    assert integrity_problems(made.map) == []
    places = [(t.stage_id, t.persona_id, t.order) for t in made.map.touchpoints]
    assert len(set(places)) == len(places)
    assert JourneyMap.model_validate(made.map.model_dump()) == made.map


@pytest.mark.parametrize("broken", ["ids", "channel"])
def test_cards_the_map_cannot_hold_are_still_refused_by_the_model(
    broken: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Two cards of one id, or a card of a channel the map lacks: the map is not assembled
    but validated as a whole, which refuses it as before."""
    if broken == "ids":
        monkeypatch.setattr(card_build.secrets, "token_bytes", lambda n: bytes(n))
    else:
        monkeypatch.setattr(MapParts, "channel", lambda self, name, icon="": "no-such-channel")
    with pytest.raises(SheetError, match="does not make a valid map"):
        import_table(_sheet(_rows(3)))
