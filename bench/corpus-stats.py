#!/usr/bin/env python3
# The distributions of a synthetic corpus, as docs/corpus.md reports them: replies and their
# delays, date forms, places, topics, intermediaries, statuses, summaries, activity skew,
# ties, triples and bytes per letter. Reads the N-Triples that `corrkg generate` writes
# (one triple a line, no blank nodes) and holds it in memory: about 3 GB for 100,000 letters.
# Usage: bench/corpus-stats.py FILE.nt
import collections, datetime, os, re, sys

C = 'https://w3id.org/corrkg/ontology#'
S = 'https://w3id.org/corrkg/synthetic/'
TYPE = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#type'
TRIPLE = re.compile(r'^<([^>]*)> <([^>]*)> (.*) \.$')
COMMUNICATIONS = {C + k for k in ('Letter', 'Meeting', 'Statement', 'PhoneCall')}

path = sys.argv[1]
types, props, triples = {}, collections.defaultdict(lambda: collections.defaultdict(list)), 0
for line in open(path, encoding='utf-8'):
    triples += 1
    s, p, o = TRIPLE.match(line.rstrip('\n')).groups()
    if p == TYPE:
        types[s] = o[1:-1]
    props[s][p].append(o)


def get(s, p): return props[s].get(C + p, [])
def lexical(o): return o[1:o.rindex('"')]
def day(o): return datetime.date.fromisoformat(lexical(o))
def iri(o): return o[1:-1]
def q(xs, f): return xs[min(len(xs) - 1, int(f * len(xs)))]
def pct(n, d): return f"{n / d:.1%}"


letters = [s for s, t in types.items() if t == C + 'Letter']
comms = [s for s, t in types.items() if t in COMMUNICATIONS]
actors = [s for s, t in types.items() if t in (C + 'Person', C + 'Organisation')]
persons = [s for s in actors if types[s] == C + 'Person']
N, size = len(letters), os.path.getsize(path)
kinds = collections.Counter(t.split('#')[1] for t in types.values() if t.startswith(C))
print(f"{path}: {size} bytes, {triples} triples; {dict(kinds.most_common())}")
print(f"per letter: {triples / N:.2f} triples, {size / N:.0f} bytes (whole file)")
own = collections.Counter()
for s, ps in props.items():
    if s.startswith(S + 'letter/'):
        own[s[len(S):].split('/')[1]] += sum(len(v) for v in ps.values())
ov = sorted(own.values())
print(f"triples of a letter, its passage and attestations: min {ov[0]} median {q(ov, .5)} mean {sum(ov) / len(ov):.2f} p99 {q(ov, .99)} max {ov[-1]}")

replies = [s for s in letters if get(s, 'repliesTo')]
backwards = sum(1 for s in replies if get(s, 'sender') == get(iri(get(s, 'repliesTo')[0]), 'addressee')
                and get(s, 'addressee') == get(iri(get(s, 'repliesTo')[0]), 'sender'))
early = sum(1 for s in replies if not day(get(s, 'earliest')[0]) > day(get(iri(get(s, 'repliesTo')[0]), 'latest')[0]))
print(f"replies {len(replies)} ({pct(len(replies), N)}); back to the sender {backwards}; beginning before the original ended {early}")
delays = sorted((day(get(s, 'earliest')[0]) - day(get(iri(get(s, 'repliesTo')[0]), 'latest')[0])).days
                for s in replies if get(s, 'latest') == get(s, 'earliest'))
print(f"  delay of the {len(delays)} replies dated to the day: p10 {q(delays, .1)} p25 {q(delays, .25)} median {q(delays, .5)} "
      f"p75 {q(delays, .75)} p90 {q(delays, .9)} p99 {q(delays, .99)} max {delays[-1]}; within 7 days {pct(sum(d <= 7 for d in delays), len(delays))}, "
      f"within 30 {pct(sum(d <= 30 for d in delays), len(delays))}, over 90 {pct(sum(d > 90 for d in delays), len(delays))}, over 365 {pct(sum(d > 365 for d in delays), len(delays))}")
depth = collections.Counter()
for s in replies:
    d = 0
    while get(s, 'repliesTo'):
        s, d = iri(get(s, 'repliesTo')[0]), d + 1
    depth[d] += 1
