"""Generate large synthetic journey maps for benchmarks and stress tests.

    python benchmarks/generate_map.py -o big.cjm --touchpoints 5000 --stages 8 --personas 10

Other benchmarks import it without a package::

    sys.path.insert(0, str(Path(__file__).parent))
    from generate_map import synthetic_map

The content is realistic in shape (Polish and Romanian text with diacritics, KPIs, pain points,
every sentiment and evidence level, loops and skips among the connections), so parsing,
validation and rendering costs resemble a real consultant's map, only bigger.
"""

from __future__ import annotations

import argparse
import random
import sys
from pathlib import Path

from cjdesigner.model import (
    Connection,
    Evidence,
    JourneyMap,
    Kpi,
    MapInfo,
    Persona,
    Sentiment,
    Stage,
    Touchpoint,
    default_channels,
)

_TITLES = (
    "Sees an advert on social media",
    "Compares prices on a review site",
    "Zakłada konto w aplikacji mobilnej",
    "Dzwoni na infolinię w sprawie faktury",
    "Primește factura pe e-mail",
    "Își activează abonamentul în magazin",
    "Reads onboarding e-mail",
    "Asks a friend for a recommendation",
    "Płaci za zamówienie BLIKIEM",
    "Chats with support about delivery",
)
_TEXT = (
    "The customer wants to finish quickly and is unsure which plan fits; they look for a clear "
    "price and reassurance that cancelling later is easy.",
    "Klient szuka informacji o opłatach i porównuje ofertę z konkurencją; źle opisane warunki "
    "zniechęcają go do dalszych kroków.",
    "Clientul vrea să înțeleagă costurile lunare și să știe că poate renunța oricând fără "
    "penalități ascunse.",
)
_PAINS = (
    "Form asks for the same data twice",
    "Długi czas oczekiwania na konsultanta",
    "Factura nu explică taxele suplimentare",
    "No confirmation after payment",
)
_OPPS = (
    "Prefill from the previous step",
    "Oddzwonienie zamiast kolejki",
    "Explicație clară a fiecărei taxe",
)
_OWNERS = ("Marketing", "Sprzedaż", "Customer care", "Vânzări", "IT")


def synthetic_map(
    touchpoints: int = 5000,
    stages: int = 8,
    personas: int = 10,
    connections: int | None = None,
    seed: int = 0,
) -> JourneyMap:
    """A valid map with the given numbers of items; the same arguments give the same map.

    ``connections`` defaults to one per two touchpoints: 80 % forward flows within a lane
    (often skipping stages), 10 % flows back to an earlier stage of the lane (loops), 10 %
    zig-zags to another persona's touchpoint.
    """
    rng = random.Random(seed)
    stage_list = [
        Stage(id=f"s{i}", name=f"Stage {i + 1}", description=_TEXT[i % 3], goal=_OPPS[i % 3])
        for i in range(stages)
    ]
    persona_list = [
        Persona(
            id=f"p{i}",
            name=f"Persona {i + 1} — Ştefan Łukasz",
            role="Small business owner",
            quote=_TEXT[(i + 1) % 3],
            goals=list(_OPPS[: 1 + i % 3]),
            frustrations=list(_PAINS[: 1 + i % 4]),
            demographics="35–44, city, two children",
        )
        for i in range(personas)
    ]
    channel_ids = [c.id for c in default_channels()]
    sentiments = list(Sentiment)
    evidences = list(Evidence)
    next_order: dict[tuple[str, str], int] = {}
    cards: list[Touchpoint] = []
    for i in range(touchpoints):
        stage = stage_list[rng.randrange(stages)].id
        persona = persona_list[rng.randrange(personas)].id
        order = next_order.get((stage, persona), 0)
        next_order[(stage, persona)] = order + 1
        kpis = (
            [Kpi(name="CSAT", value=round(rng.uniform(1, 5), 1), target=4.5, unit="/5")]
            if i % 3 == 0
            else []
        )
        cards.append(
            Touchpoint(
                id=f"t{i}",
                stage_id=stage,
                persona_id=persona,
                order=order,
                title=_TITLES[i % len(_TITLES)],
                channel=channel_ids[i % len(channel_ids)],
                sentiment=sentiments[i % 3],
                emotion=rng.randint(-2, 2) if i % 5 else None,
                description=_TEXT[i % 3],
                customer_action="Opens the page and reads the offer",
                pain_points=list(_PAINS[: i % 3]),
                opportunities=list(_OPPS[: i % 2]),
                owner=_OWNERS[i % len(_OWNERS)],
                kpis=kpis,
                milestone=i % 97 == 0,
                evidence=evidences[i % 3],
            )
        )
    rng.shuffle(cards)  # the file sorts them; the model order is arbitrary
    wanted = touchpoints // 2 if connections is None else connections
    stage_index = {s.id: i for i, s in enumerate(stage_list)}
    by_persona: dict[str, list[Touchpoint]] = {}
    for card in cards:
        by_persona.setdefault(card.persona_id, []).append(card)
    flows: set[tuple[str, str]] = set()
    links: list[Connection] = []
    attempts = 0
    while len(links) < wanted and touchpoints > 1 and attempts < wanted * 10:
        attempts += 1
        source = cards[rng.randrange(touchpoints)]
        roll = rng.random()
        if roll < 0.9:  # within the lane: mostly forward, some loops back
            lane = by_persona[source.persona_id]
            here = stage_index[source.stage_id]
            forward = roll < 0.8
            pool = [
                c
                for c in rng.sample(lane, min(len(lane), 12))
                if (stage_index[c.stage_id] >= here) == forward and c.id != source.id
            ]
            if not pool:
                continue
            target = pool[0]
        else:  # a zig-zag to another persona's touchpoint
            target = cards[rng.randrange(touchpoints)]
        if target.id == source.id or (source.id, target.id) in flows:
            continue
        flows.add((source.id, target.id))
        label = ("repeat", "skip to the end", "")[len(links) % 3]
        links.append(
            Connection(id=f"c{len(links)}", source=source.id, target=target.id, label=label)
        )
    return JourneyMap(
        info=MapInfo(
            title=f"Synthetic map — {touchpoints} touchpoints",
            client="Benchmark Sp. z o.o.",
            author="generate_map.py",
            description=_TEXT[0],
            version_label="bench",
        ),
        stages=stage_list,
        personas=persona_list,
        touchpoints=cards,
        connections=links,
    )


def main(argv: list[str] | None = None) -> int:
    """Write a synthetic map to a file (the format of ``cjdesigner.storage``)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-o", "--output", type=Path, required=True)
    parser.add_argument("--touchpoints", type=int, default=5000)
    parser.add_argument("--stages", type=int, default=8)
    parser.add_argument("--personas", type=int, default=10)
    parser.add_argument("--connections", type=int, default=None)
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args(argv)
    from cjdesigner.storage import save_map

    m = synthetic_map(args.touchpoints, args.stages, args.personas, args.connections, args.seed)
    save_map(m, args.output)
    print(
        f"wrote {args.output}: {len(m.touchpoints)} touchpoints, {len(m.connections)} connections"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
