package org.corrkg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.util.IsoMatcher;
import org.corrkg.TestStores;
import org.junit.jupiter.api.Test;

/** A real Fuseki on a free port over a real TDB2 store. */
class ServerTest extends ServedArticle {

    @Test
    void answersASparqlQueryOverHttp() throws Exception {
        HttpResponse<String> r = query("PREFIX corr: <https://w3id.org/corrkg/ontology#> "
                + "SELECT ?c WHERE { ?c corr:addressee <https://w3id.org/corrkg/id/khamenei> } ORDER BY ?c");
        assertEquals(200, r.statusCode());
        assertEquals("c\r\n"
                + "https://w3id.org/corrkg/id/letter-2009-05-obama-khamenei\r\n"
                + "https://w3id.org/corrkg/id/letter-2009-09-obama-khamenei\r\n"
                + "https://w3id.org/corrkg/id/letter-2014-10-obama-khamenei\r\n", r.body());
    }

    @Test
    void aSyntaxErrorThatQuotesPersianOrEmojiIsAnsweredAsUtf8Text() throws Exception {
        // Fuseki's own message gave its length in characters and could not write the
        // characters outside ISO 8859-1: the client got an empty 500.
        HttpResponse<String> r = query("SELECT ?x { ?x <urn:p> خامنه:ای😀 }");
        assertEquals(400, r.statusCode(), r.body());
        assertEquals("text/plain;charset=utf-8", r.headers().firstValue("Content-Type").orElse("").replace(" ", "").toLowerCase());
        assertEquals("Parse error: Line 1, column 24: Unresolved prefixed name: خامنه:ای😀\n", r.body());
    }

    @Test
    void theSchemaOrgQueryFindsEveryCommunicationWithAKnownSenderAndRecipient() throws Exception {
        String schema = "PREFIX schema: <https://schema.org/> SELECT (COUNT(DISTINCT ?m) AS ?n) WHERE { "
                + "?m a schema:Message ; schema:sender ?s ; schema:recipient ?r . ?s schema:name ?n1 . ?r schema:name ?n2 FILTER(?s != ?r) }";
        assertEquals("n\r\n31\r\n", query(schema).body());
    }

    @Test
    void theFullTextIndexAnswersTextQueriesAtTheEndpoint() throws Exception {
        HttpResponse<String> r = query("PREFIX text: <http://jena.apache.org/text#> "
                + "SELECT DISTINCT ?s WHERE { ?s text:query \"decorative\" } ORDER BY ?s");
        assertEquals(200, r.statusCode(), r.body());
        assertEquals("s\r\nhttps://w3id.org/corrkg/id/claim-2014-shamkhani-decorative\r\nhttps://w3id.org/corrkg/id/reply-2014-iran-obama\r\n",
                     r.body(), "the response and Shamkhani's claim that quotes it");
    }

    @Test
    void inverseSymmetricAndHierarchyTriplesAreThereWithoutAReasoner() throws Exception {
        String prefixes = "PREFIX corr: <https://w3id.org/corrkg/ontology#> PREFIX id: <https://w3id.org/corrkg/id/> ";
        assertEquals("s\r\nhttps://w3id.org/corrkg/id/letter-2013-rouhani-obama\r\n",
                     query(prefixes + "SELECT ?s WHERE { id:letter-2013-08-obama-rouhani corr:hasReply ?s }").body());
        assertEquals("o\r\nhttps://w3id.org/corrkg/id/iranian-air-force-commanders\r\nhttps://w3id.org/corrkg/id/obama\r\n",
                     query(prefixes + "SELECT ?o WHERE { id:khamenei corr:correspondedWith ?o } ORDER BY ?o").body());
        assertEquals("n\r\n38\r\n", query(prefixes + "SELECT (COUNT(?c) AS ?n) WHERE { ?c a corr:Communication }").body());
        assertEquals("n\r\n2\r\n", query(prefixes + "SELECT (COUNT(?c) AS ?n) WHERE { ?c a corr:Reply }").body());
    }

    @Test
    void refusesUpdatesAndGraphStoreWritesAndLeavesTheStoreAsItWas() throws Exception {
        DatasetGraph before = TestStores.snapshot(store);
        String update = "update=" + URLEncoder.encode("INSERT DATA { <urn:a> <urn:b> <urn:c> }", StandardCharsets.UTF_8);
        // The dataset has no update operation, there is no /update endpoint, and /sparql only reads queries.
        assertEquals("400 No operation for request: /corrkg", statusAndMessage(postForm("corrkg", update)));
        assertEquals(404, postForm("corrkg/update", update).statusCode());
        assertEquals("400 SPARQL Query: No 'query=' parameter", statusAndMessage(postForm("corrkg/sparql", update)));
        HttpResponse<String> put = send(HttpRequest.newBuilder(url("corrkg/data?default")).header("Content-Type", "text/turtle")
                                                   .PUT(HttpRequest.BodyPublishers.ofString("<urn:a> <urn:b> <urn:c> .")));
        assertEquals("405 HTTP method not allowed: PUT : Read-only", statusAndMessage(put));
        assertTrue(IsoMatcher.isomorphic(before, TestStores.snapshot(store)), "the store changed");
    }

    @Test
    void hasNoAdminModuleSoNobodyCanCreateDatasets() throws Exception {
        // Without the admin module nothing is at /$/datasets.
        int status = send(HttpRequest.newBuilder(url("$/datasets?dbName=x&dbType=mem"))
                                     .POST(HttpRequest.BodyPublishers.noBody())).statusCode();
        assertEquals(404, status);
        assertEquals(404, send(HttpRequest.newBuilder(url("x/sparql?query=ASK%7B%7D")).GET()).statusCode(), "no dataset x");
    }

