package org.corrkg.server;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.corrkg.vocab.CORR;

/**
 * Dereferences the graph's own IRIs: {@code GET /id/<local>} answers for
 * {@code https://w3id.org/corrkg/id/<local>} (and {@code /topic/<local>} for the topic
 * scheme), chosen by the {@code Accept} header ({@link RdfAnswer}, with {@code Vary: Accept}):
 * <ul>
 * <li>Turtle, JSON-LD, N-Triples or RDF/XML: the resource's concise bounded
 *     {@link Description} (what is said of it, with inferred triples and the names of what it
 *     points to);</li>
 * <li>HTML: for an actor, a place or a communication, 303 See Other to its page in the browser
 *     ({@code /?view=actor&actor=<IRI>}, {@code /?view=place&place=<IRI>},
 *     {@code /?view=communication&c=<IRI>}); for anything else (a source, an office, a topic)
 *     a generated page of its description.</li>
 * </ul>
 * An IRI the store says nothing of is 404: a page for a browser, one line of text otherwise.
 * Reads only, in a read transaction of the store.
 */
final class LinkedData extends HttpServlet {

    private static final long serialVersionUID = 1L;

    /** The characters an IRI's path may hold as they arrive (percent-encoded where they must be). */
    private static final Pattern LOCAL = Pattern.compile("[A-Za-z0-9._~%!$&'()*+,;=:@/-]+");

    private static final Node TYPE = RDF.type.asNode();

    private final transient Dataset dataset;
    private final String path;
    private final String namespace;

    /** Answers under {@code path} (such as {@code /id/}) for the IRIs of {@code namespace}. */
    LinkedData(Dataset dataset, String path, String namespace) {
        this.dataset = dataset;
        this.path = path;
        this.namespace = namespace;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        RdfAnswer answer = RdfAnswer.chosen(req);
        String local = local(req);
        if (answer == null) {
            RdfAnswer.refuse(resp, HttpServletResponse.SC_NOT_ACCEPTABLE,
                             "Cannot answer " + req.getHeader("Accept") + ": ask for " + RdfAnswer.offered(), false);
            return;
        }
        if (local == null) {
            RdfAnswer.refuse(resp, HttpServletResponse.SC_NOT_FOUND, "Not an IRI of this graph: " + req.getRequestURI(), answer == RdfAnswer.HTML);
            return;
        }
        Node resource = NodeFactory.createURI(namespace + local);
        DatasetGraph dsg = dataset.asDatasetGraph();
        Found found = Txn.calculateRead(dataset, () -> {
            if (!Description.known(dsg, resource))
                return null;
            if (answer == RdfAnswer.HTML) {
                String view = view(dsg, resource);
                if (view != null)
                    return new Found(null, view);
            }
            return new Found(Description.of(dsg, resource), null);
        });
        if (found == null) {
            RdfAnswer.refuse(resp, HttpServletResponse.SC_NOT_FOUND, "No such resource: <" + resource.getURI() + ">", answer == RdfAnswer.HTML);
            return;
        }
        if (found.view != null) {
            resp.setHeader("Vary", RdfAnswer.VARY);
            resp.setStatus(HttpServletResponse.SC_SEE_OTHER);
            resp.setHeader("Location", found.view);
            resp.setContentLength(0);
            return;
        }
        byte[] body = answer == RdfAnswer.HTML
                ? HtmlPages.description(found.graph, resource).getBytes(StandardCharsets.UTF_8)
                : answer.write(found.graph);
        answer.send(resp, body);
    }

    private record Found(Graph graph, String view) {}

    /** The browser's page for an actor, a place or a communication, or null for anything else. */
    private static String view(DatasetGraph dsg, Node resource) {
        String iri = URLEncoder.encode(resource.getURI(), StandardCharsets.UTF_8);
        if (dsg.contains(Node.ANY, resource, TYPE, CORR.Actor.asNode()))
            return "/?view=actor&actor=" + iri;
        if (dsg.contains(Node.ANY, resource, TYPE, CORR.Place.asNode()))
            return "/?view=place&place=" + iri;
        if (dsg.contains(Node.ANY, resource, TYPE, CORR.Communication.asNode()))
            return "/?view=communication&c=" + iri;
        return null;
    }

    /** The local part of the IRI asked for, as it was sent (not decoded), or null when it cannot be one. */
    private String local(HttpServletRequest req) {
        String uri = req.getRequestURI();
        String prefix = req.getContextPath() + path;
        if (uri == null || !uri.startsWith(prefix))
            return null;
        String local = uri.substring(prefix.length());
        return LOCAL.matcher(local).matches() ? local : null;
    }
}
