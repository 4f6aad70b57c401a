"""The touchpoints of a sheet's good rows made into the map, checked as ``load_map`` checks one.

A sheet's cards come from text the import has read itself, so most of what the model checks
per field is known for a whole column at once: the caps on texts, lists and KPI figures are
the longest cell against the cap, and the NFC form (without control characters) of a column
is one test of all its texts (:func:`~cjdesigner.model.text.all_nfc`); a column that needs it
is normalised by the model's own :func:`~cjdesigner.model.text.nfc`. When every cap holds, the
cards are made directly as the model's objects (:func:`_made`): what pydantic-core would make
of the same fields (the cards of one import sharing one set of given fields), for less than
half of what validating them field by field costs (5,000 cards: ~7 ms against ~18 ms). The
map around them is validated by the model without its cards, and the cards' share of its
integrity (ids, references) checked column by column (:func:`_assembled`). When any cap does
not hold, the cards go through the model's own validation, one pass for all of them, and each
field it refuses becomes a problem of its row and column (:func:`_refused`). Every other way
into the model (``load_map``, the clipboard, the editor) validates field by field as before.
"""

from __future__ import annotations

import secrets
from collections import defaultdict, deque
from collections.abc import Callable, Iterable, Sequence, Sized
from dataclasses import dataclass, fields
from functools import cached_property
from itertools import accumulate, chain, count, repeat
from operator import itemgetter, setitem
from typing import Any, TypeVar

from pydantic import BaseModel, ValidationError

from cjdesigner.i18n import tr
from cjdesigner.interchange.cell_words import KpiFields
from cjdesigner.interchange.header import SheetColumns
from cjdesigner.interchange.problems import Problem, validation_text
from cjdesigner.interchange.sheet_parts import MapParts
from cjdesigner.interchange.table import SheetError
from cjdesigner.interchange.vocabulary import Column
from cjdesigner.model import (
    Evidence,
    IntegrityError,
    JourneyMap,
    Kpi,
    MapInfo,
    Sentiment,
    Touchpoint,
)
from cjdesigner.model.journey_map import MAX_TOUCHPOINTS
from cjdesigner.model.text import (
    LIST_MAX,
    LONG_TEXT_MAX,
    NAME_MAX,
    SHORT_TEXT_MAX,
    all_nfc,
    joined_nfc,
    nfc,
)
from cjdesigner.model.touchpoint import KPI_MAX

_V = TypeVar("_V")


@dataclass
class Cards:
    """The card fields of a sheet's good rows: a sequence per field, one item per card."""

    numbers: Sequence[int]
    """The row number of each card, as the spreadsheet shows it."""
    stage_ids: Sequence[str]
    persona_ids: Sequence[str]
    titles: Sequence[str]
    channels: Sequence[str]
    sentiments: Sequence[Sentiment]
    emotions: Sequence[int | None]
    descriptions: Sequence[str]
    customer_actions: Sequence[str]
    pain_points: Sequence[tuple[str, ...]]
    opportunities: Sequence[tuple[str, ...]]
    owners: Sequence[str]
    kpis: Sequence[KpiFields]
    milestones: Sequence[bool]
    journey_ends: Sequence[bool]
    evidences: Sequence[Evidence | None]

    # The distinct lists and KPIs, for the caps and NFC tests. The import sets them to what
    # reading the sheet found (those of rows left out among them: a superset only means more
    # to test, and a test failing sends the cards through the model's validation or nfc).
    @cached_property
    def distinct_pain_points(self) -> list[tuple[str, ...]]:
        return _distinct(self.pain_points)

    @cached_property
    def distinct_opportunities(self) -> list[tuple[str, ...]]:
        return _distinct(self.opportunities)

    @cached_property
    def distinct_kpis(self) -> list[KpiFields]:
        return _distinct(self.kpis)

    def without(self, positions: set[int]) -> Cards:
        """These cards without the ones at ``positions``."""
        kept = [i for i in range(len(self.numbers)) if i not in positions]
        return Cards(*(list(map(getattr(self, f.name).__getitem__, kept)) for f in fields(self)))


#: The fields of a card in the model's order, as pydantic-core fills a new card's ``__dict__``.
TOUCHPOINT_FIELDS = (
    "id",
    "stage_id",
    "persona_id",
    "order",
    "title",
    "channel",
    "sentiment",
    "emotion",
    "description",
    "customer_action",
    "pain_points",
    "opportunities",
    "owner",
    "kpis",
    "milestone",
    "journey_end",
    "evidence",
)
KPI_FIELDS = ("name", "value", "target", "unit")


