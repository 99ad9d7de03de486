package org.corrkg.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.corrkg.query.NamedQuery;
import org.corrkg.query.Parameter;
import org.corrkg.query.QueryLibrary;

/**
 * The commands {@link RemoteCliTest} runs here and at each store elsewhere once both hold the
 * article and the Spener CMIF file: every library query that runs without jena-text, its
 * optional parameters unbound and each required one given a value from Spener's letters (or,
 * where Spener has none, such as topics and offices, from the article); and {@code who},
 * {@code ties} and every section of {@code stats}. Each as SPARQL JSON results, so that the
 * rows can be compared.
 */
final class SpenerCommands {

    static final String SPENER = "https://d-nb.info/gnd/118616099";
    static final String FRANCKE = "https://d-nb.info/gnd/118534688";
    static final String SOURCE = "https://raw.githubusercontent.com/saw-leipzig/cmif-spener/master/letters.xml";
    static final String LETTER = SOURCE + "#letter-dd7ea388-2525-4fad-adff-bf0204346779-11";
    /** The graph store/graph dumps: the names of both sources' actors and places (1,903 triples), not Spener's 121,167. */
    static final String NAMES = "https://w3id.org/corrkg/graph/names";
    static final String FRANKFURT = "https://sws.geonames.org/2925533/";

    /** The value of a required parameter, by query and parameter name, else by parameter name alone. */
    private static final Map<String, String> VALUES = Map.ofEntries(
            Map.entry("actor", SPENER), Map.entry("actor1", SPENER), Map.entry("actor2", FRANCKE),
            Map.entry("sender", SPENER), Map.entry("recipient", FRANCKE), Map.entry("c", LETTER),
            Map.entry("place", FRANKFURT), Map.entry("topic", "ISIS"), Map.entry("class", "letter"),
            Map.entry("office", "President of Iran"), Map.entry("date", "2013-09-01"), Map.entry("pattern", "Francke"),
            Map.entry("graph", NAMES), Map.entry("key", "Philipp Jakob Spener"), Map.entry("words", "Spener"),
            Map.entry("find-name-start.key", "spener"), Map.entry("find-actor.name", "Spener"),
            Map.entry("find-name.name", "Frankfurt"), Map.entry("find-place.name", "Frankfurt"),
            Map.entry("find-office.name", "President"), Map.entry("find-topic.name", "ISIS"),
            Map.entry("find-type.name", "letter"));

    /** The stats sections, each a query of its own. */
    static final List<String> SECTIONS = List.of("degree", "busiest-years", "secrecy", "reply-delays", "unanswered", "first-contacts");

    private SpenerCommands() {}

    /** Each command, with {@code --format json}. */
    static List<List<String>> all() {
        List<List<String>> all = new ArrayList<>();
        for (NamedQuery q : QueryLibrary.bundled().all()) {
            if (q.searchesText())
                continue;
            List<String> c = new ArrayList<>(List.of("query", q.name()));
            for (Parameter p : q.parameters()) {
                if (p.optional())
                    continue;
                String v = VALUES.getOrDefault(q.name() + "." + p.name(), VALUES.get(p.name()));
                if (v == null)
                    throw new AssertionError(q.name() + ": no Spener value for its parameter ?" + p.name());
                c.addAll(List.of("-p", p.name() + "=" + v));
            }
            all.add(c);
        }
        all.add(List.of("who", "--from", "Philipp Jakob Spener", "--before", "1680"));
        all.add(List.of("who", "--to", SPENER, "--before", "1680"));
        all.add(List.of("who", "--between", "Philipp Jakob Spener", "August Hermann Francke", "--claims"));
        all.add(List.of("who", "--from", "Philipp Jakob Spener", "--to", "August Hermann Francke"));
        all.add(List.of("ties"));
        all.add(List.of("ties", "--actor", "August Hermann Francke"));
        for (String s : SECTIONS)
            all.add(List.of("stats", "--section", s));
        List<List<String>> json = new ArrayList<>();
        for (List<String> c : all) {
            List<String> j = new ArrayList<>(c);
            j.addAll(List.of("--format", "json"));
            json.add(j);
        }
        return json;
    }

    /** Whether {@code command}'s rows come in an order of the query's own (a library query without ORDER BY has none). */
    static boolean ordered(List<String> command) {
        return !command.get(0).equals("query") || QueryLibrary.bundled().resolve(command.get(1)).query().hasOrderBy();
    }
}
