"""The Qt half of ``cjdesigner --self-test`` (see :mod:`cjdesigner.cli.self_test`).

Qt finds its plugins (platform, SVG image format and icon engine), the shipped fonts and icons
load into Qt, the translations load, and each template draws as the canvas draws it and exports
to PDF, PNG and SVG in memory. Everything is rendered offscreen; nothing is shown or written.
"""

from __future__ import annotations

from collections.abc import Iterator

import PySide6
from PySide6.QtCore import QCollator, QLocale, QTranslator, qVersion
from PySide6.QtGui import QGuiApplication, QIcon, QImageReader
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QApplication

from cjdesigner.i18n import tr

CheckResult = tuple[bool, str, str]
"""(passed, what was checked, what was found): one printed line of the self-test."""


def _application() -> QApplication:
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(["cjdesigner"])
    return app


def check_qt() -> Iterator[CheckResult]:
    _application()
    platform = QGuiApplication.platformName()
    formats = {bytes(f.data()).decode() for f in QImageReader.supportedImageFormats()}
    yield (
        bool(platform),
        "Qt",
        tr("Qt {qt}, PySide6 {pyside}, platform {platform}").format(
            qt=qVersion(), pyside=PySide6.__version__, platform=platform
        ),
    )
    needed = ("png", "svg")
    missing = [name for name in needed if name not in formats]
    yield (
        not missing,
        "Qt image formats",
        tr("SVG and PNG among the formats Qt reads (formats: {n})").format(n=len(formats))
        if not missing
        else tr("missing: {names}").format(names=", ".join(missing)),
    )


def check_fonts() -> Iterator[CheckResult]:
    from cjdesigner.editor.canvas.style import FALLBACK_FAMILY, ensure_fonts

    _application()
    family = ensure_fonts()
    yield (
        family != FALLBACK_FAMILY,
        "canvas font",
        tr("Qt loaded the shipped “{family}”").format(family=family)
        if family != FALLBACK_FAMILY
        else tr("Qt could not load the shipped fonts; the canvas would use {family}").format(
            family=family
        ),
    )


def check_icons() -> Iterator[CheckResult]:
    from cjdesigner.assets import resources_dir

    _application()
    paths = sorted((resources_dir() / "icons").glob("*.svg"))
    broken = [
        path.stem
        for path in paths
        if not QSvgRenderer(str(path)).isValid() or QIcon(str(path)).pixmap(32, 32).isNull()
    ]
    yield (
        bool(paths) and not broken,
        "icons in Qt",
        tr("every SVG icon draws (icons: {n})").format(n=len(paths))
        if not broken
        else tr("cannot draw: {names}").format(names=", ".join(broken)),
    )


SORTED_PAIRS = (("pl", "sb", "śa"), ("ro", "sb", "șa"), ("en", "a", "Z"))
"""(language, a word, a word after it): Polish ś and Romanian ș are letters of their own (in
English "śa" sorts before "sb"), and without collation data "Z" would sort before "a"."""


def check_collation() -> Iterator[CheckResult]:
    """Qt sorts Polish and Romanian by their own rules (ICU and its data, trimmed in the bundle)."""
    wrong = [
        f"{first} < {second} ({language})"
        for language, first, second in SORTED_PAIRS
        if QCollator(QLocale(language)).compare(first, second) >= 0
    ]
    yield (
        not wrong,
        "sorting",
        tr("Polish and Romanian words sort by their alphabets")
        if not wrong
        else tr("wrong order: {pairs}").format(pairs=", ".join(wrong)),
    )


def check_translations() -> Iterator[CheckResult]:
    from cjdesigner.assets import translation_files

    _application()
    files = [path for path in translation_files() if path.suffix == ".qm"]
    broken = [path.name for path in files if not QTranslator().load(str(path))]
    yield (
        not broken,
        "translations in Qt",
        tr("every .qm catalogue loads (catalogues: {n})").format(n=len(files))
        if not broken
        else tr("cannot load: {names}").format(names=", ".join(broken)),
    )


def check_templates() -> Iterator[CheckResult]:
    """Each template in each language: built, drawn, exported as PDF, PNG and SVG in memory."""
    from cjdesigner.editor.document import MapDocument
    from cjdesigner.editor.window.image_export import image_bytes
    from cjdesigner.export import ExportOptions, export_pdf_bytes
    from cjdesigner.templates import build_map, list_templates

    _application()
    for info in list_templates():
        sizes: dict[str, int] = {"pdf": 0, "png": 0, "svg": 0}
        pages = 0
        for language in info.languages:
            m = build_map(info.name, language)
            pdf, result = export_pdf_bytes(m, ExportOptions(allow_missing_glyphs=False))
            png = image_bytes(MapDocument(m), "png", 1.0)
            svg = image_bytes(MapDocument(m), "svg")
            problems = [
                kind
                for kind, data, magic in (
                    ("PDF", pdf, b"%PDF-"),
                    ("PNG", png, b"\x89PNG\r\n\x1a\n"),
                    ("SVG", svg, b"<?xml"),
                )
                if not data.startswith(magic)
            ]
            if problems or result.page_count < 1 or b"<svg" not in svg:
                yield (
                    False,
                    f"template {info.name} ({language})",
                    tr("broken output: {kinds}").format(kinds=", ".join(problems) or "SVG"),
                )
                break
            pages = max(pages, result.page_count)
            for kind, data in (("pdf", pdf), ("png", png), ("svg", svg)):
                sizes[kind] = max(sizes[kind], len(data))
        else:
            yield (
                True,
                f"template {info.name}",
                tr(
                    "{languages}: drawn; PDF, PNG and SVG made in memory (PDF pages: {pages})"
                ).format(languages=", ".join(info.languages), pages=pages),
            )
