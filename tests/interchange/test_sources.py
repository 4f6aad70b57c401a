"""Reading sheets as Excel, LibreOffice and Google Sheets save them: encodings, separators, XLSX."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cjdesigner.interchange.csv_source import decode, read_csv, sniff_separator
from cjdesigner.interchange.sheet_import import read_table
from cjdesigner.interchange.table import SheetError, Table

SAVERS = [
    "excel-cp1250",
    "excel-utf8-bom",
    "excel-sep-line",
    "excel-unicode-text",
    "google-sheets",
    "libreoffice",
]


@pytest.mark.parametrize("saver", SAVERS)
def test_every_saver_reads_to_the_same_rows(saver: str, saved_sheet: Callable[[str], Path]) -> None:
    table = read_table(saved_sheet(saver))
    assert [row.number for row in table.rows] == [1, 2, 3, 4, 5]
    header = table.rows[0].cells
    assert header[:4] == ["Etap", "Persona", "Punkt styku", "Kanał"]
    first = table.rows[1].cells
    assert first[2] == "Reklama na Instagramie"
    # the quoted field with a new line and a separator inside stays one cell
    assert first[6] == "Widzi reklamę;\nzapisuje post"
    assert first[7] == "CTR: 1,8 % (cel 2,5)"
    assert table.rows[3].cells[1] == "Łucja Żmuda"


def test_encodings_are_found_in_order() -> None:
    text = "Etap;Opis\nŚwiadomość;Zażółć gęślą jaźń\n"
    assert decode(b"\xef\xbb\xbf" + text.encode()) == (text, "utf-8-sig")
    assert decode(text.encode("utf-8")) == (text, "utf-8")
    assert decode(text.encode("cp1250")) == (text, "cp1250")
    # ą ś ź are different bytes in ISO-8859-2: the reading with Polish letters wins
    assert decode(text.encode("iso-8859-2")) == (text, "iso-8859-2")
    assert decode("Etap\tOpis\n".encode("utf-16")) == ("Etap\tOpis\n", "utf-16")


def test_windows_1250_or_iso_8859_2_is_the_reading_with_more_polish_and_romanian_letters() -> None:
    """The choice counts only the bytes the two encodings read differently; it is the one a
    count of every letter of both readings makes, on texts of any mix of letters."""
    import random

    letters = set("ąćęłńóśźżĄĆĘŁŃÓŚŹŻăâîşţĂÂÎŞŢ")

    def by_counting(data: bytes) -> str:
        windows, latin2 = data.decode("cp1250"), data.decode("iso-8859-2")
        count = lambda text: sum(1 for c in text if c in letters)  # noqa: E731
        return "iso-8859-2" if count(latin2) > count(windows) else "cp1250"

    shuffle = random.Random(1250)
    alphabet = [bytes([b]) for b in range(0x20, 0x100) if b not in (0x81, 0x83, 0x88, 0x90, 0x98)]
    for _ in range(300):
        data = b"\xb9\xa5" + b"".join(shuffle.choices(alphabet, k=shuffle.randint(1, 60)))
        assert decode(data)[1] == by_counting(data), data
    assert decode("Zażółć".encode("cp1250") + b"\x81")[1] == "iso-8859-2"  # no such byte in 1250


def test_separator_is_sniffed_and_decimal_commas_do_not_fool_it() -> None:
    assert sniff_separator("a;b;c\n1,5;2,5;3\n") == ";"
    assert sniff_separator("a,b,c\n1.5,2.5,3\n") == ","
    assert sniff_separator("a\tb\n1,5\t2\n") == "\t"
    assert sniff_separator('a,b\n"x;y",z\n') == ","


def test_sep_line_is_obeyed_and_not_counted_as_a_row() -> None:
    table = read_csv(b"sep=,\r\nEtap,Opis\r\nA;B,C\r\n")
    assert [r.number for r in table.rows] == [1, 2]
    assert table.rows[1].cells == ["A;B", "C"]


def test_blank_rows_keep_the_numbers_a_spreadsheet_shows() -> None:
    table = read_csv(b"Etap,Opis\r\n,\r\n\r\nA,B\r\n")
    assert [(r.number, r.cells) for r in table.rows] == [(1, ["Etap", "Opis"]), (4, ["A", "B"])]


def test_binary_file_named_csv_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "photo.csv"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    with pytest.raises(SheetError, match="not a text"):
        read_table(path)


@pytest.mark.parametrize(
    ("name", "data", "message"),
    [
        ("old.xls", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 100, r"\.xls files cannot"),
        ("sheet.ods", b"PK\x03\x04", r"\.ods files cannot"),
        ("sheet.docx", b"PK\x03\x04", "only .csv and .xlsx"),
        ("empty.csv", b"", "is empty"),
        ("broken.xlsx", b"PK\x03\x04 not really", "not a readable XLSX"),
        ("renamed-xls.xlsx", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 100, r"\.xls"),
    ],
)
def test_files_that_are_not_sheets_are_refused_clearly(
    tmp_path: Path, name: str, data: bytes, message: str
) -> None:
    path = tmp_path / name
    path.write_bytes(data)
    with pytest.raises(SheetError, match=message):
        read_table(path)


def test_xlsx_merged_cells_are_filled_and_formulas_read_from_cached_values(
    workshop_xlsx: Callable[..., Path],
) -> None:
    table = read_table(workshop_xlsx(cached=True))
    stages = [row.cells[0] for row in table.rows[1:]]
    assert stages == ["Świadomość", "Świadomość", "Zakup", "Zakup"]
    emotions = [row.cells[5] for row in table.rows[1:]]
    assert emotions == ["1", "0", "-2", ""]
    assert table.rows[1].cells[6] == "Nie widzi ceny\nLink prowadzi na stronę główną"
    assert any("first was read" in note for note in table.notes)


def test_xlsx_formula_without_cached_value_is_refused_naming_the_cells(
    workshop_xlsx: Callable[..., Path],
) -> None:
    with pytest.raises(SheetError, match=r"2 formula cells without a saved value \(F2, F4\)"):
        read_table(workshop_xlsx(cached=False))


def test_xlsx_sheet_by_name(workshop_xlsx: Callable[..., Path]) -> None:
    path = workshop_xlsx()
    assert read_table(path, sheet="notatki").rows[0].cells[0] == "notatki"
    with pytest.raises(SheetError, match="no sheet “Plan”; its sheets are: “Warsztat”, “Notatki”"):
        read_table(path, sheet="Plan")


def test_sheet_option_on_a_csv_is_refused(saved_sheet: Callable[[str], Path]) -> None:
    with pytest.raises(SheetError, match=r"--sheet applies to \.xlsx"):
        read_table(saved_sheet("google-sheets"), sheet="Arkusz1")


def test_line_breaks_of_every_kind_inside_and_between_cells_become_one_newline() -> None:
    # CRLF rows, a quoted cell with CRLF and one with a lone CR (old Mac), a lone-CR row end
    table = read_csv(b'Etap;Opis\r\nA;"one\r\ntwo"\r\nB;"three\rfour"\rC;five\r\n')
    assert [(r.number, r.cells) for r in table.rows] == [
        (1, ["Etap", "Opis"]),
        (2, ["A", "one\ntwo"]),
        (3, ["B", "three\nfour"]),
        (4, ["C", "five"]),
    ]


def test_sep_line_in_a_windows_1250_file_with_crlf() -> None:
    data = "sep=;\r\nEtap;Opis\r\nŚwiadomość;„Zażółć”\r\n".encode("cp1250")
    table = read_csv(data)
    assert [(r.number, r.cells) for r in table.rows] == [
        (1, ["Etap", "Opis"]),
        (2, ["Świadomość", "„Zażółć”"]),
    ]


def test_separator_is_sniffed_from_the_first_lines_of_a_long_file() -> None:
    text = "a;b;c\r\n" + "1,5;2,5;3\r\n" * 40_000  # longer than the sniffed head
    assert sniff_separator(text) == ";"


def _as_a_file_reads_it(data: bytes) -> list[tuple[int, list[str]]] | str:
    """The rows the csv module reads from the file opened with universal newlines (the
    reading the import's faster split of the decoded text must give), or the error."""
    import csv
    import io

    text, encoding = decode(data)
    stream = io.TextIOWrapper(io.BytesIO(data), encoding=encoding, newline=None)
    end = text.find("\n")
    first = (text[:end] if end >= 0 else text).replace("\r", "\n").split("\n")[0].strip()
    if first.lower().startswith("sep=") and len(first) == 5:
        separator = first[4]
        stream.readline()
    else:
        separator = sniff_separator(text)
    try:
        records = list(csv.reader(stream, delimiter=separator, strict=False))
    except csv.Error as err:
        return str(err)
    rows = [(n, [c.strip() for c in r]) for n, r in enumerate(records, start=1)]
    return [(n, cells) for n, cells in rows if any(cells)]


def _read_as_a_file_reads_it(data: bytes) -> Table | None:
    """``read_csv`` of ``data``, checked against the file opened with universal newlines: the
    same rows, or a refusal naming the csv module's reason (then None)."""
    expected = _as_a_file_reads_it(data)
    try:
        table = read_csv(data)
    except SheetError as err:
        assert isinstance(expected, str) and expected in str(err)
        return None
    assert [(r.number, r.cells) for r in table.rows] == expected
    return table


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                *("a", "ż", ";", '"', "\r\n", "\n", "\r", " ", "sep=;", "'", "b;c"),
                # line ends only str.splitlines knows, whitespace a cell is stripped of
                *("\x0b", "\x1c", "\x85", "\u2028", "\t", "\u00a0", ";;"),
            ]
        ),
        max_size=30,
    ).map("".join)
)
def test_rows_are_those_a_file_opened_with_universal_newlines_gives(text: str) -> None:
    data = text.encode("utf-8")
    if text.strip():
        _read_as_a_file_reads_it(data)


