package org.corrkg.exchange.csv;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Collectors;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.jena.graph.Node;
import org.corrkg.exchange.Communication;
import org.corrkg.exchange.Correspondence;
import org.corrkg.vocab.CORR;

/**
 * One row per communication for spreadsheets (RFC 4180 CSV, UTF-8), by date (earliest day,
 * then latest, then IRI; undated last; see {@link Correspondence#communicationsByDate}). Several senders,
 * recipients, intermediaries, topics, places or sources are joined with "; ". Where a letter
 * was sent from and where it was sent to are columns of their own, each with the places'
 * authority IRIs (GeoNames) beside their names where the graph has them.
 */
public final class CsvExport {

    public static final List<String> HEADER = List.of("id", "type", "date as written", "earliest", "latest", "senders",
            "recipients", "intermediaries", "topics", "status", "source",
            "place_sent", "place_sent_iri", "place_received", "place_received_iri");

    public static void write(Correspondence corr, OutputStream out) {
        write(corr, corr.communicationsByDate(), out);
    }

    /** Writes {@code communications}, in their order: a selection of the store, such as a browser view's. */
    public static void write(Correspondence corr, Iterator<Communication> communications, OutputStream out) {
        try {
            Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            CSVPrinter csv = new CSVPrinter(w, CSVFormat.RFC4180.builder().setHeader(HEADER.toArray(String[]::new)).get());
            while (communications.hasNext())
                csv.printRecord(row(corr, communications.next()));
            csv.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A communication's values, one for each column of {@link #HEADER}, none null. */
    public static List<String> row(Correspondence corr, Communication c) {
        return java.util.Arrays.asList(c.iri().getURI(), corr.label(c.type()),
                orEmpty(c.dateAsWritten() != null ? c.dateAsWritten() : c.edtf()),
                orEmpty(c.earliest()), orEmpty(c.latest()),
                c.senderUnknown() && c.senders().isEmpty() ? "(unknown)" : labels(corr, c.senders()),
                labels(corr, c.recipients()), labels(corr, c.intermediaries()), labels(corr, c.topics()),
                c.status() == null ? "" : corr.label(c.status()), sources(corr, c.evidence()),
                labels(corr, c.sentFrom()), iris(c.sentFrom()), labels(corr, c.sentTo()), iris(c.sentTo()));
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }

    private static String labels(Correspondence corr, List<Node> nodes) {
        return nodes.stream().map(corr::label).collect(Collectors.joining("; "));
    }

    /** The places' IRIs where they are authority records (a place local to a file has none): "" for each other. */
    private static String iris(List<Node> places) {
        return places.stream().map(p -> p.isURI() && org.corrkg.exchange.cmif.Authorities.isAuthority(p.getURI()) ? p.getURI() : "")
                     .collect(Collectors.joining("; "));
    }

    /** Each passage as "document, passage". */
    private static String sources(Correspondence corr, List<Node> passages) {
        return passages.stream().map(p -> {
            List<Node> docs = corr.values(p, CORR.inDocument.asNode());
            return docs.isEmpty() ? corr.label(p) : corr.label(docs.get(0)) + ", " + corr.label(p);
        }).collect(Collectors.joining("; "));
    }

    private CsvExport() {}
}
