#!/usr/bin/env bash
# Builds target/installer/CityTwin/ (jlink runtime from jdeps + jpackage app image with the sample data)
# and a .deb beside it. Called by `./mvnw -Pinstaller package` after the shaded jar exists.
set -euo pipefail
cd "$(dirname "$0")/.."
VERSION="${1:-0.1.0}"; VERSION="${VERSION%%-*}"   # jpackage wants digits and dots only
JAR=target/citytwin.jar
OUT=target/installer
BIN="${JAVA_HOME:+$JAVA_HOME/bin/}"
[[ -f $JAR ]] || { echo "build.sh: $JAR is missing; run ./mvnw package first" >&2; exit 1; }
rm -rf "$OUT"; mkdir -p "$OUT/input"
cp "$JAR" "$OUT/input/"
cp -r sample-citygml "$OUT/input/sample-citygml"

# JDK modules the jar uses; JavaFX is inside the jar (its natives are unpacked at run time, which needs
# jdk.unsupported), crypto.ec for https, localedata for the Japanese locale, zipfs for reading archives.
mods=$("${BIN}jdeps" --print-module-deps --ignore-missing-deps --multi-release 17 "$JAR")
mods="$mods,jdk.unsupported,jdk.crypto.ec,jdk.localedata,jdk.zipfs,jdk.charsets"
echo "build.sh: jlink modules: $mods"
"${BIN}jlink" --add-modules "$mods" --strip-debug --no-header-files --no-man-pages --compress=2 \
  --output "$OUT/runtime"

"${BIN}jpackage" --type app-image --name CityTwin --app-version "$VERSION" --vendor CityTwin \
  --input "$OUT/input" --main-jar citytwin.jar --main-class org.citytwin.app.Launcher \
  --runtime-image "$OUT/runtime" --java-options '-XX:MaxRAMPercentage=75' --dest "$OUT"

if command -v dpkg-deb >/dev/null && command -v fakeroot >/dev/null; then
  "${BIN}jpackage" --type deb --app-image "$OUT/CityTwin" --name CityTwin --app-version "$VERSION" \
    --vendor CityTwin --description "3D CityGML viewer" --linux-package-name citytwin \
    --linux-app-category science --linux-shortcut \
    --linux-package-deps "libgtk-3-0, libgl1, libxxf86vm1" --dest "$OUT"
else
  echo "build.sh: dpkg-deb or fakeroot missing, no .deb built" >&2
fi
rm -rf "$OUT/input" "$OUT/runtime"
du -sh "$OUT/CityTwin" "$OUT"/*.deb 2>/dev/null || true
