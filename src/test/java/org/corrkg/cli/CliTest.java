package org.corrkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import picocli.CommandLine;

/** Runs the picocli command line in-process, asserting exit codes and exactly what it prints. */
class CliTest {

    @TempDir static Path dir;
    static String store;

    record Run(int code, String out, String err) {}

    @BeforeAll
    static void seed() {
        store = dir.resolve("store").toString();
        assertEquals(0, run("load", "--store", store).code());
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cmd = Main.commandLine();
        cmd.setOut(new PrintWriter(out));
        cmd.setErr(new PrintWriter(err));
        int code = cmd.execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    static Run query(String... args) {
        List<String> all = new ArrayList<>(List.of("query", "--store", store));
        all.addAll(List.of(args));
        return run(all.toArray(String[]::new));
    }

    @Test
    void queryPrintsExactlyWhatObamaSentToKhameneiAsCsv() {
        Run r = query("from-to", "-p", "sender=Obama", "-p", "recipient=Supreme Leader Khamenei", "--format", "csv");
        assertEquals(0, r.code(), r.err());
        assertEquals("""
                earliest,latest,date,type,communication,label,status\r
                2009-05-01,2009-05-31,May 2009,letter,https://w3id.org/corrkg/id/letter-2009-05-obama-khamenei,Obama's letter to Khamenei of May 2009,attested\r
                2009-05-01,2009-09-30,[2009-05..2009-09],letter,https://w3id.org/corrkg/id/letter-2009-09-obama-khamenei,Obama's second letter to Khamenei,reported\r
                2014-10-01,2014-10-31,Mid-October 2014,letter,https://w3id.org/corrkg/id/letter-2014-10-obama-khamenei,Obama's letter to Khamenei on ISIS,attested\r
                """, r.out());
    }

    @Test
    void aNameThatIsOneActorsNameAndAnothersAliasMeansTheFirst() {
        // "Iran" is the state's name and an alias of the Government of Iran; a name two actors
        // share as aliases is ambiguous (NameLookupCliTest).
        Run r = query("from-to", "-p", "sender=Obama", "-p", "recipient=iran", "--format", "csv");
        assertEquals(0, r.code(), r.err());
        assertEquals(List.of("id:nowruz-2011", "id:nowruz-2013", "id:nowruz-2014"),
                     r.out().lines().skip(1).map(l -> l.replaceAll("^.*,https://w3id.org/corrkg/id/([^,]+),.*$", "id:$1")).toList());
    }

    @Test
    void anUnknownNameSuggestsTheActorsItCouldMean() {
        Run r = query("correspondence-of", "-p", "actor=Rouhan");
        assertEquals(1, r.code());
        assertEquals("corrkg: Unknown actor 'Rouhan'. Did you mean \"Hassan Rouhani\" (id:rouhani)?\n", r.err());
    }

    @Test
    void aValueCannotChangeTheQueryItIsBoundInto() {
        Run r = query("find-actor", "-p", "name=x\") } UNION { ?term ?p ?o } #", "--format", "csv");
        assertEquals(0, r.code(), r.err());
        assertEquals("term,preferred,key\r\n", r.out());
    }

    @Test
    void aMissingOrUnknownParameterIsAnErrorThatListsTheParameters() {
        Run missing = query("from-to", "-p", "sender=Obama");
        assertEquals(1, missing.code());
        assertEquals("corrkg: from-to needs --param recipient=...; its parameters: "
                     + "?sender (actor), ?recipient (actor), ?includeDisputed (boolean, optional)\n", missing.err());
        Run unknown = query("chronology", "-p", "year=2009");
        assertEquals(1, unknown.code());
        assertEquals("corrkg: chronology has no parameter year; its parameters: none\n", unknown.err());
    }

    @Test
    void badValuesAreRejectedBeforeTheQueryRuns() {
        Run date = query("office-holder", "-p", "office=President of Iran", "-p", "date=1 May 2010");
        assertEquals(1, date.code());
        assertEquals("corrkg: Parameter date: '1 May 2010' is not a date (yyyy-mm-dd)\n", date.err());
        Run format = query("chronology", "--format", "pdf");
        assertEquals(2, format.code());
        assertEquals("Invalid value for option '--format': expected one of table, csv, tsv, json, xml, not 'pdf'\n"
                     + "Run 'corrkg query --help' for its options.\n", format.err());
    }

    @Test
    void anIriParameterTakesTheIdPrefixTheTablesPrint() {
        Run r = query("claims", "-p", "communication=id:letter-2014-10-obama-khamenei", "--format", "csv");
        assertEquals(0, r.code(), r.err());
        assertEquals(List.of("https://w3id.org/corrkg/id/claim-2014-10-shamkhani-nuclear", "https://w3id.org/corrkg/id/claim-2014-10-wsj-isis",
                             "https://w3id.org/corrkg/id/claim-2014-10-wsj-condition"),
                     r.out().lines().skip(1).map(l -> l.split(",")[2]).distinct().toList());
    }

    @Test
    void listShowsEveryQueryWithItsTitle() {
        Run r = query("--list");
        assertEquals(0, r.code());
        assertTrue(r.out().contains("from-to                    Communications from one actor to another\n"
                                    + "                             ?sender (actor) who sent, by IRI or name\n"), r.out());
        assertEquals(71, r.out().lines().filter(l -> !l.startsWith(" ")).count(), "every query of the library, as QueryLibraryTest counts them");
    }

    @Test
    void aQueryFileRunsLikeANamedQuery() throws IOException {
        Path file = Files.writeString(dir.resolve("count.rq"), """
                # # Count letters
                # **Purpose:** how many letters.
                PREFIX corr: <https://w3id.org/corrkg/ontology#>
                SELECT (COUNT(?l) AS ?letters) { ?l a corr:Letter }
                """);
        Run r = query(file.toString(), "--format", "tsv");
        assertEquals(0, r.code(), r.err());
        assertEquals("?letters\n8\n", r.out());
    }

    @Test
    void aQueryFileThatSearchesTheTextFindsWhatTheIndexHolds() throws IOException {
        // Other queries read the store without opening its text index; this one names jena-text's namespace.
        Path file = Files.writeString(dir.resolve("text.rq"), """
                PREFIX text: <http://jena.apache.org/text#>
                SELECT DISTINCT ?node { ?node text:query "Schieffer" } ORDER BY ?node
                """);
        Run r = query(file.toString(), "--format", "tsv");
        assertEquals(0, r.code(), r.err());
        assertEquals("?node\n<https://w3id.org/corrkg/id/interview-2014-11-09-cbs>\n<https://w3id.org/corrkg/id/schieffer>\n", r.out());
    }

    /** A letter with a misspelt property and nothing else it needs: the problems {@link #BAD_LETTER_REPORT} names. */
    static final String BAD_LETTER = """
            @prefix : <https://w3id.org/corrkg/id/> .
            @prefix corr: <https://w3id.org/corrkg/ontology#> .
            :letter-x a corr:Letter ; corr:sendr :obama .
            """;

    /** What {@code validate} says of {@link #BAD_LETTER} written to {@code file}. */
    static String badLetterReport(Path file) {
        return String.join("\n",
                file + ": id:letter-x: A communication needs a corr:sender (or corr:participant), or corr:senderUnknown true.",
                file + ": id:letter-x: A communication with no date bound at all: give corr:earliest or corr:latest, or the EDTF date XXXX for a wholly unknown date.",
                file + ": id:letter-x: uses corr:sendr, which the ontology does not declare",
                file + ": id:letter-x corr:edtf: A communication needs exactly one EDTF date (use an open form such as [2009-03-20..] when the source sets only a bound).",
                file + ": id:letter-x corr:evidence: A communication needs evidence: a corr:evidence link to a corr:SourcePassage.",
                file + ": id:letter-x corr:status: A communication needs exactly one corr:status: corr:Attested, corr:ReportedOnly or corr:Disputed.",
                file + ": id:letter-x rdfs:label: A communication needs a label.",
                "7 problem(s) found.", "");
    }

    @Test
    void validateReportsFileNodeAndMessageAndExitsOne() throws IOException {
        Path bad = Files.writeString(dir.resolve("bad.ttl"), BAD_LETTER);
        Run r = run("validate", bad.toString());
        assertEquals(1, r.code());
        assertEquals(badLetterReport(bad), r.err());
    }

    @Test
    void validateWithoutFilesChecksTheBundledData() {
        Run r = run("validate");
        assertEquals(0, r.code(), r.err());
        assertEquals("Valid: no problems found.\n", r.out());
    }

    @Test
    void loadReportsAParseErrorWithFileAndLineAndExitsOne() throws IOException {
        Path bad = Files.writeString(dir.resolve("broken.ttl"), "@prefix : <http://example.org/> .\n:a :b :c ;\n    :d .\n");
        Run r = run("load", "--store", store, bad.toString());
        assertEquals(1, r.code());
        assertEquals("corrkg: " + bad + ":3:8: Unrecognized (expected an RDF Term): [DOT]\n", r.err());
    }

    @Test
    void unknownOptionsAreAUsageErrorWithExitTwo() {
        Run r = run("query", "--frmat", "csv");
        assertEquals(2, r.code());
        assertTrue(r.err().startsWith("Unknown option: '--frmat'"), r.err());
    }
}
