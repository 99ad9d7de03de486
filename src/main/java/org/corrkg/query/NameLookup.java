package org.corrkg.query;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.RDFNode;
import org.corrkg.names.NameKey;
import org.corrkg.names.NameMatch;
import org.corrkg.vocab.CORR;

/**
 * Looks names up in the names graph, as people write them: first by the name's key
 * ({@link NameKey}) with {@code find-actor-key}, one index lookup; and only when no name has
 * that key, by nearness ({@link NameMatch}) over every key, read by {@code find-actor} (actors)
 * or {@code find-name} (actors and places). Call inside {@link QuerySource#read}.
 */
public final class NameLookup {

    /** How many suggestions a message lists. */
    public static final int SUGGESTIONS = 10;

    private final QuerySource source;
    private final QueryLibrary library;

    public NameLookup(QuerySource source, QueryLibrary library) {
        this.source = source;
        this.library = library;
    }

    /** Something with a name: the name it is shown by and, where known, what it is (person, place...). */
    public record Named(Node term, String preferred, String kind) {

        /** The IRI as {@code id:NAME} when it is one of corrkg's, else in angle brackets. */
        public String shortIri() {
            String iri = term.getURI();
            return iri.startsWith(CORR.ID) ? "id:" + iri.substring(CORR.ID.length()) : "<" + iri + ">";
        }
    }

    /** A name under one of its keys, as a lookup reads it. */
    record Keyed(Named named, String key) {}

    /** The nearest names, closest first, how many more were as near, and how many names there were to choose from. */
    public record Suggestions(List<Named> nearest, int more, int names) {}

    /** The actors one of whose names has the key of {@code name}, in the order of the names they are shown by. */
    public List<Named> actorsNamed(String name) {
        List<Named> out = new ArrayList<>();
        try (QueryExecution exec = source.execution(library.resolve("find-actor-key").query(),
                                                    Map.of("key", NodeFactory.createLiteralString(NameKey.of(name))))) {
            ResultSet rs = exec.execSelect();
            while (rs.hasNext()) {
                QuerySolution s = rs.next();
                out.add(new Named(s.getResource("term").asNode(), s.getLiteral("preferred").getLexicalForm(), null));
            }
        }
        return out;
    }

    /** The actors whose names are nearest {@code name}; reads every actor's keys. */
    public Suggestions actorsNear(String name) {
        return nearest(NameKey.of(name), keys("find-actor"));
    }

    /** The actors and places whose names are nearest {@code name}; reads every key. */
    public Suggestions namesNear(String name) {
        return nearest(NameKey.of(name), keys("find-name"));
    }

    /** A name suggested as someone types: the node, the name it is shown by, what it is, and whether it is a place. */
    public record Suggestion(Node term, String preferred, String kind, boolean place) {}

    /** The most suggestions {@link #startingAs} gives. */
    public static final int MAX_SUGGESTIONS = 50;

    /**
     * The actors and places (at most {@code limit}, 1 to {@link #MAX_SUGGESTIONS}) one of whose
     * names has, for each word of {@code typed}, a word that starts with it, accents and case
     * folded, in any order ({@code find-name-start}); those with a name of exactly the words
     * typed first. Nothing for a name without letters or digits.
     */
    public List<Suggestion> startingAs(String typed, int limit) {
        String[] words = NameKey.words(typed);
        if (words.length == 0)
            return List.of();
        StringBuilder regex = new StringBuilder("^");
        // Words are runs of letters and digits only: nothing in them is special to a regular expression.
        for (String w : new java.util.TreeSet<>(List.of(words)))
            regex.append("(?=.*(^| )").append(w).append(')');
        org.apache.jena.query.Query q = library.resolve("find-name-start").query().cloneQuery();
        q.setLimit(Math.max(1, Math.min(MAX_SUGGESTIONS, limit)));
        List<Suggestion> out = new ArrayList<>();
        try (QueryExecution exec = source.execution(q, Map.of("words", NodeFactory.createLiteralString(regex.toString()),
                                                              "key", NodeFactory.createLiteralString(NameKey.of(typed))))) {
            ResultSet rs = exec.execSelect();
            while (rs.hasNext()) {
                QuerySolution s = rs.next();
                RDFNode kind = s.get("kind");
                out.add(new Suggestion(s.getResource("term").asNode(), s.getLiteral("preferred").getLexicalForm(),
                                       kind == null ? null : kind.asLiteral().getLexicalForm(), s.getLiteral("place").getBoolean()));
            }
        }
        return out;
    }

    /**
     * The words of a full-text (Lucene) query without its operators (AND, OR, NOT, &&, ||),
     * fuzziness and boosts ({@code ~2}, {@code ^3}): what to look for among the names when the
     * search finds nothing.
     */
    public static String searchedWords(String luceneQuery) {
        StringBuilder words = new StringBuilder();
        for (String token : luceneQuery.replaceAll("[~^][0-9.]*", " ").split("\\s+"))
            if (!List.of("AND", "OR", "NOT", "&&", "||").contains(token))
                words.append(token).append(' ');
        return words.toString().trim();
    }

    /** Every key a lookup query lists for an empty name. */
    private List<Keyed> keys(String lookup) {
        List<Keyed> out = new ArrayList<>();
        try (QueryExecution exec = source.execution(library.resolve(lookup).query(),
                                                    Map.of("name", NodeFactory.createLiteralString("")))) {
            ResultSet rs = exec.execSelect();
            while (rs.hasNext()) {
                QuerySolution s = rs.next();
                RDFNode kind = s.get("kind");
                out.add(new Keyed(new Named(s.getResource("term").asNode(), s.getLiteral("preferred").getLexicalForm(),
                                            kind == null ? null : kind.asLiteral().getLexicalForm()),
                                  s.getLiteral("key").getLexicalForm()));
            }
        }
        return out;
    }

    /**
     * The names near the key {@code typed}, closest first ({@link NameMatch#cost}, the cheapest
     * of each one's keys), then in the order of the names they are shown by and of their IRIs.
     */
    static Suggestions nearest(String typed, List<Keyed> keys) {
        Map<Node, Integer> cost = new LinkedHashMap<>();
        Map<Node, Named> named = new LinkedHashMap<>();
        for (Keyed k : keys) {
            named.putIfAbsent(k.named().term(), k.named());
            int c = NameMatch.cost(typed, k.key());
            if (c != NameMatch.FAR)
                cost.merge(k.named().term(), c, Math::min);
        }
        List<Named> near = cost.keySet().stream().map(named::get)
                               .sorted(Comparator.comparing((Named n) -> cost.get(n.term()))
                                                 .thenComparing(Named::preferred)
                                                 .thenComparing(n -> n.term().toString()))
                               .toList();
        int shown = Math.min(near.size(), SUGGESTIONS);
        return new Suggestions(near.subList(0, shown), near.size() - shown, named.size());
    }
}
