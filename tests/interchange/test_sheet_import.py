"""Rows made into a map: headers in three languages, values, template stages, every bad row."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from cjdesigner.interchange import cells
from cjdesigner.interchange.mapping import parse_mapping
from cjdesigner.interchange.sheet_import import import_sheet, import_table
from cjdesigner.interchange.table import Row, SheetError, Table
from cjdesigner.interchange.vocabulary import Column, column_for_header
from cjdesigner.model import Evidence, Kpi, Sentiment


def table(*rows: list[str], source: str = "warsztat.csv") -> Table:
    return Table(rows=[Row(n, r) for n, r in enumerate(rows, start=1)], source=source)


@pytest.mark.parametrize(
    ("header", "column"),
    [
        ("Stage", Column.STAGE),
        ("ETAP", Column.STAGE),
        ("Etapă", Column.STAGE),
        ("etapa", Column.STAGE),
        ("Punkt  styku", Column.TITLE),
        ("punct de contact", Column.TITLE),
        ("Touch-point", Column.TITLE),
        ("Kanał", Column.CHANNEL),
        ("kanal", Column.CHANNEL),
        ("Sentyment", Column.SENTIMENT),
        ("Emoție", Column.EMOTION),
        ("Emoţie", Column.EMOTION),  # cedilla form folds alike
        ("Opis", Column.DESCRIPTION),
        ("Descriere", Column.DESCRIPTION),
        ("Customer action", Column.CUSTOMER_ACTION),
        ("Działanie klienta", Column.CUSTOMER_ACTION),
        ("Pain points", Column.PAIN_POINTS),
        ("Problemy (punkty bólu)", Column.PAIN_POINTS),
        ("Oportunități", Column.OPPORTUNITIES),
        ("Właściciel", Column.OWNER),
        ("KPIs", Column.KPIS),
        ("wskaźniki", Column.KPIS),
        ("Channel icon", Column.CHANNEL_ICON),
        ("Ikona kanału", Column.CHANNEL_ICON),
        ("Pictograma canalului", Column.CHANNEL_ICON),
        ("Kolumna 3", None),
    ],
)
def test_headers_in_three_languages(header: str, column: Column | None) -> None:
    assert column_for_header(header) == column


def test_polish_sheet_becomes_a_polish_map_on_the_template() -> None:
    result = import_table(
        table(
            ["Etap", "Persona", "Punkt styku", "Kanał", "Sentyment", "Emocje", "Problemy", "KPI"],
            ["Świadomość", "Anna", "Reklama", "social media", "Pozytywna", "+1", "a\n• b", ""],
            ["Zakup", "Anna", "Infolinia", "infolinia", "negatywny", "−2", "", "NPS: -10"],
            ["Świadomość", "Jan", "Polecenie", "Poczta pantoflowa", "", "1,0", "", ""],
            ["świadomość", "anna", "Baner", "Reklama", "neutralny", "", "", "CTR: 1,8 % (cel 2,5)"],
        )
    )
    m = result.map
    assert m is not None and not result.problems
    assert result.language == "pl" and m.info.language == "pl"
    assert m.info.title == "warsztat"
    assert [s.name for s in m.stages] == ["Świadomość", "Zakup"]
    assert result.matched_stages == ["Świadomość"]
    assert m.stages[0].goal  # the template's stage, with its goal
    assert [p.name for p in m.personas] == ["Anna", "Jan"]
    t = {tp.title: tp for tp in m.touchpoints}
    assert t["Reklama"].channel == "social" and t["Reklama"].sentiment == Sentiment.POSITIVE
    assert t["Reklama"].pain_points == ["a", "b"]
    assert t["Infolinia"].channel == "phone" and t["Infolinia"].emotion == -2
    assert t["Polecenie"].channel == "word_of_mouth"
    # an empty sentiment follows the emotion
    assert t["Polecenie"].sentiment == Sentiment.POSITIVE and t["Polecenie"].emotion == 1
    assert t["Baner"].channel == "advertising"
    assert t["Baner"].kpis == [Kpi(name="CTR", value=1.8, target=2.5, unit="%")]
    # cards of one cell keep the sheet's order
    assert (t["Reklama"].order, t["Baner"].order) == (0, 1)
    assert t["Baner"].persona_id == t["Reklama"].persona_id


def test_romanian_sheet_and_unknown_channels_become_custom_channels() -> None:
    result = import_table(
        table(
            ["Etapă", "Punct de contact", "Canal", "Sentiment", "Emoție", "Sursa"],
            ["Conștientizare", "Reclamă TV", "Televiziune", "pozitivă", "2", "cercetare"],
            ["Conștientizare", "Site", "site web", "negativ", "-1", "ipoteză"],
        )
    )
    m = result.map
    assert m is not None and result.language == "ro"
    assert result.new_channels == ["Televiziune"]
    tv = m.touchpoints[0]
    assert m.channel(tv.channel).icon == "generic"
    assert tv.evidence == Evidence.RESEARCH and tv.sentiment == Sentiment.POSITIVE
    assert m.touchpoints[1].channel == "website"
    # no persona column: every card in the template's persona
    assert len(m.personas) == 1


BAD = [
    ["Stage", "Touchpoint", "Persona", "Sentiment", "Emotion", "Milestone", "KPIs"],
    ["Awareness", "Ad", "Ann", "positive", "1", "", ""],  # row 2: good
    ["Awareness", "", "Ann", "great", "3", "", ""],  # row 3: three problems
    ["", "Call", "Ann", "negative", "", "", ""],  # row 4: good, the stage above (merged)
    ["Act", "Pay", "", "neutral", "1.5", "", ""],  # row 5: the persona above; not whole
    ["Act", "Shop", "Ann", "neutral", "abc", "maybe", ""],  # row 6
    ["Act", "X" * 201, "Ann", "neutral", "", "", "(target 5)"],  # row 7: too long, bad KPI
    ["Act", "Good", "Ann", "neutral", "", "yes", ""],  # row 8: good
]


def test_every_bad_row_is_listed_with_row_and_column_and_nothing_is_built() -> None:
    result = import_table(table(*BAD))
    assert result.map is None
    found = [(p.row, p.column, p.header) for p in result.problems]
    assert found == [
        (3, "B", "Touchpoint"),
        (3, "D", "Sentiment"),
        (3, "E", "Emotion"),
        (5, "E", "Emotion"),
        (6, "E", "Emotion"),
        (6, "F", "Milestone"),
        (7, "G", "KPIs"),
    ]
    text = [str(p) for p in result.problems]
    assert text[0] == "row 3, column B (Touchpoint): the touchpoint has no title"
    assert "unknown sentiment “great”; use positive, neutral, negative" in text[1]
    assert "emotion 3 is outside −2…+2" in text[2]
    assert "“abc” is not a number" in text[4]
    assert "“maybe” is not yes or no" in text[5]
    assert result.bad_rows == [3, 5, 6, 7]
    assert "emotion 1.5 is not a whole number" in text[3]


def test_a_channel_the_sheet_brings_takes_the_icon_of_its_first_row() -> None:
    """The icon cell names one of the icons (as the export writes it, or as a person types
    it: "Word of mouth"); it matters only for a channel the template does not know."""
    result = import_table(
        table(
            ["Etap", "Punkt styku", "Kanał", "Ikona kanału"],
            ["Zakup", "Dzwoni", "Infolinia VIP", "phone"],
            ["Zakup", "Dzwoni znowu", "Infolinia VIP", "store"],
            ["Zakup", "Poleca", "Plotki", "Word of mouth"],
            ["Zakup", "Czyta", "Strona internetowa", "store"],
            ["Zakup", "Targi", "Targi", ""],
        )
    )
    m = result.map
    assert m is not None and not result.problems
    icons = {m.channel(t.channel).name: m.channel(t.channel).icon for t in m.touchpoints}
    assert icons["Infolinia VIP"] == "phone"  # the first row's
    assert icons["Plotki"] == "word_of_mouth"
    assert m.touchpoints[3].channel == "website" and icons["Strona internetowa"] == "website"
    assert icons["Targi"] == "generic"


def test_many_channels_each_take_the_icon_of_their_first_row(tmp_path: Path) -> None:
    """Up to 64 names a channel's first row is found by a search, beyond by a dictionary of
    the column: 150 names over 400 rows of a CSV, spaces around half the cells, each channel
    made once, in order of first appearance, with its first row's icon."""
    import csv
    import io

    icons = ["phone", "chat", "email", "store", "social"]
    rows = [["Etap", "Punkt styku", "Kanał", "Ikona kanału"]]
    for i in range(400):
        name = f"Kanał {i % 150}"
        rows.append(["A", f"Karta {i}", f" {name} " if i % 2 else name, icons[i % 5]])
    buffer = io.StringIO()
    csv.writer(buffer, delimiter=";").writerows(rows)
    path = tmp_path / "kanaly.csv"
    path.write_text(buffer.getvalue(), encoding="utf-8")
    result = import_sheet(path)
    m = result.map
    assert m is not None and not result.problems
    made = [c for c in m.channels if c.name.startswith("Kanał ")]
    assert [c.name for c in made] == [f"Kanał {i}" for i in range(150)]
    assert [c.icon for c in made] == [icons[i % 5] for i in range(150)]
    assert all(
        m.channel(t.channel).name == row[2].strip()
        for t, row in zip(m.touchpoints, rows[1:], strict=True)
    )


