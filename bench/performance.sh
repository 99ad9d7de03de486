#!/usr/bin/env bash
# corrkg beside its peers, reproducibly: one synthetic corpus (corrkg generate, seed 1) loaded
# by Jena's RIOT parser alone (the ceiling), tdb2.tdbloader, Jena's three LoaderFactory loaders,
# RDF4J's LMDB store and corrkg; then the same questions asked of RDF4J, of the tdb2.tdbloader
# database and of a running corrkg server (its own queries, over HTTP), and wrk against that
# server. Every step is a fresh JVM with the same heap cap; /usr/bin/time -v gives its wall time
# and maximum resident set. Writes OUT/report.md, with the raw outputs beside it.
#
# Usage: bench/performance.sh [--letters N] [--out DIR] [--input FILE.nt] [--warmup W] [--runs R]
#                             [--budget S] [--wrk-seconds S] [--heap SIZE] [--no-build] [--skip-loads]
#   --letters N      corpus size (default 10000); ignored with --input
#   --out DIR        where the stores, raw outputs and report go (default target/performance-N)
#   --input FILE.nt  use this N-Triples file instead of generating one
#   --warmup W, --runs R   untimed and timed runs per question (default 5 and 30)
#   --budget S       seconds of timed runs per question and system, after which fewer than R
#                    are taken (default 60; warm-up stops at half of it)
#   --wrk-seconds S  length of each wrk run (default 10)
#   --heap SIZE      -Xmx for every JVM (default 2g)
#   --no-build       use the jars already built
#   --skip-loads     keep the stores and load figures of the last run in --out; run the queries again
# Needs java 17, mvn, wrk and /usr/bin/time (Debian: apt-get install wrk time).
# Traffic stays on 127.0.0.1 and every server started here is stopped on exit.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
invocation="bench/performance.sh $*"
letters=10000
out=""
input=""
warmup=5
runs=30
budget=60
wrk_seconds=10
heap=2g
build=1
loads=1
while [ $# -gt 0 ]; do
  case "$1" in
    --letters) letters="$2"; shift 2 ;;
    --out) out="$2"; shift 2 ;;
    --input) input="$2"; shift 2 ;;
    --warmup) warmup="$2"; shift 2 ;;
    --runs) runs="$2"; shift 2 ;;
    --budget) budget="$2"; shift 2 ;;
    --wrk-seconds) wrk_seconds="$2"; shift 2 ;;
    --heap) heap="$2"; shift 2 ;;
    --no-build) build=0; shift ;;
    --skip-loads) loads=0; shift ;;
    -h|--help) awk 'NR > 1 && /^#/ { sub(/^# ?/, ""); print; next } NR > 1 { exit }' "$0"; exit 0 ;;
    *) echo "performance.sh: unknown option '$1' (try --help)" >&2; exit 2 ;;
  esac
done
[[ "$letters" =~ ^[1-9][0-9]*$ ]] || { echo "performance.sh: --letters needs a number of letters, not '$letters'" >&2; exit 2; }
for tool in java mvn wrk /usr/bin/time curl; do
  command -v "$tool" >/dev/null || { echo "performance.sh: needs $tool" >&2; exit 2; }
done
out="${out:-$root/target/performance-$letters}"
mkdir -p "$out"
out="$(cd "$out" && pwd)"
if [ "$loads" = 1 ]; then
  rm -rf "$out/stores" "$out/raw"
else
  [ -f "$out/raw/measures.tsv" ] && [ -f "$out/raw/parse.out" ] || { echo "performance.sh: --skip-loads needs a finished load in $out" >&2; exit 2; }
  # Keep the load lines; the query steps are measured again.
  grep -v '^q-' "$out/raw/measures.tsv" > "$out/raw/measures.tsv.kept" || true
  mv "$out/raw/measures.tsv.kept" "$out/raw/measures.tsv"