def cards_map(
    info: MapInfo,
    parts: MapParts,
    cards: Cards,
    columns: SheetColumns,
    *,
    plain: bool = False,
    joined: Callable[[Column], str] | None = None,
) -> JourneyMap | dict[int, list[Problem]]:
    """The map of ``cards``, or the problems of the cards whose fields the model refuses
    (card position → its problems). Anything else wrong is a :class:`SheetError`. ``plain``:
    the sheet is known to hold no control character (:attr:`.Table.plain`); ``joined``: the
    sheet's cells of a column joined by line breaks (:meth:`.Body.joined`), all the cards'
    texts of that column among them."""
    n = len(cards.numbers)
    # 32 random hex digits per card, as new_id's: one hex text, split at a space put every
    # 16 bytes by bytes.hex itself (all in C; slicing a long hex text took 2.5 times as long).
    ids = secrets.token_bytes(16 * n).hex(" ", 16).split(" ") if n else []
    counters: defaultdict[tuple[str, str], Iterable[int]] = defaultdict(count)
    orders = list(
        map(next, map(counters.__getitem__, zip(cards.stage_ids, cards.persona_ids, strict=True)))
    )
    direct = _within_caps(cards)
    touchpoints: list[Any] = (
        _made(cards, ids, orders, plain, joined) if direct else _fields(cards, ids, orders)
    )
    content = {
        "info": info,
        "stages": list(parts.stages.values()),
        "personas": list(parts.personas.values()),
        "channels": parts.channels,
    }
    try:
        if direct:
            m = _assembled(content, touchpoints, cards, ids)
            if m is not None:
                return m
        return JourneyMap.model_validate(content | {"touchpoints": touchpoints})
    except (ValidationError, IntegrityError) as err:
        by_card = _refused(err, columns, cards)
        if not by_card:
            raise SheetError(
                tr("the sheet does not make a valid map ({reason})").format(reason=err)
            ) from None
        return by_card


def _assembled(
    content: dict[str, Any], touchpoints: list[Touchpoint], cards: Cards, ids: list[str]
) -> JourneyMap | None:
    """The map of ``content`` and the directly made ``touchpoints``, or None when a map
    invariant would not hold (the caller then validates it all, for the model's messages).

    The model validates the map without its cards (its info, stages, personas and channels,
    and their integrity), then the cards' share of the integrity check is made column by
    column: ids unique and none a stage's or persona's, each card's stage, persona and channel
    among the map's. A card's place (stage, persona, order) is unique by construction: each
    cell numbers its cards 0, 1, 2… (:func:`cards_map`). The whole-map check walked every
    card's ``__dict__`` for the same answer (~1.5 ms of a 5,000-row import).
    """
    if len(touchpoints) > MAX_TOUCHPOINTS:
        return None
    m = JourneyMap.model_validate(content)
    stage_ids = {stage.id for stage in m.stages}
    persona_ids = {persona.id for persona in m.personas}
    channel_ids = {channel.id for channel in m.channels}
    card_ids = set(ids)
    if not (
        len(card_ids) == len(ids)
        and card_ids.isdisjoint(stage_ids)
        and card_ids.isdisjoint(persona_ids)
        and stage_ids.issuperset(cards.stage_ids)
        and persona_ids.issuperset(cards.persona_ids)
        and channel_ids.issuperset(cards.channels)
    ):
        return None
    m.__dict__["touchpoints"] = touchpoints
    m.__pydantic_fields_set__.add("touchpoints")
    return m


def _refused(
    err: ValidationError | IntegrityError, columns: SheetColumns, cards: Cards
) -> dict[int, list[Problem]]:
    """The problems of the cards whose fields ``err`` names; empty when it names anything else."""
    errors = err.errors() if isinstance(err, ValidationError) else []
    by_card: dict[int, list[Problem]] = {}
    for error in errors:
        loc = error["loc"]
        if len(loc) < 2 or loc[0] != "touchpoints" or not isinstance(loc[1], int):
            return {}
        name = str(loc[2]) if len(loc) > 2 else "title"
        column = Column(name) if name in Column._value2member_map_ else Column.TITLE
        problem = columns.problem(cards.numbers[loc[1]], column, validation_text(error))
        by_card.setdefault(loc[1], []).append(problem)
    return by_card


