package org.corrkg.server;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletResponse;

/**
 * An error answered as one line of UTF-8 text, as Fuseki answers its own. Fuseki's
 * {@code ServletOps.responseSendError} (5.6) gives the message's length in characters as the
 * Content-Length and writes it through {@code ServletOutputStream.print}, which takes only
 * ISO 8859-1: a message that quotes a name in Persian, Greek or Chinese failed as an empty
 * 500. corrkg's own refusals go through here; Fuseki's are mended by {@link WholeAnswers}.
 */
final class PlainText {

    private PlainText() {}

    static void send(HttpServletResponse resp, int status, String message) throws IOException {
        byte[] body = (message.endsWith("\n") ? message : message + "\n").getBytes(StandardCharsets.UTF_8);
        resp.setStatus(status);
        resp.setHeader("Cache-Control", "must-revalidate,no-cache,no-store");
        resp.setHeader("Pragma", "no-cache");
        resp.setContentType("text/plain");
        resp.setCharacterEncoding("utf-8");
        resp.setContentLength(body.length);
        resp.getOutputStream().write(body);
    }
}
