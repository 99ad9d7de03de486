package org.corrkg.server;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;


/**
 * Answers a request that is refused before its body has been read. Jetty drops such a
 * connection once the answer is out, since the unread body would otherwise be taken for
 * the next request. The answer says so ({@code Connection: close}): a client that keeps
 * connections open would otherwise send its next request down a connection about to be
 * closed, and get no answer at all.
 */
final class EarlyRefusal {

    private EarlyRefusal() {}

    static void send(HttpServletRequest req, HttpServletResponse resp, int status, String message) throws IOException {
        if (req.getContentLengthLong() > 0 || req.getHeader("Transfer-Encoding") != null)
            resp.setHeader("Connection", "close");
        PlainText.send(resp, status, message);
    }
}
