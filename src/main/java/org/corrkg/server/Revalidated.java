package org.corrkg.server;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Bytes that do not change while the server runs (the page's files, the bundled library, the
 * browse queries), sent with an entity tag of their content and {@code Cache-Control:
 * no-cache}: a browser keeps them and asks again on every visit, and a request that names the
 * tag it holds ({@code If-None-Match}) is answered 304 without the bytes. The browser then
 * reuses what it compiled of the scripts. A new corrkg, with other files, gives other tags.
 */
record Revalidated(byte[] bytes, String etag) {

    static Revalidated of(byte[] bytes) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(bytes);
            return new Revalidated(bytes, "\"" + HexFormat.of().formatHex(digest, 0, 16) + "\"");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java", e);
        }
    }

    /** Sends the bytes with the content type already set on {@code resp}, or 304 when the browser holds them. */
    void send(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        resp.setHeader("ETag", etag);
        resp.setHeader("Cache-Control", "no-cache");
        if (matches(req.getHeader("If-None-Match"))) {
            resp.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        resp.setContentLength(bytes.length);
        resp.getOutputStream().write(bytes);
    }

    private boolean matches(String ifNoneMatch) {
        if (ifNoneMatch == null)
            return false;
        for (String tag : ifNoneMatch.split(",")) {
            String t = tag.strip();
            if (t.equals("*") || t.equals(etag) || t.equals("W/" + etag))
                return true;
        }
        return false;
    }

    static Revalidated of(String text) {
        return of(text.getBytes(StandardCharsets.UTF_8));
    }
}
