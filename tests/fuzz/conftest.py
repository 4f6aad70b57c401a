"""The fuzz tests import the harness next to them (the long run in benchmarks/ does too)."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
