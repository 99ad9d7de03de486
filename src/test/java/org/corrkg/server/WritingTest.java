package org.corrkg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.util.IsoMatcher;
import org.corrkg.TestStores;
import org.corrkg.store.Store;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A real Fuseki with writing allowed for one user, over a real TDB2 store with its text index. */
class WritingTest {

    @TempDir static Path dir;
    static Store store;
    static Server server;
    static final HttpClient http = HttpClient.newHttpClient();

    static final String EDITOR = basic("editor", "correct horse");
    static final String DEFAULT_GRAPH_REFUSED = "Writes go into a named graph (INSERT DATA { GRAPH <...> { ... } }, or ?graph=IRI for the Graph Store Protocol): "
                                                + "the default graph is the union of all named graphs and cannot be written.";
    static final String PREFIXES = """
            PREFIX : <https://w3id.org/corrkg/id/>
            PREFIX corr: <https://w3id.org/corrkg/ontology#>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
            PREFIX edtf: <http://id.loc.gov/datatypes/edtf/>
            """;

    /** A valid letter with {@code id} and a label ending in {@code word}, as triples. */
    static String letter(String id, String word) {
        return ":" + id + " a corr:Letter ; rdfs:label \"A letter about " + word + "\" ;\n"
               + "    corr:sender :obama ; corr:addressee :rouhani ;\n"
               + "    corr:edtf \"2015\"^^edtf:EDTF ; corr:earliest \"2015-01-01\"^^xsd:date ; corr:latest \"2015-12-31\"^^xsd:date ;\n"
               + "    corr:status corr:Attested ; corr:evidence :us-iran-2014-p1 .\n";
    }

    @BeforeAll
    static void start() {
        store = TestStores.seeded(dir);
        Path passwords = dir.resolve("passwords");
        PasswordFile.set(passwords, "editor", "correct horse".toCharArray());
        server = Server.buildWritable(store.dataset(), Server.Settings.local(0, "corrkg"), PasswordFile.read(passwords)).start();
    }

    @AfterAll
    static void stop() {
        server.stop();
        store.close();
    }

    @Test
    void anUpdateWithoutCredentialsIsAnswered401AndChangesNothing() throws Exception {
        DatasetGraph before = TestStores.snapshot(store);
        HttpResponse<String> r = update(null, PREFIXES + "INSERT DATA { GRAPH <urn:x:anonymous> { " + letter("anonymous-letter", "nobody") + " } }");
        assertEquals(401, r.statusCode());
        assertEquals("Basic realm=\"corrkg writing\", charset=\"UTF-8\"", r.headers().firstValue("WWW-Authenticate").orElse(""));
        assertEquals(Optional.of("close"), r.headers().firstValue("Connection"));
        assertEquals("Writing needs the user name and password of a user in the server's password file (HTTP Basic)", r.body().strip());
        assertTrue(IsoMatcher.isomorphic(before, TestStores.snapshot(store)), "the store changed");
    }

    @Test
    void anUpdateWithAWrongPasswordOrUnknownUserIsAnswered401() throws Exception {
        DatasetGraph before = TestStores.snapshot(store);
        String insert = PREFIXES + "INSERT DATA { GRAPH <urn:x:guess> { " + letter("guessed-letter", "guessing") + " } }";
        assertEquals(401, update(basic("editor", "correct horse "), insert).statusCode());
        assertEquals(401, update(basic("someone", "correct horse"), insert).statusCode());
        assertEquals(401, update("Basic not-base64!", insert).statusCode());
        assertTrue(IsoMatcher.isomorphic(before, TestStores.snapshot(store)), "the store changed");
    }