def test_an_unknown_channel_icon_is_a_problem_of_its_row() -> None:
    result = import_table(
        table(
            ["Stage", "Touchpoint", "Channel", "Channel icon"],
            ["Buy", "Calls", "VIP line", "telephone booth"],
            ["Buy", "Pays", "Website", ""],
        )
    )
    assert result.map is None and result.bad_rows == [2]
    [problem] = result.problems
    assert (problem.row, problem.column, problem.header) == (2, "D", "Channel icon")
    assert "unknown channel icon “telephone booth”; use one of: website, social" in str(problem)


def test_an_unknown_evidence_level_is_a_problem_in_the_maps_language() -> None:
    result = import_table(
        table(["Etap", "Punkt styku", "Źródło wiedzy"], ["Zakup", "Płaci", "plotki"])
    )
    assert [str(p) for p in result.problems] == [
        "row 2, column C (Źródło wiedzy): unknown evidence level “plotki”; use badania, "
        "częściowe badania, założenie"
    ]


@pytest.mark.parametrize(
    "word",
    ["częściowe badania", "Częściowo zbadane", "cercetare parțială", "parțial cercetat", "partly"],
)
def test_partly_researched_reads_in_todays_and_earlier_exported_words(word: str) -> None:
    """Sheets exported before the legend's words became nouns ("częściowo zbadane") still read."""
    result = import_table(table(["Etap", "Punkt styku", "Źródło wiedzy"], ["Zakup", "Płaci", word]))
    assert not result.problems
    assert result.map is not None
    assert result.map.touchpoints[0].evidence == Evidence.PARTIAL


