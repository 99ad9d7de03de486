package org.corrkg.server;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.query.Dataset;
import org.corrkg.query.NameLookup;
import org.corrkg.query.QueryLibrary;
import org.corrkg.query.QuerySource;

/**
 * The page's type-ahead: {@code /browse/names?q=khamenei ali&limit=10} answers the actors and
 * places whose names start as typed, every one in the store and not only the busiest, with
 * accents and case folded and the words in any order ({@link NameLookup#startingAs}), as
 * {@code {"names": [{"iri": ..., "name": ..., "kind": ..., "place": false}, ...]}}. The server
 * reads the names graph for each question, so the page never holds every name.
 */
final class BrowseNames extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final int DEFAULT_LIMIT = 10;
    /** Longer than any name; what is typed beyond it is not read. */
    private static final int MAX_TYPED = 200;

    private final transient QuerySource source;
    private final transient QueryLibrary library;

    BrowseNames(Dataset dataset, QueryLibrary library) {
        this.source = QuerySource.of(dataset);
        this.library = library;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String typed = req.getParameter("q");
        String limitText = req.getParameter("limit");
        int limit;
        try {
            limit = limitText == null ? DEFAULT_LIMIT : Integer.parseInt(limitText);
        } catch (NumberFormatException e) {
            limit = 0;
        }
        if (limit < 1 || limit > NameLookup.MAX_SUGGESTIONS) {
            JsonObject error = new JsonObject();
            error.put("error", "limit: a whole number from 1 to " + NameLookup.MAX_SUGGESTIONS + ", not '" + limitText + "'");
            JsonText.send(resp, HttpServletResponse.SC_BAD_REQUEST, error);
            return;
        }
        String q = typed == null ? "" : typed.length() > MAX_TYPED ? typed.substring(0, MAX_TYPED) : typed;
        int n = limit;
        List<NameLookup.Suggestion> found = source.read(() -> new NameLookup(source, library).startingAs(q, n));
        JsonArray names = new JsonArray();
        for (NameLookup.Suggestion s : found) {
            if (!s.term().isURI())
                continue;
            JsonObject name = new JsonObject();
            name.put("iri", s.term().getURI());
            name.put("name", s.preferred());
            if (s.kind() != null)
                name.put("kind", s.kind());
            name.put("place", s.place());
            names.add(name);
        }
        JsonObject json = new JsonObject();
        json.put("names", names);
        JsonText.send(resp, HttpServletResponse.SC_OK, json);
    }
}
