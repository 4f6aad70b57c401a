"""Spreadsheets in and out: a sheet of touchpoints (CSV or XLSX) to a map, and a map to a sheet.

``sheet_import.import_sheet(path)`` reads a sheet (``csv_source``, ``xlsx_source``), finds its
columns by their headers in English, Polish or Romanian (``vocabulary``) or a mapping file
(``mapping``), and builds a map on a template, listing every bad row with its row and column.
``sheet_export`` writes a map as CSV or XLSX that imports back to the same touchpoints. Plain
Python without Qt; it sits above templates and storage, beside analysis.
"""
