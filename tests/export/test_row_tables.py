"""The detail tables' rows: rows that hold the same pain points, opportunities or owner and
KPIs share one cell, laid out once, exactly as separate copies would be."""

from __future__ import annotations

import copy

from cjdesigner.export.pdf.details import _touchpoint_row
from cjdesigner.export.pdf.fonts import register_fonts
from cjdesigner.export.pdf.icons import IconSet
from cjdesigner.export.pdf.rows import RowTable, TableStyle
from cjdesigner.export.pdf.theme import HAIRLINE, INK, RULE
from cjdesigner.model import Kpi, Touchpoint

OWNER, PAINS, CHANCES = 5, 3, 4


def _touchpoint(title: str, **fields: object) -> Touchpoint:
    base: dict[str, object] = {
        "stage_id": "s",
        "persona_id": "p",
        "title": title,
        "channel": "email",
        "description": "Klient porównuje ofertę i szuka informacji o opłatach w aplikacji.",
        "pain_points": ["Formularz pyta dwa razy o te same dane", "Długi czas oczekiwania"],
        "opportunities": ["Wypełnij z poprzedniego kroku"],
        "owner": "Sprzedaż",
        "kpis": [Kpi(name="CSAT", value=4.2, target=4.5, unit="/5")],
    }
    return Touchpoint(**(base | fields))


def _row(t: Touchpoint, shared: dict | None) -> list:
    return _touchpoint_row(t, {}, {}, "pl", False, None, "", shared)


def test_rows_holding_the_same_share_one_cell_and_others_do_not() -> None:
    touchpoints = [
        _touchpoint("Pierwszy"),
        _touchpoint("Drugi"),
        _touchpoint(
            "Trzeci",
            kpis=[Kpi(name="CSAT", value=4.3, target=4.5, unit="/5")],
            pain_points=["Długi czas oczekiwania"],
        ),
    ]
    shared: dict = {}
    first, same, other = (_row(t, shared) for t in touchpoints)
    for column in (OWNER, PAINS, CHANCES):
        assert same[column] is first[column]
    assert other[OWNER] is not first[OWNER] and other[PAINS] is not first[PAINS]
    assert other[OWNER] != first[OWNER] and other[PAINS] != first[PAINS]
    assert other[CHANCES] is first[CHANCES]
    for t, row in zip(touchpoints, (first, same, other), strict=True):
        assert row == _row(t, None)  # shared or not, the same blocks


def test_a_table_of_shared_cells_lays_out_as_one_of_separate_copies() -> None:
    register_fonts()
    shared: dict = {}
    rows = [_row(_touchpoint(f"Punkt {i} " * (1 + i % 3)), shared) for i in range(12)]
    copies = [copy.deepcopy(row) for row in rows]
    assert rows[0][OWNER] is rows[5][OWNER] and copies[0][OWNER] is not copies[5][OWNER]
    style = TableStyle(INK, INK, (None, RULE), RULE, HAIRLINE)
    header = [[] for _ in range(6)]
    shares = [0.19, 0.19, 0.15, 0.165, 0.165, 0.14]

    def laid(table_rows: list) -> list:
        table = RowTable(header, table_rows, shares, style, IconSet(), "pl", 700.0)
        table.wrap(520.0, 700.0)
        return [(row.cells, row.height) for row in table._layout(520.0).rows]

    assert laid(rows) == laid(copies)