def test_a_title_above_the_header_row_is_skipped_and_rows_keep_their_numbers() -> None:
    result = import_table(
        table(
            ["Warsztat 12.03.2026 — sklep"],
            ["Etap", "Punkt styku", "Emocje"],
            ["Zakup", "Płaci", "9"],
            ["Zakup", "Odbiera", "1"],
        )
    )
    assert [str(p) for p in result.problems] == [
        "row 3, column C (Emocje): emotion 9 is outside −2…+2 (a whole number from −2 to +2)"
    ]


def test_a_too_long_title_is_reported_once_the_other_cells_are_good() -> None:
    rows = [BAD[0], ["Act", "X" * 201, "Ann", "neutral", "", "", ""]]
    result = import_table(table(*rows))
    assert [str(p) for p in result.problems] == [
        "row 2, column B (Touchpoint): longer than 200 characters"
    ]


def test_a_kpi_the_model_refuses_is_a_problem_of_its_row_not_a_crash() -> None:
    rows = [["Stage", "Touchpoint", "KPIs"], ["Act", "Pay", "N" * 201 + ": 5"], ["Act", "Ok", ""]]
    result = import_table(table(*rows))
    assert result.map is None
    assert [str(p) for p in result.problems] == [
        "row 2, column C (KPIs): longer than 200 characters"
    ]


