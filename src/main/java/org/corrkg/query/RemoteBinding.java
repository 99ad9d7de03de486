package org.corrkg.query;

import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.expr.E_Bound;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprFunction1;
import org.apache.jena.sparql.expr.ExprTransformCopy;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.syntax.syntaxtransform.ElementTransformCopyBase;
import org.apache.jena.sparql.syntax.syntaxtransform.QueryTransformOps;

/**
 * Binds parameters into a query that goes to another SPARQL server as text: the same
 * syntactic substitution Jena applies in this process, after which {@code bound(?actor)}
 * (which the library's queries use for optional parameters) would read
 * {@code bound(<iri>)}, not SPARQL; it is written as {@code true}, which is what it means.
 * A bound variable of {@code ORDER BY} is left out of it.
 */
public final class RemoteBinding {

    public static Query bind(Query query, Map<String, Node> bindings) {
        if (bindings.isEmpty())
            return query;
        Map<Var, Node> vars = new LinkedHashMap<>();
        bindings.forEach((name, node) -> vars.put(Var.alloc(name), node));
        return standard(QueryTransformOps.transform(query, vars));
    }

    /**
     * {@code query}, already substituted (as Jena substitutes in this process), with each
     * {@code bound(<term>)} written {@code true}, so another store reads it.
     */
    public static Query standard(Query query) {
        Query q = QueryTransformOps.transform(query, new ElementTransformCopyBase(), new ExprTransformCopy() {
            @Override
            public Expr transform(ExprFunction1 func, Expr arg) {
                if (func instanceof E_Bound && arg.isConstant())
                    return NodeValue.TRUE;
                return super.transform(func, arg);
            }
        });
        // A variable of ORDER BY bound to a term sorts nothing; Virtuoso (7.2.5) refuses the
        // constant there as a syntax error.
        if (q.getOrderBy() != null)
            q.getOrderBy().removeIf(c -> c.getExpression().isConstant());
        return q;
    }

    private RemoteBinding() {}
}
