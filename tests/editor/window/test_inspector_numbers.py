"""KPI numbers in the inspector are shown with the decimal sign of the editor's language: a
Polish or Romanian consultant who types 3,5 sees 3,5 again, not 3.5. Empty KPI tables and
lists show no empty box, from the first card shown on."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QLocale

from cjdesigner.editor.window import MainWindow
from cjdesigner.editor.window.inspector.widgets import format_number, parse_number
from cjdesigner.model import Kpi


@pytest.fixture
def locale_of() -> Iterator[type[QLocale]]:
    """Set the editor's number locale for one test (as translations.install does)."""
    before = QLocale()
    yield QLocale
    QLocale.setDefault(before)


@pytest.mark.parametrize("code", ["pl_PL", "ro_RO"])
def test_a_polish_or_romanian_editor_shows_kpis_with_a_decimal_comma(
    window: MainWindow, locale_of: type[QLocale], code: str
) -> None:
    locale_of.setDefault(QLocale(code))
    doc = window.doc
    assert doc is not None
    window.scene.select_ids(["t0"])
    kpis = window.inspector.touchpoint_form.kpis
    kpis.add_kpi()
    kpis.table.item(0, 0).setText("Konwersja")
    kpis.table.item(0, 1).setText("3,5")
    kpis.table.item(0, 2).setText("1234.25")  # a point typed is read too
    assert doc.map.touchpoint("t0").kpis == [Kpi(name="Konwersja", value=3.5, target=1234.25)]
    doc.undo_stack.undo()
    doc.undo_stack.redo()  # the table is filled again from the model
    assert [kpis.table.item(0, c).text() for c in (1, 2)] == ["3,5", "1234,25"]
    kpis.table.item(0, 1).setText("dużo")  # refused: the old value comes back, as shown
    assert kpis.table.item(0, 1).text() == "3,5"


@pytest.mark.parametrize("code", ["en_GB", "pl_PL", "ro_RO", "de_DE"])
@pytest.mark.parametrize("value", [0.0, 3.5, -2.25, 42.0, 1234.5, 1e-05, 2_500_000.0])
def test_a_shown_number_reads_back_as_itself(
    locale_of: type[QLocale], code: str, value: float
) -> None:
    locale_of.setDefault(QLocale(code))
    text = format_number(value)
    assert "." not in text or QLocale().decimalPoint() == "."
    assert parse_number(text) == value


def test_empty_lists_and_kpis_show_no_empty_box_on_the_first_card_shown(
    window: MainWindow,
) -> None:
    """The first card shown (t1 has no pain points, opportunities or KPIs) looks like any later
    one: only the "+ Add…" buttons, no empty list box or bare KPI table header."""
    window.scene.select_ids(["t1"])
    form = window.inspector.touchpoint_form
    assert form.pain_points.list.isHidden() and form.opportunities.list.isHidden()
    assert form.kpis.table.isHidden()
    form.kpis.add_kpi()
    form.pain_points.add_entry()
    assert not form.kpis.table.isHidden() and not form.pain_points.list.isHidden()
    window.scene.select_ids(["t0"])  # another card without them: hidden again
    assert form.kpis.table.isHidden() and form.pain_points.list.isHidden()
