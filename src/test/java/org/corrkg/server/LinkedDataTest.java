package org.corrkg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.corrkg.TestStores;
import org.corrkg.store.Store;
import org.corrkg.vocab.CORR;
import org.corrkg.vocab.Prefixes;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The graph's IRIs dereference on the server, by content negotiation, over the article's store. */
class LinkedDataTest {

    @TempDir static Path dir;
    static Store store;
    static Server server;
    static final HttpClient http = HttpClient.newHttpClient();

    static final String FIREFOX = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";
    static final Map<String, Lang> FORMATS = new LinkedHashMap<>();
    static {
        FORMATS.put("text/turtle", Lang.TURTLE);
        FORMATS.put("application/ld+json", Lang.JSONLD);
        FORMATS.put("application/n-triples", Lang.NTRIPLES);
        FORMATS.put("application/rdf+xml", Lang.RDFXML);
    }

    @BeforeAll
    static void start() {
        store = TestStores.seeded(dir);
        server = Server.build(store.dataset(), Server.Settings.local(0, "corrkg")).start();
    }

    @AfterAll
    static void stop() {
        server.stop();
        store.close();
    }

    static Node id(String local) {
        return NodeFactory.createURI(CORR.ID + local);
    }

    @Test
    void anActorAsTurtleHoldsItsNameAndVariesByAccept() throws Exception {
        HttpResponse<byte[]> r = get("/id/obama", "text/turtle");
        assertEquals(200, r.statusCode());
        assertEquals("text/turtle;charset=utf-8", type(r));
        assertEquals("Accept", r.headers().firstValue("Vary").orElse(""));
        Graph g = parse(r, Lang.TURTLE);
        Node name = NodeFactory.createLiteralString("Barack Obama");
        assertTrue(g.contains(id("obama"), SKOS.prefLabel.asNode(), name));
        assertTrue(g.contains(id("obama"), RDFS.label.asNode(), name));
        String text = new String(r.body(), StandardCharsets.UTF_8);
        assertTrue(text.contains("PREFIX corr:    <https://w3id.org/corrkg/ontology#>"), text);
    }

    @Test
    void theFourSyntaxesGiveTheSameGraph() throws Exception {
        Graph turtle = parse(get("/id/obama", "text/turtle"), Lang.TURTLE);
        Map<String, Boolean> same = new LinkedHashMap<>();
        Map<String, Boolean> expected = new LinkedHashMap<>();
        for (Map.Entry<String, Lang> f : FORMATS.entrySet()) {
            HttpResponse<byte[]> r = get("/id/obama", f.getKey());
            assertEquals(200, r.statusCode(), f.getKey());
            assertEquals(f.getKey(), type(r).replaceAll(";.*", ""));
            assertEquals("Accept", r.headers().firstValue("Vary").orElse(""));
            same.put(f.getKey(), parse(r, f.getValue()).isIsomorphicWith(turtle));
            expected.put(f.getKey(), true);
        }
        assertEquals(expected, same);
    }

    @Test
    void curlAndNoAcceptGetTurtleAndAnUnofferedTypeGets406() throws Exception {
        Map<String, String> expected = new LinkedHashMap<>();
        expected.put("*/*", "200 text/turtle");
        expected.put("", "200 text/turtle");
        expected.put("application/json", "200 application/ld+json");
        expected.put("text/turtle;q=0.5, application/rdf+xml", "200 application/rdf+xml");
        expected.put("image/png", "406 text/plain");
        Map<String, String> actual = new LinkedHashMap<>();
        for (String accept : expected.keySet()) {
            HttpResponse<byte[]> r = get("/id/obama", accept.isEmpty() ? null : accept);
            actual.put(accept, r.statusCode() + " " + type(r).replaceAll(";.*", ""));
        }
        assertEquals(expected, actual);
    }

