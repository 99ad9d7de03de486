#!/usr/bin/env bash
# Requests per second and latency of `corrkg serve` over loopback HTTP, with the answer cache
# (serve --answer-cache, default 64 MB) and without it (--answer-cache 0), on one store.
#
#   bench/answer-cache.sh STORE [--seconds S] [--actor IRI] [--actors N] [--port P]
#
# The question is `who --to X` as the command line sends it: queries/who.rq with ?recipient
# bound to an actor, POSTed as application/sparql-query, JSON results. Cases, each a wrk run
# of S seconds (default 15) after a 5 s warm-up of the same requests, at 1 and 4 connections:
#   ask        ASK {}: what the HTTP stack and Fuseki cost with no query work (the ceiling);
#   same       one actor (--actor, default .../synthetic/person/1000) asked again and again;
#   rotating   N actors (--actors, default 1000: the actor's number and the N-1 after it) in
#              turn, each request another actor. With the cache, the warm-up first asks each
#              of them once (so the run reads answers kept), without it every request is a query.
# Prints one TSV line per run: cache, case, connections, requests/s, p50 ms, p99 ms,
# requests, non-2xx, load average when it started. The store must not be open elsewhere.
# Needs java 17, wrk and curl (Debian: apt-get install wrk curl); traffic stays on 127.0.0.1.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
store="${1:?usage: bench/answer-cache.sh STORE [--seconds S] [--actor IRI] [--actors N] [--port P]}"
shift
seconds=15 actor="https://w3id.org/corrkg/synthetic/person/1000" actors=1000 port=3941
while [ $# -gt 0 ]; do
  case "$1" in
    --seconds) seconds="$2"; shift 2 ;;
    --actor) actor="$2"; shift 2 ;;
    --actors) actors="$2"; shift 2 ;;
    --port) port="$2"; shift 2 ;;
    *) echo "answer-cache.sh: unknown option $1" >&2; exit 2 ;;
  esac
done
[[ "$actor" =~ ^(.*[^0-9])([0-9]+)$ ]] || { echo "answer-cache.sh: the actor IRI must end in a number" >&2; exit 2; }
for tool in java wrk curl; do command -v "$tool" >/dev/null || { echo "answer-cache.sh: needs $tool" >&2; exit 1; }; done
jar="$root/target/corrkg.jar"
peers="$root/bench/peers/target/corrkg-peers.jar"
[ -f "$jar" ] || (cd "$root" && mvn -B -q -DskipTests package)
[ -f "$peers" ] || (cd "$root/bench/peers" && mvn -B -q -DskipTests package)

work="$(mktemp -d "${TMPDIR:-/tmp}/answer-cache.XXXXXX")"
server=""
trap '[ -n "$server" ] && kill "$server" 2>/dev/null; rm -rf "$work"' EXIT
# The query with the actor bound, as corrkg binds it (corrkg-peers prints it).
printf 'actor=%s\nactorLabel=\nactorLetters=0\nother=%s\notherLabel=\notherLetters=0\nafter=2000-01-01\nbefore=2000-01-02\nterm=x\n' \
  "$actor" "$actor" > "$work/picks.properties"
java -jar "$peers" bind --question TO --picks "$work/picks.properties" --corrkg-queries "$root/queries" > "$work/who-to.rq"
echo 'ASK {}' > "$work/ask.rq"
cat > "$work/post.lua" <<'LUA'
-- POSTs the query in QUERY_FILE; with ROTATE=N, the actor's number is the request's count modulo N
-- added to FIRST, so each request asks about another actor (THREADS wrk threads take turns).
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/sparql-query"
wrk.headers["Accept"] = "application/sparql-results+json"
local f = assert(io.open(os.getenv("QUERY_FILE"), "rb"))
local body = f:read("*a")
f:close()
local rotate = tonumber(os.getenv("ROTATE") or "0")
local prefix, first = os.getenv("PREFIX") or "", tonumber(os.getenv("FIRST") or "0")
local threads = tonumber(os.getenv("THREADS") or "1")
local counter = 0
function setup(thread) thread:set("offset", counter); counter = counter + 1 end
local n = 0
if rotate > 0 then
  request = function()
    n = n + 1
    local id = first + ((n * threads + (offset or 0)) % rotate)
    local b = body:gsub(prefix:gsub("%p", "%%%0") .. tostring(first) .. ">", prefix .. tostring(id) .. ">")
    return wrk.format(nil, nil, nil, b)
  end
