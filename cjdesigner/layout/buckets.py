"""Boxes bucketed by area, each bucket made when it is first asked for.

The flow labels' space (:class:`cjdesigner.layout.labels.Space`) looks at the boxes near a
spot through square buckets. Putting every box into every bucket it reaches up front cost a
5,000-card PDF export some 20 ms: its map is tens of thousands of units wide, each lane's
emotion band alone reaches hundreds of buckets, and the labels then ask for a few hundred of
some 30,000 buckets. Here the boxes are grouped by their left and right edges (a column's
cards share them), each group sorted by its tops, and a bucket is made from the few groups
that reach its column: the same boxes, in the same order, as the eager bucketing gives.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable

Box = tuple[float, float, float, float]
"""left, top, right, bottom."""
Key = tuple[int, int]
"""A bucket: its column and row (``int(x // size)``, ``int(y // size)``)."""

_Group = tuple[int, int, list[float], list[int], float]
"""Boxes of one left and right edge: the bucket columns they reach (first, last), their
tops sorted, their places in the boxes' order (in that sort), the tallest one's height."""


class LazyBuckets:
    """``boxes`` by the ``size`` × ``size`` buckets they reach (a box in every bucket it
    touches, edges included, as ``int(coordinate // size)`` puts them).

    :attr:`made` holds the buckets made so far (look a bucket up there first, in a hot loop);
    :meth:`bucket` makes one: the boxes that reach it, in the order they were given.
    """

    MAX_GROUPS = 256
    """More groups of boxes by left and right edge than this (boxes of many widths or
    places): every bucket is made at the first one asked for, as eager bucketing would."""

    __slots__ = ("_boxes", "_columns", "_groups", "made", "size")

    def __init__(self, boxes: Iterable[Box], size: float) -> None:
        self.size = size
        self._boxes: list[Box] = list(boxes)
        self._groups: list[_Group] | bool | None = None
        """The boxes grouped (made at the first bucket asked for; None: to be made again;
        False: every bucket is made, a bucket not in :attr:`made` is empty)."""
        self.made: dict[Key, list[Box]] = {}
        self._columns: dict[int, list[_Group]] = {}
        """Bucket column → the groups that reach it (found once per column)."""

    def bucket(self, key: Key) -> list[Box]:
        """The boxes in bucket ``key``, in their order (made and kept on the first call)."""
        found = self.made.get(key)
        if found is None:
            found = self.made[key] = self._make(key)
        return found

    def add(self, box: Box) -> None:
        """One more box, after all the others (it goes last in every bucket it reaches)."""
        self._boxes.append(box)
        every = self._groups is False
        if not every:
            self._groups = None  # grouped again when a new bucket is made
            self._columns.clear()
        size = self.size
        made = self.made
        for i in range(int(box[0] // size), int(box[2] // size) + 1):
            for j in range(int(box[1] // size), int(box[3] // size) + 1):
                found = made.get((i, j))
                if found is not None:
                    found.append(box)
                elif every:
                    made[(i, j)] = [box]

    def _make(self, key: Key) -> list[Box]:
        groups = self._groups
        if groups is None:
            groups = self._groups = self._group()
            if len(groups) > self.MAX_GROUPS:
                self._make_all()
                self._groups = groups = False
        if groups is False:
            return self.made.get(key, [])
        i, j = key
        column = self._columns.get(i)
        if column is None:
            column = self._columns[i] = [g for g in groups if g[0] <= i <= g[1]]
        size = self.size
        top, bottom = j * size, (j + 1) * size
        boxes = self._boxes
        found: list[int] = []
        for _first, _last, tops, order, tallest in column:
            # a box reaches row j only if its top is within its height above the row (a
            # bucket's margin either way: the exact test follows)
            start = bisect_left(tops, top - tallest - size)
            for k in order[start : bisect_left(tops, bottom + size, start)]:
                box = boxes[k]
                if int(box[1] // size) <= j <= int(box[3] // size):
                    found.append(k)
        found.sort()
        return [boxes[k] for k in found]

    def _group(self) -> list[_Group]:
        """The boxes grouped by their left and right edges, each group sorted by its tops."""
        by_edges: dict[tuple[float, float], list[int]] = {}
        get = by_edges.get
        boxes = self._boxes
        for k, box in enumerate(boxes):
            edges = (box[0], box[2])
            group = get(edges)
            if group is None:
                by_edges[edges] = [k]
            else:
                group.append(k)
        size = self.size
        top_of = [box[1] for box in boxes].__getitem__
        groups: list[_Group] = []
        for (left, right), order in by_edges.items():
            order.sort(key=top_of)  # a column's cards come sorted already: one pass
            tops = list(map(top_of, order))
            tallest = max(boxes[k][3] - boxes[k][1] for k in order)
            groups.append((int(left // size), int(right // size), tops, order, tallest))
        return groups

    def _make_all(self) -> None:
        """Every bucket at once, each box into every bucket it reaches, in the boxes' order
        (buckets made already keep what they hold: the same lists)."""
        made = self.made
        fresh: dict[Key, list[Box]] = {}
        size = self.size
        for box in self._boxes:
            rows = range(int(box[1] // size), int(box[3] // size) + 1)
            for i in range(int(box[0] // size), int(box[2] // size) + 1):
                for j in rows:
                    if (i, j) in made:
                        continue
                    found = fresh.get((i, j))
                    if found is None:
                        fresh[(i, j)] = [box]
                    else:
                        found.append(box)
        made.update(fresh)
