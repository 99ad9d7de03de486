package org.corrkg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * The server gives an answer again from memory for the same query on the same data, byte
 * for byte, however the query comes; it keeps nothing it should not (errors, answers that
 * change without a write, answers larger than an entry). After a write: see WritingTest.
 */
class AnswerCacheTest extends ServedArticle {

    static final String PREFIXES = "PREFIX corr: <https://w3id.org/corrkg/ontology#> PREFIX id: <https://w3id.org/corrkg/id/> ";
    /** Who wrote to Khamenei, by IRI, in order. */
    static final String TO_KHAMENEI = PREFIXES + "SELECT DISTINCT ?sender { ?c corr:recipient id:khamenei ; corr:sender ?sender } ORDER BY ?sender";
    static final String TO_KHAMENEI_CSV = "sender\r\nhttps://w3id.org/corrkg/id/obama\r\n";

    @Test
    void aQueryAskedAgainIsAnsweredFromMemoryByteForByteHoweverItComes() throws Exception {
        HttpResponse<String> posted = post(server, TO_KHAMENEI, "text/csv");
        HttpResponse<String> got = get(server, TO_KHAMENEI, "text/csv");
        HttpResponse<String> form = form(server, TO_KHAMENEI, "text/csv");
        assertEquals(List.of("200 miss text/csv; charset=utf-8 " + TO_KHAMENEI_CSV, "200 miss text/csv; charset=utf-8 " + TO_KHAMENEI_CSV,
                             "200 hit text/csv; charset=utf-8 " + TO_KHAMENEI_CSV),
                     List.of(shown(posted), shown(got), shown(form)));
        assertEquals(List.of("200 hit text/csv; charset=utf-8 " + TO_KHAMENEI_CSV, "200 hit text/csv; charset=utf-8 " + TO_KHAMENEI_CSV),
                     List.of(shown(post(server, TO_KHAMENEI, "text/csv")), shown(get(server, TO_KHAMENEI, "text/csv"))));
        // The answer's own headers come again, each once.
        assertEquals(List.of(List.of("must-revalidate,no-cache,no-store"), List.of("no-cache")),
                     List.of(form.headers().allValues("Cache-Control"), form.headers().allValues("Pragma")));
    }

    @Test
    void anotherAcceptOrParameterIsAnotherAnswer() throws Exception {
        String query = PREFIXES + "SELECT (COUNT(*) AS ?n) { ?c corr:recipient id:khamenei }";
        HttpResponse<String> csv = get(server, query, "text/csv");
        HttpResponse<String> json = get(server, query, "application/sparql-results+json");
        HttpResponse<String> tsv = send(HttpRequest.newBuilder(url(server, "corrkg/sparql?format=tsv&query=" + encoded(query))).GET());
        assertEquals(List.of("200 miss text/csv; charset=utf-8 n\r\n3\r\n", "miss", "miss", "200 hit text/csv; charset=utf-8 n\r\n3\r\n"),
                     List.of(shown(csv), cache(json), cache(tsv), shown(get(server, query, "text/csv"))));
        assertEquals(json.body(), get(server, query, "application/sparql-results+json").body());
    }

