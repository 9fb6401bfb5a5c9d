#!/usr/bin/env bash
# Page rendering throughput: the portal rendering a page from the repository on every request,
# against two baselines measured in the same run on the same machine: nginx serving the same bytes
# as a static file, and the portal itself serving its stylesheet (a static file through the same
# JVM, Tomcat and filters), which separates the cost of rendering from the cost of the server.
#
# Needs: Java 17+, Maven, and Debian's nginx and wrk (installed if missing and running as root).
# Usage: bench/page-render.sh [URL_PATH] [SECONDS] [CONNECTIONS]
set -euo pipefail
cd "$(dirname "$0")/.."

path="${1:-/documents/orders/2018-03-524}"
seconds="${2:-15}"
connections="${3:-16}"
portal_port=18080
nginx_port=18081
work=$(mktemp -d)
trap 'kill "$portal_pid" 2>/dev/null || true; nginx -p "$work/nginx" -c nginx.conf -s stop 2>/dev/null || true; rm -rf "$work"' EXIT

for tool in nginx wrk; do
  if ! command -v "$tool" >/dev/null 2>&1; then
    DEBIAN_FRONTEND=noninteractive apt-get install -y -q "$tool" >/dev/null
  fi
done
[ -f webapp/target/quality-portal.jar ] || mvn -B -q package -DskipTests

java -jar webapp/target/quality-portal.jar --server.port=$portal_port --portal.home="$work/home" \
  --logging.level.root=WARN >"$work/portal.log" 2>&1 &
portal_pid=$!
for _ in $(seq 1 240); do
  curl -sf -o /dev/null "http://127.0.0.1:$portal_port$path" && break
  sleep 0.5
done
curl -sf "http://127.0.0.1:$portal_port$path" -o "$work/page.html"

mkdir -p "$work/nginx/logs" "$work/nginx/www"
chmod 755 "$work" # nginx's workers run as nobody: without this they answer 403 and the baseline measures errors
cp "$work/page.html" "$work/nginx/www/page.html"
cat >"$work/nginx/nginx.conf" <<CONF
worker_processes 1;
error_log logs/error.log;
pid logs/nginx.pid;
events { worker_connections 1024; }
http {
  access_log off;
  server {
    listen 127.0.0.1:$nginx_port;
    location / { root $work/nginx/www; default_type text/html; }
  }
}
CONF
nginx -p "$work/nginx" -c nginx.conf

rate() {
  wrk -t2 -c"$connections" -d"${seconds}s" "$1" | awk '/Requests\/sec/ {print $2}'
}
# warm-up: let the JIT compile the rendering path before measuring
wrk -t2 -c"$connections" -d5s "http://127.0.0.1:$portal_port$path" >/dev/null
css=$(grep -oE '/\.resources/[^"]+\.css' "$work/page.html" | head -1)
portal=$(rate "http://127.0.0.1:$portal_port$path")
static=$(rate "http://127.0.0.1:$nginx_port/page.html")
served=$(rate "http://127.0.0.1:$portal_port$css")

echo "page: $path ($(wc -c <"$work/page.html") bytes), ${seconds}s, $connections connections"
echo "portal (render from repository): $portal req/s"
echo "nginx  (same bytes, static):     $static req/s"
echo "portal (its stylesheet, static): $served req/s"
awk -v p="$portal" -v s="$static" -v f="$served" 'BEGIN {
  printf "ratio render/nginx static:  %.3f\n", p / s
  printf "ratio render/portal static: %.3f\n", p / f
}'
