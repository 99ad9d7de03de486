package org.corrkg.validate;

import org.apache.jena.graph.Node;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.util.FmtUtils;
import org.corrkg.vocab.Prefixes;

/** Short, readable names for nodes in messages. */
final class Terms {

    static final PrefixMapping PREFIXES = Prefixes.ALL;

    static String show(Node node) {
        return FmtUtils.stringForNode(node, PREFIXES);
    }

    private Terms() {}
}