    @Test
    void errorsAndAnswersThatChangeWithoutAWriteAreNotKept() throws Exception {
        String broken = "SELECT ?x WHERE { ?x ?y }";
        List<String> seen = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            HttpResponse<String> r = get(server, broken, "text/csv");
            seen.add(r.statusCode() + " " + cache(r));
        }
        for (String changing : List.of("SELECT (NOW() AS ?t) {}", "SELECT (rand () AS ?r) {}", "SELECT (STRUUID() AS ?u) {}",
                                       "SELECT ?b { BIND(BNODE() AS ?b) }")) {
            HttpResponse<String> r = get(server, changing, "text/csv");
            seen.add(r.statusCode() + " " + cache(r) + " " + cache(get(server, changing, "text/csv")));
        }
        assertEquals(List.of("400 miss", "400 miss", "200 - -", "200 - -", "200 - -", "200 - -"), seen);
    }

    @Test
    void anAnswerLargerThanAnEntryIsNotKeptAndNoCacheKeepsNothing() throws Exception {
        String small = PREFIXES + "ASK { id:obama a corr:Person }";
        String large = PREFIXES + "SELECT ?c ?p ?o { ?c a corr:Communication ; ?p ?o } ORDER BY ?c ?p ?o";
        Server tiny = Server.build(store.dataset(), Server.Settings.local(0, "corrkg").withAnswerCache(16 * 1024)).start();
        Server none = Server.build(store.dataset(), Server.Settings.local(0, "corrkg").withAnswerCache(0)).start();
        try {
            List<String> seen = new ArrayList<>();
            for (Server s : List.of(tiny, none))
                for (String q : List.of(small, large))
                    seen.add(cache(get(s, q, "text/csv")) + " " + cache(get(s, q, "text/csv")));
            assertEquals(List.of("miss hit", "miss miss", "- -", "- -"), seen);
            assertEquals(get(none, large, "text/csv").body(), get(tiny, large, "text/csv").body());
        } finally {
            tiny.stop();
            none.stop();
        }
    }

    @Test
    void theLeastRecentlyUsedAnswersGoFirstAndTheSizeStaysWithinTheCapacity() {
        AnswerCache.Entries entries = new AnswerCache.Entries(16 * 200);
        List<AnswerCache.Key> keys = new ArrayList<>();
        for (int i = 0; i < 17; i++)
            keys.add(new AnswerCache.Key(null, "/corrkg/sparql", "ASK { <urn:x:" + i + "> ?p ?o }", "", "*/*", ""));
        // 136 bytes of body and 64 of overhead: 200 bytes, one sixteenth of the capacity.
        AnswerCache.Entry entry = new AnswerCache.Entry(List.of(), "text/csv", new byte[136]);
        for (int i = 0; i < 16; i++)
            entries.put(keys.get(i), entry);
        entries.get(keys.get(0));
        entries.put(keys.get(16), entry);
        List<Integer> kept = new ArrayList<>();
        for (int i = 0; i < 17; i++)
            if (entries.get(keys.get(i)) != null)
                kept.add(i);
        assertEquals(List.of(0, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16), kept);
        assertEquals(16 * 200, entries.size());
        entries.put(keys.get(1), new AnswerCache.Entry(List.of(), "text/csv", new byte[137]));
        assertEquals(null, entries.get(keys.get(1)), "201 bytes are more than an entry may take");
    }

    private static String shown(HttpResponse<String> r) {
        return r.statusCode() + " " + cache(r) + " " + r.headers().firstValue("Content-Type").orElse("") + " " + r.body();
    }

    private static String cache(HttpResponse<String> r) {
        return r.headers().firstValue(AnswerCache.HEADER).orElse("-");
    }

    private static String encoded(String query) {
        return URLEncoder.encode(query, StandardCharsets.UTF_8);
    }

    private static URI url(Server s, String path) {
        return URI.create(s.baseUrl() + path);
    }

    private static HttpResponse<String> get(Server s, String query, String accept) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(url(s, "corrkg/sparql?query=" + encoded(query))).header("Accept", accept).GET());
    }

    private static HttpResponse<String> post(Server s, String query, String accept) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(url(s, "corrkg/sparql")).header("Accept", accept).header("Content-Type", "application/sparql-query")
                               .POST(HttpRequest.BodyPublishers.ofString(query)));
    }

    private static HttpResponse<String> form(Server s, String query, String accept) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(url(s, "corrkg/sparql")).header("Accept", accept).header("Content-Type", "application/x-www-form-urlencoded")
                               .POST(HttpRequest.BodyPublishers.ofString("query=" + encoded(query))));
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
