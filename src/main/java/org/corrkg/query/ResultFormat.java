package org.corrkg.query;

import java.io.OutputStream;
import java.util.Locale;

import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.shared.PrefixMapping;
import org.corrkg.CorrkgException;

/** How SELECT results are written: a table for people, or a standard results format for programs. */
public enum ResultFormat {
    TABLE, CSV, TSV, JSON, XML;

    public static ResultFormat parse(String word) {
        try {
            return valueOf(word.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new CorrkgException("Unknown format '" + word + "': use table, csv, tsv, json or xml");
        }
    }

    public void write(ResultSet results, OutputStream out, PrefixMapping prefixes) {
        switch (this) {
            case TABLE -> ResultSetFormatter.out(out, results, prefixes);
            case CSV -> ResultSetFormatter.outputAsCSV(out, results);
            case TSV -> ResultSetFormatter.outputAsTSV(out, results);
            case JSON -> ResultSetFormatter.outputAsJSON(out, results);
            case XML -> ResultSetFormatter.outputAsXML(out, results);
        }
    }

    public void write(boolean answer, OutputStream out) {
        switch (this) {
            case TABLE -> ResultSetFormatter.out(out, answer);
            case CSV -> ResultSetFormatter.outputAsCSV(out, answer);
            case TSV -> ResultSetFormatter.outputAsTSV(out, answer);
            case JSON -> ResultSetFormatter.outputAsJSON(out, answer);
            case XML -> ResultSetFormatter.outputAsXML(out, answer);
        }
    }
}