def test_rows_the_model_refuses_are_skipped_and_the_cards_keep_orders_without_gaps() -> None:
    rows = [
        ["Stage", "Touchpoint", "Pain points"],
        ["Act", "First", ""],
        ["Act", "X" * 201, ""],  # row 3: refused by the model, not by the sheet's own checks
        ["Act", "Second", "\n".join(f"pain {i}" for i in range(101))],  # row 4: 101 pains
        ["Act", "", ""],  # row 5: no title
        ["Act", "Third", "- one\n- two"],
    ]
    result = import_table(table(*rows), skip_bad_rows=True)
    assert [(p.row, p.column, p.message) for p in result.problems] == [
        (3, "B", "longer than 200 characters"),
        (4, "C", "more than 100 items"),
        (5, "B", "the touchpoint has no title"),
    ]
    assert result.skipped_rows == [3, 4, 5]
    m = result.map
    assert m is not None and result.touchpoint_count == 2
    assert [(t.title, t.order) for t in m.touchpoints] == [("First", 0), ("Third", 1)]
    assert m.touchpoints[1].pain_points == ["one", "two"]
    assert m.touchpoints[0].id != m.touchpoints[1].id


def test_cells_repeated_on_many_rows_give_equal_but_separate_values() -> None:
    rows = [["Stage", "Touchpoint", "KPIs", "Sentiment"]]
    rows += [["Act", f"Card {i}", "NPS: 42 (target 50)", "good"] for i in range(3)]
    m = import_table(table(*rows)).map
    assert m is not None
    first, second, _ = m.touchpoints
    assert first.kpis == second.kpis == [Kpi(name="NPS", value=42, target=50)]
    assert first.kpis[0] is not second.kpis[0]
    assert {t.sentiment for t in m.touchpoints} == {Sentiment.POSITIVE}


def test_short_and_long_rows_read_the_columns_the_header_names() -> None:
    result = import_table(
        table(
            ["Stage", "Touchpoint", "Sentiment", "Owner"],
            ["Buy", "Pays", "good", "Sales", "a note beyond the header"],  # longer
            ["Buy", "Waits"],  # shorter: sentiment and owner empty
            ["Buy", "Leaves", "bad"],
        )
    )
    m = result.map
    assert m is not None and result.problems == []
    assert [(t.title, t.sentiment, t.owner) for t in m.touchpoints] == [
        ("Pays", Sentiment.POSITIVE, "Sales"),
        ("Waits", Sentiment.NEUTRAL, ""),
        ("Leaves", Sentiment.NEGATIVE, ""),
    ]


def test_skip_bad_rows_imports_the_rest() -> None:
    result = import_table(table(*BAD), skip_bad_rows=True)
    assert result.map is not None
    assert [t.title for t in result.map.touchpoints] == ["Ad", "Call", "Good"]
    assert result.skipped_rows == [3, 5, 6, 7]
    assert result.map.touchpoints[2].milestone is True


def test_whole_sheet_problems_are_errors() -> None:
    with pytest.raises(
        SheetError, match=r"no columns for the touchpoint title and the stage .*“Kolumna 1”"
    ) as raised:
        import_table(table(["Kolumna 1", "Kolumna 2"], ["a", "b"]))
    assert "--mapping" not in str(raised.value)  # the editor's import has no such option
    assert "--mapping" in raised.value.command_line_hint
    with pytest.raises(SheetError, match=r"no column for the stage .*name it “Stage / Etap"):
        import_table(table(["Punkt styku", "Uwagi"], ["a", "b"]))
    with pytest.raises(SheetError, match="no rows"):
        import_table(Table(rows=[], source="x.csv"))
    with pytest.raises(SheetError, match="no touchpoint rows"):
        import_table(table(["Stage", "Touchpoint"]))


def test_mapping_file_names_columns_and_words() -> None:
    mapping = parse_mapping(
        {
            "columns": {"title": "Co się dzieje", "stage": "A", "sentiment": "Nastrój"},
            "values": {"sentiment": {"super": "positive"}, "channel": {"WWW 24h": "website"}},
        }
    )
    result = import_table(
        table(
            ["Faza procesu", "Co się dzieje", "Nastrój", "Kanał"],
            ["Zakup", "Płaci", "super", "WWW 24h"],
        ),
        mapping=mapping,
    )
    assert result.map is not None
    tp = result.map.touchpoints[0]
    assert (tp.title, tp.sentiment, tp.channel) == ("Płaci", Sentiment.POSITIVE, "website")
    assert result.map.stages[0].name == "Zakup"


