package org.corrkg.server;

import static org.corrkg.server.BrowserPage.escape;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.corrkg.vocab.CORR;
import org.corrkg.vocab.Prefixes;

/**
 * Small generated HTML pages for the linked-data paths: a resource that neither the actor nor the
 * communication view shows (a source, an office, a topic...), the ontology's classes and
 * properties, and a refusal. Every text from the store is escaped. Each has the browser's
 * header with its search box: a form that searches without script ({@code /?view=search&q=}),
 * which the browser's own script (the page's policy allows none other) turns into the
 * type-ahead box every page of the browser has.
 */
final class HtmlPages {

    private static final String STYLE = "main.linked-data{max-width:60em;margin:1em auto;padding:0 1em;line-height:1.4}header .site{font-size:1.2rem}header .site a{color:inherit;text-decoration:none}"
            + "dt{font-weight:bold;margin-top:.6em}dd{margin-left:1.5em}code{font-size:.95em}.iri{color:#555;font-size:.9em}"
            + "section{border-top:1px solid #ddd;padding-top:.4em}";

    private HtmlPages() {}

    static String message(String title, String line) {
        return page(title, "<h1>" + escape(title) + "</h1>\n<p>" + escape(line) + "</p>\n<p><a href=\"/\">The correspondence browser</a></p>\n");
    }

    /** A resource's description: its name, its IRI, and what is said of it, property by property. */
    static String description(Graph g, Node resource) {
        String name = label(g, resource);
        StringBuilder b = new StringBuilder();
        b.append("<h1>").append(escape(name == null ? resource.getURI() : name)).append("</h1>\n");
        b.append("<p class=\"iri\"><code>").append(escape(resource.getURI())).append("</code></p>\n");
        b.append(properties(g, resource, "/ontology"));
        b.append("<p>Also as Turtle, JSON-LD, N-Triples and RDF/XML: ask with an <code>Accept</code> header ")
         .append("(<code>text/turtle</code>, <code>application/ld+json</code>, ")
         .append("<code>application/n-triples</code> or <code>application/rdf+xml</code>). ")
         .append("<a href=\"/\">The correspondence browser</a></p>\n");
        return page(name == null ? resource.getURI() : name, b.toString());
    }

    /** The ontology: its title and comment, then every class and property with its label, comment and links. */
    static String ontology(Graph g, Node ontology) {
        StringBuilder b = new StringBuilder();
        String title = literal(g, ontology, org.apache.jena.vocabulary.DCTerms.title.asNode());
        b.append("<h1>").append(escape(title == null ? "corrkg ontology" : title)).append("</h1>\n");
        b.append("<p class=\"iri\"><code>").append(escape(ontology.getURI())).append("</code></p>\n");
        String comment = literal(g, ontology, RDFS.comment.asNode());
        if (comment != null)
            b.append("<p>").append(escape(comment)).append("</p>\n");
        b.append("<p>Also as Turtle, JSON-LD, N-Triples and RDF/XML: ask with an <code>Accept</code> header.</p>\n");
        Map<String, List<Node>> sections = new java.util.LinkedHashMap<>();
        sections.put("Classes", terms(g, OWL.Class.asNode()));
        sections.put("Object properties", terms(g, OWL.ObjectProperty.asNode()));
        sections.put("Datatype properties", terms(g, OWL.DatatypeProperty.asNode()));
        sections.put("Other terms", others(g, sections.values()));
        for (Map.Entry<String, List<Node>> s : sections.entrySet()) {
            if (s.getValue().isEmpty())
                continue;
            b.append("<h2>").append(escape(s.getKey())).append("</h2>\n");
            for (Node term : s.getValue()) {
                String local = term.getURI().substring(CORR.NS.length());
                b.append("<section id=\"").append(escape(local)).append("\">\n<h3>corr:").append(escape(local));
                String label = literal(g, term, RDFS.label.asNode());
                if (label != null)
                    b.append(" <small>(").append(escape(label)).append(")</small>");
                b.append("</h3>\n");
                String c = literal(g, term, RDFS.comment.asNode());
                if (c != null)
                    b.append("<p>").append(escape(c)).append("</p>\n");
                b.append(properties(g, term, ""));
                b.append("</section>\n");
            }
        }
        return page(title == null ? "corrkg ontology" : title, b.toString());
    }

    /** corr: terms the ontology declares, of {@code type}, sorted. */
    private static List<Node> terms(Graph g, Node type) {
        return g.find(Node.ANY, RDF.type.asNode(), type).mapWith(Triple::getSubject)
                .filterKeep(n -> n.isURI() && n.getURI().startsWith(CORR.NS) && n.getURI().length() > CORR.NS.length())
                .toList().stream().distinct().sorted(java.util.Comparator.comparing(Node::getURI)).toList();
    }

