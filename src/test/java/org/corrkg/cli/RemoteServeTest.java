package org.corrkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.corrkg.TestStores;
import org.corrkg.query.QueryLibrary;
import org.corrkg.remote.StoreElsewhere;
import org.corrkg.remote.VirtuosoSkips;
import org.corrkg.server.Server;
import org.corrkg.store.Store;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.AfterParameterizedClassInvocation;
import org.junit.jupiter.params.BeforeParameterizedClassInvocation;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * {@code serve --endpoint}: the page's paths, its SPARQL endpoint and the linked-data pages of
 * a server on a store elsewhere (Fuseki, then Virtuoso; filled by {@code load --endpoint --gsp},
 * and served by {@code corrkg serve --endpoint} in a JVM of its own) answer exactly what a
 * server on the article's store here answers, but for what {@link #DIFFERS} names at Virtuoso.
 */
@Timeout(value = 10, unit = TimeUnit.MINUTES, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
@ParameterizedClass(name = "{0}")
@EnumSource(StoreElsewhere.Kind.class)
class RemoteServeTest {

    @Parameter StoreElsewhere.Kind kind;
    @TempDir static Path dir;
    static StoreElsewhere elsewhere;
    static Process remote;
    static String there;
    static Store store;
    static Server local;
    static String here;
    /**
     * A client of its own for each server elsewhere: a server started on port 0 may get the
     * port of the one before it, and a connection kept alive to the old one must not be taken
     * for the new (a suite once failed so, "header parser received no bytes").
     */
    static HttpClient http;

    /**
     * The page's queries that a server on Virtuoso 7.2.5 refuses, with the reason
     * (VirtuosoQueryCasesTest names their cases for the same): the page asks their portable
     * forms instead; checked to be refused still.
     */
    static final java.util.Map<String, String> REFUSED = java.util.Map.of(
            "browse/communications-count", VirtuosoSkips.SELID, "browse/view-actors", VirtuosoSkips.SELID,
            "browse/view-counts", VirtuosoSkips.SELID);

    @BeforeAll
    static void startHere() {
        store = TestStores.seeded(dir.resolve("store"));
        local = Server.build(store.dataset(), Server.Settings.local(0, "corrkg")).start();
        here = local.baseUrl();
    }

    @BeforeParameterizedClassInvocation
    static void startThere(StoreElsewhere.Kind kind) throws Exception {
        http = HttpClient.newHttpClient();
        elsewhere = StoreElsewhere.start(kind, dir.resolve(kind.name().toLowerCase(java.util.Locale.ROOT)));
        List<String> load = new ArrayList<>(List.of("load"));
        load.addAll(elsewhere.writing());
        CliTest.Run loaded = CliTest.run(load.toArray(String[]::new));
        assertEquals(0, loaded.code(), loaded.err());
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        remote = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                                    "serve", "--endpoint", elsewhere.sparql(), "--port", "0")
                .redirectErrorStream(true).start();
        BufferedReader lines = new BufferedReader(new InputStreamReader(remote.getInputStream(), StandardCharsets.UTF_8));
        StringBuilder seen = new StringBuilder();
        String line;
        while ((line = lines.readLine()) != null && !line.startsWith("Press Ctrl-C"))
            seen.append(line).append('\n');
        if (line == null)
            throw new AssertionError("serve --endpoint stopped before serving:\n" + seen);
        Matcher m = Pattern.compile("Browser: +(http://127\\.0\\.0\\.1:\\d+/)").matcher(seen);
        assertTrue(m.find(), seen.toString());
        there = m.group(1);
        assertTrue(seen.toString().contains("corrkg is serving the store at " + elsewhere.sparql() + "\n"), seen.toString());
        Thread drain = new Thread(() -> lines.lines().forEach(l -> { }));
        drain.setDaemon(true);
        drain.start();
    }

    @AfterParameterizedClassInvocation
    static void stopThere() throws Exception {
        if (remote != null) {
            remote.destroy();
            remote.waitFor(60, TimeUnit.SECONDS);
            remote = null;
        }
        if (elsewhere != null) {
            elsewhere.close();
            elsewhere = null;
        }
    }

    @AfterAll
    static void stopHere() {
        if (local != null)
            local.stop();
        if (store != null)
            store.close();
    }

    /** Whether the server on the store elsewhere is known to refuse {@code name}. */
    static boolean known(String name) {
        return elsewhere.kind() == StoreElsewhere.Kind.VIRTUOSO && REFUSED.containsKey(name);
    }

    static HttpResponse<String> get(String base, String path, String accept) throws Exception {
        HttpRequest.Builder r = HttpRequest.newBuilder(URI.create(base + path.substring(1)));
        if (accept != null)
            r.header("Accept", accept);
        return read(r.GET().build());
    }

    /**
     * A read's answer. A read that finds its kept-alive connection closed before any answer is
     * sent once more on a new one, as HTTP clients do for requests that change nothing.
     */
    static HttpResponse<String> read(HttpRequest request) throws Exception {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            if (e.getMessage() == null || !e.getMessage().contains("received no bytes"))
                throw e;
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        }
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    /** Each path answers the same status, type and body at both servers. */
    @Test
    void browsePathsAnswerExactlyWhatTheyAnswerHere() throws Exception {
        List<String> paths = List.of(
                "/browse/buckets",
                "/browse/buckets?need=5&order=latest",
                "/browse/buckets?type=" + enc("https://w3id.org/corrkg/ontology#Letter") + "&need=3",
                "/browse/buckets?after=2013-01-01&before=2015-01-01&need=4&undated=last",
                "/browse/buckets?need=0",
                "/browse/names?q=kha&limit=10",
                "/browse/names?q=" + enc("ali khamenei"),
                "/browse/names?q=teh",
                "/browse/names?q=o&limit=20",
                "/browse/resolve?kind=actor&name=Khamenei",
                "/browse/resolve?kind=actor&name=Obama",
                "/browse/resolve?kind=place&name=Tehran",
                "/browse/resolve?kind=actor&name=Nobody+At+All",
                "/browse/resolve?kind=type&name=letter",
                "/browse/download?format=csv",
                "/browse/download?format=json&actor=Obama&from=2009&to=2013",
                "/browse/download?format=csv&type=letter&disputed=exclude",
                "/browse/queries.json");
        List<String> differ = new ArrayList<>();
        for (String p : paths) {
            HttpResponse<String> h = get(here, p, null), t = get(there, p, null);
            String hs = h.statusCode() + " " + h.headers().firstValue("Content-Type").orElse("") + "\n" + h.body();
            String ts = t.statusCode() + " " + t.headers().firstValue("Content-Type").orElse("") + "\n" + t.body();
            if (!hs.equals(ts))
                differ.add(p + "\nhere:  " + hs + "\nthere: " + ts);
        }
        assertEquals(List.of(), differ);
    }

    @Test
    void bucketsAndNamesAreThere() throws Exception {
        // Not an empty answer twice over: the article's own counts and names.
        assertEquals("{ \"iri\" : \"https://w3id.org/corrkg/id/khamenei\" }",
                     get(there, "/browse/resolve?kind=actor&name=Khamenei", null).body());
        assertTrue(get(there, "/browse/download?format=csv", null).body().lines().count() > 20);
    }

    @Test
    void linkedDataPagesAreTheSame() throws Exception {
        for (String id : List.of("/id/obama", "/id/khamenei", "/id/tehran", "/id/office-us-president",
                                 "/id/letter-2009-05-obama-khamenei", "/id/us-iran-2014")) {
            HttpResponse<String> h = get(here, id, "text/turtle"), t = get(there, id, "text/turtle");
            assertEquals(200, h.statusCode(), id);
            assertEquals(200, t.statusCode(), id);
            assertEquals(h.body(), t.body(), id);
            HttpResponse<String> hh = get(here, id, "text/html"), th = get(there, id, "text/html");
            assertEquals(hh.statusCode(), th.statusCode(), id);
            assertEquals(hh.headers().firstValue("Location"), th.headers().firstValue("Location"), id);
            assertEquals(hh.body(), th.body(), id);
        }
        assertEquals(404, get(there, "/id/no-such-actor", "text/turtle").statusCode());
        assertEquals("No such resource: <https://w3id.org/corrkg/id/no-such-actor>\n",
                     get(there, "/id/no-such-actor", "text/turtle").body());
        Graph obama = GraphFactory.createDefaultGraph();
        RDFParser.fromString(get(there, "/id/obama", "text/turtle").body(), Lang.TURTLE).parse(obama);
        assertTrue(obama.size() > 10, "the description holds what the store says of Obama: " + obama.size());
    }

    /**
     * The page's queries, as the page sends them to the server's endpoint: the same rows; where
     * the store refuses one (400 or 500), as the page does, its portable form gives them.
     */
    @Test
    void thePagesQueriesGiveTheSameRows() throws Exception {
        QueryLibrary library = QueryLibrary.bundled();
        List<String> differ = new ArrayList<>(), refused = new ArrayList<>();
        for (var q : library.under("browse/")) {
            if (q.text().contains("text:query"))
                continue;
            String h = rows(here, q.text(), emptyIsNothing()), t = rows(there, q.text(), emptyIsNothing());
            assertTrue(h.startsWith("200"), q.name() + ": " + h);
            if ((t.startsWith("400 ") || t.startsWith("500 ")) && library.portable(q).isPresent()) {
                refused.add(q.name());
                t = rows(there, library.portable(q).orElseThrow().text(), emptyIsNothing());
            }
            if (!h.equals(t))
                differ.add(q.name() + "\nhere:  " + h + "\nthere: " + t);
        }
        assertEquals(List.of(), differ);
        assertEquals(REFUSED.keySet().stream().filter(RemoteServeTest::known).sorted().toList(), refused,
                     "refused at " + elsewhere + ", and asked in their portable forms");
    }

    /** A query the store cannot be sent is the client's error: 400, with the refusal's one line. */
    @Test
    void fullTextSearchIsRefusedByNameAsABadRequest() throws Exception {
        String text = QueryLibrary.bundled().resolve("browse/search-names").text();
        assertEquals("400 The query needs full-text search (jena-text's text:query), a Jena extension that the store at "
                     + elsewhere.sparql() + " is not known to offer (give --endpoint-text if it runs jena-text)\n",
                     rows(there, text.replace("# parameters", "VALUES ?q { \"khamenei\" }")));
    }

    @Test
    void serviceIsRefusedAsABadRequest() throws Exception {
        assertEquals("400 SERVICE is not allowed here: this server sends queries on to " + elsewhere.sparql()
                     + ", which would fetch the other endpoint itself (start the server with --allow-service to allow it)\n",
                     rows(there, "SELECT * WHERE { { SELECT * WHERE { SERVICE <" + elsewhere.sparql() + "> { ?s ?p ?o } } LIMIT 1 } }"));
        // The refusal is the request's own: the next query is answered.
        assertTrue(rows(there, "SELECT * WHERE { ?s ?p ?o } LIMIT 1").startsWith("200 "));
    }

    @Test
    void noGraphStoreReadsOrUpdatesThroughTheServer() throws Exception {
        // corrkg's graphs: Virtuoso holds graphs of its own beside them.
        String count = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } FILTER(STRSTARTS(STR(?g), \"" + org.corrkg.vocab.CORR.GRAPH + "\")) }";
        String before = rows(there, count);
        assertEquals(400, get(there, "/corrkg?default", "application/n-quads").statusCode(), "no dataset read");
        assertEquals(404, get(there, "/corrkg/data?default", "text/turtle").statusCode(), "no Graph Store Protocol");
        for (String path : new String[] {"corrkg/update", "corrkg"}) {
            HttpResponse<String> update = http.send(HttpRequest.newBuilder(URI.create(there + path))
                    .header("Content-Type", "application/sparql-update").POST(HttpRequest.BodyPublishers.ofString("DROP ALL")).build(),
                    HttpResponse.BodyHandlers.ofString());
            // Refused (no such service 404, unknown operation 400, not a query 415): what counts is that nothing was dropped.
            assertTrue(List.of(400, 404, 415).contains(update.statusCode()), path + ": " + update.statusCode() + " " + update.body());
        }
        assertEquals("200 [n]\n5816^^http://www.w3.org/2001/XMLSchema#integer", before);
        assertEquals(before, rows(there, count), "nothing was dropped");
    }

    /**
     * The status and the rows of a SELECT at a server's endpoint as text, blank nodes aside:
     * each cell's values joined by GROUP_CONCAT (by "; ", or IRIs by spaces) sorted, since SPARQL
     * leaves their order to the store; the rows sorted when the query does not order them.
     */
    static String rows(String base, String query) throws Exception {
        return rows(base, query, false);
    }

    /**
     * At Virtuoso, a GROUP_CONCAT over no values is "", where Jena leaves the cell unbound (SPARQL
     * 1.1 does not settle which, for values that are all unbound); the page shows both as nothing.
     */
    static boolean emptyIsNothing() {
        return elsewhere.kind() == StoreElsewhere.Kind.VIRTUOSO;
    }

    static String rows(String base, String query, boolean emptyIsNothing) throws Exception {
        HttpResponse<String> r = read(HttpRequest.newBuilder(URI.create(base + "corrkg/sparql"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Accept", "application/sparql-results+json")
                .POST(HttpRequest.BodyPublishers.ofString("query=" + enc(query))).build());
        if (r.statusCode() != 200)
            return r.statusCode() + " " + r.body();
        var rs = org.apache.jena.riot.ResultSetMgr.read(new java.io.ByteArrayInputStream(r.body().getBytes(StandardCharsets.UTF_8)),
                                                         org.apache.jena.riot.resultset.ResultSetLang.RS_JSON);
        List<String> lines = new ArrayList<>();
        while (rs.hasNext()) {
            var row = rs.nextBinding();
            List<String> cells = new ArrayList<>();
            for (String v : rs.getResultVars()) {
                var n = row.get(org.apache.jena.sparql.core.Var.alloc(v));
                boolean nothing = n == null || emptyIsNothing && n.isLiteral() && n.getLiteralLexicalForm().isEmpty();
                cells.add(nothing ? "" : n.isBlank() ? "_" : n.isLiteral() ? cell(n.getLiteralLexicalForm()) + "^^" + n.getLiteralDatatypeURI() : n.toString());
            }
            lines.add(String.join(",", cells));
        }
        if (!org.apache.jena.query.QueryFactory.create(query).hasOrderBy())
            java.util.Collections.sort(lines);
        return "200 " + rs.getResultVars() + "\n" + String.join("\n", lines);
    }

    private static String cell(String value) {
        if (value.contains("; "))
            return String.join("; ", new TreeSet<>(List.of(value.split("; "))));
        if (value.contains(" ") && java.util.Arrays.stream(value.split(" ")).allMatch(t -> t.startsWith("http")))
            return String.join(" ", new TreeSet<>(List.of(value.split(" "))));
        return value;
    }

    static TreeSet<String> sorted(String s) {
        return new TreeSet<>(s.lines().toList());
    }
}
