package org.corrkg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.apache.jena.system.Txn;
import org.corrkg.store.CommitSteps.Step;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The process dies (Runtime.halt in a second JVM, as under kill -9) at each step of a load or a
 * rebuild where the store and its text index differ; the next open must make the index hold
 * exactly what the store holds. Each kind of crash runs once per build; the long variant,
 * {@code mvn test -Dtest=TextIndexCrashTest -Dcorrkg.crashRuns=4}, runs each four times, 20 in all.
 * Every run loads a new version of one file: a person renamed and a letter replaced.
 */
class TextIndexCrashTest {

    static final int RUNS = Integer.getInteger("corrkg.crashRuns", 1);
    static final String NS = "https://example.org/crash/";

    @TempDir static Path shared;
    static Path firstVersion;

    @TempDir Path dir;
    Path store;
    Path letters;

    /** Loads the ontology and the first version once; each test copies the closed store. */
    @BeforeAll
    static void loadTheFirstVersionOnce() throws IOException {
        firstVersion = shared.resolve("store");
        Path file = shared.resolve("letters.ttl");
        writeVersion(file, 0);
        try (Store s = Store.open(firstVersion)) {
            new Loader(s).loadUserGraphs(Batch.of(List.of(CrashingWrite.letters(file))));
        }
    }

    @BeforeEach
    void copyTheFirstVersion() throws IOException {
        store = dir.resolve("store");
        letters = dir.resolve("letters.ttl");
        try (var paths = Files.walk(firstVersion)) {
            for (Path from : (Iterable<Path>) paths::iterator)
                Files.copy(from, store.resolve(firstVersion.relativize(from).toString()));
        }
    }

    @Test
    void aCrashAfterTheStoreCommitsAndBeforeTheIndexDoesIsCaughtUpAtTheNextOpen() throws Exception {
        for (int v = 1; v <= RUNS; v++) {
            load(v, Step.DATA_COMMITTED, false);
            assertAgree(v, v);
        }
    }

    @Test
    void aCrashAfterTheIndexCommitsAndBeforeTheStoreDoesIsUndoneAtTheNextOpen() throws Exception {
        for (int v = 1; v <= RUNS; v++) {
            load(v, Step.INDEX_PREPARED, true);
            assertAgree(0, v);
        }
    }

    @Test
    void aCrashBeforeEitherCommitsLeavesBothAsTheyWere() throws Exception {
        for (int v = 1; v <= RUNS; v++) {
            load(v, Step.INDEX_PREPARED, false);
            assertAgree(0, v);
        }
    }

    @Test
    void aCrashAfterBothCommitLeavesBothWithTheNewVersion() throws Exception {
        for (int v = 1; v <= RUNS; v++) {
            load(v, Step.INDEX_COMMITTED, false);
            assertAgree(v, v);
        }
    }

    /** A half-built index is committed on odd runs, so the next open finds it wrong, not merely old. */
    @Test
    void aCrashInTheMiddleOfTheRebuildAfterACrashIsRebuiltAgainAtTheNextOpen() throws Exception {
        for (int v = 1; v <= RUNS; v++) {
            load(v, Step.DATA_COMMITTED, false);
            crash(List.of(Step.LITERAL_REINDEXED.name(), String.valueOf(1 + 40 * (v - 1)), String.valueOf(v % 2 == 1)));
            assertAgree(v, v);
        }
    }

    /** Writes version {@code v} of the file and loads it in a second JVM that halts at {@code step}. */
    private void load(int v, Step step, boolean commitIndexFirst) throws Exception {
        writeVersion(letters, v);
        crash(List.of(step.name(), "1", String.valueOf(commitIndexFirst), letters.toString()));
    }

    private void crash(List<String> args) throws Exception {
        haltIn(store, args, dir.resolve("child.log"));
    }

    /** Runs {@link CrashingWrite} on {@code store} with {@code args} in a second JVM and checks it halted at the step. */
    static void haltIn(Path store, List<String> args, Path log) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), CrashingWrite.class.getName(), store.toString()));
        command.addAll(args);
        Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (!p.waitFor(300, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("the child JVM did not finish: " + args);
        }
        assertEquals(CrashingWrite.HALTED, p.exitValue(), "the child halts at the step " + args + ":\n" + Files.readString(log));
    }

    /**
     * The store holds version {@code holds} after an attempt to load {@code tried}; search finds
     * its person and letter by their words, nothing by the words of another version, and the
     * index holds exactly the store's texts.
     */
    private void assertAgree(int holds, int tried) throws IOException {
        try (Store s = Store.open(store)) {
            String label = Txn.calculateRead(s.dataset(), () -> s.dataset().asDatasetGraph().getUnionGraph()
                    .find(org.apache.jena.graph.NodeFactory.createURI(NS + "sachs"), org.apache.jena.vocabulary.RDFS.label.asNode(), null)
                    .next().getObject().getLiteralLexicalForm());
            assertEquals("Alexander gen" + holds + "name", label, "the store holds version " + holds);
            assertEquals(List.of(NS + "sachs"), IndexAgreement.search(s, "gen" + holds + "name"));
            assertEquals(List.of(NS + "letter-" + holds), IndexAgreement.search(s, "gen" + holds + "letter"));
            int other = holds == tried ? holds - 1 : tried;
            assertEquals(List.of(), IndexAgreement.search(s, "gen" + other + "name"), "no person under a label they no longer have");
            assertEquals(List.of(), IndexAgreement.search(s, "gen" + other + "letter"), "no letter the store does not hold");
            assertEquals(IndexAgreement.inStore(s), IndexAgreement.inIndex(store));
        }
    }

    /** Version {@code v} of the one file, which every load replaces as its graph: the file's URI names it. */
    static void writeVersion(Path file, int v) throws IOException {
        Files.writeString(file, """
                @prefix : <%s> .
                @prefix corr: <https://w3id.org/corrkg/ontology#> .
                @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
                @prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
                @prefix edtf: <http://id.loc.gov/datatypes/edtf/> .
                :sachs a corr:Person ; rdfs:label "Alexander gen%dname" .
                :roosevelt a corr:Person ; rdfs:label "Franklin D. Roosevelt" .
                :memo a corr:SourceDocument ; rdfs:label "A memorandum" .
                :memo-p1 a corr:SourcePassage ; corr:inDocument :memo ; rdfs:label "paragraph 1" ; corr:paragraph 1 .
                :letter-%d a corr:Letter ; rdfs:label "Letter gen%dletter" ;
                    corr:sender :sachs ; corr:addressee :roosevelt ;
                    corr:edtf "1939"^^edtf:EDTF ; corr:earliest "1939-01-01"^^xsd:date ; corr:latest "1939-12-31"^^xsd:date ;
                    corr:status corr:Attested ; corr:evidence :memo-p1 .
                """.formatted(NS, v, v, v));
    }
}
