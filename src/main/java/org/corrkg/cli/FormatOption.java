package org.corrkg.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.jena.query.ResultSet;
import org.corrkg.query.ResultFormat;
import org.corrkg.query.ResultTable;

import picocli.CommandLine.Option;

/** The {@code --format} option of every command that prints results, and the printing. */
final class FormatOption {
    @Option(names = {"-f", "--format"}, defaultValue = "table", paramLabel = "FORMAT",
            description = "table for people (the default), or csv, tsv, json or xml: the SPARQL results formats, for programs.")
    ResultFormat format;

    /** Prints results: a table under {@code columns}, any other format with every variable. */
    void print(ResultSet results, List<ResultTable.Column> columns, PrintWriter out) {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        format.write(results, columns, buffer);
        out.print(buffer.toString(StandardCharsets.UTF_8));
        out.flush();
    }

    /** Prints results with every variable. */
    void print(ResultSet results, PrintWriter out) {
        print(results, ResultTable.allColumns(results), out);
    }
}
