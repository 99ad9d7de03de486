package org.corrkg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import org.apache.jena.atlas.json.JSON;
import org.junit.jupiter.api.Test;

/** The page's type-ahead, {@code /browse/names}, on a real server over the article. */
class BrowseNamesTest extends ServedArticle {

    @Test
    void aNameTypedTheOtherWayRoundWithoutItsAccentsFindsTheActor() throws Exception {
        String khamenei = "{\"names\": [{\"iri\": \"https://w3id.org/corrkg/id/khamenei\", \"name\": \"Ali Khamenei\", "
                          + "\"kind\": \"person\", \"place\": false}]}";
        assertAnswer(200, khamenei, "q=" + encode("Khamenei, Ali"));
        assertAnswer(200, khamenei, "q=" + encode("ALI KHAMÉNEÏ"));
        assertAnswer(200, khamenei, "q=" + encode("khamen a"));
    }

    @Test
    void everyActorAndPlaceWhoseNameStartsSoComesUpToTheLimit() throws Exception {
        // Tehran is a place and another name of the Government of Iran; by the name each is shown by.
        assertAnswer(200, "{\"names\": [{\"iri\": \"https://w3id.org/corrkg/id/iran-government\", \"name\": \"Government of Iran\", "
                          + "\"kind\": \"government\", \"place\": false}, "
                          + "{\"iri\": \"https://w3id.org/corrkg/id/tehran\", \"name\": \"Tehran\", \"kind\": \"place\", \"place\": true}]}",
                     "q=teh");
        assertAnswer(200, "{\"names\": [{\"iri\": \"https://w3id.org/corrkg/id/iran-government\", \"name\": \"Government of Iran\", "
                          + "\"kind\": \"government\", \"place\": false}]}", "q=teh&limit=1");
        // A name of exactly the words typed comes before those that only start so: the state and the
        // government, also called Iran, before Iran's youth, the Iranian people and others.
        assertAnswer(200, "{\"names\": [{\"iri\": \"https://w3id.org/corrkg/id/iran-government\", \"name\": \"Government of Iran\", "
                          + "\"kind\": \"government\", \"place\": false}, "
                          + "{\"iri\": \"https://w3id.org/corrkg/id/iran\", \"name\": \"Iran\", \"kind\": \"state\", \"place\": false}]}",
                     "q=iran&limit=2");
    }

    @Test
    void nothingTypedOrNothingLikeItIsAnEmptyList() throws Exception {
        assertAnswer(200, "{\"names\": []}", "q=");
        assertAnswer(200, "{\"names\": []}", "q=" + encode(",;-"));
        assertAnswer(200, "{\"names\": []}", "q=zzzq");
        assertAnswer(200, "{\"names\": []}", "");
    }

    @Test
    void aLimitOutsideOneToFiftyIsRefused() throws Exception {
        assertAnswer(400, "{\"error\": \"limit: a whole number from 1 to 50, not '0'\"}", "q=iran&limit=0");
        assertAnswer(400, "{\"error\": \"limit: a whole number from 1 to 50, not 'many'\"}", "q=iran&limit=many");
        assertAnswer(400, "{\"error\": \"limit: a whole number from 1 to 50, not '51'\"}", "q=iran&limit=51");
    }

    private static void assertAnswer(int status, String expected, String query) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(server.baseUrl() + "browse/names?" + query)).GET().build(),
                                           HttpResponse.BodyHandlers.ofString());
        assertEquals(status, r.statusCode(), r.body());
        assertEquals("application/json;charset=utf-8", r.headers().firstValue("Content-Type").orElse("").replace(" ", "").toLowerCase());
        assertEquals(JSON.parseAny(expected), JSON.parseAny(r.body()), query);
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