@pytest.mark.parametrize(
    ("raw", "message"),
    [
        ([], "must be a JSON object"),
        ({"columns": {"tytul": "A"}}, "unknown field “tytul”"),
        ({"columns": {"title": 3}}, "must be a header or a letter"),
        ({"cols": {}}, "unknown key"),
        ({"values": {"sentiment": {"super": "great"}}}, "not positive, neutral or negative"),
        ({"values": {"colour": {}}}, "may only hold"),
    ],
)
def test_bad_mapping_files_are_refused(raw: object, message: str) -> None:
    with pytest.raises(SheetError, match=message):
        parse_mapping(raw)


def test_mapping_naming_a_missing_column_is_refused() -> None:
    mapping = parse_mapping({"columns": {"title": "Nie ma"}})
    with pytest.raises(SheetError, match="no such column"):
        import_table(table(["Stage", "Touchpoint"], ["a", "b"]), mapping=mapping)


def test_romanian_cedillas_are_counted_or_fixed() -> None:
    rows = (["Etapă", "Punct de contact"], ["Acţiune", "Plăteşte factura"])
    counted = import_table(table(*rows))
    # the stage matches the template's “Acțiune” (ş/ș fold alike) and takes its spelling
    assert counted.map is not None and counted.map.stages[0].name == "Acțiune"
    assert counted.cedilla_fields == 1
    fixed = import_table(table(*rows), fix_cedillas=True)
    assert fixed.cedilla_fields == 0
    assert fixed.map is not None and fixed.map.touchpoints[0].title == "Plătește factura"


def test_the_summary_names_the_fixed_spelling_it_wrote() -> None:
    """With --fix-cedillas the stages and personas listed are the map's (QA s4 F12: the CLI
    printed "Ioana Mureşan" for a map holding "Ioana Mureșan")."""
    rows = (
        ["Etapă", "Persona", "Punct de contact"],
        ["Plăţi", "Ioana Mureşan", "Plăteşte factura"],
    )
    fixed = import_table(table(*rows), fix_cedillas=True)
    assert fixed.map is not None
    assert fixed.personas == ["Ioana Mureșan"] == [p.name for p in fixed.map.personas]
    assert "Plăți" in fixed.stages and "Plăţi" not in fixed.stages
    assert import_table(table(*rows)).personas == ["Ioana Mureşan"]  # unfixed: as written


def test_cedilla_fields_are_counted_per_field_whatever_column_holds_them() -> None:
    rows = (
        ["Etapă", "Persona", "Punct de contact", "Puncte de durere", "KPI"],
        ["Plată", "Ştefan", "Plăteşte", "aşteaptă\nfără ţintă", ""],  # persona, title, 2 items
        ["Plată", "Ştefan", "Fără probleme", "", ""],  # only the persona (counted once)
        ["Plată", "Ana", "Semnează", "", "Timp de aşteptare: 5"],  # a KPI name
        ["Plată", "Ana", "Pla\u0306tes\u0327te", "", ""],  # a combining cedilla (NFC: ş)
    )
    result = import_table(table(*rows))
    assert result.map is not None
    assert result.map.touchpoints[3].title == "Plăteşte"
    assert result.cedilla_fields == 6
    # rows shorter than the header are looked at one by one
    short = import_table(
        table(rows[0], ["Plată", "Ana", "Aşteaptă"], ["Plată", "Ştefan", "Pleacă"])
    )
    assert short.cedilla_fields == 2
    # a cedilla only in a persona's name: the cards are not suspects, the persona counts once
    persona_only = import_table(
        table(rows[0], *[["Plată", "Ştefan", f"Card {i}"] for i in range(3)])
    )
    assert persona_only.cedilla_fields == 1


@pytest.mark.parametrize(
    "saver",
    ["excel-cp1250", "excel-utf8-bom", "excel-unicode-text", "google-sheets", "libreoffice"],
)
def test_saved_sheets_import_alike(saver: str, saved_sheet: Callable[[str], Path]) -> None:
    result = import_sheet(saved_sheet(saver), fix_cedillas=True)
    m = result.map
    assert m is not None, [str(p) for p in result.problems]
    assert [p.name for p in m.personas] == ["Łucja Żmuda", "Ștefan Țăranu"]
    assert [t.emotion for t in m.touchpoints] == [1, 0, -2, None]
    assert m.touchpoints[0].kpis == [Kpi(name="CTR", value=1.8, target=2.5, unit="%")]


