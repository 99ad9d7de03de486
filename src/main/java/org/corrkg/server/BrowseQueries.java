package org.corrkg.server;

import java.io.IOException;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.corrkg.query.NamedQuery;
import org.corrkg.query.Parameter;
import org.corrkg.query.QueryLibrary;

/**
 * The browser page's queries ({@code queries/browse/}) at {@code /browse/queries.json}: for
 * each, its text and the parameters its header declares, as the query library parses them,
 * so the page and the command line read one header grammar; and, for a query with a portable
 * form ({@code queries/portable/}), that form, which the page asks where the store refuses the
 * query (a store elsewhere behind {@code serve --endpoint}).
 */
final class BrowseQueries extends HttpServlet {

    private static final long serialVersionUID = 1L;
    static final String FOLDER = "browse/";

    private final Revalidated json;

    BrowseQueries(QueryLibrary library) {
        JsonObject all = new JsonObject();
        for (NamedQuery q : library.under(FOLDER)) {
            JsonObject entry = entry(q);
            library.portable(q).ifPresent(form -> entry.put("portable", entry(form)));
            all.put(q.name().substring(FOLDER.length()), entry);
        }
        this.json = Revalidated.of(all.toString());
    }

    /** A query's title, text and parameters; its portable form, where it has one, is another such entry within it. */
    private static JsonObject entry(NamedQuery q) {
        JsonArray params = new JsonArray();
        for (Parameter p : q.parameters()) {
            JsonObject param = new JsonObject();
            param.put("name", p.name());
            param.put("kind", p.kind().word());
            param.put("optional", p.optional());
            params.add(param);
        }
        JsonObject entry = new JsonObject();
        entry.put("title", q.title());
        entry.put("text", q.text());
        entry.put("parameters", params);
        return entry;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        resp.setContentType("application/json; charset=utf-8");
        resp.setHeader("X-Content-Type-Options", "nosniff");
        json.send(req, resp);
    }
}
