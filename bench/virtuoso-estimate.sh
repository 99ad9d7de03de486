#!/usr/bin/env bash
# Bulk-load a corrkg store into Virtuoso Open Source and time a few questions at both.
#
# What docs/deploy.md's "Sizes" section measured, at 100,000 and 1,000,000 letters:
#
#   bench/virtuoso-estimate.sh export STORE OUT.nq|DIR    corrkg export of every graph (N-Quads;
#                                                         into DIR: gzipped parts of 7M quads)
#   bench/virtuoso-estimate.sh start  DB HTTP SQL         virtuoso-t on a new database in DB
#   bench/virtuoso-estimate.sh load   DB SQL INDIR        ld_dir + rdf_loader_run x2 + checkpoint
#   bench/virtuoso-estimate.sh stop   DB SQL              checkpoint and shutdown
#   java -cp target/corrkg.jar bench/VirtuosoEstimateQueries.java queries QDIR   the questions
#   bench/virtuoso-estimate.sh time   URL QDIR RUNS       each QDIR/*.rq: 1 warm-up, RUNS runs
#                                                         (3 when the warm-up takes 30 s or more)
#
# `start` writes DB/virtuoso.ini: the tests' settings (src/test/java/org/corrkg/remote/
# VirtuosoProcess.java) with buffers for about 8 GB of RAM (NumberOfBuffers 680000,
# MaxDirtyBuffers 500000, Virtuoso's own guidance for 8 GB), DirsAllowed for INDIR, and a
# query limit of 600 s (past its limit, 60 s in the tests, Virtuoso returns a partial answer,
# flagged only in its X-SQL-State header; `time` reports such an answer as a failure). `load` runs two loaders at once (one per core). `time` posts
# each query as an HTML form (as corrkg sends a long query; the tests' queries are made by
# RemoteBinding, see docs/deploy.md), after one warm-up, and prints the median and slowest
# wall time in ms, the rows and the HTTP status; the same works against
# `corrkg serve --store STORE` at http://127.0.0.1:PORT/corrkg/sparql.
# Heavy steps run under nice -n 10 and /usr/bin/time -v; note `uptime` beside each figure.
set -euo pipefail

cmd=${1:?export, start, load, stop or time}; shift
JAR=${CORRKG_JAR:-target/corrkg.jar}

case "$cmd" in
export)
    # OUT.nq: one file; a directory: parts of 7 million quads, gzip -1, for two loaders
    store=$1 out=$2
    if [[ $out == *.nq ]]; then
        nice -n 10 /usr/bin/time -v java -Xmx2g -jar "$JAR" export --store "$store" -f nquads -o "$out"
    else
        mkdir -p "$out"
        nice -n 10 /usr/bin/time -v java -Xmx2g -jar "$JAR" export --store "$store" -f nquads \
            | nice -n 10 split -l 7000000 -d --additional-suffix=.nq.gz --filter='gzip -1 > $FILE' - "$out/part"
    fi
    ;;
start)
    db=$1 http=$2 sql=$3 indir=${4:-/tmp/est}
    mkdir -p "$db"
    cat > "$db/virtuoso.ini" <<EOF
[Database]
DatabaseFile       = $db/virtuoso.db
ErrorLogFile       = $db/virtuoso.log
LockFile           = $db/virtuoso.lck
TransactionFile    = $db/virtuoso.trx
xa_persistent_file = $db/virtuoso.pxa
ErrorLogLevel      = 7
FileExtend         = 200
MaxCheckpointRemap = 2000
Striping           = 0
TempStorage        = TempDatabase

[TempDatabase]
DatabaseFile       = $db/virtuoso-temp.db
TransactionFile    = $db/virtuoso-temp.trx
MaxCheckpointRemap = 2000
Striping           = 0

[Parameters]
ServerPort         = 127.0.0.1:$sql
DisableUnixSocket  = 1
CheckpointInterval = 60
CaseMode           = 2
DirsAllowed        = ., $indir
NumberOfBuffers    = 680000
MaxDirtyBuffers    = 500000
ThreadsPerQuery    = 2

