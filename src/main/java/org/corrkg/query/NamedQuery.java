package org.corrkg.query;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.text.TextQuery;
import org.corrkg.CorrkgException;

/**
 * A SPARQL query from a {@code .rq} file, with the header a person reads in the Fuseki UI:
 * <pre>
 * # # Title
 * # **Purpose:** what it answers.
 * # **Parameters:**
 * # - `?actor` (actor): whose correspondence
 * </pre>
 */
public record NamedQuery(String name, String title, String purpose, List<Parameter> parameters, Query query, String text) {

    private static final Pattern TITLE = Pattern.compile("^#\\s*#\\s+(.+)$");
    private static final Pattern PURPOSE = Pattern.compile("^#\\s*\\*\\*Purpose:\\*\\*\\s*(.*)$");
    private static final Pattern PARAM = Pattern.compile("^#\\s*-\\s*`?\\?(\\w+)`?\\s*\\(([^)]*)\\)\\s*:?\\s*(.*)$");

    /**
     * Parses a user's SPARQL file: with the header it declares parameters like a library
     * query; without one it runs as it is, titled by its file name.
     */
    public static NamedQuery parseFile(String name, String text) {
        return parse(name, text, false);
    }

    /** Parses the text of a library query, which must have the header; {@code name} is used in messages and to run it. */
    public static NamedQuery parse(String name, String text) {
        return parse(name, text, true);
    }

    private static NamedQuery parse(String name, String text, boolean headerRequired) {
        String title = null;
        StringBuilder purpose = new StringBuilder();
        List<Parameter> params = new ArrayList<>();
        boolean inPurpose = false;
        for (String line : text.split("\\R")) {
            if (!line.startsWith("#"))
                break;
            Matcher m;
            if (title == null && (m = TITLE.matcher(line)).matches()) {
                title = m.group(1).trim();
            } else if ((m = PURPOSE.matcher(line)).matches()) {
                purpose.append(m.group(1).trim());
                inPurpose = true;
            } else if ((m = PARAM.matcher(line)).matches()) {
                String[] words = m.group(2).split(",");
                boolean optional = words.length > 1 && words[1].trim().equals("optional");
                params.add(new Parameter(m.group(1), Parameter.Kind.parse(words[0], name), optional, m.group(3).trim()));
                inPurpose = false;
            } else if (line.contains("**")) {
                inPurpose = false;
            } else if (inPurpose && line.length() > 1 && !line.substring(1).isBlank()) {
                purpose.append(' ').append(line.substring(1).trim());
            }
        }
        if (title == null && headerRequired)
            throw new CorrkgException(name + ": the query has no '# # Title' header line");
        if (title == null)
            title = name;
        try {
            return new NamedQuery(name, title, purpose.toString(), List.copyOf(params), QueryFactory.create(text), text);
        } catch (QueryParseException e) {
            throw new CorrkgException(name + ": " + e.getMessage(), e);
        }
    }

    /**
     * True when the query may search the full-text index: it names jena-text's namespace
     * (for {@code text:query}), as a prefix or in full. A store read here without its text
     * index cannot answer it.
     */
    public boolean searchesText() {
        return text.contains(TextQuery.NS);
    }

    public Optional<Parameter> parameter(String paramName) {
        return parameters.stream().filter(p -> p.name().equals(paramName)).findFirst();
    }
}
