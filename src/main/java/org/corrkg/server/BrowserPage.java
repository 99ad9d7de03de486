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
 */
final class BrowserPage extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Pattern SCRIPT = Pattern.compile("src=\"\\./(static/[^\"]+\\.js)\"");
    private static final Pattern STYLE = Pattern.compile("href=\"\\./(static/[^\"]+\\.css)\"");

    private final String html;

    BrowserPage(String dataset) {
        String ui = Bundle.read("webapp/index.html");
        this.html = Bundle.read("web/index.html")
                .replace("{{dataset}}", dataset)
                .replace("{{fusekiScript}}", find(SCRIPT, ui))
                .replace("{{fusekiStyle}}", find(STYLE, ui));
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        resp.setContentType("text/html; charset=utf-8");
        resp.setHeader("X-Content-Type-Options", "nosniff");
        resp.getOutputStream().write(html.getBytes(StandardCharsets.UTF_8));
    }

    private static String find(Pattern p, String html) {
        Matcher m = p.matcher(html);
        if (!m.find())
            throw new CorrkgException("The Fuseki UI's index.html has changed: no " + p.pattern());
        return m.group(1);
    }
}
