package org.corrkg.server;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Dataset;
import org.corrkg.CorrkgException;
import org.corrkg.query.Parameter;
import org.corrkg.query.QueryLibrary;
import org.corrkg.query.QuerySource;
import org.corrkg.query.Resolver;

/**
 * What a person types for an actor, place, topic or type where the page wants one, as in the
 * address {@code /?actor=Khamenei&type=letter}: {@code /browse/resolve?kind=actor&name=Khamenei}
 * answers the IRI the command line would take for it, by the same rules ({@link Resolver}:
 * any name in any order, case and accents) as {@code {"iri": ...}}, or as {@code {"error": ...}}
 * why there is none (unknown, with the nearest names; or shared, with each candidate), in the
 * words the command line uses.
 */
final class BrowseResolve extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final List<Parameter.Kind> KINDS = List.of(Parameter.Kind.ACTOR, Parameter.Kind.TYPE, Parameter.Kind.TOPIC,
                                                              Parameter.Kind.OFFICE, Parameter.Kind.PLACE);

    private final transient QuerySource source;
    private final transient QueryLibrary library;

    BrowseResolve(Dataset dataset, QueryLibrary library) {
        this.source = QuerySource.of(dataset);
        this.library = library;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String kindWord = req.getParameter("kind");
        String name = req.getParameter("name");
        Parameter.Kind kind = KINDS.stream().filter(k -> k.word().equals(kindWord)).findFirst().orElse(null);
        if (kind == null || name == null || name.isBlank()) {
            answer(resp, HttpServletResponse.SC_BAD_REQUEST, "error",
                   "Give kind (actor, type, topic, office or place) and name: /browse/resolve?kind=actor&name=Khamenei");
            return;
        }
        try {
            Node iri = source.read(() -> new Resolver(source, library).resolve(kind, name));
            answer(resp, HttpServletResponse.SC_OK, "iri", iri.getURI());
        } catch (CorrkgException e) {
            // The question was understood and has an answer: no such name. Not a missing resource
            // (a browser would log a 404 as a failed load).
            answer(resp, HttpServletResponse.SC_OK, "error", e.getMessage());
        }
    }

    private static void answer(HttpServletResponse resp, int status, String field, String value) throws IOException {
        JsonObject json = new JsonObject();
        json.put(field, value);
        JsonText.send(resp, status, json);
    }
}
