#!/usr/bin/env bash
# Many readers against a running server: does the server's resident memory level off?
# Serves a store (the article, or a synthetic corpus of --letters N), then runs wrk with 16
# connections for DURATION seconds against a fixed question, sampling the server's RSS
# every 5 s. Prints wrk's summary (requests/s, latency percentiles, errors) and the RSS
# series. Usage: bench/readers-memory.sh [DURATION] [LETTERS]   (default 120 s, the article)
# Needs wrk (apt-get install wrk). Traffic stays on 127.0.0.1 and stops by itself.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
duration="${1:-120}"
letters="${2:-0}"
heap="${BENCH_HEAP:-1g}"
work="$(mktemp -d)"
trap 'kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; rm -rf "$work"' EXIT
command -v wrk >/dev/null || { echo "needs wrk: apt-get install wrk" >&2; exit 1; }
[ -f "$here/target/corrkg.jar" ] || (cd "$here" && mvn -B -q -DskipTests package)
jar="$here/target/corrkg.jar"
if [ "$letters" -gt 0 ]; then
  java -jar "$jar" generate --letters "$letters" --out "$work/letters.nt"
  java -jar "$jar" load --store "$work/store" >/dev/null
  java -jar "$jar" load --store "$work/store" "$work/letters.nt" >/dev/null
fi
java -Xmx"$heap" -jar "$jar" serve --store "$work/store" --port 0 > "$work/serve.log" 2>&1 &
pid=$!
port=""
for _ in $(seq 1 120); do
  port=$(sed -n 's|.*Browser: *http://127.0.0.1:\([0-9]*\)/.*|\1|p' "$work/serve.log")
  [ -n "$port" ] && break
  sleep 1
done
[ -n "$port" ] || { cat "$work/serve.log"; exit 1; }
query='PREFIX%20corr%3A%20%3Chttps%3A%2F%2Fw3id.org%2Fcorrkg%2Fontology%23%3E%20SELECT%20%3Fc%20%7B%20%3Fc%20corr%3Asender%20%3Fs%20%3B%20corr%3Arecipient%20%3Fr%20%7D%20LIMIT%2020'
url="http://127.0.0.1:$port/corrkg/sparql?query=$query"
echo "server pid $pid, heap $heap, $duration s, 16 connections, 2 threads"
( for _ in $(seq 0 5 "$duration"); do
    echo "rss_kb $(awk '/VmRSS/ {print $2}' /proc/"$pid"/status) at $(date +%s)"
    sleep 5
  done ) &
sampler=$!
wrk -t2 -c16 -d"${duration}s" --latency -H 'Accept: application/sparql-results+json' "$url"
wait "$sampler" 2>/dev/null || true
