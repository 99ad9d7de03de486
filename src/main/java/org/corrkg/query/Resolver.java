package org.corrkg.query;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.corrkg.CorrkgException;
import org.corrkg.Excerpt;
import org.corrkg.names.NameKey;
import org.corrkg.query.NameLookup.Keyed;
import org.corrkg.query.NameLookup.Named;
import org.corrkg.query.NameLookup.Suggestions;
import org.corrkg.vocab.CORR;

/**
 * Turns what a person types (an IRI, {@code id:obama}, or a name such as "Supreme
 * Leader Khamenei" or "Müller, Johann") into the node it names. A name names what has a name
 * with the same key ({@link NameKey}: the same words, whatever their order, accents and case),
 * and nothing else: a name that is only part of one, or near one, is an error that suggests
 * the nearest names ({@link NameLookup#nearest}), and a name shared by several is an error
 * that lists them. Actors are looked up in the names graph by key ({@code find-actor-key}),
 * which costs one index lookup; topics, types, offices and places, fewer, by reading all their
 * labels ({@code find-topic}, {@code find-type}, {@code find-office}, {@code find-place}).
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
        if (text.matches("^[a-zA-Z][a-zA-Z0-9+.-]*:.*") && !text.contains(" ")) {
            // An IRI is checked by asking for that term alone, not by listing every name in the store.
            if (PLAIN_IRI.matcher(text).matches() && !rows(lookup, NodeFactory.createURI(text)).isEmpty())
                return NodeFactory.createURI(text);
            throw new CorrkgException("Unknown " + kind.word() + " <" + text + ">: no " + kind.word() + " in the store has this IRI.");
        }
        NameLookup names = new NameLookup(source, library);
        List<Named> exact;
        Suggestions near = null;
        if (kind == Parameter.Kind.ACTOR) {
            exact = names.actorsNamed(text);
            if (exact.isEmpty())
                near = names.actorsNear(text);
        } else {
            List<Keyed> labels = rows(lookup, null);
            String key = NameKey.of(text);
            Map<Node, Named> same = new LinkedHashMap<>();
            labels.stream().filter(k -> k.key().equals(key)).forEach(k -> same.putIfAbsent(k.named().term(), k.named()));
            exact = List.copyOf(same.values());
            if (exact.isEmpty())
                near = NameLookup.nearest(key, labels);
        }
        // A name that is one candidate's preferred name and only an alias of the others means that one:
        // "Iran" is the state, though the Government of Iran is also called so.
        if (exact.size() > 1) {
            String key = NameKey.of(text);
            List<Named> preferred = exact.stream().filter(n -> NameKey.of(n.preferred()).equals(key)).toList();
            if (preferred.size() == 1)
                exact = preferred;
        }
        if (exact.size() == 1)
            return exact.get(0).term();
        String quoted = kind.word() + " '" + Excerpt.of(value) + "'";
        if (exact.size() > 1)
            throw new CorrkgException("Ambiguous " + quoted + ": it names " + list(exact, 0) + ". Give one of these names or IRIs instead.");
        if (!near.nearest().isEmpty())
            throw new CorrkgException("Unknown " + quoted + ". Did you mean " + list(near.nearest(), near.more()) + "?");
        if (near.names() == 0 && kind == Parameter.Kind.ACTOR)
            throw new CorrkgException("Unknown " + quoted + ": the store's names graph names no actor (a store built by a corrkg "
                                      + "older than that graph has none: build it again).");
        if (near.names() == 0)
            throw new CorrkgException("Unknown " + quoted + ": the store names no " + kind.word() + " at all.");
        throw new CorrkgException("Unknown " + quoted + ". Run 'corrkg query " + lookup + " --param name=...' to search the names.");
    }

    /**
     * The rows of a lookup query for every name, or only for {@code term} when it is not null,
     * each with the key of its name: the key itself where the query gives one, else the key of its label.
     */
    private List<Keyed> rows(String lookup, Node term) {
        Map<String, Node> bindings = new LinkedHashMap<>();
        bindings.put("name", NodeFactory.createLiteralString(""));
        if (term != null)
            bindings.put("term", term);
        List<Keyed> out = new ArrayList<>();
        try (QueryExecution exec = source.execution(library.resolve(lookup).query(), bindings)) {
            ResultSet rs = exec.execSelect();
            while (rs.hasNext()) {
                QuerySolution s = rs.next();
                String name = s.contains("key") ? s.getLiteral("key").getLexicalForm() : NameKey.of(s.getLiteral("label").getLexicalForm());
                out.add(new Keyed(new Named(s.getResource("term").asNode(), s.getLiteral("preferred").getLexicalForm(), null), name));
            }
        }
        return out;
    }

    private static String list(List<Named> candidates, int more) {
        return candidates.stream().map(n -> "\"" + n.preferred() + "\" (" + n.shortIri() + ")").collect(Collectors.joining(", "))
               + (more > 0 ? " or " + more + " more" : "");
    }
}
