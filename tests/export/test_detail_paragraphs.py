"""The detail pages' paragraphs break their lines once per width (platypus wraps them again
and again at the same width); what they measure and draw is reportlab's own."""

from __future__ import annotations

from reportlab.platypus import Paragraph as ReportlabParagraph

from cjdesigner.export.pdf.detail_blocks import Paragraph, make_styles
from cjdesigner.export.pdf.fonts import register_fonts
from cjdesigner.export.pdf.text import markup

TEXT = (
    "Klient porównuje ofertę z konkurencją; źle opisane warunki zniechęcają go do dalszych "
    "kroków, a formularz pyta dwa razy o te same dane (PESEL, adres, telefon)."
)


def test_a_paragraph_wrapped_again_at_its_width_is_not_broken_again(monkeypatch) -> None:
    register_fonts()
    style = make_styles("pl").body
    para = Paragraph(markup(TEXT), style)
    plain = ReportlabParagraph(markup(TEXT), style)
    breaks: list[list[float]] = []
    original = ReportlabParagraph.breakLines

    def counted(self: ReportlabParagraph, widths: list[float]) -> object:
        breaks.append(widths)
        return original(self, widths)

    monkeypatch.setattr(ReportlabParagraph, "breakLines", counted)
    for width in (180.0, 180.0, 95.5, 95.5, 180.0):
        assert para.wrap(width, 500.0) == plain.wrap(width, 10.0)
        assert para.blPara.lines == plain.blPara.lines  # what draw writes
    assert len(breaks) == 3 + 5  # ours: once per change of width; reportlab's: every time


def test_a_width_too_narrow_is_refused_and_not_remembered() -> None:
    register_fonts()
    para = Paragraph(markup(TEXT), make_styles("pl").body)
    assert para.wrap(0.0, 500.0) == (0, 0x7FFFFFFF)
    assert para.wrap(180.0, 500.0)[1] > 0