[HTTPServer]
ServerPort           = 127.0.0.1:$http
ServerRoot           = $db
MaxClientConnections = 10
ServerThreads        = 10
Charset              = UTF-8

[SPARQL]
ResultSetMaxRows      = 1000000
MaxQueryExecutionTime = 600
EOF
    (cd "$db" && exec nice -n 10 virtuoso-t -c "$db/virtuoso.ini" +foreground > "$db/stdout.log" 2>&1) &
    echo $! > "$db/pid"
    for _ in $(seq 120); do
        grep -q "Server online at" "$db/stdout.log" 2>/dev/null && { echo "virtuoso pid $(cat "$db/pid") serving"; exit 0; }
        sleep 1
    done
    echo "virtuoso did not start: see $db/stdout.log" >&2; exit 1
    ;;
load)
    db=$1 sql=$2 indir=$3
    isql() { isql-vt "127.0.0.1:$sql" dba dba "exec=$1"; }
    isql "ld_dir('$indir', '*.nq*', 'urn:corrkg:no-default-graph');"
    start=$(date +%s)
    isql "rdf_loader_run();" > "$db/loader1.log" & l1=$!
    isql "rdf_loader_run();" > "$db/loader2.log" & l2=$!
    wait $l1 $l2
    loaded=$(date +%s)
    isql "checkpoint;"
    done_=$(date +%s)
    echo "loaders $((loaded - start)) s, checkpoint $((done_ - loaded)) s"
    isql "SELECT ll_file, ll_state, ll_error FROM DB.DBA.LOAD_LIST;"
    isql "SPARQL SELECT ?g (COUNT(*) AS ?quads) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g ORDER BY DESC(?quads);"
    du -sh "$db"/virtuoso.db "$db"
    ;;
stop)
    db=$1 sql=$2
    isql-vt "127.0.0.1:$sql" dba dba "exec=checkpoint; shutdown;" || true
    pid=$(cat "$db/pid")
    for _ in $(seq 60); do kill -0 "$pid" 2>/dev/null || exit 0; sleep 1; done
    kill "$pid"
    ;;
time)
    url=$1 qdir=$2 runs=${3:-5}
    tmp=$(mktemp -d)
    trap 'rm -rf "$tmp"' EXIT
    for q in "$qdir"/*.rq; do
        name=$(basename "$q" .rq)
        times=()
        n=$runs
        for ((i = 0; i <= n; i++)); do
            rm -f "$tmp/answer" "$tmp/headers"
            out=$(curl -s -o "$tmp/answer" -D "$tmp/headers" -w '%{http_code} %{time_total}' --max-time 900 \
                       -H 'Accept: text/tab-separated-values' --data-urlencode "query@$q" "$url") || out="000 $(( 900 ))"
            code=${out% *} secs=${out#* }
            touch "$tmp/answer" "$tmp/headers"
            rows=$(( $(wc -l < "$tmp/answer") - 1 ))
            partial=$(grep -i '^X-SQL-State' "$tmp/headers" 2>/dev/null | tr -d '\r' || true)
            [[ $i -gt 0 ]] && times+=("$(awk -v s="$secs" 'BEGIN { printf "%d", s * 1000 }')")
            [[ $code != 200 || -n $partial ]] && { echo "$name: HTTP $code $partial $(head -c 300 "$tmp/answer" 2>/dev/null)"; break; }
            # a warm-up over 30 s: 3 runs, not RUNS (the doc says which)
            [[ $i -eq 0 && ${secs%.*} -ge 30 && $n -gt 3 ]] && n=3
        done
        if [[ ${#times[@]} -gt 0 ]]; then
            sorted=$(printf '%s\n' "${times[@]}" | sort -n)
            median=$(echo "$sorted" | awk '{ a[NR] = $1 } END { print (NR % 2) ? a[(NR + 1) / 2] : int((a[NR / 2] + a[NR / 2 + 1]) / 2) }')
            echo "$name: median $median ms, slowest $(echo "$sorted" | tail -1) ms, ${#times[@]} runs, $rows rows, HTTP $code"
        fi
    done
    ;;
*)
    echo "unknown command $cmd" >&2; exit 2
    ;;
esac
