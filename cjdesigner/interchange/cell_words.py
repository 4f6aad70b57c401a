"""The value words of a sheet's rows, read column by column: each distinct cell text once.

A sheet repeats its sentiment words, emotions, yes/no marks, KPIs and evidence levels on every
row, so each column's distinct texts are read once (:func:`_read_column`) and every row takes
its value with one dictionary look-up driven from C. A text that cannot be read is a
:class:`.Refused` in that cache, and every row holding it gets its problem, with its row number
and column.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any, TypeVar

from cjdesigner.i18n import tr
from cjdesigner.interchange import cells, vocabulary
from cjdesigner.interchange.header import SheetColumns
from cjdesigner.interchange.mapping import ColumnMapping
from cjdesigner.interchange.problems import Problem, Refused
from cjdesigner.interchange.table import Body
from cjdesigner.interchange.vocabulary import Column, key
from cjdesigner.model import EMOTION_MAX, EMOTION_MIN, ICON_KEYS, Evidence, Sentiment

_T = TypeVar("_T")

KpiFields = list[dict[str, Any]]
"""A cell's KPIs as the plain fields of :class:`~cjdesigner.model.Kpi` (read only)."""


@dataclass
class RowWords:
    """Each row's values of the word columns (one item per row), and the rows' problems."""

    emotions: list[int | None]
    sentiments: list[Sentiment]
    evidences: list[Evidence | None]
    milestones: list[bool]
    journey_ends: list[bool]
    kpis: list[KpiFields]
    icons: list[str]
    pain_points: list[tuple[str, ...]]
    opportunities: list[tuple[str, ...]]
    problems: dict[int, list[Problem]] = field(default_factory=dict)
    """Row position in the body → its problems."""
    filled: dict[Column, int] = field(default_factory=dict)
    """Column → how many of its empty cells took the value above them (merged cells)."""
    distinct: dict[Column, list[Any]] = field(default_factory=dict)
    """Column → its distinct readings (each the one object every row holding its text
    shares; refused texts left out), for the lists and KPIs."""


class Readings(dict[str, Any]):
    """Each distinct text's reading, made by ``read`` when the text is first looked up: a
    column's values are one map of look-ups in C, no pass first to find its distinct texts
    (which took as long as the look-ups: ~0.1 ms a column of 5,000 rows). The readings are
    kept in order of first appearance."""

    __slots__ = ("read",)

    def __init__(self, read: Callable[[str], Any]) -> None:
        super().__init__()
        self.read = read

    def __missing__(self, text: str) -> Any:
        value = self[text] = self.read(text)
        return value


def _read_column(
    texts: Sequence[str],
    read: Callable[[str], _T],
    distinct: list[Any] | None = None,
    clean: Callable[[str], str] = str.strip,
) -> tuple[list[_T], bool]:
    """Every row's reading of ``texts`` (cells as the file has them: ``read`` is called once
    per distinct text, made ``clean``: stripped, CR LFs made \n), and whether any reading is
    :class:`.Refused`; the distinct readings not refused added to ``distinct``."""
    if not any(texts):  # an empty column (a sheet's yes/no and KPI columns often are)
        value = read("")
        refused = isinstance(value, Refused)
        if distinct is not None and not refused:
            distinct.append(value)
        return [value] * len(texts), refused
    found = Readings(lambda text: read(clean(text)))
    values = list(map(found.__getitem__, texts))
    refused = any(isinstance(value, Refused) for value in found.values())
    if distinct is not None:
        distinct += (value for value in found.values() if not isinstance(value, Refused))
    return values, refused


#: The columns whose distinct readings :class:`RowWords` keeps.
_DISTINCT = (Column.PAIN_POINTS, Column.OPPORTUNITIES, Column.KPIS)


def _list(text: str) -> tuple[str, ...]:
    return tuple(cells.parse_list(text)) if text else ()


_NO_SCORE = frozenset(map(key, ("-", "–", "—", "?", "n/d", "n/a", "b/d", "brak", "—?")))
"""What a team writes in the emotion column for "no score yet" (QA s7 J16): read as empty."""


