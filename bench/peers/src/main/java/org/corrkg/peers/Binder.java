package org.corrkg.peers;

import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.expr.E_Bound;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprFunction1;
import org.apache.jena.sparql.expr.ExprTransformCopy;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.syntax.syntaxtransform.ElementTransformCopyBase;
import org.apache.jena.sparql.syntax.syntaxtransform.QueryTransformOps;

/**
 * Binds parameters into a query's text by Jena's syntactic substitution, so every system
 * parses and runs the same constant query: RDF4J's initial bindings and Jena's
 * substitution differ inside sub-selects, and a server takes only text. corrkg's queries
 * test optional parameters with {@code BOUND(?x)}, which after substitution would read
 * {@code BOUND(<iri>)}, not SPARQL: it becomes {@code true}, which is what it means.
 */
final class Binder {

    static String bind(String queryText, Map<String, Node> bindings, long limit) {
        Query query = QueryFactory.create(queryText);
        if (!bindings.isEmpty()) {
            Map<Var, Node> vars = new LinkedHashMap<>();
            bindings.forEach((name, node) -> vars.put(Var.alloc(name), node));
            query = QueryTransformOps.transform(query, vars);
            query = QueryTransformOps.transform(query, new ElementTransformCopyBase(), new ExprTransformCopy() {
                @Override
                public Expr transform(ExprFunction1 func, Expr arg) {
                    if (func instanceof E_Bound && arg.isConstant())
                        return NodeValue.TRUE;
                    return super.transform(func, arg);
                }
            });
        }
        if (limit > 0)
            query.setLimit(limit);
        return query.serialize();
    }

    private Binder() {}
}
