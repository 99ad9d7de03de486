package org.corrkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** who, ties, stats and search from the command line, on the article. */
class AskCliTest {

    @TempDir static Path dir;
    static String store;

    @BeforeAll
    static void seed() {
        store = dir.resolve("store").toString();
        assertEquals(0, CliTest.run("load", "--store", store).code());
    }

    /** Runs a command on the test store. */
    static CliTest.Run run(String... args) {
        return runOn(store, args);
    }

    /** Runs a command on {@code storeDir}: the command, then --store, then the rest. */
    static CliTest.Run runOn(String storeDir, String... args) {
        List<String> all = new java.util.ArrayList<>(List.of(args[0], "--store=" + storeDir));
        all.addAll(List.of(args).subList(1, args.length));
        return CliTest.run(all.toArray(String[]::new));
    }

    static List<String> column(String csv, int index) {
        return csv.lines().skip(1).map(l -> l.split(",")[index]).toList();
    }

    @Test
    void whoPrintsAReadableTable() {
        CliTest.Run r = run("who", "--to", "khamenei");
        assertEquals(0, r.code(), r.err());
        List<String> lines = r.out().lines().toList();
        assertEquals("date                type    from          to            via  status    evidence", lines.get(0));
        assertTrue(lines.get(1).startsWith("------------------  ------  ------------  ------------  ---  --------  --------"), lines.get(1));
        assertTrue(r.out().lines().skip(2).findFirst().orElse("").startsWith("May 2009            letter  Barack Obama  Ali Khamenei       attested"), r.out());
        assertTrue(r.out().endsWith("3 rows\n"), r.out());
    }

    @Test
    void whoWithClaimsSaysWhatIsClaimedAboutEachLetterByWhomAndWhoDeniesIt() throws Exception {
        CliTest.Run r = run("who", "--topic", "ISIS", "--type", "letter", "--claims", "--format", "csv");
        assertEquals(0, r.code(), r.err());
        try (var parser = org.apache.commons.csv.CSVFormat.RFC4180.builder().setHeader().get().parse(new java.io.StringReader(r.out()))) {
            List<org.apache.commons.csv.CSVRecord> rows = parser.getRecords();
            assertEquals(1, rows.size(), r.out());
            assertEquals("topic: Focused on nuclear issues. (Ali Shamkhani, attested, declined to comment by Obama administration); "
                         + "topic: Expressed concern about the growing threat of ISIS to the Middle East and the world, and laid out "
                         + "a shared interest in combating it. (The Wall Street Journal, reported, declined to comment by Obama "
                         + "administration); condition: Made cooperation on ISIS largely dependent on the result of the nuclear "
                         + "talks between Iran and the six major powers. (The Wall Street Journal, disputed, declined to comment "
                         + "by Obama administration, denied by Barack Obama)",
                         rows.get(0).get("claims"));
        }
    }

    @Test
    void whoShowsTheClaimsColumnOnlyWhenAskedFor() {
        String without = run("who", "--to", "Government of Iran", "--type", "letter").out().lines().findFirst().orElse("");
        assertEquals(List.of("date", "type", "from", "to", "via", "status", "evidence"), List.of(without.trim().split("\\s+")));
        List<String> lines = run("who", "--to", "Government of Iran", "--type", "letter", "--claims").out().lines().toList();
        assertEquals(List.of("date", "type", "from", "to", "via", "status", "evidence", "claims"), List.of(lines.get(0).trim().split("\\s+")));
        assertTrue(lines.get(2).endsWith("proposal: Called for direct talks with Iran. (Ali Motahari, disputed, denied by Obama administration); "
                                         + "warning: Warned Tehran against closing the Strait of Hormuz. (Ali Motahari, disputed, denied by "
                                         + "Obama administration)"), lines.get(2));
    }

    @Test
    void whoTurnsYearsAndMonthsIntoTheRightBounds() {
        CliTest.Run in2013 = run("who", "--in", "2013", "--reading", "certainly", "--format", "csv");
        assertEquals(0, in2013.code(), in2013.err());
        assertEquals(13, in2013.out().lines().count() - 1);
        CliTest.Run before = run("who", "--type", "letter", "--before", "2010", "--format", "csv");
        assertEquals(List.of("2006-01-01", "2008-11-04", "2009-01-20", "2009-05-01", "2009-05-01"), column(before.out(), 0));
        CliTest.Run after = run("who", "--type", "letter", "--after", "2013-08", "--reading", "certainly", "--format", "csv");
        assertEquals(List.of("2014-10-01"), column(after.out(), 0), "after August 2013 means from September");
        CliTest.Run during = run("who", "--during", "2014-10", "2014-10", "--reading", "certainly", "--format", "tsv");
        assertEquals(2, during.out().lines().count(), during.out());
    }

