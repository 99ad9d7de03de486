#!/usr/bin/env bash
# Times the browser's timeline query read through the date buckets the server chooses
# (/browse/buckets) against the same query reading every communication, on a running
# `corrkg serve`, and checks that both answers are byte-identical.
#
#   bench/timeline-buckets.sh [BASE_URL] [RUNS]     (default http://127.0.0.1:3030, 5 runs)
#
# Start the server with a long timeout, since reading everything takes seconds on a large
# store: ./corrkg serve --store STORE --query-timeout 120
# Prints one line per filter: the buckets read, the planning call's time (one run), and the
# median / slowest of RUNS for each way, in ms, after one warm-up of each.
set -euo pipefail
base="${1:-http://127.0.0.1:3030}"
runs="${2:-5}"
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
work="$(mktemp -d "${TMPDIR:-/tmp}/timeline-buckets.XXXXXX")"
trap 'rm -rf "$work"' EXIT
query="$(cat "$root/queries/browse/timeline.rq")"
XSD_DATE="http://www.w3.org/2001/XMLSchema#date"

term() { [ "$1" = - ] && echo UNDEF || echo "$2"; }
post() {  # post FILE OUT: prints the seconds taken
  curl -s -o "$2" -w '%{time_total}\n' -H 'Content-Type: application/sparql-query' \
       -H 'Accept: application/sparql-results+json' --data-binary @"$1" "$base/corrkg/sparql"
}
timed() {  # timed FILE OUT: median/slowest of $runs in ms
  post "$1" "$2" > /dev/null
  for _ in $(seq 1 "$runs"); do post "$1" "$2"; done | sort -n |
    awk '{a[NR] = $1} END {printf "%d / %d", a[int((NR + 1) / 2)] * 1000, a[NR] * 1000}'
}

one() {  # one NAME TYPE DISPUTED AFTER BEFORE ("-" for none)
  local name=$1 type=$2 disputed=$3 after=$4 before=$5
  local row="VALUES (?type ?topic ?actor ?after ?before ?disputedMode) { ($(term "$type" "<$type>") UNDEF UNDEF $(term "$after" "\"$after\"^^<$XSD_DATE>") $(term "$before" "\"$before\"^^<$XSD_DATE>") $(term "$disputed" "\"$disputed\"")) }"
  printf '%s\n' "$query" | awk -v r="$row" '/^ *# parameters$/ {print "  " r; next} {print}' > "$work/all.rq"
  local ask=() start buckets plan_ms
  [ "$type" != - ] && ask+=(--data-urlencode "type=$type")
  [ "$disputed" != - ] && ask+=(--data-urlencode "disputedMode=$disputed")
  [ "$after" != - ] && ask+=(--data-urlencode "after=$after")
  [ "$before" != - ] && ask+=(--data-urlencode "before=$before")
  start=$(date +%s%N)
  buckets=$(curl -s -G "${ask[@]}" "$base/browse/buckets" | tr -d ' \n')
  plan_ms=$(( ($(date +%s%N) - start) / 1000000 ))
  case "$buckets" in
    *'"buckets":['*) buckets=$(printf '%s' "$buckets" | sed 's/.*\[\(.*\)\].*/\1/' | tr ',' ' ') ;;
    *) echo "$name: the server chose no buckets ($buckets)"; return ;;
  esac
  printf '%s\n' "$(cat "$work/all.rq")" | awk -v r="VALUES ?bucket { $buckets }" '/^ *# buckets$/ {print "  " r; next} {print}' > "$work/buckets.rq"
  local every read
  every=$(timed "$work/all.rq" "$work/all.json")
  read=$(timed "$work/buckets.rq" "$work/buckets.json")
  printf '%-40s %4d buckets  plan %5d ms  every communication %s ms  the buckets %s ms  %s\n' "$name" \
    "$(echo "$buckets" | wc -w)" "$plan_ms" "$every" "$read" \
    "$(cmp -s "$work/all.json" "$work/buckets.json" && echo same || echo DIFFERENT)"
}

L="https://w3id.org/corrkg/ontology#Letter"
one "none"                      - - - -
one "1700 to 1709"              - - 1700-01-01 1710-01-01
one "1700"                      - - 1700-01-01 1701-01-01
one "type letter"               "$L" - - -
one "letters of the 1750s, disputed left out" "$L" exclude 1750-01-01 1760-01-01
one "disputed left out"         - exclude - -
one "after 1850"                - - 1850-01-01 -