    private static List<Node> others(Graph g, java.util.Collection<List<Node>> listed) {
        java.util.Set<Node> done = new java.util.HashSet<>();
        listed.forEach(done::addAll);
        return g.find(Node.ANY, RDF.type.asNode(), Node.ANY).mapWith(Triple::getSubject)
                .filterKeep(n -> n.isURI() && n.getURI().startsWith(CORR.NS) && n.getURI().length() > CORR.NS.length() && !done.contains(n))
                .toList().stream().distinct().sorted(java.util.Comparator.comparing(Node::getURI)).toList();
    }

    /** A definition list of what the graph says of {@code s}; corr: terms link to {@code ontologyPath#Term}. */
    private static String properties(Graph g, Node s, String ontologyPath) {
        Map<String, List<String>> byProperty = new TreeMap<>();
        g.find(s, Node.ANY, Node.ANY).forEachRemaining(t -> {
            // On the ontology's page, a term's label and comment are its heading and first paragraph.
            if (ontologyPath.isEmpty() && (t.getPredicate().equals(RDFS.comment.asNode()) || t.getPredicate().equals(RDFS.label.asNode())))
                return;
            byProperty.computeIfAbsent(term(t.getPredicate(), ontologyPath), k -> new ArrayList<>())
                      .add(value(g, t.getObject(), ontologyPath));
        });
        StringBuilder b = new StringBuilder("<dl>\n");
        byProperty.forEach((p, values) -> {
            b.append("<dt>").append(p).append("</dt>\n");
            values.stream().sorted().forEach(v -> b.append("<dd>").append(v).append("</dd>\n"));
        });
        return b.append("</dl>\n").toString();
    }

    /** An IRI as a link: the graph's own nodes to their linked-data path here, ontology terms to their entry. */
    private static String term(Node n, String ontologyPath) {
        String iri = n.getURI();
        String shown = escape(Prefixes.ALL.shortForm(iri));
        String href;
        if (iri.startsWith(CORR.NS) && iri.length() > CORR.NS.length())
            href = ontologyPath + "#" + iri.substring(CORR.NS.length());
        else if (iri.startsWith(CORR.ID))
            href = "/id/" + iri.substring(CORR.ID.length());
        else if (iri.startsWith(CORR.TOPIC))
            href = "/topic/" + iri.substring(CORR.TOPIC.length());
        else if (iri.startsWith("http://") || iri.startsWith("https://"))
            href = iri;
        else
            return "<code>" + shown + "</code>";
        return "<a href=\"" + escape(href) + "\">" + shown + "</a>";
    }

    private static String value(Graph g, Node o, String ontologyPath) {
        if (o.isLiteral()) {
            String lang = o.getLiteralLanguage();
            return escape(o.getLiteralLexicalForm()) + (lang.isEmpty() ? "" : " <small>@" + escape(lang) + "</small>");
        }
        if (o.isBlank())
            return "<dl>" + properties(g, o, ontologyPath).substring("<dl>\n".length());
        String label = label(g, o);
        return term(o, ontologyPath) + (label == null ? "" : " " + escape(label));
    }

    /** The preferred name, else a label, of {@code n} in {@code g}. */
    private static String label(Graph g, Node n) {
        String pref = literal(g, n, SKOS.prefLabel.asNode());
        return pref != null ? pref : literal(g, n, RDFS.label.asNode());
    }

    /** The first (in Unicode order) literal value of {@code p} on {@code s}, or null. */
    private static String literal(Graph g, Node s, Node p) {
        return g.find(s, p, Node.ANY).mapWith(Triple::getObject).filterKeep(Node::isLiteral)
                .mapWith(Node::getLiteralLexicalForm).toList().stream().sorted().findFirst().orElse(null);
    }

    /**
     * The browser's header: its name, a link home, and the search box (the same ids as the
     * browser's, for its script); the page's own title stays its only {@code h1}.
     */
    private static final String HEADER = "<header class=\"page-header\">\n<strong class=\"site\"><a href=\"/\">corrkg</a></strong>\n"
            + "<nav><a href=\"/\">Overview</a></nav>\n"
            + "<form id=\"search-form\" role=\"search\" action=\"/\" method=\"get\">"
            + "<input type=\"hidden\" name=\"view\" value=\"search\">"
            + "<input type=\"search\" name=\"q\" id=\"search\" autocomplete=\"off\" placeholder=\"Search names and text\" "
            + "aria-label=\"search names and text\"><button type=\"submit\">Search</button></form>\n</header>\n";

    private static String page(String title, String body) {
        return "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
               + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>" + escape(title)
               + "</title>\n<link rel=\"stylesheet\" href=\"/browse/app.css\">\n<style>" + STYLE + "</style>\n"
               + "<script src=\"/browse/app.js\" defer></script>\n</head>\n<body>\n" + HEADER + "<main class=\"linked-data\">\n" + body
               + "</main>\n</body>\n</html>\n";
    }
}