    @Test
    void aValidLetterIsWrittenInferredFromAndIndexed() throws Exception {
        HttpResponse<String> r = update(EDITOR, PREFIXES + "INSERT DATA { GRAPH <urn:x:test> { " + letter("written-letter", "Zanzibar") + " } }");
        assertEquals(204, r.statusCode(), r.body());
        assertEquals("g\r\nurn:x:test\r\n", query("SELECT ?g { GRAPH ?g { <https://w3id.org/corrkg/id/written-letter> a <https://w3id.org/corrkg/ontology#Letter> } }"));
        assertEquals("g,k\r\nhttps://w3id.org/corrkg/graph/inferred?source=urn%3Ax%3Atest,https://w3id.org/corrkg/ontology#Letter\r\n",
                     query("SELECT ?g ?k { GRAPH ?g { <https://w3id.org/corrkg/id/written-letter> <https://w3id.org/corrkg/ontology#kind> ?k } }"));
        assertEquals("s\r\nhttps://w3id.org/corrkg/id/written-letter\r\n",
                     query("PREFIX text: <http://jena.apache.org/text#> SELECT DISTINCT ?s { ?s text:query \"Zanzibar\" }"));
    }

    @Test
    void theDateBucketsTheServerKeepsInMemoryFollowAWrite() throws Exception {
        String ask = "browse/buckets?type=letter&after=2018-12-31";
        List<Long> before = bucketList(ask);
        assertEquals(before, bucketList(ask), "asked twice, the same (the second from memory)");
        String in2019 = letter("written-in-2019", "Lisbon").replace("2015", "2019");
        assertEquals(204, update(EDITOR, PREFIXES + "INSERT DATA { GRAPH <urn:x:in2019> { " + in2019 + " } }").statusCode());
        List<Long> expected = new ArrayList<>(before);
        expected.add(8L * 2019 + 2); // a letter within 2019 (org.corrkg.dates.DateBuckets)
        expected.sort(null);
        assertEquals(expected, bucketList(ask));
    }

    @Test
    void anAnswerKeptInMemoryIsNotGivenAgainAfterAWrite() throws Exception {
        String ask = "SELECT ?c { ?c <https://w3id.org/corrkg/ontology#sender> <https://w3id.org/corrkg/id/obama> ; "
                     + "<http://www.w3.org/2000/01/rdf-schema#label> \"A letter about Valparaiso\" }";
        HttpResponse<String> first = csv(ask);
        HttpResponse<String> again = csv(ask);
        assertEquals(List.of("c\r\n", "miss", "c\r\n", "hit"),
                     List.of(first.body(), first.headers().firstValue(AnswerCache.HEADER).orElse(""),
                             again.body(), again.headers().firstValue(AnswerCache.HEADER).orElse("")));
        assertEquals(204, update(EDITOR, PREFIXES + "INSERT DATA { GRAPH <urn:x:valparaiso> { " + letter("to-valparaiso", "Valparaiso") + " } }").statusCode());
        HttpResponse<String> after = csv(ask);
        assertEquals(List.of("c\r\nhttps://w3id.org/corrkg/id/to-valparaiso\r\n", "miss"),
                     List.of(after.body(), after.headers().firstValue(AnswerCache.HEADER).orElse("")));
    }

    private static List<Long> bucketList(String path) throws IOException, InterruptedException {
        HttpResponse<String> r = send(HttpRequest.newBuilder(url(path)).GET());
        assertEquals(200, r.statusCode(), r.body());
        String inside = r.body().replaceAll("(?s).*\\[(.*)\\].*", "$1").strip();
        List<Long> out = new ArrayList<>();
        for (String n : inside.split(","))
            if (!n.isBlank())
                out.add(Long.parseLong(n.strip()));
        return out;
    }

    @Test
    void aLetterWithoutEvidenceIsAnswered422WithTheReportAndChangesNothing() throws Exception {
        DatasetGraph before = TestStores.snapshot(store);
        String bad = letter("unsupported-letter", "Timbuktu").replace(" ; corr:evidence :us-iran-2014-p1", "");
        HttpResponse<String> r = update(EDITOR, PREFIXES + "INSERT DATA { GRAPH <urn:x:bad> { " + bad + " } }");
        assertEquals(422, r.statusCode());
        // Refused after reading the body: the connection stays open.
        assertEquals(Optional.empty(), r.headers().firstValue("Connection"));
        assertEquals("urn:x:bad: id:unsupported-letter corr:evidence: A communication needs evidence: a corr:evidence link to a corr:SourcePassage.\n"
                     + "1 problem(s) found.\n"
                     + "The write was refused: it would leave the store invalid, and nothing was changed.", r.body().strip());
        assertTrue(IsoMatcher.isomorphic(before, TestStores.snapshot(store)), "the store changed");
        assertEquals("s\r\n", query("PREFIX text: <http://jena.apache.org/text#> SELECT DISTINCT ?s { ?s text:query \"Timbuktu\" }"));
    }

