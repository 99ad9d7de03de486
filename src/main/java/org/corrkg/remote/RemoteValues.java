package org.corrkg.remote;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.core.VarExprList;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingBuilder;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.expr.E_Bound;
import org.apache.jena.sparql.expr.E_Coalesce;
import org.apache.jena.sparql.expr.E_If;
import org.apache.jena.sparql.expr.E_Exists;
import org.apache.jena.sparql.expr.E_IsBlank;
import org.apache.jena.sparql.expr.E_IsIRI;
import org.apache.jena.sparql.expr.E_IsLiteral;
import org.apache.jena.sparql.expr.E_IsNumeric;
import org.apache.jena.sparql.expr.E_LogicalAnd;
import org.apache.jena.sparql.expr.E_LogicalNot;
import org.apache.jena.sparql.expr.E_LogicalOr;
import org.apache.jena.sparql.expr.E_NotExists;
import org.apache.jena.sparql.expr.E_NotOneOf;
import org.apache.jena.sparql.expr.E_OneOf;
import org.apache.jena.sparql.expr.E_Regex;
import org.apache.jena.sparql.expr.E_SameTerm;
import org.apache.jena.sparql.expr.E_StrContains;
import org.apache.jena.sparql.expr.E_StrEndsWith;
import org.apache.jena.sparql.expr.E_StrStartsWith;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprAggregator;
import org.apache.jena.sparql.expr.ExprFunction2;
import org.apache.jena.sparql.expr.ExprVar;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.expr.aggregate.AggMax;
import org.apache.jena.sparql.expr.aggregate.AggMaxDistinct;
import org.apache.jena.sparql.expr.aggregate.AggMin;
import org.apache.jena.sparql.expr.aggregate.AggMinDistinct;
import org.apache.jena.sparql.expr.aggregate.AggSample;
import org.apache.jena.sparql.expr.aggregate.AggSampleDistinct;
import org.apache.jena.sparql.expr.aggregate.Aggregator;
import org.apache.jena.sparql.syntax.ElementBind;
import org.apache.jena.sparql.syntax.ElementSubQuery;
import org.apache.jena.sparql.syntax.ElementVisitorBase;
import org.apache.jena.sparql.syntax.ElementWalker;

/**
 * The values of a store elsewhere written as SPARQL writes them, where the store writes the
 * same value otherwise. Virtuoso (7.2) gives the value of a boolean expression or constant
 * ({@code ?a = ?b}, {@code EXISTS}, {@code true}) as the integer {@code 0} or {@code 1}, a stored
 * boolean as {@code "1"^^xsd:boolean}, and a stored decimal by its value ({@code 21} for
 * {@code 21.0}). So: a boolean's lexical form is made canonical ({@code true}, {@code false});
 * a decimal is written as Jena writes it; and {@code 0} or {@code 1} in a column that the query
 * itself defines as a boolean expression is read as that boolean. Nothing else is touched, and
 * a store that writes the standard forms (Fuseki) is read unchanged.
 */
final class RemoteValues {

    private RemoteValues() {}

    /** {@code rows} of {@code query}'s answer, their values written as SPARQL writes them. */
    static RowSet standard(Query query, RowSet rows) {
        Set<Var> booleans = booleanVariables(query);
        return new RowSet() {
            @Override public boolean hasNext() { return rows.hasNext(); }
            @Override public Binding next() { return standard(rows.next(), booleans); }
            @Override public List<Var> getResultVars() { return rows.getResultVars(); }
            @Override public long getRowNumber() { return rows.getRowNumber(); }
            @Override public void close() { rows.close(); }
        };
    }

    static Binding standard(Binding row, Set<Var> booleans) {
        BindingBuilder b = null;
        for (var it = row.vars(); it.hasNext(); ) {
            Var v = it.next();
            Node n = row.get(v), m = standard(n, booleans.contains(v));
            if (m != n) {
                if (b == null) {
                    b = BindingBuilder.create();
                    row.forEach(b::add);
                }
                b.set(v, m);
            }
        }
        return b == null ? row : b.build();
    }

