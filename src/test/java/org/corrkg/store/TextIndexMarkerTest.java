package org.corrkg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.corrkg.source.SourceFile;
import org.corrkg.store.CommitSteps.Step;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** When opening a store rebuilds its text index, and when it trusts it: without a crash, in this JVM. */
class TextIndexMarkerTest {

    @TempDir Path dir;
    Path store;
    Path marker;
    final List<Step> steps = new ArrayList<>();

    @BeforeEach
    void recordSteps() {
        store = dir.resolve("store");
        marker = store.resolve(Store.TEXT_INDEX).resolve(IndexMarker.NAME);
        CommitSteps.set((step, writer) -> steps.add(step));
    }

    @AfterEach
    void stopRecording() {
        CommitSteps.set((step, writer) -> { });
    }

    @Test
    void aStoreClosedAfterALoadHasNoMarkerAndOpensWithoutARebuild() throws IOException {
        try (Store s = Store.open(store)) {
            new Loader(s).loadUserGraphs(Batch.of(List.of(SourceFile.of(letter("letter.ttl", "Einstein")))));
        }
        assertFalse(Files.exists(marker), "a finished load removes the marker");
        steps.clear();
        try (Store s = Store.open(store)) {
            assertEquals(List.of(), steps, "an open that trusts the index commits nothing and reindexes nothing");
            assertEquals(IndexAgreement.inStore(s), IndexAgreement.inIndex(store));
            assertEquals(List.of("https://example.org/m/letter"), IndexAgreement.search(s, "Einstein"));
        }
    }

    @Test
    void aLoadThatFailsValidationRemovesTheMarkerAndLeavesTheIndexAsItWas() throws IOException {
        try (Store s = Store.open(store)) {
            new Loader(s).loadUserGraphs(Batch.of(List.of(SourceFile.of(letter("letter.ttl", "Einstein")))));
            Path bad = Files.writeString(dir.resolve("bad.ttl"), """
                    <https://example.org/m/x> a <https://w3id.org/corrkg/ontology#Letter> ;
                        <http://www.w3.org/2000/01/rdf-schema#label> "Undated Bohr" .
                    """);
            assertThrows(Loader.ValidationFailed.class, () -> new Loader(s).load(List.of(SourceFile.of(bad))));
            assertFalse(Files.exists(marker), "an aborted load removes the marker");
            assertEquals(List.of(), IndexAgreement.search(s, "Bohr"));
        }
        steps.clear();
        try (Store s = Store.open(store)) {
            assertEquals(List.of(), steps);
            assertEquals(IndexAgreement.inStore(s), IndexAgreement.inIndex(store));
        }
    }

    @Test
    void aWriteHoldsTheMarkerUntilItCommits() throws IOException {
        List<Boolean> markedAt = new ArrayList<>();
        try (Store s = Store.open(store)) {
            CommitSteps.set((step, writer) -> markedAt.add(Files.exists(marker)));
            new Loader(s).loadUserGraphs(Batch.of(List.of(SourceFile.of(letter("letter.ttl", "Einstein")))));
        }
        assertEquals(List.of(true, true, true), markedAt, "the marker is there when Lucene prepares, when TDB2 has committed, when Lucene has");
    }

    @Test
    void anIndexMadeWithoutTheMarkerIsRebuiltOnceFromTheStore() throws IOException {
        try (Store s = Store.open(store)) {
            new Loader(s).loadUserGraphs(Batch.of(List.of(SourceFile.of(letter("letter.ttl", "Einstein")))));
        }
        try (var d = FSDirectory.open(store.resolve(Store.TEXT_INDEX));
             var w = new IndexWriter(d, new IndexWriterConfig(new StandardAnalyzer()))) {
            Document stale = new Document();
            FieldType iri = new FieldType();   // as jena-text indexes node IRIs
            iri.setTokenized(false);
            iri.setStored(true);
            iri.setIndexOptions(IndexOptions.DOCS);
            stale.add(new Field("uri", "https://example.org/m/gone", iri));
            stale.add(new TextField(TextIndexing.FIELD, "Heisenberg", Field.Store.YES));
            w.addDocument(stale);
            w.setLiveCommitData(Map.<String, String>of().entrySet());
            w.commit();
        }
        steps.clear();
        try (Store s = Store.open(store)) {
            assertTrue(steps.contains(Step.LITERAL_REINDEXED), "an unstamped index is rebuilt");
            assertEquals(List.of(), IndexAgreement.search(s, "Heisenberg"));
            assertEquals(IndexAgreement.inStore(s), IndexAgreement.inIndex(store));
        }
        steps.clear();
        try (Store s = Store.open(store)) {
            assertEquals(List.of(), steps, "the rebuilt index is stamped, so the next open trusts it");
        }
    }