print(f"  place in thread: {sorted(depth.items())}")


def form(e):
    if e == 'XXXX': return 'unknown'
    if re.fullmatch(r'\d{4}-\d\d-\d\d', e): return 'day'
    if re.fullmatch(r'\d{4}-\d\d', e): return 'month'
    if re.fullmatch(r'\d{4}', e): return 'year'
    if e.startswith('[..'): return 'upper bound only'
    if e.endswith('..]'): return 'lower bound only'
    return 'span' if e.startswith('[') else 'other'


forms = collections.Counter(form(lexical(get(s, 'edtf')[0])) for s in letters)
print("date forms: " + ", ".join(f"{k} {pct(v, N)}" for k, v in forms.most_common()))
spans = sorted((day(get(s, 'latest')[0]) - day(get(s, 'earliest')[0])).days + 1 for s in letters
               if form(lexical(get(s, 'edtf')[0])) == 'span')
print(f"  spans with both bounds: {len(spans)}, median {q(spans, .5)} days, p90 {q(spans, .9)}")
halves = collections.Counter(day(get(s, 'earliest')[0]).year // 50 * 50 for s in letters if get(s, 'earliest'))
print("  letters by half-century of the earliest date: " + ", ".join(f"{k}: {v}" for k, v in sorted(halves.items())))
for p in ('sentFrom', 'sentTo', 'topic', 'intermediary', 'pageCount', 'secrecy', 'dateAsWritten', 'senderUnknown'):
    print(f"{p}: {pct(sum(1 for s in letters if get(s, p)), N)} of the letters, {sum(len(get(s, p)) for s in letters) / N:.2f} a letter")
for p in ('status', 'replyStatus'):
    c = collections.Counter(get(s, p)[0].split('#')[1][:-1] for s in letters if get(s, p))
    print(f"{p}: " + ", ".join(f"{k} {v} ({pct(v, N)})" for k, v in c.most_common()))
words = sorted(len(lexical(get(s, 'summary')[0]).split()) for s in letters)
print(f"summary words: min {words[0]} median {q(words, .5)} p90 {q(words, .9)} max {words[-1]} mean {sum(words) / N:.1f}; "
      f"characters mean {sum(len(lexical(get(s, 'summary')[0])) for s in letters) / N:.0f}")

wrote = collections.Counter(o for s in letters for o in get(s, 'sender'))
part = collections.Counter(o for s in comms for p in ('sender', 'addressee', 'participant', 'audience') for o in get(s, p))
pw = sorted((wrote['<' + a + '>'] for a in persons), reverse=True)
top = lambda f: sum(pw[:max(1, int(len(pw) * f))]) / sum(wrote.values())
print(f"persons {len(persons)}, organisations {len(actors) - len(persons)}: the busiest 1% of persons write {top(.01):.1%} of the letters, "
      f"10% {top(.1):.1%}; the busiest person {pw[0]}; persons writing 1 to 5 {pct(sum(1 for v in pw if 1 <= v <= 5), len(pw))}")
pa = sorted(part['<' + a + '>'] for a in actors)
bins = collections.Counter(0 if v == 0 else 1 << (v.bit_length() - 1) for v in pa)
print(f"actors by communications sent or received: median {pa[len(pa) // 2]}; bins "
      + ", ".join(f"{k}-{max(k, 2 * k - 1)}: {v}" for k, v in sorted(bins.items())))
directed = collections.Counter((get(s, 'sender')[0], get(s, 'addressee')[0]) for s in letters if get(s, 'sender'))
pairs = collections.Counter()
for (a, b), n in directed.items():
    pairs[tuple(sorted((a, b)))] += n
pv = sorted(pairs.values(), reverse=True)
both = [k for k in pairs if (k[1], k[0]) in directed and k in directed]
print(f"pairs {len(pairs)}: one letter {pct(sum(1 for v in pv if v == 1), len(pv))}, busiest {pv[0]}, top 1% carry {pct(sum(pv[:max(1, len(pv) // 100)]), sum(pv))}; "
      f"both ways {pct(len(both), len(pairs))}, carrying {pct(sum(pairs[k] for k in both), sum(pv))} of the letters")
