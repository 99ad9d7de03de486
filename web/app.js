// corrkg browser: overview (counts, network, timeline), actor and communication pages.
// Every view runs a documented query from /browse/queries/ against the dataset's SPARQL
// endpoint, shows the SPARQL it ran and links to it in the Fuseki UI. The state of a view
// lives in the address, so it can be bookmarked and shared.
// Everything shown comes from the data, which anyone may have written: it only ever goes
// into the page as text (textContent, text nodes, attribute values), never as markup, and
// only http(s) addresses become links.
"use strict";

const DATASET = document.documentElement.dataset.dataset;
const ENDPOINT = "/" + DATASET + "/sparql";
const XSD_DATE = "http://www.w3.org/2001/XMLSchema#date";
/** An IRI as a query may take it: a scheme, then no space, quote or bracket. */
const IRI = /^[a-zA-Z][a-zA-Z0-9+.-]*:[^\s<>"{}|\\^`]*$/;
// One colour for each of the types below, in their order (a press report had the letter's).
const COLOURS = ["#1f6fb2", "#d1495b", "#2e933c", "#edae49", "#7b4fa0", "#00798c", "#a0522d", "#6c757d", "#e76f51", "#264653",
                 "#b5838d"];
const TYPES = ["letter", "message", "public message", "video message", "interview", "phone call", "statement", "speech",
               "sermon", "meeting", "press report"];
/** One colour per type of communication, the same in the network and the timeline. */
function colour(type) {
  const i = TYPES.indexOf(type);
  return COLOURS[(i < 0 ? TYPES.length + type.length : i) % COLOURS.length];
}

// ---- SPARQL ----------------------------------------------------------------------------

let library = null;

/**
 * The page's queries (queries/browse/) with the parameters their headers declare, as the
 * server's query library parsed them: one header grammar for the page and the command line.
 * Fetched once for all the queries a view starts at the same time; asked again after a failure.
 */
function browseQueries() {
  if (!library) {
    library = fetch("/browse/queries.json").then(r => {
      if (!r.ok) throw new Error("queries: " + r.status);
      return r.json();
    });
    library.catch(() => { library = null; });
  }
  return library;
}

async function query(name) {
  const q = (await browseQueries())[name];
  if (!q) throw new Error("no browse query " + name);
  return q;
}

/** A value as a SPARQL term, refusing anything that is not what its kind says. */
function term(kind, value) {
  if (kind === "date") {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) throw new Error("not a date: " + value);
    return '"' + value + '"^^<' + XSD_DATE + ">";
  }
  if (kind === "string") return JSON.stringify(String(value));
  if (kind === "integer") {
    if (!/^-?\d+$/.test(String(value))) throw new Error("not a whole number: " + value);
    return String(value);
  }
  if (!IRI.test(value)) throw new Error("not an IRI: " + value);
  return "<" + value + ">";
}