    @Test
    void aBrowserIsSentToTheActorsThePlacesAndTheCommunicationsPage() throws Exception {
        HttpResponse<byte[]> actor = get("/id/obama", FIREFOX);
        assertEquals(303, actor.statusCode());
        assertEquals("/?view=actor&actor=" + URLEncoder.encode(CORR.ID + "obama", StandardCharsets.UTF_8),
                     actor.headers().firstValue("Location").orElse(""));
        assertEquals("Accept", actor.headers().firstValue("Vary").orElse(""));
        HttpResponse<byte[]> place = get("/id/tehran", FIREFOX);
        assertEquals(303, place.statusCode());
        assertEquals("/?view=place&place=https%3A%2F%2Fw3id.org%2Fcorrkg%2Fid%2Ftehran", place.headers().firstValue("Location").orElse(""));
        HttpResponse<byte[]> letter = get("/id/letter-2009-05-obama-khamenei", "text/html");
        assertEquals(303, letter.statusCode());
        assertEquals("/?view=communication&c=https%3A%2F%2Fw3id.org%2Fcorrkg%2Fid%2Fletter-2009-05-obama-khamenei",
                     letter.headers().firstValue("Location").orElse(""));
        // Where it sends them is the browser page.
        HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create(server.localUrl()).resolve(
                actor.headers().firstValue("Location").orElseThrow())).header("Accept", FIREFOX).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("<div id=\"app\"></div>"), page.body());
    }

    @Test
    void anythingElseIsAGeneratedPageOfItsDescription() throws Exception {
        HttpResponse<byte[]> r = get("/id/office-us-president", FIREFOX);
        assertEquals(200, r.statusCode());
        assertEquals("text/html;charset=utf-8", type(r));
        assertEquals(BrowserPage.POLICY, r.headers().firstValue("Content-Security-Policy").orElse(""));
        String html = new String(r.body(), StandardCharsets.UTF_8);
        assertTrue(html.contains("<h1>President of the United States</h1>"), html);
        assertTrue(html.contains("<code>https://w3id.org/corrkg/id/office-us-president</code>"), html);
        // No script of its own: the browser's, for the header's search box.
        assertEquals(List.of("<script src=\"/browse/app.js\" defer>"), java.util.regex.Pattern.compile("<script[^>]*>").matcher(html)
                .results().map(java.util.regex.MatchResult::group).toList());
        assertTrue(html.contains("<form id=\"search-form\" role=\"search\" action=\"/\" method=\"get\">"), html);
    }

    @Test
    void anUnknownIdIs404AsAPageForABrowserAndOneLineOtherwise() throws Exception {
        HttpResponse<byte[]> text = get("/id/no-such-actor", "text/turtle");
        assertEquals(404, text.statusCode());
        assertEquals("text/plain;charset=utf-8", type(text));
        assertEquals("No such resource: <https://w3id.org/corrkg/id/no-such-actor>\n", new String(text.body(), StandardCharsets.UTF_8));
        HttpResponse<byte[]> page = get("/id/no-such-actor", FIREFOX);
        assertEquals(404, page.statusCode());
        assertEquals("text/html;charset=utf-8", type(page));
        assertTrue(new String(page.body(), StandardCharsets.UTF_8).contains("<h1>Not found</h1>"));
        Map<String, Integer> expected = new LinkedHashMap<>();
        expected.put("/id/", 404);
        expected.put("/id/obama%20x", 404);
        expected.put("/id/%3Cscript%3E", 404);
        expected.put("/topic/no-such-topic", 404);
        Map<String, Integer> actual = new LinkedHashMap<>();
        for (String path : expected.keySet())
            actual.put(path, get(path, "text/turtle").statusCode());
        assertEquals(expected, actual);
    }

    @Test
    void headAnswersTheHeadersWithoutTheBody() throws Exception {
        HttpResponse<byte[]> get = get("/id/obama", "text/turtle");
        HttpResponse<byte[]> head = http.send(HttpRequest.newBuilder(URI.create(server.localUrl() + "id/obama"))
                .method("HEAD", HttpRequest.BodyPublishers.noBody()).header("Accept", "text/turtle").build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, head.statusCode());
        assertEquals(0, head.body().length);
        assertEquals(String.valueOf(get.body().length), head.headers().firstValue("Content-Length").orElse(""));
        assertEquals("Accept", head.headers().firstValue("Vary").orElse(""));
        assertEquals(404, http.send(HttpRequest.newBuilder(URI.create(server.localUrl() + "id/nobody"))
                .method("HEAD", HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.discarding()).statusCode());
    }

    @Test
    void aCommunicationsDescriptionNamesItsSenderAndRecipient() throws Exception {
        Graph g = parse(get("/id/letter-2009-05-obama-khamenei", "text/turtle"), Lang.TURTLE);
        Node letter = id("letter-2009-05-obama-khamenei");
        assertTrue(g.contains(letter, CORR.sender.asNode(), id("obama")));
        assertTrue(g.contains(letter, CORR.addressee.asNode(), id("khamenei")));
        assertTrue(g.contains(letter, RDF.type.asNode(), CORR.Letter.asNode()));
        // Inferred: the super-property and super-class, and the reply that points back.
        assertTrue(g.contains(letter, CORR.recipient.asNode(), id("khamenei")));
        assertTrue(g.contains(letter, RDF.type.asNode(), CORR.Communication.asNode()));
        assertEquals(Set.of("\"Barack Obama\""), objects(g, id("obama"), SKOS.prefLabel.asNode()));
        assertEquals(Set.of("\"Ali Khamenei\""), objects(g, id("khamenei"), SKOS.prefLabel.asNode()));
    }

    @Test
    void anActorsDescriptionIsWhatIsSaidOfItNotTheLettersThatNameIt() throws Exception {
        assertEquals("obama 20", busiestActor());
        Graph g = parse(get("/id/obama", "text/turtle"), Lang.TURTLE);
        Set<String> predicates = new TreeSet<>();
        g.find(id("obama"), Node.ANY, Node.ANY).forEachRemaining(t -> predicates.add(Prefixes.ALL.shortForm(t.getPredicate().getURI())));
        assertEquals(new TreeSet<>(List.of("corr:editorialNote", "corr:kind", "corr:nameKey", "foaf:name",
                                           "owl:sameAs", "rdf:type", "rdfs:label", "schema:name", "skos:altLabel",
                                           "skos:editorialNote", "skos:prefLabel")), predicates);
        // Besides Obama, only what his triples point to, each by its name: two classes. His correspondents
        // (corr:correspondedWith, derived from the letters) are left out with the letters.
        Set<String> others = new TreeSet<>();
        g.find().forEachRemaining(t -> {
            if (!t.getSubject().equals(id("obama")))
                others.add(Prefixes.ALL.shortForm(t.getSubject().getURI()) + " " + Prefixes.ALL.shortForm(t.getPredicate().getURI()));
        });
        assertEquals(new TreeSet<>(List.of("corr:Actor rdfs:label", "corr:Person rdfs:label")), others);
        // 28 said of him (7 classes, 6 other spellings, 7 name keys, 3 names...) and 2 labels of classes.
        assertEquals(30, g.size());
    }

    /** The actor of most communications, as sender or recipient, and how many. */
    private static String busiestActor() {
        String q = "PREFIX corr: <https://w3id.org/corrkg/ontology#> SELECT ?a (COUNT(DISTINCT ?c) AS ?n) "
                   + "WHERE { ?c a corr:Communication . { ?c corr:sender ?a } UNION { ?c corr:recipient ?a } } "
                   + "GROUP BY ?a ORDER BY DESC(?n) ?a LIMIT 1";
        return org.apache.jena.system.Txn.calculateRead(store.dataset(), () -> {
            try (var qe = org.apache.jena.query.QueryExecutionFactory.create(q, store.dataset())) {
                var row = qe.execSelect().next();
                return row.getResource("a").getURI().substring(CORR.ID.length()) + " " + row.getLiteral("n").getInt();
            }
        });
    }

    @Test
    void aTopicDereferencesToo() throws Exception {
        Graph g = parse(get("/topic/relations", "text/turtle"), Lang.TURTLE);
        assertEquals(Set.of("\"US-Iran relations\"@en"),
                     objects(g, NodeFactory.createURI(CORR.TOPIC + "relations"), RDFS.label.asNode()));
    }

    @Test
    void theOntologyAnswersInEverySyntaxAndAsAPage() throws Exception {
        HttpResponse<byte[]> r = get("/ontology", "text/turtle");
        assertEquals(200, r.statusCode());
        assertEquals("Accept", r.headers().firstValue("Vary").orElse(""));
        Graph g = parse(r, Lang.TURTLE);
        assertTrue(g.contains(CORR.Letter.asNode(), RDF.type.asNode(), OWL.Class.asNode()));
        for (Map.Entry<String, Lang> f : FORMATS.entrySet())
            assertTrue(parse(get("/ontology", f.getKey()), f.getValue()).isIsomorphicWith(g), f.getKey());
        HttpResponse<byte[]> page = get("/ontology", FIREFOX);
        assertEquals("text/html;charset=utf-8", type(page));
        String html = new String(page.body(), StandardCharsets.UTF_8);
        assertTrue(html.contains("<section id=\"Letter\">\n<h3>corr:Letter <small>(letter)</small></h3>\n"
                                 + "<p>A written message addressed to named recipients.</p>"), html);
    }

    @Test
    void linkedDataIsReadOnly() throws Exception {
        Map<String, Integer> expected = new LinkedHashMap<>();
        for (String path : List.of("/id/obama", "/ontology"))
            for (String method : List.of("POST", "PUT", "DELETE"))
                expected.put(method + " " + path, 405);
        Map<String, Integer> actual = new LinkedHashMap<>();
        for (String request : expected.keySet()) {
            String[] m = request.split(" ");
            actual.put(request, http.send(HttpRequest.newBuilder(URI.create(server.localUrl() + m[1].substring(1)))
                    .method(m[0], HttpRequest.BodyPublishers.ofString("<a> <b> <c> .")).header("Content-Type", "text/turtle").build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode());
        }
        assertEquals(expected, actual);
    }

    /** The Content-Type without spaces (Jetty writes {@code text/html;charset=utf-8}). */
    private static String type(HttpResponse<?> r) {
        return r.headers().firstValue("Content-Type").orElse("").replace(" ", "");
    }

    @Test
    void theServersLimitsApplyAsOnEveryPath() throws Exception {
        // A Host naming another site (a rebound DNS name) is refused before any description is read.
        Map<String, String> expected = new LinkedHashMap<>();
        expected.put("/id/obama", "HTTP/1.1 421 Misdirected Request");
        expected.put("/ontology", "HTTP/1.1 421 Misdirected Request");
        Map<String, String> actual = new LinkedHashMap<>();
        for (String path : expected.keySet()) {
            try (java.net.Socket socket = new java.net.Socket("127.0.0.1", server.port())) {
                socket.getOutputStream().write(("GET " + path + " HTTP/1.1\r\nHost: attacker.example\r\nAccept: text/turtle\r\n"
                                                + "Connection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
                String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                actual.put(path, answer.substring(0, answer.indexOf("\r\n")));
            }
        }
        assertEquals(expected, actual);
    }

    private static Set<String> objects(Graph g, Node s, Node p) {
        Set<String> out = new TreeSet<>();
        g.find(s, p, Node.ANY).forEachRemaining(t -> out.add(t.getObject().toString()));
        return out;
    }

    private static Graph parse(HttpResponse<byte[]> r, Lang lang) {
        return RDFParser.source(new ByteArrayInputStream(r.body())).lang(lang).base("http://example.invalid/").toGraph();
    }

    private static HttpResponse<byte[]> get(String path, String accept) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(server.localUrl() + path.substring(1)));
        if (accept != null)
            b.header("Accept", accept);
        return http.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
    }
}
