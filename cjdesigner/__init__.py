"""cjdesigner — a customer journey map designer.

Layers, imports pointing down only: ``model`` (pure pydantic) ← ``storage``, ``templates``,
``layout`` ← ``analysis``, ``export`` ← ``editor`` (the only place that imports Qt) ← ``cli``.
"""

__version__ = "0.1.0"
