"""Buckets made on demand hold what eager bucketing puts in them: the same boxes (the same
objects), in the same order, whichever bucket is asked for first."""

from __future__ import annotations

import random

import pytest

from cjdesigner.layout.buckets import Box, Key, LazyBuckets

SIZE = 128.0


def eager(boxes: list[Box], size: float = SIZE) -> dict[Key, list[Box]]:
    """Every box into every bucket it reaches, in order (the bucketing the space did)."""
    buckets: dict[Key, list[Box]] = {}
    for box in boxes:
        for i in range(int(box[0] // size), int(box[2] // size) + 1):
            for j in range(int(box[1] // size), int(box[3] // size) + 1):
                buckets.setdefault((i, j), []).append(box)
    return buckets


def grid_boxes(rng: random.Random) -> list[Box]:
    """Columns of cards (shared edges, sorted tops), their text areas, full-width bands and
    arrow heads in no order, some reaching left of or above zero."""
    boxes: list[Box] = []
    for column in range(rng.randint(1, 6)):
        x = -40.0 + column * rng.uniform(150, 400)
        y = rng.uniform(-30, 40)
        for _ in range(rng.randint(0, 40)):
            h = rng.uniform(20, 300)
            boxes.append((x, y, x + 176.0, y + h))
            boxes.append((x + 9.0, y + 6.0, x + 168.0, y + h - 5.0))
            y += h + rng.choice((6.0, 10.0, 127.5))
    for _ in range(rng.randint(0, 4)):
        top = rng.uniform(0, 3000)
        boxes.append((0.0, top, 5000.0, top + rng.uniform(10, 400)))
    for _ in range(rng.randint(0, 60)):
        x, y = rng.uniform(-10, 2500), rng.uniform(-10, 6000)
        boxes.append((x, y, x + rng.uniform(0, 12), y + rng.uniform(0, 12)))
    if rng.random() < 0.3:  # the groups' tops then come unsorted too
        rng.shuffle(boxes)
    return boxes


def keys_near(boxes: list[Box], rng: random.Random) -> list[Key]:
    """Buckets to ask for: around the boxes and some far away, in random order."""
    keys = {(i, j) for i in range(-2, 42) for j in range(-2, 50)}
    return rng.sample(sorted(keys), len(keys))


@pytest.mark.parametrize("seed", range(30))
def test_each_bucket_holds_what_eager_bucketing_puts_there(seed: int) -> None:
    rng = random.Random(seed)
    boxes = grid_boxes(rng)
    expected = eager(boxes)
    lazy = LazyBuckets(boxes, SIZE)
    for key in keys_near(boxes, rng):
        got = lazy.bucket(key)
        want = expected.get(key, [])
        assert got == want
        assert all(a is b for a, b in zip(got, want, strict=True))  # the same objects
        assert lazy.bucket(key) is got  # made once


@pytest.mark.parametrize("seed", range(10))
def test_boxes_added_later_go_last_in_every_bucket(seed: int) -> None:
    rng = random.Random(seed)
    boxes = grid_boxes(rng)
    lazy = LazyBuckets(boxes, SIZE)
    keys = keys_near(boxes, rng)
    for key in keys[: len(keys) // 3]:  # some made before the additions, some after
        lazy.bucket(key)
    extra = [(x, y, x + 90.0, y + 40.0) for x, y in ((10.0, 10.0), (300.0, 500.0), (-5, 1000))]
    for box in extra:
        lazy.add(box)
    expected = eager([*boxes, *extra])
    for key in keys:
        assert lazy.bucket(key) == expected.get(key, [])


def test_boxes_of_many_widths_are_bucketed_all_at_once() -> None:
    """More groups by edges than help: every bucket is made at the first one asked for, with
    the same contents, and a box added after that still reaches every bucket it touches."""
    rng = random.Random(7)
    boxes: list[Box] = []
    for _ in range(LazyBuckets.MAX_GROUPS + 50):
        x, y = rng.uniform(0, 3000), rng.uniform(0, 3000)
        boxes.append((x, y, x + rng.uniform(1, 300), y + rng.uniform(1, 300)))
    lazy = LazyBuckets(boxes, SIZE)
    keys = keys_near(boxes, rng)
    first = lazy.bucket(keys[0])
    assert first == eager(boxes).get(keys[0], [])
    late = (50.0, 50.0, 700.0, 90.0)
    lazy.add(late)
    expected = eager([*boxes, late])
    for key in keys:
        assert lazy.bucket(key) == expected.get(key, [])
