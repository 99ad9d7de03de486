package org.corrkg.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.corrkg.source.SourceFile;
import org.junit.jupiter.api.Test;

class BundledDataTest {

    @Test
    void theArticleDataConformsToTheShapesAndUsesOnlyDeclaredTerms() {
        ValidationReport report = Validator.bundled().validateFiles(List.of());
        assertTrue(report.conforms(), report.format());
    }

    @Test
    void theBundledGraphIsTheOntologyTopicsAndDataButNotTheShapes() {
        assertEquals(List.of("ontology/corrkg.ttl", "ontology/topics.ttl",
                             "data/actors.ttl", "data/claims.ttl", "data/communications.ttl", "data/sources.ttl"),
                     SourceFile.bundledGraph().stream().map(SourceFile::displayName).toList());
    }
}
