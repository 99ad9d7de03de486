package org.corrkg.validate;

import org.apache.jena.graph.Node;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.util.FmtUtils;
import org.corrkg.vocab.CORR;

/** Short, readable names for nodes in messages. */
final class Terms {

    static final PrefixMapping PREFIXES = PrefixMapping.Factory.create()
            .setNsPrefixes(PrefixMapping.Standard)
            .setNsPrefix("corr", CORR.NS)
            .setNsPrefix("id", CORR.ID)
            .setNsPrefix("topic", CORR.TOPIC)
            .setNsPrefix("skos", "http://www.w3.org/2004/02/skos/core#")
            .lock();

    static String show(Node node) {
        return FmtUtils.stringForNode(node, PREFIXES);
    }

    private Terms() {}
}
