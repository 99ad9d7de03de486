package org.corrkg.exchange;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

/**
 * Writes a CMIF file of any number of letters, the same bytes for the same arguments, for
 * tests and for measuring an import: letters among a fixed number of correspondents (half with
 * a GND reference, spelt two ways) and places, dated over two centuries, citing ten editions.
 * Written as it goes, so a file of millions of letters needs no memory.
 *
 * <p>{@code java -cp target/test-classes org.corrkg.exchange.CmifGenerator LETTERS FILE [PERSONS]}
 */
public final class CmifGenerator {

    static final int EDITIONS = 10;
    static final int PLACES = 500;

    private final int letters;
    private final int persons;

    public CmifGenerator(int letters, int persons) {
        this.letters = letters;
        this.persons = persons;
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            System.err.println("usage: CmifGenerator LETTERS FILE [PERSONS]");
            System.exit(2);
        }
        int persons = args.length > 2 ? Integer.parseInt(args[2]) : 20_000;
        new CmifGenerator(Integer.parseInt(args[0]), persons).write(Path.of(args[1]));
    }

    public void write(Path file) throws IOException {
        try (Writer w = new BufferedWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8), 1 << 16)) {
            write(w);
        }
    }

    void write(Writer w) throws IOException {
        w.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<TEI xmlns=\"http://www.tei-c.org/ns/1.0\">\n<teiHeader>\n<fileDesc>\n"
                + "<titleStmt><title>" + letters + " generated letters</title><editor>corrkg tests</editor></titleStmt>\n"
                + "<publicationStmt><publisher><ref target=\"https://example.org/generated\">corrkg tests</ref></publisher>"
                + "<idno type=\"url\">https://example.org/generated.xml</idno><date when=\"2024-01-01\"/>"
                + "<availability><licence target=\"https://creativecommons.org/publicdomain/zero/1.0/\">CC0</licence></availability>"
                + "</publicationStmt>\n<sourceDesc>\n");
        for (int e = 1; e <= EDITIONS; e++)
            w.write("<bibl type=\"print\" xml:id=\"ed" + e + "\">Generated letters, volume " + e + "</bibl>\n");
        w.write("</sourceDesc>\n</fileDesc>\n<profileDesc>\n");
        Random random = new Random(42);
        for (int i = 1; i <= letters; i++) {
            w.write("<correspDesc key=\"" + i + "\" xml:id=\"l" + i + "\" source=\"#ed" + (1 + i % EDITIONS)
                    + "\" ref=\"https://example.org/letters/" + i + "\">\n");
            int year = 1600 + random.nextInt(200);
            String date = random.nextInt(10) == 0 ? "notBefore=\"" + year + "\" notAfter=\"" + (year + 1) + "\""
                    : String.format("when=\"%04d-%02d-%02d\"", year, 1 + random.nextInt(12), 1 + random.nextInt(28));
            action(w, "sent", random, "<date " + date + "/>");
            action(w, "received", random, "");
            w.write("</correspDesc>\n");
        }
        w.write("</profileDesc>\n</teiHeader>\n<text><body><p/></body></text>\n</TEI>\n");
    }

    private void action(Writer w, String type, Random random, String date) throws IOException {
        int p = random.nextInt(persons);
        String name = random.nextBoolean() ? "Person " + p : "P. " + p;
        // GND record numbers have 9 or 10 characters (1, 8 digits and a check character); the check character is not checked.
        String ref = p % 2 == 0 ? " ref=\"http://d-nb.info/gnd/" + (100_000_000 + p) + "\"" : "";
        int place = random.nextInt(PLACES);
        w.write("<correspAction type=\"" + type + "\"><persName" + ref + ">" + (ref.isEmpty() ? "Person " + p : name) + "</persName>"
                + "<placeName ref=\"https://sws.geonames.org/" + (2_000_000 + place) + "/\">Place " + place + "</placeName>"
                + date + "</correspAction>\n");
    }
}
