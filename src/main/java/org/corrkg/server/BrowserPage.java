package org.corrkg.server;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.corrkg.CorrkgException;
import org.corrkg.bundle.Bundle;

/**
 * The page at {@code /}. The Fuseki UI finds its server from the page's path, so it must
 * live at {@code /} too: this page carries the UI's script and stylesheet, and starts the
 * UI when the address has one of the UI's routes ({@code /#/dataset/corrkg/query}), the
 * correspondence browser otherwise.
 *
 * <p>Both show data anyone may have written, so the page forbids what an injected label
 * would need: inline script, script or connections from another origin, plugins, a
 * {@code <base>}, and being framed. Styles may be inline because the Fuseki UI's icon
 * library adds a {@code <style>} element; neither app needs eval (the UI's bundles mention
 * it only in fallbacks they never reach in a current browser), and its SPARQL editor's
 * request to prefix.cc for prefixes is refused, as every request elsewhere is.
 */
final class BrowserPage extends HttpServlet {

    private static final long serialVersionUID = 1L;

    /** The page's Content-Security-Policy, also sent with the files under {@code /browse/}. */
    static final String POLICY = String.join("; ",
            "default-src 'self'", "script-src 'self'", "style-src 'self' 'unsafe-inline'", "img-src 'self' data:",
            "font-src 'self' data:", "connect-src 'self'", "object-src 'none'", "base-uri 'none'", "form-action 'self'",
            "frame-ancestors 'none'");
    private static final Pattern SCRIPT = Pattern.compile("src=\"\\./(static/[^\"]+\\.js)\"");
    private static final Pattern STYLE = Pattern.compile("href=\"\\./(static/[^\"]+\\.css)\"");

    private final String html;

    BrowserPage(String dataset) {
        String ui = Bundle.read("webapp/index.html");
        this.html = Bundle.read("web/index.html")
                .replace("{{dataset}}", escape(dataset))
                .replace("{{fusekiScript}}", find(SCRIPT, ui))
                .replace("{{fusekiStyle}}", find(STYLE, ui));
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        resp.setContentType("text/html; charset=utf-8");
        secure(resp);
        resp.getOutputStream().write(html.getBytes(StandardCharsets.UTF_8));
    }

    /** The headers that keep a page (and what it loads) from running anything but its own files. */
    static void secure(HttpServletResponse resp) {
        resp.setHeader("Content-Security-Policy", POLICY);
        resp.setHeader("X-Content-Type-Options", "nosniff");
        resp.setHeader("X-Frame-Options", "DENY");
        resp.setHeader("Referrer-Policy", "no-referrer");
    }

    /** Text for an HTML attribute or element. */
    static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;").replace("'", "&#39;");
    }

    private static String find(Pattern p, String html) {
        Matcher m = p.matcher(html);
        if (!m.find())
            throw new CorrkgException("The Fuseki UI's index.html has changed: no " + p.pattern());
        return m.group(1);
    }
}
