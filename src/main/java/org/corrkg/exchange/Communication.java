package org.corrkg.exchange;

import java.util.List;

import org.apache.jena.graph.Node;
import org.corrkg.vocab.CORR;

/**
 * One communication as the exporters see it: its most specific type and the nodes and
 * values around it. Dates are lexical xsd:date values, null when the bound is open.
 */
public record Communication(Node iri, Node type, String label, String dateAsWritten, String edtf,
                            String earliest, String latest, List<Node> senders, boolean senderUnknown,
                            List<Node> recipients, List<Node> intermediaries, List<Node> topics,
                            Node status, List<Node> evidence, List<Node> sentFrom, List<Node> sentTo) {

    public boolean isDisputed() {
        return CORR.Disputed.asNode().equals(status);
    }
}
