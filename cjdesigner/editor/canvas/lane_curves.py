"""Each lane's emotion curve and its moments of truth, redrawn only where cards changed.

A lane's curve runs through its cards in journey order, each at its own emotion; its moments
of truth are the cards whose emotion is the lowest of the lane, when that is below zero, at most
one per stage (the definition lives in ``cjdesigner.layout.emotion``, shared with the PDF),
ringed on the curve.
On a big map a re-layout shifts many lanes whose cards did not change: those curves only move.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol, runtime_checkable

from cjdesigner.editor.canvas.items.emotion_curve import EmotionCurveItem
from cjdesigner.layout import GridLayout, moments_of_truth
from cjdesigner.model import JourneyMap, Touchpoint

if TYPE_CHECKING:
    from PySide6.QtWidgets import QGraphicsItem

    from cjdesigner.editor.canvas.items.card import CardItem
    from cjdesigner.editor.document import MapDocument


@runtime_checkable
class CurvesScene(Protocol):
    """What the curves use of the scene: its document, its card and curve items by id."""

    cards: dict[str, CardItem]
    curves: dict[str, EmotionCurveItem]

    @property
    def document(self) -> MapDocument | None: ...

    def addItem(self, item: QGraphicsItem, /) -> None: ...

    def removeItem(self, item: QGraphicsItem, /) -> None: ...


class LaneCurves:
    """The curve items of one map scene (its ``curves`` dict) and the cards' marks."""

    def __init__(self, scene: CurvesScene) -> None:
        self._scene = scene

    def sync(self, lay: GridLayout, lanes: set[str]) -> None:
        """Redraw the curves of ``lanes`` and of lanes that moved; add and drop curve items.

        Moments of truth are worked out again only for ``lanes`` (their cards changed), lanes
        whose cards changed places (the first of a cell can take a tie's ring) and new curves:
        a lane that only moved keeps its moments.
        """
        scene = self._scene
        curves = scene.curves
        for persona_id in [i for i in curves if i not in lay.lanes]:
            scene.removeItem(curves.pop(persona_id))
        created: set[str] = set()
        reordered: set[str] = set()  # a card moved within its cell: a tie's first may change
        stale: list[EmotionCurveItem] = []
        for persona_id in lay.persona_order:
            curve = curves.get(persona_id)
            if curve is None:
                curve = curves[persona_id] = EmotionCurveItem(persona_id)
                scene.addItem(curve)
                created.add(persona_id)
            elif persona_id not in lanes:
                if curve.order_changed(lay):
                    reordered.add(persona_id)
                elif not curve.band_changed(lay):
                    continue
            stale.append(curve)
        if stale:
            lane_maps = self._lane_maps({curve.item_id for curve in stale})
            for curve in stale:
                curve.refresh(lane_maps[curve.item_id], lay)
        self._mark_moments(created | reordered | (lanes & set(lay.lanes)))

    def _lane_maps(self, persona_ids: set[str]) -> dict[str, JourneyMap]:
        """For each lane, the map cut down to its touchpoints (one pass over the map).

        A lane's curve reads only its own cards; on a big map each curve scanning all the
        touchpoints made a re-layout that shifts every lane cost tens of milliseconds.
        """
        doc = self._scene.document
        assert doc is not None
        m = doc.map
        groups: dict[str, list[Touchpoint]] = {p: [] for p in persona_ids}
        for t in m.touchpoints:
            group = groups.get(t.persona_id)
            if group is not None:
                group.append(t)
        return {p: m.model_copy(update={"touchpoints": group}) for p, group in groups.items()}

    def moment_ids(self) -> set[str]:
        """The cards shown as moments of truth (the lowest, negative, emotion of their lane)."""
        return {card_id for card_id, item in self._scene.cards.items() if item.moment}

    def _mark_moments(self, lanes: set[str]) -> None:
        """Mark the moments of truth of ``lanes`` (``layout.moments_of_truth``: the cards whose
        emotion is the lowest of the lane, when that is below zero, at most one per stage), as
        the PDF marks them."""
        scene = self._scene
        doc = scene.document
        if not lanes or doc is None:
            return
        moments = moments_of_truth(doc.map, lanes)
        marked: dict[str, set[str]] = {lane: set() for lane in lanes}
        items = scene.cards
        for t in doc.map.touchpoints:
            if t.persona_id not in lanes:
                continue
            moment = t.id in moments
            item = items.get(t.id)
            if item is not None and (moment or item.moment):  # 5,000 calls saved on open
                item.set_moment(moment)
            if moment:
                marked[t.persona_id].add(t.id)
        for lane, card_ids in marked.items():
            curve = scene.curves.get(lane)
            if curve is not None:
                curve.set_moments(card_ids)
