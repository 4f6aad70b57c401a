"""Export a map as a sheet and import it back: the same touchpoints, in every sample's language."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from cjdesigner.interchange.sheet_export import csv_bytes, ordered_touchpoints, xlsx_bytes
from cjdesigner.interchange.sheet_import import import_sheet
from cjdesigner.model import Channel, JourneyMap, Touchpoint
from cjdesigner.storage import load_map

SAMPLES = sorted((Path(__file__).parents[2] / "samples").glob("*.cjm"))


def described(m: JourneyMap, t: Touchpoint) -> tuple[object, ...]:
    """Everything a sheet carries about a card (its channel by name and icon)."""
    return (
        m.stage(t.stage_id).name,
        m.persona(t.persona_id).name,
        t.title,
        m.channel(t.channel).name,
        m.channel(t.channel).icon,
        t.sentiment,
        t.emotion,
        t.description,
        t.customer_action,
        t.pain_points,
        t.opportunities,
        t.owner,
        t.kpis,
        t.milestone,
        t.journey_end,
        t.evidence,
        t.order,
    )


@pytest.mark.parametrize("sample", SAMPLES, ids=lambda p: p.stem)
@pytest.mark.parametrize("kind", ["csv", "xlsx"])
def test_export_then_import_gives_back_the_touchpoints(
    sample: Path, kind: str, tmp_path: Path
) -> None:
    m = load_map(sample).map
    sheet = tmp_path / f"map.{kind}"
    sheet.write_bytes(csv_bytes(m) if kind == "csv" else xlsx_bytes(m))
    result = import_sheet(sheet)
    assert result.map is not None, [str(p) for p in result.problems]
    assert result.language == m.info.language
    assert not result.ignored_headers
    back = result.map
    assert [s.name for s in back.stages] == [
        s.name for s in m.stages if any(t.stage_id == s.id for t in m.touchpoints)
    ]
    assert [described(back, t) for t in ordered_touchpoints(back)] == [
        described(m, t) for t in ordered_touchpoints(m)
    ]


def test_csv_is_utf8_with_a_bom_and_the_maps_language(tmp_path: Path) -> None:
    m = load_map(next(p for p in SAMPLES if p.stem.endswith("-pl"))).map
    data = csv_bytes(m)
    assert data.startswith(b"\xef\xbb\xbf")
    header = data[3:].decode("utf-8").split("\r\n", 1)[0]
    assert header.startswith("Etap;Persona;Punkt styku;Kanał;Sentyment;Emocje;Opis")
    english = load_map(next(p for p in SAMPLES if p.stem == "online-shop-purchase")).map
    assert csv_bytes(english)[3:].startswith(b"Stage,Persona,Touchpoint,Channel")


def test_xlsx_has_a_readable_header_and_text_never_becomes_a_formula() -> None:
    import openpyxl

    m = load_map(SAMPLES[0]).map
    m.touchpoints[0].title = '=HYPERLINK("http://example.com")'
    m.touchpoints[0].kpis = []
    sheet = openpyxl.load_workbook(io.BytesIO(xlsx_bytes(m))).active
    assert sheet.freeze_panes == "A2"
    assert sheet["A1"].font.b
    titles = [row[2] for row in sheet.iter_rows(min_row=2, values_only=True)]
    assert '=HYPERLINK("http://example.com")' in titles
    cell = next(c for c in sheet["C"] if c.value == m.touchpoints[0].title)
    assert cell.data_type == "s"
    assert isinstance(sheet.cell(row=2, column=6).value, int | None)


def test_csv_cells_that_look_like_formulas_never_run_and_come_back_as_typed(
    tmp_path: Path,
) -> None:
    """A card title "=HYPERLINK(…)" from someone else's map must not become a formula when a
    client opens the CSV in Excel: it is written with a leading apostrophe, which the import
    takes off again; a negative emotion stays a plain number."""
    import csv

    m = load_map(next(p for p in SAMPLES if p.stem == "online-shop-purchase")).map
    risky = ['=HYPERLINK("http://example.com")', "+1 more", "-20% off", "@mention"]
    for card, title in zip(m.touchpoints, risky, strict=False):
        card.title = title
    m.touchpoints[0].emotion = -2
    data = csv_bytes(m)
    rows = list(csv.reader(io.StringIO(data[3:].decode("utf-8"))))
    titles = [row[2] for row in rows[1:]]
    for title in risky:
        assert f"'{title}" in titles and title not in titles
    assert "-2" in [row[5] for row in rows[1:]]  # the number, not "'-2"
    sheet = tmp_path / "map.csv"
    sheet.write_bytes(data)
    back = import_sheet(sheet).map
    assert back is not None
    assert [described(back, t) for t in ordered_touchpoints(back)] == [
        described(m, t) for t in ordered_touchpoints(m)
    ]


@pytest.mark.parametrize("kind", ["csv", "xlsx"])
def test_custom_channels_keep_their_name_and_icon_through_a_sheet(
    kind: str, tmp_path: Path
) -> None:
    """A channel the consultant added ("Infolinia VIP" drawn as a phone) comes back as a
    channel of that name and icon; one with the generic icon stays generic; a stock channel
    stays the template's own."""
    m = load_map(SAMPLES[0]).map
    m.channels = [
        *m.channels,
        Channel(id="vip", name="Infolinia VIP", icon="phone"),
        Channel(id="fair", name="Targi", icon="generic"),
    ]
    cards = ordered_touchpoints(m)
    cards[0].channel, cards[1].channel, cards[2].channel = "vip", "fair", "website"
    m.check()
    sheet = tmp_path / f"map.{kind}"
    sheet.write_bytes(csv_bytes(m) if kind == "csv" else xlsx_bytes(m))
    result = import_sheet(sheet)
    assert result.map is not None, [str(p) for p in result.problems]
    back = result.map
    by_name = {c.name: c for c in back.channels}
    assert by_name["Infolinia VIP"].icon == "phone"
    assert by_name["Targi"].icon == "generic"
    assert "Infolinia VIP" in result.new_channels and "Targi" in result.new_channels
    first = ordered_touchpoints(back)[2]
    assert first.channel == "website" and back.channel("website").icon == "website"


@pytest.mark.parametrize(
    ("language", "name"),
    [("en", "Touchpoints"), ("pl", "Punkty styku"), ("ro", "Puncte de contact")],
)
def test_the_xlsx_sheet_is_named_in_plural_in_the_maps_language(language: str, name: str) -> None:
    import openpyxl

    from cjdesigner.model import Language

    m = load_map(SAMPLES[0]).map
    m.info.language = Language(language)
    assert openpyxl.load_workbook(io.BytesIO(xlsx_bytes(m))).sheetnames == [name]


def test_a_kpi_target_carries_its_unit_and_reads_back() -> None:
    """A target carries its unit: "Konwersja: 3,5 % (cel 5 %)" (it wrote "(cel 5)", QA s4 F9)."""
    from cjdesigner.interchange.cells import format_kpis, parse_kpis
    from cjdesigner.model import Kpi

    kpis = [
        Kpi(name="Konwersja", value=3.5, target=5, unit="%"),
        Kpi(name="NPS", target=50),
        Kpi(name="Czas obsługi", target=3, unit="min"),
    ]
    cell = format_kpis(kpis, "pl")
    assert cell.splitlines() == [
        "Konwersja: 3,5 % (cel 5 %)",
        "NPS (cel 50)",
        "Czas obsługi (cel 3 min)",
    ]
    assert parse_kpis(cell) == kpis
