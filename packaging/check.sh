#!/usr/bin/env bash
# Check what packaging/build.sh made in dist/: the bundle runs on its own and the .deb's desktop
# integration files are valid. Run after the build (CI does, see .ci/run):
#
#     bash packaging/check.sh
#
# The unpacked tarball, run with an empty environment (`env -i`: no PATH, no HOME, no DISPLAY,
# no Python), must print its version, pass --self-test (offscreen), start the editor to its first
# frame, and export a sample to a PDF that `qpdf --check` accepts, PNG, SVG, XLSX, PPTX, CSV and
# Mermaid (and import the spreadsheet back); its size must
# stay within MAX_MB. The .deb must hold the bundle, /usr/bin/cjdesigner, and desktop, MIME,
# AppStream and icon files that desktop-file-validate, appstreamcli and update-mime-database
# accept. Needs: tar, dpkg-deb, qpdf, desktop-file-validate, appstreamcli, update-mime-database,
# xvfb-run (the editor also starts on a virtual X11 display, through the bundled xcb plugin).
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."
MAX_MB="${MAX_MB:-250}"
APP_ID="org.cjdesigner.cjdesigner"
MIME="application/x-cjdesigner-map"
VERSION="$(python3 -c 'import re, sys; print(re.search(r"__version__ = \"([^\"]+)\"", open(sys.argv[1]).read())[1])' cjdesigner/__init__.py)"
NAME="cjdesigner-$VERSION-linux-x86_64"
TARBALL="dist/$NAME.tar.gz"
DEB="dist/cjdesigner_${VERSION}_amd64.deb"

failures=0
pass() { printf 'ok    %s\n' "$1"; }
fail() { printf 'FAIL  %s\n' "$1"; failures=$((failures + 1)); }
check() {  # check DESCRIPTION COMMAND...: run it, its output shown only when it fails
    local what="$1" out
    shift
    if out="$("$@" 2>&1)"; then pass "$what"; else fail "$what"; printf '%s\n' "$out" | sed 's/^/      /'; fi
}

for tool in tar dpkg-deb qpdf desktop-file-validate appstreamcli update-mime-database xvfb-run; do
    command -v "$tool" >/dev/null || { echo "check.sh: $tool is missing" >&2; exit 2; }
done
for file in "$TARBALL" "$DEB"; do
    [[ -f "$file" ]] || { echo "check.sh: $file is missing; run packaging/build.sh first" >&2; exit 2; }
done

WORK="$(mktemp -d "${TMPDIR:-/tmp}/cjdesigner-check.XXXXXX")"
trap 'rm -rf "$WORK"' EXIT

# -- the tarball's bundle, run with nothing from this machine's environment --------------------
tar -C "$WORK" -xzf "$TARBALL"
APP="$WORK/$NAME"
size_mb="$(du -sm "$APP" | cut -f1)"
if (( size_mb <= MAX_MB )); then pass "unpacked bundle: $size_mb MB (limit $MAX_MB)"; else fail "unpacked bundle: $size_mb MB, over $MAX_MB"; fi
run() { env -i HOME="$WORK/home" "$APP/cjdesigner" "$@"; }
mkdir -p "$WORK/home"

