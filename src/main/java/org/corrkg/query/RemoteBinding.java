package org.corrkg.query;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.expr.E_Bound;
import org.apache.jena.sparql.expr.E_LogicalAnd;
import org.apache.jena.sparql.expr.E_LogicalNot;
import org.apache.jena.sparql.expr.E_LogicalOr;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprFunction1;
import org.apache.jena.sparql.expr.ExprFunction2;
import org.apache.jena.sparql.expr.ExprTransformCopy;
import org.apache.jena.sparql.expr.ExprVars;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.syntax.Element;
import org.apache.jena.sparql.syntax.ElementAssign;
import org.apache.jena.sparql.syntax.ElementBind;
import org.apache.jena.sparql.syntax.ElementData;
import org.apache.jena.sparql.syntax.ElementGroup;
import org.apache.jena.sparql.syntax.ElementMinus;
import org.apache.jena.sparql.syntax.ElementService;
import org.apache.jena.sparql.syntax.ElementSubQuery;
import org.apache.jena.sparql.syntax.ElementVisitorBase;
import org.apache.jena.sparql.syntax.ElementWalker;
import org.apache.jena.sparql.syntax.syntaxtransform.ElementTransform;
import org.apache.jena.sparql.syntax.syntaxtransform.ElementTransformCopyBase;
import org.apache.jena.sparql.syntax.syntaxtransform.ElementTransformSubst;
import org.apache.jena.sparql.syntax.syntaxtransform.ElementTransformer;
import org.apache.jena.sparql.syntax.syntaxtransform.ExprTransformNodeElement;
import org.apache.jena.sparql.syntax.syntaxtransform.NodeTransformSubst;
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
     * {@code bound(<term>)} written {@code true}, so another store reads it, and the logic
     * that then has a constant side written as what it comes to ({@code !true || e} as
     * {@code e}: SPARQL's {@code false || e} is {@code e}, errors included). Virtuoso 7.2.5,
     * given {@code FILTER(!true || EXISTS {...})} in a grouped subquery read by date bucket,
     * kept every row (browse/communications under a type: 38 for 8).
     */
    public static Query standard(Query query) {
        Query q = QueryTransformOps.transform(query, new ElementTransformCopyBase(), new ExprTransformCopy() {
            @Override
            public Expr transform(ExprFunction1 func, Expr arg) {
                if (func instanceof E_Bound && arg.isConstant())
                    return NodeValue.TRUE;
                if (func instanceof E_LogicalNot && isBoolean(arg))
                    return NodeValue.booleanReturn(!((NodeValue) arg).getBoolean());
                return super.transform(func, arg);
            }

            @Override
            public Expr transform(ExprFunction2 func, Expr a, Expr b) {
                boolean or = func instanceof E_LogicalOr;
                if (or || func instanceof E_LogicalAnd) {
                    // The side that decides (true for ||, false for &&) decides; the other side leaves the rest.
                    for (Expr[] sides : new Expr[][] {{a, b}, {b, a}})
                        if (isBoolean(sides[0]))
                            return ((NodeValue) sides[0]).getBoolean() == or ? sides[0] : sides[1];
                }
                return super.transform(func, a, b);
            }
        });
        // A variable of ORDER BY bound to a term sorts nothing; Virtuoso (7.2.5) refuses the
        // constant there as a syntax error.
        if (q.getOrderBy() != null)
            q.getOrderBy().removeIf(c -> c.getExpression().isConstant());
        return q;
    }

    private static boolean isBoolean(Expr e) {
        return e instanceof NodeValue v && v.isBoolean();
    }

    /**
     * {@code query} with each one-row {@code VALUES} block that opens the {@code WHERE} of the
     * query or of a subquery (as the browser page binds its parameters, a block on each
     * "# parameters" line) written as its values substituted into the rest of that
     * {@code WHERE}, those the query reads beyond it (selects, groups, orders by) then bound at
     * its end, so that the query gives the same rows. A store elsewhere then reads the
     * parameters as the command line sends them: Virtuoso 7.2.5 takes a property path whose
     * end a {@code VALUES} row gives as unbound at both ends, and refuses the query
     * ("transitive derived table"). A block is left as it is where a variable of it is also
     * bound, or read, in a way substitution would change: by {@code BIND}, another
     * {@code VALUES}, {@code MINUS}, a subquery or {@code SERVICE}; so is a block within a
     * group of its own, and any block of a query that is not a SELECT.
     */
    public static Query inlineValues(Query query) {
        if (query.getQueryPattern() == null)
            return query;
        // A copy to change in place (its subqueries are reached by walking it), read back from
        // its text: standard first, as bound(<term>) is not SPARQL.
        Query copy;
        try {
            copy = QueryFactory.create(standard(query).serialize(query.getSyntax()), query.getSyntax());
        } catch (QueryParseException e) {
            return query;
        }
        return inlineInPlace(copy) ? copy : query;
    }

    private static boolean inlineInPlace(Query query) {
        boolean[] changed = {false};
        ElementWalker.walk(query.getQueryPattern(), new ElementVisitorBase() {
            @Override
            public void visit(ElementSubQuery el) {
                changed[0] |= el.getQuery().getQueryPattern() != null && inlineInPlace(el.getQuery());
            }
        });
        if (!query.isSelectType())
            return changed[0];
        Element where = headValues(query, query.getQueryPattern());
        if (where != query.getQueryPattern()) {
            query.setQueryPattern(where);
            changed[0] = true;
        }
        return changed[0];
    }

    /** {@code where}, the WHERE of {@code query}, with its opening one-row VALUES substituted where that changes nothing else. */
    private static Element headValues(Query query, Element where) {
        if (!(where instanceof ElementGroup g) || g.isEmpty() || !(g.get(0) instanceof ElementData data) || data.getRows().size() != 1)
            return where;
        Binding row = data.getRows().get(0);
        Map<Var, Node> values = new LinkedHashMap<>();
        for (Var v : data.getVars())
            if (row.get(v) != null)
                values.put(v, row.get(v));
        List<Element> rest = g.getElements().subList(1, g.size());
        if (!rest.stream().allMatch(e -> substitutable(values.keySet(), e)))
            return where;
        ElementTransform elements = new ElementTransformSubst(values);
        ExprTransformNodeElement exprs = new ExprTransformNodeElement(new NodeTransformSubst(values), elements);
        ElementGroup group = new ElementGroup();
        for (Element e : rest)
            group.addElement(ElementTransformer.transform(e, elements, exprs));
        Set<Var> read = readBeyondWhere(query);
        values.forEach((v, n) -> {
            if (read == null || read.contains(v))
                group.addElement(new ElementBind(v, NodeValue.makeNode(n)));
        });
        return group;
    }

    /** The variables a SELECT reads beyond its WHERE; null for SELECT *, which reads them all. */
    private static Set<Var> readBeyondWhere(Query query) {
        if (query.isQueryResultStar())
            return null;
        Set<Var> vars = new HashSet<>(query.getProjectVars());
        query.getProject().getExprs().values().forEach(e -> vars.addAll(ExprVars.getVarsMentioned(e)));
        if (query.getGroupBy() != null) {
            vars.addAll(query.getGroupBy().getVars());
            query.getGroupBy().getExprs().values().forEach(e -> vars.addAll(ExprVars.getVarsMentioned(e)));
        }
        if (query.getHavingExprs() != null)
            query.getHavingExprs().forEach(e -> vars.addAll(ExprVars.getVarsMentioned(e)));
        if (query.getOrderBy() != null)
            query.getOrderBy().forEach(c -> vars.addAll(ExprVars.getVarsMentioned(c.getExpression())));
        query.getAggregators().forEach(a -> {
            if (a.getAggregator().getExprList() != null)
                a.getAggregator().getExprList().forEach(e -> vars.addAll(ExprVars.getVarsMentioned(e)));
        });
        return vars;
    }

    /** Whether putting the values in place of {@code vars} in {@code e} changes nothing but that. */
    private static boolean substitutable(Set<Var> vars, Element e) {
        boolean[] ok = {true};
        ElementWalker.walk(e, new ElementVisitorBase() {
            @Override
            public void visit(ElementBind el) {
                ok[0] &= !vars.contains(el.getVar());
            }

            @Override
            public void visit(ElementAssign el) {
                ok[0] &= !vars.contains(el.getVar());
            }

            @Override
            public void visit(ElementData el) {
                ok[0] &= el.getVars().stream().noneMatch(vars::contains);
            }

            @Override
            public void visit(ElementMinus el) {
                ok[0] &= !mentions(el.getMinusElement().toString(), vars);
            }

            @Override
            public void visit(ElementSubQuery el) {
                // A subquery's variables are its own: one of the same name, even one it only
                // reads in an expression, is not the parameter.
                ok[0] &= !mentions(el.getQuery().toString(), vars);
            }

            @Override
            public void visit(ElementService el) {
                ok[0] = false;
            }
        });
        return ok[0];
    }

    /** Whether SPARQL {@code text} names any of {@code vars}: read from the text, so that none is missed (a string that looks like one counts too). */
    private static boolean mentions(String text, Set<Var> vars) {
        return vars.stream().anyMatch(v -> Pattern.compile("[?$]" + Pattern.quote(v.getVarName()) + "(?![\\w\\u00B7\\u0300-\\u036F\\u203F-\\u2040])")
                                                  .matcher(text).find());
    }

    private RemoteBinding() {}
}
