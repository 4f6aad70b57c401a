"""Everything the map pages need, computed once per export and shared by every page and tile."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache

from cjdesigner.export.pdf.flow_labels import LabelPlan, plan_labels
from cjdesigner.export.pdf.flows import Flow
from cjdesigner.export.pdf.icons import MOMENT_BADGE_RADIUS, IconSet
from cjdesigner.layout import GridLayout, GridMetrics, Rect, compute_layout
from cjdesigner.layout.emotion import moments_of_truth
from cjdesigner.layout.references import touchpoint_references
from cjdesigner.layout.routing import Router
from cjdesigner.model import Channel, Connection, JourneyMap, Persona, Stage, Touchpoint
from cjdesigner.model.no_channel import shows_channel


@cache
def _reference_arrow() -> str:
    """The arrow "→" where the card's own font draws it, else the guillemet "›" Noto Sans has."""
    from reportlab.pdfbase import pdfmetrics

    from cjdesigner.export.pdf.fonts import REGULAR, register_fonts

    register_fonts()
    glyphs = pdfmetrics.getFont(REGULAR).face.charToGlyph  # type: ignore[attr-defined]
    return "→" if ord("→") in glyphs else "›"


def shows_curve_bands(m: JourneyMap) -> bool:
    """Whether the lanes get their emotion curve bands: when any card carries an emotion score,
    and on a map with no card yet (the blank template printed for a workshop: a band with its
    −2…+2 scale to draw the curve on, as the canvas shows it). A finished map whose cards have
    no score at all gets none: a lane's curve is never drawn from guesses alone, and empty
    scales on every lane would look unfinished in a client's hands."""
    return not m.touchpoints or any(t.emotion is not None for t in m.touchpoints)


@dataclass
class MapScene:
    """The map with its layout and look-ups; cards' wrapped text is cached here on first use."""

    m: JourneyMap
    icons: IconSet
    stages: dict[str, Stage] = field(default_factory=dict)
    personas: dict[str, Persona] = field(default_factory=dict)
    touchpoints: dict[str, Touchpoint] = field(default_factory=dict)
    channels: dict[str, Channel] = field(default_factory=dict)
    text_cache: dict[str, object] = field(default_factory=dict)
    moments: set[str] = field(default_factory=set)
    """The moments of truth (card ids), marked as the canvas marks them."""
    layout_key: object = None
    """What the current layout was fitted to (see :mod:`cjdesigner.export.pdf.fit`)."""
    fit_scale: float = 1.0
    """The scale the fitted layout prints at."""
    detail_text_width: float | None = None
    """The width the detail rows wrap a description to, when the export has them: a card's
    description is wrapped for its row too while its words are measured (see
    :func:`cjdesigner.export.pdf.text.wrap_each`)."""
    _label_plan: tuple[GridLayout, LabelPlan] | None = None
    """The label places and the layout they were placed in (a new layout places again)."""
    _router: tuple[GridLayout, Router] | None = None
    _flows: dict[tuple[str, str], Flow | None] = field(default_factory=dict)
    _references: dict[str, str] | None = None
    _layout: GridLayout | None = None
    _used_channels: list[Channel] | None = None

    @property
    def layout(self) -> GridLayout:
        """The layout pages are drawn with: the one fitted to the sheet (see
        :mod:`cjdesigner.export.pdf.fit`), else, made when first asked for, the canvas's."""
        if self._layout is None:
            self._layout = compute_layout(
                self.m, GridMetrics(show_curves=shows_curve_bands(self.m))
            )
        return self._layout

    @property
    def language(self) -> str:
        return str(self.m.info.language)

    @classmethod
    def build(cls, m: JourneyMap, icons: IconSet | None = None) -> MapScene:
        """The scene of ``m`` (laid out when first drawn or fitted to a sheet)."""
        touchpoints = {t.id: t for t in m.touchpoints}
        moments = moments_of_truth(m)
        return cls(
            m=m,
            icons=icons or IconSet(),
            stages={s.id: s for s in m.stages},
            personas={p.id: p for p in m.personas},
            touchpoints=touchpoints,
            channels={c.id: c for c in m.channels},
            moments=moments,
        )

    def use_layout(self, layout: GridLayout, texts: dict[str, object], key: object) -> None:
        """Draw with ``layout`` (and the card texts it was measured from) from now on: routes,
        label places and obstacles of the previous layout are forgotten."""
        self._layout = layout
        self.text_cache = dict(texts)
        self.layout_key = key
        self._flows.clear()  # label places and the router are kept per layout: made anew

    def references(self) -> dict[str, str]:
        """Every card's detail-table reference ("2.3"), numbered once per scene: the cards'
        references and the detail rows' numbers are the same look-up."""
        if self._references is None:
            self._references = touchpoint_references(self.m)
        return self._references

    def reference(self, card_id: str) -> str:
        """What a card with a shortened description prints ("→ 2.3": its detail-table row)."""
        found = (self._references or self.references()).get(card_id)
        return f"{_reference_arrow()} {found}" if found else ""

    def moment_outline(self, card_id: str) -> Rect:
        """What a moment's outline covers: its card and a 4-unit ring (2.5 off, 3 wide)."""
        card = self.layout.cards[card_id]
        out = 4.0
        return Rect(card.x - out, card.y - out, card.w + 2 * out, card.h + 2 * out)

    def moment_badge(self, card_id: str) -> Rect:
        """The square a moment's badge covers, centred on its card's top-right corner."""
        card = self.layout.cards[card_id]
        r = MOMENT_BADGE_RADIUS + 0.75  # and half its white edge
        return Rect(card.right - r, card.y - r, 2 * r, 2 * r)

    def label_plan(self) -> LabelPlan:
        """Where the flow labels go (chips and numbered markers): decided once per export,
        the same on every page and tile, and listed by the flows table."""
        if self._label_plan is None or self._label_plan[0] is not self.layout:
            self._label_plan = (self.layout, plan_labels(self))
        return self._label_plan[1]

    def flow(self, connection: Connection) -> Flow | None:
        """The arrow of ``connection`` (None when a card is missing), routed once per export
        and shared by the label obstacles, the map page and every poster tile."""
        key = (connection.source, connection.target)
        try:
            return self._flows[key]
        except KeyError:
            cards = self.layout.cards
            source, target = cards.get(key[0]), cards.get(key[1])
            if self._router is None or self._router[0] is not self.layout:
                self._router = (self.layout, Router.of_layout(self.layout))
            found = (
                None
                if source is None or target is None
                else Flow(source, target, self._router[1], key)
            )
            self._flows[key] = found
            return found

    def channel_icon(self, t: Touchpoint) -> str:
        """The card's channel icon; "" for a card with no channel (:func:`shows_channel`)."""
        channel = self.channels.get(t.channel)
        if not shows_channel(t.channel):
            return ""
        return channel.icon if channel else "generic"

    def channel_name(self, t: Touchpoint) -> str:
        """The channel name the card prints; "" for a card with no channel."""
        channel = self.channels.get(t.channel)
        if not shows_channel(t.channel):
            return ""
        return channel.name if channel else t.channel

    def used_channels(self) -> list[Channel]:
        """Channels that at least one card uses, in catalogue order (for the legend; found
        once per scene: the fit asks for the legend of every sheet it tries)."""
        if self._used_channels is None:
            used = {t.channel for t in self.m.touchpoints}
            self._used_channels = [
                c for c in self.m.channels if c.id in used and shows_channel(c.id)
            ]
        return list(self._used_channels)
