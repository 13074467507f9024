#!/usr/bin/env bash
# Two clean builds of the library jars (and their sources jars) must be byte-identical.
# Cheap: no tests, no javadoc, no SBOM, library modules only (about a minute each build).
# Usage: tools/reproducible-check.sh   (run from anywhere; uses ./mvnw offline if OFFLINE=1)
set -euo pipefail
cd "$(dirname "$0")/.."
mods=core,scoring,segmentation,complaints
opts=(-B -q -DskipTests -Dmaven.javadoc.skip=true -Dcyclonedx.skip=true -Dspotless.check.skip=true
  -Dcx4j.analyze.fail=false -Dmdep.analyze.skip=true -Djacoco.skip=true -pl "$mods")
[[ "${OFFLINE:-0}" == 1 ]] && opts+=(-o)
out=target/reproducible
rm -rf "$out" && mkdir -p "$out/1" "$out/2"
for run in 1 2; do
  ./mvnw "${opts[@]}" clean package
  for m in ${mods//,/ }; do cp "$m"/target/cx4j-"$m"-*.jar "$out/$run/"; done
done
(cd "$out/1" && sha256sum *.jar) > "$out/1.sha256"
(cd "$out/2" && sha256sum *.jar) > "$out/2.sha256"
if diff "$out/1.sha256" "$out/2.sha256"; then
  echo "reproducible: $(wc -l < "$out/1.sha256") jars byte-identical"
  cat "$out/1.sha256"
else
  echo "NOT reproducible: the jars above differ between two clean builds" >&2
  exit 1
fi
