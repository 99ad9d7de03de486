package org.corrkg.query;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.query.text.TextQuery;
import org.apache.jena.sparql.core.TriplePath;
import org.apache.jena.sparql.expr.E_Function;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.pfunction.PropertyFunctionRegistry;
import org.apache.jena.sparql.syntax.ElementPathBlock;
import org.apache.jena.sparql.syntax.ElementVisitorBase;
import org.apache.jena.sparql.syntax.ElementWalker;
import org.apache.jena.sparql.syntax.ElementFilter;
import org.apache.jena.sparql.syntax.ElementBind;
import org.corrkg.CorrkgException;

/**
 * What in a query only Jena answers: jena-text's {@code text:query}, Jena's other property
 * functions ({@code apf:}, {@code list:}, ...), and functions of Jena's own namespaces. A
 * SPARQL 1.1 store elsewhere reads a property function as an ordinary triple pattern and
 * answers nothing, or refuses an unknown function; corrkg says which feature is missing
 * instead.
 */
public final class JenaOnly {

    /** A Jena extension a query uses. */
    public enum Feature {
        TEXT_SEARCH("full-text search (jena-text's text:query)"),
        PROPERTY_FUNCTION("a Jena property function"),
        FUNCTION("a Jena function");

        private final String label;

        Feature(String label) {
            this.label = label;
        }

        @Override
        public String toString() {
            return label;
        }
    }

    private static final String JENA_FUNCTIONS = "http://jena.apache.org/ARQ/function#";
    private static final String JENA_FN = "http://jena.apache.org/functions#";

    /** The Jena extensions {@code query} uses, each once, in the order met. */
    public static List<Feature> features(Query query) {
        Set<Feature> found = new LinkedHashSet<>();
        if (query.getQueryPattern() == null)
            return List.of();
        ElementWalker.walk(query.getQueryPattern(), new ElementVisitorBase() {
            @Override
            public void visit(ElementPathBlock el) {
                for (TriplePath tp : el.getPattern().getList()) {
                    Node p = tp.getPredicate();
                    if (p == null || !p.isURI())
                        continue;
                    if (p.getURI().startsWith(TextQuery.NS))
                        found.add(Feature.TEXT_SEARCH);
                    else if (PropertyFunctionRegistry.get().isRegistered(p.getURI()))
                        found.add(Feature.PROPERTY_FUNCTION);
                }
            }

            @Override
            public void visit(org.apache.jena.sparql.syntax.ElementSubQuery el) {
                found.addAll(features(el.getQuery()));
            }

            @Override
            public void visit(ElementFilter el) {
                functions(el.getExpr(), found);
            }

            @Override
            public void visit(ElementBind el) {
                functions(el.getExpr(), found);
            }
        });
        query.getProject().getExprs().values().forEach(e -> functions(e, found));
        return new ArrayList<>(found);
    }

    private static void functions(Expr expr, Set<Feature> found) {
        org.apache.jena.sparql.algebra.walker.Walker.walk(expr, new org.apache.jena.sparql.expr.ExprVisitorBase() {
            @Override
            public void visit(org.apache.jena.sparql.expr.ExprFunctionN func) {
                if (func instanceof E_Function f && f.getFunctionIRI() != null
                    && (f.getFunctionIRI().startsWith(JENA_FUNCTIONS) || f.getFunctionIRI().startsWith(JENA_FN)
                        || f.getFunctionIRI().startsWith("java:")))
                    found.add(Feature.FUNCTION);
            }
        });
    }

    /** A query needs Jena extensions that the store it would go to is not known to offer. */
    public static final class Unavailable extends CorrkgException {
        private static final long serialVersionUID = 1L;
        private final transient List<Feature> features;

        public Unavailable(List<Feature> features, String store) {
            super("The query needs " + features.stream().map(Feature::toString).collect(Collectors.joining(" and "))
                  + ", a Jena extension that the store at " + store + " is not known to offer"
                  + (features.contains(Feature.TEXT_SEARCH) ? " (give --endpoint-text if it runs jena-text)" : ""));
            this.features = List.copyOf(features);
        }

        public List<Feature> features() {
            return features;
        }
    }

    private JenaOnly() {}
}