@settings(max_examples=400, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                *("a", "ż", "ţ", "Ş", "ą", ";", '"', "\r\n", "\n", "\r", " ", "sep=;"),
                *("\x85", "\x81", '"a\r\nb"'),
            ]
        ),
        max_size=40,
    ).map("".join),
    st.sampled_from(["utf-8", "utf-8-sig", "cp1250", "iso-8859-2"]),
    st.integers(min_value=0, max_value=6),
    st.integers(min_value=0, max_value=12),
    st.integers(min_value=1, max_value=4),
    st.integers(min_value=1, max_value=3),
)
def test_rows_read_a_piece_at_a_time_are_those_of_the_whole_text(
    text: str, encoding: str, piece: int, head: int, sniffed: int, chunk: int
) -> None:
    """The csv module reads the text's lines a piece at a time (``csv_pieces``; a UTF-8
    file decoded a piece at a time, its separator sniffed from its head) and its records are
    gathered into columns a chunk at a time: whatever the pieces', the head's, the sniffed
    lines' and the chunks' sizes, the rows (and the cells' CR LFs made \n) are those the
    whole file gives, and the cedilla marks found those of its text."""
    from unittest import mock

    from cjdesigner.interchange import csv_pieces, csv_source
    from cjdesigner.interchange.cedillas import cedilla_marks

    data = text.encode(encoding, errors="replace")
    if not data.strip():
        return
    with (
        mock.patch.object(csv_pieces, "PIECE", piece),
        mock.patch.object(csv_source, "_HEAD", head),
        mock.patch.object(csv_source, "_SNIFF_LINES", sniffed),
        mock.patch.object(csv_source, "_CHUNK", chunk),
    ):
        table = _read_as_a_file_reads_it(data)
    if table is None:
        return
    text, found = decode(data)
    assert table.marks == cedilla_marks(text)
    assert csv_source._ENCODING_NAMES[found] in table.notes[0]  # read in the same encoding


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "cp1250", "iso-8859-2"])
def test_a_file_called_plain_holds_no_control_character(encoding: str) -> None:
    """``Table.plain`` spares the import the control-character search of every cell: it must
    never be True for a file holding one (False for a file without is only slower)."""
    from cjdesigner.interchange.csv_source import _plain
    from cjdesigner.model.text import _CONTROLS

    limit = 0x800 if encoding.startswith("utf-8") else 0x100
    for code in range(limit):
        if encoding.startswith("utf-8"):
            data = chr(code).encode("utf-8") if not 0xD800 <= code < 0xE000 else b""
        else:
            data = bytes([code])
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        if _plain(b"a;b\n" + data, encoding):
            assert _CONTROLS.search(text) is None, hex(code)
        # a one-byte file is called plain by the pass that chooses its encoding
        sheet = "Etap;Opis\nŚwiadomość;Zażółć\n".encode(encoding, "replace") + data + b"\n"
        if encoding in ("cp1250", "iso-8859-2") and code not in (0x00, 0x0A, 0x0D, 0x22, 0x3B):
            assert read_csv(sheet).plain == _plain(sheet, decode(sheet)[1]), hex(code)
    assert _plain("Zażółć; gęślą „jaźń” — ș ț\r\n".encode(encoding, "replace"), encoding)


