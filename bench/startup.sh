#!/usr/bin/env bash
# Start-up time: seconds from launching the JVM to the first successful response, for
#   - the portal's first start on an empty home (includes importing the seed content),
#   - the portal's restart on the same home,
#   - a baseline: the smallest Spring Boot web application with the same web stack
#     (bench/startup-baseline), started on the same machine in the same run.
# The ratio portal/baseline is what the portal adds on top of Spring Boot itself; it carries
# over between machines better than the absolute seconds do on a busy or throttled host.
#
# Needs: Java 17+, Maven, curl. Usage: bench/startup.sh [RUNS]
set -euo pipefail
cd "$(dirname "$0")/.."

runs="${1:-3}"
port=18090
work=$(mktemp -d)
pid=""
trap '[ -n "$pid" ] && kill "$pid" 2>/dev/null; rm -rf "$work"' EXIT

[ -f webapp/target/quality-portal.jar ] || mvn -B -q package -DskipTests
[ -f bench/startup-baseline/target/startup-baseline.jar ] || mvn -B -q -f bench/startup-baseline/pom.xml package

# start_once JAR ARGS... : prints the seconds until http://127.0.0.1:$port/ answers 200, then stops the process
start_once() {
  local start end
  start=$(date +%s%N)
  java -jar "$@" --server.port=$port --logging.level.root=WARN >"$work/out.log" 2>&1 &
  pid=$!
  until curl -sf -o /dev/null "http://127.0.0.1:$port/"; do
    if ! kill -0 "$pid" 2>/dev/null; then cat "$work/out.log" >&2; exit 1; fi
    sleep 0.1
  done
  end=$(date +%s%N)
  kill "$pid"; wait "$pid" 2>/dev/null || true; pid=""
  echo "scale=2; ($end - $start) / 1000000000" | bc
}

median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }

export PORTAL_ADMIN_PASSWORD=bench-only
: >"$work/first"; : >"$work/restart"; : >"$work/baseline"
for i in $(seq 1 "$runs"); do
  start_once bench/startup-baseline/target/startup-baseline.jar >>"$work/baseline"
  rm -rf "$work/home"
  start_once webapp/target/quality-portal.jar --portal.home="$work/home" >>"$work/first"
  start_once webapp/target/quality-portal.jar --portal.home="$work/home" >>"$work/restart"
  echo "run $i/$runs: baseline $(tail -1 "$work/baseline") s, first start $(tail -1 "$work/first") s, restart $(tail -1 "$work/restart") s" >&2
done

baseline=$(median <"$work/baseline"); first=$(median <"$work/first"); restart=$(median <"$work/restart")
echo
echo "CPU pressure during the run: $(head -1 /proc/pressure/cpu 2>/dev/null || echo n/a)"
printf '%-36s %8s %8s\n' "median of $runs runs" "seconds" "ratio"
printf '%-36s %8s %8s\n' "baseline (minimal Spring Boot web)" "$baseline" "1.00"
printf '%-36s %8s %8s\n' "portal restart" "$restart" "$(echo "scale=2; $restart / $baseline" | bc)"
printf '%-36s %8s %8s\n' "portal first start (with import)" "$first" "$(echo "scale=2; $first / $baseline" | bc)"
