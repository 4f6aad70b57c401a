"""What the PyInstaller specs keep in the bundle (``packaging/bundle_common.py``).

The bundle is built and checked by ``packaging/build.sh`` and ``check.sh`` (CI); these tests pin
the filter that keeps it small without dropping what the program needs.
"""

from __future__ import annotations

from types import ModuleType

import pytest

from tests.packaging.conftest import packaging_script


@pytest.fixture(scope="module")
def common() -> ModuleType:
    return packaging_script("bundle_common")


@pytest.mark.parametrize(
    "name",
    [
        "cjdesigner/resources/icons/website.svg",
        "cjdesigner/resources/fonts/NotoSans-Regular.ttf",
        "cjdesigner/resources/samples/online-shop-purchase.cjm",
        "cjdesigner/i18n/cjdesigner_pl.qm",
        "PySide6/Qt/translations/qtbase_pl.qm",
        "PySide6/Qt/translations/qtbase_ro.qm",
        "PySide6/Qt/plugins/platforms/libqxcb.so",
        "PySide6/Qt/plugins/platforms/libqwayland.so",
        "PySide6/Qt/plugins/imageformats/libqsvg.so",
        "PySide6/Qt/plugins/iconengines/libqsvgicon.so",
        "pyphen/dictionaries/hyph_pl_PL.dic",
        "pyphen/dictionaries/hyph_ro_RO.dic",
        "pyphen/dictionaries/hyph_en_GB.dic",
        "pyphen/dictionaries/README_hyph_pl_PL.txt",
        "PySide6/Qt/plugins/imageformats/libqjpeg.so",
        "PySide6/Qt/plugins/platforms/libqoffscreen.so",
        "PySide6/Qt/plugins/platforminputcontexts/libibusplatforminputcontextplugin.so",
        "PySide6/Qt/plugins/platformthemes/libqxdgdesktopportal.so",
        "PySide6/Qt/lib/libQt6DBus.so.6",
        "PySide6/Qt/lib/libicudata.so.73",
        "pillow.libs/libjpeg-6dc8d115.so.62.4.0",
        "libX11.so.6",
        "libfontconfig.so.1",
    ],
)
def test_keeps_what_the_program_uses(common: ModuleType, name: str) -> None:
    assert common.keep((name, f"/source/{name}", "DATA"))


@pytest.mark.parametrize(
    "name",
    [
        "PySide6/Qt/plugins/platformthemes/libqgtk3.so",
        "libgtk-3.so.0",
        "libcairo.so.2",
        "libpango-1.0.so.0",
        "PySide6/Qt/translations/qtbase_de.qm",
        "PySide6/Qt/translations/qt_help_ja.qm",
        "pyphen/dictionaries/hyph_de_DE.dic",
        "pyphen/dictionaries/README_hyph_NO.txt",
        "PySide6/Qt/plugins/platforms/libqvnc.so",
        "PySide6/Qt/plugins/platforms/libqeglfs.so",
        "PySide6/Qt/plugins/generic/libqtuiotouchplugin.so",
        "PySide6/Qt/plugins/imageformats/libqwebp.so",
        "PySide6/Qt/lib/libQt6Network.so.6",
        "libgssapi_krb5.so.2",
        "pillow.libs/libavif-c6062d5f.so.16.4.2",
    ],
)
def test_leaves_out_what_only_weighs(common: ModuleType, name: str) -> None:
    assert not common.keep((name, f"/source/{name}", "BINARY"))


def test_unused_qt_modules_are_excluded(common: ModuleType) -> None:
    for module in ("PySide6.QtQml", "PySide6.QtQuick", "PySide6.QtWebEngineCore", "PySide6.QtPdf"):
        assert module in common.EXCLUDES
    for module in ("PySide6.QtCore", "PySide6.QtGui", "PySide6.QtWidgets", "PySide6.QtSvg"):
        assert module not in common.EXCLUDES
    for module in ("PIL._avif", "PIL._webp", "ssl"):  # AVIF, WebP and TLS: never used
        assert module in common.EXCLUDES
    assert "PIL._imaging" not in common.EXCLUDES
