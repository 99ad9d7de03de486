package org.corrkg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * What the server answers outside the dataset: only the {@code /$/} paths the Fuseki UI
 * reads, no directory listings, and nothing for a Host name that is not this machine's
 * (a web page on another site whose name was rebound to 127.0.0.1).
 */
class ServedPathsTest extends ServedArticle {

    @Test
    void everyFusekiAdminPathAnswers404ExceptTheFourTheUiReads() throws Exception {
        Map<String, Integer> expected = new LinkedHashMap<>();
        for (String served : List.of("GET /$/ping", "GET /$/server", "GET /$/stats", "GET /$/stats/corrkg"))
            expected.put(served, 200);
        for (String path : List.of("/$/validate/query", "/$/validate/update", "/$/validate/iri", "/$/validate/langtag",
                                   "/$/validate/data", "/$/datasets", "/$/datasets/corrkg", "/$/backup/corrkg",
                                   "/$/backups-list", "/$/compact/corrkg", "/$/tasks", "/$/tasks/1", "/$/logs",
                                   "/$/sleep", "/$/metrics", "/$/status", "/$/reload", "/$/shutdown")) {
            expected.put("GET " + path, 404);
            expected.put("POST " + path, 404);
        }
        Map<String, Integer> actual = new LinkedHashMap<>();
        for (String request : expected.keySet()) {
            String[] methodAndPath = request.split(" ");
            actual.put(request, send(methodAndPath[0], methodAndPath[1]).statusCode());
        }
        assertEquals(expected, actual);
    }

    @Test
    void directoriesAreNotListedButTheUiFilesInThemAreServed() throws Exception {
        String script = fusekiScript(send("GET", "/").body());
        Map<String, Integer> expected = new LinkedHashMap<>();
        expected.put("/static/", 404);
        expected.put("/static", 404);
        expected.put("/" + script, 200);
        expected.put("/favicon.ico", 200);
        expected.put("/static/no-such-file.js", 404);
        Map<String, Integer> actual = new LinkedHashMap<>();
        for (String path : expected.keySet())
            actual.put(path, send("GET", path).statusCode());
        assertEquals(expected, actual);
    }

    @Test
    void aHostHeaderNamingAnotherSiteIsRefusedWith421() throws Exception {
        int port = server.port();
        Map<String, String> expected = new LinkedHashMap<>();
        expected.put("127.0.0.1:" + port, "HTTP/1.1 200 OK");
        expected.put("127.0.0.1", "HTTP/1.1 200 OK");
        expected.put("localhost:" + port, "HTTP/1.1 200 OK");
        expected.put("LOCALHOST:" + port, "HTTP/1.1 200 OK");
        expected.put("[::1]:" + port, "HTTP/1.1 200 OK");
        expected.put("attacker.example:" + port, "HTTP/1.1 421 Misdirected Request");
        expected.put("attacker.example", "HTTP/1.1 421 Misdirected Request");
        expected.put("127.0.0.1.attacker.example:" + port, "HTTP/1.1 421 Misdirected Request");
        expected.put("localhost:1", "HTTP/1.1 421 Misdirected Request");
        expected.put("127.0.0.2:" + port, "HTTP/1.1 421 Misdirected Request");
        Map<String, String> actual = new LinkedHashMap<>();
        for (String host : expected.keySet())
            actual.put(host, statusLine("GET /corrkg/sparql?query=ASK%7B%7D HTTP/1.1\r\nHost: " + host
                                        + "\r\nAccept: text/csv\r\nConnection: close\r\n\r\n"));
        assertEquals(expected, actual);
    }

    @Test
    void theRefusalOfAForeignHostSaysWhichNamesAreAnswered() throws Exception {
        String answer = rawRequest("GET /$/ping HTTP/1.1\r\nHost: attacker.example\r\nConnection: close\r\n\r\n");
        String body = answer.substring(answer.indexOf("\r\n\r\n") + 4);
        assertEquals("Host attacker.example is not this server: on 127.0.0.1 it answers only requests for 127.0.0.1, localhost or [::1] (port "
                     + server.port() + ")", body.strip());
    }

    /** The status line of a request sent as raw bytes, since Java's HttpClient will not send a Host header of our choosing. */
    private static String statusLine(String request) throws IOException {
        String answer = rawRequest(request);
        return answer.substring(0, answer.indexOf("\r\n"));
    }

    private static String rawRequest(String request) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", server.port())) {
            socket.setSoTimeout(60_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
        }
    }

    private static HttpResponse<String> send(String method, String path) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path));
        b = method.equals("POST") ? b.POST(HttpRequest.BodyPublishers.ofString("")) : b.GET();
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The Fuseki UI's script, as the page names it. */
    private static String fusekiScript(String page) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\./(static/index-[^\"]+\\.js)").matcher(page);
        if (!m.find())
            throw new AssertionError("no Fuseki UI script in the page: " + page);
        return m.group(1);
    }

    @Test
    void thePagesFilesCarryATagOfTheirContentAndAreNotSentAgainToABrowserThatHoldsThem() throws Exception {
        List<String> seen = new ArrayList<>();
        for (String path : List.of("/browse/app.js", "/browse/app.css", "/browse/queries.json")) {
            HttpResponse<byte[]> first = http.send(HttpRequest.newBuilder(URI.create(server.baseUrl() + path.substring(1))).build(),
                                                   HttpResponse.BodyHandlers.ofByteArray());
            String tag = first.headers().firstValue("ETag").orElse("");
            HttpResponse<byte[]> again = http.send(HttpRequest.newBuilder(URI.create(server.baseUrl() + path.substring(1)))
                                                               .header("If-None-Match", tag).build(), HttpResponse.BodyHandlers.ofByteArray());
            HttpResponse<byte[]> other = http.send(HttpRequest.newBuilder(URI.create(server.baseUrl() + path.substring(1)))
                                                               .header("If-None-Match", "\"0\"").build(), HttpResponse.BodyHandlers.ofByteArray());
            seen.add(path + " " + first.statusCode() + " " + first.headers().firstValue("Cache-Control").orElse("") + " "
                     + tag.matches("\"[0-9a-f]{32}\"") + " " + (first.body().length > 0) + " | " + again.statusCode() + " "
                     + again.body().length + " | " + other.statusCode() + " " + Arrays.equals(first.body(), other.body()));
        }
        assertEquals(List.of("/browse/app.js 200 no-cache true true | 304 0 | 200 true",
                             "/browse/app.css 200 no-cache true true | 304 0 | 200 true",
                             "/browse/queries.json 200 no-cache true true | 304 0 | 200 true"), seen);
    }
}
