#!/usr/bin/env bash
# Search benchmark, in two parts on the same index.
#
# 1. In-process (bench/search, one JVM with a 512 MB heap): generates a synthetic archive of DOCS
#    Russian documents (the seed content's vocabulary, a Russian dictionary's long tail), indexes it with a full
#    reindex, and measures a fixed query mix (one-word, two-word, phrase, faceted, typo) through the portal's
#    search service against raw Lucene on the same index, printing both and their ratio.
# 2. HTTP: starts the portal on that index, told to serve it as it is although it was not built from the
#    portal's repository (portal.search.rebuild-foreign-index=false), and runs wrk against /api/search, rotating through
#    the same query mix, with nginx serving the same JSON answers as static files as the baseline:
#    one connection (latency), then CONNECTIONS connections (throughput).
#
# Needs: Java 17+, Maven, and Debian's nginx, wrk and hunspell-ru (installed if missing and running as root).
# Usage: bench/search.sh [DOCS] [SECONDS] [CONNECTIONS]
set -euo pipefail
cd "$(dirname "$0")/.."

docs="${1:-100000}"
seconds="${2:-20}"
connections="${3:-8}"
portal_port=18080
nginx_port=18081
heap=512m
work=$(mktemp -d)
portal_pid=
trap '[ -n "$portal_pid" ] && kill "$portal_pid" 2>/dev/null; nginx -p "$work/nginx" -c nginx.conf -s stop 2>/dev/null || true; rm -rf "$work"' EXIT

install() {
  export DEBIAN_FRONTEND=noninteractive
  apt-get install -y -q "$1" >/dev/null 2>&1 || { apt-get update -q >/dev/null && apt-get install -y -q "$1" >/dev/null; }
}
for tool in nginx wrk; do
  command -v "$tool" >/dev/null 2>&1 || install "$tool"
done
# the Russian Hunspell dictionary: the archive's long tail of rare words (see bench/README.md)
[ -f /usr/share/hunspell/ru_RU.dic ] || install hunspell-ru
mvn -B -q -pl bench/search -am package -DskipTests
[ -f webapp/target/quality-portal.jar ] || mvn -B -q -pl webapp -am package -DskipTests

echo "== In-process: search service against raw Lucene ($docs documents, -Xmx$heap)"
mkdir -p "$work/home"
java -Xmx$heap -jar bench/search/target/search-bench.jar --docs "$docs" --index "$work/home/index" \
  --queries-out "$work/queries.txt" \
  --dictionary /usr/share/hunspell/ru_RU

echo
echo "== HTTP: GET /api/search through the portal (-Xmx$heap) against nginx serving the same answers"
started=$(date +%s)
java -Xmx$heap -jar webapp/target/quality-portal.jar --server.port=$portal_port --portal.home="$work/home" \
  --portal.search.rebuild-foreign-index=false --logging.level.root=WARN >"$work/portal.log" 2>&1 &
portal_pid=$!
for _ in $(seq 1 1200); do
  curl -sf -o /dev/null "http://127.0.0.1:$portal_port/api/search?q=" && break
  kill -0 "$portal_pid" 2>/dev/null || { cat "$work/portal.log"; exit 1; }
  sleep 0.5
done
total() { curl -sf "http://127.0.0.1:$portal_port/api/search?q=" | grep -oE '"total":[0-9]+' | head -1 | cut -d: -f2; }
echo "portal answering after $(( $(date +%s) - started )) s; documents it searches: $(total)"

mkdir -p "$work/nginx/logs" "$work/nginx/www"
chmod 755 "$work" # nginx's workers run as nobody and must reach the answers
: >"$work/portal-paths.txt"
: >"$work/nginx-paths.txt"
n=0
while IFS= read -r query; do
  n=$((n + 1))
  curl -sf "http://127.0.0.1:$portal_port/api/search?$query" -o "$work/nginx/www/q$n.json"
  echo "/api/search?$query" >>"$work/portal-paths.txt"
  echo "/q$n.json" >>"$work/nginx-paths.txt"
