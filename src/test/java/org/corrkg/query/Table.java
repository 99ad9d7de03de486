package org.corrkg.query;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.RDFNode;
import org.corrkg.vocab.CORR;

/**
 * Results as a plain table for comparison with expected answers written by hand: IRIs
 * of the graph as {@code id:name}, literals by their lexical form, and lists joined by
 * "; " put in sorted order (GROUP_CONCAT does not promise an order).
 */
record Table(List<String> header, List<List<String>> rows) {

    static Table of(ResultSet rs) {
        List<String> header = rs.getResultVars();
        List<List<String>> rows = new ArrayList<>();
        while (rs.hasNext()) {
            QuerySolution s = rs.next();
            rows.add(header.stream().map(v -> cell(s.get(v))).toList());
        }
        return new Table(header, rows);
    }

    /** Parses "a | b | c" lines; the first is the header. */
    static Table parse(List<String> lines) {
        List<List<String>> all = lines.stream()
                .map(l -> Arrays.stream(l.split("\\|", -1)).map(String::trim).map(Table::normalise).toList())
                .toList();
        return new Table(all.get(0), all.subList(1, all.size()));
    }

    static String cell(RDFNode n) {
        if (n == null)
            return "";
        if (n.isURIResource()) {
            String iri = n.asResource().getURI();
            if (iri.startsWith(CORR.ID)) return "id:" + iri.substring(CORR.ID.length());
            if (iri.startsWith(CORR.NS)) return "corr:" + iri.substring(CORR.NS.length());
            if (iri.startsWith(CORR.TOPIC)) return "topic:" + iri.substring(CORR.TOPIC.length());
            return "<" + iri + ">";
        }
        if (n.isLiteral())
            return normalise(n.asLiteral().getLexicalForm());
        return "_:";
    }

    private static String normalise(String value) {
        if (!value.contains("; "))
            return value;
        return Arrays.stream(value.split("; ")).sorted().collect(Collectors.joining("; "));
    }

    /** The same rows, sorted cell by cell, for a query that promises no order. */
    Table sorted() {
        List<List<String>> sorted = new ArrayList<>(rows);
        sorted.sort((a, b) -> String.join("\u0000", a).compareTo(String.join("\u0000", b)));
        return new Table(header, sorted);
    }

    String render() {
        StringBuilder sb = new StringBuilder(String.join(" | ", header)).append('\n');
        rows.forEach(r -> sb.append(String.join(" | ", r)).append('\n'));
        return sb.toString();
    }
}
