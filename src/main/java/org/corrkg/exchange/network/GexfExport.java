package org.corrkg.exchange.network;

import java.io.OutputStream;
import java.util.Iterator;

import org.apache.jena.graph.Node;
import org.corrkg.exchange.Communication;
import org.corrkg.exchange.Correspondence;
import org.corrkg.exchange.XmlOut;

/**
 * The correspondence network as GEXF 1.3 for Gephi: actors are nodes (label, type);
 * each communication is a directed edge from each sender to each recipient, with its
 * type, date bounds and disputed flag. Edges carry {@code start} and {@code end} from the
 * date bounds, so Gephi's timeline filters the network by time.
 * Edges come in date order (see {@link org.corrkg.exchange.Correspondence#communicationsByDate}).
 */
public final class GexfExport {

    public static final String NS = "http://gexf.net/1.3";

    public static void write(Correspondence corr, OutputStream out) {
        try (XmlOut x = new XmlOut(out, NS)) {
            x.start("gexf", "version", "1.3").namespace(NS);
            x.start("meta").element("creator", "corrkg").element("description", "Who wrote to whom: actors and communications").end();
            x.start("graph", "defaultedgetype", "directed", "mode", "dynamic", "timeformat", "date");
            x.start("attributes", "class", "node", "mode", "static")
             .element("attribute", null, "id", "type", "title", "type", "type", "string").end();
            x.start("attributes", "class", "edge", "mode", "static")
             .element("attribute", null, "id", "communication", "title", "communication", "type", "string")
             .element("attribute", null, "id", "type", "title", "type", "type", "string")
             .element("attribute", null, "id", "date", "title", "date as written", "type", "string")
             .element("attribute", null, "id", "earliest", "title", "earliest", "type", "string")
             .element("attribute", null, "id", "latest", "title", "latest", "type", "string")
             .element("attribute", null, "id", "disputed", "title", "disputed", "type", "boolean")
             .element("attribute", null, "id", "place_sent", "title", "place_sent", "type", "string")
             .element("attribute", null, "id", "place_received", "title", "place_received", "type", "string").end();
            x.start("nodes");
            for (Iterator<Correspondence.Actor> it = corr.actors(); it.hasNext();) {
                Correspondence.Actor a = it.next();
                x.start("node", "id", a.iri().getURI(), "label", a.label())
                 .start("attvalues").element("attvalue", null, "for", "type", "value", corr.label(a.type())).end()
                 .end();
            }
            x.end();
            x.start("edges");
            for (Iterator<Communication> it = corr.communicationsByDate(); it.hasNext();) {
                Communication c = it.next();
                int n = 0;
                for (Node s : c.senders())
                    for (Node r : c.recipients())
                        if (!s.equals(r))
                            edge(x, corr, c, s, r, ++n);
            }
            x.end();
            x.end().end();
        }
    }

    private static void edge(XmlOut x, Correspondence corr, Communication c, Node s, Node r, int n) {
        x.start("edge", "id", c.iri().getURI() + " " + n, "source", s.getURI(), "target", r.getURI(),
                "label", corr.label(c.type()), "start", c.earliest(), "end", c.latest());
        x.start("attvalues")
         .element("attvalue", null, "for", "communication", "value", c.iri().getURI())
         .element("attvalue", null, "for", "type", "value", corr.label(c.type()))
         .element("attvalue", null, "for", "date", "value", c.dateAsWritten() != null ? c.dateAsWritten() : c.edtf())
         .element("attvalue", null, "for", "earliest", "value", c.earliest())
         .element("attvalue", null, "for", "latest", "value", c.latest())
         .element("attvalue", null, "for", "disputed", "value", String.valueOf(c.isDisputed()));
        String sent = GraphmlExport.places(corr, c.sentFrom());
        String received = GraphmlExport.places(corr, c.sentTo());
        if (sent != null)
            x.element("attvalue", null, "for", "place_sent", "value", sent);
        if (received != null)
            x.element("attvalue", null, "for", "place_received", "value", received);
        x.end();
        x.end();
    }

    private GexfExport() {}
}
