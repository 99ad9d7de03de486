package org.corrkg.exchange.rdf;

import org.apache.jena.riot.RDFFormat;

/** The RDF syntaxes corrkg exports, and whether each carries named graphs. */
public enum RdfSyntax {
    TURTLE("turtle", RDFFormat.TURTLE_BLOCKS, false),
    NTRIPLES("ntriples", RDFFormat.NTRIPLES, false),
    NQUADS("nquads", RDFFormat.NQUADS, true),
    TRIG("trig", RDFFormat.TRIG_BLOCKS, true),
    JSONLD("jsonld", null, false),
    RDFXML("rdfxml", RDFFormat.RDFXML_PLAIN, false);

    private final String word;
    private final RDFFormat format;
    private final boolean quads;

    RdfSyntax(String word, RDFFormat format, boolean quads) {
        this.word = word;
        this.format = format;
        this.quads = quads;
    }

    public String word() { return word; }

    RDFFormat format() { return format; }

    /** True when the syntax keeps every named graph; the others write one graph. */
    public boolean quads() { return quads; }

    public static RdfSyntax fromWord(String word) {
        for (RdfSyntax s : values())
            if (s.word.equals(word))
                return s;
        return null;
    }
}
