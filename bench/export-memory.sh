#!/usr/bin/env bash
# Export benchmark: does memory stay flat as the store grows?
# Builds synthetic stores of the given sizes, then times each export format three times
# with a small fixed heap (an export that held the store in memory would fail with
# OutOfMemoryError). Prints one line per run: size, format, run, seconds, max RSS.
# Usage: bench/export-memory.sh [SIZES...]   (default: 10000 50000)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
work="${BENCH_DIR:-$(mktemp -d)}"
heap="${BENCH_HEAP:-96m}"
sizes=("${@:-10000 50000}")
[ -f "$here/target/corrkg.jar" ] || (cd "$here" && mvn -B -q -DskipTests package)
jar="$here/target/corrkg.jar"
for n in ${sizes[@]}; do
  store="$work/store-$n"
  if [ ! -d "$store" ]; then
    java -jar "$jar" generate --letters "$n" --out "$work/letters-$n.nt"
    /usr/bin/time -f "load $n letters: %e s, max RSS %M KB" java -jar "$jar" load --store "$store" "$work/letters-$n.nt" >/dev/null
  fi
  for format in ntriples turtle nquads cmif gexf csv; do
    for run in 1 2 3; do
      /usr/bin/time -f "$n $format run$run %e s %M KB" \
        java -Xmx"$heap" -jar "$jar" export --store "$store" --format "$format" --out "$work/out.$format" 2>&1 | grep -v '^Wrote'
    done
  done
done
