package org.corrkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Names as people write them, on the article and four Müllers (src/test/resources/names/muellers.ttl),
 * loaded after it, so that their names reach the names graph by an incremental load.
 */
class NameLookupCliTest {

    @TempDir static Path dir;
    static String store;

    @BeforeAll
    static void seed() {
        store = dir.resolve("store").toString();
        assertEquals(0, CliTest.run("load", "--store", store).code());
        assertEquals(0, CliTest.run("load", "--store", store, "src/test/resources/names/muellers.ttl").code());
    }

    static CliTest.Run run(String... args) {
        return AskCliTest.runOn(store, args);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Johann Müller", "johann muller", "MÜLLER, JOHANN", "Muller Johann", "Müller, Johann", "id:mueller-johann"})
    void aNameFindsItsActorInEitherOrderWithOrWithoutAccentsInAnyCase(String name) {
        CliTest.Run from = run("who", "--from", name, "--format", "csv");
        assertEquals(0, from.code(), from.err());
        assertEquals(List.of("https://w3id.org/corrkg/id/letter-1801-johann-hans"), AskCliTest.column(from.out(), 4));
        CliTest.Run between = run("who", "--between", name, "Johanna Müller", "--format", "csv");
        assertEquals(0, between.code(), between.err());
        assertEquals(List.of("https://w3id.org/corrkg/id/letter-1802-johanna-johann"), AskCliTest.column(between.out(), 4));
    }

    @Test
    void tiesTakeTheNameAsWrittenToo() {
        CliTest.Run ties = run("ties", "--actor", "johann MULLER", "--format", "csv");
        assertEquals(0, ties.code(), ties.err());
        assertEquals(List.of("https://w3id.org/corrkg/id/mueller-johann", "https://w3id.org/corrkg/id/mueller-johann"),
                     AskCliTest.column(ties.out(), 0));
    }

    @Test
    void aMisspelledNameSuggestsTheNearestNamesNearestFirst() {
        CliTest.Run typo = run("who", "--from", "Johan Muler");
        assertEquals(1, typo.code());
        assertEquals("corrkg: Unknown actor 'Johan Muler'. Did you mean \"Müller, Johann\" (id:mueller-johann), "
                     + "\"Müller, Johanna\" (id:mueller-johanna)?\n", typo.err());
    }

    @Test
    void aSurnameAloneListsThoseWhoBearItThenThoseWhoseNameIsSpelledNearly() {
        CliTest.Run surname = run("who", "--to", "Müller");
        assertEquals(1, surname.code());
        assertEquals("corrkg: Unknown actor 'Müller'. Did you mean \"Müller, Johann\" (id:mueller-johann), "
                     + "\"Müller, Johanna\" (id:mueller-johanna), \"Hans Mueller\" (id:mueller-hans-younger), "
                     + "\"Mueller, Hans\" (id:mueller-hans)?\n", surname.err());
    }

    @Test
    void aNameTwoActorsShareIsAmbiguousAndListsBothByTheNamesTheyAreShownBy() {
        CliTest.Run shared = run("who", "--from", "mueller, hans");
        assertEquals(1, shared.code());
        assertEquals("corrkg: Ambiguous actor 'mueller, hans': it names \"Hans Mueller\" (id:mueller-hans-younger), "
                     + "\"Mueller, Hans\" (id:mueller-hans). Give one of these names or IRIs instead.\n", shared.err());
    }

    @Test
    void theArticlesNamesStillResolveAndSuggest() {
        CliTest.Run leader = run("who", "--from", "Obama", "--to", "Supreme Leader Khamenei", "--type", "letter", "--format", "csv");
        assertEquals(0, leader.code(), leader.err());
        assertEquals(3, AskCliTest.column(leader.out(), 4).size(), leader.out());
        CliTest.Run typo = run("who", "--from", "Rohani");
        assertEquals(1, typo.code());
        assertEquals("corrkg: Unknown actor 'Rohani'. Did you mean \"Hassan Rouhani\" (id:rouhani)?\n", typo.err());
        CliTest.Run ali = run("who", "--from", "Ali");
        assertEquals("corrkg: Unknown actor 'Ali'. Did you mean \"Ali Khamenei\" (id:khamenei), \"Ali Motahari\" (id:motahari), "
                     + "\"Ali Shamkhani\" (id:shamkhani)?\n", ali.err());
    }

    @Test
    void aSearchThatFindsNothingSuggestsNamesOneALine() {
        CliTest.Run search = run("search", "Muler");
        assertEquals(0, search.code(), search.err());
        assertEquals("match  kind  text  node\n-----  ----  ----  ----\n0 rows\n", search.out());
        assertEquals("""
                Nothing matched 'Muler'. Names near it:
                  "Müller, Johann" (person, id:mueller-johann)
                  "Müller, Johanna" (person, id:mueller-johanna)
                """, search.err());
        CliTest.Run place = run("search", "Tehrn", "--format", "csv");
        assertEquals("node,label,kind,matched\r\n", place.out());
        assertEquals("Nothing matched 'Tehrn'. Names near it:\n  \"Government of Iran\" (government, id:iran-government)\n"
                     + "  \"Tehran\" (place, id:tehran)\n", place.err());
        CliTest.Run words = run("search", "nuclear AND zeppelins");
        assertEquals("", words.err(), "no name is near both words");
    }

    @Test
    void aSearchThatFindsSomethingSuggestsNothing() {
        CliTest.Run search = run("search", "Müller");
        assertEquals(0, search.code(), search.err());
        assertEquals("", search.err());
    }
}
