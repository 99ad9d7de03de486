package org.corrkg.query;

import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.query.ResultSetFactory;
import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.query.text.TextIndexParseException;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.corrkg.CorrkgException;
import org.corrkg.vocab.Prefixes;
import org.corrkg.Excerpt;
import org.corrkg.dates.DateBounds;
import org.corrkg.names.NameKey;

/**
 * Runs named queries against a dataset. Parameter values are checked against the
 * query's declared parameters, turned into RDF terms (names resolved to IRIs) and bound
 * by Jena's substitution; they are never spliced into the query text.
 */
public final class QueryRunner {

    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    private final QuerySource source;
    private final QueryLibrary library;
    private final Consumer<String> notes;

    public QueryRunner(QuerySource source, QueryLibrary library) {
        this(source, library, note -> {});
    }

    /**
     * A runner that tells {@code notes} when it asks a query's portable form because the store
     * refused the query itself ({@link QueryLibrary#portable}).
     */
    public QueryRunner(QuerySource source, QueryLibrary library, Consumer<String> notes) {
        this.source = source;
        this.library = library;
        this.notes = notes;
    }

    /** Runs a query and writes its results; CONSTRUCT and DESCRIBE results are written as Turtle. */
    public void run(NamedQuery query, Map<String, String> params, ResultFormat format, OutputStream out) {
        orPortable(query, params, (q, p) -> { runOnly(q, p, format, out); return null; });
    }

    /** Runs a SELECT query and keeps its results in memory, for callers that read them more than once. */
    public ResultSetRewindable select(NamedQuery query, Map<String, String> params) {
        return orPortable(query, params, this::selectOnly);
    }

    /**
     * Asks {@code query}; where the store refuses it as such (a store elsewhere whose compiler
     * fails on it) and the library has a portable form of it, asks that form instead, with the
     * parameters it declares (those it leaves out only narrow the counts kept at load), and says so.
     */
    private <T> T orPortable(NamedQuery query, Map<String, String> params, BiFunction<NamedQuery, Map<String, String>, T> ask) {
        try {
            return ask.apply(query, params);
        } catch (RuntimeException e) {
            Optional<NamedQuery> portable = source.refusesQuery(e) ? library.portable(query) : Optional.empty();
            if (portable.isEmpty())
                throw e;
            NamedQuery form = portable.get();
            notes.accept(e.getMessage() + "; asking its portable form, " + form.name() + ", instead (plainer SPARQL, slower on a large store)");
            Map<String, String> kept = new LinkedHashMap<>(params);
            kept.keySet().removeIf(n -> form.parameter(n).isEmpty());
            return ask.apply(form, kept);
        }
    }

    private void runOnly(NamedQuery query, Map<String, String> params, ResultFormat format, OutputStream out) {
        source.read(() -> {
            Map<String, Node> bound = bind(query, params);
            try (QueryExecution exec = source.execution(query.query(), bound)) {
                if (query.query().isSelectType())
                    format.write(exec.execSelect(), out);
                else if (query.query().isAskType())
                    format.write(exec.execAsk(), out);
                else if (query.query().isConstructType())
                    RDFDataMgr.write(out, exec.execConstruct(), RDFFormat.TURTLE_PRETTY);
                else
                    RDFDataMgr.write(out, exec.execDescribe(), RDFFormat.TURTLE_PRETTY);
            } catch (TextIndexParseException e) {
                throw searchSyntax(bound, e);
            }
            return null;
        });
    }

    private ResultSetRewindable selectOnly(NamedQuery query, Map<String, String> params) {
        if (!query.query().isSelectType())
            throw new CorrkgException(query.name() + " is not a SELECT query");
        return source.read(() -> {
            Map<String, Node> bound = bind(query, params);
            try (QueryExecution exec = source.execution(query.query(), bound)) {
                return ResultSetFactory.makeRewindable(exec.execSelect());
            } catch (TextIndexParseException e) {
                throw searchSyntax(bound, e);
            }
        });
    }

