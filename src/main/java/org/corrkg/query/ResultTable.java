package org.corrkg.query;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.shared.PrefixMapping;
import org.corrkg.vocab.Prefixes;

/**
 * Results as a plain aligned table for people, the one table style of every command:
 * chosen columns under their own headings, literals without quotes or datatypes, IRIs
 * shortened with corrkg's prefixes ({@code id:obama}, {@code corr:Letter}), and a closing
 * line with the number of rows.
 */
public final class ResultTable {

    /** A column: the result variable and its heading. */
    public record Column(String variable, String heading) {}

    /** Every result variable, headed by its name. */
    public static List<Column> allColumns(ResultSet results) {
        return results.getResultVars().stream().map(v -> new Column(v, v)).toList();
    }

    /** The first {@code limit} rows under {@code columns}. */
    public static void write(ResultSet results, List<Column> columns, int limit, PrintWriter out) {
        List<String[]> rows = new ArrayList<>();
        while (results.hasNext() && rows.size() < limit) {
            QuerySolution s = results.next();
            rows.add(columns.stream().map(c -> text(s.get(c.variable()))).toArray(String[]::new));
        }
        int[] widths = new int[columns.size()];
        for (int i = 0; i < widths.length; i++) {
            widths[i] = columns.get(i).heading().length();
            for (String[] r : rows)
                widths[i] = Math.max(widths[i], r[i].length());
        }
        line(out, columns.stream().map(Column::heading).toArray(String[]::new), widths);
        StringBuilder rule = new StringBuilder();
        for (int i = 0; i < widths.length; i++)
            rule.append(i == 0 ? "" : "  ").append("-".repeat(widths[i]));
        out.println(rule);
        rows.forEach(r -> line(out, r, widths));
        out.println(rows.size() + (rows.size() == 1 ? " row" : " rows"));
        out.flush();
    }

    /** The answer of an ASK query. */
    public static void write(boolean answer, PrintWriter out) {
        out.println(answer ? "yes" : "no");
        out.flush();
    }

    private static void line(PrintWriter out, String[] cells, int[] widths) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < cells.length; i++) {
            sb.append(i == 0 ? "" : "  ");
            sb.append(i == cells.length - 1 ? cells[i] : String.format("%-" + widths[i] + "s", cells[i]));
        }
        out.println(sb.toString().stripTrailing());
    }

    private static String text(RDFNode n) {
        if (n == null)
            return "";
        if (n.isLiteral())
            return n.asLiteral().getLexicalForm();
        if (n.isURIResource()) {
            PrefixMapping prefixes = Prefixes.ALL;
            return prefixes.shortForm(n.asResource().getURI());
        }
        return "_:" + n.asResource().getId().getLabelString();
    }

    private ResultTable() {}
}
