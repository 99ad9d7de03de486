package org.corrkg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryExecutionFactory;
import org.apache.jena.query.ResultSet;
import org.apache.jena.system.Txn;
import org.apache.jena.update.UpdateAction;
import org.corrkg.bench.SyntheticCorpus;
import org.corrkg.source.SourceFile;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * Under a place alone (and the type and disputed filters), browse/view-actors adds up each
 * actor's counts at that place kept at load (corr:PlaceActorCount) instead of reading the
 * place's communications, and gives exactly the rows, in the order, that reading them gives:
 * on the article and 3,000 generated letters in one store (several source graphs), for the
 * four places with the most communications. A store whose graph counts the places on the map
 * but not their actors (loaded by an older corrkg) is read through the communications, and
 * gives the same rows again.
 */
class PlaceActorCountsTest {

    private static final String CORR = "https://w3id.org/corrkg/ontology#";

    @TempDir static Path dir;
    private static Store store, older;
    private static String viewActors;
    private static List<String> places;

    @BeforeAll
    static void load() throws IOException {
        Path letters = dir.resolve("letters.nt");
        try (OutputStream out = Files.newOutputStream(letters)) {
            new SyntheticCorpus(3000, 5).write(out);
        }
        store = Store.openSeeded(dir.resolve("store"));
        new Loader(store).load(List.of(SourceFile.of(letters)));
        older = Store.openSeeded(dir.resolve("older"));
        new Loader(older).load(List.of(SourceFile.of(letters)));
        // As an older corrkg left it: no place actor counts.
        Txn.executeWrite(older.dataset(), () -> UpdateAction.parseExecute(
                "PREFIX corr: <" + CORR + "> DELETE { GRAPH ?g { ?x ?p ?o } } WHERE { GRAPH ?g { ?x a corr:PlaceActorCount ; ?p ?o } }",
                older.dataset()));
        viewActors = Files.readString(Path.of("queries/browse/view-actors.rq"), StandardCharsets.UTF_8);
        places = column(store, "PREFIX corr: <" + CORR + "> SELECT ?p WHERE { ?c a corr:Communication ; corr:place ?p }"
                               + " GROUP BY ?p ORDER BY DESC(COUNT(DISTINCT ?c)) STR(?p) LIMIT 4", "p");
    }

    @AfterAll
    static void close() {
        store.close();
        older.close();
    }

    @ParameterizedTest(name = "place {0}, type={1} disputed={2}")
    @CsvSource(nullValues = "-", value = {
        "0, -, -", "1, -, -", "2, -, -", "3, -, -",
        "0, https://w3id.org/corrkg/ontology#Letter, -", "1, -, exclude", "0, -, only",
        "2, https://w3id.org/corrkg/ontology#Communication, include"})
    void thePlacesActorCountsGiveWhatItsCommunicationsGive(int rank, String type, String disputed) {
        String place = places.get(rank);
        String bound = bind(viewActors, place, type, disputed);
        // The same query made to read the place's communications whatever the store keeps.
        String read = bound.replace("\"atPlace\", \"place\")", "\"place\", \"place\")");
        assertTrue(!read.equals(bound), "view-actors chooses between the place's counts and its communications");
        List<String> communications = table(store, read);
        assertTrue(communications.size() >= 5, place + " has correspondents under the filter: " + communications);
        assertEquals(communications, table(store, bound));
        assertEquals(communications, table(older, bound));
        long counted = column(store, "PREFIX corr: <" + CORR + "> SELECT DISTINCT ?a WHERE { ?x a corr:PlaceActorCount ;"
                                     + " corr:atPlace <" + place + "> ; corr:ofActor ?a }", "a").size();
        assertTrue(counted >= communications.size(), counted + " actors counted at " + place);
    }

    /** The query as the page binds it, with only the place and these filters set. */
    private static String bind(String text, String place, String type, String disputed) {
        String row = "VALUES (?place ?type ?disputedMode) { (<" + place + "> " + (type == null ? "UNDEF" : "<" + type + ">") + " "
                     + (disputed == null ? "UNDEF" : "\"" + disputed + "\"") + ") }";
        String bound = text.replaceAll("(?m)^(\\s*)# parameters$", "$1" + java.util.regex.Matcher.quoteReplacement(row));
        assertTrue(!bound.equals(text), "view-actors has a \"# parameters\" line");
        return bound;
    }

    private static List<String> table(Store in, String query) {
        return Txn.calculateRead(in.dataset(), () -> {
            List<String> out = new ArrayList<>();
            try (QueryExecution exec = QueryExecutionFactory.create(query, in.dataset())) {
                ResultSet rs = exec.execSelect();
                List<String> vars = rs.getResultVars();
                rs.forEachRemaining(s -> {
                    StringBuilder line = new StringBuilder();
                    for (String v : vars)
                        line.append(v).append('=').append(s.get(v)).append(' ');
                    out.add(line.toString());
                });
            }
            return out;
        });
    }

    private static List<String> column(Store in, String query, String var) {
        return Txn.calculateRead(in.dataset(), () -> {
            List<String> out = new ArrayList<>();
            try (QueryExecution exec = QueryExecutionFactory.create(query, in.dataset())) {
                exec.execSelect().forEachRemaining(s -> out.add(s.get(var).toString()));
            }
            return out;
        });
    }
}
