"""Every text the editor translates is one that ``pyside6-lupdate`` can find in the source.

lupdate reads the code, not the running program: ``QCoreApplication.translate("Ctx", "text")``
with literals is found, a helper such as ``def _tr(text): return translate("Ctx", text)`` called
as ``_tr("text")`` is not — its texts never reach the catalogues and stay English in Polish and
Romanian (the spreadsheet export's dialogs, the file-lock notice and the screen reader's words
did). So a call with a non-literal context or text is allowed only where the texts are marked
for lupdate some other way.
"""

from __future__ import annotations

import ast
from pathlib import Path

import cjdesigner

PACKAGE = Path(cjdesigner.__file__).parent

MARKED_ELSEWHERE = {
    # the core catalogue: texts gathered into editor/core_strings.py by i18n_update
    ("editor/translations.py", "_core_message"),
    ("editor/translations.py", "_core_plural"),
    # FIELD_NAMES marked with QT_TRANSLATE_NOOP("commands", …)
    ("editor/commands.py", "field_names"),
    # EXPORT_FILTERS marked with QT_TRANSLATE_NOOP("SheetFormats", …)
    ("editor/window/sheet_formats.py", "_tr"),
}


def _is_literal(node: ast.expr) -> bool:
    return isinstance(node, ast.Constant) and isinstance(node.value, str)


def _translate_calls_with_variables() -> set[tuple[str, str]]:
    found: set[tuple[str, str]] = set()
    for path in sorted((PACKAGE / "editor").rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for function in ast.walk(tree):
            if not isinstance(function, ast.FunctionDef | ast.Lambda):
                continue
            for node in ast.walk(function):
                if (
                    isinstance(node, ast.Call)
                    and isinstance(node.func, ast.Attribute)
                    and node.func.attr == "translate"
                    and isinstance(node.func.value, ast.Name)
                    and node.func.value.id == "QCoreApplication"
                    and not all(_is_literal(arg) for arg in node.args[:2])
                ):
                    name = function.name if isinstance(function, ast.FunctionDef) else "<lambda>"
                    found.add((path.relative_to(PACKAGE).as_posix(), name))
    return found


def test_every_translated_text_is_a_literal_lupdate_can_find() -> None:
    assert _translate_calls_with_variables() <= MARKED_ELSEWHERE