def test_xlsx_import(workshop_xlsx: Callable[..., Path]) -> None:
    result = import_sheet(workshop_xlsx())
    m = result.map
    assert m is not None
    assert [s.name for s in m.stages] == ["Świadomość", "Zakup"]
    assert [t.emotion for t in m.touchpoints] == [1, 0, -2, None]
    assert m.touchpoints[0].pain_points == ["Nie widzi ceny", "Link prowadzi na stronę główną"]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("1,5", 1.5),
        ("−2", -2.0),
        ("+1", 1.0),
        ("1 234,5", 1234.5),
        ("1.234,5", 1234.5),
        ("1,234.5", 1234.5),
        ("1.234.567", 1234567.0),
        ("abc", None),
        ("", None),
        ("nan", None),
    ],
)
def test_numbers_with_decimal_commas(text: str, value: float | None) -> None:
    assert cells.parse_number(text) == value


def test_kpis_round_trip_in_each_language() -> None:
    kpis = [
        Kpi(name="NPS", value=42, target=50),
        Kpi(name="Conversion: mobile", value=2.5, target=3.25, unit="%"),
        Kpi(name="Cost per click", value=0.42, unit="£"),
        Kpi(name="Churn", target=1.5, unit="%"),
        Kpi(name="Satisfaction"),
    ]
    for language in ("en", "pl", "ro"):
        assert cells.parse_kpis(cells.format_kpis(kpis, language)) == kpis


def test_column_letters() -> None:
    assert [cells.column_letter(i) for i in (0, 25, 26, 701, 702)] == ["A", "Z", "AA", "ZZ", "AAA"]
    assert cells.column_index("AA") == 26 and cells.column_index("1") is None


@pytest.mark.parametrize(
    ("header", "language"),
    [("Touchpoint", "en"), ("Punkt styku", "pl"), ("Punct de contact", "ro")],
)
def test_a_sheet_without_a_channel_column_reports_no_new_channels(
    header: str, language: str
) -> None:
    result = import_table(table(["Stage", header], ["Start", "Baner"], ["Start", "Ulotka"]))
    m = result.map
    assert m is not None and result.new_channels == []
    # the cards still have a channel to stand in (the "Unspecified" one), quietly
    assert all(t.channel in {c.id for c in m.channels} for t in m.touchpoints)


def test_an_empty_channel_cell_is_not_reported_but_a_named_one_is() -> None:
    result = import_table(
        table(["Etap", "Punkt styku", "Kanał"], ["Start", "Baner", ""], ["Start", "Targi", "Targi"])
    )
    assert result.map is not None and result.new_channels == ["Targi"]


@pytest.mark.parametrize("line_end", ["\r\n", "\n"])
def test_cells_over_several_lines_read_alike_in_crlf_and_lf_files(line_end: str) -> None:
    """A CRLF file's quoted cells over several lines hold CR LFs when the csv module reads
    them: every kind of column (texts, names, words, lists, KPIs) takes them as \n, as a
    file opened with universal newlines gives them, and so as the LF file's."""
    from cjdesigner.interchange.csv_source import read_csv

    rows = [
        "Etap;Persona;Punkt styku;Kanał;Sentyment;Opis;Problemy;KPI;Właściciel",
        '"Świado\nmość";"Ana\nMaria";"Widzi\nreklamę";"Chat\nwideo";" pozytywny\n";'
        '"jeden\ndwa";"- a\n- b";"NPS: 42\nCSAT: 4,5";"Zespół\nWeb"',
        'Zakup;Ana;"Płaci";"Chat\nwideo";negatywny;"trzy\n\ncztery";" c ";"";"Web"',
    ]
    data = ("\ufeff" + "\n".join(rows) + "\n").replace("\n", line_end).encode()
    result = import_table(read_csv(data, "s.csv"))
    assert result.problems == [] and result.map is not None
    m = result.map
    assert "\r" not in m.model_dump_json()
    first, second = m.touchpoints
    assert (first.title, first.description, first.owner) == (
        "Widzi\nreklamę",
        "jeden\ndwa",
        "Zespół\nWeb",
    )
    assert first.pain_points == ["a", "b"] and [k.name for k in first.kpis] == ["NPS", "CSAT"]
    assert second.description == "trzy\n\ncztery" and second.pain_points == ["c"]
    assert m.stages[0].name == "Świado\nmość" and m.personas[0].name == "Ana\nMaria"
    assert first.channel == second.channel
    assert m.channel(first.channel).name == "Chat\nwideo"
    assert first.sentiment is Sentiment.POSITIVE and second.sentiment is Sentiment.NEGATIVE


