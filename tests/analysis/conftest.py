"""Hand-built maps with known answers for every finding kind, made with the model API.

Ids are readable (``a_ad``) so a failing assertion says which card is wrong. Stage ids are
``s1``…``s5`` (Awareness, Appeal, Ask, Act, Advocate).
"""

from __future__ import annotations

from dataclasses import dataclass, field

import pytest

from cjdesigner.model import Connection, JourneyMap, MapInfo, Persona, Sentiment, Stage, Touchpoint

STAGES = [
    ("s1", "Awareness"),
    ("s2", "Appeal"),
    ("s3", "Ask"),
    ("s4", "Act"),
    ("s5", "Advocate"),
]

NEG = Sentiment.NEGATIVE
POS = Sentiment.POSITIVE


@dataclass
class MapBuilder:
    """Adds cards and flows in a few words; each card goes to the end of its cell."""

    personas: list[tuple[str, str]]
    title: str = "Test journey"
    touchpoints: list[Touchpoint] = field(default_factory=list)
    connections: list[Connection] = field(default_factory=list)

    def card(
        self,
        card_id: str,
        stage: str,
        persona: str,
        title: str,
        *,
        channel: str = "website",
        sentiment: Sentiment = Sentiment.NEUTRAL,
        emotion: int | None = None,
        journey_end: bool = False,
    ) -> MapBuilder:
        order = sum(1 for t in self.touchpoints if t.cell == (stage, persona))
        self.touchpoints.append(
            Touchpoint(
                id=card_id,
                stage_id=stage,
                persona_id=persona,
                order=order,
                title=title,
                channel=channel,
                sentiment=sentiment,
                emotion=emotion,
                journey_end=journey_end,
            )
        )
        return self

    def flow(self, source: str, target: str) -> MapBuilder:
        self.connections.append(Connection(id=f"{source}:{target}", source=source, target=target))
        return self

    def build(self) -> JourneyMap:
        return JourneyMap(
            info=MapInfo(title=self.title),
            stages=[Stage(id=sid, name=name) for sid, name in STAGES],
            personas=[Persona(id=pid, name=name) for pid, name in self.personas],
            touchpoints=self.touchpoints,
            connections=self.connections,
        )


@pytest.fixture
def shop_map() -> JourneyMap:
    """Three personas with every kind of finding; the known answers are in the comments.

    Anna (lane ``pa``), flows drawn left to right unless noted:
        ad(s1) → site(s2), ad → promo(s2), ad → buy(s4)          [skip over Appeal, Ask]
        site → call(s3), site → chat(s3), chat → call,
        call → site                                              [backward; loops site-call,
                                                                  site-chat-call]
        call → buy(s4), buy → review(s5), buy → thanks(s4, marked journey end)
        forum(s2) → faq(s3), faq → forum                         [backward; a loop nothing
                                                                  leads into: both unreachable]
        entry: ad; ends: promo (dead end: Appeal), review (last stage), thanks (journey end).
        Journeys (paths, loops walked once): ad→promo, ad→C→buy→review/thanks,
        ad→buy→review/thanks = 5. Through: buy 4 (80 %), call/chat 2 (40 %), promo 1 (20 %).
        Negative: buy (−1), call (−2), chat (−1), promo (−2) → ranks buy, call, chat, promo.
    Marek (lane ``pm``): store(s1) → phone(s3, negative, unscored) [skip over Appeal]
        → pay(s4, negative, −2): dead end. Ranks pay, then phone (unscored last). Gaps: s2, s5.
    Zofia (lane ``pz``): one card, no flow: no flow findings, gaps s2…s5.
    """
    b = MapBuilder([("pa", "Anna"), ("pm", "Marek"), ("pz", "Zofia")], title="Online shop")
    b.card("a_ad", "s1", "pa", "Instagram ad", channel="social", sentiment=POS, emotion=1)
    b.card("a_site", "s2", "pa", "Website", emotion=0)
    b.card("a_promo", "s2", "pa", "Promo e-mail", channel="email", sentiment=NEG, emotion=-2)
    b.card("a_forum", "s2", "pa", "Forum")
    b.card("a_call", "s3", "pa", "Call centre wait", channel="phone", sentiment=NEG, emotion=-2)
    b.card("a_chat", "s3", "pa", "Chat", channel="chat", sentiment=NEG, emotion=-1)
    b.card("a_faq", "s3", "pa", "FAQ")
    b.card("a_buy", "s4", "pa", "Checkout", sentiment=NEG, emotion=-1)
    b.card("a_thanks", "s4", "pa", "Thank-you e-mail", channel="email", journey_end=True)
    b.card("a_review", "s5", "pa", "Review request", channel="email", emotion=2)
    for source, target in [
        ("a_ad", "a_site"),
        ("a_ad", "a_promo"),
        ("a_ad", "a_buy"),
        ("a_site", "a_call"),
        ("a_site", "a_chat"),
        ("a_chat", "a_call"),
        ("a_call", "a_site"),
        ("a_call", "a_buy"),
        ("a_buy", "a_review"),
        ("a_buy", "a_thanks"),
        ("a_forum", "a_faq"),
        ("a_faq", "a_forum"),
    ]:
        b.flow(source, target)
    b.card("m_store", "s1", "pm", "Store visit", channel="store", sentiment=POS, emotion=2)
    b.card("m_phone", "s3", "pm", "Phone order", channel="phone", sentiment=NEG)
    b.card("m_pay", "s4", "pm", "Bank transfer", channel="billing", sentiment=NEG, emotion=-2)
    b.flow("m_store", "m_phone").flow("m_phone", "m_pay")
    b.card("z_ad", "s1", "pz", "Billboard", channel="advertising")
    return b.build()


@pytest.fixture
def loyalty_map() -> JourneyMap:
    """Ioana's journey drawn as a closed loop: i1(s1) → i2(s2) → i3(s3) → i1 (backward).

    No card is without an incoming flow, so i1 (earliest) is the implied entry point; nothing is
    unreachable; there is no end point. One loop. Gaps: s4, s5.
    """
    b = MapBuilder([("pi", "Ioana")], title="Loyalty")
    b.card("i1", "s1", "pi", "Newsletter", channel="email", emotion=1)
    b.card("i2", "s2", "pi", "App offer", channel="app", sentiment=NEG, emotion=-1)
    b.card("i3", "s3", "pi", "Loyalty points", channel="app", sentiment=POS, emotion=2)
    b.flow("i1", "i2").flow("i2", "i3").flow("i3", "i1")
    return b.build()


@pytest.fixture
def handover_map() -> JourneyMap:
    """A buyer hands over to a user and back: flows across lanes.

    Buyer: b1(s1) → b2(s2) → u1(s3, User's lane). User: u1 → u2(s4) → b2 (backward, into the
    Buyer's lane). b2 → u1 → u2 → b2 is a loop across lanes. Entries: b1 (Buyer), u1 (User,
    handed over). No end point (every card has a way on), no dead end, nothing unreachable.
    """
    b = MapBuilder([("pb", "Buyer"), ("pu", "User")], title="B2B")
    b.card("b1", "s1", "pb", "Trade fair", channel="events")
    b.card("b2", "s2", "pb", "Demo call", channel="phone")
    b.card("u1", "s3", "pu", "Onboarding", channel="app")
    b.card("u2", "s4", "pu", "Daily use", channel="app")
    b.flow("b1", "b2").flow("b2", "u1").flow("u1", "u2").flow("u2", "b2")
    return b.build()


@pytest.fixture
def builder() -> type[MapBuilder]:
    """The map builder, for tests that draw their own small map."""
    return MapBuilder