else
  wrk.body = body
end
LUA
prefix="${BASH_REMATCH[1]}" first="${BASH_REMATCH[2]}"

run() { # cache case conns seconds [rotate]
  local cache="$1" name="$2" conns="$3" secs="$4" rotate="${5:-0}" file="$work/who-to.rq"
  [ "$name" = ask ] && file="$work/ask.rq"
  local load; load=$(cut -d' ' -f1 /proc/loadavg)
  local threads=$(( conns < 2 ? 1 : 2 ))
  QUERY_FILE="$file" ROTATE="$rotate" PREFIX="$prefix" FIRST="$first" THREADS="$threads" \
    wrk -t"$threads" -c"$conns" -d"${secs}s" --timeout 30s --latency -s "$work/post.lua" \
    "http://127.0.0.1:$port/corrkg/sparql" > "$work/wrk.out"
  awk -v cache="$cache" -v name="$name" -v conns="$conns" -v load="$load" '
    function ms(v) { if (v ~ /us$/) return v / 1000; if (v ~ /ms$/) return v + 0; if (v ~ /m$/) return v * 60000; if (v ~ /s$/) return v * 1000; return v }
    $1 == "50%" { p50 = ms($2) } $1 == "99%" { p99 = ms($2) }
    /Requests\/sec/ { rps = $2 } /requests in/ { n = $1 } /Non-2xx/ { bad = $NF }
    END { printf "%s\t%s\t%s\t%s\t%.2f\t%.2f\t%d\t%d\t%s\n", cache, name, conns, rps, p50, p99, n, bad + 0, load }' "$work/wrk.out"
}

printf 'cache\tcase\tconnections\trequests/s\tp50 ms\tp99 ms\trequests\tnon-2xx\tload\n'
for cache in 64 0; do
  java -Xmx2g -jar "$jar" serve --store "$store" --port "$port" --answer-cache "$cache" --query-timeout 60 > "$work/serve.log" 2>&1 &
  server=$!
  for _ in $(seq 1 300); do
    curl -sf -o /dev/null --data-urlencode 'query=ASK {}' "http://127.0.0.1:$port/corrkg/sparql" && break
    kill -0 "$server" 2>/dev/null || { cat "$work/serve.log" >&2; exit 1; }
    sleep 1
  done
  label=$([ "$cache" = 0 ] && echo off || echo "${cache} MB")
  for name in ask same; do
    run "$label" "$name" 4 5 > /dev/null
    for conns in 1 4; do run "$label" "$name" "$conns" "$seconds"; done
  done
  if [ "$cache" != 0 ]; then
    # Each of the actors asked once, one connection, so the timed runs read kept answers.
    for i in $(seq 0 $((actors - 1))); do
      sed "s|${actor}>|${prefix}$((first + i))>|g" "$work/who-to.rq" \
        | curl -sf -o /dev/null -H 'Content-Type: application/sparql-query' -H 'Accept: application/sparql-results+json' \
               --data-binary @- "http://127.0.0.1:$port/corrkg/sparql"
    done
  else
    run "$label" rotating 4 5 "$actors" > /dev/null
  fi
  for conns in 1 4; do run "$label" "rotating $actors" "$conns" "$seconds" "$actors"; done
  kill "$server"; wait "$server" 2>/dev/null || true; server=""
done
