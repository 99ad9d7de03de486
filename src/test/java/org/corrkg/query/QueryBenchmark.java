package org.corrkg.query;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.system.Txn;
import org.corrkg.store.Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Not a test: a benchmark of how long each query takes in this process, run only when asked
 * for. For every line of {@code src/test/resources/bench/queries.txt} it times the query alone
 * (parameters already IRIs, nothing printed; the read transaction and reading every row are
 * included): warm-ups, then timed runs, and prints the median and the 99th percentile. A line
 * binds its parameters as the command line does (Jena's substitution) or as the browser page
 * does (a VALUES block on the "# parameters" line). Method and figures: docs/benchmarks.md.
 * <p>
 * {@code mvn test -Dtest=QueryBenchmark -Dcorrkg.bench.store=DIR}, or without Maven:
 * {@code java -cp target/corrkg.jar:target/test-classes:JUNIT_API org.corrkg.query.QueryBenchmark DIR}.
 * Properties: {@code corrkg.bench.actor} and {@code corrkg.bench.partner} (IRIs; default the
 * synthetic corpus's most active person and the partner of most of their letters),
 * {@code corrkg.bench.only} (a regular expression on the labels), {@code corrkg.bench.queries}
 * (a folder to read the {@code .rq} files from instead of the jar, to try a change without
 * rebuilding), {@code corrkg.bench.results} (a folder to write each answer to, to compare
 * answers before and after a change), {@code corrkg.bench.warmups} and {@code corrkg.bench.runs}.
 */
@EnabledIfSystemProperty(named = "corrkg.bench.store", matches = ".+")
class QueryBenchmark {

    static final Path CASES = Path.of("src/test/resources/bench/queries.txt");
    private static final String SYNTHETIC = "https://w3id.org/corrkg/synthetic/person/";
    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{(\\w+)\\}");

    /** One line of the cases file: a label, a query, how it binds, and its parameters. */
    record Case(String label, String query, boolean values, Map<String, String> params) {}

    @Test
    void measure() throws IOException {
        main(new String[] {System.getProperty("corrkg.bench.store")});
    }

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args[0]);
        Map<String, String> vars = Map.of(
                "actor", System.getProperty("corrkg.bench.actor", SYNTHETIC + "0"),
                "partner", System.getProperty("corrkg.bench.partner", SYNTHETIC + "1"),
                "typical", System.getProperty("corrkg.bench.typical", SYNTHETIC + "1000"),
                "place", System.getProperty("corrkg.bench.place", "https://w3id.org/corrkg/synthetic/place/2"),
                "datagraph", System.getProperty("corrkg.bench.datagraph", "file:///tmp/s100k.nt"));
        String only = System.getProperty("corrkg.bench.only", ".*");
        String folder = System.getProperty("corrkg.bench.queries");
        String results = System.getProperty("corrkg.bench.results");
        QueryLibrary library = QueryLibrary.bundled();
        PrintStream out = System.out;
        try (Store store = Store.open(dir)) {
            for (Case c : cases(vars)) {
                if (!c.label().matches(only))
                    continue;
                NamedQuery q = folder == null || c.query().startsWith("src/")
                        ? library.resolve(c.query()) : library.resolve(Path.of(folder, c.query() + ".rq").toString());
                Timed t = time(store.dataset(), q, c, results == null ? null : Path.of(results, c.label() + ".tsv"));
                out.printf("BENCH %-26s p50 %8.1f ms  p99 %8.1f ms  cpu p50 %8.1f ms  p99 %8.1f ms  rows %6d  (%d runs after %d warm-ups)%n",
                           c.label(), t.p50(), t.p99(), t.cpuP50(), t.cpuP99(), t.rows(), t.runs(), t.warmups());
            }
        }
    }

    /** Wall-clock and this thread's CPU time: on a shared machine the CPU time shows the query's own work. */
    record Timed(double p50, double p99, double cpuP50, double cpuP99, long rows, int runs, int warmups) {}

    /**
     * 10 warm-ups and 30 runs by default; fewer for a query that takes seconds (3 and 10
     * beyond half a second, 1 and 3 beyond three seconds), so that a slow one finishes.
     */
    static Timed time(Dataset ds, NamedQuery q, Case c, Path resultFile) {
        Bound bound = bind(q, c);
        QuerySource source = QuerySource.of(ds);
        long first = System.nanoTime();
        long rows = runOnce(ds, q, c, resultFile);
        double firstMs = (System.nanoTime() - first) / 1e6;
        int warmups = Integer.getInteger("corrkg.bench.warmups", firstMs > 3000 ? 1 : firstMs > 500 ? 3 : 10);
        int runs = Integer.getInteger("corrkg.bench.runs", firstMs > 3000 ? 3 : firstMs > 500 ? 10 : 30);
        double[] times = new double[runs];
        double[] cpu = new double[runs];
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        for (int i = -warmups; i < runs; i++) {
            long t = System.nanoTime();
            long c0 = threads.getCurrentThreadCpuTime();
            Txn.calculateRead(ds, () -> {
                try (QueryExecution exec = source.execution(bound.query(), bound.bindings())) {
                    return count(exec.execSelect());
                }
            });
            if (i >= 0) {
                times[i] = (System.nanoTime() - t) / 1e6;
                cpu[i] = (threads.getCurrentThreadCpuTime() - c0) / 1e6;
            }
        }
        Arrays.sort(times);
        Arrays.sort(cpu);
        return new Timed(percentile(times, 50), percentile(times, 99), percentile(cpu, 50), percentile(cpu, 99),
                         rows, runs, warmups + 1);
    }

    /** Runs case {@code c} once on {@code ds}, as {@link #time} does first; returns how many rows it gave. */
    static long runOnce(Dataset ds, NamedQuery q, Case c, Path resultFile) {
        Bound bound = bind(q, c);
        QuerySource source = QuerySource.of(ds);
        return Txn.calculateRead(ds, () -> {
            try (QueryExecution exec = source.execution(bound.query(), bound.bindings())) {
                return write(exec.execSelect(), resultFile);
            }
        });
    }

    /** A case's query with its parameters bound as the case says (a VALUES block, or bindings) and its limit set. */
    private record Bound(Query query, Map<String, Node> bindings) {}

    private static Bound bind(NamedQuery q, Case c) {
        Map<String, String> params = new LinkedHashMap<>(c.params());
        String limit = params.remove("limit");
        return new Bound(limited(c.values() ? withValues(q, params) : q.query(), limit), c.values() ? Map.of() : nodes(q, params));
    }

    private static Query limited(Query query, String limit) {
        if (limit == null)
            return query;
        Query copy = query.cloneQuery();
        copy.setLimit(Long.parseLong(limit));
        return copy;
    }

    /** Nearest rank: of 30 runs, the 15th for the median and the 30th (the slowest) for the 99th percentile. */
    static double percentile(double[] sorted, int p) {
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, rank - 1)];
    }

    private static long count(ResultSet rs) {
        long n = 0;
        while (rs.hasNext()) {
            rs.next();
            n++;
        }
        return n;
    }

    private static long write(ResultSet rs, Path file) {
        if (file == null)
            return count(rs);
        List<String> vars = rs.getResultVars();
        List<String> lines = new ArrayList<>();
        lines.add(String.join("\t", vars));
        while (rs.hasNext()) {
            QuerySolution s = rs.next();
            lines.add(vars.stream().map(v -> cell(s.get(v))).collect(Collectors.joining("\t")));
        }
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, lines, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return lines.size() - 1;
    }

    /** A cell with any "; "-joined list in sorted order: GROUP_CONCAT promises none. */
    private static String cell(RDFNode n) {
        if (n == null)
            return "";
        String s = n.isLiteral() ? n.asLiteral().getLexicalForm() + "^^" + n.asLiteral().getDatatypeURI() : n.toString();
        return s.contains("; ") ? Arrays.stream(s.split("; ")).sorted().collect(Collectors.joining("; ")) : s;
    }

    /** The parameters as the command line binds them, names already resolved. */
    static Map<String, Node> nodes(NamedQuery q, Map<String, String> params) {
        Map<String, Node> bound = new LinkedHashMap<>();
        params.forEach((name, value) -> {
            Parameter p = q.parameter(name).orElseThrow(() -> new IllegalArgumentException(q.name() + " has no ?" + name));
            bound.put(name, switch (p.kind()) {
                case DATE -> NodeFactory.createLiteralDT(value, XSDDatatype.XSDdate);
                case BOOLEAN -> NodeFactory.createLiteralDT(value, XSDDatatype.XSDboolean);
                case INTEGER -> NodeFactory.createLiteralDT(value, XSDDatatype.XSDinteger);
                case STRING -> NodeFactory.createLiteralString(value);
                default -> NodeFactory.createURI(value);
            });
        });
        return bound;
    }

    /** The parameters as the browser page binds them (web/app.js, bind()): a VALUES block on each "# parameters" line, UNDEF for those not set. */
    static Query withValues(NamedQuery q, Map<String, String> params) {
        if (q.parameters().isEmpty())
            return q.query();
        String vars = q.parameters().stream().map(p -> "?" + p.name()).collect(Collectors.joining(" "));
        String row = q.parameters().stream().map(p -> {
            String v = params.get(p.name());
            if (v == null)
                return "UNDEF";
            return switch (p.kind()) {
                case DATE -> "\"" + v + "\"^^<" + XSDDatatype.XSDdate.getURI() + ">";
                case STRING -> "\"" + v + "\"";
                default -> "<" + v + ">";
            };
        }).collect(Collectors.joining(" "));
        String text = q.text().replaceAll("(?m)^(\\s*)# parameters$", "$1VALUES (" + Matcher.quoteReplacement(vars)
                                                                         + ") { (" + Matcher.quoteReplacement(row) + ") }");
        return QueryFactory.create(text);
    }

    /** Lines "label | query | cli or page | name=value ...", with ${actor}, ${partner}, ${typical}, ${place} and ${datagraph} filled in. */
    static List<Case> cases(Map<String, String> vars) throws IOException {
        List<Case> cases = new ArrayList<>();
        for (String line : Files.readAllLines(CASES, StandardCharsets.UTF_8)) {
            if (line.isBlank() || line.startsWith("#"))
                continue;
            Matcher m = PLACEHOLDER.matcher(line);
            String filled = m.replaceAll(r -> Matcher.quoteReplacement(vars.get(r.group(1))));
            String[] f = filled.split("\\|");
            Map<String, String> params = new LinkedHashMap<>();
            if (f.length > 3)
                for (String kv : f[3].trim().split("\\s+(?=\\w+=)"))
                    if (!kv.isBlank())
                        params.put(kv.substring(0, kv.indexOf('=')), kv.substring(kv.indexOf('=') + 1));
            cases.add(new Case(f[0].trim(), f[1].trim(), f[2].trim().equals("page"), params));
        }
        return cases;
    }
}