    static Node standard(Node n, boolean booleanColumn) {
        if (n == null || !n.isLiteral())
            return n;
        String dt = n.getLiteralDatatypeURI(), lex = n.getLiteralLexicalForm();
        boolean isBoolean = XSDDatatype.XSDboolean.getURI().equals(dt);
        if (isBoolean && (lex.equals("true") || lex.equals("false")))
            return n;
        if (isBoolean || booleanColumn && XSDDatatype.XSDinteger.getURI().equals(dt)) {
            if (lex.equals("1"))
                return NodeValue.TRUE.asNode();
            if (lex.equals("0"))
                return NodeValue.FALSE.asNode();
            return n;
        }
        if (XSDDatatype.XSDdecimal.getURI().equals(dt)) {
            try {
                Node canonical = NodeValue.makeDecimal(new BigDecimal(lex.trim())).asNode();
                return canonical.getLiteralLexicalForm().equals(lex) ? n : canonical;
            } catch (NumberFormatException e) {
                return n;
            }
        }
        return n;
    }

    /**
     * The variables that {@code query} (its subqueries included) binds to a boolean
     * expression: a comparison, a logical operator, EXISTS, BOUND, a test of a term's kind, a
     * string test, a boolean constant, an IF or COALESCE of booleans, or the SAMPLE, MIN or MAX
     * of such a variable.
     */
    static Set<Var> booleanVariables(Query query) {
        Set<Var> found = new HashSet<>();
        int before;
        do {
            before = found.size();
            collect(query, found);
        } while (found.size() != before);
        return found;
    }

    private static void collect(Query query, Set<Var> found) {
        collect(query.getProject(), found);
        if (query.getQueryPattern() != null)
            ElementWalker.walk(query.getQueryPattern(), new ElementVisitorBase() {
                @Override
                public void visit(ElementBind el) {
                    if (isBoolean(el.getExpr(), found))
                        found.add(el.getVar());
                }

                @Override
                public void visit(ElementSubQuery el) {
                    collect(el.getQuery(), found);
                }
            });
    }

    private static void collect(VarExprList project, Set<Var> found) {
        project.forEachExpr((v, e) -> {
            if (isBoolean(e, found))
                found.add(v);
        });
    }

    private static boolean isBoolean(Expr e, Set<Var> found) {
        if (e instanceof NodeValue nv)
            return nv.isBoolean();
        if (e instanceof ExprVar v)
            return found.contains(v.asVar());
        if (e instanceof ExprAggregator agg) {
            Aggregator a = agg.getAggregator();
            boolean keepsValue = a instanceof AggSample || a instanceof AggSampleDistinct || a instanceof AggMin
                                 || a instanceof AggMinDistinct || a instanceof AggMax || a instanceof AggMaxDistinct;
            return keepsValue && a.getExprList() != null && a.getExprList().size() == 1 && isBoolean(a.getExprList().get(0), found);
        }
        if (e instanceof E_If c)
            return isBoolean(c.getArg2(), found) && isBoolean(c.getArg3(), found);
        if (e instanceof E_Coalesce c)
            return !c.getArgs().isEmpty() && c.getArgs().stream().allMatch(a -> isBoolean(a, found));
        return e instanceof E_LogicalAnd || e instanceof E_LogicalOr || e instanceof E_LogicalNot
               || e instanceof E_Exists || e instanceof E_NotExists || e instanceof E_Bound
               || e instanceof E_IsIRI || e instanceof E_IsBlank || e instanceof E_IsLiteral || e instanceof E_IsNumeric
               || e instanceof E_Regex || e instanceof E_StrContains || e instanceof E_StrStartsWith || e instanceof E_StrEndsWith
               || e instanceof E_SameTerm || e instanceof E_OneOf || e instanceof E_NotOneOf
               || e instanceof ExprFunction2 f && isComparison(f);
    }

    private static boolean isComparison(ExprFunction2 f) {
        String op = f.getOpName();
        return op != null && List.of("=", "!=", "<", "<=", ">", ">=").contains(op);
    }
}
