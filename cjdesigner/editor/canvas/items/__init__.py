"""Graphics items of the canvas. Each has ``item_id`` and ``kind`` and only displays the model."""

Z_GRID = 0.0
Z_CURVE = 1.0
Z_CONNECTION = 2.0
Z_CARD = 3.0
Z_HEADER = 5.0
Z_DRAGGED = 10.0
Z_INDICATOR = 11.0
Z_HANDLE = 12.0