class WordReader:
    """Reads the word columns of a sheet's body in the map's language (for its messages)."""

    def __init__(self, columns: SheetColumns, language: str, mapping: ColumnMapping) -> None:
        self.columns = columns
        self.language = language
        self.mapping = mapping

    def read(self, body: Body, numbers: Sequence[int]) -> RowWords:
        """The word columns of ``body`` (rows numbered ``numbers``) read, with their problems."""
        problems: dict[int, list[Problem]] = {}

        def refuse(column: Column, values: list[Any]) -> None:
            for position, value in enumerate(values):
                if isinstance(value, Refused):
                    problem = self.columns.problem(numbers[position], column, value.message)
                    problems.setdefault(position, []).append(problem)

        def empty(column: Column, message: str, texts: Sequence[str]) -> None:
            """A problem for each row whose cell is empty or spaces only."""
            if all(texts) and not any(map(str.isspace, texts)):
                return
            for position, text in enumerate(texts):
                if not text or text.isspace():
                    problem = self.columns.problem(numbers[position], column, message)
                    problems.setdefault(position, []).append(problem)

        empty(Column.TITLE, tr("the touchpoint has no title"), body[Column.TITLE])
        # The stage and persona names as the file has them (cleaned once per distinct name).
        # An empty one takes the name above it: merged cells saved as CSV are empty below
        # their first row; only one with no name above it is a problem.
        filled: dict[Column, int] = {}
        named = [(Column.STAGE, tr("the stage is empty"))]
        if Column.PERSONA in self.columns.index:
            named.append((Column.PERSONA, tr("the persona is empty")))
        for column, message in named:
            texts = body.raw(column)
            if all(texts) and not any(map(str.isspace, texts)):
                continue
            filled[column] = body.fill_down(column)
            empty(column, message, body.raw(column))
        readings: dict[Column, list[Any]] = {}
        distinct: dict[Column, list[Any]] = {c: [] for c in _DISTINCT}
        for column, read in (
            (Column.EMOTION, self._emotion),
            (Column.SENTIMENT, self._sentiment),
            (Column.EVIDENCE, self._evidence),
            (Column.MILESTONE, self._bool),
            (Column.JOURNEY_END, self._bool),
            (Column.KPIS, self._kpis),
            (Column.CHANNEL_ICON, self._icon),
        ):
            values, refused = _read_column(body.raw(column), read, distinct.get(column), body.clean)
            if refused:
                refuse(column, values)
            readings[column] = values
        emotions: list[Any] = readings[Column.EMOTION]
        sentiments: list[Any] = readings[Column.SENTIMENT]
        if None in sentiments:  # an empty sentiment cell follows the row's emotion
            sentiments = [
                s if s is not None else _sentiment_of(e)
                for s, e in zip(sentiments, emotions, strict=True)
            ]
        pain_points = _read_column(
            body.raw(Column.PAIN_POINTS), _list, distinct[Column.PAIN_POINTS], body.clean
        )[0]
        opportunities = _read_column(
            body.raw(Column.OPPORTUNITIES), _list, distinct[Column.OPPORTUNITIES], body.clean
        )[0]
        return RowWords(
            emotions=emotions,
            sentiments=sentiments,
            evidences=readings[Column.EVIDENCE],
            milestones=readings[Column.MILESTONE],
            journey_ends=readings[Column.JOURNEY_END],
            kpis=readings[Column.KPIS],
            icons=readings[Column.CHANNEL_ICON],
            pain_points=pain_points,
            opportunities=opportunities,
            problems=problems,
            distinct=distinct,
            filled={column: count for column, count in filled.items() if count},
        )

    def _emotion(self, text: str) -> int | Refused | None:
        if not text or key(text) in _NO_SCORE:
            return None  # no score yet: the card is placed by its sentiment
        value = cells.parse_number(text)
        if value is None:
            message = tr(
                "“{text}” is not a number; emotion is a whole number from −2 to +2 (or leave "
                "the cell empty when there is no score)"
            )
        elif not EMOTION_MIN <= value <= EMOTION_MAX:
            message = tr("emotion {text} is outside −2…+2 (a whole number from −2 to +2)")
        elif not value.is_integer():
            message = tr("emotion {text} is not a whole number (−2, −1, 0, +1 or +2)")
        else:
            return int(value)
        return Refused(message.format(text=text))

    def _sentiment(self, text: str) -> Sentiment | Refused | None:
        """The sentiment a word means; None for an empty cell (the row's emotion decides)."""
        if not text:
            return None
        found = self.mapping.sentiments.get(key(text)) or vocabulary.sentiment_for(text)
        if found is None:
            return Refused(
                tr("unknown sentiment “{text}”; use {words}").format(
                    text=text, words=vocabulary.sentiment_words(self.language)
                )
            )
        return found

    def _evidence(self, text: str) -> Evidence | Refused | None:
        if not text:
            return None  # not stated yet, as a new card on the canvas
        found = vocabulary.evidence_for(text)
        if found is None:
            names = vocabulary.EVIDENCE_NAMES.get(self.language, vocabulary.EVIDENCE_NAMES["en"])
            return Refused(
                tr("unknown evidence level “{text}”; use {words}").format(
                    text=text, words=", ".join(names.values())
                )
            )
        return found

    def _icon(self, text: str) -> str | Refused:
        """The icon key a cell names (for a channel the sheet brings); "" for an empty cell."""
        if not text:
            return ""
        found = vocabulary.icon_for(text)
        if found is None:
            return Refused(
                tr("unknown channel icon “{text}”; use one of: {icons}").format(
                    text=text, icons=", ".join(ICON_KEYS)
                )
            )
        return found

    def _bool(self, text: str) -> bool | Refused:
        if not text:
            return False
        found = vocabulary.bool_for(text)
        if found is None:
            yes = vocabulary.YES_NO.get(self.language, vocabulary.YES_NO["en"])[0]
            return Refused(
                tr("“{text}” is not yes or no; write {yes}, or leave the cell empty").format(
                    text=text, yes=yes
                )
            )
        return found

    def _kpis(self, text: str) -> KpiFields | Refused:
        if not text:
            return []
        fields = cells.parse_kpi_fields(text)
        if isinstance(fields, str):
            return Refused(
                tr(
                    "cannot read the KPI “{line}”; write one per line as “NPS: 42 (target 50)”"
                ).format(line=fields)
            )
        return fields


def _sentiment_of(emotion: int | Refused | None) -> Sentiment:
    """The sentiment of a row whose sentiment cell is empty: the sign of its emotion."""
    if not isinstance(emotion, int) or emotion == 0:
        return Sentiment.NEUTRAL
    return Sentiment.POSITIVE if emotion > 0 else Sentiment.NEGATIVE
