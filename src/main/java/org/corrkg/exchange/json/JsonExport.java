package org.corrkg.exchange.json;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.List;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.corrkg.exchange.Communication;
import org.corrkg.exchange.Correspondence;
import org.corrkg.exchange.csv.CsvExport;

/**
 * A JSON array with one object per communication, in the order given, written as it goes: the
 * fields are the CSV's columns ({@link CsvExport#HEADER}) with the same values, so the two
 * downloads of a view say the same thing. One object per line, so a reader can stream it too.
 */
public final class JsonExport {

    public static void write(Correspondence corr, Iterator<Communication> communications, OutputStream out) {
        try {
            Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            w.write("[");
            String separator = "\n";
            while (communications.hasNext()) {
                List<String> row = CsvExport.row(corr, communications.next());
                JsonObject o = new JsonObject();
                for (int i = 0; i < row.size(); i++)
                    o.put(CsvExport.HEADER.get(i), row.get(i));
                w.write(separator);
                w.write(JSON.toStringFlat(o));
                separator = ",\n";
            }
            w.write("\n]\n");
            w.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private JsonExport() {}
}