done <"$work/queries.txt"
echo "query mix: $n queries; answers $(cat "$work"/nginx/www/*.json | wc -c) bytes in all"

cat >"$work/nginx/nginx.conf" <<CONF
worker_processes 1;
error_log logs/error.log;
pid logs/nginx.pid;
events { worker_connections 1024; }
http {
  access_log off;
  server {
    listen 127.0.0.1:$nginx_port;
    location / { root $work/nginx/www; default_type application/json; }
  }
}
CONF
nginx -p "$work/nginx" -c nginx.conf

# Each wrk thread walks the list of paths in turn; done() prints the percentiles wrk's own
# --latency table lacks (p95).
cat >"$work/rotate.lua" <<'LUA'
local paths = {}
local i = 0
function init(args)
  for line in io.lines(args[1]) do paths[#paths + 1] = line end
end
function request()
  i = i % #paths + 1
  return wrk.format("GET", paths[i])
end
function done(summary, latency, requests)
  local e = summary.errors
  io.write(string.format("RESULT %.1f %.2f %.2f %.2f %d\n", summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000,
    e.connect + e.read + e.write + e.status + e.timeout))
end
LUA

# run NAME URL PATHS THREADS CONNECTIONS: prints wrk's report, keeps its RESULT line in $work/NAME
run() {
  wrk -t"$4" -c"$5" -d"${seconds}s" --timeout 10s --latency -s "$work/rotate.lua" "$2" -- "$3" | tee "$work/$1.out" \
    | grep -v '^RESULT'
  grep '^RESULT' "$work/$1.out" | cut -d' ' -f2- >"$work/$1"
}
# warm-up: let the JIT compile the search path before measuring (a minute: on a slow host ten
# seconds are a dozen requests, and the figures would be those of a cold JVM)
wrk -t1 -c2 -d60s --timeout 10s -s "$work/rotate.lua" "http://127.0.0.1:$portal_port" -- "$work/portal-paths.txt" >/dev/null
echo "-- portal, 1 connection";               run portal1 "http://127.0.0.1:$portal_port" "$work/portal-paths.txt" 1 1
echo "-- nginx, 1 connection";                run nginx1 "http://127.0.0.1:$nginx_port" "$work/nginx-paths.txt" 1 1
echo "-- portal, $connections connections";   run portalN "http://127.0.0.1:$portal_port" "$work/portal-paths.txt" 2 "$connections"
echo "-- nginx, $connections connections";    run nginxN "http://127.0.0.1:$nginx_port" "$work/nginx-paths.txt" 2 "$connections"

echo
echo "== HTTP summary (${seconds}s per run, query mix of $n; latency in ms)"
printf '%-28s %10s %8s %8s %8s %7s\n' "" "req/s" "p50" "p95" "p99" "errors"
for r in portal1 nginx1 portalN nginxN; do
  case $r in
    portal1) label="portal, 1 connection" ;; nginx1) label="nginx, 1 connection" ;;
    portalN) label="portal, $connections connections" ;; nginxN) label="nginx, $connections connections" ;;
  esac
  read -r rps p50 p95 p99 errors <"$work/$r"
  printf '%-28s %10s %8s %8s %8s %7s\n' "$label" "$rps" "$p50" "$p95" "$p99" "$errors"
done
read -r p1 pl50 pl95 _ _ <"$work/portal1"
read -r n1 nl50 nl95 _ _ <"$work/nginx1"
read -r pn _ _ _ _ <"$work/portalN"
read -r nn _ _ _ _ <"$work/nginxN"
awk -v p1="$p1" -v n1="$n1" -v pn="$pn" -v nn="$nn" -v pl50="$pl50" -v nl50="$nl50" -v pl95="$pl95" -v nl95="$nl95" 'BEGIN {
  printf "ratio portal/nginx, 1 connection:  req/s %.4f, p50 latency %.0fx, p95 latency %.0fx\n", p1 / n1, pl50 / nl50, pl95 / nl95
  printf "ratio portal/nginx, N connections: req/s %.4f\n", pn / nn
}'
