package org.corrkg.server;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.Map;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.corrkg.bundle.Bundle;
import org.corrkg.source.SourceFile;
import org.corrkg.vocab.CORR;

/**
 * The ontology at {@code /ontology}, which {@code https://w3id.org/corrkg/ontology} and every
 * term {@code https://w3id.org/corrkg/ontology#Term} dereference to (a fragment never reaches
 * a server): the bundled {@code ontology/corrkg.ttl} as it is, in the syntax the
 * {@code Accept} header asks for ({@link RdfAnswer}), or for a browser a page listing its
 * classes and properties with their labels and comments, each at its own anchor
 * ({@code /ontology#Letter}). The answers are made once, when the server starts.
 */
final class OntologyDocument extends HttpServlet {

    private static final long serialVersionUID = 1L;

    private final Map<RdfAnswer, byte[]> answers = new EnumMap<>(RdfAnswer.class);

    OntologyDocument() {
        Graph g = RDFParser.fromString(Bundle.read(SourceFile.ONTOLOGY), Lang.TURTLE).toGraph();
        String ontology = CORR.NS.substring(0, CORR.NS.length() - 1);
        for (RdfAnswer a : RdfAnswer.values())
            answers.put(a, a == RdfAnswer.HTML
                    ? HtmlPages.ontology(g, NodeFactory.createURI(ontology)).getBytes(StandardCharsets.UTF_8)
                    : a.write(g));
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        RdfAnswer answer = RdfAnswer.chosen(req);
        if (answer == null) {
            RdfAnswer.refuse(resp, HttpServletResponse.SC_NOT_ACCEPTABLE,
                             "Cannot answer " + req.getHeader("Accept") + ": ask for " + RdfAnswer.offered(), false);
            return;
        }
        answer.send(resp, answers.get(answer));
    }
}
