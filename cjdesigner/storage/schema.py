"""The JSON Schema of the map file, generated from the model and committed in the package.

Other tools (editors with JSON Schema support, a client's own validators) can check a ``.cjm``
file without cjdesigner. A test fails when the committed schema is stale; regenerate it with::

    python -m cjdesigner.storage.schema --write
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

from cjdesigner.storage.format import MapFile

SCHEMA_PATH = Path(__file__).with_name("journey-map.schema.json")
SCHEMA_ID = "https://cjdesigner.invalid/schemas/journey-map.schema.json"


def file_schema() -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) of a map file of the current format version."""
    schema = MapFile.model_json_schema(mode="validation")
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": SCHEMA_ID,
        **schema,
    }


def schema_text() -> str:
    """The schema exactly as committed: indent 2, non-ASCII as is, trailing newline."""
    return json.dumps(file_schema(), indent=2, ensure_ascii=False) + "\n"


def main(argv: list[str] | None = None) -> int:
    """Print the schema, or with ``--write`` update the committed file."""
    args = sys.argv[1:] if argv is None else argv
    if args == ["--write"]:
        SCHEMA_PATH.write_text(schema_text(), encoding="utf-8", newline="\n")
        print(f"wrote {SCHEMA_PATH}")
        return 0
    if args:
        print("usage: python -m cjdesigner.storage.schema [--write]", file=sys.stderr)
        return 2
    sys.stdout.write(schema_text())
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
