package org.corrkg.query;

import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFormatter;

/**
 * How query results are written: a table for people ({@link ResultTable}), or one of the
 * standard SPARQL results formats for programs. Named in lower case, as users type them.
 */
public enum ResultFormat {
    TABLE, CSV, TSV, JSON, XML;

    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Writes SELECT results; a table shows {@code columns}, the other formats every variable. */
    public void write(ResultSet results, List<ResultTable.Column> columns, OutputStream out) {
        switch (this) {
            case TABLE -> ResultTable.write(results, columns, Integer.MAX_VALUE, writer(out));
            case CSV -> ResultSetFormatter.outputAsCSV(out, results);
            case TSV -> ResultSetFormatter.outputAsTSV(out, results);
            case JSON -> ResultSetFormatter.outputAsJSON(out, results);
            case XML -> ResultSetFormatter.outputAsXML(out, results);
        }
    }

    /** Writes SELECT results with every variable. */
    public void write(ResultSet results, OutputStream out) {
        write(results, ResultTable.allColumns(results), out);
    }

    /** Writes the answer of an ASK query. */
    public void write(boolean answer, OutputStream out) {
        switch (this) {
            case TABLE -> ResultTable.write(answer, writer(out));
            case CSV -> ResultSetFormatter.outputAsCSV(out, answer);
            case TSV -> ResultSetFormatter.outputAsTSV(out, answer);
            case JSON -> ResultSetFormatter.outputAsJSON(out, answer);
            case XML -> ResultSetFormatter.outputAsXML(out, answer);
        }
    }

    private static PrintWriter writer(OutputStream out) {
        return new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), false);
    }
}
