"""Geometry of the stage × persona grid, shared by the canvas and the PDF so both look the same.

Plain Python (no Qt, no reportlab): rectangles in abstract units (scene units on the canvas,
points in the PDF before scaling).
"""

from cjdesigner.layout.emotion import (
    CurvePoint,
    curve_points,
    emotion_curve,
    emotion_y,
    moments_of_truth,
    stage_emotions,
)
from cjdesigner.layout.geometry import Rect
from cjdesigner.layout.grid import GridLayout, GridMetrics, compute_layout

__all__ = [
    "CurvePoint",
    "GridLayout",
    "GridMetrics",
    "Rect",
    "compute_layout",
    "curve_points",
    "emotion_curve",
    "emotion_y",
    "moments_of_truth",
    "stage_emotions",
]
