#!/usr/bin/env bash
# Runs the app image's launcher with an EMPTY environment (no JAVA_HOME, no PATH) on the bundled sample:
# it must print the inspect report and exit 0, proving the image carries its own runtime and data.
set -euo pipefail
cd "$(dirname "$0")/.."
APP=target/installer/CityTwin
SAMPLE="$PWD/$APP/lib/app/sample-citygml/13100_tokyo23-ku_2020_citygml_mini"
[[ -x $APP/bin/CityTwin && -d $SAMPLE ]] || { echo "smoke-test: no app image; run ./mvnw -Pinstaller package" >&2; exit 1; }
[[ -x $APP/lib/runtime/bin/java ]] || { echo "smoke-test: the image has no runtime under lib/runtime" >&2; exit 1; }
out=$(env -i "$PWD/$APP/bin/CityTwin" inspect "$SAMPLE" 2>&1) || { echo "$out"; echo "smoke-test: launcher failed" >&2; exit 1; }
echo "$out" | tail -15
grep -qiE 'building' <<<"$out" || { echo "smoke-test: no report in the output" >&2; exit 1; }
# Japanese must survive the POSIX locale env -i leaves (Java's console charset is ASCII there)
ja=$(env -i "$PWD/$APP/bin/CityTwin" --lang ja inspect "$SAMPLE" 2>&1) || { echo "$ja"; echo "smoke-test: launcher failed in Japanese" >&2; exit 1; }
grep -q '合計' <<<"$ja" || { echo "$ja" | tail -3; echo "smoke-test: no Japanese report (console charset?)" >&2; exit 1; }
ls target/installer/*.deb >/dev/null 2>&1 || { echo "smoke-test: no .deb beside the image" >&2; exit 1; }
echo "smoke-test: OK"