    @Test
    void whoRejectsBadDatesReadingsAndNamesWithAClearMessage() {
        assertEquals("corrkg: --after: 'last spring' is not a date (YYYY, YYYY-MM or YYYY-MM-DD)\n", run("who", "--after", "last spring").err());
        assertEquals("corrkg: --in: 'last-year' is not a date (YYYY, YYYY-MM or YYYY-MM-DD)\n", run("who", "--in", "last-year").err());
        assertEquals("corrkg: --during: '2013-13' is not a date (YYYY, YYYY-MM or YYYY-MM-DD)\n", run("who", "--during", "2013-13", "2014").err());
        CliTest.Run reading = run("who", "--in", "2013", "--reading", "maybe");
        assertEquals(2, reading.code());
        assertEquals("Invalid value for option '--reading': expected one of possibly, certainly, not 'maybe'\n"
                     + "Run 'corrkg who --help' for its options.\n", reading.err());
        assertEquals("Invalid value for option '--disputed': expected one of include, exclude, only, not 'hide'\n"
                     + "Run 'corrkg who --help' for its options.\n", run("who", "--disputed", "hide").err());
        assertEquals("corrkg: --during: '2014' is before '2015'\n", run("who", "--during", "2015", "2014").err());
        assertEquals("corrkg: Give --during or --in, or --after and --before, not both\n", run("who", "--in", "2013", "--after", "2012").err());
        CliTest.Run name = run("who", "--from", "Kamenei");
        assertEquals(1, name.code());
        assertEquals("corrkg: Unknown actor 'Kamenei'. Did you mean \"Ali Khamenei\" (id:khamenei)?\n", name.err());
    }

    @Test
    void tiesOfAnActorAndStatsSections() {
        CliTest.Run ties = run("ties", "--actor", "Rouhani");
        assertEquals(0, ties.code(), ties.err());
        assertEquals(List.of("Hassan Rouhani  Barack Obama  1     2         yes        2013-08-01  2013-09-27  letter; phone call"),
                     ties.out().lines().skip(2).limit(1).map(l -> l.replace("phone call; letter", "letter; phone call")).toList());
        CliTest.Run stats = run("stats", "--top", "3");
        assertEquals(0, stats.code(), stats.err());
        assertEquals(List.of("## Most active correspondents (first 3 of 22)", "## Busiest years (first 3 of 8)",
                             "## Secret and public channels", "## Replies and how long they took",
                             "## No reply, according to the source", "## Who broke the silence first (first 3 of 23)"),
                     stats.out().lines().filter(l -> l.startsWith("## ")).toList());
    }

    @Test
    void searchFindsAWordAndStaysInStepWhenTheDataIsLoadedAgain() throws Exception {
        String store = dir.resolve("search-store").toString();
        CliTest.Run first = runOn(store, "search", "Jesus");
        assertEquals(0, first.code(), first.err());
        assertTrue(first.out().contains("Ahmadinejad's 18-page letter to Bush  letter"), first.out());
        assertTrue(first.out().endsWith("1 row\n"), first.out());
        assertEquals(0, CliTest.run("load", "--store", store).code());
        assertTrue(runOn(store, "search", "Jesus").out().endsWith("1 row\n"), "no duplicate after reloading");
        Path extra = Files.writeString(dir.resolve("extra.ttl"), """
                @prefix : <https://w3id.org/corrkg/id/> .
                @prefix corr: <https://w3id.org/corrkg/ontology#> .
                @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
                @prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
                @prefix edtf: <http://id.loc.gov/datatypes/edtf/> .
                :test-letter a corr:Letter ; rdfs:label "A letter about zeppelins" ;
                    corr:sender :obama ; corr:addressee :rouhani ;
                    corr:edtf "2015"^^edtf:EDTF ; corr:earliest "2015-01-01"^^xsd:date ; corr:latest "2015-12-31"^^xsd:date ;
                    corr:status corr:Attested ; corr:evidence :us-iran-2014-p1 .
                """);
        assertEquals(0, CliTest.run("load", "--store", store, extra.toString()).code());
        assertTrue(runOn(store, "search", "zeppelins").out().contains("A letter about zeppelins"), "a load updates the index");
        CliTest.Run reindexed = runOn(store, "search", "--reindex", "zeppelin*");
        assertTrue(reindexed.err().startsWith("Indexed "), reindexed.err());
        assertTrue(reindexed.out().endsWith("1 row\n"), reindexed.out());
    }
}