    @Test
    void aGraphStorePutNeedsCredentialsAndIsValidated() throws Exception {
        DatasetGraph before = TestStores.snapshot(store);
        String turtle = PREFIXES.replaceAll("PREFIX (\\S+) (<[^>]+>)", "@prefix $1 $2 .") + letter("put-letter", "Samarkand");
        assertEquals(401, put(null, "urn:x:put", turtle).statusCode());
        assertTrue(IsoMatcher.isomorphic(before, TestStores.snapshot(store)), "the store changed");
        HttpResponse<String> created = put(EDITOR, "urn:x:put", turtle);
        assertEquals(201, created.statusCode(), created.body());
        assertEquals("k\r\nhttps://w3id.org/corrkg/ontology#Letter\r\n",
                     query("SELECT ?k { <https://w3id.org/corrkg/id/put-letter> <https://w3id.org/corrkg/ontology#kind> ?k }"));
        assertEquals("s\r\nhttps://w3id.org/corrkg/id/put-letter\r\n",
                     query("PREFIX text: <http://jena.apache.org/text#> SELECT DISTINCT ?s { ?s text:query \"Samarkand\" }"));
        DatasetGraph written = TestStores.snapshot(store);
        HttpResponse<String> invalid = put(EDITOR, "urn:x:put", turtle.replace("corr:status corr:Attested ;", ""));
        assertEquals(422, invalid.statusCode(), invalid.body());
        assertTrue(IsoMatcher.isomorphic(written, TestStores.snapshot(store)), "the store changed");
    }

    @Test
    void aWriteIntoTheDefaultGraphIsRefusedWithWhatToDoInstead() throws Exception {
        DatasetGraph before = TestStores.snapshot(store);
        HttpResponse<String> r = update(EDITOR, PREFIXES + "INSERT DATA { " + letter("default-letter", "nowhere") + " }");
        assertEquals(400, r.statusCode());
        assertEquals(DEFAULT_GRAPH_REFUSED, r.body().strip());
        assertTrue(IsoMatcher.isomorphic(before, TestStores.snapshot(store)), "the store changed");
    }

    @Test
    void droppingAWrittenGraphTakesItsInferredCompanionWithIt() throws Exception {
        assertEquals(204, update(EDITOR, PREFIXES + "INSERT DATA { GRAPH <urn:x:dropped> { " + letter("dropped-letter", "Ephemera") + " } }").statusCode());
        assertEquals("n\r\n2\r\n", query("SELECT (COUNT(DISTINCT ?g) AS ?n) { GRAPH ?g { <https://w3id.org/corrkg/id/dropped-letter> ?p ?o } }"));
        HttpResponse<String> r = update(EDITOR, "DROP GRAPH <urn:x:dropped>");
        assertEquals(204, r.statusCode(), r.body());
        assertEquals("n\r\n0\r\n", query("SELECT (COUNT(DISTINCT ?g) AS ?n) { GRAPH ?g { <https://w3id.org/corrkg/id/dropped-letter> ?p ?o } }"));
        assertEquals("s\r\n", query("PREFIX text: <http://jena.apache.org/text#> SELECT DISTINCT ?s { ?s text:query \"Ephemera\" }"));
    }

    @Test
    void dropAllAndWritesIntoAnInferredGraphAreRefusedAndChangeNothing() throws Exception {
        DatasetGraph before = TestStores.snapshot(store);
        HttpResponse<String> all = update(EDITOR, "DROP ALL");
        // DROP ALL clears the default graph first, and is refused there.
        assertEquals("400 " + DEFAULT_GRAPH_REFUSED, all.statusCode() + " " + all.body().strip());
        String companion = "https://w3id.org/corrkg/graph/inferred?source=https%3A%2F%2Fw3id.org%2Fcorrkg%2Fgraph%2Fdata%2Fcommunications.ttl";
        HttpResponse<String> inferred = update(EDITOR, "INSERT DATA { GRAPH <" + companion + "> { <urn:a> <urn:b> <urn:c> } }");
        assertEquals("400 Graph <" + companion + "> holds what the ontology implies about its source graph and is recomputed from it; "
                     + "write the source graph instead.", inferred.statusCode() + " " + inferred.body().strip());
        assertTrue(IsoMatcher.isomorphic(before, TestStores.snapshot(store)), "the store changed");
    }