def test_empty_stage_and_persona_cells_take_the_name_above_as_merged_cells_saved_as_csv() -> None:
    """A sheet whose stage and persona cells are merged over their rows, saved as CSV, has the
    name in the first row of each merge only (QA s7 J2): the empty cells below take it, and
    the import says how many; an empty cell with nothing above it is still a problem."""
    from cjdesigner.interchange.csv_source import read_csv

    rows = [
        "Etap;Persona;Punkt styku",
        ";Anna;Nic nad nim",
        "Świadomość;Anna;Widzi reklamę",
        ";;Czyta opinie",
        "  ;Marek;Dzwoni",
        "Zakup;;Płaci kartą",
        ";;Odbiera paczkę",
    ]
    table = read_csv(("\r\n".join(rows) + "\r\n").encode())
    result = import_table(table)
    assert [str(p) for p in result.problems] == ["row 2, column A (Etap): the stage is empty"]
    kept = import_table(table, skip_bad_rows=True)
    assert kept.map is not None
    m = kept.map
    stage = {s.id: s.name for s in m.stages}
    persona = {p.id: p.name for p in m.personas}
    assert [(stage[t.stage_id], persona[t.persona_id], t.title) for t in m.touchpoints] == [
        ("Świadomość", "Anna", "Widzi reklamę"),
        ("Świadomość", "Anna", "Czyta opinie"),
        ("Świadomość", "Marek", "Dzwoni"),
        ("Zakup", "Marek", "Płaci kartą"),
        ("Zakup", "Marek", "Odbiera paczkę"),
    ]
    assert kept.warnings == [
        "3 empty cells of column A (Etap) took the name from the row above (merged cells saved "
        "as CSV are empty below their first row)",
        "3 empty cells of column B (Persona) took the name from the row above (merged cells "
        "saved as CSV are empty below their first row)",
    ]


def test_a_csv_that_lost_its_letters_when_saved_is_imported_with_a_warning() -> None:
    """Excel's "CSV" in a code page without ș/ț writes "?" for them (QA s7 J3): the import
    says so with the words, and headers with a "?" for a letter still name their columns."""
    from cjdesigner.interchange.csv_source import read_csv

    text = (
        "Etapă;Persona;Punct de contact;Emo?ie;Ac?iunea clientului\n"
        "Con?tientizare;Ioana Mure?an;Vede reclama?;1;Caută pe http://x.ro/a?id=1\n"
    )
    result = import_table(read_csv(text.encode("cp1250", errors="replace")))
    assert result.map is not None and result.problems == []
    assert result.warnings == [
        "letters seem to have been lost when this file was saved (“Emo?ie”, “Ac?iunea”, "
        "“Con?tientizare”): in Excel, save it as “CSV UTF-8” or as .xlsx and import it again"
    ]
    card = result.map.touchpoints[0]
    assert card.emotion == 1 and card.customer_action.startswith("Caută")
    assert import_table(read_csv(text.encode())).warnings == []  # UTF-8 loses no letter


@pytest.mark.parametrize(
    ("header", "column"),
    [
        ("Emocje (-2..+2)", Column.EMOTION),
        ("Problemy / bolączki", Column.PAIN_POINTS),
        ("Punkt styku (touchpoint)", Column.TITLE),
        ("Sentyment (+/0/-)", Column.SENTIMENT),
        ("KPI / mierniki", Column.KPIS),
        ("Etap ścieżki", Column.STAGE),
        ("Emo?ie", Column.EMOTION),
        ("Oportunită?i", Column.OPPORTUNITIES),
        ("Uwagi (wewnętrzne)", Column.DESCRIPTION),
        ("Komentarz (wewnętrzny)", None),
        ("???", None),
    ],
)
def test_workshop_headers_with_an_explanation_or_a_lost_letter(
    header: str, column: Column | None
) -> None:
    """Teams explain a header in brackets or after a slash (QA s7 J10): its own words name it."""
    assert column_for_header(header) is column