    /**
     * Runs {@code action} in one read transaction with the values of {@code var} in the answers
     * of a SELECT query: each call of the supplier runs the query afresh and streams its answers,
     * so that the action can read them more than once without holding them; the executions
     * close when the action ends.
     */
    public <T> T withValues(NamedQuery query, Map<String, String> params, String var,
                            Function<Supplier<Iterator<Node>>, T> action) {
        if (!query.query().isSelectType())
            throw new CorrkgException(query.name() + " is not a SELECT query");
        return source.read(() -> {
            Map<String, Node> bound = bind(query, params);
            List<QueryExecution> open = new ArrayList<>();
            try {
                return action.apply(() -> {
                    QueryExecution exec = source.execution(query.query(), bound);
                    open.add(exec);
                    ResultSet answers = exec.execSelect();
                    return Iter.iter(answers).map(row -> row.get(var)).filter(n -> n != null).map(RDFNode::asNode);
                });
            } catch (TextIndexParseException e) {
                throw searchSyntax(bound, e);
            } finally {
                open.forEach(QueryExecution::close);
            }
        });
    }

    /**
     * A search the full-text index cannot parse ({@code AND} alone, an unclosed quote): the
     * user's words and Lucene's reason, first line only, instead of a stack trace.
     */
    private static CorrkgException searchSyntax(Map<String, Node> bound, TextIndexParseException e) {
        String searched = bound.values().stream().filter(Node::isLiteral).map(Node::getLiteralLexicalForm)
                               .findFirst().orElse("");
        String reason = e.getMessage() == null ? "" : e.getMessage().lines()
                .filter(l -> l.startsWith("Cannot parse")).findFirst().orElse(e.getMessage().lines().findFirst().orElse(""));
        int colon = reason.indexOf("': ");
        if (reason.startsWith("Cannot parse") && colon >= 0)
            reason = reason.substring(colon + 3);
        return new CorrkgException("Cannot search for '" + Excerpt.of(searched.strip()) + "': " + Excerpt.of(reason, 160)
                                   + " (Lucene query syntax; put \\ before a special character to search for it)", e);
    }

    /** Checks every value against the query's parameters and converts it; call inside a read transaction. */
    Map<String, Node> bind(NamedQuery query, Map<String, String> params) {
        List<String> unknown = new ArrayList<>(params.keySet());
        unknown.removeIf(n -> query.parameter(n).isPresent());
        if (!unknown.isEmpty())
            throw new CorrkgException(query.name() + " has no parameter " + Excerpt.of(String.join(", ", unknown))
                                      + "; its parameters: " + describe(query));
        Map<String, Node> bound = new LinkedHashMap<>();
        for (Parameter p : query.parameters()) {
            String value = params.get(p.name());
            if (value == null) {
                if (!p.optional())
                    throw new CorrkgException(query.name() + " needs --param " + p.name() + "=...; its parameters: " + describe(query));
                continue;
            }
            bound.put(p.name(), toNode(p, value));
        }
        return bound;
    }

    private Node toNode(Parameter p, String value) {
        return switch (p.kind()) {
            case ACTOR, TOPIC, TYPE, OFFICE, PLACE -> new Resolver(source, library).resolve(p.kind(), value);
            case DATE -> {
                if (!DATE.matcher(value).matches() || !DateBounds.isIsoDate(value))
                    throw new CorrkgException("Parameter " + p.name() + ": '" + Excerpt.of(value) + "' is not a date (yyyy-mm-dd)");
                yield NodeFactory.createLiteralDT(value, XSDDatatype.XSDdate);
            }
            case BOOLEAN -> {
                if (!value.equals("true") && !value.equals("false"))
                    throw new CorrkgException("Parameter " + p.name() + ": '" + Excerpt.of(value) + "' is not true or false");
                yield NodeFactory.createLiteralDT(value, XSDDatatype.XSDboolean);
            }
            case INTEGER -> {
                if (!value.matches("-?\\d+"))
                    throw new CorrkgException("Parameter " + p.name() + ": '" + Excerpt.of(value) + "' is not a whole number");
                yield NodeFactory.createLiteralDT(value, XSDDatatype.XSDinteger);
            }
            case IRI -> {
                if (!value.matches("^[a-zA-Z][a-zA-Z0-9+.-]*:\\S+$"))
                    throw new CorrkgException("Parameter " + p.name() + ": '" + Excerpt.of(value) + "' is not an absolute IRI");
                // A name with a prefix the tables print (id:, topic:, corr:, ...) means what they mean by it.
                yield NodeFactory.createURI(Prefixes.ALL.expandPrefix(value));
            }
            case STRING -> NodeFactory.createLiteralString(value);
            case NAME -> NodeFactory.createLiteralString(NameKey.of(value));
        };
    }

    private static String describe(NamedQuery query) {
        if (query.parameters().isEmpty())
            return "none";
        return query.parameters().stream().map(Parameter::toString).collect(Collectors.joining(", "));
    }
}