    @Test
    void readsStayOpenAndTheQueryEndpointNeverWrites() throws Exception {
        DatasetGraph before = TestStores.snapshot(store);
        assertEquals("n\r\n8\r\n", query("SELECT (COUNT(?l) AS ?n) { ?l a <https://w3id.org/corrkg/ontology#Letter> FILTER(STRSTARTS(STR(?l), \"https://w3id.org/corrkg/id/letter-\")) }"));
        String form = "update=" + URLEncoder.encode("INSERT DATA { GRAPH <urn:x:sneak> { <urn:a> <urn:b> <urn:c> } }", StandardCharsets.UTF_8);
        HttpResponse<String> sneak = send(HttpRequest.newBuilder(url("corrkg/sparql")).header("Content-Type", "application/x-www-form-urlencoded")
                                                     .POST(HttpRequest.BodyPublishers.ofString(form)));
        assertEquals("400 SPARQL Query: No 'query=' parameter", sneak.statusCode() + " " + sneak.body().strip());
        HttpResponse<String> toDataset = send(HttpRequest.newBuilder(url("corrkg")).header("Content-Type", "application/x-www-form-urlencoded")
                                                         .POST(HttpRequest.BodyPublishers.ofString(form)));
        assertEquals(401, toDataset.statusCode());
        assertTrue(IsoMatcher.isomorphic(before, TestStores.snapshot(store)), "the store changed");
    }

    @Test
    void aWriteFromAPageOfAnotherSiteIsRefusedEvenWithCredentials() throws Exception {
        DatasetGraph before = TestStores.snapshot(store);
        HttpResponse<String> r = send(HttpRequest.newBuilder(url("corrkg/update")).header("Content-Type", "application/sparql-update")
                .header("Authorization", EDITOR).header("Origin", "http://evil.example")
                .POST(HttpRequest.BodyPublishers.ofString(PREFIXES + "INSERT DATA { GRAPH <urn:x:csrf> { " + letter("csrf-letter", "forgery") + " } }")));
        assertEquals("403 Writes from a page of another site (Origin http://evil.example) are refused", r.statusCode() + " " + r.body().strip());
        // Refused unread, the body leaves the connection unusable: the answer says it closes.
        assertEquals(Optional.of("close"), r.headers().firstValue("Connection"));
        assertTrue(IsoMatcher.isomorphic(before, TestStores.snapshot(store)), "the store changed");
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    private static URI url(String path) {
        return URI.create(server.baseUrl() + path);
    }

    private static HttpResponse<String> update(String authorization, String sparql) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(url("corrkg/update")).header("Content-Type", "application/sparql-update")
                                           .POST(HttpRequest.BodyPublishers.ofString(sparql));
        if (authorization != null)
            b.header("Authorization", authorization);
        return send(b);
    }

    private static HttpResponse<String> put(String authorization, String graph, String turtle) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(url("corrkg/data?graph=" + URLEncoder.encode(graph, StandardCharsets.UTF_8)))
                                           .header("Content-Type", "text/turtle").PUT(HttpRequest.BodyPublishers.ofString(turtle));
        if (authorization != null)
            b.header("Authorization", authorization);
        return send(b);
    }

    private static String query(String sparql) throws IOException, InterruptedException {
        HttpResponse<String> r = csv(sparql);
        assertEquals(200, r.statusCode(), r.body());
        return r.body();
    }

    private static HttpResponse<String> csv(String sparql) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(url("corrkg/sparql?query=" + URLEncoder.encode(sparql, StandardCharsets.UTF_8))).header("Accept", "text/csv").GET());
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
