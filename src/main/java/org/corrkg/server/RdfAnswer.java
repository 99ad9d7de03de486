package org.corrkg.server;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.jena.atlas.web.AcceptList;
import org.apache.jena.atlas.web.MediaType;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFWriter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.corrkg.exchange.rdf.RdfExport;
import org.corrkg.exchange.rdf.RdfSyntax;

/**
 * Content negotiation for linked data: which answer an {@code Accept} header asks for, and
 * writing a graph in it. Offered, in this order of preference when a client has none (no
 * header, {@code *}{@code /*}): Turtle, JSON-LD (compacted with corrkg's published context;
 * also for {@code application/json}), N-Triples, RDF/XML, then the HTML page (also for
 * {@code application/xhtml+xml}). A browser's usual header ({@code text/html,...,*}{@code /*;q=0.8})
 * gets the page; a header naming nothing offered gets 406; one that cannot be read counts as none.
 */
enum RdfAnswer {
    TURTLE("text/turtle"),
    JSONLD("application/ld+json"),
    NTRIPLES("application/n-triples"),
    RDFXML("application/rdf+xml"),
    HTML("text/html");

    /** What the answers vary by; sent with every one, the 303s and 404s too. */
    static final String VARY = "Accept";

    private static final AcceptList OFFERS = AcceptList.create(
            "text/turtle", "application/ld+json", "application/n-triples", "application/rdf+xml", "text/html",
            "application/json", "application/xhtml+xml");

    final String mediaType;

    RdfAnswer(String mediaType) {
        this.mediaType = mediaType;
    }

    /** The answer the request asks for, or null when its Accept header names nothing offered. */
    static RdfAnswer chosen(HttpServletRequest req) {
        String accept = req.getHeader("Accept");
        if (accept == null || accept.isBlank())
            return TURTLE;
        MediaType match;
        try {
            match = AcceptList.match(new AcceptList(accept), OFFERS);
        } catch (RuntimeException unreadable) {
            return TURTLE;
        }
        if (match == null)
            return null;
        return switch (match.getContentTypeStr()) {
            case "text/turtle" -> TURTLE;
            case "application/ld+json", "application/json" -> JSONLD;
            case "application/n-triples" -> NTRIPLES;
            case "application/rdf+xml" -> RDFXML;
            default -> HTML;
        };
    }

    /** The media types offered, for a 406's message. */
    static String offered() {
        return "text/turtle, application/ld+json, application/n-triples, application/rdf+xml or text/html";
    }

    /** The graph in this syntax (not HTML). */
    byte[] write(Graph graph) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        switch (this) {
            case TURTLE -> RDFWriter.source(graph).format(RDFFormat.TURTLE_PRETTY).output(out);
            case NTRIPLES -> RDFWriter.source(graph).format(RDFFormat.NTRIPLES).output(out);
            case RDFXML -> RDFWriter.source(graph).format(RDFFormat.RDFXML_PLAIN).output(out);
            case JSONLD -> {
                Node name = NodeFactory.createURI("urn:x-corrkg:description");
                DatasetGraph dsg = DatasetGraphFactory.create();
                dsg.addGraph(name, graph);
                RdfExport.write(dsg, RdfSyntax.JSONLD, name, out);
            }
            case HTML -> throw new IllegalStateException("HTML is written by the page, not from a graph");
        }
        return out.toByteArray();
    }

    /** Sends {@code body} as this answer, whole and with its length (nothing for HEAD but the headers). */
    void send(HttpServletResponse resp, byte[] body) throws IOException {
        resp.setHeader("Vary", VARY);
        resp.setContentType(this == HTML ? "text/html; charset=utf-8"
                            : this == NTRIPLES || this == RDFXML ? mediaType : mediaType + "; charset=utf-8");
        resp.setHeader("X-Content-Type-Options", "nosniff");
        if (this == HTML)
            BrowserPage.secure(resp);
        resp.setContentLength(body.length);
        resp.getOutputStream().write(body);
    }

    /** One line of text (or a small page for a browser) with {@code status}: a 404 or 406. */
    static void refuse(HttpServletResponse resp, int status, String line, boolean browser) throws IOException {
        resp.setStatus(status);
        resp.setHeader("Vary", VARY);
        resp.setHeader("X-Content-Type-Options", "nosniff");
        byte[] body;
        if (browser) {
            BrowserPage.secure(resp);
            resp.setContentType("text/html; charset=utf-8");
            body = HtmlPages.message(status == 404 ? "Not found" : "Not acceptable", line).getBytes(StandardCharsets.UTF_8);
        } else {
            resp.setContentType("text/plain; charset=utf-8");
            body = (line + "\n").getBytes(StandardCharsets.UTF_8);
        }
        resp.setContentLength(body.length);
        resp.getOutputStream().write(body);
    }
}
