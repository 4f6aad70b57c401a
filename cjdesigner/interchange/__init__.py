"""Spreadsheets in and out: a sheet of touchpoints (CSV or XLSX) to a map, and a map to a sheet.

``sheet_import.import_sheet(path)`` reads a sheet (``sheet_file`` picks ``csv_source`` or
``xlsx_source``; both give a ``table.Table``, the CSV reader's a ``Grid`` of columns made in C,
its text decoded and split into lines a piece at a time by ``csv_pieces``, the workbook's a list
of rows), finds its columns by their headers in English, Polish or Romanian
(``header``, ``vocabulary``) or a mapping file (``mapping``), reads each column's value words
once per distinct cell (``cell_words``), makes the stages, personas and channels the rows name
(``sheet_parts``) and the cards, checked against the model's caps column by column
(``card_build``), and lists every bad row with its row and column (``problems``); ``cedillas``
counts Romanian ş/ţ with a cedilla. ``sheet_export`` writes a map as CSV or XLSX that imports
back to the same touchpoints. Plain Python without Qt; it sits above templates and storage,
beside analysis.
"""
