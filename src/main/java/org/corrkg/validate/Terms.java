package org.corrkg.validate;

import org.apache.jena.graph.Node;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.util.FmtUtils;
import org.corrkg.Excerpt;
import org.corrkg.vocab.Prefixes;

/** Short, readable names for nodes in messages. */
final class Terms {

    static final PrefixMapping PREFIXES = Prefixes.ALL;

    /** The node as Turtle, prefixed where a prefix fits, cut to a short excerpt: data can hold an 8,000-character IRI. */
    static String show(Node node) {
        String shown = FmtUtils.stringForNode(node, PREFIXES);
        if (shown.length() <= Excerpt.LENGTH)
            return shown;
        // Keep the closing bracket or quote so the excerpt still reads as a term.
        char last = shown.charAt(shown.length() - 1);
        return Excerpt.of(shown) + (last == '>' || last == '"' ? String.valueOf(last) : "");
    }

    private Terms() {}
}
