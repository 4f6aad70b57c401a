#!/usr/bin/env bash
# Build the Linux bundle and its packages from this checkout, with one command:
#
#     bash packaging/build.sh
#
# Makes its own build environment (a virtual environment under build/bundle/, with the package
# installed from this checkout and PyInstaller), runs PyInstaller on packaging/cjdesigner-linux.spec
# (one folder, no Python needed on the target machine) and writes to dist/:
#   cjdesigner-<version>-linux-x86_64.tar.gz   the folder, to unpack anywhere and run ./cjdesigner
#   cjdesigner_<version>_amd64.deb             installs it under /opt/cjdesigner, with
#                                              /usr/bin/cjdesigner, the desktop entry, the .cjm
#                                              file type, AppStream metainfo and the icons
# Needs Python >= 3.11 (PYTHON=/path/to/python to choose), pip access, dpkg-deb, tar; and cc to trim
# the ICU data (packaging/icu_data.py; without it the bundle keeps the full 32 MB of it).
# The environment is kept between builds (CJDESIGNER_CLEAN_BUILD=1 starts it anew). CPU heavy:
# it runs under `nice`.
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."
REPO="$PWD"
PYTHON="${PYTHON:-python3}"
BUILD="$REPO/build/bundle"
VENV="$BUILD/venv"
export PIP_DISABLE_PIP_VERSION_CHECK=1

say() { printf '== %s (%ss)\n' "$1" "$SECONDS"; }

VERSION="$("$PYTHON" -c 'import re, sys; print(re.search(r"__version__ = \"([^\"]+)\"", open(sys.argv[1]).read())[1])' cjdesigner/__init__.py)"
APP_ID="org.cjdesigner.cjdesigner"
NAME="cjdesigner-$VERSION-linux-x86_64"
if [[ "$(uname -m)" != "x86_64" ]]; then
    echo "build.sh: this builds the x86_64 bundle; this machine is $(uname -m)" >&2
    exit 1
fi
command -v dpkg-deb >/dev/null || { echo "build.sh: dpkg-deb is needed (apt-get install dpkg)" >&2; exit 1; }

if [[ "${CJDESIGNER_CLEAN_BUILD:-}" == 1 ]]; then
    rm -rf "$BUILD"
fi
mkdir -p "$BUILD" dist
if [[ ! -x "$VENV/bin/python" ]]; then
    say "build environment: $("$PYTHON" --version 2>&1) in $VENV"
    "$PYTHON" -m venv "$VENV"
fi
say "pip install . and PyInstaller"
"$VENV/bin/python" -m pip install --quiet "pyinstaller>=6.10,<7" "$REPO"
# The same version number as the last build would not be reinstalled: force this checkout in.
"$VENV/bin/python" -m pip install --quiet --no-deps --force-reinstall "$REPO"

say "PyInstaller (one folder)"
rm -rf "$BUILD/dist" "$BUILD/stage"
# Run from the build folder: `python -m` puts the working folder first on sys.path, and from the
# checkout PyInstaller would bundle the sources there instead of the installed package.
(cd "$BUILD" && nice -n 10 "$VENV/bin/python" -m PyInstaller --noconfirm --log-level WARN \
    --distpath "$BUILD/dist" --workpath "$BUILD/work" "$REPO/packaging/cjdesigner-linux.spec")

say "ICU data: the interface languages' part"
"$VENV/bin/python" packaging/icu_data.py "$BUILD/dist/cjdesigner"

say "icons"
ICONS="$BUILD/icons"
rm -rf "$ICONS"
QT_QPA_PLATFORM=offscreen nice -n 10 "$VENV/bin/python" packaging/render_icons.py "$ICONS"

say "desktop files"
SHARE="$BUILD/share"
rm -rf "$SHARE"
mkdir -p "$SHARE"
cp packaging/linux/"$APP_ID".desktop packaging/linux/"$APP_ID".mime.xml "$SHARE/"
sed -e "s/@VERSION@/$VERSION/" -e "s/@DATE@/$(date -u +%Y-%m-%d)/" \
    packaging/linux/"$APP_ID".metainfo.xml > "$SHARE/$APP_ID.metainfo.xml"

say "tarball"
STAGE="$BUILD/stage"
mkdir -p "$STAGE"
cp -a "$BUILD/dist/cjdesigner" "$STAGE/$NAME"
mkdir -p "$STAGE/$NAME/share"
cp "$SHARE"/* "$STAGE/$NAME/share/"
cp -a "$ICONS/hicolor" "$STAGE/$NAME/share/"
cp packaging/linux/INSTALL.txt "$STAGE/$NAME/"
tar -C "$STAGE" -czf "dist/$NAME.tar.gz" --owner=0 --group=0 "$NAME"

say "Debian package"
DEB="$BUILD/deb"
rm -rf "$DEB"
mkdir -p "$DEB/DEBIAN" "$DEB/opt" "$DEB/usr/bin" "$DEB/usr/share/applications" \
    "$DEB/usr/share/metainfo" "$DEB/usr/share/mime/packages" "$DEB/usr/share/icons" \
    "$DEB/usr/share/doc/cjdesigner"
cp -a "$BUILD/dist/cjdesigner" "$DEB/opt/cjdesigner"
ln -s /opt/cjdesigner/cjdesigner "$DEB/usr/bin/cjdesigner"
cp "$SHARE/$APP_ID.desktop" "$DEB/usr/share/applications/"
cp "$SHARE/$APP_ID.metainfo.xml" "$DEB/usr/share/metainfo/"
cp "$SHARE/$APP_ID.mime.xml" "$DEB/usr/share/mime/packages/$APP_ID.xml"
cp -a "$ICONS/hicolor" "$DEB/usr/share/icons/"
cp "$REPO/resources/fonts/OFL.txt" "$DEB/usr/share/doc/cjdesigner/OFL-NotoSans.txt"
INSTALLED_KB="$(du -sk --exclude=DEBIAN "$DEB" | cut -f1)"
sed -e "s/@VERSION@/$VERSION/" -e "s/@INSTALLED_KB@/$INSTALLED_KB/" \
    packaging/linux/control.in > "$DEB/DEBIAN/control"
find "$DEB" -type d -exec chmod 0755 {} +
dpkg-deb --root-owner-group -Zgzip --build "$DEB" "dist/cjdesigner_${VERSION}_amd64.deb" >/dev/null

say "done"
du -sh "$BUILD/dist/cjdesigner" | sed 's/^/unpacked bundle: /'
ls -l "dist/$NAME.tar.gz" "dist/cjdesigner_${VERSION}_amd64.deb"
