package org.corrkg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.corrkg.TestStores;
import org.corrkg.store.Store;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a public read-only endpoint must refuse: queries that run too long, and SERVICE.
 * A stub SPARQL endpoint on this machine, holding one known triple, lets a second server
 * built with SERVICE allowed show that the refusal is the setting, not a failing fetch.
 */
class ServerLimitsTest {

    @TempDir static Path dir;
    static Store store;
    static Server server;
    static FusekiServer stub;
    static Server serviceAllowed;
    static final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    static void start() {
        store = TestStores.seeded(dir);
        server = Server.build(store.dataset(), new Server.Settings("127.0.0.1", 0, "corrkg", Duration.ofSeconds(2), false)).start();

        Dataset known = DatasetFactory.createTxnMem();
        known.asDatasetGraph().getDefaultGraph().add(Triple.create(NodeFactory.createURI("urn:corrkg:stub"),
                NodeFactory.createURI("urn:corrkg:says"), NodeFactory.createLiteralString("hello from the stub")));
        stub = FusekiServer.create().loopback(true).port(0).add("/stub", known, false).build().start();
        // Its own (empty, in-memory) dataset: the SERVICE setting lives in the dataset's context,
        // so sharing the store's dataset would switch SERVICE on for the refusing server too.
        serviceAllowed = Server.build(DatasetFactory.createTxnMem(),
                new Server.Settings("127.0.0.1", 0, "open", Duration.ofSeconds(30), true)).start();
    }

    @AfterAll
    static void stop() {
        if (serviceAllowed != null) serviceAllowed.stop();
        if (stub != null) stub.stop();
        if (server != null) server.stop();
        if (store != null) store.close();
    }

    @Test
    void aQueryThatRunsPastTheTimeoutIsStoppedWith503() throws Exception {
        // About 10^15 rows to count: only the timeout ends it (the request itself waits up to 5 minutes).
        HttpResponse<String> r = query(server, "SELECT (COUNT(*) AS ?n) { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }");
        assertEquals(503, r.statusCode(), r.body());
        assertEquals("Query timed out", r.body().strip());
    }

    @Test
    void serviceIsRefusedByDefault() throws Exception {
        HttpResponse<String> r = query(server, stubQuery());
        assertEquals(422, r.statusCode(), r.body());
        assertEquals("SERVICE execution disabled - enable with symbol:http://jena.apache.org/ARQ#httpServiceAllowed", r.body().strip());
    }

    @Test
    void serviceAllowedReachesTheStubEndpointAndReturnsItsRow() throws Exception {
        HttpResponse<String> r = query(serviceAllowed, stubQuery());
        assertEquals(200, r.statusCode(), r.body());
        assertEquals("o\r\nhello from the stub\r\n", r.body());
    }

    @Test
    void anOrdinaryQueryStillAnswers() throws Exception {
        HttpResponse<String> r = query(server, "ASK { ?s ?p ?o }");
        assertEquals(200, r.statusCode(), r.body());
        assertEquals("_askResult\r\ntrue\r\n", r.body());
    }

    private static String stubQuery() {
        return "SELECT ?o { SERVICE <http://127.0.0.1:" + stub.getHttpPort() + "/stub/sparql> { <urn:corrkg:stub> <urn:corrkg:says> ?o } }";
    }

    private static HttpResponse<String> query(Server target, String sparql) throws Exception {
        URI uri = URI.create(target.sparqlUrl() + "?query=" + URLEncoder.encode(sparql, StandardCharsets.UTF_8));
        return http.send(HttpRequest.newBuilder(uri).header("Accept", "text/csv").timeout(Duration.ofMinutes(5)).GET().build(),
                         HttpResponse.BodyHandlers.ofString());
    }
}
