package org.corrkg.validate;

import java.util.Comparator;
import java.util.List;

import org.corrkg.Excerpt;

/** The outcome of validation: every problem found, each naming its file, node and path, in a stable order. */
public record ValidationReport(List<Problem> problems, boolean stopped) {

    private static final Comparator<Problem> ORDER = Comparator.comparing(Problem::file)
            .thenComparing(Problem::node).thenComparing(Problem::path).thenComparing(Problem::message);

    public ValidationReport {
        problems = problems.stream().sorted(ORDER).toList();
    }

    /** A report of every problem there is. */
    public ValidationReport(List<Problem> problems) {
        this(problems, false);
    }

    /** One problem: where (file, node, path) and what. {@code path} is empty when it does not apply. */
    public record Problem(String file, String node, String path, String message) {
        @Override
        public String toString() {
            // SHACL's messages and paths can quote the data; keep each problem one short line.
            return file + ": " + node + (path.isEmpty() ? "" : " " + Excerpt.of(path)) + ": " + Excerpt.of(message, 300);
        }
    }

    public boolean conforms() { return problems.isEmpty(); }

    /** A readable report, one problem per line, or a line saying all is well. */
    public String format() {
        if (conforms())
            return "Valid: no problems found.\n";
        StringBuilder sb = new StringBuilder();
        problems.forEach(p -> sb.append(p).append('\n'));
        sb.append(problems.size()).append(" problem(s) found");
        sb.append(stopped ? "; validation stopped there, so there may be more.\n" : ".\n");
        return sb.toString();
    }
}