def test_the_words_a_workshop_writes_for_a_mood_and_for_no_score_yet() -> None:
    """ "Jak się czuje? — pozytywnie": the adverbs are sentiment words; "-", "—", "n/d" or "?"
    in the emotion column mean no score yet, as an empty cell does (QA s7 J16)."""
    rows = [
        ["Stage", "Touchpoint", "Sentiment", "Emotion"],
        ["Awareness", "Ad", "pozytywnie", "-"],
        ["Awareness", "Call", "negatywnie", "—"],
        ["Awareness", "Mail", "neutralnie", "n/d"],
        ["Awareness", "Shop", "", "?"],
    ]
    result = import_table(table(*rows))
    assert result.problems == [] and result.map is not None
    cards = result.map.touchpoints
    assert [t.sentiment for t in cards] == [
        Sentiment.POSITIVE,
        Sentiment.NEGATIVE,
        Sentiment.NEUTRAL,
        Sentiment.NEUTRAL,
    ]
    assert [t.emotion for t in cards] == [None, None, None, None]
    bad = import_table(table(rows[0], ["Awareness", "Ad", "", "wow"]))
    assert "(or leave the cell empty when there is no score)" in str(bad.problems[0])


def test_a_bank_branch_keeps_its_own_name_with_the_store_icon() -> None:
    """ "Oddział" is not "Sklep stacjonarny" (QA s7 J7): a word that says what kind of channel
    it is but names another place keeps its name, drawn with that kind's icon, and is listed
    among the channels the sheet brings; a shop is still the catalogue's store."""
    rows = [
        ["Etap", "Punkt styku", "Kanał"],
        ["Zakup", "Karta w placówce", "placówka"],
        ["Zakup", "Spotkanie w oddziale", "Oddział"],
        ["Zakup", "Druga wizyta", "oddział"],
        ["Zakup", "Zakupy", "sklep"],
    ]
    result = import_table(table(*rows))
    assert result.map is not None
    m = result.map
    channels = [m.channel(t.channel) for t in m.touchpoints]
    assert [(c.name, c.icon) for c in channels] == [
        ("placówka", "store"),
        ("Oddział", "store"),
        ("Oddział", "store"),
        ("Sklep stacjonarny", "store"),
    ]
    assert channels[0].id != "store" and channels[3].id == "store"
    assert result.new_channels == ["placówka", "Oddział"]


@pytest.mark.parametrize(
    "line", ["Czas obsługi: 2–3 dni", "Czas oczekiwania: 14 min (cel < 3 min)", "Wynik (cel: ok)"]
)
def test_a_kpi_line_with_figures_it_would_misread_is_a_problem(line: str) -> None:
    """ "2–3 dni" was read as 2 and the unit "–3 dni"; "(cel < 3 min)" made a KPI named the
    whole line (QA s7 J11): such lines are problems of their cell, as other unreadable ones."""
    result = import_table(table(["Stage", "Touchpoint", "KPIs"], ["Act", "Pay", line]))
    assert [str(p) for p in result.problems] == [
        f"row 2, column C (KPIs): cannot read the KPI “{line}”; write one per line as "
        "“NPS: 42 (target 50)”"
    ]
    fine = import_table(table(["Stage", "Touchpoint", "KPIs"], ["Act", "Pay", "Temp: -5 °C"]))
    assert fine.map is not None and fine.map.touchpoints[0].kpis[0].value == -5


def test_a_header_row_of_explained_headers_is_found_below_a_title() -> None:
    """The header row is the top row naming the most columns: by their own words, else (no
    row names two that way) by their words before a bracket or slash."""
    rows = [
        ["Mapa warsztatu — bank", "", ""],
        ["Etap ścieżki (faza)", "Punkt styku (touchpoint)", "Emocje (-2..+2)"],
        ["Zakup", "Płaci kartą", "1"],
    ]
    result = import_table(table(*rows))
    assert result.map is not None and result.problems == []
    card = result.map.touchpoints[0]
    assert (card.title, card.emotion) == ("Płaci kartą", 1)
