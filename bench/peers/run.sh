#!/usr/bin/env bash
# Whole-command side by side: the cx4j CLI against the tool a data team would use instead
# (lifetimes 0.11.3 on pandas 2.2.3, pandas for NPS and RFM), same files, median of three
# alternating runs. Prints a Markdown table for docs/benchmarks.md.
#
# Set-up once (PyPI mirror or index; lifetimes from its GitHub source, which the registry does not serve):
#   python3 -m venv /opt/peers && /opt/peers/bin/pip install pandas==2.2.3 numpy scipy autograd dill
#   git clone https://github.com/CamDavidsonPilon/lifetimes && /opt/peers/bin/pip install --no-deps ./lifetimes
# Run from the repository root after `./mvnw -B package -DskipTests`:
#   bash bench/peers/run.sh [WORKDIR]        (default WORKDIR: bench/target/peers)
# cx4j runs through bin/cx4j, the launcher users run (its default JVM options; CX4J_JAVA_OPTS
# replaces them, CX4J_JAVA_OPTS= runs with the JVM's own defaults).
set -euo pipefail
cd "$(dirname "$0")/../.."
ROOT=$PWD
PY=${PEER_PYTHON:-/opt/peers/bin/python}
JAR=${CX4J_JAR:-$ROOT/examples/target/cx4j.jar}
JAVA=${JAVA:-java}
W=${1:-$ROOT/bench/target/peers}
mkdir -p "$W"
cd "$W"
[ -f purchases.csv ] || "$PY" "$ROOT/bench/peers/simulate.py" purchases 1000000 purchases.csv
[ -f scores.csv ] || "$PY" "$ROOT/bench/peers/simulate.py" scores 10000000 scores.csv
END=2026-12-31
cx() { JAVA="$JAVA" CX4J_JAR="$JAR" "$ROOT/bin/cx4j" "$@" >/dev/null; }
peer() { "$PY" "$ROOT/bench/peers/peer.py" "$@" >/dev/null; }

# The cx4j side of each row.
cx_summarize() { cx summarize --input purchases.csv --customer-column customer --date-column date \
  --amount-column amount --end $END --unit days --output summary.csv; }
cx_fit() { cx clv fit --model bgnbd --summary summary.csv --output fit.json; }
cx_fit_predict() { cx clv fit --model bgnbd --summary summary.csv --output fit.json \
  && cx clv predict --summary summary.csv --model-file fit.json --horizon 365 --id-column customer \
  --output predict.csv; }
cx_nps() { cx nps --input scores.csv --column score; }
cx_rfm() { cx rfm --input purchases.csv --customer-column customer --date-column date \
  --amount-column amount --analysis-date 2027-01-01 --output rfm.csv; }
# The peer side.
peer_summarize() { peer summary purchases.csv $END peer_summary.csv; }
peer_fit() { peer fit summary.csv peer_fit.json; }
peer_fit_predict() { peer fit-predict summary.csv 365 peer_predict.csv; }
peer_nps() { peer nps scores.csv; }
peer_rfm() { peer rfm purchases.csv 2027-01-01 peer_rfm.csv; }

seconds() { local s e; s=$(date +%s.%N); "$@"; e=$(date +%s.%N); echo "$e - $s" | bc; }
median() { printf '%s\n' "$@" | sort -g | sed -n 2p; }

cx_summarize # the summary file the fits read
echo "| work | cx4j CLI (s) | peer (s) | peer time / cx4j time |"
echo "|---|---|---|---|"
for row in summarize fit fit_predict nps rfm; do
  a=(); b=()
  for i in 1 2 3; do
    a+=("$(seconds cx_$row)")
    b+=("$(seconds peer_$row)")
  done
  ma=$(median "${a[@]}"); mb=$(median "${b[@]}")
  printf '| %s | %.2f (%s) | %.2f (%s) | %.2f |\n' "$row" "$ma" "${a[*]}" "$mb" "${b[*]}" "$(echo "$mb / $ma" | bc -l)"
done