def test_control_characters_in_a_csv_are_dropped_from_the_cards() -> None:
    from cjdesigner.interchange.sheet_import import import_table

    data = "Etap;Punkt styku;Opis\nA;Zwrot\x07 towaru;Opis\u0085 x\n".encode()
    table = read_csv(data, "x.csv")
    assert not table.plain
    result = import_table(table)
    assert result.map is not None
    card = result.map.touchpoints[0]
    assert (card.title, card.description) == ("Zwrot towaru", "Opis x")
    assert read_csv(b"Etap;Punkt styku\nA;Zwrot towaru\n", "x.csv").plain


def test_an_lf_ended_sep_line_before_crlf_rows_is_not_a_row() -> None:
    """Found by the property above: the fast CRLF split kept "sep=;" and the first row as one
    line, so the sep line was read as a row."""
    table = read_csv(b"sep=;\nStage;Touchpoint\r\nAwareness;Ad\r\n")
    assert [(r.number, r.cells) for r in table.rows] == [
        (1, ["Stage", "Touchpoint"]),
        (2, ["Awareness", "Ad"]),
    ]


def test_a_crlf_file_s_cells_over_several_lines_short_rows_and_blank_rows() -> None:
    """The lines split with their ends (a quoted cell's CR LF made \n after the csv module),
    rows shorter or longer than the header, and rows of spaces only left out."""
    data = (
        b'Etap;Opis;Kana\xc5\x82\r\nA;"one\r\ntwo\r\n three ";x\r\n   ;  ; \r\n\r\n'
        b'B\r\nC;" \r\n";y;z\r\n'
    )
    table = read_csv(data)
    assert [(r.number, r.cells) for r in table.rows] == [
        (1, ["Etap", "Opis", "Kanał"]),
        (2, ["A", "one\ntwo\n three", "x"]),
        (5, ["B"]),
        (6, ["C", "", "y", "z"]),
    ]
    assert read_csv(data).rows == table.rows


