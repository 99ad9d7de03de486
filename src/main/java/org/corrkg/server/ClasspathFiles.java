package org.corrkg.server;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Serves the browser page's files from the classpath under {@code /browse/}: the page's own
 * files from {@code web/} and its queries from {@code queries/browse/}. Nothing is fetched from
 * the internet.
 */
final class ClasspathFiles extends HttpServlet {

    private static final long serialVersionUID = 1L;

    private static final Map<String, String> TYPES = Map.of(
            "html", "text/html; charset=utf-8", "js", "text/javascript; charset=utf-8",
            "css", "text/css; charset=utf-8", "rq", "application/sparql-query; charset=utf-8",
            "svg", "image/svg+xml", "json", "application/json", "geojson", "application/geo+json");

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String path = req.getPathInfo() == null ? "" : req.getPathInfo();
        String resource = resource(path);
        Revalidated file = resource == null ? null : read(resource);
        if (file == null) {
            resp.sendError(HttpServletResponse.SC_NOT_FOUND, "No such file: /browse" + path);
            return;
        }
        String ext = path.substring(path.lastIndexOf('.') + 1);
        resp.setContentType(TYPES.getOrDefault(ext, "application/octet-stream"));
        BrowserPage.secure(resp);
        file.send(req, resp);
    }

    /** The files read so far: the classpath does not change while the server runs. */
    private final Map<String, Revalidated> read = new ConcurrentHashMap<>();

    /** The resource with its tag, read once, or null when there is none. */
    private Revalidated read(String resource) throws IOException {
        Revalidated known = read.get(resource);
        if (known != null)
            return known;
        try (InputStream in = ClasspathFiles.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null)
                return null;
            Revalidated file = Revalidated.of(in.readAllBytes());
            read.put(resource, file);
            return file;
        }
    }

    /** The classpath name for a request path, or null for anything outside the served folders. */
    static String resource(String path) {
        if (path.contains("..") || !path.matches("/[A-Za-z0-9._/-]+"))
            return null;
        if (path.startsWith("/queries/") && path.endsWith(".rq"))
            return "queries/browse/" + path.substring("/queries/".length());
        return "web" + path;
    }
}
