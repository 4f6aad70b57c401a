"""What every platform's PyInstaller spec shares: the package's data and the modules left out.

Imported by the ``.spec`` files (PyInstaller runs them with this folder on ``sys.path``).
The package's data is collected generically — every non-Python file installed with
``cjdesigner`` (icons, fonts, sample maps, template data, translation catalogues) — so files
added later land in the bundle without editing a spec.
"""

from __future__ import annotations

# Qt modules and Python packages the program never uses: leaving them out keeps the bundle
# small (QML/Quick alone are ~100 MB with their plugins).
EXCLUDES = [
    "tkinter",
    # Nothing starts processes; left in, PyInstaller runs its multiprocessing hook at each start.
    "multiprocessing",
    "unittest",
    "pydoc_data",
    "pytest",
    "_pytest",
    "hypothesis",
    "IPython",
    "numpy",
    "PySide6.QtQml",
    "PySide6.QtQuick",
    "PySide6.QtQuickWidgets",
    "PySide6.QtQuickControls2",
    "PySide6.QtNetwork",
    "PySide6.QtOpenGL",
    "PySide6.QtOpenGLWidgets",
    "PySide6.QtPdf",
    "PySide6.QtPdfWidgets",
    "PySide6.QtWebEngineCore",
    "PySide6.QtWebEngineWidgets",
    "PySide6.QtWebChannel",
    "PySide6.QtWebSockets",
    "PySide6.Qt3DCore",
    "PySide6.QtMultimedia",
    "PySide6.QtMultimediaWidgets",
    "PySide6.QtCharts",
    "PySide6.QtDataVisualization",
    "PySide6.QtSql",
    "PySide6.QtTest",
    "PySide6.QtDesigner",
    "PySide6.QtHelp",
    "PySide6.QtUiTools",
    "PySide6.QtXml",
    "PySide6.QtConcurrent",
    "PySide6.QtDBus",
    "PySide6.QtBluetooth",
    "PySide6.QtPositioning",
    "PySide6.QtSerialPort",
    "PySide6.QtSensors",
    "PySide6.QtStateMachine",
    "PySide6.QtTextToSpeech",
    # Nothing goes on the network: no TLS (libssl), no line editing (libreadline).
    "ssl",
    "_ssl",
    "readline",
    # Pillow checks picture sizes and feeds reportlab and python-pptx PNG and JPEG only: its AVIF
    # (libavif, ~5 MB) and WebP codecs and its Tk bridge are not needed (Pillow runs without them).
    "PIL._avif",
    "PIL._webp",
    "PIL._imagingtk",
    "PIL.ImageTk",
    # svglib reads SVG with lxml.etree only
    "lxml.objectify",
    "lxml.html",
    "lxml.isoschematron",
]

# python-pptx finds its slide templates as `pptx/oxml/../templates/…`: its modules must be real
# files in real folders (the archive has no `pptx/oxml` folder for `..` to leave).
MODULE_COLLECTION_MODE = {"pptx": "py"}


def hidden_imports() -> list[str]:
    """Modules imported by name at run time (``importlib.import_module``): every module of ours."""
    from PyInstaller.utils.hooks import collect_submodules

    return [*collect_submodules("cjdesigner"), "PySide6.QtSvg"]


def data_files() -> list[tuple[str, str]]:
    """Every non-Python file of the installed packages the program reads at run time."""
    from PyInstaller.utils.hooks import collect_data_files

    return [
        *collect_data_files("cjdesigner"),
        *collect_data_files("pyphen"),  # hyphenation dictionaries
        *collect_data_files("reportlab"),  # standard font metrics, colour tables
        *collect_data_files("pptx"),  # python-pptx's slide templates (PowerPoint export)
    ]


# The GTK platform theme drags in GTK, GDK, Cairo, Pango and ATK (~25 MB); without it Qt uses the
# XDG desktop portal theme or its own dialogs. These libraries come only with that plugin.
GTK_PLUGIN = "PySide6/Qt/plugins/platformthemes/libqgtk3.so"
GTK_ONLY_LIBRARIES = (
    "libgtk-3.",
    "libgdk-3.",
    "libgdk_pixbuf-2.0.",
    "libatk-1.0.",
    "libatk-bridge-2.0.",
    "libatspi.",
    "libpango-1.0.",
    "libpangocairo-1.0.",
    "libpangoft2-1.0.",
    "libcairo.",
    "libcairo-gobject.",
    "libepoxy.",
    "libpixman-1.",
    "libfribidi.",
    "libthai.",
    "libdatrie.",
    "libXcomposite.",
    "libXcursor.",
    "libXdamage.",
    "libXinerama.",
    "libXrandr.",
    "libXi.",
)
# Qt plugins for what a desktop does not use: platforms for embedded screens (EGLFS, Linux frame
# buffer, Vulkan display, VNC), their device and input plugins, and picture formats other than
# PNG (built in), JPEG and SVG (avatars and logos are PNG or JPEG, icons SVG). The VNC and TUIO
# plugins are all that use QtNetwork, which brings Kerberos; EGLFS has two libraries of its own.
QT_PLUGINS = "PySide6/Qt/plugins/"
UNUSED_QT_PLUGINS = (
    "platforms/libqeglfs.so",
    "platforms/libqlinuxfb.so",
    "platforms/libqminimalegl.so",
    "platforms/libqvkkhrdisplay.so",
    "platforms/libqvnc.so",
    "egldeviceintegrations/",
    "generic/",
    "imageformats/libqgif.so",
    "imageformats/libqicns.so",
    "imageformats/libqico.so",
    "imageformats/libqtga.so",
    "imageformats/libqtiff.so",
    "imageformats/libqwbmp.so",
    "imageformats/libqwebp.so",
)
UNUSED_LIBRARIES = (
    "libQt6Network.",
    "libQt6EglFSDeviceIntegration.",
    "libQt6EglFsKmsSupport.",
    "libgssapi_krb5.",
    "libkrb5.",
    "libkrb5support.",
    "libk5crypto.",
    "libkeyutils.",
    "libcom_err.",
    "libavif",
    "libwebp",
    "libsharpyuv",
)
# Qt's own catalogues (its dialogs' buttons) in the program's languages only: ~7 MB otherwise.
QT_TRANSLATIONS = "PySide6/Qt/translations/"
LANGUAGES = ("pl", "ro")
# Hyphenation dictionaries (with their licence notes) for the maps' languages only: ~6 MB otherwise.
HYPHENATION = "pyphen/dictionaries/"
HYPHENATION_LANGUAGES = ("en", "pl", "ro")


def keep(entry: tuple[str, str, str]) -> bool:
    """Whether a collected binary or data file belongs in the bundle (see the lists above)."""
    name = entry[0].replace("\\", "/")
    base = name.rsplit("/", 1)[-1]
    if name == GTK_PLUGIN or ("/" not in name and base.startswith(GTK_ONLY_LIBRARIES)):
        return False
    if name.startswith(QT_PLUGINS) and name[len(QT_PLUGINS) :].startswith(UNUSED_QT_PLUGINS):
        return False
    if base.startswith(UNUSED_LIBRARIES):
        return False
    if name.startswith(QT_TRANSLATIONS):
        return base.removesuffix(".qm").rsplit("_", 1)[-1] in LANGUAGES
    if name.startswith(HYPHENATION):
        stem = base.removeprefix("README_").removeprefix("hyph_").split(".")[0]
        return stem.split("_")[0] in HYPHENATION_LANGUAGES
    return True