def test_a_workbook_whose_first_sheet_is_not_the_touchpoints_names_the_others(
    tmp_path: Path,
) -> None:
    """Instructions first, the touchpoints on another sheet: the refusal names the other
    sheets and --sheet (QA s4 F22); choosing the sheet imports it."""
    import openpyxl

    from cjdesigner.interchange.sheet_import import import_sheet

    workbook = openpyxl.Workbook()
    first = workbook.active
    first.title = "Instrukcja"
    first.append(["Jak wypełnić arkusz"])
    first.append(["Jeden wiersz na punkt styku."])
    cards = workbook.create_sheet("Warsztat")
    cards.append(["Etap", "Punkt styku"])
    cards.append(["Zakup", "Płaci kartą"])
    path = tmp_path / "warsztat.xlsx"
    workbook.save(path)
    with pytest.raises(SheetError) as caught:
        import_sheet(path)
    message = str(caught.value)
    assert "no columns for the touchpoint title" in message
    assert message.endswith("the workbook has other sheets: “Warsztat”; choose one with --sheet")
    result = import_sheet(path, sheet="Warsztat")
    assert result.map is not None and result.map.touchpoints[0].title == "Płaci kartą"
    with pytest.raises(SheetError) as named:  # the sheet asked for: no hint about others
        import_sheet(path, sheet="Instrukcja")
    assert "other sheets" not in str(named.value)


def test_the_first_row_kept_apart_reads_as_every_other_row() -> None:
    """The grid keeps its first row apart from the columns below it: a formula guard, a CR LF
    inside a cell and spaces there are read as in any other row, and blank rows are left out
    before the first row is chosen."""
    table = read_csv(b"'=Tytu\xc5\x82 ;\r\nEtap;Punkt styku\r\nA; '=SUMA(1) \r\n'-B;\"x\r\ny\"\r\n")
    assert [(r.number, r.cells) for r in table.rows] == [
        (1, ["=Tytuł", ""]),
        (2, ["Etap", "Punkt styku"]),
        (3, ["A", "=SUMA(1)"]),
        (4, ["-B", "x\ny"]),
    ]
    table = read_csv(b"\n  ;  \n '@x;'+y\nEtap;Punkt styku\n\nA;'-1\n")
    assert [(r.number, r.cells) for r in table.rows] == [
        (3, ["@x", "+y"]),
        (4, ["Etap", "Punkt styku"]),
        (6, ["A", "-1"]),
    ]
    table = read_csv(b'Etap;Punkt styku;"Opis\r\nkarty"\r\nA\r\n')
    assert [(r.number, r.cells) for r in table.rows] == [
        (1, ["Etap", "Punkt styku", "Opis\nkarty"]),
        (2, ["A"]),
    ]


