package org.corrkg.query;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.RDFNode;
import org.corrkg.CorrkgException;
import org.corrkg.Excerpt;
import org.corrkg.vocab.CORR;

/**
 * Turns what a person types (an IRI, {@code id:obama}, or a name such as "Supreme
 * Leader Khamenei") into the node it names, using the lookup queries
 * {@code find-actor}, {@code find-topic}, {@code find-type} and {@code find-office}.
 * Names match labels and aliases case-insensitively; an unknown or ambiguous name is
 * an error that lists candidates.
 */
public final class Resolver {

    /** An IRI that can be written into a query's text as it is (the endpoint receives text). */
    private static final Pattern PLAIN_IRI = Pattern.compile("[^\\s<>\"{}|\\\\^`]+");

    private final QuerySource source;
    private final QueryLibrary library;

    public Resolver(QuerySource source, QueryLibrary library) {
        this.source = source;
        this.library = library;
    }

    /** Call inside {@link QuerySource#read}. */
    public Node resolve(Parameter.Kind kind, String value) {
        String text = value.trim();
        String lookup = "find-" + kind.word();
        if (text.startsWith("<") && text.endsWith(">"))
            text = text.substring(1, text.length() - 1);
        if (text.startsWith("id:"))
            text = CORR.ID + text.substring(3);
        boolean isIri = text.matches("^[a-zA-Z][a-zA-Z0-9+.-]*:.*") && !text.contains(" ");
        // An IRI is checked by asking for that term alone, not by listing every name in the store.
        List<Candidate> rows = isIri && PLAIN_IRI.matcher(text).matches()
                ? find(lookup, "", NodeFactory.createURI(text)) : find(lookup, isIri ? "" : text, null);
        if (isIri) {
            String iri = text;
            if (rows.stream().anyMatch(c -> c.term().getURI().equals(iri)))
                return NodeFactory.createURI(iri);
            throw new CorrkgException("Unknown " + kind.word() + " <" + iri + ">: no " + kind.word() + " in the store has this IRI.");
        }
        Map<Node, String> exact = new LinkedHashMap<>();
        Map<Node, String> partial = new LinkedHashMap<>();
        String wanted = text.toLowerCase(Locale.ROOT);
        for (Candidate c : rows) {
            if (c.label().toLowerCase(Locale.ROOT).equals(wanted))
                exact.putIfAbsent(c.term(), c.preferred());
            partial.putIfAbsent(c.term(), c.preferred());
        }
        if (exact.size() == 1)
            return exact.keySet().iterator().next();
        if (exact.size() > 1)
            throw new CorrkgException("Ambiguous " + kind.word() + " '" + Excerpt.of(value) + "': it names " + list(exact)
                                      + ". Give one of these names or IRIs instead.");
        if (partial.isEmpty()) {
            Map<Node, String> near = nearSpellings(lookup, wanted);
            if (!near.isEmpty())
                throw new CorrkgException("Unknown " + kind.word() + " '" + Excerpt.of(value) + "'. Did you mean " + list(near) + "?");
            throw new CorrkgException("Unknown " + kind.word() + " '" + Excerpt.of(value) + "'. Run 'corrkg query " + lookup
                                      + " --param name=...' to search the names.");
        }
        throw new CorrkgException("Unknown " + kind.word() + " '" + Excerpt.of(value) + "'. Did you mean " + list(partial) + "?");
    }

    private record Candidate(Node term, String label, String preferred) {}

    /** Names within two edits of what was typed ("Kamenei", "Rohani"), or of one of its words. */
    private Map<Node, String> nearSpellings(String lookup, String wanted) {
        Map<Node, String> near = new LinkedHashMap<>();
        for (Candidate c : find(lookup, "", null)) {
            String label = c.label().toLowerCase(Locale.ROOT);
            boolean close = distance(label, wanted) <= 2;
            for (String word : label.split("[\\s,]+"))
                close |= word.length() > 3 && distance(word, wanted) <= 2;
            if (close)
                near.putIfAbsent(c.term(), c.preferred());
        }
        return near;
    }

    /** Levenshtein distance. */
    static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++)
            prev[j] = j;
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++)
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1));
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }

    /** The lookup query's rows for {@code name}, and only for {@code term} when it is not null. */
    private List<Candidate> find(String lookup, String name, Node term) {
        NamedQuery q = library.resolve(lookup);
        List<Candidate> out = new ArrayList<>();
        Map<String, Node> bindings = new LinkedHashMap<>();
        bindings.put("name", NodeFactory.createLiteralString(name));
        if (term != null)
            bindings.put("term", term);
        try (QueryExecution exec = source.execution(q.query(), bindings)) {
            ResultSet rs = exec.execSelect();
            while (rs.hasNext()) {
                QuerySolution s = rs.next();
                RDFNode pref = s.get("preferred");
                out.add(new Candidate(s.getResource("term").asNode(), s.getLiteral("label").getLexicalForm(),
                                      pref == null ? s.getLiteral("label").getLexicalForm() : pref.asLiteral().getLexicalForm()));
            }
        }
        return out;
    }

    private static String list(Map<Node, String> candidates) {
        return candidates.entrySet().stream()
                         .map(e -> "\"" + e.getValue() + "\" (" + shortIri(e.getKey()) + ")")
                         .collect(Collectors.joining(", "));
    }

    private static String shortIri(Node n) {
        String iri = n.getURI();
        return iri.startsWith(CORR.ID) ? "id:" + iri.substring(CORR.ID.length()) : "<" + iri + ">";
    }
}