/** Binds parameters with a VALUES block on each of the query's "# parameters" lines (one in each subquery that needs them). */
function bind(q, params, buckets = null) {
  let text = q.text;
  const decl = q.parameters;
  // The date buckets to read, as the server chose them (/browse/buckets): whole numbers only.
  if (Array.isArray(buckets) && buckets.every(Number.isInteger))
    text = text.replace(/^(\s*)# buckets$/gm, "$1VALUES ?bucket { " + buckets.join(" ") + " }");
  // Or the buckets a filter takes whole and in part (/browse/buckets?split=true); all of them
  // whole, without a date filter, as one row with no bucket.
  else if (buckets && buckets.all === true)
    text = text.replace(/^(\s*)# split$/gm, "$1VALUES (?bucket ?whole) { (UNDEF true) }");
  else if (buckets && Array.isArray(buckets.whole) && Array.isArray(buckets.some)
           && buckets.whole.every(Number.isInteger) && buckets.some.every(Number.isInteger))
    text = text.replace(/^(\s*)# split$/gm, "$1VALUES (?bucket ?whole) { "
      + buckets.whole.map(b => "(" + b + " true)").concat(buckets.some.map(b => "(" + b + " false)")).join(" ") + " }");
  if (decl.length === 0) return text;
  const vars = decl.map(d => "?" + d.name).join(" ");
  const row = decl.map(d => params[d.name] == null || params[d.name] === "" ? "UNDEF" : term(d.kind, params[d.name])).join(" ");
  return text.replace(/^(\s*)# parameters$/gm, "$1VALUES (" + vars + ") { (" + row + ") }");
}

/**
 * The query's page: the number after its "LIMIT 50" line (the one line the page may change,
 * in queries that are paged on the server) becomes the page's size, with the rows before it skipped.
 */
function paged(text, page) {
  if (!page) return text;
  const size = Number(page.size), offset = Number(page.offset);
  if (!Number.isInteger(size) || size < 1 || !Number.isInteger(offset) || offset < 0) throw new Error("not a page: " + JSON.stringify(page));
  return text.replace(/^(\s*)LIMIT 50$/m, "$1LIMIT " + size + (offset ? " OFFSET " + offset : ""));
}

async function select(name, params = {}, page = null, buckets = null) {
  const q = await query(name);
  let asked = q.portable && refused.has(name) ? q.portable : q;
  let text = paged(bind(asked, params, buckets), page);
  const started = performance.now();
  let r = await post(text);
  // A store elsewhere (serve --endpoint) whose compiler fails on the query: its portable form,
  // the same question in plainer SPARQL, now and for the rest of the visit.
  if (!r.ok && asked !== q.portable && q.portable && (r.status === 400 || r.status === 500)) {
    refused.add(name);
    asked = q.portable;
    text = paged(bind(asked, params, buckets), page);
    r = await post(text);
  }
  if (!r.ok) throw new Error(name + ": " + r.status + " " + (await r.text()).slice(0, 300));
  const json = await r.json();
  const rows = json.results.bindings.map(b => Object.fromEntries(Object.entries(b).map(([k, v]) => [k, v.value])));
  ran.push({ name: asked === q ? name : "portable/browse/" + name, text, ms: Math.round(performance.now() - started), rows: rows.length });
  return rows;
}

/** The queries the store refused, asked in their portable forms from then on. */
const refused = new Set();

function post(text) {
  return fetch(ENDPOINT, {
    method: "POST",
    headers: { "Content-Type": "application/x-www-form-urlencoded", "Accept": "application/sparql-results+json" },
    body: new URLSearchParams({ query: text })
  });
}

let ran = [];

// ---- Page state in the address -----------------------------------------------------------

function state() {
  return Object.fromEntries(new URLSearchParams(location.search));
}

function link(params) {
  const p = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v != null && v !== "") p.set(k, v);
  const s = p.toString();
  return "/" + (s ? "?" + s : "");
}

function go(params) {
  // A page the server generated (app is null) has only the search box: it goes to the browser.
  if (!app) return location.assign(link(params));
  history.pushState(null, "", link(params));
  render();
}

window.addEventListener("popstate", render);
// The Fuseki UI has routes of its own in the fragment (/#/dataset/...), and boot.js starts it
// only when the page loads with one: a link to it from this page changes just the fragment.
window.addEventListener("hashchange", () => { if (location.hash.startsWith("#/")) location.reload(); });
document.addEventListener("click", e => {
  const a = e.target.closest("a[data-nav]");
  if (a && app && !e.ctrlKey && !e.metaKey) {
    e.preventDefault();
    history.pushState(null, "", a.getAttribute("href"));
    render();
  }
});

// ---- Small DOM helpers ---------------------------------------------------------------------

/** An address that may be a link: http(s), which the page's own relative links are; never javascript: or data:. */
function safeHref(href) {
  try {
    return /^https?:$/.test(new URL(href, location.href).protocol) ? href : null;
  } catch {
    return null;
  }
}

/**
 * Sets attributes as values, never as code: an "on..." attribute must be a function (a
 * listener), a style an object (set through CSSOM, which the page's policy allows where a
 * style attribute is not), and a link that is not http(s) is left out.
 */
function attributes(el, attrs) {
  for (const [k, v] of Object.entries(attrs)) {
    if (v == null) continue;
    if (/^on/i.test(k)) {
      if (typeof v !== "function") throw new Error("not a listener: " + k);
      el.addEventListener(k.slice(2), v);
    } else if (k === "style") {
      Object.assign(el.style, v);
    } else if (k === "href") {
      const href = safeHref(String(v));
      if (href != null) el.setAttribute(k, href);
    } else {
      el.setAttribute(k, v);
    }
  }
  return el;
}

function h(tag, attrs = {}, ...children) {
  const el = attributes(document.createElement(tag), attrs);
  for (const c of children.flat(Infinity)) if (c != null) el.append(c instanceof Node ? c : String(c));
  return el;
}

const SVG_NS = "http://www.w3.org/2000/svg";

/** An SVG element, its attributes set as h() sets them, and a text child as text. */
function svg(tag, attrs = {}, text = null) {
  const el = attributes(document.createElementNS(SVG_NS, tag), attrs);
  if (text != null) el.textContent = String(text);
  return el;
}

function nav(href, text, attrs = {}) {
  return h("a", { href, "data-nav": "", ...attrs }, text);
}

function actorLink(iri, name) {
  return nav(link({ view: "actor", actor: iri }), name, { class: "actor" });
}

function communicationLink(iri, label) {
  return nav(link({ view: "communication", c: iri }), label, { class: "communication" });
}

/** A link out of corrkg, to an authority record or an edition's entry: http(s) only, as every link. */
function externalLink(iri) {
  return h("a", { href: iri, rel: "noopener noreferrer", class: "external" }, iri);
}

/** IRIs that are corrkg's own, not an edition's or an authority's. */
function ours(iri) {
  return iri.startsWith("https://w3id.org/corrkg/");
}

/** Text for BibTeX: its special characters escaped. */
function bibtex(text) {
  const escapes = { "\\": "\\textbackslash{}", "{": "\\{", "}": "\\}", "%": "\\%", "&": "\\&", "#": "\\#",
                    "$": "\\$", "_": "\\_", "^": "\\^{}", "~": "\\~{}" };
  return String(text).replace(/[\\{}%&#$_^~]/g, c => escapes[c]);
}

/** A day (2014-10-31), a month (2014-10) or a year as CSL-JSON's date-parts ([[2014, 10, 31]]). */
function dateParts(day) {
  return { "date-parts": [day.split("-").map(Number)] };
}

/**
 * When a communication was written, as CSL-JSON's "issued": date-parts when its date is
 * known to the day, month or year (its EDTF is just that, or its bounds are one day), else
 * the date as written, as a literal; nothing when it has neither.
 */
function issued(edtf, earliest, latest, written) {
  if (edtf && /^\d{4}(-\d{2}(-\d{2})?)?$/.test(edtf)) return dateParts(edtf);
  if (earliest && earliest === latest) return dateParts(earliest);
  return written || edtf ? { literal: written || edtf } : null;
}

/**
 * The citation as CSL-JSON (an array of one item, as reference managers import it): a
 * communication is a personal communication with its senders as authors and its addressees
 * as recipients; an actor or a place is an entry of the corpus.
 */
function cslJson(key, iri, title, accessed, fields) {
  const item = { id: key, type: fields.type || "entry", title, ...fields, "container-title": "corrkg", URL: iri,
                 accessed: dateParts(accessed) };
  for (const k of Object.keys(item)) if (item[k] == null || (Array.isArray(item[k]) && !item[k].length)) delete item[k];
  return JSON.stringify([item], null, 2);
}

/**
 * How to cite what the page shows, as text, as BibTeX and as CSL-JSON: its title, what it is,
 * the sources it rests on, its persistent IRI and the day it was read; {@code csl} holds the
 * CSL-JSON fields of its kind (type, author, recipient, issued, genre).
 */
function citation(iri, title, about, sources, csl = {}) {
  const accessed = new Date().toISOString().slice(0, 10);
  const after = sources.length ? " After " + sources.join("; ") + "." : "";
  const text = "\u201c" + title + "\u201d (" + about + "). In corrkg." + after + " " + iri + " (accessed " + accessed + ").";
  const key = "corrkg:" + iri.replace(/^.*[\/#]/, "").replace(/[^A-Za-z0-9_.:-]/g, "-");
  const bib = ["@misc{" + key + ",",
    "  title = {" + bibtex(title) + "},",
    "  howpublished = {corrkg},",
    "  note = {" + bibtex(about + (sources.length ? "; after " + sources.join("; ") : "")) + "},",
    "  url = {" + iri + "},",
    "  urldate = {" + accessed + "}",
    "}"].join("\n");
  const note = sources.length ? "After " + sources.join("; ") : null;
  return h("section", { id: "citation" }, h("h3", {}, "Cite"), h("p", { id: "citation-text" }, text),
    h("h4", {}, "BibTeX"), h("pre", { id: "citation-bibtex" }, bib),
    h("h4", {}, "CSL-JSON"), h("pre", { id: "citation-csl" }, cslJson(key, iri, title, accessed, { note, ...csl })));
}

function table(headings, rows) {
  return h("table", {}, h("thead", {}, h("tr", {}, headings.map(t => h("th", {}, t)))),
           h("tbody", {}, rows.map(r => h("tr", {}, r.map(c => h("td", {}, c))))));
}

function year(date) { return date ? Number(date.slice(0, 4)) : null; }

// ---- Views ---------------------------------------------------------------------------------

const app = document.getElementById("app");

async function render() {
  if (!app) return;
  ran = [];
  const s = state();
  const main = h("main", { id: "view", "aria-busy": "true" });
  app.replaceChildren(header(), main);
  try {
    const problems = [...await resolveNames(s), ...dateProblems(s)];
    if (problems.length) {
      main.append(...problems.map(p => h("p", { class: "error", role: "alert" }, p)));
      return finish(main);
    }
    if (s.view === "actor") await actorView(main, s);
    else if (s.view === "communication") await communicationView(main, s);
    else if (s.view === "place") await placeView(main, s);
    else if (s.view === "search") await searchView(main, s);
    else await overview(main, s);
  } catch (err) {
    main.append(h("p", { class: "error", role: "alert" }, "Could not load this view: " + err.message));
  }
  finish(main);
}

function finish(main) {
  main.append(sparqlPanel());
  main.setAttribute("aria-busy", "false");
  // Milliseconds from the navigation's start to now, for measuring (RenderBenchmark).
  main.dataset.readyMs = String(Math.round(performance.now()));
  main.dataset.ready = "true";
}

/**
 * Turns what a person typed in the address (?actor=Khamenei, ?type=letter, ?topic=ISIS) into
 * the IRIs the queries take, by the server's rules for names (those of the command line), and
 * puts them in the address. Returns why a name names nothing, or more than one thing.
 */
async function resolveNames(s) {
  const problems = [];
  let changed = false;
  for (const kind of ["actor", "type", "topic", "place"]) {
    const v = s[kind];
    if (!v || (IRI.test(v) && !v.startsWith("id:"))) continue;
    const r = await fetch("/browse/resolve?" + new URLSearchParams({ kind, name: v }));
    const json = await r.json();
    if (json.iri) {
      s[kind] = json.iri;
      changed = true;
    } else problems.push(json.error);
  }
  if (changed && !problems.length) history.replaceState(null, "", link(s));
  return problems;
}

const YEAR = /^\d{4}$/, DAY = /^\d{4}-\d{2}-\d{2}$/;

/** The day {@code n} days from an ISO day. */
function shift(day, n) {
  const d = new Date(day + "T00:00:00Z");
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}

/** The from and to filters as exclusive bounds: a year is the whole year, a day that day. */
function bounds(s) {
  return {
    after: !s.from ? null : YEAR.test(s.from) ? (Number(s.from) - 1) + "-12-31" : shift(s.from, -1),
    before: !s.to ? null : YEAR.test(s.to) ? (Number(s.to) + 1) + "-01-01" : shift(s.to, 1)
  };
}

function dateProblems(s) {
  const problems = [];
  for (const k of ["from", "to"])
    if (s[k] && !YEAR.test(s[k]) && !(DAY.test(s[k]) && !isNaN(Date.parse(s[k] + "T00:00:00Z")) && shift(s[k], 0) === s[k]))
      problems.push("The " + k + " date '" + s[k] + "' is neither a year (2013) nor a day (2013-08-01).");
  if (!problems.length && s.from && s.to) {
    const b = bounds(s);
    if (b.after >= shift(b.before, -1))
      problems.push("The range is reversed: from " + s.from + " is after to " + s.to + ", so nothing can match.");
  }
  return problems;
}

function header() {
  return h("header", {},
    h("h1", {}, nav("/", "corrkg"), " ", h("span", { class: "tagline" }, "who wrote to whom, when, through whom, and who says so")),
    h("nav", {}, nav("/", "Overview"), " ", h("a", { href: "/#/dataset/" + DATASET + "/query" }, "SPARQL (Fuseki UI)")),
    searchBox(state()));
}

function sparqlPanel() {
  return h("section", { class: "sparql" }, h("h2", {}, "The SPARQL behind this view"),
    ran.map(q => h("details", {},
      h("summary", {}, q.name + ".rq: " + q.rows + " rows in " + q.ms + " ms"),
      h("pre", {}, q.text),
      h("a", { href: "/#/dataset/" + DATASET + "/query?query=" + encodeURIComponent(q.text), target: "_blank", class: "open-in-fuseki" },
        "Open in the Fuseki UI"))));
}

function filterParams(s) {
  return {
    type: s.type, topic: s.topic, actor: s.actor, place: s.place,
    after: bounds(s).after,
    before: bounds(s).before,
    disputedMode: s.disputed
  };
}

/** True when the address sets a filter: the view then reads the communications, not the summaries kept at load. */
function isFiltered(s) {
  return Boolean(s.actor || s.place || s.type || s.topic || s.from || s.to || (s.disputed && s.disputed !== "include"));
}

async function overview(main, s) {
  // Unfiltered, the counts, the correspondents, the network and a large timeline come from
  // the summaries kept at load; a filter needs the communications themselves. The filter's
  // choices are always the whole store's.
  const filtered = isFiltered(s);
  const params = filterParams(s);
  const split = filtered ? await splitPlan(params) : null;
  // Every query starts as soon as what it depends on is known, not after the part drawn above
  // it: the list, the counts and the correspondents at once; the network and the timeline once
  // the counts say how large the store is; the map once the view's total is known. Each part
  // is drawn in its place; a failure shows where its part goes.
  const storeCounts = ahead(select("counts"));
  const viewCounting = filtered ? ahead(select("view-counts", params, null, split)) : null;
  // A filtered list's total is the view's, added up from its counts by kind (the figure the
  // view shows at its head), not counted again.
  const listing = ahead(listRows(s, params, VIEW_LIST, split,
    viewCounting && viewCounting.then(rows => [{ n: viewFigures(rows, []).communications }])));
  const mostActive = ahead(select("actors"));
  const asked = ahead(Promise.all([storeCounts, select("topics"), mostActive,
    viewCounting, filtered ? busiestCorrespondents(params, split, mostActive) : null]));
  const whole = ahead(storeCounts.then(rows => Object.fromEntries(rows.map(r => [r.what, r.n]))));
  const manyItems = ahead(whole.then(w => !filtered && Number(w.communications) > 1500));
  // Unfiltered, a store of more actors than the summary's network holds draws its busiest and everyone else as one.
  const manyActors = ahead(whole.then(w => !filtered && Number(w.actors) > 60));
  const drawing = ahead(Promise.all([
    filtered ? select("network", params, null, params.after || params.before ? split : null)
      : manyActors.then(many => many ? busiestNetwork() : select("network-summary")),
    manyItems.then(many => many ? select("years") : timelineItems(params))]));
  const viewTotal = filtered ? viewCounting.then(rows => Number(viewFigures(rows, []).communications))
    : whole.then(w => Number(w.communications));
  // A map from counts kept at load starts at once; one that reads the communications waits for
  // the view's total, to say so instead where they are too many.
  const mapping = ahead((mapFromCounts(params, split) ? Promise.resolve(0) : viewTotal).then(n => placesSection(params, n, split)));
  const [counts, topics, actors, viewCounts, viewActors] = await asked;
  const types = counts.filter(r => r.what.startsWith("type:")).map(r => [r.what.slice(5), r.n, r.kind]);
  const count = filtered ? viewFigures(viewCounts, viewActors) : Object.fromEntries(counts.map(r => [r.what, r.n]));
  const shownTypes = filtered ? viewCounts.map(r => [r.typeLabel, r.n]) : types;
  main.append(h("section", { class: "counts", id: "counts" },
    h("div", { class: "big" }, h("strong", { id: "count-communications" }, count.communications || "0"), " communications"),
    h("div", { class: "big" }, h("strong", { id: "count-actors" }, count.actors || "0"), filtered ? " correspondents" : " actors"),
    h("div", { class: "big", id: "date-range" }, "from ", h("strong", {}, count.from || "?"), " to ", h("strong", {}, count.to || "?")),
    h("ul", { class: "types", id: "types" }, shownTypes.map(([t, n]) => h("li", {}, t + ": " + n)))));

  main.append(filters(s, types.map(([t, , kind]) => [t, kind]), topics, actors));
  const [edges, items] = await drawing;
  const drawn = (await manyActors) ? condensed(edges) : condense(edges, filtered ? "of the 400 heaviest ties" : null);
  main.append(h("section", { class: "panels" },
    h("div", { class: "panel" }, h("h2", {}, "Who wrote to whom"), network(drawn.edges, drawn), networkNote(drawn)),
    h("div", { class: "panel" }, h("h2", {}, "Timeline"), (await manyItems) ? histogram(items) : timeline(items),
      !(await manyItems) && items.length >= 1500 ? h("p", { class: "note" }, "Showing the first 1,500 in time; filter to see the rest.") : null)));
  main.append(await mapping);
  const correspondents = viewActors ? viewActors.map(a => ({ ...a, actor: a.correspondent })) : actors;
  main.append(h("section", { id: "correspondents" },
    h("h2", {}, correspondents.length >= 100 ? "The 100 most active correspondents" : "Correspondents"),
    table(["actor", "sent", "received"], correspondents.map(a => [actorLink(a.actor, a.name), a.sent, a.received]))));
  await communicationsList(main, s, params, VIEW_LIST, split, listing);
}

/**
 * The busiest correspondents of a filtered view (browse/view-actors). Under a type or disputed
 * filter alone (the split says every bucket is taken whole), first among the most active
 * actors only: with T the activity of the 100th most active of the whole store (browse/actors),
 * those of 2^L or more, L two bands below T's. An actor left out has less than 2^L under any
 * filter, so the answer stands when its 100th correspondent has 2^L or more; else, or in a
 * store too small for it, every actor's counts are added up.
 */
async function busiestCorrespondents(params, split, mostActive) {
  if (split && split.all === true) {
    const top = await mostActive;
    if (top.length === 100) {
      const band = Math.max(4, Math.floor(Math.log2(Number(top[99].sent) + Number(top[99].received))) - 2);
      const rows = await select("view-actors", { ...params, fromBand: band }, null, split);
      if (rows.length === 100 && Number(rows[99].sent) + Number(rows[99].received) >= 2 ** band)
        return rows;
    }
  }
  return select("view-actors", params, null, split);
}

/**
 * The network of the busiest actors and everyone else: as kept at load (browse/network-busy),
 * or, where that does not serve (several source graphs, a store loaded before it), computed
 * from their ties (browse/network-top). Both give the same rows.
 */
async function busiestNetwork() {
  const kept = await select("network-busy");
  return kept.length ? kept : select("network-top");
}

/**
 * A filtered view's figures from its counts by kind: the total, the first and the last
 * possible day of any, and how many correspondents (the query gives the 100 busiest).
 */
function viewFigures(byKind, correspondents) {
  const days = (key, pick) => byKind.map(r => r[key]).filter(Boolean).reduce((a, b) => a == null ? b : pick(a, b), null);
  return {
    communications: String(byKind.reduce((n, r) => n + Number(r.n), 0)),
    actors: correspondents.length >= 100 ? "100+" : String(correspondents.length),
    from: days("from", (a, b) => a < b ? a : b),
    to: days("to", (a, b) => a > b ? a : b)
  };
}

const SORTS = { date: "date", "-date": "date, latest first", sender: "sender", recipient: "recipient" };
const PAGE_SIZE = 50, MAX_PAGE_SIZE = 500;

/** The page and its size from the address (?page=2&size=20), within bounds. */
function pageOf(s) {
  const size = Math.min(MAX_PAGE_SIZE, Math.max(1, Number.parseInt(s.size, 10) || PAGE_SIZE));
  const page = Math.max(1, Number.parseInt(s.page, 10) || 1);
  return { page, size };
}

/** The address of the same view with some of its state changed (a page, a sort). */
function sameView(s, changes) {
  return link({ ...s, ...changes });
}

/**
 * The communications of the view, one page at a time (the server sends only that page), with
 * their total, a choice of order, and links to download all of them.
 */
const VIEW_LIST = { list: "communications", count: "communications-count", downloads: true };

/**
 * The list's page of rows and its total, asked for at once: a view may start this before it
 * draws anything else and give the promise to communicationsList. A view that counts its
 * communications anyway gives that count ({@code total}, a promise of the count query's rows).
 */
async function listRows(s, params, queries = VIEW_LIST, split = null, total = null) {
  const sort = SORTS[s.sort] ? s.sort : "date";
  const { page, size } = pageOf(s);
  // Sorted by date, the list of a view (not of a search) reads only the date buckets that hold its page.
  const byDate = (sort === "date" || sort === "-date") && queries.list === "communications";
  const buckets = byDate ? await datePlan(params, page * size, sort === "date" ? "earliest" : "latest", "last") : null;
  return Promise.all([select(queries.list, { ...params, sort }, { size, offset: (page - 1) * size }, buckets),
                      total || select(queries.count, params, null, split)]);
}

async function communicationsList(main, s, params, queries = VIEW_LIST, split = null, asked = null) {
  const sort = SORTS[s.sort] ? s.sort : "date";
  const { page, size } = pageOf(s);
  const [rows, [total]] = await (asked || listRows(s, params, queries, split));
  const n = Number(total ? total.n : 0), pages = Math.max(1, Math.ceil(n / size));
  const first = n ? (page - 1) * size + 1 : 0, last = Math.min(n, page * size);
  // A search's download selects by its words alone; a view's by its filters.
  const selection = queries.list === "search-communications" ? { q: params.q }
    : { type: s.type, topic: s.topic, actor: s.actor, place: s.place, from: s.from, to: s.to, disputed: s.disputed };
  const download = format => "/browse/download?" + new URLSearchParams(Object.entries({ format, ...selection })
    .filter(([, v]) => v != null && v !== ""));
  const sortLink = (key, text) => key === sort ? h("strong", { class: "sort current" }, text)
    : nav(sameView(s, { sort: key === "date" ? null : key, page: null }), text, { class: "sort", "data-sort": key });
  const pageLink = (p, text) => p < 1 || p > pages || p === page ? h("span", { class: "page disabled" }, text)
    : nav(sameView(s, { page: p === 1 ? null : p }), text, { class: "page", "data-page": p });
  const heading = ["date", "communication", "from", "to", "via", "type", "place sent", "place received", "status"];
  main.append(h("section", { id: "list" },
    h("h2", {}, "Communications"),
    h("p", { id: "list-summary" }, h("span", { id: "list-range" }, first + "\u2013" + last), " of ",
      h("strong", { id: "list-total" }, n), ", sorted by ", Object.entries(SORTS).map(([k, t], i) => [i ? " \u00b7 " : "", sortLink(k, t)])),
    !queries.downloads ? null : h("p", { class: "downloads" }, "Download all ", n, ": ", ["csv", "cmif", "json"].map((f, i) =>
      [i ? ", " : "", h("a", { href: download(f), class: "download", "data-format": f, download: "" }, f.toUpperCase())])),
    h("table", { id: "communications" },
      h("thead", {}, h("tr", {}, heading.map(t => h("th", {}, t)))),
      h("tbody", {}, rows.map(c => h("tr", { class: c.status === "disputed" ? "disputed" : null, "data-communication": c.c },
        h("td", { class: "date", title: dateBounds(c) }, c.date || ""), h("td", {}, communicationLink(c.c, c.label)),
        h("td", {}, c.from), h("td", {}, c.to), h("td", {}, c.via), h("td", {}, c.typeLabel),
        h("td", {}, c.placeSent), h("td", {}, c.placeReceived),
        h("td", { class: "status" }, c.status + (c.denied === "true" ? ", denied" : "")))))),
    h("p", { class: "pages", id: "pages" }, pageLink(page - 1, "\u2190 previous"), " page ", h("strong", { id: "page" }, page),
      " of ", pages, " ", pageLink(page + 1, "next \u2192"))));
}

/** The bounds of a communication's date, as its row shows them on hover. */
function dateBounds(c) {
  return (c.earliest || "?") + " to " + (c.latest || "?");
}

/**
 * The timeline's communications: without an actor, a topic or "disputed only" (which few are), the server first says which date
 * buckets hold the first 1,500 under the other filters, from the counts kept at load, so the
 * query reads those buckets and not every communication (null: read them all).
 */
async function timelineItems(params) {
  return select("timeline", params, null, await datePlan(params, 1500, "earliest", "first"));
}

/**
 * The date buckets the view's type, disputed and date filters take whole, whose counts kept at
 * load its counts and correspondents add up, and those they take in part, whose communications
 * they read (/browse/buckets?split=true); null where that does not serve (an actor, a place, a
 * topic, disputed only, a store without those counts): the queries then read the communications.
 */
async function splitPlan(params) {
  const answer = await askBuckets(params, { split: "true" });
  return answer ? answer.split : null;
}

/**
 * Which date buckets hold the first {@code need} communications in time ("earliest") or the last
 * ("latest") under the view's type, disputed and date filters, undated ones "first" or "last"
 * (/browse/buckets); null where the buckets do not serve (an actor, a place, a topic, disputed only, a
 * page too deep, a store without bucket counts): the query then reads every communication.
 */
async function datePlan(params, need, order, undated) {
  if (need > 100000) return null;
  const answer = await askBuckets(params, { need, order, undated });
  return answer ? answer.buckets : null;
}

/**
 * /browse/buckets under the view's type, disputed and date filters, with what else is asked;
 * null where the buckets do not serve (an actor, a place, a topic, disputed only) or the server
 * refuses.
 */
async function askBuckets(params, asked) {
  if (params.actor || params.place || params.topic || params.disputedMode === "only")
    return null;
  const ask = Object.entries({ type: params.type, disputedMode: params.disputedMode, after: params.after, before: params.before,
                               ...asked }).filter(([, v]) => v != null && v !== "");
  const r = await fetch("/browse/buckets?" + new URLSearchParams(ask));
  return r.ok ? r.json() : null;
}

function filters(s, types, topics, actors) {
  const form = h("form", { class: "filters", id: "filters" });
  const typeSelect = h("select", { name: "type", "aria-label": "type" }, h("option", { value: "" }, "any type"));
  for (const [t, iri] of types)
    typeSelect.append(h("option", { value: iri, ...(s.type === iri ? { selected: "" } : {}) }, t));
  const topicSelect = h("select", { name: "topic", "aria-label": "topic" }, h("option", { value: "" }, "any topic"),
    topics.map(t => h("option", { value: t.topic, ...(s.topic === t.topic ? { selected: "" } : {}) }, t.label + " (" + t.n + ")")));
  const actorSelect = h("select", { name: "actor", "aria-label": "actor" }, h("option", { value: "" }, "any actor"),
    actors.map(a => h("option", { value: a.actor, ...(s.actor === a.actor ? { selected: "" } : {}) }, a.name)));
  if (s.actor && !actors.some(a => a.actor === s.actor))
    actorSelect.append(h("option", { value: s.actor, selected: "" }, s.actor));
  const disputed = h("select", { name: "disputed", "aria-label": "disputed" },
    [["include", "disputed included"], ["exclude", "disputed left out"], ["only", "disputed only"]]
      .map(([v, t]) => h("option", { value: v, ...((s.disputed || "include") === v ? { selected: "" } : {}) }, t)));
  form.append(actorSelect, typeSelect, topicSelect,
    h("input", { name: "from", type: "text", inputmode: "numeric", size: 10, placeholder: "from year or day", "aria-label": "from year or day", value: s.from || "" }),
    h("input", { name: "to", type: "text", inputmode: "numeric", size: 10, placeholder: "to year or day", "aria-label": "to year or day", value: s.to || "" }),
    placeFilter(s), disputed, h("button", { type: "submit" }, "Filter"), " ", nav("/", "clear"));
  form.addEventListener("submit", e => {
    e.preventDefault();
    const data = Object.fromEntries(new FormData(form));
    if (data.disputed === "include") delete data.disputed;
    go({ ...data });
  });
  return form;
}

/** A network of more actors than this is drawn as its busiest SHOWN_NODES and one node for the rest. */
const MAX_NODES = 25, SHOWN_NODES = 15;
const OTHERS = "corrkg:others";

/**
 * The ties to draw: each edge once (rows of the same edge count ?e, as browse/ego-network may give
 * a tie, are one), and, when there are more than MAX_NODES actors, only
 * the SHOWN_NODES busiest, with everyone else gathered into one
 * node, "536 others", their ties with the drawn actors added up and their ties among
 * themselves left out. Returns the edges, how many actors are gathered ({@code others}),
 * their communications with the drawn ones, and {@code among}, what the counts are of.
 */
function condense(rows, among = null) {
  const seen = new Set(), edges = [];
  for (const e of rows) {
    if (e.e && seen.has(e.e)) continue;
    if (e.e) seen.add(e.e);
    edges.push(e);
  }
  const value = new Map(), names = new Map();
  for (const e of edges)
    for (const [iri, name] of [[e.sender, e.senderName], [e.recipient, e.recipientName]]) {
      value.set(iri, (value.get(iri) || 0) + Number(e.n));
      names.set(iri, name);
    }
  if (value.size <= MAX_NODES) return { edges, others: 0, actors: value.size, among };
  const shown = new Set([...value.entries()].sort((a, b) => b[1] - a[1] || names.get(a[0]).localeCompare(names.get(b[0])))
                                  .slice(0, SHOWN_NODES).map(([iri]) => iri));
  const gathered = new Set([...value.keys()].filter(iri => !shown.has(iri)));
  const label = gathered.size.toLocaleString("en") + " other" + (gathered.size === 1 ? "" : "s");
  const byKey = new Map();
  let withOthers = 0, amongOthers = 0;
  for (const e of edges) {
    const from = shown.has(e.sender), to = shown.has(e.recipient);
    if (!from && !to) { amongOthers += Number(e.n); continue; }
    if (!from || !to) withOthers += Number(e.n);
    const sender = from ? e.sender : OTHERS, recipient = to ? e.recipient : OTHERS;
    const key = [sender, recipient, e.typeLabel, e.disputed].join(" ");
    const t = byKey.get(key) || { sender, recipient, typeLabel: e.typeLabel, disputed: e.disputed, n: 0,
                                  senderName: from ? e.senderName : label, recipientName: to ? e.recipientName : label };
    t.n += Number(e.n);
    byKey.set(key, t);
  }
  return { edges: [...byKey.values()].map(e => ({ ...e, n: String(e.n) })), others: gathered.size, actors: value.size,
           shown: shown.size, withOthers, amongOthers, among };
}

/**
 * browse/network-top's answer, already condensed by the query, in condense()'s shape: its ties
 * with an unbound end are ties with the others' node; the row with only ?others says how many
 * actors that node stands for.
 */
function condensed(rows) {
  const others = Number((rows.find(r => r.others !== undefined) || { others: 0 }).others);
  const label = others.toLocaleString("en") + " other" + (others === 1 ? "" : "s");
  const shown = new Set();
  let withOthers = 0;
  const edges = rows.filter(r => r.n !== undefined).map(r => {
    for (const iri of [r.sender, r.recipient]) if (iri) shown.add(iri);
    if (!r.sender || !r.recipient) withOthers += Number(r.n);
    return { ...r, sender: r.sender || OTHERS, senderName: r.sender ? r.senderName : label,
             recipient: r.recipient || OTHERS, recipientName: r.recipient ? r.recipientName : label };
  });
  return { edges, others, actors: shown.size + others, shown: shown.size, withOthers, amongOthers: 0, among: null };
}

/** What the network leaves out, said under it: how many actors are gathered into one node. */
function networkNote(drawn) {
  if (!drawn.others) return null;
  const n = v => v.toLocaleString("en");
  return h("p", { class: "note", id: "network-note", "data-others": drawn.others },
    "The " + drawn.shown + " busiest of " + n(drawn.actors) + " correspondents" + (drawn.among ? " " + drawn.among : "")
    + " are drawn; the other " + n(drawn.others) + " are one node, which exchanged " + n(drawn.withOthers) + " communications with them."
    + (drawn.amongOthers ? " The " + n(drawn.amongOthers) + " among the others are not drawn." : ""));
}

/**
 * The network: a node for each actor, as large as its communications, and a curved line for
 * each tie from sender to recipient, as wide as its count, in its type's colour, dashed when
 * disputed. Each actor's node links to its page; the legend's types switch their ties off and
 * on; hovering a node or a tie names it and its count. Drawn as SVG once the chart is in the page
 * and its size is known: nodes are laid out (placeNodes) and fitted into the chart, with room
 * at the sides for the labels, each label on the side of its node that faces out (else on the
 * other), cut short when longer than the room to the edge, and left out where it would cover a
 * label already placed (the busiest nodes' first) or another node. It zooms and pans as the map does.
 */
function network(edges, drawn = { others: 0 }) {
  const el = h("div", { class: "chart network", id: "network" });
  const nodes = new Map();
  for (const e of edges) {
    for (const [iri, name] of [[e.sender, e.senderName], [e.recipient, e.recipientName]]) {
      const n = nodes.get(iri) || { id: iri, name, value: 0 };
      n.value += Number(e.n);
      nodes.set(iri, n);
    }
  }
  const types = [...new Set(edges.map(e => e.typeLabel))].sort();
  el.dataset.nodes = nodes.size;
  el.dataset.edges = edges.length;
  if (drawn.others) el.dataset.others = drawn.others;
  // Gathered, one actor may be in nearly every tie: sizes and widths are then relative to the largest.
  const most = Math.max(1, ...[...nodes.values()].map(n => n.value)), heaviest = Math.max(1, ...edges.map(e => Number(e.n)));
  const size = v => drawn.others ? 10 + 36 * Math.sqrt(v / most) : 8 + 4 * Math.sqrt(v);
  const width = n => drawn.others ? 1 + 9 * Math.sqrt(n / heaviest) : 1 + n;
  const chart = svg("svg", { class: "network-chart", role: "img", "aria-label": nodes.size + " correspondents, " + edges.length + " ties" });
  const off = new Set();
  const legend = h("p", { class: "legend network-legend" }, types.map(t => {
    const key = h("button", { type: "button", class: "key", "aria-pressed": "true", title: "Show or hide the ties of this type" },
                  h("i", { style: { background: colour(t) } }), t);
    key.addEventListener("click", () => {
      if (off.has(t)) off.delete(t); else off.add(t);
      key.setAttribute("aria-pressed", String(!off.has(t)));
      for (const tie of chart.querySelectorAll("g.tie")) tie.style.display = off.has(tie.dataset.type) ? "none" : "";
    });
    return key;
  }), h("span", { class: "key" }, h("i", { class: "dashed" }), "disputed"));
  el.append(legend, zoomable(chart, "fit to the chart"), chart);
  requestAnimationFrame(() => {
    const box = chart.getBoundingClientRect();
    const w = Math.max(200, Math.round(box.width) || 600), ht = Math.max(160, Math.round(box.height) || 400);
    chart.setAttribute("viewBox", `0 0 ${w} ${ht}`);
    // On a phone the nodes are drawn smaller, and the margins for labels are narrower.
    const narrow = w < 500, scale = narrow ? 0.6 : 1;
    const margin = Math.round(narrow ? 72 : Math.min(150, Math.max(60, w * 0.22)));
    const data = [...nodes.values()];
    const radius = n => size(n.value) * scale / 2;
    const laid = placeNodes(data.map(n => n.id), edges.map(e => [e.sender, e.recipient, Number(e.n)]), w, ht);
    // Fitted into the room between the label margins, at one scale across and down (no more
    // than half as large again as laid out, so that a few nodes are not strewn over the chart)
    // and centred in it.
    const xs = laid.map(p => p[0]), ys = laid.map(p => p[1]), pad = 12 + Math.max(0, ...data.map(radius));
    const [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
    const roomX = w - 2 * margin, roomY = ht - 2 * pad;
    const k = Math.min(1.5, roomX / Math.max(1e-9, x1 - x0), roomY / Math.max(1e-9, y1 - y0));
    const at = new Map(data.map((n, i) => [n.id, { x: w / 2 + (xs[i] - (x0 + x1) / 2) * k, y: ht / 2 + (ys[i] - (y0 + y1) / 2) * k,
                                                   r: radius(n) }]));
    for (const e of edges) {
      const a = at.get(e.sender), b = at.get(e.recipient);
      const disputed = e.disputed === "true", stroke = width(Number(e.n));
      // Bent to the right of its direction, so that the ties each way are two lines; ending at
      // the edge of the recipient's node with an arrowhead.
      const mx = (a.x + b.x) / 2 + (b.y - a.y) * 0.15, my = (a.y + b.y) / 2 - (b.x - a.x) * 0.15;
      const dx = b.x - mx, dy = b.y - my, d = Math.hypot(dx, dy) || 1;
      const head = 5 + stroke, ex = b.x - dx / d * b.r, ey = b.y - dy / d * b.r;
      const bx = ex - dx / d * head, by = ey - dy / d * head, nx = -dy / d * head / 2, ny = dx / d * head / 2;
      const tie = svg("g", { class: "tie" + (disputed ? " disputed" : ""), "data-type": e.typeLabel });
      tie.append(svg("title", {}, e.senderName + " \u2192 " + e.recipientName + ": " + e.n + " " + e.typeLabel + (disputed ? " (disputed)" : "")),
        svg("path", { d: `M${a.x.toFixed(1)},${a.y.toFixed(1)} Q${mx.toFixed(1)},${my.toFixed(1)} ${bx.toFixed(1)},${by.toFixed(1)}`,
                      class: "line", stroke: colour(e.typeLabel), "stroke-width": stroke }),
        svg("path", { d: `M${ex.toFixed(1)},${ey.toFixed(1)} L${(bx + nx).toFixed(1)},${(by + ny).toFixed(1)} L${(bx - nx).toFixed(1)},${(by - ny).toFixed(1)}Z`,
                      class: "head", fill: colour(e.typeLabel) }));
      chart.append(tie);
    }
    const mid = w / 2, taken = [], dots = [...at.values()], font = "11px " + getComputedStyle(chart).fontFamily;
    // The busiest first: they get the labels, and a smaller node lies over a larger one.
    for (const n of [...data].sort((p, q) => q.value - p.value || p.name.localeCompare(q.name))) {
      const p = at.get(n.id), left = p.x > mid;
      const group = n.id === OTHERS ? svg("g", { class: "node others" })
        : svg("a", { class: "node", href: link({ view: "actor", actor: n.id }), "data-nav": "" });
      group.dataset.name = n.name;
      const dot = svg("circle", { cx: p.x.toFixed(1), cy: p.y.toFixed(1), r: p.r.toFixed(1), fill: n.id === OTHERS ? "#adb5bd" : "#5470c6",
                                  "data-px": p.r.toFixed(1) });
      dot.append(svg("title", {}, n.name + ": " + n.value));
      group.append(dot);
      // On the side that faces out, else on the other; cut short where longer than the room to
      // the chart's edge (measured in the page's font); left out where it would cover a label
      // already placed or a node.
      for (const side of left ? ["left", "right"] : ["right", "left"]) {
        const room = side === "left" ? p.x - p.r - 2 : w - p.x - p.r - 2;
        const text = shortened(n.name, room, font);
        if (text == null) continue;
        const x = side === "left" ? p.x - p.r - 2 : p.x + p.r + 2;
        const wide = textWidth(text, font);
        const label = { x: side === "left" ? x - wide : x, y: p.y - 7, w: wide, h: 14 };
        if (taken.some(t => label.x < t.x + t.w && t.x < label.x + label.w && label.y < t.y + t.h && t.y < label.y + label.h)
            || dots.some(q => q !== p && label.x < q.x + q.r + 3 && q.x - q.r - 3 < label.x + label.w
                              && label.y < q.y + q.r && q.y - q.r < label.y + label.h))
          continue;
        taken.push(label);
        group.append(svg("text", { x: x.toFixed(1), y: (p.y + 4).toFixed(1), "text-anchor": side === "left" ? "end" : "start",
                                   class: "node-label", "font-size": 11, "data-side": side, "data-px": p.r.toFixed(1), "data-font": 11 }, text));
        break;
      }
      chart.append(group);
    }
    el.dataset.fitted = "true";
  });
  return el;
}

/** How wide a text is drawn in a CSS font ("11px sans-serif"), in pixels. */
function textWidth(text, font) {
  const ctx = textWidth.ctx || (textWidth.ctx = document.createElement("canvas").getContext("2d"));
  ctx.font = font;
  return ctx.measureText(text).width;
}

/** A label as long as fits in {@code room} pixels, cut short with an ellipsis; null where not even six characters fit. */
function shortened(name, room, font) {
  if (textWidth(name, font) <= room) return name;
  for (let n = Math.min(name.length - 1, Math.floor(room / 4)); n >= 5; n--) {
    const cut = name.slice(0, n) + "\u2026";
    if (textWidth(cut, font) <= room) return cut;
  }
  return null;
}

/**
 * Where each node of the network goes, in a box of w by h: a force-directed layout
 * (Fruchterman and Reingold's), worked out once before the chart is drawn. ECharts' own force
 * layout takes some 500 steps and lays the chart out again after each, which cost more than
 * anything else the page did for a view. Nodes push each other apart, ties pull their ends
 * together (heavier ones a little harder), and a pull to the middle keeps what is not tied
 * from drifting off. The nodes start on a circle in the order given, so the same answer
 * is drawn the same way each time.
 */
function placeNodes(ids, ties, w, h) {
  const n = ids.length, index = new Map(ids.map((id, i) => [id, i]));
  const x = new Float64Array(n), y = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const a = 2 * Math.PI * i / Math.max(1, n);
    x[i] = w / 2 + w / 3 * Math.cos(a);
    y[i] = h / 2 + h / 3 * Math.sin(a);
  }
  // Each pair of tied nodes once, however many ties (types, directions) join them.
  const pairs = new Map();
  for (const [from, to, count] of ties) {
    const i = index.get(from), j = index.get(to);
    if (i === undefined || j === undefined || i === j) continue;
    const key = Math.min(i, j) * n + Math.max(i, j);
    pairs.set(key, (pairs.get(key) || 0) + count);
  }
  const heaviest = Math.max(1, ...pairs.values());
  const links = [...pairs].map(([key, count]) => [Math.floor(key / n), key % n, 1 + Math.sqrt(count / heaviest)]);
  const k = Math.sqrt(w * h / Math.max(1, n)), steps = 300;
  // As strong as to hold nodes that only push each other apart within half the box's short side of its middle.
  const gravity = n * k * k / (0.25 * Math.min(w, h) ** 2);
  const dx = new Float64Array(n), dy = new Float64Array(n);
  for (let step = 0, t = Math.min(w, h) / 8; step < steps; step++, t *= 0.985) {
    dx.fill(0);
    dy.fill(0);
    for (let i = 0; i < n; i++)
      for (let j = i + 1; j < n; j++) {
        let ex = x[i] - x[j], ey = y[i] - y[j], d2 = ex * ex + ey * ey;
        // Two nodes at one point are pushed apart along a direction that depends only on their places in the order.
        if (d2 < 1e-6) { ex = Math.cos(i + j); ey = Math.sin(i + j); d2 = 1; }
        const f = k * k / d2;
        dx[i] += ex * f; dy[i] += ey * f; dx[j] -= ex * f; dy[j] -= ey * f;
      }
    for (const [i, j, weight] of links) {
      const ex = x[i] - x[j], ey = y[i] - y[j], d = Math.sqrt(ex * ex + ey * ey);
      const f = weight * d / k;
      dx[i] -= ex * f; dy[i] -= ey * f; dx[j] += ex * f; dy[j] += ey * f;
    }
    for (let i = 0; i < n; i++) {
      dx[i] += (w / 2 - x[i]) * gravity;
      dy[i] += (h / 2 - y[i]) * gravity;
      const d = Math.sqrt(dx[i] * dx[i] + dy[i] * dy[i]);
      if (d > 0) {
        x[i] += dx[i] / d * Math.min(d, t);
        y[i] += dy[i] / d * Math.min(d, t);
      }
    }
  }
  return Array.from(x, (px, i) => [px, y[i]]);
}

/** Communications per year of their earliest possible date, stacked by type: for stores too large for a bar each. */
function histogram(rows) {
  const years = [...new Set(rows.map(r => Number(r.year)))].sort((a, b) => a - b);
  const types = [...new Set(rows.map(r => r.typeLabel))].sort();
  const totals = new Map();
  rows.forEach(r => totals.set(Number(r.year), (totals.get(Number(r.year)) || 0) + Number(r.n)));
  const max = Math.max(1, ...totals.values());
  const width = 900, height = 260, left = 10, bottom = 20;
  const lo = years[0] ?? 0, hi = (years[years.length - 1] ?? 0) + 1;
  const x = y => left + (width - 2 * left) * (y - lo) / Math.max(1, hi - lo);
  const barWidth = Math.max(1, (width - 2 * left) / Math.max(1, hi - lo) - 1);
  const chart = svg("svg", { viewBox: `0 0 ${width} ${height}`, class: "timeline histogram", id: "timeline", role: "img",
                             "aria-label": "communications per year from " + lo + " to " + (hi - 1) });
  const stacked = new Map();
  for (const r of rows) {
    const y = Number(r.year), below = stacked.get(y) || 0, n = Number(r.n);
    const hgt = (height - bottom - 10) * n / max, base = (height - bottom) - (height - bottom - 10) * below / max;
    const rect = svg("rect", { x: x(y), y: base - hgt, width: barWidth, height: hgt, fill: colour(r.typeLabel), class: "year" });
    rect.append(svg("title", {}, y + ": " + n + " " + r.typeLabel));
    chart.append(rect);
    stacked.set(y, below + n);
  }
  const step = Math.max(1, Math.ceil((hi - lo) / 12));
  for (let y = lo; y <= hi; y += step)
    chart.append(svg("text", { x: x(y), y: height - 5, class: "tick-label" }, y));
  return h("div", { class: "timeline-wrap" }, chart,
    h("p", { class: "legend" }, types.map(t => h("span", { class: "key" }, h("i", { style: { background: colour(t) } }), t)),
      h("span", { class: "key" }, "communications per year of their earliest possible date; filter to see each one")));
}

/**
 * The timeline's width in the page's pixels, as its panel will be (one column on a narrow
 * window, two side by side on a wide one), so that its labels are drawn at the size they are read.
 */
function timelineWidth() {
  // The page is still short when this runs: keep room for the scroll bar it will have once filled.
  const root = document.documentElement, bar = root.clientWidth < innerWidth ? 0 : 15;
  const page = Math.min((root.clientWidth || 900) - bar, 1400);
  return Math.max(300, Math.round(page > 800 ? (page - 32 - 16) / 2 - 28 : page - 20 - 28));
}

/**
 * A bar's label: the communication's name and date, beside the bar where there is room (after
 * it, else before it), else over it; cut short with an ellipsis where even that is too narrow.
 */
function barLabel(i, start, end, y, right) {
  const CHAR = 5.2, text = i.label + (i.date ? ", " + i.date : "");
  const after = right - (end + 4), before = start - 4;
  const [x, anchor, room, cls] = after >= before ? [end + 4, "start", after, "bar-label"] : [start - 4, "end", before, "bar-label"];
  const fits = Math.floor(room / CHAR);
  const shown = fits >= text.length ? text : fits >= 12 ? text.slice(0, fits - 1) + "…" : null;
  if (shown == null) return svg("text", { x: start + 3, y, class: "bar-label inside" }, text.slice(0, Math.max(1, Math.floor((end - start - 6) / CHAR))));
  return svg("text", { x, y, "text-anchor": anchor, class: cls }, shown);
}

/** Each communication as a bar from its earliest to its latest possible date; an open bound runs to the edge. */
function timeline(items) {
  const dated = items.filter(i => i.earliest || i.latest);
  const ys = dated.flatMap(i => [year(i.earliest), year(i.latest)]).filter(y => y != null);
  const lo = ys.length ? Math.min(...ys) : 2000, hi = ys.length ? Math.max(...ys) + 1 : 2001;
  const types = [...new Set(items.map(i => i.typeLabel))].sort();
  const width = timelineWidth(), row = 14, left = 10, top = 24;
  const x = d => left + (width - 2 * left) * ((new Date(d) - new Date(lo + "-01-01")) / (new Date(hi + "-01-01") - new Date(lo + "-01-01")));
  const chart = svg("svg", { viewBox: `0 0 ${width} ${top + row * dated.length + 10}`, class: "timeline", id: "timeline", role: "img",
                             "aria-label": dated.length + " communications from " + lo + " to " + (hi - 1) });
  const step = Math.max(1, Math.ceil((hi - lo) / 12));
  for (let y = lo; y <= hi; y += step) {
    const tx = x(y + "-01-01");
    chart.append(svg("line", { x1: tx, x2: tx, y1: top - 6, y2: top + row * dated.length, class: "tick" }),
                 svg("text", { x: tx + 2, y: top - 10, class: "tick-label" }, y));
  }
  dated.forEach((i, n) => {
    const start = i.earliest ? x(i.earliest) : left, end = i.latest ? x(i.latest + "T23:59:59") : width - left;
    const bar = svg("rect", { x: start, y: top + n * row, width: Math.max(3, end - start), height: row - 4, rx: 2,
                              class: "bar" + (i.disputed === "true" ? " disputed" : "") + (!i.earliest || !i.latest ? " open" : ""),
                              fill: colour(i.typeLabel), "data-communication": i.c });
    bar.append(svg("title", {}, i.label + " (" + i.date + ", " + i.typeLabel + (i.disputed === "true" ? ", disputed" : "") + ")"));
    const a = svg("a", { href: link({ view: "communication", c: i.c }), "data-nav": "" });
    a.append(bar, barLabel(i, start, end, top + n * row + row - 6, width - left));
    chart.append(a);
  });
  return h("div", { class: "timeline-wrap" }, chart,
    h("p", { class: "legend" }, types.map(t => h("span", { class: "key" }, h("i", { style: { background: colour(t) } }), t)),
      h("span", { class: "key" }, h("i", { class: "dashed" }), "disputed"), h("span", { class: "key" }, "bars run from the earliest to the latest possible date")));
}

/** A promise asked for ahead of the view's first answer, whose failure shows once it is awaited. */
function ahead(promise) {
  promise.catch(() => {});
  return promise;
}

async function actorView(main, s) {
  // Everything the page shows is asked for at once; each part is drawn in its place as before.
  const listing = ahead(listRows(s, filterParams(s)));
  const related = ahead(Promise.all([select("actor-ties", { actor: s.actor }), select("ego-network", { actor: s.actor })]));
  const [about] = await select("actor", { actor: s.actor });
  if (!about) {
    main.append(h("p", { class: "error" }, "No actor " + s.actor));
    return;
  }
  main.append(h("h2", { id: "actor-name" }, about.name), h("p", { class: "kind" }, about.kind),
    // Nothing, not null: append() writes a null as the text "null".
    about.aliases ? h("p", {}, "Also named: " + about.aliases) : "",
    about.offices ? h("p", {}, "Offices: " + about.offices) : "");
  const authorities = [...(ours(s.actor) ? [] : [s.actor]), ...(about.sameAs ? about.sameAs.split(" ") : [])].filter(a => safeHref(a));
  if (authorities.length)
    main.append(h("p", { id: "authorities" }, "Authority records: ", authorities.map((a, i) => [i ? ", " : "", externalLink(a)])));
  const [ties, ego] = await related;
  if (ego.length) {
    const drawn = condense(ego);
    main.append(h("section", { id: "ego-network", class: "panel" }, h("h3", {}, "Their network"), network(drawn.edges, drawn),
      networkNote(drawn)));
  }
  main.append(h("h3", {}, "Wrote to and heard from"),
    table(["with", "sent to them", "received from them"], ties.map(t => [actorLink(t.other, t.name), t.sent, t.received])));
  await communicationsList(main, s, filterParams(s), VIEW_LIST, null, listing);
  main.append(citation(s.actor, about.name, about.kind, [], { genre: about.kind }));
}

/**
 * Each claim about a communication's content, from the rows of the communication query
 * whose node is the claim: what is claimed, its status, who claimed it and who answered.
 */
function claimList(by) {
  const of = (field, claim) => (by.get(field) || []).filter(r => r.node === claim).map(r => r.value);
  return h("ul", { id: "claims" }, by.get("claim").map(r => {
    const status = of("claim status", r.node)[0];
    return h("li", { class: status === "disputed" ? "claim disputed" : "claim", "data-claim": r.node },
      h("span", { class: "claim-text" }, r.value), " ",
      status ? h("span", { class: "badge " + status.replace(/\s+/g, "-") }, status) : null,
      h("span", { class: "claim-by" }, " claimed by " + of("claimed by", r.node).join("; ")),
      ...of("claim response", r.node).map(v => h("span", { class: "claim-response" }, "; " + v)),
      h("span", { class: "claim-evidence" }, " (" + of("claim evidence", r.node).join("; ") + ")"));
  }));
}

async function communicationView(main, s) {
  const rows = await select("communication", { c: s.c });
  const by = new Map();
  for (const r of rows) (by.get(r.field) || by.set(r.field, []).get(r.field)).push(r);
  const first = f => (by.get(f) || [])[0]?.value;
  main.append(h("h2", { id: "communication-label" }, first("label") || s.c),
    h("p", { class: "kind" }, first("type"), first("status") === "disputed" ? h("span", { class: "badge disputed" }, "disputed") : null));
  const order = ["date as written", "EDTF", "earliest", "latest", "date note", "sender", "participant", "addressee", "audience",
    "intermediary", "sent from", "sent to", "place", "topic", "secrecy", "status", "reply", "summary", "quotation", "replies to", "responds to",
    "refers to", "replied to by", "responded to by", "referred to by"];
  const claimFields = ["claim", "claim status", "claimed by", "claim response", "claim evidence"];
  const fields = [...order.filter(f => by.has(f)), ...[...by.keys()].filter(f => !order.includes(f) && f !== "label" && f !== "type" && f !== "evidence" && f !== "editorial note" && !claimFields.includes(f))];
  main.append(h("dl", { id: "communication-details" }, fields.flatMap(f => [h("dt", {}, f),
    h("dd", {}, by.get(f).map((r, k) => [k ? "; " : "",
      r.node && /^(sender|participant|addressee|audience|intermediary)$/.test(f) ? actorLink(r.node, r.value)
        : r.node && /^(sent from|sent to|place)$/.test(f) ? placeLink(r.node, r.value)
        : r.node && /(replies|responds|refers|replied|responded|referred)/.test(f) ? communicationLink(r.node, r.value)
        : r.value]))])));
  if (by.has("claim"))
    main.append(h("h3", {}, "Claims about its content"), claimList(by));
  if (by.has("editorial note"))
    main.append(h("h3", {}, "Editorial notes"), h("ul", { class: "notes" }, by.get("editorial note").map(r => h("li", {}, r.value))));
  main.append(h("h3", {}, "Evidence"), h("ul", { id: "evidence" }, (by.get("evidence") || []).map(r => h("li", {}, r.value))));
  if (!ours(s.c) && safeHref(s.c))
    main.append(h("p", { id: "edition-entry" }, "In the edition: ", externalLink(s.c)));
  const names = f => (by.get(f) || []).map(r => ({ literal: r.value }));
  main.append(citation(s.c, first("label") || s.c, [first("type"), first("date as written")].filter(Boolean).join(", "),
    (by.get("source") || []).map(r => r.value),
    { type: "personal_communication", genre: first("type"), author: [...names("sender"), ...names("participant")],
      recipient: names("addressee"), issued: issued(first("EDTF"), first("earliest"), first("latest"), first("date as written")) }));
}

// ---- Places ---------------------------------------------------------------------------------

/** The place filter: a name (Muscat, Frankfurt a. M.) or an IRI, resolved as ?place= in the address is. */
function placeFilter(s) {
  return h("input", { name: "place", type: "text", size: 16, placeholder: "place", "aria-label": "place", list: "place-names",
                      value: s.place || "" });
}

function placeLink(iri, name) {
  return nav(link({ view: "place", place: iri }), name, { class: "place" });
}

async function placeView(main, s) {
  const params = filterParams(s);
  const listing = ahead(listRows(s, params)), timelined = ahead(timelineItems(params));
  const [about] = await select("place", { place: s.place });
  if (!about || !about.name) {
    main.append(h("p", { class: "error" }, "No place " + s.place));
    return;
  }
  // The map needs the place's total (drawn up to MAP_LIMIT): it starts now, beside the timeline.
  const mapping = ahead(placesMapOrNote(params, Number(about.communications)));
  main.append(...[h("h2", { id: "place-name" }, about.name), h("p", { class: "kind" }, "place"),
    about.aliases ? h("p", { id: "place-aliases" }, "Also named: " + about.aliases) : null].filter(Boolean));
  const authorities = [...(ours(s.place) ? [] : [s.place]), ...(about.sameAs ? about.sameAs.split(" ") : [])].filter(a => safeHref(a));
  if (authorities.length)
    main.append(h("p", { id: "authorities" }, "Authority records: ", authorities.map((a, i) => [i ? ", " : "", externalLink(a)])));
  main.append(h("p", { id: "place-counts" }, "Sent from here: ", h("strong", {}, about.sentFrom), " \u00b7 sent to here: ",
    h("strong", {}, about.sentTo), " \u00b7 took place or delivered here, in all: ", h("strong", {}, about.communications)));
  const items = await timelined;
  main.append(h("section", { class: "panels" },
    h("div", { class: "panel" }, h("h3", {}, "Over time"), timeline(items),
      items.length >= 1500 ? h("p", { class: "note" }, "Showing the first 1,500 in time.") : null),
    h("div", { class: "panel" }, h("h3", {}, "Where its letters went and came from"),
      await mapping)));
  await communicationsList(main, s, params, VIEW_LIST, null, listing);
  main.append(citation(s.place, about.name, "place", [], { genre: "place" }));
}

/** The overview's places: the map of the view's places and the letters between them. */
async function placesSection(params, communications, split = null) {
  return h("section", { id: "places" }, h("h2", {}, "Places"), await placesMapOrNote(params, communications, split));
}

/**
 * Under no filter but the type and the disputed one, the map adds up the place and route counts
 * kept at load, however large the store; under dates too, where the store keeps them by date
 * bucket (the view's split says so), it adds up those of the buckets the dates take whole and
 * reads the communications of the others. Under an actor, a place or a topic it reads every
 * communication of the view, so it is drawn for views of at most MAP_LIMIT; a larger one asks
 * for a narrower filter. A map that cannot be drawn says why, and the rest of the view stays.
 */
const MAP_LIMIT = 5000;

function mapFromCounts(params, split = null) {
  return !params.actor && !params.place && !params.topic && ((!params.after && !params.before) || mapSplit(split) != null);
}

/** The view's split for the map's queries, where the store keeps the map's counts by date bucket; else null. */
function mapSplit(split) {
  return split && split.places === true ? split : null;
}

async function placesMapOrNote(params, communications, split = null) {
  if (communications > MAP_LIMIT && !mapFromCounts(params, split))
    return h("p", { class: "note", id: "map-note" }, "The map is drawn for at most " + MAP_LIMIT.toLocaleString("en")
      + " communications under these filters; this view holds " + communications.toLocaleString("en") + ". Choose fewer years, or an actor or a place with fewer letters.");
  try {
    return await placesMap(params, mapSplit(split));
  } catch (err) {
    return h("p", { class: "error", id: "map-note" }, "Could not draw the map: " + err.message);
  }
}

let baseMap = null;

/** The countries drawn under the places: Natural Earth 1:110m, shipped with corrkg (web/data/). */
async function countries() {
  if (!baseMap) {
    const r = await fetch("/browse/data/countries-110m.geojson");
    if (!r.ok) throw new Error("base map: " + r.status);
    baseMap = (await r.json()).features.map(f => ({ name: f.properties.name, polygons: polygons(f.geometry), box: null }));
    for (const c of baseMap) c.box = box(c.polygons.flat(2));
  }
  return baseMap;
}

function polygons(g) {
  return g.type === "Polygon" ? [g.coordinates] : g.type === "MultiPolygon" ? g.coordinates : [];
}

/** The bounding box of [lon, lat] points. */
function box(points) {
  const lons = points.map(p => p[0]), lats = points.map(p => p[1]);
  return { w: Math.min(...lons), e: Math.max(...lons), s: Math.min(...lats), n: Math.max(...lats) };
}

/**
 * Where each place is: from the data (geo:lat/geo:long or schema:geo), else from the server's
 * gazetteer by GeoNames id (/browse/places, which sends only the places asked for).
 */
async function locate(places) {
  const ask = [...new Set(places.filter(p => p.lat == null && p.geonames).map(p => p.geonames))];
  let found = {};
  if (ask.length) {
    const r = await fetch("/browse/places?" + new URLSearchParams({ geonames: ask.join(",") }));
    if (!r.ok) throw new Error("places: " + r.status);
    found = (await r.json()).places || {};
  }
  return places.map(p => {
    const point = p.lat != null && p.long != null ? [Number(p.lat), Number(p.long)] : found[p.geonames];
    const source = p.lat != null ? "the data" : point ? "GeoNames" : null;
    return { ...p, sent: Number(p.sent), received: Number(p.received), other: Number(p.other),
             lat: point ? point[0] : null, lon: point ? point[1] : null, source };
  });
}

/** What a place is on the map: sent from, received at, both, or only the place where something happened. */
function role(p) {
  return p.sent && p.received ? "both" : p.sent ? "sent" : p.received ? "received" : "other";
}

const ROLES = { sent: ["sent from", "#1f6fb2"], received: ["received at", "#d1495b"], both: ["both", "#7b4fa0"],
                other: ["took place there", "#2e933c"] };

/**
 * The map of the view's places, offline: the countries of Natural Earth, each place with
 * coordinates as a marker sized by its communications, a line for each route (sent from one
 * place to another) as wide as its count, framed on the places; beside it the places that
 * have no coordinates.
 */
async function placesMap(params, split = null) {
  const [rows, routes, world] = await Promise.all([select("map-places", params, null, split), select("map-routes", params, null, split),
                                                   countries()]);
  const places = await locate(rows);
  const placed = places.filter(p => p.lat != null);
  const unplaced = places.filter(p => p.lat == null);
  const at = new Map(placed.map(p => [p.location, p]));
  const view = frame(placed);
  const unit = view.w / 900;
  const x = lon => (lon - view.lon0) * view.k, y = lat => -lat;
  const map = svg("svg", { viewBox: [x(view.w0), y(view.n0), view.w, view.h].map(v => v.toFixed(3)).join(" "), class: "map", id: "map",
                           role: "img", "aria-label": placed.length + " places on a map, " + routes.length + " routes between them",
                           "data-markers": placed.length, "data-routes": routes.length });
  map.append(svg("rect", { x: x(view.w0), y: y(view.n0), width: view.w, height: view.h, class: "sea" }));
  const edge = { w: view.w0 - 1, e: view.w0 + view.w / view.k + 1, s: view.n0 - view.h - 1, n: view.n0 + 1 };
  for (const c of world) {
    if (c.box.e < edge.w || c.box.w > edge.e || c.box.n < edge.s || c.box.s > edge.n) continue;
    const d = c.polygons.map(poly => poly.map(ring => "M" + ring.map(([lo, la]) => x(lo).toFixed(2) + "," + y(la).toFixed(2)).join("L") + "Z").join("")).join("");
    const country = svg("path", { d, class: "country" });
    country.append(svg("title", {}, c.name));
    map.append(country);
  }
  const busiest = Math.max(1, ...routes.map(r => Number(r.n)));
  for (const r of routes) {
    const a = at.get(r.from), b = at.get(r.to);
    if (!a || !b) continue;
    const [x1, y1, x2, y2] = [x(a.lon), y(a.lat), x(b.lon), y(b.lat)];
    // Bent to the right of its direction, so that the letters each way are two lines.
    const mx = (x1 + x2) / 2 + (y2 - y1) * 0.15, my = (y1 + y2) / 2 - (x2 - x1) * 0.15;
    const line = svg("path", { d: `M${x1},${y1} Q${mx},${my} ${x2},${y2}`, class: "route", "data-from": r.from, "data-to": r.to,
                               "data-n": r.n, "stroke-width": 1 + 7 * Math.sqrt(Number(r.n) / busiest) });
    line.append(svg("title", {}, a.name + " \u2192 " + b.name + ": " + r.n));
    map.append(line);
  }
  const total = p => p.sent + p.received + p.other;
  const most = Math.max(1, ...placed.map(total));
  const taken = [];
  // The busiest first, so that a small place is drawn over a large one and the busiest get the labels.
  for (const [i, p] of [...placed].sort((p, q) => total(q) - total(p)).entries()) {
    const px = 4 + 14 * Math.sqrt(total(p) / most);
    const a = svg("a", { href: link({ view: "place", place: p.location }), "data-nav": "" });
    const dot = svg("circle", { cx: x(p.lon), cy: y(p.lat), r: px * unit, class: "marker " + role(p), fill: ROLES[role(p)][1],
                                "data-place": p.location, "data-name": p.name, "data-px": px });
    dot.append(svg("title", {}, p.name + ": sent from " + p.sent + ", received at " + p.received
                                + (p.other ? ", took place there " + p.other : "") + " (coordinates from " + p.source + ")"));
    a.append(dot);
    // A label for the 15 busiest places whose label overlaps none placed before.
    const label = { x: x(p.lon) + (px + 2) * unit, y: y(p.lat) - 6 * unit, w: 7 * unit * p.name.length, h: 12 * unit };
    if (i < 15 && !taken.some(t => label.x < t.x + t.w && t.x < label.x + label.w && label.y < t.y + t.h && t.y < label.y + label.h)) {
      taken.push(label);
      a.append(svg("text", { x: label.x, y: label.y + 10 * unit, class: "place-label", "font-size": 12 * unit, "data-px": px }, p.name));
    }
    map.append(a);
  }
  const names = h("datalist", { id: "place-names" }, places.map(p => h("option", { value: p.name })));
  return h("div", { class: "map-wrap" },
    h("div", { class: "map-main" }, zoomable(map), map,
      h("p", { class: "legend" }, Object.values(ROLES).map(([t, c]) => h("span", { class: "key" }, h("i", { style: { background: c } }), t)),
        h("span", { class: "key" }, "lines: letters from one place to another, as wide as their count")),
      // The sources as text, not links: the page links only to itself and to the records the data names.
      h("p", { class: "attribution", id: "map-attribution" }, "Base map: Natural Earth (naturalearthdata.com), public domain. "
        + "Coordinates: from the data, else from GeoNames (geonames.org), CC BY 4.0 (creativecommons.org/licenses/by/4.0/), "
        + "by each place's GeoNames id.")),
    h("div", { class: "map-side" }, h("h3", {}, "Without coordinates"),
      unplaced.length ? h("ul", { id: "unplaced" }, unplaced.map(p => h("li", { "data-place": p.location },
        placeLink(p.location, p.name), " (" + total(p) + ")"))) : h("p", { id: "unplaced-none", class: "note" }, "none"),
      h("h3", {}, "On the map"),
      h("ul", { id: "placed" }, placed.map(p => h("li", { "data-place": p.location }, placeLink(p.location, p.name), " (" + total(p) + ")")))),
    names);
}

/**
 * Zoom buttons for a map or the network, and panning by dragging it: they change its viewBox,
 * and keep markers and labels the same size on the screen (each marker's radius in pixels is
 * its data-px; a label's, beside the marker before it, on its data-side, at its data-font size).
 */
function zoomable(map, fit = "fit to places") {
  // The view to go back to: the map's first, read when first needed (the network's is set
  // once the chart is on the page and its size known).
  let start = null;
  const home = () => start || (start = map.getAttribute("viewBox"));
  const get = () => (map.getAttribute("viewBox") || "").split(" ").map(Number);
  const set = ([vx, vy, vw, vh]) => {
    if (!home() || ![vx, vy, vw, vh].every(Number.isFinite)) return;
    map.setAttribute("viewBox", [vx, vy, vw, vh].map(v => v.toFixed(3)).join(" "));
    const unit = vw / (map.getBoundingClientRect().width || 900);
    for (const el of map.querySelectorAll("[data-px]")) {
      const px = Number(el.dataset.px);
      if (el.tagName === "circle") el.setAttribute("r", px * unit);
      else {
        const dot = el.previousSibling, side = el.dataset.side === "left" ? -1 : 1;
        el.setAttribute("x", Number(dot.getAttribute("cx")) + side * (px + 2) * unit);
        el.setAttribute("y", Number(dot.getAttribute("cy")) + 4 * unit);
        el.setAttribute("font-size", (Number(el.dataset.font) || 12) * unit);
      }
    }
  };
  const zoom = f => { const [vx, vy, vw, vh] = get(); set([vx + vw * (1 - f) / 2, vy + vh * (1 - f) / 2, vw * f, vh * f]); };
  let drag = null;
  map.addEventListener("pointerdown", e => { drag = { x: e.clientX, y: e.clientY, box: get(), moved: false }; });
  map.addEventListener("pointermove", e => {
    if (!drag) return;
    const [vx, vy, vw, vh] = drag.box, scale = vw / map.getBoundingClientRect().width;
    if (Math.abs(e.clientX - drag.x) + Math.abs(e.clientY - drag.y) > 3) drag.moved = true;
    if (drag.moved) set([vx - (e.clientX - drag.x) * scale, vy - (e.clientY - drag.y) * scale, vw, vh]);
  });
  // A drag is not a click on the marker it ends on.
  let dragged = false;
  map.addEventListener("pointerup", () => { dragged = Boolean(drag && drag.moved); drag = null; });
  map.addEventListener("pointerleave", () => { drag = null; });
  map.addEventListener("click", e => { if (dragged) { e.preventDefault(); e.stopPropagation(); } dragged = false; }, true);
  // Markers and labels are sized for a map 900 pixels wide until the map is on the page; then,
  // and whenever its width changes, for its width on the screen. (Sizing them on the next frame
  // missed a map built before it was put on the page, as the overview's map may be.)
  new ResizeObserver(() => { if (map.isConnected && map.getBoundingClientRect().width && map.getAttribute("viewBox")) set(get()); }).observe(map);
  return h("p", { class: "map-tools" },
    h("button", { type: "button", class: "zoom-in", "aria-label": "zoom in", onclick: () => zoom(0.6) }, "+"),
    h("button", { type: "button", class: "zoom-out", "aria-label": "zoom out", onclick: () => zoom(1 / 0.6) }, "\u2212"),
    h("button", { type: "button", class: "zoom-fit", onclick: () => home() && set(home().split(" ").map(Number)) }, fit),
    h("span", { class: "note" }, " drag to move"));
}

/**
 * The part of the world a map shows: the places' box with a margin (at least a few degrees
 * across), widened to the map's shape; longitudes shrink by the cosine of the middle
 * latitude, so that a region far from the equator keeps its shape. No places: the world.
 */
function frame(placed) {
  let w, e, s, n;
  if (placed.length) {
    ({ w, e, s, n } = box(placed.map(p => [p.lon, p.lat])));
    const padLon = Math.max(2, (e - w) * 0.15), padLat = Math.max(1.5, (n - s) * 0.15);
    w -= padLon; e += padLon; s -= padLat; n += padLat;
  } else {
    [w, e, s, n] = [-180, 180, -58, 84];
  }
  s = Math.max(-85, s); n = Math.min(85, n);
  const k = Math.max(0.2, Math.cos((s + n) / 2 * Math.PI / 180));
  const ratio = 1.8;
  let width = (e - w) * k, height = n - s;
  if (width / height < ratio) { const grow = (height * ratio - width) / k / 2; w -= grow; e += grow; width = height * ratio; }
  else { const grow = (width / ratio - height) / 2; s -= grow; n += grow; height = width / ratio; }
  return { lon0: 0, k, w0: w, n0: n, w: width, h: height };
}

// ---- Search ----------------------------------------------------------------------------------

/** Where a suggested or found name leads: an actor's page or a place's page. */
function nameHref(n) {
  return n.place ? link({ view: "place", place: n.iri }) : link({ view: "actor", actor: n.iri });
}

function nameLink(n, attrs = {}) {
  const cls = (n.place ? "place" : "actor") + (attrs.class ? " " + attrs.class : "");
  return nav(nameHref(n), n.name, { ...attrs, class: cls });
}

/** The actors and places whose names start as typed, from the server (which reads every name; the page holds none). */
async function suggestNames(typed, limit = 10) {
  const r = await fetch("/browse/names?" + new URLSearchParams({ q: typed, limit }));
  if (!r.ok) throw new Error("names: " + r.status);
  return (await r.json()).names;
}

/**
 * The header's search box: as one types, the actors and places whose names start so (every
 * one in the store, accents and case folded, the words in any order), to go to with a click
 * or the arrow keys and Enter; Enter on what was typed searches the text of everything.
 */
function searchBox(s) {
  const input = h("input", { type: "search", name: "q", id: "search", autocomplete: "off", placeholder: "Search names and text",
                             "aria-label": "search names and text", role: "combobox", "aria-autocomplete": "list",
                             "aria-expanded": "false", "aria-controls": "suggestions", value: s.view === "search" ? s.q || "" : "" });
  const list = h("ul", { id: "suggestions", role: "listbox", hidden: "" });
  const form = h("form", { id: "search-form", role: "search" }, input, h("button", { type: "submit" }, "Search"), list);
  let asked = 0, chosen = -1, timer = null;
  const items = () => [...list.querySelectorAll("a")];
  const close = () => { list.hidden = true; input.setAttribute("aria-expanded", "false"); chosen = -1; };
  const mark = i => {
    chosen = i;
    items().forEach((a, k) => a.setAttribute("aria-selected", String(k === i)));
  };
  async function ask() {
    const typed = input.value.trim(), mine = ++asked;
    if (!typed) return close();
    const names = await suggestNames(typed).catch(() => []);
    if (mine !== asked) return;
    list.replaceChildren(...names.map(n => h("li", { role: "option" },
      nameLink(n, { class: "suggestion", "data-iri": n.iri }), n.kind ? h("span", { class: "kind-of" }, " " + n.kind) : null)));
    list.hidden = names.length === 0;
    list.dataset.for = typed;
    input.setAttribute("aria-expanded", String(names.length > 0));
    chosen = -1;
  }
  input.addEventListener("input", () => { clearTimeout(timer); timer = setTimeout(ask, 120); });
  input.addEventListener("keydown", e => {
    const n = items().length;
    if (e.key === "ArrowDown" && n) { e.preventDefault(); mark((chosen + 1) % n); }
    else if (e.key === "ArrowUp" && n) { e.preventDefault(); mark((chosen - 1 + n) % n); }
    else if (e.key === "Escape") close();
    else if (e.key === "Enter" && chosen >= 0) { e.preventDefault(); items()[chosen].click(); }
  });
  list.addEventListener("click", close);
  form.addEventListener("focusout", e => { if (!form.contains(e.relatedTarget)) setTimeout(close, 150); });
  form.addEventListener("submit", e => {
    e.preventDefault();
    const q = input.value.trim();
    if (q) go({ view: "search", q });
  });
  return form;
}

/**
 * The search results: the actors and places whose names start as typed or match the text
 * query, then the communications whose text, evidence, claims or notes match it, as the
 * list every view shows (paged on the server, sortable).
 */
async function searchView(main, s) {
  const q = (s.q || "").trim();
  main.append(h("h2", { id: "search-heading" }, q ? "Search: " + q : "Search"));
  if (!q) {
    main.append(h("p", {}, "Type a name, or words of the summaries, quotations, evidence and notes, in the box above."));
    return;
  }
  let byText;
  try {
    byText = await select("search-names", { q });
  } catch (err) {
    main.append(h("p", { class: "error", role: "alert", id: "search-error" },
      "Could not search for \u201c" + q + "\u201d: write words, \"a phrase\", word* or a AND b (Lucene's syntax)."));
    return;
  }
  const byName = await suggestNames(q, 20);
  const seen = new Set(), names = [];
  for (const n of [...byName, ...byText.map(r => ({ iri: r.node, name: r.name, kind: r.kind, place: r.place === "true" }))])
    if (!seen.has(n.iri)) { seen.add(n.iri); names.push(n); }
  main.append(h("section", { id: "search-names-found" }, h("h3", {}, "Actors and places"),
    names.length ? h("ul", { id: "search-names" }, names.map(n => h("li", { "data-iri": n.iri }, nameLink(n),
      n.kind ? h("span", { class: "kind-of" }, " " + n.kind) : null)))
      : h("p", {}, "No actor or place has a name like \u201c" + q + "\u201d.")));
  await communicationsList(main, s, { q }, { list: "search-communications", count: "search-communications-count", downloads: true });
}

// A page the server generates (a linked-data description, the ontology, not found) has no
// #app, only the browser's header with a search box that works without script: it becomes
// the type-ahead box of every other page.
if (app) render();
else document.getElementById("search-form")?.replaceWith(searchBox({}));
