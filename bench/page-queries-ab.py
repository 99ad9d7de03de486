#!/usr/bin/env python3
"""Two versions of the page's queries side by side on one running `corrkg serve`: each query bound
as the page binds it (a VALUES row of its declared parameters on its "# parameters" line; under a
type or disputed filter alone, every date bucket taken whole on its "# split" line, as the server
answers /browse/buckets?split=true), posted RUNS times after one warm-up each, the two versions
alternating, with the median and slowest time of each and whether both give the same rows.

    bench/page-queries-ab.py BEFORE_DIR AFTER_DIR [BASE_URL] [RUNS]   (default http://127.0.0.1:3030, 7 runs)

BEFORE_DIR and AFTER_DIR hold browse queries by file name, e.g. the folder of an older commit:
    mkdir -p /tmp/before && for q in queries/browse/*.rq; do git show OLD:$q > /tmp/before/$(basename $q); done
and queries/browse for the working copy. The cases ask a generated corpus (`corrkg generate`):
the letters; person 3647 (3,927 letters sent at 100,000 letters, seed 1); place 143 (8,275
letters there) and the topic medicine (6,485). Start the server
without its answer cache, or every run after the warm-up reads the warm-up's answer:
    ./corrkg serve --store STORE --answer-cache 0 --port 3030
Prints a Markdown table.
"""
import json, re, statistics, sys, time, urllib.parse, urllib.request

BEFORE, AFTER = sys.argv[1], sys.argv[2]
BASE = sys.argv[3] if len(sys.argv) > 3 else 'http://127.0.0.1:3030'
RUNS = int(sys.argv[4]) if len(sys.argv) > 4 else 7
NS = 'https://w3id.org/corrkg/'
LETTER, ACTOR = '<' + NS + 'ontology#Letter>', '<' + NS + 'synthetic/person/3647>'
PLACE, TOPIC = '<' + NS + 'synthetic/place/143>', '<' + NS + 'synthetic/topic/medicine>'
CASES = [('buckets', {}), ('buckets', {'type': LETTER}), ('map-routes', {'type': LETTER}),
         ('map-places', {'actor': ACTOR}), ('map-places', {'type': LETTER}),
         ('communications', {'actor': ACTOR, 'sort': '"date"'}), ('communications-count', {'type': LETTER}),
         ('communications-count', {'actor': ACTOR}), ('view-counts', {'type': LETTER}), ('view-actors', {'type': LETTER}),
         ('network', {'type': LETTER}), ('network', {'actor': ACTOR}), ('timeline', {'actor': ACTOR}),
         ('view-actors', {'actor': ACTOR}), ('view-actors', {'place': PLACE}), ('view-actors', {'topic': TOPIC}),
         ('network', {'place': PLACE}), ('network', {'topic': TOPIC}), ('timeline', {'place': PLACE}),
         ('communications', {'place': PLACE, 'sort': '"date"'}), ('communications-all', {'topic': TOPIC})]


def bound(text, row):
    params = re.findall(r'^# - `\?(\w+)`', text, re.M)
    if set(row) <= {'type', 'disputedMode'}:
        text = re.sub(r'^(\s*)# split$', lambda m: m.group(1) + 'VALUES (?bucket ?whole) { (UNDEF true) }', text, flags=re.M)
    values = 'VALUES (%s) { (%s) }' % (' '.join('?' + p for p in params), ' '.join(row.get(p, 'UNDEF') for p in params))
    return re.sub(r'^(\s*)# parameters$', lambda m: m.group(1) + values, text, flags=re.M)


def post(query):
    request = urllib.request.Request(BASE + '/corrkg/sparql', data=urllib.parse.urlencode({'query': query}).encode(),
                                     headers={'Accept': 'application/sparql-results+json'})
    started = time.perf_counter()
    with urllib.request.urlopen(request, timeout=300) as r:
        body = r.read()
    took = (time.perf_counter() - started) * 1000
    return took, sorted(json.dumps(b, sort_keys=True) for b in json.loads(body)['results']['bindings'])


print('| query | parameters | before: median, slowest (ms) | after: median, slowest (ms) | same rows |')
print('|---|---|---|---|---|')
for name, row in CASES:
    queries = {d: bound(open('%s/%s.rq' % (d, name), encoding='utf-8').read(), row) for d in (BEFORE, AFTER)}
    times, rows = {d: [] for d in queries}, {}
    for d in queries:
        post(queries[d])
    for i in range(RUNS):
        for d in ((BEFORE, AFTER) if i % 2 == 0 else (AFTER, BEFORE)):
            took, rows[d] = post(queries[d])
            times[d].append(took)
    cell = lambda d: '%.0f, %.0f' % (statistics.median(times[d]), max(times[d]))
    same = 'yes (%d)' % len(rows[AFTER]) if rows[BEFORE] == rows[AFTER] else 'NO (%d, %d)' % (len(rows[BEFORE]), len(rows[AFTER]))
    shown = ', '.join('%s=%s' % (k, v.rsplit('/', 1)[-1].rstrip('>')) for k, v in row.items()) or 'none'
    print('| %s | %s | %s | %s | %s |' % (name, shown, cell(BEFORE), cell(AFTER), same))