def _longest(items: Iterable[Sized]) -> int:
    """The length of the longest of ``items`` (0 for none)."""
    return max(map(len, items), default=0)


def _distinct(values: Sequence[_V]) -> list[_V]:
    """The distinct objects among ``values`` (a cell's list or KPIs is one object shared by
    every row holding the same text), found in C."""
    return list(dict(zip(map(id, values), values, strict=True)).values())


def _within_caps(cards: Cards) -> bool:
    """Whether every field of every card is within the model's caps (so none is refused)."""
    lists = cards.distinct_pain_points + cards.distinct_opportunities
    kpi_lists = cards.distinct_kpis
    kpis = list(chain.from_iterable(kpi_lists))
    figures = chain(map(itemgetter("value"), kpis), map(itemgetter("target"), kpis))
    return (
        _longest(cards.titles) <= NAME_MAX
        and _longest(chain(cards.descriptions, cards.customer_actions)) <= LONG_TEXT_MAX
        and _longest(cards.owners) <= SHORT_TEXT_MAX
        and _longest(chain(lists, kpi_lists)) <= LIST_MAX
        and _longest(chain.from_iterable(lists)) <= LONG_TEXT_MAX
        and _longest(map(itemgetter("name"), kpis)) <= NAME_MAX
        and _longest(map(itemgetter("unit"), kpis)) <= SHORT_TEXT_MAX
        and all(-KPI_MAX <= figure <= KPI_MAX for figure in figures if figure is not None)
    )


def _normalised(texts: Sequence[str], plain: bool, joined: str | None = None) -> Sequence[str]:
    """``texts`` as the model stores them (:func:`nfc`); the same list when all already are.
    ``joined``: texts joined by line breaks among which are all of ``texts`` (a test of the
    column's joined text, made once for this and the cedilla search)."""
    if plain and joined is not None:
        return texts if joined_nfc(joined) else list(map(nfc, texts))
    return texts if all_nfc(texts, controls=not plain) else list(map(nfc, texts))


def _own_lists(
    lists: Sequence[tuple[str, ...]], distinct: list[tuple[str, ...]], plain: bool
) -> list[list[str]]:
    """Each card's own list of its cell's items (``distinct``: the different ones), in the
    model's text form."""
    if all_nfc(list(chain.from_iterable(distinct)), controls=not plain):
        return list(map(list, lists))
    return [list(map(nfc, items)) for items in lists]


_NEW = object.__new__
_SET_DICT = BaseModel.__dict__["__dict__"].__set__
_SET_FIELDS_SET = BaseModel.__pydantic_fields_set__.__set__  # type: ignore[attr-defined]
_SET_EXTRA = BaseModel.__pydantic_extra__.__set__  # type: ignore[attr-defined]
_SET_PRIVATE = BaseModel.__pydantic_private__.__set__  # type: ignore[attr-defined]


def _instances(
    cls: type[BaseModel], dicts: list[dict[str, Any]], names: Sequence[str]
) -> list[Any]:
    """Objects of ``cls`` holding ``dicts`` as pydantic-core makes them after validating:
    the fields' dict, the set of fields given, no extra or private values. Every step a map
    over all of them, in C.

    The set of fields given is one set shared by the objects of one call: every field is
    given, and nothing takes a name out of a model's set (assigning a field adds its name,
    already there; ``model_copy`` and ``deepcopy`` give the copy a set of its own). One set
    per card was 5,000 more objects to make, for the collector to walk and to free (~1.5 ms
    of a 5,000-row import)."""
    n = len(dicts)
    made = list(map(_NEW, repeat(cls, n)))
    given = set(names)
    consume: Callable[[Iterable[object]], object] = deque(maxlen=0).extend
    consume(map(_SET_DICT, made, dicts))
    consume(map(_SET_FIELDS_SET, made, repeat(given, n)))
    consume(map(_SET_EXTRA, made, repeat(None, n)))
    consume(map(_SET_PRIVATE, made, repeat(None, n)))
    return made