    @Test
    void aRebuildThatFailsKeepsTheMarkerSoTheNextOpenRebuildsAgain() throws IOException {
        try (Store s = Store.open(store)) {
            new Loader(s).loadUserGraphs(Batch.of(List.of(SourceFile.of(letter("letter.ttl", "Einstein")))));
        }
        Files.createFile(marker);   // as a crash between the two commits leaves it
        CommitSteps.set((step, writer) -> {
            if (step == Step.LITERAL_REINDEXED)
                throw new IllegalStateException("disk full");
        });
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> Store.open(store));
        assertEquals("disk full", e.getMessage());
        assertTrue(Files.exists(marker), "the failed rebuild leaves the marker");
        stopRecording();
        try (Store s = Store.open(store)) {
            assertFalse(Files.exists(marker), "the rebuild at this open removes it");
            assertEquals(IndexAgreement.inStore(s), IndexAgreement.inIndex(store));
        }
    }

    @Test
    void aReaderWithoutTheIndexLeavesAMarkedIndexForTheNextOpenWithIt() throws IOException {
        try (Store s = Store.open(store)) {
            new Loader(s).loadUserGraphs(Batch.of(List.of(SourceFile.of(letter("letter.ttl", "Einstein")))));
        }
        Files.createFile(marker);   // as a crash between the two commits leaves it
        steps.clear();
        try (Store s = Store.openSeededUnindexed(store)) {
            assertFalse(s.indexed());
            assertEquals(List.of(), steps, "a reader that does not search neither opens nor rebuilds the index");
            assertEquals(List.of("https://example.org/m/letter Letter of Einstein"),
                         IndexAgreement.inStore(s).stream().filter(l -> l.contains("Einstein")).toList());
        }
        assertTrue(Files.exists(marker), "the marker waits for an open with the index");
        try (Store s = Store.open(store)) {
            assertTrue(steps.contains(Step.LITERAL_REINDEXED));
            assertFalse(Files.exists(marker));
            assertEquals(IndexAgreement.inStore(s), IndexAgreement.inIndex(store));
        }
    }

    @Test
    void aStoreOpenedWithoutItsIndexCannotBeWrittenOrReindexed() throws IOException {
        try (Store s = Store.open(store)) {
            new Loader(s).loadUserGraphs(Batch.of(List.of(SourceFile.of(letter("letter.ttl", "Einstein")))));
        }
        try (Store s = Store.openSeededUnindexed(store)) {
            IllegalStateException e = assertThrows(IllegalStateException.class, () -> new Loader(s));
            assertEquals("The store " + store + " was opened without its text index, for reading only", e.getMessage());
            assertThrows(IllegalStateException.class, s::reindex);
        }
    }

    @Test
    void anEmptyStoreOpenedWithoutItsIndexIsSeededThroughIt() throws IOException {
        try (Store s = Store.openSeededUnindexed(store)) {
            assertTrue(s.indexed(), "seeding writes, so the index is opened");
            assertFalse(s.isEmpty());
            assertEquals(IndexAgreement.inStore(s), IndexAgreement.inIndex(store));
        }
    }

    @Test
    void reindexingLeavesNoMarkerAndTheSameIndex() throws IOException {
        try (Store s = Store.open(store)) {
            new Loader(s).loadUserGraphs(Batch.of(List.of(SourceFile.of(letter("letter.ttl", "Einstein")))));
            var before = IndexAgreement.inIndex(store);
            s.reindex();
            assertFalse(Files.exists(marker));
            assertEquals(before, IndexAgreement.inIndex(store));
            assertEquals(IndexAgreement.inStore(s), before);
        }
    }

    private Path letter(String name, String word) throws IOException {
        return Files.writeString(dir.resolve(name), """
                @prefix : <https://example.org/m/> .
                @prefix corr: <https://w3id.org/corrkg/ontology#> .
                @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
                @prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
                @prefix edtf: <http://id.loc.gov/datatypes/edtf/> .
                :a a corr:Person ; rdfs:label "Albert" .
                :b a corr:Person ; rdfs:label "Franklin" .
                :memo a corr:SourceDocument ; rdfs:label "A memorandum" .
                :memo-p1 a corr:SourcePassage ; corr:inDocument :memo ; rdfs:label "paragraph 1" ; corr:paragraph 1 .
                :letter a corr:Letter ; rdfs:label "Letter of %s" ;
                    corr:sender :a ; corr:addressee :b ;
                    corr:edtf "1939"^^edtf:EDTF ; corr:earliest "1939-01-01"^^xsd:date ; corr:latest "1939-12-31"^^xsd:date ;
                    corr:status corr:Attested ; corr:evidence :memo-p1 .
                """.formatted(word));
    }
}
