package org.corrkg.exchange;

import java.io.OutputStream;
import java.time.Instant;
import java.util.Locale;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.corrkg.exchange.cmif.CmifExport;
import org.corrkg.exchange.csv.CsvExport;
import org.corrkg.exchange.network.GexfExport;
import org.corrkg.exchange.network.GraphmlExport;
import org.corrkg.exchange.rdf.RdfExport;
import org.corrkg.exchange.rdf.RdfSyntax;

/** Every format corrkg exports to: the RDF syntaxes, CMIF, the two network formats and CSV. */
public enum ExportFormat {
    TURTLE(RdfSyntax.TURTLE), NTRIPLES(RdfSyntax.NTRIPLES), NQUADS(RdfSyntax.NQUADS), TRIG(RdfSyntax.TRIG),
    JSONLD(RdfSyntax.JSONLD), RDFXML(RdfSyntax.RDFXML), CMIF(null), GEXF(null), GRAPHML(null), CSV(null);

    private final RdfSyntax rdf;

    ExportFormat(RdfSyntax rdf) {
        this.rdf = rdf;
    }

    /** The RDF syntax, or null for the other formats. */
    public RdfSyntax rdfSyntax() {
        return rdf;
    }

    /** True for the RDF syntaxes, which can write one named graph alone. */
    public boolean isRdf() {
        return rdf != null;
    }

    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * Writes {@code dsg} (or, for an RDF syntax, only {@code graph} when it is not null);
     * call inside a read transaction. {@code now} dates a CMIF file's publication statement.
     */
    public void write(DatasetGraph dsg, Node graph, Instant now, OutputStream out) {
        if (rdf != null) {
            RdfExport.write(dsg, rdf, graph, out);
            return;
        }
        Correspondence corr = new Correspondence(dsg);
        switch (this) {
            case CMIF -> CmifExport.write(corr, CmifExport.Header.defaults(now), out);
            case GEXF -> GexfExport.write(corr, out);
            case GRAPHML -> GraphmlExport.write(corr, out);
            case CSV -> CsvExport.write(corr, out);
            default -> throw new IllegalStateException(name());
        }
    }
}