def _kpis(cards: Cards, plain: bool) -> list[list[Kpi]]:
    """Each card's own :class:`Kpi` objects, made from its cell's fields."""
    counts = list(map(len, cards.kpis))
    shared: list[dict[str, Any]] = list(chain.from_iterable(cards.kpis))
    if not shared:
        return list(map(list, repeat((), len(counts))))
    distinct = list(chain.from_iterable(cards.distinct_kpis))
    texts = list(chain(map(itemgetter("name"), distinct), map(itemgetter("unit"), distinct)))
    if all_nfc(texts, controls=not plain):
        dicts = list(map(dict, shared))
    else:
        dicts = [
            {**fields, "name": nfc(fields["name"]), "unit": nfc(fields["unit"])}
            for fields in shared
        ]
    made = _instances(Kpi, dicts, KPI_FIELDS)
    bounds = list(accumulate(counts, initial=0))
    return list(map(made.__getitem__, map(slice, bounds, bounds[1:])))


def _made(
    cards: Cards,
    ids: list[str],
    orders: list[int],
    plain: bool,
    joined: Callable[[Column], str] | None = None,
) -> list[Touchpoint]:
    """The cards as :class:`Touchpoint` objects, as validation would make them: texts in the
    model's form, each card its own lists and KPIs (see the module's docstring)."""

    def texts(column: Column, values: Sequence[str]) -> Sequence[str]:
        return _normalised(values, plain, joined(column) if joined is not None else None)

    columns = _columns(cards, ids, orders) | {
        "title": texts(Column.TITLE, cards.titles),
        "description": texts(Column.DESCRIPTION, cards.descriptions),
        "customer_action": texts(Column.CUSTOMER_ACTION, cards.customer_actions),
        "pain_points": _own_lists(cards.pain_points, cards.distinct_pain_points, plain),
        "opportunities": _own_lists(cards.opportunities, cards.distinct_opportunities, plain),
        "owner": texts(Column.OWNER, cards.owners),
        "kpis": _kpis(cards, plain),
    }
    return _instances(Touchpoint, _dicts(columns), TOUCHPOINT_FIELDS)


def _fields(cards: Cards, ids: list[str], orders: list[int]) -> list[dict[str, Any]]:
    """The cards as plain fields, for the model's own validation (a cap does not hold)."""
    columns = _columns(cards, ids, orders) | {
        "pain_points": list(map(list, cards.pain_points)),
        "opportunities": list(map(list, cards.opportunities)),
    }
    return _dicts(columns)


def _columns(cards: Cards, ids: list[str], orders: list[int]) -> dict[str, Sequence[Any]]:
    """Each field's column of the cards, as the sheet gave it, by the model's field name."""
    return {
        "id": ids,
        "stage_id": cards.stage_ids,
        "persona_id": cards.persona_ids,
        "order": orders,
        "title": cards.titles,
        "channel": cards.channels,
        "sentiment": cards.sentiments,
        "emotion": cards.emotions,
        "description": cards.descriptions,
        "customer_action": cards.customer_actions,
        "pain_points": cards.pain_points,
        "opportunities": cards.opportunities,
        "owner": cards.owners,
        "kpis": cards.kpis,
        "milestone": cards.milestones,
        "journey_end": cards.journey_ends,
        "evidence": cards.evidences,
    }


def _dicts(columns: dict[str, Sequence[Any]]) -> list[dict[str, Any]]:
    """A card's fields per row, keyed in the model's order (a new card's ``__dict__``).

    A dict display of the first fifteen fields, the last two set in C: Python builds a display
    of up to fifteen constant keys in one step, sized for them, but one of seventeen key by key,
    resizing it twice (~0.3 ms of 5,000 cards); ``dict(zip(names, row))`` took twice as long."""
    dicts = [
        {
            "id": id_,
            "stage_id": stage_id,
            "persona_id": persona_id,
            "order": order,
            "title": title,
            "channel": channel,
            "sentiment": sentiment,
            "emotion": emotion,
            "description": description,
            "customer_action": customer_action,
            "pain_points": pain_points,
            "opportunities": opportunities,
            "owner": owner,
            "kpis": kpis,
            "milestone": milestone,
        }
        for (
            id_,
            stage_id,
            persona_id,
            order,
            title,
            channel,
            sentiment,
            emotion,
            description,
            customer_action,
            pain_points,
            opportunities,
            owner,
            kpis,
            milestone,
        ) in zip(*(columns[name] for name in TOUCHPOINT_FIELDS[:15]), strict=True)
    ]
    consume: Callable[[Iterable[object]], object] = deque(maxlen=0).extend
    for name in TOUCHPOINT_FIELDS[15:]:
        if len(columns[name]) != len(dicts):
            raise ValueError(f"{name}: {len(columns[name])} values for {len(dicts)} cards")
        consume(map(setitem, dicts, repeat(name), columns[name]))
    return dicts
