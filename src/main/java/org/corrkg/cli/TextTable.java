package org.corrkg.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.RDFNode;

/** Results as a plain aligned table for people: chosen columns, their own headings, literals without quotes. */
final class TextTable {

    /** A column: the result variable and its heading. */
    record Column(String variable, String heading) {}

    /** Every result variable, headed by its name. */
    static void print(ResultSet results, PrintWriter out) {
        print(results, results.getResultVars().stream().map(v -> new Column(v, v)).toList(), Integer.MAX_VALUE, out);
    }

    /** The first {@code limit} rows, every variable headed by its name. */
    static void print(ResultSet results, int limit, PrintWriter out) {
        print(results, results.getResultVars().stream().map(v -> new Column(v, v)).toList(), limit, out);
    }

    static void print(ResultSet results, List<Column> columns, PrintWriter out) {
        print(results, columns, Integer.MAX_VALUE, out);
    }

    static void print(ResultSet results, List<Column> columns, int limit, PrintWriter out) {
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
            String iri = n.asResource().getURI();
            return iri.startsWith(org.corrkg.vocab.CORR.ID) ? "id:" + iri.substring(org.corrkg.vocab.CORR.ID.length()) : iri;
        }
        return n.toString();
    }

    private TextTable() {}
}