    @Test
    void servesTheFusekiUiAndTheServerDescriptionItReads() throws Exception {
        HttpResponse<String> page = send(HttpRequest.newBuilder(url("")).GET());
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("<title>corrkg: who wrote to whom</title>"), page.body());
        java.util.regex.Matcher script = java.util.regex.Pattern.compile("\\./(static/index-[^\"]+\\.js)").matcher(page.body());
        assertTrue(script.find(), "the page starts the Fuseki UI for its #/ routes: " + page.body());
        assertEquals(200, send(HttpRequest.newBuilder(url(script.group(1))).GET()).statusCode());
        assertEquals(200, send(HttpRequest.newBuilder(url("browse/app.js")).GET()).statusCode());
        assertEquals(404, send(HttpRequest.newBuilder(url("browse/nothing.js")).GET()).statusCode());
        HttpResponse<String> info = send(HttpRequest.newBuilder(url("$/server")).GET());
        assertEquals(200, info.statusCode());
        List<String> datasets = org.apache.jena.atlas.json.JSON.parse(info.body()).get("datasets").getAsArray().stream()
                .map(d -> d.getAsObject().get("ds.name").getAsString().value()).toList();
        assertEquals(List.of("/corrkg"), datasets, info.body());
    }

    @Test
    void theDateBucketsToReadAreThoseThatMayHoldTheFirstInTime() throws Exception {
        // The article's undisputed messages after 2013-06-01: the open-ended one of 2008, those of 2013
        // (some may be after the day), the one from 2013 into 2014, those of 2014; the rest end too soon.
        assertEquals("{\"buckets\":[16068,16106,16107,16114]}",
                     buckets("type=message&disputedMode=exclude&after=2013-06-01"));
        // One is enough: the open-ended message of 2008 comes first and surely falls after the day.
        assertEquals("{\"buckets\":[16068]}", buckets("type=message&disputedMode=exclude&after=2013-06-01&need=1"));
        // Disputed only: few, read through their own index.
        assertEquals("{\"buckets\":null}", buckets("disputedMode=only"));
        HttpResponse<String> bad = send(HttpRequest.newBuilder(url("browse/buckets?need=0")).GET());
        assertEquals(400, bad.statusCode());
        assertEquals("{\"error\":\"need: a whole number from 1 to 100000, not '0'\"}", bad.body().replaceAll("\\s+", " ").replace("{ ", "{").replace(" }", "}").replace(" : ", ":"));
    }

    @Test
    void theGazetteerAnswersOnlyThePlacesAskedForAndTheBaseMapIsServed() throws Exception {
        // Muscat and Tehran; Oman is a country, not in GeoNames' cities, and 1 is no place.
        HttpResponse<String> r = send(HttpRequest.newBuilder(url("browse/places?geonames=287286,112931,286963,1")).GET());
        assertEquals(200, r.statusCode());
        assertEquals("application/json;charset=utf-8", r.headers().firstValue("Content-Type").orElse(""));
        assertEquals("{\"places\":{\"287286\":[23.58413,58.40778],\"112931\":[35.69439,51.42151]}}", r.body().replaceAll("\\s+", ""));
        assertEquals("{\"places\":{}}", send(HttpRequest.newBuilder(url("browse/places")).GET()).body().replaceAll("\\s+", ""));
        HttpResponse<String> bad = send(HttpRequest.newBuilder(url("browse/places?geonames=287286,Muscat")).GET());
        assertEquals(400, bad.statusCode());
        assertEquals("{\"error\":\"geonames: GeoNames ids (whole numbers) separated by commas, not 'Muscat'\"}",
                     bad.body().replaceAll("\\s+", " ").replace("{ ", "{").replace(" }", "}").replace(" : ", ":"));
        HttpResponse<String> map = send(HttpRequest.newBuilder(url("browse/data/countries-110m.geojson")).GET());
        assertEquals(200, map.statusCode());
        assertEquals("application/geo+json", map.headers().firstValue("Content-Type").orElse(""));
        assertEquals(177, org.apache.jena.atlas.json.JSON.parse(map.body()).get("features").getAsArray().size());
    }

    private static String buckets(String query) throws IOException, InterruptedException {
        HttpResponse<String> r = send(HttpRequest.newBuilder(url("browse/buckets?" + query)).GET());
        assertEquals(200, r.statusCode(), r.body());
        return r.body().replaceAll("\\s+", "");
    }

    @Test
    void listensOnLoopbackOnly() throws Exception {
        // What the operating system says the connector's socket is bound to, not the host we asked for.
        assertEquals(List.of(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), server.port())), server.boundAddresses());
        assertTrue(server.boundAddresses().get(0).getAddress().isLoopbackAddress());
        assertEquals("http://127.0.0.1:" + server.port() + "/", server.baseUrl());
    }

    private static URI url(String path) {
        return URI.create(server.baseUrl() + path);
    }

    private static HttpResponse<String> query(String sparql) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(url("corrkg/sparql?query=" + URLEncoder.encode(sparql, StandardCharsets.UTF_8)))
                               .header("Accept", "text/csv").GET());
    }

    private static HttpResponse<String> postForm(String path, String body) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(url(path)).header("Content-Type", "application/x-www-form-urlencoded")
                               .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /** The status and Fuseki's one-line plain-text error message. */
    private static String statusAndMessage(HttpResponse<String> r) {
        return r.statusCode() + " " + r.body().strip();
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
