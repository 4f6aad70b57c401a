"""A mapping file: which sheet column holds which field, and what a team's own words mean.

For sheets whose headers no vocabulary could guess ("Co się dzieje", "Kolumna 3")::

    {
      "columns": {"title": "Co się dzieje", "stage": "B", "sentiment": "Nastrój"},
      "values": {
        "sentiment": {"super": "positive", "słabo": "negative"},
        "channel": {"WWW": "website", "Infolinia 24h": "phone"}
      }
    }

A column is named by its header (case, diacritics and spacing ignored) or by its letter. Fields
not named are still recognised by their header.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from cjdesigner.i18n import ntr, tr
from cjdesigner.interchange.table import SheetError
from cjdesigner.interchange.vocabulary import Column, key, sentiment_for
from cjdesigner.model import Sentiment

MAX_MAPPING_BYTES = 1024 * 1024


@dataclass
class ColumnMapping:
    """What a mapping file says: field → header or letter; the team's words → values."""

    columns: dict[Column, str] = field(default_factory=dict)
    sentiments: dict[str, Sentiment] = field(default_factory=dict)
    channels: dict[str, str] = field(default_factory=dict)


def load_mapping(path: Path) -> ColumnMapping:
    """Read and check a mapping file; any mistake is a :class:`SheetError` that names it."""
    try:
        data = path.read_bytes()
    except OSError as err:
        raise SheetError(
            tr("the mapping file “{path}” cannot be read ({reason})").format(
                path=path, reason=err.strerror or err
            )
        ) from None
    if len(data) > MAX_MAPPING_BYTES:
        raise SheetError(tr("the mapping file “{path}” is too big").format(path=path))
    try:
        raw = json.loads(data.decode("utf-8-sig"))
    except (UnicodeDecodeError, json.JSONDecodeError) as err:
        raise SheetError(
            tr("the mapping file “{path}” is not valid JSON ({reason})").format(
                path=path, reason=err
            )
        ) from None
    return parse_mapping(raw, str(path))


def parse_mapping(raw: Any, name: str = "mapping") -> ColumnMapping:
    """A :class:`ColumnMapping` from decoded JSON (see the module's example)."""
    fields = ", ".join(c.value for c in Column)

    def bad(message: str) -> SheetError:
        return SheetError(
            tr("the mapping file “{name}”: {message}").format(name=name, message=message)
        )

    if not isinstance(raw, dict):
        raise bad(tr("it must be a JSON object with “columns” (and “values”)"))
    unknown_keys = set(raw) - {"columns", "values"}
    if unknown_keys:
        raise bad(
            ntr("%n unknown key(s): {keys}; use “columns” and “values”", len(unknown_keys)).format(
                keys=", ".join(sorted(unknown_keys))
            )
        )
    mapping = ColumnMapping()
    columns = raw.get("columns", {})
    if not isinstance(columns, dict):
        raise bad(tr("“columns” must be an object of field: header"))
    for field_name, header in columns.items():
        try:
            column = Column(field_name)
        except ValueError:
            raise bad(
                tr("unknown field “{field}”; the fields are: {fields}").format(
                    field=field_name, fields=fields
                )
            ) from None
        if not isinstance(header, str) or not header.strip():
            raise bad(
                tr("the column of “{field}” must be a header or a letter").format(field=field_name)
            )
        mapping.columns[column] = header
    values = raw.get("values", {})
    if not isinstance(values, dict) or set(values) - {"sentiment", "channel"}:
        raise bad(tr("“values” may only hold “sentiment” and “channel” word lists"))
    for word, meaning in _word_list(values.get("sentiment", {}), "sentiment", bad).items():
        sentiment = sentiment_for(meaning)
        if sentiment is None:
            raise bad(
                tr(
                    "“{word}” is mapped to “{meaning}”, which is not positive, neutral or negative"
                ).format(word=word, meaning=meaning)
            )
        mapping.sentiments[key(word)] = sentiment
    for word, channel in _word_list(values.get("channel", {}), "channel", bad).items():
        mapping.channels[key(word)] = channel
    return mapping


def _word_list(value: Any, kind: str, bad: Any) -> dict[str, str]:
    if not isinstance(value, dict) or not all(
        isinstance(k, str) and isinstance(v, str) for k, v in value.items()
    ):
        raise bad(tr("“values.{kind}” must be an object of word: meaning").format(kind=kind))
    return value
