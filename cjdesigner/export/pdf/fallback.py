"""Characters Noto Sans lacks, drawn by the fallback fonts, on every way text reaches the PDF.

Three ways draw text: :class:`cjdesigner.export.pdf.textops.TextWriter` (cards, tables, titles;
it splits its lines itself), the canvas' ``drawString`` family (lane headers, tiles, the
legend: :class:`FallbackCanvas`) and platypus paragraphs (profiles, introductions, insights:
:func:`fallback_markup`, applied by :func:`cjdesigner.export.pdf.text.markup`). What no shipped
font draws is replaced by a visible mark when the user allowed it
(:func:`cjdesigner.export.pdf.missing_glyphs.replace_missing`).
"""

from __future__ import annotations

from typing import Any

from reportlab.pdfgen.canvas import Canvas

from cjdesigner.export.pdf.fonts import (
    REGULAR,
    font_runs,
    needs_fallback,
    string_width,
)


class FallbackCanvas(Canvas):
    """A canvas whose ``drawString`` (centred and right-aligned too) switches to a fallback
    font for the characters the current font lacks, and back."""

    def drawString(self, x: float, y: float, text: str, *args: Any, **kwargs: Any) -> None:
        font, size = self._fontname, self._fontsize
        if not needs_fallback(text, font):
            super().drawString(x, y, text, *args, **kwargs)
            return
        leading = self._leading
        for face, run in font_runs(text, font):
            self.setFont(face, size, leading)
            super().drawString(x, y, run, *args, **kwargs)
            x += string_width(run, face, size)
        self.setFont(font, size, leading)

    def drawCentredString(self, x: float, y: float, text: str, *args: Any, **kwargs: Any) -> None:
        width = string_width(text, self._fontname, self._fontsize)
        self.drawString(x - width / 2, y, text, *args, **kwargs)

    def drawRightString(self, x: float, y: float, text: str, *args: Any, **kwargs: Any) -> None:
        width = string_width(text, self._fontname, self._fontsize)
        self.drawString(x - width, y, text, *args, **kwargs)


def fallback_markup(escaped: str) -> str:
    """Paragraph markup with each run Noto Sans lacks in a ``<font name=…>`` of the fallback
    font that draws it (in a bold paragraph, platypus picks that font's bold face)."""
    if not needs_fallback(escaped, REGULAR):
        return escaped
    return "".join(
        run if face == REGULAR else f'<font name="{face}">{run}</font>'
        for face, run in font_runs(escaped, REGULAR)
    )
