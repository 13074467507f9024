#!/usr/bin/env bash
# Builds the library jars of a git revision into target/api-baseline/<artifactId>.jar, the baseline
# of the japicmp check before the first release:
#   tools/api-baseline.sh v0.1.0   (or a commit)
#   ./mvnw verify -Djapicmp.baselineDir=$PWD/target/api-baseline
# Once a version is on Central, use -Djapicmp.baseline=<version> instead (no script needed).
set -euo pipefail
cd "$(dirname "$0")/.."
ref=${1:?usage: tools/api-baseline.sh <git-ref>}
dir=target/api-baseline
work=target/api-baseline-src
rm -rf "$dir" "$work" && mkdir -p "$dir"
git worktree add --detach "$work" "$ref" >/dev/null
trap 'git worktree remove --force "$work"' EXIT
(cd "$work" && ./mvnw -B -q ${OFFLINE:+-o} -DskipTests -Dmaven.javadoc.skip=true -Dcyclonedx.skip=true \
  -Dspotless.check.skip=true -Dcx4j.analyze.fail=false -Djacoco.skip=true \
  -pl core,scoring,segmentation,complaints -am package)
for m in core scoring segmentation complaints; do
  cp "$work/$m"/target/cx4j-"$m"-*[0-9T].jar "$dir/cx4j-$m.jar" 2>/dev/null \
    || cp "$(ls "$work/$m"/target/cx4j-"$m"-*.jar | grep -v -e sources -e javadoc | head -1)" "$dir/cx4j-$m.jar"
done
ls -l "$dir"
