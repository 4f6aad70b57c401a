"""A problem of one cell of a sheet, named by the row and column the spreadsheet shows."""

from __future__ import annotations

from dataclasses import dataclass

from cjdesigner.i18n import tr


@dataclass(frozen=True, slots=True)
class Problem:
    """One thing wrong in one cell: the row and column as the spreadsheet shows them."""

    row: int
    column: str
    header: str
    message: str

    def __str__(self) -> str:
        where = tr("row {row}, column {column} ({header})").format(
            row=self.row, column=self.column, header=self.header
        )
        return f"{where}: {self.message}"


def quoted(text: str) -> str:
    """``text`` in the quotation marks of the interface's language („…” in Polish and Romanian)."""
    return tr("“{text}”").format(text=text)


class Refused:
    """What a cell's text reads as when it cannot be used: the message of its problem.

    A cell's reading is cached per distinct text; this stands in the cache for a bad text, so
    every row holding it gets the same problem.
    """

    __slots__ = ("message",)

    def __init__(self, message: str) -> None:
        self.message = message


def validation_text(error: object) -> str:
    """A pydantic error of one field in the words a problem of a sheet uses."""
    details = dict(error) if isinstance(error, dict) else {}
    ctx = details.get("ctx") or {}
    if details.get("type") == "string_too_long":
        return tr("longer than {n} characters").format(n=ctx.get("max_length"))
    if details.get("type") == "too_long":
        return tr("more than {n} items").format(n=ctx.get("max_length"))
    return str(details.get("msg", error))
