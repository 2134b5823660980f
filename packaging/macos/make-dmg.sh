#!/usr/bin/env bash
# Builds Smidig.app and a disk image with it (see README.md here). On paper: written for a Mac,
# never run on the Debian build machine.
#   make-dmg.sh QT_PREFIX QTKEYCHAIN_PREFIX
set -euo pipefail
qt=$1 keychain=$2
root=$(cd "$(dirname "$0")/../.." && pwd)
build=$root/build/macos
version=$(sed -n 's/^ *VERSION \([0-9.]*\)$/\1/p' "$root/CMakeLists.txt" | head -1)

cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DBUILD_TESTING=OFF \
    -DCMAKE_PREFIX_PATH="$qt;$keychain" -DCMAKE_OSX_DEPLOYMENT_TARGET=12.0
cmake --build "$build" --parallel

app=$build/app/smidig.app
# The command line program lives in the bundle too, so macdeployqt fixes its Qt paths as well.
cp "$build/app/smidig-cli" "$app/Contents/MacOS/"
"$qt/bin/macdeployqt" "$app" -executable="$app/Contents/MacOS/smidig-cli" -always-overwrite
mv "$app" "$build/Smidig.app"

rm -f "$build/Smidig-$version.dmg"
hdiutil create -volname Smidig -srcfolder "$build/Smidig.app" -ov -format UDZO "$build/Smidig-$version.dmg"
echo "$build/Smidig-$version.dmg"
