"""No model field's default factory is a builtin such as ``list`` (see ``model.base.empty_list``).

pydantic inspects each default factory's signature while it builds the schema at import; a
builtin's is parsed from its text with the tokenizer, which costs every start of the program
~3 ms (``benchmarks/bench_startup.py``). The defaults stay the same: a new empty list each time.
"""

from __future__ import annotations

import builtins

from cjdesigner.model import JourneyMap, Persona, Touchpoint
from cjdesigner.model.base import MapModel, empty_list


def _models(root: type[MapModel]) -> list[type[MapModel]]:
    found = [root]
    for sub in root.__subclasses__():
        found += _models(sub)
    return found


def test_no_default_factory_is_a_builtin() -> None:
    builtin_callables = {value for value in vars(builtins).values() if callable(value)}
    for model in _models(MapModel):
        for name, info in model.model_fields.items():
            factory = info.default_factory
            assert factory is None or factory not in builtin_callables, f"{model.__name__}.{name}"


def test_list_fields_start_as_new_empty_lists() -> None:
    assert empty_list() == [] and empty_list() is not empty_list()
    one, other = JourneyMap(), JourneyMap()
    assert one.stages == [] and one.stages is not other.stages
    assert (
        Persona(name="a").goals == []
        and Touchpoint(stage_id="s", persona_id="p", title="t", channel="web").kpis == []
    )
