#!/usr/bin/env python3
"""Times a filtered overview's queries as the browser sends them, on a running `corrkg serve`:
each with the date buckets the server splits (/browse/buckets?split=true: the buckets the filter
takes whole are added up from the counts kept at load, only the others' communications read),
and, with --compare, the same query reading every communication, checking that both answer the
same rows.

    bench/split-views.py [BASE_URL] [RUNS] [--compare]     (default http://127.0.0.1:3030, 5 runs)

Start the server without its answer cache (otherwise every run after the warm-up reads the
warm-up's answer) and with a long timeout if you compare, since reading everything takes
seconds on a large store: ./corrkg serve --store STORE --answer-cache 0 --query-timeout 120
Prints one line per filter and query: the planning call's median, the split query's median and
slowest of RUNS (after one warm-up), the buckets taken whole and in part, and with --compare the
time of one run reading everything.
"""
import json, pathlib, re, statistics, sys, time, urllib.parse, urllib.request

args = [a for a in sys.argv[1:] if not a.startswith('--')]
BASE = args[0] if args else 'http://127.0.0.1:3030'
RUNS = int(args[1]) if len(args) > 1 else 5
COMPARE = '--compare' in sys.argv
QUERIES = pathlib.Path(__file__).resolve().parent.parent / 'queries' / 'browse'
KINDS = dict(type='iri', topic='iri', actor='iri', place='iri', after='date', before='date', disputedMode='string')
LETTER = 'https://w3id.org/corrkg/ontology#Letter'
FILTERS = [('letters', {'type': LETTER}),
           ('1700 to 1709', {'after': '1699-12-31', 'before': '1710-01-01'}),
           ('disputed left out', {'disputedMode': 'exclude'}),
           ('letters of the 1750s, disputed left out',
            {'type': LETTER, 'after': '1749-12-31', 'before': '1760-01-01', 'disputedMode': 'exclude'})]


def term(kind, value):
    if kind == 'date':
        return '"%s"^^<http://www.w3.org/2001/XMLSchema#date>' % value
    return json.dumps(value) if kind == 'string' else '<%s>' % value


def bind(name, params, split):
    """The query's text with its parameters and (if any) the split on its lines, as app.js binds them."""
    text = (QUERIES / (name + '.rq')).read_text(encoding='utf-8')
    if split is not None:
        rows = ['(UNDEF true)'] if split.get('all') else \
            ['(%d true)' % b for b in split['whole']] + ['(%d false)' % b for b in split['some']]
        text = re.sub(r'(?m)^(\s*)# split$', lambda m: m.group(1) + 'VALUES (?bucket ?whole) { %s }' % ' '.join(rows), text)
    names = list(KINDS)
    row = ' '.join(term(KINDS[n], params[n]) if params.get(n) else 'UNDEF' for n in names)
    return re.sub(r'(?m)^(\s*)# parameters$',
                  lambda m: m.group(1) + 'VALUES (%s) { (%s) }' % (' '.join('?' + n for n in names), row), text)


def select(text):
    request = urllib.request.Request(BASE + '/corrkg/sparql', data=urllib.parse.urlencode({'query': text}).encode(),
                                     headers={'Accept': 'application/sparql-results+json'})
    with urllib.request.urlopen(request, timeout=300) as answer:
        return json.load(answer)['results']['bindings']


def split_of(params):
    ask = {k: v for k, v in params.items() if k in ('type', 'disputedMode', 'after', 'before')}
    ask['split'] = 'true'
    with urllib.request.urlopen(BASE + '/browse/buckets?' + urllib.parse.urlencode(ask)) as answer:
        return json.load(answer)['split']


def timed(call):
    started = time.perf_counter()
    result = call()
    return (time.perf_counter() - started) * 1000, result


for label, params in FILTERS:
    dated = 'after' in params or 'before' in params
    for name in ['view-counts', 'view-actors', 'communications-count'] + (['network'] if dated else []):
        plans, times = [], []
        for i in range(RUNS + 1):
            plan_ms, split = timed(lambda: split_of(params))
            query_ms, rows = timed(lambda: select(bind(name, params, split)))
            if i > 0:
                plans.append(plan_ms)
                times.append(query_ms)
        line = '%-42s %-21s plan %4.0f ms  split %6.0f ms (slowest %6.0f; %d whole, %d in part)' % (
            label, name, statistics.median(plans), statistics.median(times), max(times),
            len(split['whole']), len(split['some']))
        if COMPARE:
            try:
                every_ms, every = timed(lambda: select(bind(name, params, None)))
                line += '  reading everything %6.0f ms, same rows: %s' % (every_ms, every == rows)
            except Exception as failure:
                line += '  reading everything: %s' % failure
        print(line, flush=True)