fi
mkdir -p "$out/stores" "$out/raw"
corrkg="$root/target/corrkg.jar"
peers="$root/bench/peers/target/corrkg-peers.jar"
raw="$out/raw"
started=$(date +%s)
server=""
trap '[ -n "$server" ] && kill "$server" 2>/dev/null; wait 2>/dev/null || true' EXIT

log() { printf '[%s] %s\n' "$(date +%H:%M:%S)" "$*" >&2; }
loadavg() { cut -d' ' -f1 /proc/loadavg; }

if [ "$build" = 1 ]; then
  log "building corrkg and the peers jar (serialised on /tmp/corrkg-build.lock)"
  (cd "$root" && flock /tmp/corrkg-build.lock mvn -B -q -DskipTests package)
  (cd "$root/bench/peers" && flock /tmp/corrkg-build.lock mvn -B -q -DskipTests package)
fi
[ -f "$corrkg" ] && [ -f "$peers" ] || { echo "performance.sh: jars missing; run without --no-build" >&2; exit 2; }

# measure NAME CMD...: runs CMD under /usr/bin/time -v, keeps its output in raw/NAME.*, and
# appends "NAME wall_s maxrss_kb load1 status" to raw/measures.tsv. A step that fails (a load
# out of memory under the heap cap, say) is reported as failed and the run goes on.
measure() {
  local name="$1"; shift
  local load; load=$(loadavg)
  local status=ok
  log "$name: $*"
  if ! /usr/bin/time -v -o "$raw/$name.time" "$@" > "$raw/$name.out" 2> "$raw/$name.err"; then
    status=failed
    echo "performance.sh: step '$name' failed; see $raw/$name.err:" >&2
    tail -3 "$raw/$name.err" >&2
  fi
  awk -v name="$name" -v load="$load" -v status="$status" '
    /Elapsed \(wall clock\)/ { n = split($NF, p, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + p[i]; wall = s }
    /Maximum resident set size/ { rss = $NF }
    END { printf "%s\t%.2f\t%d\t%s\t%s\n", name, wall, rss, load, status }' "$raw/$name.time" >> "$raw/measures.tsv"
  [ "$status" = ok ]
}
ok() { awk -F'\t' -v name="$1" '$1 == name && $5 == "ok" { found = 1 } END { exit !found }' "$raw/measures.tsv"; }
java_run=(java -Xmx"$heap")

corpus="$out/corpus.nt"
if [ "$loads" = 1 ]; then
  if [ -n "$input" ]; then
    ln -sf "$(cd "$(dirname "$input")" && pwd)/$(basename "$input")" "$corpus"
  else
    log "generating $letters letters (seed 1)"
    java -Xmx"$heap" -jar "$corrkg" generate --letters "$letters" --seed 1 -o "$corpus"
  fi
  # Loads: each into a new, empty store.
  measure parse "${java_run[@]}" -jar "$peers" parse --file "$corpus" || { echo "performance.sh: cannot parse $corpus" >&2; exit 1; }
  measure tdbloader "${java_run[@]}" -cp "$peers" tdb2.tdbloader --loc "$out/stores/tdbloader" "$corpus" || true
  for loader in basic phased parallel; do
    measure "tdb2-$loader" "${java_run[@]}" -jar "$peers" tdb2-load --loader "$loader" --store "$out/stores/tdb2-$loader" "$corpus" || true
  done
  measure rdf4j "${java_run[@]}" -jar "$peers" rdf4j-load --store "$out/stores/rdf4j" "$corpus" || true
  measure corrkg "${java_run[@]}" -jar "$corrkg" load --store "$out/stores/corrkg" "$corpus" || true
fi
triples=$(awk '{print $2}' "$raw/parse.out")

# Queries: X, Y, the date range and the search term are picked on the first store asked and reused.
picks="$raw/picks.properties"
rm -f "$picks"
: > "$raw/queries.tsv"
: > "$raw/http.tsv"
qopts=(--warmup "$warmup" --runs "$runs" --budget "$budget" --picks "$picks" --tsv "$raw/queries.tsv")
if ok rdf4j; then
  measure q-rdf4j "${java_run[@]}" -jar "$peers" rdf4j-query --store "$out/stores/rdf4j" "${qopts[@]}" || true
fi
if ok tdbloader; then
  measure q-tdb2 "${java_run[@]}" -jar "$peers" tdb2-query --store "$out/stores/tdbloader" --system tdb2-tdbloader "${qopts[@]}" || true
fi
if ok corrkg; then
  # corrkg's queries on corrkg's store in this JVM, as `corrkg who` runs them, without HTTP;
  # search needs corrkg's text index, which this jar does not open.
  measure q-corrkg-inproc "${java_run[@]}" -jar "$peers" tdb2-query --store "$out/stores/corrkg" --union --set corrkg \
    --corrkg-queries "$root/queries" --only from,to,between,ties,chronology,busiest --system corrkg-inprocess "${qopts[@]}" || true
  log "serving the corrkg store"
  "${java_run[@]}" -jar "$corrkg" serve --store "$out/stores/corrkg" --port 0 --query-timeout 600 --answer-cache 0 > "$raw/serve.log" 2>&1 &
  server=$!
  endpoint=""
  for _ in $(seq 1 180); do
    endpoint=$(sed -n 's|.*SPARQL endpoint: *\(http[^ ]*\).*|\1|p' "$raw/serve.log")
    [ -n "$endpoint" ] && curl -sf -o /dev/null --data-urlencode 'query=ASK {}' "$endpoint" && break
    kill -0 "$server" 2>/dev/null || { cat "$raw/serve.log" >&2; exit 1; }
    endpoint=""
    sleep 1
  done
  [ -n "$endpoint" ] || { echo "performance.sh: the corrkg server did not answer within 180 s" >&2; cat "$raw/serve.log" >&2; exit 1; }
  measure q-corrkg "${java_run[@]}" -jar "$peers" http-query --endpoint "$endpoint" --corrkg-queries "$root/queries" \
    --system corrkg-http "${qopts[@]}" || true
  measure q-corrkg-asserted "${java_run[@]}" -jar "$peers" http-query --endpoint "$endpoint" --set asserted \
    --system corrkg-http-asserted "${qopts[@]}" || true

  # HTTP throughput: corrkg's who.rq with ?sender bound to X, posted as the request body.
  java -jar "$peers" bind --question from --picks "$picks" --corrkg-queries "$root/queries" > "$raw/who-sender.rq"
  cat > "$raw/post.lua" <<'LUA'
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/sparql-query"
wrk.headers["Accept"] = "application/sparql-results+json"
local f = assert(io.open(os.getenv("QUERY_FILE"), "rb"))
wrk.body = f:read("*a")
f:close()
LUA
  for conns in 1 4; do
    threads=$(( conns < 2 ? 1 : 2 ))
    load=$(loadavg)
    log "wrk: $conns connection(s), $wrk_seconds s"
    QUERY_FILE="$raw/who-sender.rq" wrk -t"$threads" -c"$conns" -d"${wrk_seconds}s" --timeout 60s --latency \
      -s "$raw/post.lua" "$endpoint" > "$raw/wrk-c$conns.out"
    awk -v conns="$conns" -v load="$load" -v secs="$wrk_seconds" '
      function ms(v) { if (v ~ /us$/) return v / 1000; if (v ~ /ms$/) return v + 0; if (v ~ /m$/) return v * 60000; if (v ~ /s$/) return v * 1000; return v }
      $1 == "50%" { p50 = ms($2) } $1 == "99%" { p99 = ms($2) }
      /Requests\/sec/ { rps = $2 } /requests in/ { n = $1 } /Non-2xx/ { bad = $NF }
      END { if (n + 0 == 0) { printf "%s\t0\tnone in %s s\t-\t0\t%d\t%s\n", conns, secs, bad + 0, load; exit }
            printf "%s\t%s\t%.2f\t%.2f\t%d\t%d\t%s\n", conns, rps, p50, p99, n, bad + 0, load }' "$raw/wrk-c$conns.out" >> "$raw/http.tsv"
  done
  kill "$server"; wait "$server" 2>/dev/null || true; server=""
fi

# The report.
for store in "$out"/stores/*; do printf '%s\t%s\n' "$(basename "$store")" "$(du -sk "$store" | cut -f1)"; done > "$raw/sizes.tsv"
finished=$(date +%s)
{
  echo "# corrkg beside its peers: $(printf "%'d" "$triples") triples"
  echo
  if [ -n "$input" ]; then echo "Corpus: \`$input\`."; else echo "Corpus: \`corrkg generate --letters $letters --seed 1\`."; fi
  echo "Run $(date -u +%Y-%m-%dT%H:%MZ) on $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, $(java -version 2>&1 | head -1),"
  echo "corrkg $(cd "$root" && git rev-parse --short HEAD 2>/dev/null || echo '?'), Jena 5.6.0, RDF4J 5.2.0; every JVM \`-Xmx$heap\`."
  echo "Whole run: $((finished - started)) s$([ "$loads" = 1 ] || echo ' (queries only: the loads are from an earlier run)'). \"load\" is the 1-minute load average as the step started (2 cores: above 2, something else was running)."
  echo
  echo "## Loading"
  echo
  echo "Wall time of the whole JVM (start-up included) from \`/usr/bin/time -v\`; triples/s is the file's triples over that time;"
  echo "\"× tdbloader\" and \"× RDF4J\" are this step's time over theirs (below 1 is faster). Each store starts empty."
  echo
  echo "| step | wall s | triples/s | × tdbloader | × RDF4J | max RSS MB | store MB | load |"
  echo "|---|---:|---:|---:|---:|---:|---:|---:|"
  awk -F'\t' -v triples="$triples" '
    function ratio(w, other) { return status[other] == "ok" ? sprintf("%.2f", w / wall[other]) : "" }
    FNR == NR { size[$1] = $2; next }
    { name[++n] = $1; wall[$1] = $2; rss[$1] = $3; load[$1] = $4; status[$1] = $5 }
    END {
      label["parse"] = "Jena RIOT parse only (the ceiling)"; store["parse"] = ""
      label["tdbloader"] = "tdb2.tdbloader (default: phased)"; store["tdbloader"] = "tdbloader"
      label["tdb2-basic"] = "TDB2 LoaderFactory basic"; store["tdb2-basic"] = "tdb2-basic"
      label["tdb2-phased"] = "TDB2 LoaderFactory phased"; store["tdb2-phased"] = "tdb2-phased"
      label["tdb2-parallel"] = "TDB2 LoaderFactory parallel"; store["tdb2-parallel"] = "tdb2-parallel"
      label["rdf4j"] = "RDF4J LMDB (one transaction, isolation NONE)"; store["rdf4j"] = "rdf4j"
      label["corrkg"] = "corrkg load"; store["corrkg"] = "corrkg"
      for (i = 1; i <= n; i++) {
        k = name[i]; if (!(k in label)) continue
        if (status[k] != "ok") { printf "| %s | failed after %.1f s (raw/%s.err) | | | | %.0f | | %s |\n", label[k], wall[k], k, rss[k] / 1024, load[k]; continue }
        mb = (store[k] in size) ? sprintf("%.0f", size[store[k]] / 1024) : ""
        printf "| %s | %.1f | %.0f | %s | %s | %.0f | %s | %s |\n", label[k], wall[k], triples / wall[k],
               ratio(wall[k], "tdbloader"), ratio(wall[k], "rdf4j"), rss[k] / 1024, mb, load[k]
      }
    }' "$raw/sizes.tsv" "$raw/measures.tsv"
  echo
  echo "The peers' own timers (without JVM start-up):"
  echo
  for f in parse tdb2-basic tdb2-phased tdb2-parallel rdf4j; do
    if ok "$f"; then echo "- $f: $(head -1 "$raw/$f.out")"; fi
  done
  if ok tdbloader; then echo "- tdbloader: $(grep -o 'Time = .*' "$raw/tdbloader.err" | tail -1)"; fi
  echo
  echo "## Queries"
  echo
  echo "Milliseconds per question: median and 99th percentile (nearest rank) of up to $runs timed runs after up to $warmup"
  echo "untimed ones, in one JVM per system (fewer where a question used its $budget s budget: runs per question in \`raw/queries.tsv\`)."
  echo "Asked about:"
  echo
  echo '```'
  sed -n '/^X = /,/^search term/p' "$(ls "$raw"/q-*.out | head -1)"
  echo '```'
  echo
  echo "- **rdf4j-lmdb**: RDF4J 5.2.0 LMDB, in process, this module's queries over the asserted triples (\`bench/peers/queries/\`),"
  echo "  the subproperties of \`corr:sender\` and \`corr:recipient\` spelled out as paths where corrkg infers them at load;"
  echo "  search is \`FILTER(CONTAINS(...))\` over labels (no Lucene in RDF4J's LMDB store)."
  echo "- **tdb2-tdbloader**: the same queries, Jena 5.6.0 in process, on the database tdb2.tdbloader built."
  echo "- **corrkg-inprocess**: corrkg's own queries (\`queries/who.rq\`, \`ties.rq\`, \`who-wrote-to-whom.rq\`), which read what"
  echo "  corrkg infers at load, on corrkg's store with Jena in process, as \`corrkg who\` runs them (no search: that needs corrkg's text index)."
  echo "- **corrkg-http**: the same, and \`search.rq\` through Lucene, asked one at a time of \`corrkg serve\` over HTTP (JSON results, parsed)."
  echo "- **corrkg-http-asserted**: the rdf4j/tdb2 queries asked of the same server: Jena and HTTP on corrkg's store, without corrkg's query shapes."
  echo
  # query_table COLUMN TITLE: one row per question, one column per system, from raw/queries.tsv.
  query_table() {
    echo "$2:"
    echo
    awk -F'\t' -v col="$1" '
      { if (!($2 in qi)) { qi[$2] = ++nq; qs[nq] = $2 }
        if (!($1 in si)) { si[$1] = ++ns; ss[ns] = $1 }
        v[$1, $2] = $col }
      END {
        printf "| question |"; for (j = 1; j <= ns; j++) printf " %s |", ss[j]; print ""
        printf "|---|"; for (j = 1; j <= ns; j++) printf "---:|"; print ""
        for (i = 1; i <= nq; i++) {
          printf "| %s |", qs[i]
          for (j = 1; j <= ns; j++) printf " %s |", ((ss[j], qs[i]) in v) ? v[ss[j], qs[i]] : "-"
          print ""
        }
      }' "$raw/queries.tsv"
    echo
  }
  query_table 5 "Median (p50), ms"
  query_table 6 "99th percentile, ms"
  query_table 3 "Rows answered (where equal, the systems gave answers of the same size)"
  echo "## HTTP"
  echo
  echo "wrk, $wrk_seconds s per line, posting corrkg's \`who.rq\` with \`?sender\` bound to X (\`raw/who-sender.rq\`) to \`corrkg serve\`."
  echo
  echo "| connections | requests/s | p50 ms | p99 ms | requests | non-2xx | load |"
  echo "|---:|---:|---:|---:|---:|---:|---:|"
  awk -F'\t' '{ printf "| %s | %s | %s | %s | %s | %s | %s |\n", $1, $2, $3, $4, $5, $6, $7 }' "$raw/http.tsv"
  [ -s "$raw/http.tsv" ] || echo "(not run: the corrkg store did not load)"
  echo
  echo "Raw outputs, \`/usr/bin/time -v\` reports and the exact queries are in \`raw/\`; reproduce with"
  echo "\`$invocation\`."
} > "$out/report.md"
log "report: $out/report.md ($((finished - started)) s)"