version="$(env -i "$APP/cjdesigner" --version 2>&1 || true)"
if [[ "$version" == "cjdesigner $VERSION" ]]; then pass "env -i cjdesigner --version: $version"; else fail "env -i cjdesigner --version printed: $version"; fi
check "env -i cjdesigner --self-test (offscreen, no display)" env -i "$APP/cjdesigner" --self-test
SAMPLES="$APP/_internal/cjdesigner/resources/samples"
SAMPLE="$SAMPLES/bank-account-opening-pl.cjm"
check "validate the samples" run validate "$SAMPLES"/*.cjm
check "info of a sample" run info "$SAMPLE"
check "analyze a sample" run analyze "$SAMPLE"
check "export a sample to PDF" run export "$SAMPLE" -o "$WORK/map.pdf"
check "qpdf --check of that PDF" qpdf --check "$WORK/map.pdf"
check "export a sample to PNG" run export "$SAMPLE" -o "$WORK/map.png"
check "export a sample to SVG" run export "$SAMPLE" -o "$WORK/map.svg"
for format in xlsx pptx csv mmd; do
    check "export a sample to .$format" run export "$SAMPLE" -o "$WORK/map.$format"
done
check "import the spreadsheet back" run import "$WORK/map.xlsx" -o "$WORK/imported.cjm"
check "the imported map validates" run validate "$WORK/imported.cjm"
check "the PNG is a PNG" bash -c "head -c 8 '$WORK/map.png' | od -An -c | grep -q 'P   N   G'"
check "the editor starts to its first frame (offscreen)" \
    env -i HOME="$WORK/home" QT_QPA_PLATFORM=offscreen CJDESIGNER_EXIT_AFTER_FIRST_FRAME=1 \
    "$APP/cjdesigner"
check "the editor opens a sample to its first frame (offscreen)" \
    env -i HOME="$WORK/home" QT_QPA_PLATFORM=offscreen CJDESIGNER_EXIT_AFTER_FIRST_FRAME=1 \
    "$APP/cjdesigner" "$SAMPLE"
check "the editor starts on X11 (xcb, under Xvfb) to its first frame" \
    xvfb-run -a bash -c 'env -i HOME="$1" DISPLAY="$DISPLAY" XAUTHORITY="$XAUTHORITY" CJDESIGNER_EXIT_AFTER_FIRST_FRAME=1 "$2"' \
    _ "$WORK/home" "$APP/cjdesigner"
bad_input="$(run info "$WORK/missing.cjm" 2>&1 || true)"
if [[ "$bad_input" == cjdesigner:* && "$bad_input" != *Traceback* ]]; then pass "a missing file is one message: $bad_input"; else fail "a missing file printed: $bad_input"; fi

# -- the Debian package ------------------------------------------------------------------------
ROOT="$WORK/deb"
dpkg-deb -x "$DEB" "$ROOT"
check "dpkg-deb --info" dpkg-deb --info "$DEB"
[[ "$(readlink "$ROOT/usr/bin/cjdesigner")" == /opt/cjdesigner/cjdesigner && -x "$ROOT/opt/cjdesigner/cjdesigner" ]] \
    && pass "/usr/bin/cjdesigner -> /opt/cjdesigner/cjdesigner" || fail "/usr/bin/cjdesigner is not the bundle's program"
version="$(env -i "$ROOT/opt/cjdesigner/cjdesigner" --version 2>&1 || true)"
[[ "$version" == "cjdesigner $VERSION" ]] && pass "the installed bundle runs: $version" || fail "the installed bundle printed: $version"
check "desktop-file-validate" desktop-file-validate "$ROOT/usr/share/applications/$APP_ID.desktop"
check "appstreamcli validate --no-net" appstreamcli validate --no-net "$ROOT/usr/share/metainfo/$APP_ID.metainfo.xml"
MIME_DIR="$WORK/mime"
mkdir -p "$MIME_DIR/packages"
cp "$ROOT/usr/share/mime/packages/$APP_ID.xml" "$MIME_DIR/packages/"
check "update-mime-database" update-mime-database "$MIME_DIR"
check "*.cjm is $MIME" grep -qx "50:$MIME:\*.cjm" "$MIME_DIR/globs2"
check "$MIME is a sub-class of application/json" grep -qx "$MIME application/json" "$MIME_DIR/subclasses"
check "the desktop entry opens $MIME" grep -q "^MimeType=.*$MIME;" "$ROOT/usr/share/applications/$APP_ID.desktop"
for icon in "apps/$APP_ID" "mimetypes/${MIME/\//-}"; do
    check "hicolor icons $icon (SVG and PNG)" test -f "$ROOT/usr/share/icons/hicolor/scalable/$icon.svg" \
        -a -f "$ROOT/usr/share/icons/hicolor/48x48/$icon.png" -a -f "$ROOT/usr/share/icons/hicolor/256x256/$icon.png"
done

if (( failures > 0 )); then
    echo "check.sh: $failures check(s) failed" >&2
    exit 1
fi
echo "check.sh: all checks passed"
