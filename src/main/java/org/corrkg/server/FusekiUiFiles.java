package org.corrkg.server;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The Fuseki UI's files, from the jena-fuseki-ui jar's {@code webapp/}: its scripts and
 * stylesheets under {@code /static/} and its icon. Only files by name, so a directory (or
 * anything else in the jar) answers 404 rather than a listing.
 */
final class FusekiUiFiles extends HttpServlet {

    private static final long serialVersionUID = 1L;

    private static final Map<String, String> TYPES = Map.of(
            "js", "text/javascript; charset=utf-8", "css", "text/css; charset=utf-8", "ico", "image/x-icon");

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String path = req.getServletPath() + (req.getPathInfo() == null ? "" : req.getPathInfo());
        String ext = path.substring(path.lastIndexOf('.') + 1);
        InputStream in = served(path) ? FusekiUiFiles.class.getClassLoader().getResourceAsStream("webapp" + path) : null;
        if (in == null) {
            resp.sendError(HttpServletResponse.SC_NOT_FOUND, "No such file: " + path);
            return;
        }
        resp.setContentType(TYPES.get(ext));
        resp.setHeader("X-Content-Type-Options", "nosniff");
        try (in) {
            in.transferTo(resp.getOutputStream());
        }
    }

    /** The icon, and files (not folders) directly in {@code /static/} with a type we know. */
    static boolean served(String path) {
        if (path.equals("/favicon.ico"))
            return true;
        return path.matches("/static/[A-Za-z0-9_-][A-Za-z0-9._-]*\\.(js|css)");
    }
}
