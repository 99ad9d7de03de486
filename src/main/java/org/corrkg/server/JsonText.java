package org.corrkg.server;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletResponse;

import org.apache.jena.atlas.json.JsonObject;

/** A small JSON answer of the page's own endpoints, as UTF-8, never sniffed as anything else. */
final class JsonText {

    static void send(HttpServletResponse resp, int status, JsonObject json) throws IOException {
        byte[] bytes = json.toString().getBytes(StandardCharsets.UTF_8);
        resp.setStatus(status);
        resp.setContentType("application/json; charset=utf-8");
        resp.setHeader("X-Content-Type-Options", "nosniff");
        resp.setContentLength(bytes.length);
        resp.getOutputStream().write(bytes);
    }

    private JsonText() {}
}
