package org.corrkg.server;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.corrkg.Excerpt;

/**
 * Refuses (413) a query longer than the limit however it comes (GET {@code ?query=}, a
 * POSTed form, a POSTed {@code application/sparql-query} body) and any body longer than a
 * query could need, before Fuseki reads it. Parsing and planning a query are not under the
 * query timeout, and cost more than linearly in its length: an unbounded query was enough
 * to stall every other query's timeout for minutes. A body must state its length (411), so
 * it can be refused without reading it.
 */
final class SizeLimits implements Filter {

    static final int BAD_REQUEST = 400;
    static final int LENGTH_REQUIRED = 411;
    static final int TOO_LARGE = 413;
    static final int UNSUPPORTED_TYPE = 415;

    private final int maxQueryBytes;

    SizeLimits(int maxQueryBytes) {
        this.maxQueryBytes = maxQueryBytes;
    }

    /** A form may percent-encode every byte of the query (three characters each), plus room for its other fields. */
    static int maxFormBytes(int maxQueryBytes) {
        return 3 * maxQueryBytes + 4096;
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest req = (HttpServletRequest) request;
        HttpServletResponse resp = (HttpServletResponse) response;
        Refusal refusal = refusal(req);
        if (refusal == null)
            chain.doFilter(request, response);
        else
            EarlyRefusal.send(req, resp, refusal.status(), refusal.message());
    }

    private record Refusal(int status, String message) {}

    /** Why the request is refused, or null. */
    private Refusal refusal(HttpServletRequest req) {
        long length = req.getContentLengthLong();
        if (length < 0 && req.getHeader("Transfer-Encoding") != null)
            return new Refusal(LENGTH_REQUIRED, "A request body must state its length (Content-Length)");
        // Jetty throws (a 500) on a charset it does not know once anything asks for the type or the parameters.
        String charset = charset(req.getHeader("Content-Type"));
        if (charset != null && !supported(charset))
            return new Refusal(UNSUPPORTED_TYPE, "Unsupported charset '" + Excerpt.of(charset) + "' in the Content-Type");
        String type = req.getContentType() == null ? "" : req.getContentType().toLowerCase(java.util.Locale.ROOT);
        // A GET has no body: Fuseki 5.6 fails with a NullPointerException (500) on one that claims a SPARQL body.
        if ((req.getMethod().equals("GET") || req.getMethod().equals("HEAD")) && type.startsWith("application/sparql-"))
            return new Refusal(BAD_REQUEST, "A GET sends its query as ?query=...; send an application/sparql-query body with POST");
        if (type.startsWith("application/sparql-query") && length > maxQueryBytes)
            return queryRefusal(length);
        boolean form = type.startsWith("application/x-www-form-urlencoded");
        long maxBody = form ? maxFormBytes(maxQueryBytes) : maxQueryBytes;
        if (length > maxBody)
            return new Refusal(TOO_LARGE, "The request body is " + length + " bytes; this server takes bodies of up to " + maxBody + " bytes");
        String query = req.getParameter("query");
        if (query != null) {
            int bytes = query.getBytes(StandardCharsets.UTF_8).length;
            if (bytes > maxQueryBytes)
                return queryRefusal(bytes);
        }
        return null;
    }

    /** The charset parameter of a Content-Type header, or null. */
    static String charset(String contentType) {
        if (contentType == null)
            return null;
        for (String part : contentType.split(";")) {
            String p = part.strip();
            if (p.regionMatches(true, 0, "charset=", 0, 8))
                return p.substring(8).replace("\"", "").strip();
        }
        return null;
    }

    private static boolean supported(String charset) {
        try {
            return java.nio.charset.Charset.isSupported(charset);
        } catch (java.nio.charset.IllegalCharsetNameException e) {
            return false;
        }
    }

    private Refusal queryRefusal(long bytes) {
        return new Refusal(TOO_LARGE, "The query is " + bytes + " bytes; this server takes queries of up to " + maxQueryBytes + " bytes");
    }
}
