package org.corrkg.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;

import org.apache.jena.system.Txn;
import org.corrkg.CorrkgException;
import org.corrkg.TestStores;
import org.corrkg.names.PreferredNames;
import org.corrkg.store.Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ResolverTest {

    @Test
    void aStoreWithoutANamesGraphSaysSoInsteadOfSuggestingNothing(@TempDir Path dir) {
        try (Store store = TestStores.seeded(dir)) {
            Txn.executeWrite(store.dataset(), () -> store.dataset().asDatasetGraph().removeGraph(PreferredNames.GRAPH));
            QuerySource source = QuerySource.of(store.dataset());
            Resolver resolver = new Resolver(source, QueryLibrary.bundled());
            CorrkgException e = assertThrows(CorrkgException.class,
                                             () -> source.read(() -> resolver.resolve(Parameter.Kind.ACTOR, "Ali Khamenei")));
            assertEquals("Unknown actor 'Ali Khamenei': the store's names graph names no actor (a store built by a corrkg "
                         + "older than that graph has none: build it again).", e.getMessage());
        }
    }

    @Test
    void aNameThatIsOneActorsPreferredNameAndAnothersAliasMeansTheFirst(@TempDir Path dir) {
        try (Store store = TestStores.seeded(dir)) {
            QuerySource source = QuerySource.of(store.dataset());
            Resolver resolver = new Resolver(source, QueryLibrary.bundled());
            // "Iran" is the state's name and an alias of the Government of Iran (see find-actor-key-iran.case).
            assertEquals("https://w3id.org/corrkg/id/iran",
                         source.read(() -> resolver.resolve(Parameter.Kind.ACTOR, "iran")).getURI());
            assertEquals("https://w3id.org/corrkg/id/iran-government",
                         source.read(() -> resolver.resolve(Parameter.Kind.ACTOR, "Government of Iran")).getURI());
        }
    }
}
