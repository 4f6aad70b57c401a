"""The PDF's objects written with less work (export/pdf/pdffile.py): the very bytes reportlab
writes, and reportlab's own code for what is out of the ordinary."""

from __future__ import annotations

import io

import pytest
from reportlab.pdfbase import pdfdoc
from reportlab.pdfgen.canvas import Canvas

from cjdesigner.export import ExportOptions, export_pdf_bytes
from cjdesigner.export.pdf import pdffile
from cjdesigner.export.pdf.links import destination, link
from cjdesigner.storage import load_map


@pytest.fixture
def reportlab_only(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every object and page formatted by reportlab's own code."""
    monkeypatch.setattr(pdffile.FastDocument, "format", pdfdoc.PDFDocument.format)
    monkeypatch.setattr(pdffile.FastPage, "format", pdfdoc.PDFPage.format)
    monkeypatch.setattr(pdffile.FastForm, "format", pdfdoc.PDFFormXObject.format)


@pytest.mark.parametrize(
    "options",
    [
        ExportOptions(reproducible=True),
        ExportOptions(reproducible=True, mode="tile", page="A4", cover=True),
        ExportOptions(reproducible=True, page="A1", details_page="A4"),
    ],
    ids=["default", "tile-cover", "mixed-paper"],
)
def test_sample_exports_are_the_bytes_reportlab_writes(
    samples_dir, request: pytest.FixtureRequest, options: ExportOptions
) -> None:
    """Pages with links, forms (icons), bookmarks and several paper sizes: byte-identical."""
    m = load_map(samples_dir / "bank-account-opening-pl.cjm").map
    fast, _ = export_pdf_bytes(m, options)
    request.getfixturevalue("reportlab_only")
    plain, _ = export_pdf_bytes(m, options)
    assert fast == plain


def _canvas_pdf(fast: bool, *, crop: bool = False) -> bytes:
    buffer = io.BytesIO()
    canv = Canvas(buffer, pagesize=(300, 200), invariant=1)
    if fast:
        canv._doc.__class__ = pdffile.FastDocument
        hook = canv._setAnnotations

        def swap(page: object) -> None:
            hook(page)
            if type(page) is pdfdoc.PDFPage:
                page.__class__ = pdffile.FastPage
            elif type(page) is pdfdoc.PDFFormXObject:
                page.__class__ = pdffile.FastForm

        canv._setAnnotations = swap  # type: ignore[method-assign]
    canv.beginForm("dot")
    canv.circle(5, 5, 3, fill=1)
    canv.endForm()
    canv.beginForm("dots")  # a form placing another: resources with its forms
    canv.doForm("dot")
    canv.translate(6, 0)
    canv.doForm("dot")
    canv.endForm()
    for number in range(3):
        destination(canv, f"p{number}", 10, 190)
        link(canv, f"p{(number + 1) % 3}", (10, 10, 60, 30))
        canv.doForm("dots" if number else "dot")
        canv.drawString(20, 100, f"page {number}")
        if crop and number == 1:
            canv.setCropBox((0, 0, 250, 150))
        canv.showPage()
    canv.save()
    return buffer.getvalue()


@pytest.mark.parametrize("crop", [False, True], ids=["plain", "a page with a crop box"])
def test_a_canvas_document_is_written_as_reportlab_writes_it(crop: bool) -> None:
    """Links, forms (one placing another) on every page, and a page with a key FastPage
    leaves to reportlab."""
    assert _canvas_pdf(True, crop=crop) == _canvas_pdf(False, crop=crop)


def test_comments_in_the_file_go_through_reportlab(monkeypatch: pytest.MonkeyPatch) -> None:
    """Settings that change how every object is written leave it all to reportlab."""
    from reportlab import rl_config

    monkeypatch.setattr(rl_config, "pdfComments", 1)
    monkeypatch.setattr(rl_config, "invariant", 0)
    calls: list[int] = []
    original = pdfdoc.PDFDocument.format

    def counted(self: pdfdoc.PDFDocument) -> bytes:
        calls.append(1)
        return original(self)

    monkeypatch.setattr(pdfdoc.PDFDocument, "format", counted)
    data = _canvas_pdf(True)
    assert calls == [1]
    assert b"% " in data and data.startswith(b"%PDF")


def test_links_are_registered_as_reportlab_registers_them(monkeypatch: pytest.MonkeyPatch) -> None:
    """Links registered many at once get the object numbers and names reportlab's
    ``Reference`` gives them one by one; a name already taken is reportlab's to refuse."""
    from cjdesigner.export.pdf import links as links_module

    def one_by_one(doc: pdfdoc.PDFDocument, objects: list) -> list:
        return [doc.Reference(obj) for obj in objects]

    def with_a_name_ahead() -> None:
        canv = Canvas(io.BytesIO(), pagesize=(300, 200), invariant=1)
        destination(canv, "top", 10, 190)
        link(canv, "top", (10, 10, 60, 30))
        taken = pdfdoc.PDFDictionary({"Kind": "plain"})
        canv._doc.Reference(taken, f"R{canv._doc.objectcounter + 2}")
        link(canv, "top", (10, 40, 60, 60))

    fast = _canvas_pdf(False)
    with pytest.raises(ValueError, match="redefining named object"):
        with_a_name_ahead()
    monkeypatch.setattr(links_module, "_register", one_by_one)
    assert _canvas_pdf(False) == fast
    with pytest.raises(ValueError, match="redefining named object"):
        with_a_name_ahead()


def test_the_written_document_is_freed_without_the_cycle_collector(samples_dir) -> None:
    """Once saved, the document's objects (links, pages, streams) go by reference counting:
    the collector need not walk tens of thousands of them after a big export."""
    import gc

    from cjdesigner.export.pdf.links import _Link

    m = load_map(samples_dir / "online-shop-purchase.cjm").map
    gc.collect()
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        data, _ = export_pdf_bytes(m, ExportOptions(reproducible=True))
        alive = [o for o in gc.get_objects() if isinstance(o, (_Link, pdffile.FastPage))]
    finally:
        if was_enabled:
            gc.enable()
    assert b"/Subtype /Link" in data  # the export had links and pages to free
    assert alive == []


def test_the_whole_export_runs_with_the_collector_off_and_puts_it_back(
    samples_dir, monkeypatch: pytest.MonkeyPatch
) -> None:
    """From the scene to the written file, nothing the export drops is left to the cycle
    collector to walk; afterwards the collector is as it was (also after a failed export)."""
    import gc

    from cjdesigner.export.pdf import scene as scene_module

    seen: list[bool] = []
    build = scene_module.MapScene.build

    def watched(*args: object, **kwargs: object) -> scene_module.MapScene:
        seen.append(gc.isenabled())
        return build(*args, **kwargs)

    monkeypatch.setattr(scene_module.MapScene, "build", watched)
    m = load_map(samples_dir / "online-shop-purchase.cjm").map
    assert gc.isenabled()
    export_pdf_bytes(m, ExportOptions(reproducible=True))
    assert seen and not any(seen)
    assert gc.isenabled()
    from cjdesigner.export.pdf import document

    def failing(*_args: object, **_kwargs: object) -> None:
        raise RuntimeError("disk full")

    monkeypatch.setattr(document, "build_pdf", failing)
    with pytest.raises(RuntimeError):
        export_pdf_bytes(m, ExportOptions(reproducible=True))
    assert gc.isenabled()