def test_a_one_byte_file_read_a_piece_at_a_time_is_read_in_the_encoding_of_the_whole() -> None:
    """Windows-1250 and ISO-8859-2 files are decoded a piece at a time; the encoding is still
    chosen from the whole file's bytes (a byte Windows-1250 lacks, far past the head)."""
    rows = "Etap;Opis\r\n" + "Świadomość;Zażółć gęślą jaźń\r\n" * 6_000
    windows = rows.encode("cp1250")
    table = read_csv(windows)
    assert "Windows-1250" in table.notes[0]
    assert table.row_count() == 6_001 and table.row(6_000).cells == [
        "Świadomość",
        "Zażółć gęślą jaźń",
    ]
    late = windows + "Zakup;Płaci\r\n".encode("cp1250") + b"Koniec;\x81\r\n"
    table = read_csv(late)
    text, encoding = decode(late)
    assert encoding == "iso-8859-2" and "ISO-8859-2" in table.notes[0]
    assert table.row(6_002).cells == ["Koniec", text[-3:-2]]


def test_excel_s_escapes_in_a_workbook_s_texts_are_read_as_the_characters(tmp_path: Path) -> None:
    """Excel saves a CR in a cell's text (pasted from Outlook or Word) as ``_x000D_``, and a
    text holding ``_x…_`` with its underscore escaped (QA s7 J1): the import reads the
    characters, so multi-line cells are the CSV's lines and a KPI line is a KPI again."""
    import openpyxl

    from cjdesigner.interchange.sheet_import import import_sheet

    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.append(["Etap", "Punkt styku", "Problemy", "KPI", "Opis"])
    sheet.append(
        [
            "Zakup",
            "Spot 15 s —_x000D_\nzapamiętany slogan",
            "Za dużo pól_x000D_\nDługie czekanie",
            "NPS: 42 (cel 50)_x000D_\nCSAT: 4,5",
            "kod _x005F_x000D_ w tekście",
        ]
    )
    path = tmp_path / "excel.xlsx"
    workbook.save(path)
    result = import_sheet(path)
    assert result.problems == [] and result.map is not None
    card = result.map.touchpoints[0]
    assert card.title == "Spot 15 s —\nzapamiętany slogan"
    assert card.pain_points == ["Za dużo pól", "Długie czekanie"]
    assert [(k.name, k.value, k.target) for k in card.kpis] == [
        ("NPS", 42.0, 50.0),
        ("CSAT", 4.5, None),
    ]
    assert card.description == "kod _x000D_ w tekście"


def test_a_formula_error_in_any_imported_column_is_a_problem_of_its_cell(tmp_path: Path) -> None:
    """#N/A from a lookup that found nothing is not a title (QA s7 J6): every imported
    column's error cell is a problem naming its row and column, once (the emotion column's
    "not a number" is not added to it); other rows import with --skip-bad-rows."""
    import openpyxl

    from cjdesigner.interchange.sheet_import import import_sheet

    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.append(["Etap", "Punkt styku", "Emocje", "Notatki"])
    sheet.append(["Zakup", "#N/A", 1, "ok"])
    sheet.append(["Zakup", "Płaci kartą", "#DIV/0!", "ok"])
    sheet.append(["Zakup", "Odbiera paczkę", 2, "#REF!"])  # a column not imported
    assert sheet["B2"].data_type == "e"
    path = tmp_path / "errors.xlsx"
    workbook.save(path)
    result = import_sheet(path)
    assert result.map is None
    assert [str(p) for p in result.problems] == [
        "row 2, column B (Punkt styku): the cell holds the spreadsheet error #N/A (a formula "
        "that failed)",
        "row 3, column C (Emocje): the cell holds the spreadsheet error #DIV/0! (a formula "
        "that failed)",
    ]
    kept = import_sheet(path, skip_bad_rows=True)
    assert kept.map is not None and [t.title for t in kept.map.touchpoints] == ["Odbiera paczkę"]
    assert kept.skipped_rows == [2, 3]
