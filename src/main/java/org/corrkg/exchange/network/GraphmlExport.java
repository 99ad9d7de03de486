package org.corrkg.exchange.network;

import java.io.OutputStream;
import java.util.Iterator;

import org.apache.jena.graph.Node;
import org.corrkg.exchange.Communication;
import org.corrkg.exchange.Correspondence;
import org.corrkg.exchange.XmlOut;

/**
 * The correspondence network as GraphML for Cytoscape, yEd and igraph: actors are nodes
 * (label, type), each communication a directed edge from each sender to each recipient
 * (communication, type, date as written, earliest, latest, disputed).
 * Edges come in date order (see {@link org.corrkg.exchange.Correspondence#communicationsByDate}).
 */
public final class GraphmlExport {

    public static final String NS = "http://graphml.graphdrawing.org/xmlns";

    public static void write(Correspondence corr, OutputStream out) {
        try (XmlOut x = new XmlOut(out, NS)) {
            x.start("graphml").namespace(NS);
            key(x, "label", "node", "label", "string");
            key(x, "actorType", "node", "type", "string");
            key(x, "communication", "edge", "communication", "string");
            key(x, "type", "edge", "type", "string");
            key(x, "date", "edge", "date as written", "string");
            key(x, "earliest", "edge", "earliest", "string");
            key(x, "latest", "edge", "latest", "string");
            key(x, "disputed", "edge", "disputed", "boolean");
            key(x, "placeSent", "edge", "place_sent", "string");
            key(x, "placeReceived", "edge", "place_received", "string");
            x.start("graph", "id", "corrkg", "edgedefault", "directed");
            for (Iterator<Correspondence.Actor> it = corr.actors(); it.hasNext();) {
                Correspondence.Actor a = it.next();
                x.start("node", "id", a.iri().getURI())
                 .element("data", a.label(), "key", "label")
                 .element("data", corr.label(a.type()), "key", "actorType")
                 .end();
            }
            for (Iterator<Communication> it = corr.communicationsByDate(); it.hasNext();) {
                Communication c = it.next();
                int n = 0;
                for (Node s : c.senders())
                    for (Node r : c.recipients())
                        if (!s.equals(r)) {
                            x.start("edge", "id", c.iri().getURI() + " " + (++n), "source", s.getURI(), "target", r.getURI())
                             .element("data", c.iri().getURI(), "key", "communication")
                             .element("data", corr.label(c.type()), "key", "type")
                             .element("data", c.dateAsWritten() != null ? c.dateAsWritten() : c.edtf(), "key", "date")
                             .element("data", c.earliest(), "key", "earliest")
                             .element("data", c.latest(), "key", "latest")
                             .element("data", String.valueOf(c.isDisputed()), "key", "disputed");
                            String sent = places(corr, c.sentFrom());
                            String received = places(corr, c.sentTo());
                            if (sent != null)
                                x.element("data", sent, "key", "placeSent");
                            if (received != null)
                                x.element("data", received, "key", "placeReceived");
                            x.end();
                        }
            }
            x.end().end();
        }
    }

    /** Places by name, joined by "; "; null (no data element) when there are none. */
    static String places(Correspondence corr, java.util.List<Node> places) {
        return places.isEmpty() ? null : String.join("; ", places.stream().map(corr::label).toList());
    }

    private static void key(XmlOut x, String id, String target, String name, String type) {
        x.element("key", null, "id", id, "for", target, "attr.name", name, "attr.type", type);
    }

    private GraphmlExport() {}
}
